"""The inspector: the selected layer's settings as editable fields, and the checker's verdict.

Fields are built from the layer's spec (whole numbers, numbers, yes/no, or "3" / "3, 5" for
sizes). A finished edit becomes one undoable change; a value the spec refuses is reported
in the design check, never half-applied.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...nn.design import Analysis
from ...nn.design_limits import MAX_NUMBER
from ...nn.layers import SPECS, Setting


def _parse_size(text: str):
    """"3" -> 3, "3, 5" -> [3, 5]; None for text that is neither."""
    parts = [p.strip() for p in text.replace("×", ",").replace("x", ",").split(",") if p.strip()]
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return None
    if any(abs(n) > MAX_NUMBER for n in numbers):
        return None  # no setting takes it, and Qt's item data cannot even hold it (OverflowError)
    if len(numbers) == 1:
        return numbers[0]
    return numbers if len(numbers) == 2 else None


class Inspector(QWidget):
    setting_changed = Signal(int, str, object)  # row, key, value
    fix_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.heading = QLabel(self.tr("No layer selected"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.tip = QLabel()
        self.tip.setWordWrap(True)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.verdict = QLabel(objectName="design_verdict")
        self.verdict.setWordWrap(True)
        self.fix = QPushButton(objectName="fix_button")
        self.fix.clicked.connect(self.fix_requested)
        self.fix.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tip)
        layout.addWidget(self.form_host)
        layout.addStretch(1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.fix)
        self.fields: dict[str, QWidget] = {}
        self._row, self._kind = -1, None

    def _update_values(self, layer: dict) -> None:
        for setting in SPECS[layer["type"]].settings:
            field = self.fields.get(setting.name)
            value = layer.get(setting.name, setting.default)
            if field is None:
                continue
            field.blockSignals(True)
            if isinstance(field, QCheckBox):
                field.setChecked(bool(value))
            elif isinstance(field, (QSpinBox, QDoubleSpinBox)):
                field.setValue(value)
            else:
                field.setText("" if value is None else ", ".join(map(str, value)) if isinstance(value, list) else str(value))
            field.blockSignals(False)

    def show_layer(self, row: int, layer: dict | None) -> None:
        kind = None if layer is None else layer.get("type")
        if row == self._row and kind == self._kind and kind in SPECS:
            self._update_values(layer)  # same block: refresh values, keep the widgets
            return
        # Rows are taken out and deleted later: this may run inside a field's own signal.
        while self.form.rowCount():
            taken = self.form.takeRow(0)
            for item in (taken.labelItem, taken.fieldItem):
                if item is not None and item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()
        self.fields = {}
        self._row, self._kind = row, kind
        if layer is None or layer.get("type") not in SPECS:
            self.heading.setText(self.tr("No layer selected") if layer is None else str(layer.get("type")))
            self.tip.setText(self.tr("Select a block to edit its settings."))
            return
        spec = SPECS[layer["type"]]
        self.heading.setText(self.tr("Layer {number}: {layer}").format(number=row + 1, layer=spec.name))
        extra = (" " + self.tr("Its input size ({name}) comes from the layer before.").format(name=spec.inferred)
                 if spec.inferred else "")
        self.tip.setText(QCoreApplication.translate("LayerHelp", spec.tip) + extra)
        for setting in spec.settings:
            field = self._field(setting, layer.get(setting.name, setting.default))
            field.setToolTip(QCoreApplication.translate("LayerHelp", setting.tip) if setting.tip else "")
            field.setObjectName(f"setting_{setting.name}")
            self.fields[setting.name] = field
            self.form.addRow(setting.name, field)
        if not spec.settings:
            self.form.addRow(QLabel(self.tr("This layer has no settings."), wordWrap=True))

    def _field(self, setting: Setting, value) -> QWidget:
        key = setting.name
        if setting.kind is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            box.toggled.connect(lambda on: self.setting_changed.emit(self._row, key, bool(on)))
            return box
        if setting.kind is int:
            spin = QSpinBox()
            spin.setRange(int(setting.minimum if setting.minimum is not None else -1_000_000),
                          int(setting.maximum if setting.maximum is not None else 1_000_000))
            spin.setValue(int(value))
            spin.setKeyboardTracking(False)  # one edit per finished number, not per keystroke
            spin.valueChanged.connect(lambda v: self.setting_changed.emit(self._row, key, int(v)))
            return spin
        if setting.kind is float:
            spin = QDoubleSpinBox()
            spin.setDecimals(5)
            spin.setRange(setting.minimum if setting.minimum is not None else -1e6,
                          setting.maximum if setting.maximum is not None else 1e6)
            spin.setSingleStep(0.05)
            spin.setValue(float(value))
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(lambda v: self.setting_changed.emit(self._row, key, float(v)))
            return spin
        edit = QLineEdit("" if value is None else ", ".join(map(str, value)) if isinstance(value, list) else str(value))
        edit.setPlaceholderText(self.tr("e.g. 3 or 3, 5") if setting.required else self.tr("e.g. 3 or 3, 5; empty = default"))

        def commit() -> None:
            text = edit.text().strip()
            parsed = None if (not text and not setting.required) else _parse_size(text)
            if parsed is None and (text or setting.required):
                self.verdict.setText("⚠ " + self.tr("{key}: type a whole number such as 3, or a pair such as 3, 5.").format(key=key))
                return
            self.setting_changed.emit(self._row, key, parsed)

        edit.editingFinished.connect(commit)
        return edit

    def show_verdict(self, analysis: Analysis) -> None:
        error = analysis.error
        if error is None:
            self.verdict.setText("✓ " + self.tr("The design is valid: {n} parameters.").format(n=f"{analysis.total_params:,}"))
            self.verdict.setStyleSheet("color: #2e7d32")
            self.fix.hide()
            return
        self.verdict.setText(f"⚠ {error}")
        self.verdict.setStyleSheet("color: #c62828")
        if error.fix is not None:
            self.fix.setText(error.fix.get("label", self.tr("Fix it")))
            self.fix.show()
        else:
            self.fix.hide()
