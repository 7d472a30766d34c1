"""The Learning tab's perceptron, Rosenblatt and XOR panels, driven as a user would."""

import numpy as np
import pytest
import torch

from nnstudio.core.perceptron import GATE_INPUTS, ThresholdUnit, gate_targets
from nnstudio.core.toy_data import gate
from nnstudio.ui.learning.perceptron_panel import PerceptronPanel
from nnstudio.ui.learning.rosenblatt_panel import RosenblattPanel
from nnstudio.ui.learning.table import cell_texts
from nnstudio.ui.learning.xor_panel import XorPanel


def _line_points(line):
    """Two points on a drawn InfiniteLine."""
    pos = np.array([line.pos().x(), line.pos().y()])
    angle = np.radians(line.angle)
    return pos, pos + 3.0 * np.array([np.cos(angle), np.sin(angle)])


def test_typing_weights_updates_the_model_the_table_and_the_line(shown):
    panel = shown(PerceptronPanel, 1280, 760)
    panel.w1.box.setValue(1.0)
    panel.w2.box.setValue(1.0)
    panel.theta.box.setValue(0.5)
    assert panel.model.unit == ThresholdUnit(1.0, 1.0, 0.5)
    assert panel.bias.value() == pytest.approx(-0.5)
    assert panel.truth_outputs().tolist() == gate("gate-or")[1].tolist()
    assert "OR" in panel.verdict.text()
    (line,) = panel.plane.lines
    for point in _line_points(line):
        assert point @ [1.0, 1.0] == pytest.approx(0.5)


def test_the_slider_and_the_bias_move_the_threshold(shown):
    panel = shown(PerceptronPanel)
    panel.w1.slider.setValue(-50)  # 0.01 per step
    assert panel.model.unit.w1 == pytest.approx(-0.5)
    assert panel.w1.box.value() == pytest.approx(-0.5)
    panel.bias.box.setValue(0.3)
    assert panel.model.unit.theta == pytest.approx(-0.3)
    assert panel.theta.box.value() == pytest.approx(-0.3)


def test_textbook_and_is_one_click_and_the_model_drives_the_widgets(shown, qtbot):
    panel = shown(PerceptronPanel)
    panel.model.set_unit(ThresholdUnit(-1.0, 2.0, 0.0))
    assert panel.w1.box.value() == pytest.approx(-1.0) and panel.w2.slider.value() == 200
    panel.preset_buttons["gate-and"].click()
    assert (panel.model.unit.w1, panel.model.unit.w2, panel.model.unit.theta) == (0.5, 0.5, 0.7)
    rows = cell_texts(panel.table)
    assert [r[2] for r in rows] == ["0.00", "0.50", "0.50", "1.00"]  # w·x, not yet > 0.7
    assert panel.truth_outputs().tolist() == [0, 0, 0, 1]
    assert panel.verdict.text() == "This neuron computes AND."


def test_bipolar_output_and_no_line_for_xor(shown):
    panel = shown(PerceptronPanel)
    panel.output_kind.setCurrentIndex(1)
    assert panel.model.unit.bipolar
    assert panel.truth_outputs().tolist() == [-1, -1, -1, 1]
    assert [r[-4] for r in cell_texts(panel.table)] == ["-1", "-1", "-1", "1"]  # the AND column
    panel.w1.box.setValue(0.0)
    panel.w2.box.setValue(0.0)
    assert "none of the four gates" in panel.verdict.text()
    assert panel.plane.lines == []  # w = 0: the sum is 0 everywhere, no line to draw


@pytest.mark.parametrize("key", ["gate-and", "gate-or", "gate-nand"])
def test_rosenblatt_panel_learns_separable_gates(shown, key):
    panel = shown(RosenblattPanel, 1280, 760)
    panel.gate.setCurrentIndex(panel.gate.findData(key))
    panel.run_button.click()
    assert panel.trainer.outcome.converged
    assert "Learned" in panel.status.text()
    w1, w2, b = (float(panel.log.item(panel.log.rowCount() - 1, c).text()) for c in (9, 10, 11))
    unit = ThresholdUnit(w1, w2, -b)
    assert unit.output(GATE_INPUTS).tolist() == gate_targets(key).tolist()


def test_rosenblatt_panel_steps_one_sample_and_cycles_on_xor(shown):
    panel = shown(RosenblattPanel, 1280, 760)
    panel.gate.setCurrentIndex(panel.gate.findData("gate-xor"))
    panel.step_button.click()
    panel.step_button.click()  # sample (0, 1), target 1: w·x + b = 0 is not above 0, y = 0
    row = cell_texts(panel.log)[-1]
    assert row[1:6] == ["0, 1", "1", "0.00", "0", "1"]
    assert row[6:9] == ["0.00", "0.10", "0.10"]  # η (t − y) x and η (t − y), η = 0.1
    assert "wrong by t − y = 1" in panel.explain.text()
    panel.run_button.click()
    assert panel.trainer.outcome.cycling
    assert "Never settles on XOR" in panel.status.text()
    panel.reset_button.click()
    assert panel.log.rowCount() == 0


def test_xor_panel_table_is_and_of_nand_and_or(shown):
    panel = shown(XorPanel, 1280, 760)
    rows = cell_texts(panel.table)
    assert [int(r[4]) for r in rows] == gate("gate-xor")[1].tolist()
    assert [int(r[5]) for r in rows] == gate("gate-xor")[1].tolist()
    assert len(panel.plane.lines) == 2


def test_the_learning_tab_is_in_the_window(make_main_window):
    window = make_main_window()
    window.select_tab("learning")
    page = window.current_page()
    assert set(page.panels) >= {"perceptron", "rosenblatt", "xor"}
    page.show_panel("xor")
    picture = page.result_image()
    assert picture.ndim == 3 and picture.shape[2] == 3 and picture.std() > 0


def test_xor_panel_compares_the_learned_hidden_units(shown, qtbot):
    panel = shown(XorPanel, 1280, 760)
    panel.learn_button.click()
    try:
        qtbot.waitUntil(lambda: panel.learned_table.isVisible(), timeout=180_000)
    finally:
        panel.shutdown()
    rows = cell_texts(panel.learned_table)
    assert [int(r[-1]) for r in rows] == gate("gate-xor")[1].tolist()  # mlp_xor learns XOR
    learned = panel.plane.lines[2:]
    assert len(learned) == 4
    hidden = np.array([[float(v) for v in r[2:-1]] for r in rows])
    units = panel.learned_units
    x = torch.tensor(GATE_INPUTS)
    expected = torch.tanh(torch.nn.functional.linear(x, torch.tensor(units.weight),
                                                     torch.tensor(units.bias))).numpy()
    np.testing.assert_allclose(hidden, expected, atol=0.006)  # the table shows 2 decimals
    for line, w, b in zip(learned, units.weight, units.bias):
        for point in _line_points(line):  # each dashed line is where w·x + b = 0
            assert point @ w + b == pytest.approx(0, abs=1e-9)
