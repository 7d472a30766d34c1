"""The filter pipeline as a model: the stages, gray or RGB, which stage is selected.

Views never keep their own copy of a stage: they call the model's methods, and redraw from
``changed`` (something that alters the result) and ``selection_changed``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from ...core.convolution import ConvSettings
from ...core.kernels import make_kernel
from ...core.operation_catalog import OPERATIONS
from ...core.pipeline import ActivationStage, ConvStage, OperationStage, PoolStage, Stage
from ...core.pooling import PoolSettings


def default_stages() -> list[Stage]:
    """conv (Sobel x) → ReLU → 2×2 max pool: the smallest CNN that shows every concept."""
    return [
        ConvStage(make_kernel("sobel_x"), ConvSettings(padding="same")),
        ActivationStage("relu"),
        PoolStage(PoolSettings("max", 2)),
    ]


def new_stage(kind: str) -> Stage:
    if kind == "conv":
        return ConvStage(make_kernel("identity"), ConvSettings(padding="same"))
    if kind == "activation":
        return ActivationStage("relu")
    if kind == "pool":
        return PoolStage(PoolSettings("max", 2))
    if kind in OPERATIONS:
        return OperationStage(kind, OPERATIONS[kind].defaults())
    raise ValueError(f"unknown stage kind {kind!r}")


class PipelineModel(QObject):
    changed = Signal()  # the stages or the gray flag changed: the result must be recomputed
    selection_changed = Signal(int)  # 0 is the input, i is stage i (1-based)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stages: list[Stage] = default_stages()
        self._gray = True
        self._selected = 1

    @property
    def stages(self) -> tuple[Stage, ...]:
        return tuple(self._stages)

    @property
    def gray(self) -> bool:
        return self._gray

    @property
    def selected(self) -> int:
        return self._selected

    def selected_stage(self) -> Stage | None:
        return self._stages[self._selected - 1] if self._selected > 0 else None

    def set_gray(self, gray: bool) -> None:
        if gray != self._gray:
            self._gray = gray
            self.changed.emit()

    def select(self, index: int) -> None:
        index = max(0, min(index, len(self._stages)))
        if index != self._selected:
            self._selected = index
            self.selection_changed.emit(index)

    def replace_stage(self, index: int, stage: Stage) -> None:
        self._stages[index - 1] = stage
        self.changed.emit()

    def update_selected(self, **changes) -> None:
        """Replace fields of the selected stage (e.g. kernel=..., settings=...)."""
        stage = self.selected_stage()
        if stage is not None:
            self.replace_stage(self._selected, replace(stage, **changes))

    def add(self, kind: str) -> None:
        """Insert a new stage after the selected one and select it."""
        position = self._selected
        self._stages.insert(position, new_stage(kind))
        self.changed.emit()
        self._selected = -1
        self.select(position + 1)

    def remove_selected(self) -> None:
        if self._selected == 0:
            return
        del self._stages[self._selected - 1]
        target = min(self._selected, len(self._stages))
        self._selected = -1  # nothing selected while listeners redraw: the old index may be gone
        self.changed.emit()
        self.select(target)

    def move_selected(self, offset: int) -> None:
        i, j = self._selected, self._selected + offset
        if i == 0 or not 1 <= j <= len(self._stages):
            return
        self._stages[i - 1], self._stages[j - 1] = self._stages[j - 1], self._stages[i - 1]
        self.changed.emit()
        self._selected = -1
        self.select(j)

    def set_enabled(self, index: int, enabled: bool) -> None:
        stage = self._stages[index - 1]
        if stage.enabled != enabled:
            self.replace_stage(index, replace(stage, enabled=enabled))
