"""Controls for an image-operation stage, built from the operation's declared parameters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget
from superqt.utils import signals_blocked

from ...core.operation_catalog import OPERATIONS
from ...core.operations import Param
from ...core.pipeline import OperationStage
from .pipeline_model import PipelineModel
from .pipeline_strip import family_label


def _decimals(step: float) -> int:
    text = f"{step:g}"
    return len(text.split(".")[1]) if "." in text else 0


def _ops(text: str) -> str:
    """A name or sentence of core/operation_catalog.py (marked there for translation)."""
    return QCoreApplication.translate("Operations", text)


class OperationForm(QWidget):
    def __init__(self, model: PipelineModel) -> None:
        super().__init__()
        self.model = model
        self.title = QLabel(objectName="operation_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel(wordWrap=True, objectName="operation_explanation")
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.form_host)
        layout.addStretch(1)
        self.widgets: dict[str, QWidget] = {}
        self._name = ""

    def load(self, stage: OperationStage) -> None:
        operation = OPERATIONS[stage.name]
        if stage.name != self._name:
            self._name = stage.name
            self.title.setText(self.tr("{label} ({family})").format(label=_ops(operation.label),
                                                                       family=family_label(operation.family)))
            self.explanation.setText(_ops(operation.tooltip))
            while self.form.rowCount():
                self.form.removeRow(0)
            self.widgets = {p.name: self._make(p) for p in operation.params}
            for p in operation.params:
                self.form.addRow(_ops(p.label), self.widgets[p.name])
        values = {**operation.defaults(), **stage.params}
        for name, widget in self.widgets.items():
            with signals_blocked(widget):
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(int(values[name]))
                else:
                    widget.setValue(values[name])

    def _make(self, p: Param) -> QWidget:
        if p.choices:
            widget = QComboBox()
            widget.addItems([_ops(c) for c in p.choices])
            widget.currentIndexChanged.connect(self._on_changed)
        elif p.is_int:
            widget = QSpinBox()
            widget.setRange(int(p.low), int(p.high))
            widget.setSingleStep(int(p.step))
            widget.valueChanged.connect(self._on_changed)
        else:
            widget = QDoubleSpinBox()
            widget.setDecimals(max(2, _decimals(p.step)))
            widget.setRange(p.low, p.high)
            widget.setSingleStep(p.step)
            widget.valueChanged.connect(self._on_changed)
        widget.setObjectName(f"param_{p.name}")
        widget.setToolTip(_ops(p.tooltip or OPERATIONS[self._name].tooltip))
        return widget

    def values(self) -> dict:
        return {
            name: (w.currentIndex() if isinstance(w, QComboBox) else w.value()) for name, w in self.widgets.items()
        }

    def _on_changed(self) -> None:
        self.model.update_selected("operation", params=self.values())
