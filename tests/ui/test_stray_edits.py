"""Edits that arrive for something no longer there: an editor's late signal after the
selection moved to a stage of another kind, a drop whose row is not one of the canvas's.
Each used to raise out of a slot (the long monkey runs found both); now nothing changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint
from PySide6.QtWidgets import QApplication

from nnstudio.core.pooling import PoolSettings
from nnstudio.ui.app import create_application
from nnstudio.ui.filters.pipeline_model import PipelineModel
from nnstudio.ui.network.canvas import MOVE_MIME, DesignCanvas


def test_pooling_settings_never_reach_a_conv_stage():
    create_application()
    model = PipelineModel()
    kinds = [stage.kind for stage in model.stages]
    conv = kinds.index("conv") + 1  # stage numbers count the input as 0
    model.select(conv)
    before = model.selected_stage()
    model.update_selected("pool", settings=PoolSettings("max", 2, 2, 1))
    assert model.selected_stage() is before
    assert model.selected_stage().describe().startswith("conv")  # still drawable
    pool = kinds.index("pool") + 1
    model.select(pool)
    model.update_selected("pool", settings=PoolSettings("avg", 3, 1, 1))
    assert model.selected_stage().settings == PoolSettings("avg", 3, 1, 1)


@pytest.mark.parametrize("payload", [b"", b"abc", b"-1", b"99", b"\xff"])
def test_a_move_drop_that_names_no_row_of_ours_is_refused(qtbot, payload):
    canvas = DesignCanvas()
    qtbot.addWidget(canvas)
    moved = []
    canvas.layer_moved.connect(lambda *args: moved.append(args))
    mime = QMimeData()
    mime.setData(MOVE_MIME, payload)
    assert canvas.handle_drop(mime, QPoint(5, 5)) is False
    QApplication.processEvents()  # a move is emitted on the next turn of the event loop, if at all
    assert moved == []
