"""The state of the "New image classes…" window: one core ClassSet, the class being filled,
the folder it was saved in, and signals the window's views redraw from."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from ...core.class_set import ClassSet, open_class_set
from ...core.errors import InputError


class ClassSetModel(QObject):
    classes_changed = Signal()  # a class was added, renamed or deleted, or a set opened
    sample_added = Signal(int, object)  # class index, the new (64, 64, 3) sample
    samples_changed = Signal(int)  # samples of this class were deleted or replaced
    current_changed = Signal(int)  # the class that Record, drops and "Add" fill (-1: none)
    said = Signal(str, bool)  # one sentence, and whether it is an error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.classes = ClassSet()
        self.current = -1
        self.folder: Path | None = None  # where it was last saved or opened from
        self.dirty = False  # changed since then

    @property
    def size(self) -> int:
        return self.classes.size

    def _try(self, action) -> bool:
        try:
            action()
        except InputError as exc:
            self.said.emit(str(exc), True)
            return False
        return True

    # --- classes --------------------------------------------------------------------------
    def add_class(self, name: str) -> bool:
        def add():
            self.current = self.classes.add_class(name)
        if not self._try(add):
            return False
        self.dirty = True
        self.classes_changed.emit()
        self.current_changed.emit(self.current)
        return True

    def rename_class(self, index: int, name: str) -> bool:
        if not self._try(lambda: self.classes.rename_class(index, name)):
            return False
        self.dirty = True
        self.classes_changed.emit()
        return True

    def delete_class(self, index: int) -> None:
        if not 0 <= index < len(self.classes.classes):
            return
        self.classes.delete_class(index)
        self.dirty = True
        self.current = min(self.current, len(self.classes.classes) - 1)
        self.classes_changed.emit()
        self.current_changed.emit(self.current)

    def set_current(self, index: int) -> None:
        index = index if 0 <= index < len(self.classes.classes) else -1
        if index != self.current:
            self.current = index
            self.current_changed.emit(index)

    # --- samples --------------------------------------------------------------------------
    def add_sample(self, pixels: np.ndarray, index: int | None = None) -> bool:
        """Add a picture to class `index` (the current class by default)."""
        index = self.current if index is None else index
        if not 0 <= index < len(self.classes.classes):
            self.said.emit(self.tr("Add a class first, then fill it."), True)
            return False
        sample = self.classes.add_sample(index, pixels)
        self.dirty = True
        self.sample_added.emit(index, sample)
        return True

    def add_samples(self, index: int, samples: list[np.ndarray]) -> None:
        """Samples made elsewhere (dropped files, decoded on a worker) for class `index`."""
        if not 0 <= index < len(self.classes.classes):
            return
        for sample in samples:
            self.add_sample(sample, index)

    def delete_samples(self, index: int, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.classes.classes[index].samples):
                self.classes.delete_sample(index, row)
                self.dirty = True
        self.samples_changed.emit(index)

    # --- files ----------------------------------------------------------------------------
    def save(self, folder: str | Path) -> bool:
        def save():
            self.folder = self.classes.save(folder)
        if not self._try(save):
            return False
        self.dirty = False
        self.said.emit(self.tr("Saved {count} pictures in {classes} classes to {folder}.").format(
            count=sum(self.classes.counts()), classes=len(self.classes.classes), folder=self.folder), False)
        return True

    def open(self, folder: str | Path) -> bool:
        """Replace the set with the one saved in `folder`; a bad folder leaves it as it was."""
        try:
            opened = open_class_set(folder, self.size)
        except InputError as exc:
            self.said.emit(str(exc), True)
            return False
        self.classes, self.folder, self.dirty = opened, Path(folder), False
        self.current = 0
        self.classes_changed.emit()
        self.current_changed.emit(self.current)
        for index in range(len(opened.classes)):
            self.samples_changed.emit(index)
        return True
