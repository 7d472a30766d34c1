"""The built-in images: photographs shipped in resources/images and patterns made in code."""

from __future__ import annotations

import importlib.resources
from dataclasses import replace

from .errors import InputError
from .image_io import LoadedImage, image_from_array, load_image
from .patterns import PATTERNS
from .resources import resource

#: Shipped photographs (see resources/LICENSES.md), name -> menu label.
PHOTOS = {
    "chelsea": "Chelsea the cat (RGB photo)",
    "astronaut": "Astronaut (RGB photo)",
    "coffee": "Coffee (RGB photo)",
    "camera": "Camera man (8-bit gray)",
    "coins": "Coins (8-bit gray)",
    "horse": "Horse (RGBA, transparent)",
}

#: What the app shows on first start, so it is never empty.
DEFAULT_SAMPLE = "chelsea"


def sample_labels() -> dict[str, str]:
    """Every built-in image, name -> label: photographs first, then test patterns."""
    return {**PHOTOS, **{name: label for name, (_, label) in PATTERNS.items()}}


def load_sample(name: str) -> LoadedImage:
    """A built-in image by name; its source has no path, so it is never added to Recent."""
    if name in PATTERNS:
        make, _ = PATTERNS[name]
        return image_from_array(make(), name, fmt="pattern", copy=False)
    if name not in PHOTOS:
        known = ", ".join(sample_labels())
        raise InputError(f"There is no sample called {name!r}; the samples are: {known}.")
    with importlib.resources.as_file(resource("images", f"{name}.png")) as path:
        loaded = load_image(path)
    return LoadedImage(loaded.pixels, loaded.alpha, replace(loaded.source, name=name, path=None))
