"""The filter pipeline as a model: the stages, gray or RGB, which stage is selected.

Views never keep their own copy of a stage: they call the model's methods, and redraw from
``changed`` (something that alters the result) and ``selection_changed``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.conv_layer import ConvLayerStage, starting_layer
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
    if kind == "conv_layer":
        return ConvLayerStage(starting_layer())
    if kind == "activation":
        return ActivationStage("relu")
    if kind == "pool":
        return PoolStage(PoolSettings("max", 2))
    if kind in OPERATIONS:
        return OperationStage(kind, OPERATIONS[kind].defaults())
    raise ValueError(f"unknown stage kind {kind!r}")


@dataclass(frozen=True)
class PipelineState:
    """Everything an edit can change; stages are frozen, so a state is a cheap snapshot."""

    stages: tuple[Stage, ...]
    gray: bool
    selected: int


#: Edits of the same kind on the same stage closer together than this are one undo step:
#: a slider drag or a spin box held down is one edit, not forty.
MERGE_WINDOW_S = 0.8


class PipelineEdit(QUndoCommand):
    """One undoable edit: the pipeline's state before and after it."""

    def __init__(self, model: PipelineModel, before: PipelineState, after: PipelineState, text: str,
                 merge_key: tuple | None = None) -> None:
        super().__init__(text)
        self.model, self.before, self.after, self.merge_key = model, before, after, merge_key
        self.time = time.monotonic()
        self._first = True

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, PipelineEdit) or other.merge_key != self.merge_key:
            return False
        if other.time - self.time > MERGE_WINDOW_S:
            return False
        self.after, self.time = other.after, other.time
        return True

    def redo(self) -> None:
        # The first redo is the edit itself, made in a view that already shows it; undo and
        # redo later change the pipeline under the views, which must reload it.
        self.model._restore(self.after, reload=not self._first)
        self._first = False

    def undo(self) -> None:
        self.model._restore(self.before, reload=True)


class PipelineModel(QObject):
    """Every edit is a PipelineEdit on ``undo_stack`` (Ctrl+Z / Ctrl+Shift+Z in the tab)."""

    changed = Signal()  # the stages or the gray flag changed: the result must be recomputed
    selection_changed = Signal(int)  # 0 is the input, i is stage i (1-based); views reload it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stages: list[Stage] = default_stages()
        self._gray = True
        self._selected = 1
        self.undo_stack = QUndoStack(self)

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
            self._edit(gray=gray, text=self.tr("gray input") if gray else self.tr("colour input"))

    def select(self, index: int) -> None:
        """Which stage the views show and edit (not an edit of the pipeline: not undone)."""
        index = max(0, min(index, len(self._stages)))
        if index != self._selected:
            self._selected = index
            self.selection_changed.emit(index)

    def replace_stage(self, index: int, stage: Stage, fields: tuple[str, ...] = ()) -> None:
        stages = list(self._stages)
        stages[index - 1] = stage
        self._edit(stages=stages, text=self.tr("edit stage {n}").format(n=index),
                   merge_key=("edit", index, fields))

    def update_selected(self, kind: str | None = None, **changes) -> None:
        """Replace fields of the selected stage (e.g. kernel=..., settings=...); with `kind`
        ("conv", "pool", ...) only if the selected stage is of that kind. The editors always
        name it: an editor's late signal, arriving after the selection moved to a stage of
        another kind (undo, remove), must not give a conv stage pooling settings, which every
        later drawing of the pipeline would fail on."""
        stage = self.selected_stage()
        if stage is not None and kind in (None, stage.kind):
            self.replace_stage(self._selected, replace(stage, **changes), tuple(sorted(changes)))

    def add(self, kind: str) -> None:
        """Insert a new stage after the selected one and select it."""
        position = self._selected
        stages = list(self._stages)
        stages.insert(position, new_stage(kind))
        # A conv layer mixes colour channels: its starting kernels take RGB, so the input
        # becomes colour in the same (undoable) step.
        gray = False if kind == "conv_layer" else None
        self._edit(stages=stages, selected=position + 1, gray=gray,
                   text=self.tr("add stage {n}").format(n=position + 1))

    def remove_selected(self) -> None:
        if self._selected == 0:
            return
        stages = list(self._stages)
        del stages[self._selected - 1]
        self._edit(stages=stages, selected=min(self._selected, len(stages)),
                   text=self.tr("remove stage {n}").format(n=self._selected))

    def move_selected(self, offset: int) -> None:
        i, j = self._selected, self._selected + offset
        if i == 0 or not 1 <= j <= len(self._stages):
            return
        stages = list(self._stages)
        stages[i - 1], stages[j - 1] = stages[j - 1], stages[i - 1]
        self._edit(stages=stages, selected=j, text=self.tr("move stage {i} to {j}").format(i=i, j=j))

    def set_enabled(self, index: int, enabled: bool) -> None:
        stage = self._stages[index - 1]
        if stage.enabled != enabled:
            self.replace_stage(index, replace(stage, enabled=enabled), ("enabled",))

    def load(self, stages, gray: bool, selected: int = 1, text: str | None = None) -> None:
        """Replace the whole pipeline (a session was opened, a lesson step's Show me): one
        undoable edit, and the views load the selected stage again even if its number stays."""
        stages = list(stages)
        self._edit(stages=stages, gray=gray, selected=max(0, min(selected, len(stages))),
                   text=text or self.tr("open session"))
        self.selection_changed.emit(self._selected)

    # --- undo ---------------------------------------------------------------------------
    def state(self) -> PipelineState:
        return PipelineState(tuple(self._stages), self._gray, self._selected)

    def _edit(self, *, text: str, stages: list[Stage] | None = None, gray: bool | None = None,
              selected: int | None = None, merge_key: tuple | None = None) -> None:
        before = self.state()
        after = PipelineState(tuple(stages) if stages is not None else before.stages,
                              before.gray if gray is None else gray,
                              before.selected if selected is None else selected)
        self.undo_stack.push(PipelineEdit(self, before, after, text, merge_key))

    def _restore(self, state: PipelineState, *, reload: bool) -> None:
        """Make ``state`` the pipeline's; ``reload`` tells the views to load the selected
        stage again even when the selection stays (an undo changed it under them)."""
        selection_moved = state.selected != self._selected
        self._stages, self._gray, self._selected = list(state.stages), state.gray, state.selected
        self.changed.emit()
        if selection_moved or reload:
            self.selection_changed.emit(self._selected)
