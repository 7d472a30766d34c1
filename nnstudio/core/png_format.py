"""What a PNG file itself stores, read from its header chunks: bit depth, colour type,
palette size and tRNS transparency.

Pillow widens 1-, 2- and 4-bit samples to 8 bits, reduces 16-bit gray+alpha and RGB to 8
bits and keeps tRNS only as a side note, so its mode no longer tells what the file holds;
the IHDR, PLTE and tRNS chunks do (PNG specification, section 11.2).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .image_facts import ImageSource

SIGNATURE = b"\x89PNG\r\n\x1a\n"

#: PNG colour type -> (name, samples per pixel).
COLOUR_TYPES = {0: ("gray", 1), 2: ("RGB", 3), 3: ("palette", 1), 4: ("gray+alpha", 2), 6: ("RGBA", 4)}
#: The bit depths the format allows for each colour type.
ALLOWED_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}

#: Chunks read at most before giving up (a hostile file may hold millions).
_MAX_CHUNKS = 64


@dataclass(frozen=True)
class PngFormat:
    bit_depth: int  # bits per sample (per palette index for colour type 3)
    colour_type: int  # 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA
    palette_entries: int | None  # K colours in PLTE (colour type 3), else None
    trns: bytes | None  # the tRNS chunk's data, when there is one

    @property
    def colour_name(self) -> str:
        return COLOUR_TYPES[self.colour_type][0]

    @property
    def samples(self) -> int:
        """Samples per pixel the file stores (a palette image: one index)."""
        return COLOUR_TYPES[self.colour_type][1]

    @property
    def bits_per_pixel(self) -> int:
        return self.bit_depth * self.samples

    @property
    def transparency(self) -> str:
        """'alpha' (a channel), 'tRNS' (a chunk) or '' (opaque)."""
        return "alpha" if self.colour_type in (4, 6) else "tRNS" if self.trns else ""

    def transparent_key(self) -> tuple[int, ...] | None:
        """The raw sample value(s) tRNS marks fully transparent, for gray and RGB files."""
        if self.trns is None or self.colour_type not in (0, 2):
            return None
        count = 1 if self.colour_type == 0 else 3
        if len(self.trns) < 2 * count:
            return None
        return struct.unpack(f">{count}H", self.trns[: 2 * count])


def read_png_format(path: str | Path) -> PngFormat | None:
    """The header facts of a PNG file, or None when it is not a well-formed PNG header."""
    try:
        with Path(path).open("rb") as f:
            if f.read(8) != SIGNATURE:
                return None
            depth = colour = None
            entries: int | None = None
            trns: bytes | None = None
            for _ in range(_MAX_CHUNKS):
                head = f.read(8)
                if len(head) < 8:
                    break
                length, kind = struct.unpack(">I4s", head)
                if kind == b"IDAT" or kind == b"IEND":
                    break
                if length > 1 << 20:  # no header chunk is that long
                    return None
                data = f.read(length)
                f.seek(4, 1)  # CRC
                if kind == b"IHDR" and len(data) >= 10:
                    depth, colour = data[8], data[9]
                elif kind == b"PLTE":
                    entries = length // 3
                elif kind == b"tRNS":
                    trns = data
    except OSError:
        return None
    if colour not in ALLOWED_DEPTHS or depth not in ALLOWED_DEPTHS[colour]:
        return None
    return PngFormat(depth, colour, entries if colour == 3 else None, trns)


def trns_alpha(samples: np.ndarray, png: PngFormat) -> np.ndarray | None:
    """Alpha (0 where tRNS marks a gray or RGB value transparent, else the dtype's maximum;
    255 for bool samples)
    for samples as decoded: bool or 8-bit samples widened from 1, 2 or 4 bits by Pillow
    (raw x 255 / (2^depth - 1)), or the file's own 8- or 16-bit values."""
    key = png.transparent_key()
    if key is None or samples.ndim != (2 if png.colour_type == 0 else 3):
        return None
    if png.colour_type == 2 and samples.shape[2] != 3:
        return None  # already has an alpha channel (a decoder that applied tRNS itself)
    if samples.dtype == bool:
        scaled = np.array(key, bool)
    elif png.bit_depth < 8:
        scaled = np.array(key, np.int64) * (255 // ((1 << png.bit_depth) - 1))
    elif png.bit_depth == 16 and samples.dtype == np.uint8:
        scaled = np.array(key, np.int64) >> 8
    else:
        scaled = np.array(key, np.int64)
    hit = samples == (scaled[0] if png.colour_type == 0 else scaled.reshape(1, 1, 3))
    if png.colour_type == 2:
        hit = hit.all(axis=2)
    if samples.dtype == bool:  # 1-bit gray: the caller widens the samples to 0/255 as well
        return np.where(hit, 0, 255).astype(np.uint8)
    return np.where(hit, 0, np.iinfo(samples.dtype).max).astype(samples.dtype)


def with_png_facts(source: ImageSource, png: PngFormat) -> ImageSource:
    """``source`` with the file's own bit depth, colour type, palette and transparency."""
    return replace(
        source,
        channels=png.samples,
        bits_per_channel=png.bit_depth,
        dtype="uint16" if png.bit_depth == 16 else source.dtype,
        has_alpha=bool(png.transparency),
        colour_type=png.colour_name,
        palette_entries=png.palette_entries,
        transparency=png.transparency,
    )
