"""The learner's own image classes (Teachable Machine's "show it three things"): named classes
of small RGB samples, saved as an image folder (one sub-folder per class, PNG files), the
layout the Network tab's "Image folder…" import reads, and opened again from one.

Every sample is stored at SAMPLE_SIZE × SAMPLE_SIZE RGB uint8: a camera frame or a dropped
photo is cut to its centre square and scaled down once, when it is added, so that a class of
hundreds of frames stays small and the saved folder trains exactly as the set did in memory.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from .errors import InputError
from .i18n import translate
from .image_folder import IMAGE_SUFFIXES
from .image_io import encode_png, load_image

SAMPLE_SIZE = 64
#: Characters no folder name may hold on one of the systems a set may be copied to.
_FORBIDDEN = set('/\\:*?"<>|') | {chr(c) for c in range(32)}
MAX_NAME = 60


def to_sample(pixels: np.ndarray, size: int = SAMPLE_SIZE) -> np.ndarray:
    """Any gray, RGB or RGBA uint8 picture -> its centre square at size × size, RGB uint8."""
    pixels = np.asarray(pixels)
    if pixels.ndim == 2:
        pixels = cv2.cvtColor(pixels, cv2.COLOR_GRAY2RGB)
    elif pixels.shape[2] == 4:
        pixels = cv2.cvtColor(pixels, cv2.COLOR_RGBA2RGB)
    h, w = pixels.shape[:2]
    side = min(h, w)
    top, left = (h - side) // 2, (w - side) // 2
    square = pixels[top:top + side, left:left + side]
    # INTER_AREA averages the pixels each output pixel covers: no aliasing from a big frame.
    sample = cv2.resize(square, (size, size), interpolation=cv2.INTER_AREA)
    sample.flags.writeable = False
    return sample


@dataclass
class ImageClass:
    name: str
    samples: list[np.ndarray] = field(default_factory=list)  # (size, size, 3) uint8, read-only


class ClassSet:
    """Named classes in the order they were made; indices are positions in that order."""

    def __init__(self, size: int = SAMPLE_SIZE) -> None:
        self.size = size
        self.classes: list[ImageClass] = []

    # --- classes --------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return [c.name for c in self.classes]

    def counts(self) -> list[int]:
        return [len(c.samples) for c in self.classes]

    def check_name(self, name: str, index: int | None = None) -> str:
        """The name as it will be used (trimmed, NFC), or InputError saying what is wrong."""
        name = unicodedata.normalize("NFC", str(name).strip())
        if not name or name in (".", ".."):
            raise InputError(translate("ClassSet", "A class needs a name."))
        if len(name) > MAX_NAME or _FORBIDDEN & set(name):
            raise InputError(translate(
                "ClassSet", "'{name}' cannot be a class name: use at most {limit} characters and none of "
                "/ \\ : * ? \" < > |.").format(name=name[:MAX_NAME], limit=MAX_NAME))
        taken = {c.name.casefold() for i, c in enumerate(self.classes) if i != index}
        if name.casefold() in taken:  # folders on Windows and macOS ignore case
            raise InputError(translate("ClassSet", "There is already a class called '{name}'.").format(name=name))
        return name

    def add_class(self, name: str) -> int:
        self.classes.append(ImageClass(self.check_name(name)))
        return len(self.classes) - 1

    def rename_class(self, index: int, name: str) -> None:
        self.classes[index].name = self.check_name(name, index)

    def delete_class(self, index: int) -> None:
        del self.classes[index]

    # --- samples --------------------------------------------------------------------------
    def add_sample(self, index: int, pixels: np.ndarray) -> np.ndarray:
        sample = to_sample(pixels, self.size)
        self.classes[index].samples.append(sample)
        return sample

    def delete_sample(self, index: int, sample: int) -> None:
        del self.classes[index].samples[sample]

    def add_files(self, index: int, paths) -> int:
        """Add every image among `paths` (files, or folders searched one level deep);
        returns how many were added. A file that is not an image is an InputError."""
        added = 0
        for path in map(Path, paths):
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES) if path.is_dir() else [path]
            for file in files:
                self.add_sample(index, load_image(file).pixels)
                added += 1
        return added

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """images (N, size, size, 3) uint8 and labels (N,) int64, class by class."""
        images = [s for c in self.classes for s in c.samples]
        labels = [i for i, c in enumerate(self.classes) for _ in c.samples]
        if not images:
            return np.zeros((0, self.size, self.size, 3), np.uint8), np.zeros(0, np.int64)
        return np.stack(images), np.array(labels, np.int64)

    # --- files ----------------------------------------------------------------------------
    def save(self, folder: str | Path) -> Path:
        """Write the set as `folder`/<class>/0001.png …, whole or not at all: the files go to
        a hidden folder beside it, which then takes the old folder's place."""
        folder = Path(folder)
        parent = folder.parent if str(folder.parent) else Path(".")
        if folder.exists() and not folder.is_dir():
            raise InputError(translate("ClassSet", "{name} is a file, not a folder.").format(name=folder.name))
        if not parent.is_dir():
            raise InputError(translate("ClassSet", "Could not save {name}: the folder {parent} does not exist.").format(
                name=folder.name, parent=parent))
        if folder.is_dir() and any(folder.iterdir()) and not _looks_like_class_set(folder):
            raise InputError(translate("ClassSet", "{name} already holds other files; choose an empty folder or a "
                                       "new name.").format(name=folder.name))
        try:
            temp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=parent))
            try:
                for image_class in self.classes:
                    sub = temp / image_class.name
                    sub.mkdir()
                    for number, sample in enumerate(image_class.samples, 1):
                        (sub / f"{number:04d}.png").write_bytes(encode_png(sample))
                old = None
                if folder.exists():
                    old = folder.with_name(f".{folder.name}.old")
                    shutil.rmtree(old, ignore_errors=True)
                    os.replace(folder, old)
                os.replace(temp, folder)
                if old is not None:
                    shutil.rmtree(old, ignore_errors=True)
            finally:
                shutil.rmtree(temp, ignore_errors=True)
        except OSError as exc:
            raise InputError(translate("ClassSet", "Could not save {name}: {reason}; nothing was changed.").format(
                name=folder.name, reason=(exc.strerror or type(exc).__name__).lower())) from None
        return folder


def _looks_like_class_set(folder: Path) -> bool:
    """Only sub-folders of images: a set saved before, safe to replace."""
    for entry in folder.iterdir():
        if not entry.is_dir() or any(p.suffix.lower() not in IMAGE_SUFFIXES for p in entry.iterdir()):
            return False
    return True


def open_class_set(folder: str | Path, size: int = SAMPLE_SIZE) -> ClassSet:
    """A set saved by ClassSet.save (or any image folder with one sub-folder per class)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(translate("ClassSet", "{name} is not a folder.").format(name=folder.name or folder))
    subs = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not subs:
        raise InputError(translate("ClassSet", "{name} holds no class sub-folders: a class set has one folder of "
                                   "pictures per class.").format(name=folder.name))
    classes = ClassSet(size)
    for sub in subs:
        index = classes.add_class(sub.name)
        classes.add_files(index, [sub])
    return classes
