"""Hostile image files (tests/fixtures/hostile/images): one sentence each, never an exception
of another kind; the header-only bombs are refused before any pixel is decoded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from nnstudio.core import image_io
from nnstudio.core.errors import InputError

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "images"
#: Valid but enormous once decoded: a memory case for the GUI, not a refusal.
ACCEPTED = {"one_bit_10000x9999.png"}
BAD = sorted(p.name for p in HOSTILE.iterdir() if p.name not in ACCEPTED)


@pytest.mark.parametrize("name", BAD)
def test_each_hostile_image_is_refused_in_one_sentence(name):
    with pytest.raises(InputError) as caught:
        image_io.load_image(HOSTILE / name)
    text = str(caught.value)
    assert name in text and "\n" not in text and len(text) < 300, text


def test_a_100000x100000_header_is_refused_before_decoding(monkeypatch):
    monkeypatch.setattr(Image.Image, "load", lambda self: pytest.fail("pixels were decoded"))
    with pytest.raises(InputError, match="too large"):
        image_io.load_image(HOSTILE / "header_100000x100000.png")
