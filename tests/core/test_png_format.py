"""The source's own bit depth and colour type, for every PNG colour type and depth the format
allows, against the header of a file written chunk by chunk here (zlib, no imaging library)."""

from __future__ import annotations

import json
import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from nnstudio.cli import main
from nnstudio.core.image_io import load_image
from nnstudio.core.png_format import ALLOWED_DEPTHS, COLOUR_TYPES

SAMPLES = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
NAMES = {0: "gray", 2: "RGB", 3: "palette", 4: "gray+alpha", 6: "RGBA"}  # PNG spec, table 11.1


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bytes(samples: np.ndarray, colour_type: int, depth: int, palette=None, trns: bytes | None = None) -> bytes:
    """A PNG holding ``samples`` (H, W, samples per pixel) at ``depth`` bits, filter type 0."""
    h, w = samples.shape[:2]
    flat = samples.reshape(h, -1)
    rows = []
    for r in range(h):
        if depth == 16:
            raw = flat[r].astype(">u2").tobytes()
        elif depth == 8:
            raw = flat[r].astype(np.uint8).tobytes()
        else:  # pack the samples' low bits, most significant first
            bits = np.unpackbits(flat[r].astype(np.uint8)[:, None], axis=1)[:, 8 - depth:].ravel()
            raw = np.packbits(bits).tobytes()
        rows.append(b"\x00" + raw)
    out = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, colour_type, 0, 0, 0))
    if palette is not None:
        out += _chunk(b"PLTE", np.asarray(palette, np.uint8).tobytes())
    if trns is not None:
        out += _chunk(b"tRNS", trns)
    return out + _chunk(b"IDAT", zlib.compress(b"".join(rows))) + _chunk(b"IEND", b"")


def _cases():
    for colour_type, depths in ALLOWED_DEPTHS.items():
        for depth in depths:
            yield colour_type, depth, False
            if colour_type in (0, 2, 3):  # tRNS is allowed for these only
                yield colour_type, depth, True


def test_every_colour_type_and_depth_is_covered():
    assert ALLOWED_DEPTHS == {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
    assert {k: v[0] for k, v in COLOUR_TYPES.items()} == NAMES


@pytest.mark.parametrize("colour_type, depth, with_trns", list(_cases()))
def test_facts_are_the_files_own(tmp_path, capsys, colour_type, depth, with_trns):
    rng = np.random.default_rng(colour_type * 100 + depth)
    h, w = 7, 13  # 13 wide: packed rows end in a partial byte
    k = min(1 << depth, 5 + depth)  # a palette smaller than the depth allows
    top = k if colour_type == 3 else 1 << depth
    samples = rng.integers(0, top, (h, w, SAMPLES[colour_type]))
    palette = rng.integers(0, 256, (k, 3)) if colour_type == 3 else None
    trns = None
    if with_trns:
        trns = (bytes([0, 128]) if colour_type == 3
                else struct.pack(f">{SAMPLES[colour_type]}H", *(int(v) for v in samples[0, 0])))
    path = tmp_path / f"ct{colour_type}_{depth}{'_trns' if with_trns else ''}.png"
    data = png_bytes(samples, colour_type, depth, palette, trns)
    path.write_bytes(data)
    header_depth, header_type = data[24], data[25]  # IHDR: bit depth, colour type
    assert (header_depth, header_type) == (depth, colour_type)

    source = load_image(path).source
    assert main(["info", str(path), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    bits_per_pixel = header_depth * SAMPLES[header_type]
    expected = {
        "bits_per_channel": header_depth,
        "colour_type": NAMES[header_type],
        "channels": SAMPLES[header_type],
        "palette_entries": k if header_type == 3 else None,
        "transparency": "alpha" if header_type in (4, 6) else "tRNS" if with_trns else "none",
        "bits_per_pixel": bits_per_pixel,
        "bytes_source": (w * h * bits_per_pixel + 7) // 8,
    }
    assert {key: facts[key] for key in expected} == expected
    assert source.info() == facts
    assert source.has_alpha == (header_type in (4, 6) or with_trns)


@pytest.mark.parametrize("colour_type, depth", [(0, 1), (0, 2), (0, 4), (0, 8), (0, 16), (2, 8), (2, 16)])
def test_trns_makes_its_value_transparent(tmp_path, colour_type, depth):
    rng = np.random.default_rng(depth)
    samples = rng.integers(0, 1 << depth, (6, 9, SAMPLES[colour_type]))
    key = samples[0, 0]
    path = tmp_path / "t.png"
    path.write_bytes(png_bytes(samples, colour_type, depth, trns=struct.pack(f">{len(key)}H", *(int(v) for v in key))))
    loaded = load_image(path)
    transparent = (samples == key).all(axis=2)
    assert loaded.alpha is not None
    np.testing.assert_array_equal(loaded.alpha, np.where(transparent, 0, 255))
    # The colours are what Pillow decodes (rounded to 8 bits), whatever the alpha.
    with Image.open(path) as im:
        ref = np.asarray(im.convert("RGB" if colour_type == 2 else "L"))
    if depth == 16:
        ref = np.rint(samples[..., 0 if colour_type == 0 else slice(None)] / 257).astype(np.uint8)
    np.testing.assert_array_equal(loaded.pixels, ref)
