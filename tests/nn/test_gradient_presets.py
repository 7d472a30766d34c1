"""The preset pair that shows vanishing gradients: trained one epoch by the app's trainer, the
sigmoid network's first layer gets a far smaller gradient than its last; the same network
with ReLU does not starve it."""

from __future__ import annotations

import torch

from nnstudio.nn.design import PRESETS, load_design
from nnstudio.nn.gradients import measure_gradient_norms
from nnstudio.nn.train import Trainer, design_data, with_overrides

GRADIENT_PRESETS = ("deep_sigmoid_spiral", "deep_relu_spiral")


def first_over_last(preset: str) -> float:
    torch.set_num_threads(1)
    design = load_design(preset)
    data = design_data(design)
    trainer = Trainer(design, data, with_overrides(design.training, epochs=1, device="cpu"))
    list(trainer.epochs())
    norms = measure_gradient_norms(trainer.model, data.x_train[:256], data.y_train[:256]).norms
    assert len(norms) == 7  # six hidden Linear layers and the output layer
    return float(norms[0] / norms[-1])


def test_sigmoid_starves_the_first_layer():
    assert first_over_last("deep_sigmoid_spiral") < 1e-3


def test_relu_does_not():
    assert first_over_last("deep_relu_spiral") > 0.1


def test_the_pair_differs_only_in_the_activation():
    sig, relu = (load_design(p) for p in GRADIENT_PRESETS)
    assert [l for l in sig.layers if l["type"] != "Sigmoid"] == [l for l in relu.layers if l["type"] != "ReLU"]
    assert [l["type"] for l in sig.layers].count("Sigmoid") == 6
    assert sig.dataset == relu.dataset and sig.training == relu.training
    assert set(GRADIENT_PRESETS) <= set(PRESETS)
