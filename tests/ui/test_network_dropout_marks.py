"""The Activations view marks the units a training pass drops (overfit_mlp_dropout), from the
mask torch's dropout drew, and says that evaluation drops none."""

from __future__ import annotations

import numpy as np
import torch

from nnstudio.ui.network.training_run import RunState


def test_dropped_units_are_crossed_and_evaluation_drops_none(network_page, qtbot):
    page = network_page
    page.open_preset("overfit_mlp_dropout")
    qtbot.waitUntil(lambda: page.network.data_ready and page.network.data.name == "circle", timeout=10_000)
    tab = page.inside.activations.parentWidget()
    page.inside.setCurrentWidget(tab)
    page.training.epochs.setValue(3)
    page.run_bar.start.click()
    qtbot.waitUntil(lambda: page.network.run_state is RunState.FINISHED, timeout=60_000)
    grid = page.inside.activations
    insight = page.inside.latest
    assert insight is not None and insight.epoch == 3
    assert [m.index for m in insight.dropout] == [2, 5]
    rows = {c.index: r for r, c in enumerate(grid._captures)}
    note = grid.dropout_marks.label
    assert note.isVisible()
    for mask in insight.dropout:
        row = rows[mask.index]
        dropped = np.flatnonzero(~mask.kept)
        assert 0 < len(dropped) < 128
        np.testing.assert_array_equal(grid.dropout_marks.marked[row], dropped)
        # Every cross sits on the unit it names.
        (item,) = [i for i in grid.dropout_marks.items if i.getViewBox() is grid.view_of(row)]
        x, y = item.getData()
        assert [grid.tilings[row].index_at(a, b) for a, b in zip(x, y)] == list(dropped)
        assert f"drops {len(dropped)} of 128 units" in note.text()
        # Evaluation drops nothing: the Dropout row shows its input (the ReLU's output) unchanged.
        np.testing.assert_array_equal(grid._captures[row].output, grid._captures[row - 1].output)
    assert "drops nothing" in note.text()
    # The masks are a training pass's: torch's Dropout in training mode zeroes exactly the
    # crossed units (where the input is not already zero) and scales the rest by 1 / (1 − p).
    model = insight.model
    x = torch.tensor(page.inside.probe_input()[None], dtype=torch.float32)
    with torch.no_grad():
        hidden = model[1](model[0](x))
        model[2].train()
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(insight.epoch)
            out = model[2](hidden)
        model[2].eval()
    kept = torch.tensor(insight.dropout[0].kept)
    torch.testing.assert_close(out[0], hidden[0] * kept / (1 - 0.7))
    # A network without Dropout: no crosses, no sentence.
    page.open_preset("mlp_xor")
    qtbot.waitUntil(lambda: page.network.data_ready and page.network.data.name == "gate-xor", timeout=10_000)
    page.inside.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=10_000)
    assert grid.dropout_marks.items == []
