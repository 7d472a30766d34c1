"""A number set by a slider or typed: the two stay in step, one signal comes out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QSlider, QWidget

SLIDER_STEPS_PER_UNIT = 100  # the slider moves in 0.01


class ValueControl(QWidget):
    """Slider over [slider_min, slider_max]; the box accepts [box_min, box_max] (typed values
    beyond the slider's range are kept, the slider then rests at its end)."""

    value_changed = Signal(float)

    def __init__(self, name: str, tip: str, slider_range=(-2.0, 2.0), box_range=(-100.0, 100.0),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName=f"{name}_slider")
        self.slider.setRange(round(slider_range[0] * SLIDER_STEPS_PER_UNIT),
                             round(slider_range[1] * SLIDER_STEPS_PER_UNIT))
        self.box = QDoubleSpinBox(objectName=f"{name}_box")
        self.box.setRange(*box_range)
        self.box.setDecimals(2)
        self.box.setSingleStep(0.05)
        self.box.setKeyboardTracking(False)  # typing "0.75" is one change, not three
        for widget in (self.slider, self.box):
            widget.setToolTip(tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, stretch=1)
        layout.addWidget(self.box)
        self.slider.valueChanged.connect(self._on_slider_changed)
        self.box.valueChanged.connect(self._on_box_changed)

    def value(self) -> float:
        return self.box.value()

    def set_value(self, value: float) -> None:
        """Show `value` without emitting value_changed (the model is already there)."""
        for widget in (self.slider, self.box):
            widget.blockSignals(True)
        self.box.setValue(value)
        self.slider.setValue(round(value * SLIDER_STEPS_PER_UNIT))
        for widget in (self.slider, self.box):
            widget.blockSignals(False)

    def _on_slider_changed(self, steps: int) -> None:
        value = steps / SLIDER_STEPS_PER_UNIT
        self.box.blockSignals(True)
        self.box.setValue(value)
        self.box.blockSignals(False)
        self.value_changed.emit(value)

    def _on_box_changed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * SLIDER_STEPS_PER_UNIT))
        self.slider.blockSignals(False)
        self.value_changed.emit(value)
