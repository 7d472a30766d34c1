"""One insight's cost is bounded: the plane and the test split are left out for a network
whose forward passes over them would take minutes (nothing can interrupt a forward pass, so
Stop and closing the window would wait for it)."""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from nnstudio.core.decision_grid import plane_grid
from nnstudio.nn import insight as insight_module
from nnstudio.nn.activations import capture_activations
from nnstudio.nn.design_source import open_design_and_data
from nnstudio.nn.build import build_model
from nnstudio.nn.insight import affordable_samples, take_insight


def test_the_multiply_adds_of_one_sample_are_counted_as_torch_does_them():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 8 * 8, 10)).eval()
    captures = capture_activations(model, np.zeros((1, 1, 8, 8), np.float32))
    conv = (4 * 9 + 4) * 64 + 4 * 64  # weights at every position, and the outputs
    per_sample = conv + 4 * 64 + 4 * 64 + (256 * 10 + 10) + 10
    assert affordable_samples(model, captures) == insight_module.VIEW_OPERATIONS // per_sample


def test_a_network_too_costly_to_look_at_gets_no_plane_and_no_evaluation(monkeypatch):
    design, data = open_design_and_data("mlp_spiral")
    model = build_model(design, data.num_classes)
    grid = plane_grid(np.concatenate([data.x_train, data.x_test]))
    full = take_insight(model, 0, data, data.x_test[0], grid)
    assert full.probe is not None and full.confusion is not None
    captures = capture_activations(model.eval(), data.x_test[:1])
    per_sample = insight_module.VIEW_OPERATIONS // affordable_samples(model, captures)
    # Room for the test split but not for the plane's 10,000 points as well:
    monkeypatch.setattr(insight_module, "VIEW_OPERATIONS", per_sample * (len(grid.points) - 1))
    some = take_insight(model, 0, data, data.x_test[0], grid)
    assert some.probe is None and some.confusion is not None
    monkeypatch.setattr(insight_module, "VIEW_OPERATIONS", per_sample * 10)
    little = take_insight(model, 0, data, data.x_test[0], grid)
    assert little.probe is None and little.confusion is None
    # What one sample shows is always there.
    assert len(little.captures) == len(model)
