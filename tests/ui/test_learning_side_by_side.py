"""The Learning tab's two training views: vanishing gradients side by side (gradient norms as
torch.autograd computes them) and CNN vs MLP (parameters as torch counts them), each on a
worker with progress and Stop."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from nnstudio.nn.build import build_model
from nnstudio.nn.design import load_design
from nnstudio.nn.train import Trainer, design_data, with_overrides
from nnstudio.ui.generator_worker import WorkerState
from nnstudio.ui.learning import vanishing_panel
from nnstudio.ui.learning.compare_panel import ComparePanel
from nnstudio.ui.learning.table import cell_texts
from nnstudio.ui.learning.vanishing_panel import PAIR, VanishingPanel


def autograd_norms(model, x, y):
    """Per Linear layer: the L2 norm of its weight and bias gradients, from torch.autograd.grad."""
    layers = [m for m in model if isinstance(m, torch.nn.Linear)]
    grads = torch.autograd.grad(F.cross_entropy(model(x), y), [p for m in layers for p in (m.weight, m.bias)])
    return np.array([float(torch.sqrt(w.double().pow(2).sum() + b.double().pow(2).sum()))
                     for w, b in zip(grads[::2], grads[1::2])])


@pytest.fixture
def three_epochs(monkeypatch):
    monkeypatch.setattr(vanishing_panel, "EPOCHS", 3)


def test_both_networks_gradients_per_layer_equal_autograd(shown, qtbot, three_epochs):
    panel = shown(VanishingPanel, 1100, 700)
    with qtbot.waitSignal(panel.bar.ended, timeout=120_000) as ended:
        panel.bar.start_button.click()
    assert ended.args == [WorkerState.FINISHED]
    assert panel.bar.progress.value() == panel.bar.progress.maximum() == 6
    for name in PAIR:
        design = load_design(name)
        trainer = Trainer(design, design_data(design), with_overrides(design.training, epochs=3))
        for _ in trainer.epochs():
            pass
        expected = autograd_norms(trainer.model, trainer.x_train, trainer.y_train)
        gradient, train, _ = panel.curves[name]
        x, y = gradient.xData, gradient.yData  # as given (getData() is log10 on a log axis)
        assert list(x) == list(range(1, 8))
        np.testing.assert_allclose(y, expected, rtol=1e-5)
        assert len(train.getData()[0]) == 3
    sigmoid, relu = (panel.curves[n][0].yData for n in PAIR)
    assert sigmoid[0] / sigmoid[-1] < 0.01 < relu[0] / relu[-1]
    assert "Sigmoid" in panel.summary.text() and "ReLU" in panel.summary.text()


def test_stop_ends_the_vanishing_run_and_keeps_what_was_measured(shown, qtbot, three_epochs):
    panel = shown(VanishingPanel, 1100, 700)
    panel.bar.item_arrived.connect(lambda _item: panel.bar.stop_button.click())
    with qtbot.waitSignal(panel.bar.ended, timeout=60_000) as ended:
        panel.bar.start_button.click()
    assert ended.args == [WorkerState.STOPPED]
    assert sum(len(h) for h in panel.history.values()) >= 1
    assert panel.bar.start_button.isEnabled() and not panel.bar.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not any(w.alive for w in panel.bar._retired), timeout=10_000)


def test_compare_table_shows_parameters_as_torch_counts_them(shown, qtbot):
    panel = shown(ComparePanel, 1100, 600)
    panel.epochs.setValue(1)
    with qtbot.waitSignal(panel.bar.ended, timeout=240_000) as ended:
        panel.bar.start_button.click()
    assert ended.args == [WorkerState.FINISHED]
    rows = cell_texts(panel.table)
    assert [r[0] for r in rows] == ["mlp_shapes", "cnn_shapes"]
    counts = [sum(p.numel() for p in build_model(load_design(name), 3).parameters()) for name in
              ("mlp_shapes", "cnn_shapes")]
    assert [r[1] for r in rows] == [f"{n:,}" for n in counts]
    assert counts[0] > 3 * counts[1]
    for row, measured in zip(rows, panel.rows):
        assert row[3] == f"{measured.test_acc:.1%}" and 0 <= measured.test_acc <= 1
        assert measured.epochs == 1 and measured.seconds_per_epoch > 0
    assert f"{counts[0]:,} vs {counts[1]:,}" in panel.note.text()


def test_compare_stop_leaves_no_half_row(shown, qtbot):
    panel = shown(ComparePanel, 1100, 600)
    panel.epochs.setValue(5)
    panel.bar.item_arrived.connect(lambda _item: panel.bar.stop_button.click())
    with qtbot.waitSignal(panel.bar.ended, timeout=120_000) as ended:
        panel.bar.start_button.click()
    assert ended.args == [WorkerState.STOPPED]
    assert panel.rows == [] and cell_texts(panel.table) == []
    qtbot.waitUntil(lambda: not any(w.alive for w in panel.bar._retired), timeout=30_000)
