"""The built-in images: photographs shipped in resources/images and patterns made in code."""

from __future__ import annotations

import importlib.resources
from dataclasses import replace

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP, translate
from .image_io import LoadedImage, image_from_array, load_image
from .patterns import PATTERNS
from .resources import resource

#: Shipped photographs (see resources/LICENSES.md), name -> menu label.
PHOTOS = {
    "chelsea": QT_TRANSLATE_NOOP("Samples", "Chelsea the cat (RGB photo)"),
    "astronaut": QT_TRANSLATE_NOOP("Samples", "Astronaut (RGB photo)"),
    "coffee": QT_TRANSLATE_NOOP("Samples", "Coffee (RGB photo)"),
    "camera": QT_TRANSLATE_NOOP("Samples", "Camera man (8-bit gray)"),
    "coins": QT_TRANSLATE_NOOP("Samples", "Coins (8-bit gray)"),
    "horse": QT_TRANSLATE_NOOP("Samples", "Horse (RGBA, transparent)"),
}

#: What the app shows on first start, so it is never empty.
DEFAULT_SAMPLE = "chelsea"


def sample_labels() -> dict[str, str]:
    """Every built-in image, name -> label in the user's language: photographs first, then
    test patterns."""
    labels = {**PHOTOS, **{name: label for name, (_, label) in PATTERNS.items()}}
    return {name: translate("Samples", label) for name, label in labels.items()}


def load_sample(name: str) -> LoadedImage:
    """A built-in image by name; its source has no path, so it is never added to Recent."""
    if name in PATTERNS:
        make, _ = PATTERNS[name]
        return image_from_array(make(), name, fmt="pattern", copy=False)
    if name not in PHOTOS:
        known = ", ".join(sample_labels())
        raise InputError(translate("Samples", "There is no sample called {name}; the samples are: {known}.").format(name=repr(name), known=known))
    with importlib.resources.as_file(resource("images", f"{name}.png")) as path:
        loaded = load_image(path)
    return LoadedImage(loaded.pixels, loaded.alpha, replace(loaded.source, name=name, path=None))
