"""Import an image folder with one sub-folder per class, as MNIST-like gray arrays (or RGB)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from .errors import InputError
from .i18n import translate
from .image_io import load_image
from .memory_budget import check_data_budget

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".gif"}


def load_image_folder(folder: str | Path, size: int = 28,
                      color: bool = False) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """images (n, size, size) uint8 gray, or (n, size, size, 3) RGB with `color`; labels (n,)
    int64; class names (sub-folder names, in sorted order)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(translate("ImageFolder", "{folder} is not a folder.").format(folder=folder))
    # Hidden folders are a save in progress (core.class_set) or a system's, never a class.
    classes = sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    if len(classes) < 2:
        raise InputError(translate("ImageFolder", "{name} needs at least two sub-folders, one per class.").format(name=folder.name))
    files = [(index, file) for index, name in enumerate(classes)
             for file in sorted((folder / name).iterdir()) if file.suffix.lower() in IMAGE_SUFFIXES]
    check_data_budget(translate("Datasets", "{n} images of {size}×{size}").format(
        n=f"{len(files):,}", size=size), len(files) * size * size * 5 * (3 if color else 1))  # uint8, then float32
    images, labels = [], []
    for index, file in files:
        pixels = load_image(file).pixels
        if color:
            pixels = cv2.cvtColor(pixels, cv2.COLOR_GRAY2RGB) if pixels.ndim == 2 else pixels
        elif pixels.ndim == 3:
            pixels = cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY)
        images.append(cv2.resize(pixels, (size, size), interpolation=cv2.INTER_AREA))
        labels.append(index)
    if not images:
        raise InputError(translate("ImageFolder", "{name} holds no images in its class sub-folders.").format(name=folder.name))
    empty = [name for index, name in enumerate(classes) if index not in set(labels)]
    if empty:
        raise InputError(translate("ImageFolder", "The class folder '{value}' in {name} holds no images.").format(value=empty[0], name=folder.name))
    return np.stack(images), np.array(labels, np.int64), classes
