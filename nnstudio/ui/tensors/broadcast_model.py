"""The Broadcasting playground's state: two shapes, their values and the operation.

Views set it through its methods and redraw on ``changed``; a shape or value that cannot be
used leaves everything as it was and is reported with ``refused`` (one sentence).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QObject, Signal

from ...core.broadcasting import (Broadcast, BroadcastError, apply, example_values, explain,
                                  parse_shape)
from ...core.errors import InputError

#: The playground draws every value; beyond this many the arrays are explained, not drawn.
MAX_DRAWN = 1024


class BroadcastModel(QObject):
    changed = Signal()
    refused = Signal(str)  # a sentence: the input was not taken

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.op = "add"
        # The notes' example: a (3, 3) matrix plus a (1, 3) row.
        self.a = example_values((3, 3), 1, 1)
        self.b = example_values((1, 3), 10, 10)
        self.cast: Broadcast | None = explain(self.a.shape, self.b.shape)
        self.problem: BroadcastError | None = None

    @property
    def drawable(self) -> bool:
        """Whether the values are small enough to draw (the explanation is always there)."""
        return math.prod(self.a.shape) <= MAX_DRAWN and math.prod(self.b.shape) <= MAX_DRAWN and (
            self.cast is None or math.prod(self.cast.result) <= MAX_DRAWN)

    def result(self) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """A and B stretched to the result's shape, and the result (None when they do not
        broadcast or are too large to draw)."""
        if self.cast is None or not self.drawable:
            return None
        return apply(self.cast, self.a, self.b, self.op)

    def set_shape(self, operand: str, text: str) -> bool:
        """A new shape for "A" or "B"; its values start again at 1, 2, 3 … (A) or 10, 20 … (B)."""
        try:
            shape = parse_shape(text)
        except InputError as exc:
            self.refused.emit(str(exc))
            return False
        if math.prod(shape) > MAX_DRAWN:
            self.refused.emit(self.tr("{shape} holds {count} values; the playground draws at most "
                                      "{limit} (nnstudio broadcast on the command line takes more).")
                              .format(shape=text, count=f"{math.prod(shape):,}", limit=MAX_DRAWN))
            return False
        values = example_values(shape, 1, 1) if operand == "A" else example_values(shape, 10, 10)
        if operand == "A":
            self.a = values.astype(np.float64)
        else:
            self.b = values.astype(np.float64)
        self._recast()
        return True

    def set_value(self, operand: str, index: tuple[int, ...], text: str) -> bool:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            self.refused.emit(self.tr("{text} is not a number.").format(text=repr(text[:20])))
            return False
        if not math.isfinite(value):
            self.refused.emit(self.tr("Values must be finite numbers."))
            return False
        target = self.a if operand == "A" else self.b
        target = target.astype(np.float64)  # a new array: results already handed out stay as they were
        target[index] = value
        if operand == "A":
            self.a = target
        else:
            self.b = target
        self.changed.emit()
        return True

    def set_op(self, op: str) -> None:
        if op != self.op:
            self.op = op
            self.changed.emit()

    def _recast(self) -> None:
        try:
            self.cast, self.problem = explain(self.a.shape, self.b.shape), None
            if math.prod(self.cast.result) > MAX_DRAWN:
                self.refused.emit(self.tr("The result has more than {limit} values: the shapes are "
                                          "explained but not drawn.").format(limit=MAX_DRAWN))
        except BroadcastError as exc:
            self.cast, self.problem = None, exc
        self.changed.emit()
