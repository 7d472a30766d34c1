"""Bit depth: 8-bit gray, 1-bit (threshold, Otsu, dithering), N bits per channel, indexed
colour with a palette, and bit planes.

Every function takes an 8-bit gray (H, W) or RGB (H, W, 3) array and returns a new 8-bit
array that can be shown and saved as it is: a 1-bit result holds 0 and 255, an N-bit result
holds 2^N evenly spaced values per channel. ``convert`` picks the function from a settings
dataclass, so the command line and the Pixels tab run the same code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from .bands import MAX_BANDS, ROWS_PER_BAND, IsCancelled, row_bands, run_parts
from .errors import InputError
from .i18n import translate

#: ITU-R BT.601 luma weights for R, G, B: what cv2.COLOR_RGB2GRAY (and Pillow's "L") use.
LUMA_WEIGHTS = (0.299, 0.587, 0.114)

MODES = ("rgb24", "gray8", "1bit", "bits", "palette", "bitplane")
DITHERS = ("none", "floyd-steinberg", "bayer2", "bayer4", "bayer8")
PLANE_CHANNELS = ("gray", "r", "g", "b")

#: Palettes are chosen from at most this many pixels (a regular subsample); mapping every
#: pixel to the palette then runs on the whole image.
PALETTE_SAMPLE_PIXELS = 250_000


@dataclass(frozen=True)
class BitDepthSettings:
    """What to turn the image into. Fields that a mode does not use are ignored."""

    mode: str = "rgb24"
    threshold: int | None = 128  # 1-bit: brighter than this is white; None: Otsu chooses
    dither: str = "none"
    bits: int = 4  # bits per channel, 1..8
    colors: int = 16  # palette size, 2..256
    plane: int = 7  # bit plane to show, 0 (least significant) .. 7
    keep_planes: tuple[int, ...] | None = None  # rebuild from these planes instead
    channel: str = "gray"  # channel whose planes are sliced

    def validated(self) -> BitDepthSettings:
        """Self, or InputError naming the first setting that is out of range."""
        if self.mode not in MODES:
            raise InputError(translate("Bitdepth", "Unknown mode {mode}; use one of {value}.").format(mode=repr(self.mode), value=', '.join(MODES)))
        if self.dither not in DITHERS:
            raise InputError(translate("Bitdepth", "Unknown dithering {dither}; use one of {value}.").format(dither=repr(self.dither), value=', '.join(DITHERS)))
        if self.threshold is not None and not 0 <= self.threshold <= 255:
            raise InputError(translate("Bitdepth", "The threshold must be 0..255 or Otsu, not {threshold}.").format(threshold=self.threshold))
        if not 1 <= self.bits <= 8:
            raise InputError(translate("Bitdepth", "Bits per channel must be 1..8, not {bits}.").format(bits=self.bits))
        if not 2 <= self.colors <= 256:
            raise InputError(translate("Bitdepth", "A palette holds 2..256 colours, not {colors}.").format(colors=self.colors))
        planes = (self.plane, *(self.keep_planes or ()))
        if any(not 0 <= p <= 7 for p in planes):
            raise InputError(translate("Bitdepth", "Bit planes are numbered 0..7, not {value}.").format(value=max(planes, key=abs)))
        if self.channel not in PLANE_CHANNELS:
            raise InputError(translate("Bitdepth", "Unknown channel {channel}; use gray, r, g or b.").format(channel=repr(self.channel)))
        return self


@dataclass(frozen=True)
class BitDepthResult:
    """A converted image and what the format it now has can hold."""

    image: np.ndarray  # uint8 (H, W) or (H, W, 3)
    bits_per_pixel: int
    levels_per_channel: int
    colours: int  # distinct colours the format can hold
    threshold: int | None = None  # the 1-bit threshold used (Otsu's choice when asked)
    palette: np.ndarray | None = None  # (K, 3) uint8 colours of an indexed image
    indices: np.ndarray | None = None  # uint8 (H, W) palette index of every pixel (indexed only)
    #: The image holds each stored value times this: a 1-bit image (or one bit plane) stores
    #: 0 and 1 and is shown as 0 (black) and 255 (white), so its step is 255.
    value_step: int = 1

    def stored(self, shown: np.ndarray | int) -> np.ndarray | int:
        """The value(s) the format stores for shown 8-bit value(s) of ``image``."""
        return shown // self.value_step if self.value_step != 1 else shown


def convert(pixels: np.ndarray, settings: BitDepthSettings, cancelled: IsCancelled | None = None) -> BitDepthResult:
    """Apply ``settings.mode`` to an 8-bit gray or RGB image. The slow modes (dithering to N
    bits, a palette) work band by band and raise Cancelled between bands once ``cancelled()``."""
    s = settings.validated()
    channels = 1 if pixels.ndim == 2 else 3
    if s.mode == "rgb24":
        bpp = 8 * channels
        return BitDepthResult(pixels, bpp, 256, 2**bpp)
    if s.mode == "gray8":
        return BitDepthResult(to_gray8(pixels), 8, 256, 256)
    if s.mode == "1bit":
        image, used = to_1bit(pixels, s.threshold, s.dither)
        return BitDepthResult(image, 1, 2, 2, threshold=used, value_step=255)
    if s.mode == "bits":
        levels = 2**s.bits
        return BitDepthResult(
            quantize_bits(pixels, s.bits, s.dither, cancelled), s.bits * channels, levels, levels**channels
        )
    if s.mode == "palette":
        image, palette, indices = to_palette(pixels, s.colors, s.dither, cancelled)
        return BitDepthResult(image, index_bits(len(palette)), 256, len(palette), palette=palette, indices=indices)
    channel = select_channel(pixels, s.channel)
    if s.keep_planes is None:
        return BitDepthResult(bit_plane(channel, s.plane), 1, 2, 2, value_step=255)
    kept = len(set(s.keep_planes))
    return BitDepthResult(rebuild_from_planes(channel, s.keep_planes), kept, 2**kept, 2**kept)


def to_gray8(pixels: np.ndarray) -> np.ndarray:
    """Luma Y = 0.299 R + 0.587 G + 0.114 B (BT.601), rounded: OpenCV's RGB2GRAY."""
    if pixels.ndim == 2:
        return pixels
    return cv2.cvtColor(np.ascontiguousarray(pixels), cv2.COLOR_RGB2GRAY)


def otsu_threshold(gray: np.ndarray) -> int:
    """The threshold Otsu's method picks: the one that best separates two classes of gray."""
    threshold, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return int(threshold)


def to_1bit(pixels: np.ndarray, threshold: int | None, dither: str = "none") -> tuple[np.ndarray, int | None]:
    """Black (0) and white (255) only. Returns the image and the threshold used (None when
    dithering decides instead)."""
    gray = to_gray8(pixels)
    if dither == "floyd-steinberg":
        # Pillow's C error diffusion (Floyd-Steinberg, fixed midpoint 128).
        return _pillow_fs_1bit(gray), None
    if dither.startswith("bayer"):
        return _between_levels(gray, 2, _ordered_decider(int(dither[5:]))), None
    if threshold is None:
        threshold, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        return binary, int(threshold)
    _, binary = cv2.threshold(gray, threshold, 255, cv2.THRESH_BINARY)
    return binary, int(threshold)


def quantize_bits(pixels: np.ndarray, bits: int, dither: str = "none", cancelled: IsCancelled | None = None) -> np.ndarray:
    """2^bits evenly spaced levels per channel (0 and 255 always among them).

    Dithered, each channel is decided in horizontal bands (see core/bands.py). With
    Floyd-Steinberg the error of a band's last row is not carried into the next band: a seam
    of one row, never visible, as in `to_palette`."""
    levels = 2**bits
    if levels == 256:
        return pixels
    if dither.startswith("bayer"):
        return _between_levels(pixels, levels, _ordered_decider(int(dither[5:])), cancelled)
    if dither == "floyd-steinberg":
        return _between_levels(pixels, levels, _pillow_fs_1bit, cancelled)
    nearest = np.rint(np.arange(256) * ((levels - 1) / 255.0)).astype(np.int64)
    return cv2.LUT(pixels, _level_values(levels)[nearest])


def index_bits(colours: int) -> int:
    """Bits an index into a palette of K colours needs: ceil(log2 K), at least 1."""
    return max(1, int(colours - 1).bit_length())


def to_palette(pixels: np.ndarray, colors: int, dither: str = "none",
               cancelled: IsCancelled | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Indexed colour: at most ``colors`` colours, chosen for this image (Pillow's fast octree
    on a subsample; libimagequant is not in every Pillow build and median cut is slow on big
    images), every pixel replaced by a palette colour. Returns the image, the (K, 3) palette
    of the colours used and the (H, W) index of every pixel into it.

    Pixels are mapped to the palette in horizontal bands. With Floyd-Steinberg, the error of a
    band's last row is not carried into the next band: a seam of one row, never visible, that
    halves the time on two cores."""
    rgb = np.ascontiguousarray(pixels if pixels.ndim == 3 else cv2.cvtColor(pixels, cv2.COLOR_GRAY2RGB))
    height, width = rgb.shape[:2]
    stride = max(1, int(np.ceil(np.sqrt(height * width / PALETTE_SAMPLE_PIXELS))))
    sample = np.ascontiguousarray(rgb[::stride, ::stride])
    chosen = Image.fromarray(sample).quantize(colors=colors, method=Image.Quantize.FASTOCTREE)
    palette = np.array(chosen.getpalette(), dtype=np.uint8).reshape(-1, 3)
    pil_dither = Image.Dither.FLOYDSTEINBERG if dither == "floyd-steinberg" else Image.Dither.NONE

    lut = np.zeros((256, 1, 3), np.uint8)
    lut[: len(palette), 0] = palette
    image = np.empty_like(rgb)
    all_indices = np.empty((height, width), np.uint8)

    def map_band(rows: slice) -> np.ndarray:
        """Map one band of rows into ``image``; returns how often each palette index is used."""
        indexed = Image.fromarray(rgb[rows]).quantize(palette=chosen, dither=pil_dither)
        indices = np.asarray(indexed)
        all_indices[rows] = indices
        # A table lookup: Pillow's P -> RGB conversion and RGB export cost three times more.
        cv2.LUT(cv2.merge([indices, indices, indices]), lut, dst=image[rows])
        return cv2.calcHist([indices], [0], None, [256], [0, 256]).ravel()

    counts = sum(run_parts(map_band, row_bands(height), cancelled))
    used = np.flatnonzero(counts[: len(palette)])
    # Number the colours used 0..K-1, as the palette that is returned lists them.
    renumber = np.zeros(256, np.uint8)
    renumber[used] = np.arange(len(used), dtype=np.uint8)
    return image, palette[used], cv2.LUT(all_indices, renumber)


def select_channel(pixels: np.ndarray, channel: str) -> np.ndarray:
    """One 8-bit channel: gray (luma) or R, G, B (a gray image is its own R, G and B)."""
    if channel == "gray" or pixels.ndim == 2:
        return to_gray8(pixels)
    return np.ascontiguousarray(pixels[..., "rgb".index(channel)])


def bit_planes(channel: np.ndarray) -> np.ndarray:
    """(8, H, W) array of 0/1: plane p holds bit p of every value (plane 7 = the MSB)."""
    return np.stack([(channel >> p) & 1 for p in range(8)]).astype(np.uint8)


def recombine(planes: np.ndarray) -> np.ndarray:
    """Inverse of bit_planes: value = sum over p of plane_p * 2^p."""
    weights = (1 << np.arange(planes.shape[0], dtype=np.uint16)).reshape(-1, 1, 1)
    return (planes.astype(np.uint16) * weights).sum(axis=0).astype(np.uint8)


def bit_plane(channel: np.ndarray, plane: int) -> np.ndarray:
    """Bit ``plane`` of every value, shown as 0 / 255."""
    return (((channel >> plane) & 1) * 255).astype(np.uint8)


def rebuild_from_planes(channel: np.ndarray, keep: tuple[int, ...]) -> np.ndarray:
    """The channel with every plane not in ``keep`` set to 0."""
    mask = sum(1 << p for p in set(keep))
    return np.bitwise_and(channel, np.uint8(mask))


def bayer_matrix(n: int) -> np.ndarray:
    """The n x n Bayer index matrix (n = 2, 4, 8), values 0..n^2-1."""
    if n not in (2, 4, 8):
        raise InputError(translate("Bitdepth", "Ordered dithering uses a 2x2, 4x4 or 8x8 Bayer matrix, not {n}x{n}.").format(n=n))
    m = np.array([[0, 2], [3, 1]])
    while m.shape[0] < n:
        m = np.block([[4 * m, 4 * m + 2], [4 * m + 3, 4 * m + 1]])
    return m


# --- helpers -----------------------------------------------------------------------------
# Neither OpenCV nor Pillow does ordered dithering, or dithering to N levels per channel:
# both are built here from a 1-bit decision (Pillow's error diffusion, or a Bayer threshold
# map compared by OpenCV) between the two levels that enclose each value.

Decider = Callable[[np.ndarray], np.ndarray]  # (H, W) fractions 0..255 -> 0 (lower) / 255 (upper)


def _level_values(levels: int) -> np.ndarray:
    """The 8-bit value shown for each of ``levels`` evenly spaced levels, padded to 256."""
    lut = np.zeros(256, np.uint8)
    lut[:levels] = np.rint(np.arange(levels) * (255.0 / (levels - 1)))
    return lut


def _between_levels(pixels: np.ndarray, levels: int, decide: Decider, cancelled: IsCancelled | None = None) -> np.ndarray:
    """Each value lies between two neighbouring levels; ``decide`` sees how far up it lies
    (0..255) and picks one of the two, pixel by pixel. Channels are decided independently,
    band by band (bands start on multiples of 8 rows: a Bayer pattern runs on unbroken).

    Each part (one channel of one band) is taken from and written back into the interleaved
    image, so the only large allocation is the result: the app serves blocks of 1 MiB and
    more straight from the system (core/heap.py), and splitting the whole image into planes
    and merging them back had cost 10,600 page faults against 5,400, and 41 ms against 30,
    for a 1920x1080 photo."""
    step = 255.0 / (levels - 1)
    values = np.arange(256, dtype=np.float64)
    lower = np.minimum(np.floor(values / step), levels - 2).astype(np.uint8)
    fraction = np.rint((values - lower * step) / step * 255).clip(0, 255).astype(np.uint8)
    to_value = _level_values(levels)
    lower_value = to_value[lower]
    rise = to_value[lower + 1] - lower_value  # the step up to the next level (uint8)

    pixels = np.ascontiguousarray(pixels)
    out = np.empty_like(pixels)
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]

    def one_part(part: tuple[slice, int]) -> None:
        rows, c = part
        channel = pixels[rows] if channels == 1 else cv2.extractChannel(pixels[rows], c)
        up = decide(cv2.LUT(channel, fraction))  # 0 or 255: the lower or the upper level
        decided = cv2.add(cv2.LUT(channel, lower_value), cv2.bitwise_and(cv2.LUT(channel, rise), up))
        if channels == 1:
            out[rows] = decided
        else:
            cv2.insertChannel(decided, out[rows], c)  # in place: out[rows] is contiguous

    run_parts(one_part, [(rows, c) for rows in dither_bands(pixels.shape[0]) for c in range(channels)], cancelled)
    return out


def dither_bands(height: int) -> list[slice]:
    """The bands of rows dithering to N levels decides one after another (each channel of
    each band is a part). Twice as many as other banded work: Floyd-Steinberg is the slowest
    step of the tab, and with parts of about a millisecond a newer slider value waits less
    for the part in flight, and the last parts keep both cores busy (1920x1080, last change
    to result shown in benchmarks/pixels_gui_latency.py: p95 51 -> 44-46 ms)."""
    return row_bands(height, rows=ROWS_PER_BAND // 2, most=2 * MAX_BANDS)


def _pillow_fs_1bit(gray: np.ndarray) -> np.ndarray:
    """Pillow's C Floyd-Steinberg error diffusion to black and white: 0 / 255."""
    return np.asarray(Image.fromarray(np.ascontiguousarray(gray)).convert("1").convert("L"))


def _ordered_decider(n: int) -> Decider:
    """Ordered dithering: up where the fraction exceeds the Bayer threshold of the pixel's
    position, (index + 0.5) / n^2 of the way, tiled over the image."""
    thresholds = np.rint((bayer_matrix(n) + 0.5) / (n * n) * 255).astype(np.uint8)

    def decide(fraction: np.ndarray) -> np.ndarray:
        h, w = fraction.shape
        tiled = np.tile(thresholds, (-(-h // n), -(-w // n)))[:h, :w]
        return cv2.compare(fraction, np.ascontiguousarray(tiled), cv2.CMP_GT)

    return decide
