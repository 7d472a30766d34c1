"""Tooltips that lead to the glossary: a control whose idea is a glossary term shows, under
its own tooltip, the term and its one-line definition; F1 (Help ▸ Glossary) pressed while the
mouse is over it opens the glossary at that term.

Controls are named by their object name, so a tab's code does not change to take part, and a
tooltip a view rewrites later (the test share's, say) still gets the term added: the line is
added when the tooltip is shown, not written into it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QCursor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from ...core.glossary import Term, term
from .glossary_dialog import ui_language

#: object name of a control -> the id of its glossary term (resources/glossary/terms.json).
TERM_OF_CONTROL = {
    # Pixels
    "bits_label": "bit_depth", "colors": "palette", "scale": "resolution", "width": "resolution",
    "height": "resolution", "quality": "compression", "format": "compression", "matrix_table": "pixel",
    # Filters
    "kernel_grid": "kernel", "kernel_preset": "kernel", "kernel_size": "kernel", "stride": "stride",
    "padding": "padding", "pad_mode": "padding", "dilation": "dilation", "activation": "activation_function",
    "pool_kind": "pooling", "pool_size": "pooling", "pool_stride": "stride", "pool_padding": "padding",
    "gray": "channel", "add_conv_layer": "cnn", "layer_depthwise": "channel", "layer_params": "parameter",
    "layer_kernel_size": "kernel", "layer_stride": "stride", "layer_padding": "padding",
    "layer_dilation": "dilation", "layer_bias": "bias", "c_in": "channel", "c_out": "feature_map",
    # Network
    "dataset_name": "dataset", "dataset_test_ratio": "test_set", "dataset_noise": "noise",
    "dataset_points": "sample", "lr": "learning_rate", "epochs": "epoch", "batch_size": "batch",
    "weight_decay": "weight_decay", "l1": "weight_decay", "seed": "training",
    # Learning
    "backprop_lr": "learning_rate", "rosenblatt_lr": "learning_rate", "rosenblatt_step": "rosenblatt_rule",
    "backprop_next": "backpropagation", "depth_slider": "vanishing_gradient", "xor_learn": "xor_problem",
    # Tensors
    "shape_a": "shape", "shape_b": "shape", "broadcast_op": "broadcasting", "tensor_list": "tensor",
    "rows_axis": "dimension", "cols_axis": "dimension", "bench_sizes": "matrix", "bench_race": "gpu",
    "bench_epoch": "epoch",
}


def term_at(widget: QWidget | None) -> Term | None:
    """The term of this widget or of the nearest parent that has one."""
    while widget is not None:
        term_id = TERM_OF_CONTROL.get(widget.objectName())
        if term_id is not None:
            return term(term_id)
        widget = widget.parentWidget()
    return None


def term_under_mouse() -> Term | None:
    return term_at(QApplication.widgetAt(QCursor.pos()))


def tip_with_term(tip: str, found: Term, language: str) -> str:
    """The control's tooltip (rich text or plain) with the term's line under it."""
    own = tip if tip.lstrip().startswith("<") else html.escape(tip).replace("\n", "<br>")
    line = QApplication.translate("TermTips", "<b>{name}</b>: {definition}<br><i>F1 opens it in the glossary.</i>")
    line = line.format(name=html.escape(found.name(language)), definition=html.escape(found.text(language)))
    return f"{own}<hr>{line}" if own else line


class TermTips(QObject):
    """An application-wide event filter that only looks at tooltip events."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        QApplication.instance().installEventFilter(self)

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ToolTip or not isinstance(watched, QWidget):
            return False
        found = term_at(watched)
        if found is None or not isinstance(event, QHelpEvent):
            return False
        owner = watched
        while owner is not None and not owner.toolTip():  # the tooltip Qt would show, if any
            owner = owner.parentWidget()
        QToolTip.showText(event.globalPos(), tip_with_term(owner.toolTip() if owner else "", found, ui_language()),
                          watched)
        return True
