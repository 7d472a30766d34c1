"""The design being edited: one Design value, every edit an undoable swap of that value.

Designs are immutable, so an undo command only needs the design before and after; the
canvas, the inspector and the summary all redraw from `changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...nn.design import Analysis, Design, analyse, apply_fix
from ...nn.layers import SPECS


class _Swap(QUndoCommand):
    def __init__(self, model: "DesignModel", before: Design, after: Design, text: str) -> None:
        super().__init__(text)
        self._model, self._before, self._after = model, before, after

    def redo(self) -> None:
        self._model._set(self._after)

    def undo(self) -> None:
        self._model._set(self._before)


class DesignModel(QObject):
    changed = Signal()

    def __init__(self, design: Design, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.design = design
        self.num_classes: int | None = None
        self.undo_stack = QUndoStack(self)
        self.analysis: Analysis = analyse(design)

    # --- reading ---------------------------------------------------------------------------
    def set_num_classes(self, count: int | None) -> None:
        """The data set decides how many outputs the last layer needs."""
        self.num_classes = count
        self._set(self.design)

    def _set(self, design: Design) -> None:
        self.design = design
        self.analysis = analyse(design, self.num_classes)
        self.changed.emit()

    # --- edits (each one undoable) --------------------------------------------------------
    def replace(self, design: Design, text: str | None = None) -> None:
        self._push(design, text if text is not None else self.tr("Open design"))

    def insert_layer(self, row: int, layer_type: str) -> None:
        layers = list(self.design.layers)
        row = max(0, min(row, len(layers)))
        layer = {"type": layer_type}
        spec = SPECS[layer_type]
        # Required settings get their defaults written out, so the file says what was built.
        layer.update({s.name: s.default for s in spec.settings if s.required})
        layers.insert(row, layer)
        self._push(self.design.with_layers(layers), self.tr("Add {layer}").format(layer=layer_type))

    def insert_layers(self, row: int, new_layers: list[dict], text: str) -> None:
        layers = list(self.design.layers)
        layers[row:row] = [dict(layer) for layer in new_layers]
        self._push(self.design.with_layers(layers), text)

    def remove_layer(self, row: int) -> None:
        layers = list(self.design.layers)
        if 0 <= row < len(layers):
            kind = layers.pop(row).get("type", self.tr("layer"))
            self._push(self.design.with_layers(layers), self.tr("Delete {layer}").format(layer=kind))

    def move_layer(self, source: int, target: int) -> None:
        """Move the layer at `source` so that it lands before the layer now at `target`."""
        layers = list(self.design.layers)
        if not 0 <= source < len(layers):
            return
        target = max(0, min(target, len(layers)))
        if target in (source, source + 1):
            return
        layer = layers.pop(source)
        layers.insert(target - 1 if target > source else target, layer)
        self._push(self.design.with_layers(layers), self.tr("Move {layer}").format(layer=layer.get("type", self.tr("layer"))))

    def set_setting(self, row: int, key: str, value) -> None:
        layers = [dict(layer) for layer in self.design.layers]
        if not 0 <= row < len(layers) or layers[row].get(key, object()) == value:
            return
        layers[row][key] = value
        self._push(self.design.with_layers(layers), self.tr("Set {key}").format(key=key))

    def set_input(self, shape: tuple[int, ...]) -> None:
        from dataclasses import replace

        if tuple(shape) != tuple(self.design.input):
            self._push(replace(self.design, input=tuple(shape)), self.tr("Set input shape"))

    def apply_fix(self) -> None:
        error = self.analysis.error
        if error is not None and error.fix is not None:
            self._push(apply_fix(self.design, error.fix, error.index), error.fix.get("label", "Fix"))

    def _push(self, design: Design, text: str) -> None:
        # Analysed before the command exists: a design the checker cannot even read raises
        # here, so no command that fails to redo is ever pushed (and the design stays).
        analyse(design, self.num_classes)
        self.undo_stack.push(_Swap(self, self.design, design, text))
