"""Where nnstudio's bundled files are, in a checkout, a wheel or a frozen bundle."""

from __future__ import annotations

import importlib.resources
from importlib.abc import Traversable
from pathlib import Path


def resource_root() -> Traversable:
    """The folder that holds images/, datasets/, designs/ and icons/.

    Installed, it is the package ``nnstudio.resources`` (pyproject.toml maps the top-level
    resources/ folder onto it). Run straight from a source checkout that was never installed,
    that package does not exist, so fall back to the folder beside the package.
    """
    try:
        return importlib.resources.files("nnstudio.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Traversable:
    """One bundled file, e.g. ``resource("images", "chelsea.png")``."""
    node = resource_root()
    for part in parts:
        node = node / part
    return node
