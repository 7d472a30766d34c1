"""The hand-set threshold neuron the Perceptron panel shows: one value, one change signal."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from ...core.perceptron import TEXTBOOK_AND, ThresholdUnit


class PerceptronModel(QObject):
    """Holds a ThresholdUnit; every view sets it through here and redraws on `changed`."""

    changed = Signal(object)  # the new ThresholdUnit

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unit = TEXTBOOK_AND

    def set_unit(self, unit: ThresholdUnit) -> None:
        if unit != self.unit:
            self.unit = unit
            self.changed.emit(unit)

    def set_w1(self, value: float) -> None:
        self.set_unit(replace(self.unit, w1=value))

    def set_w2(self, value: float) -> None:
        self.set_unit(replace(self.unit, w2=value))

    def set_theta(self, value: float) -> None:
        self.set_unit(replace(self.unit, theta=value))

    def set_bias(self, value: float) -> None:
        self.set_unit(self.unit.with_bias(value))

    def set_bipolar(self, bipolar: bool) -> None:
        self.set_unit(replace(self.unit, bipolar=bipolar))
