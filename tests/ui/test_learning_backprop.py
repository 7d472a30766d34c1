"""The Backprop panel: stepping through one sample, the numbers it shows, applying updates."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from nnstudio.nn.build import build_model
from nnstudio.nn.design import load_design
from nnstudio.nn.train import design_data
from nnstudio.ui.learning.backprop_panel import BackpropPanel


@pytest.fixture
def panel(shown, qtbot):
    widget = shown(BackpropPanel, 1280, 760)
    qtbot.waitUntil(widget.ready, timeout=60_000)
    yield widget
    widget.shutdown()


def _reference(sample: int, lr: float):
    """mlp_xor seeded as the panel builds it, one sample through torch, autograd, one SGD step."""
    design = load_design("mlp_xor")
    data = design_data(design)
    torch.manual_seed(design.training.seed)
    model = build_model(design, data.num_classes).double()
    x = torch.tensor(data.x_train[sample:sample + 1], dtype=torch.float64)
    y = torch.tensor(data.y_train[sample:sample + 1])
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    torch.optim.SGD(model.parameters(), lr=lr).step()
    return loss.item(), F.cross_entropy(model(x), y).item(), model


def test_stepping_forward_then_backward_shows_each_neuron(panel):
    panel.sample.setValue(3)
    assert panel.model.position == -1 and "Press Next" in panel.text.toPlainText()
    panel.next.click()
    text = panel.text.toPlainText()
    assert text.startswith("Layer 1, neuron 1: forward") and "z = w1,1·x1 + w1,2·x2 + b1" in text
    z = panel.model.trace.layers[0].z[0]
    assert f"= {z + 0.0:.4f}" in text
    steps = panel.model.steps
    panel.model.go(next(i for i, s in enumerate(steps) if s.phase == "loss"))
    loss, _, _ = _reference(3, panel.model.lr)
    assert f"= {loss:.4f}" in panel.text.toPlainText()
    panel.model.go(next(i for i, s in enumerate(steps) if s.phase == "backward" and s.layer == 0))
    assert "∂L/∂z1 = ∂L/∂a1·f′(z1)" in panel.text.toPlainText()
    panel.back.click()
    assert panel.text.toPlainText().startswith("Layer 2, neuron 2: backward")


def test_the_update_is_autograds_sgd_step_and_apply_keeps_it(panel):
    panel.sample.setValue(3)
    panel.lr.setValue(0.5)
    panel.to_end.click()
    assert not panel.next.isEnabled()
    loss, new_loss, model = _reference(3, 0.5)
    trace = panel.model.trace
    assert trace.loss == pytest.approx(loss) and trace.new_loss == pytest.approx(new_loss)
    assert "Loss on the same sample" in panel.text.toPlainText()
    panel.apply.click()
    assert panel.model.position == -1 and panel.model.updates == 1
    np.testing.assert_allclose(panel.model.trace.layers[0].weight, model[0].weight.detach().numpy(),
                               rtol=1e-6)
    assert panel.model.trace.loss == pytest.approx(new_loss, rel=1e-6)


def test_a_design_it_cannot_trace_is_one_sentence_and_the_network_stays(panel, qtbot, tmp_path):
    before = panel.model.net
    bad = tmp_path / "big.json"
    bad.write_text('{"input": [2], "layers": [{"type": "Linear", "out_features": 20}, {"type": "ReLU"}, '
                   '{"type": "Linear", "out_features": 2}], '
                   '"dataset": {"name": "gate-xor"}, "training": {"loss": "cross_entropy"}}')
    with qtbot.waitSignal(panel.model.failed, timeout=60_000):
        panel.model.load(str(bad))
    assert "up to 8 neurons" in panel.status.text()
    assert panel.model.net is before and panel.next.isEnabled()
