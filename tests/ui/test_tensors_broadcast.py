"""The Broadcasting playground: what the grids show equals numpy's broadcasting; editing a
shape or a value updates the result; a mismatch names the axis; bad input keeps the state."""

from __future__ import annotations

import numpy as np
import torch

from nnstudio.ui.tensors.array_grid import matrix_view, number_text
from nnstudio.ui.tensors.broadcast_view import BroadcastView


def shown_numbers(grid) -> np.ndarray:
    return np.array([[float(t) for t in row] for row in grid.cell_texts()])


def texts(array) -> list[list[str]]:
    return [[number_text(float(v)) for v in row] for row in matrix_view(np.asarray(array, float))]


def test_starts_with_the_notes_example_and_draws_b_repeated(shown):
    view = shown(BroadcastView, 1000, 700)
    a = np.arange(1, 10).reshape(3, 3)
    b = np.array([[10, 20, 30]])
    assert shown_numbers(view.grid_a).tolist() == a.tolist()
    assert shown_numbers(view.grid_b).tolist() == b.tolist()
    assert shown_numbers(view.used_b).tolist() == np.broadcast_to(b, (3, 3)).tolist()
    assert shown_numbers(view.result).tolist() == (a + b).tolist()
    # rows 1 and 2 of B as used are copies of row 0; nothing of A is copied
    assert view.used_b.copy_marks() == [[False] * 3, [True] * 3, [True] * 3]
    assert not any(any(row) for row in view.used_a.copy_marks())
    assert "(3, 3) + (1, 3) → (3, 3)" in view.explanation.text()


def test_editing_shapes_values_and_op_follows_torch(shown, qtbot):
    view = shown(BroadcastView, 1000, 700)
    view.shape_a.setText("4, 1")
    view.shape_a.editingFinished.emit()
    view.shape_b.setText("3")
    view.shape_b.editingFinished.emit()
    view.grid_b.item(0, 2).setText("-7.5")  # the user types into B
    qtbot.waitUntil(lambda: view.model.b[2] == -7.5)
    view.op.setCurrentIndex(view.op.findData("mul"))
    a = torch.arange(1, 5, dtype=torch.float64).reshape(4, 1)
    b = torch.tensor([10.0, 20.0, -7.5], dtype=torch.float64)
    assert view.result.cell_texts() == texts((a * b).numpy())
    assert view.used_a.copy_marks() == [[False, True, True]] * 4
    assert view.used_b.copy_marks() == [[False] * 3] + [[True] * 3] * 3  # B gained axis 0


def test_mismatch_names_the_axis_and_hides_the_result(shown):
    view = shown(BroadcastView, 1000, 700)
    view.shape_b.setText("1, 2")
    view.shape_b.editingFinished.emit()
    assert "axis -1" in view.explanation.text() and "3" in view.explanation.text()
    assert view.result.isHidden()
    assert view.grid_b.cell_texts() == [["10", "20"]]  # B took the new shape; the user sees it


def test_bad_shape_keeps_the_previous_state(shown, qtbot):
    view = shown(BroadcastView, 1000, 700)
    before = view.result.cell_texts()
    view.shape_a.setText("3, x")
    view.shape_a.editingFinished.emit()
    assert "is not a shape" in view.message.text()
    assert view.shape_a.text() == "3, 3" and view.result.cell_texts() == before
    view.grid_a.item(0, 0).setText("abc")
    qtbot.waitUntil(lambda: "not a number" in view.message.text())
    assert view.grid_a.cell_texts()[0][0] == "1"  # the grid shows the value kept
    assert view.model.a[0, 0] == 1
