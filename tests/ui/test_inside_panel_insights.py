"""The Network tab's inside panel fed with real insights of trained presets."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from nnstudio.core.decision_grid import decision_image
from nnstudio.nn.design_source import open_design_and_data
from nnstudio.nn.insight import take_insight
from nnstudio.nn.train import Trainer, with_overrides
from nnstudio.ui.network.inside_panel import InsidePanel


def trained(preset: str):
    torch.set_num_threads(1)
    design, data = open_design_and_data(preset)
    trainer = Trainer(design, data, with_overrides(design.training, epochs=1, device="cpu"))
    list(trainer.epochs())
    return design, data, trainer.model


@pytest.fixture
def panel(shown):
    w = shown(InsidePanel, 700, 600)
    yield w
    w.shutdown()  # its owner, the Network tab, joins the panel's builder thread on close
    w.close()


def test_lenet_insight_reaches_the_views(panel, tmp_path):
    design, data, model = trained("lenet_digits")
    panel.prepare(design, data, model)
    assert not panel.isTabEnabled(panel.indexOf(panel.decision))  # images: no plane
    insight = take_insight(model, 1, data, data.x_test[0], None)
    panel.show_insight(insight)
    # The activations tab is on screen: drawn at once, one picture per layer.
    assert len(panel.activations.tilings) == len(model)
    # Another tab is drawn when it is shown, with the same insight.
    panel.setCurrentWidget(panel.confusion)
    np.testing.assert_array_equal(panel.confusion.matrix, insight.confusion)
    panel.setCurrentWidget(panel.gradients)
    assert len(panel.gradients.curves) == len(insight.gradients.names)
    assert panel.export_current(tmp_path / "g.png").stat().st_size > 1000


def test_spiral_insight_draws_the_plane(panel):
    design, data, model = trained("deep_relu_spiral")
    panel.prepare(design, data, model)
    assert panel.isTabEnabled(panel.indexOf(panel.decision))
    insight = take_insight(model, 1, data, data.x_test[0], panel.grid)
    panel.show_insight(insight)
    panel.setCurrentWidget(panel.decision)
    np.testing.assert_array_equal(panel.decision.plane_rgb, decision_image(insight.probe.probabilities))
    # A network without conv layers: dense strips only, one per layer.
    assert len(panel.activations.tilings) == len(model)


def test_insights_while_another_view_is_shown_do_not_pile_up(panel):
    """A long run with the Activations view on screen: the weights view later gets only the
    epochs it shows (the newest WEIGHT_HISTORY), not every insight since."""
    from dataclasses import replace

    from nnstudio.ui.network.weights_view import HISTORY

    design, data, model = trained("mlp_xor")
    panel.prepare(design, data, True)
    insight = take_insight(model, 1, data, data.x_test[0], None)
    for epoch in range(1, 200):
        panel.show_insight(replace(insight, epoch=epoch))
    assert len(panel._weights_seen) <= HISTORY
    panel.setCurrentWidget(panel.weights)
    shown = panel.weights.histories[panel.weights.layer_box.currentText()]
    assert [epoch for epoch, _ in shown] == list(range(200 - HISTORY, 200))
