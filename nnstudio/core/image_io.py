"""The one image loader: every entry point (drop, open, paste, samples, CLI) ends here.

Whatever the file holds, the result is an 8-bit gray (H, W) or RGB (H, W, 3) array, an
optional 8-bit alpha plane, and the facts of the source (its real bit depth, channels, ...).
OpenCV's BGR order is turned into RGB here, once, and nowhere else.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from .atomic_write import write_bytes
from .errors import InputError
from .image_facts import ImageSource
from .png_format import read_png_format, trns_alpha, with_png_facts
from .i18n import translate

#: Largest image accepted, checked from the header before any pixel is decoded. At 100
#: megapixels the RGB array alone is 300 MB; every view and filter keeps a few of those.
MAX_PIXELS = 100_000_000

READABLE_FORMATS = "PNG, JPEG, BMP, GIF, TIFF and WebP"

_EXIF_ORIENTATION = 0x0112
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class LoadedImage:
    """Pixels ready for every tab, plus where they came from. The arrays are read-only."""

    pixels: np.ndarray  # uint8, (H, W) gray or (H, W, 3) RGB
    alpha: np.ndarray | None  # uint8 (H, W), or None when the source had no alpha
    source: ImageSource

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    @property
    def is_gray(self) -> bool:
        return self.pixels.ndim == 2


def load_image(path: str | Path) -> LoadedImage:
    """Decode an image file, or raise InputError with one sentence for the user."""
    path = Path(path)
    name = path.name or str(path)
    _check_file(path, name)
    try:
        with warnings.catch_warnings():
            # Pillow warns between 89 and 179 megapixels; the cap below decides instead.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                _check_pixel_count(im.size, name)
                if _is_16bit_colour_png(path):
                    # Pillow reduces 16-bit RGB(A) PNGs to 8 bits on load and so hides the
                    # real depth; OpenCV keeps all 16 bits.
                    return _decode_16bit_colour_png(path, name)
                return _decode_pillow(im, name, str(path))
    except InputError:
        raise
    except UnidentifiedImageError:
        raise InputError(
            translate("ImageIo", "{name} is not an image nnstudio can read (it reads {READABLE_FORMATS}).").format(name=name, READABLE_FORMATS=READABLE_FORMATS)
        ) from None
    except Image.DecompressionBombError:
        raise InputError(_too_large_message(name)) from None
    except PermissionError:
        raise InputError(translate("ImageIo", "{name} cannot be read: permission denied.").format(name=name)) from None
    except MemoryError:
        raise InputError(translate("ImageIo", "{name} is too large to decode in the memory available.").format(name=name)) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        if "truncated" in str(exc).lower():
            raise InputError(
                translate("ImageIo", "{name} is cut short (truncated): the file ends before the image does.").format(name=name)
            ) from None
        raise InputError(translate("ImageIo", "{name} is damaged and could not be decoded ({exc}).").format(name=name, exc=exc)) from None


def image_from_array(
    array: np.ndarray,
    name: str,
    *,
    path: str | None = None,
    fmt: str = "array",
    copy: bool = True,
) -> LoadedImage:
    """Wrap pixels that are already in memory (RGB or RGBA order), e.g. pasted or generated.

    The result is read-only; with ``copy=False`` the caller hands its array over for good.
    """
    arr = np.array(array, copy=True) if copy else np.asarray(array)
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    if arr.ndim not in (2, 3) or (arr.ndim == 3 and arr.shape[2] not in (2, 3, 4)):
        raise InputError(translate("ImageIo", "{name} has shape {shape}, which is not a gray, RGB or RGBA image.").format(name=name, shape=arr.shape))
    if arr.shape[0] == 0 or arr.shape[1] == 0:
        raise InputError(translate("ImageIo", "{name} has no pixels ({value}x{value2}).").format(name=name, value=arr.shape[1], value2=arr.shape[0]))
    _check_pixel_count((arr.shape[1], arr.shape[0]), name)
    channels = 1 if arr.ndim == 2 else arr.shape[2]
    has_alpha = channels in (2, 4)
    bits = 1 if arr.dtype == bool else arr.dtype.itemsize * 8
    source = ImageSource(
        name=name,
        path=path,
        format=fmt,
        width=arr.shape[1],
        height=arr.shape[0],
        channels=channels,
        dtype=str(arr.dtype),
        bits_per_channel=bits,
        has_alpha=has_alpha,
    )
    arr8 = to_uint8(arr)
    if has_alpha:
        colour, alpha = arr8[..., :-1], arr8[..., -1]
        if colour.shape[2] == 1:
            colour = colour[..., 0]
        return _frozen(colour, alpha, source)
    return _frozen(arr8, None, source)


def to_uint8(arr: np.ndarray) -> np.ndarray:
    """Scale any sample type to 0..255: bool -> 0/255, 16-bit -> /257, float 0..1 -> x255."""
    if arr.dtype == np.uint8:
        return arr
    if arr.dtype == bool:
        return arr.astype(np.uint8) * 255
    if arr.dtype == np.uint16:
        # Round to nearest: 65535 -> 255 exactly, 257*k -> k exactly.
        return ((arr.astype(np.uint32) * 255 + 32767) // 65535).astype(np.uint8)
    if np.issubdtype(arr.dtype, np.integer):
        lo, hi = (0, 65535) if arr.min() >= 0 and arr.max() <= 65535 else (arr.min(), arr.max())
        return _scale(arr.astype(np.float64), float(lo), float(hi))
    if np.issubdtype(arr.dtype, np.floating):
        finite = np.nan_to_num(arr.astype(np.float64), nan=0.0, posinf=0.0, neginf=0.0)
        lo, hi = float(finite.min()), float(finite.max())
        if lo >= 0.0 and hi <= 1.0:
            lo, hi = 0.0, 1.0
        return _scale(finite, lo, hi)
    raise InputError(translate("ImageIo", "Pixels of type {dtype} cannot be shown as an image.").format(dtype=arr.dtype))


def encode_png(pixels: np.ndarray) -> bytes:
    """PNG bytes of an 8-bit gray/RGB/RGBA array (RGB order)."""
    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(pixels)).save(buf, format="PNG")
    return buf.getvalue()


def save_png(path: str | Path, pixels: np.ndarray) -> None:
    """Write pixels as PNG, or raise InputError saying why the file could not be written."""
    write_bytes(path, encode_png(pixels))  # atomic: a failed save keeps the old file


# --- helpers ---------------------------------------------------------------------------


def _check_file(path: Path, name: str) -> None:
    try:
        if path.is_dir():
            raise InputError(translate("ImageIo", "{name} is a folder, not an image file.").format(name=name))
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(translate("ImageIo", "{name}: no such file.").format(name=name)) from None
    except PermissionError:
        raise InputError(translate("ImageIo", "{name} cannot be read: permission denied.").format(name=name)) from None
    if size == 0:
        raise InputError(translate("ImageIo", "{name} is empty (0 bytes): there is no image in it.").format(name=name))


def _check_pixel_count(size: tuple[int, int], name: str) -> None:
    width, height = size
    if width * height > MAX_PIXELS:
        raise InputError(_too_large_message(name, width, height))


def _too_large_message(name: str, width: int | None = None, height: int | None = None) -> str:
    dims = f" ({width}x{height}, {width * height / 1e6:.0f} megapixels)" if width else ""
    return (
        f"{name} is too large{dims}: nnstudio opens images of up to "
        f"{MAX_PIXELS // 1_000_000} megapixels; scale it down first."
    )


def _is_16bit_colour_png(path: Path) -> bool:
    with path.open("rb") as f:
        head = f.read(26)
    # IHDR follows the signature: bit depth at byte 24, colour type at 25 (2 RGB, 6 RGBA).
    return head[:8] == _PNG_SIGNATURE and len(head) == 26 and head[24] == 16 and head[25] in (2, 6)


def _decode_16bit_colour_png(path: Path, name: str) -> LoadedImage:
    raw = np.frombuffer(path.read_bytes(), dtype=np.uint8)
    bgr = cv2.imdecode(raw, cv2.IMREAD_UNCHANGED)
    if bgr is None:
        raise InputError(translate("ImageIo", "{name} is damaged and could not be decoded.").format(name=name))
    code = cv2.COLOR_BGRA2RGBA if bgr.shape[2] == 4 else cv2.COLOR_BGR2RGB
    rgb = cv2.cvtColor(bgr, code)
    png = read_png_format(path)
    alpha = trns_alpha(rgb, png) if png is not None else None
    if alpha is not None:
        rgb = np.dstack([rgb, alpha])
    loaded = image_from_array(rgb, name, path=str(path), fmt="PNG", copy=False)
    if png is None:
        return loaded
    return LoadedImage(loaded.pixels, loaded.alpha, with_png_facts(loaded.source, png))


#: Rows copied out of a decoded Pillow image at a time (see _rgb_array).
_BAND_ROWS = 256


def _rgb_array(im: Image.Image) -> np.ndarray:
    """An RGB Pillow image as an (H, W, 3) array, copied band by band: ``np.asarray(im)``
    goes through ``tobytes()``, which holds the picture twice more while it joins its
    chunks (for 100 megapixels: 600 MB on top of the 400 MB Pillow holds)."""
    width, height = im.size
    arr = np.empty((height, width, 3), np.uint8)
    for top in range(0, height, _BAND_ROWS):
        bottom = min(height, top + _BAND_ROWS)
        arr[top:bottom] = np.asarray(im.crop((0, top, width, bottom)))
    return arr


def _decode_pillow(im: Image.Image, name: str, path: str) -> LoadedImage:
    im.load()  # decode now, so a truncated file fails here and not half-way through a view
    fmt = im.format or "image"
    mode = im.mode
    # A PNG's header tells what the file stores; Pillow's mode may have widened it.
    png = read_png_format(path) if fmt == "PNG" else None
    orientation = im.getexif().get(_EXIF_ORIENTATION, 1)
    if orientation != 1:
        im = ImageOps.exif_transpose(im)
    if mode == "1":
        arr = np.array(im, dtype=bool)
        src_channels, has_alpha, dtype, bits = 1, False, "bool", 1
    elif mode in ("L", "LA", "La"):
        arr = np.array(im.convert("LA") if mode != "L" else im)
        src_channels, has_alpha, dtype, bits = (1, False, "uint8", 8) if mode == "L" else (2, True, "uint8", 8)
    elif mode.startswith("I;16"):
        arr = np.array(im).astype(np.uint16)
        src_channels, has_alpha, dtype, bits = 1, False, "uint16", 16
    elif mode in ("I", "F"):
        arr = np.array(im)
        src_channels, has_alpha, dtype, bits = 1, False, str(arr.dtype), 32
    elif mode in ("P", "PA"):
        transparent = mode == "PA" or "transparency" in im.info
        arr = np.array(im.convert("RGBA" if transparent else "RGB"))
        src_channels, has_alpha, dtype, bits = (4 if transparent else 3), transparent, "uint8", 8
    elif mode in ("RGBA", "RGBa") and png is not None and png.colour_type == 4:
        # Pillow reads 16-bit gray+alpha as RGBA; it is gray.
        arr = np.array(im.convert("LA"))
        src_channels, has_alpha, dtype, bits = 2, True, "uint8", 8
    elif mode in ("RGBA", "RGBa"):
        arr = np.array(im.convert("RGBA"))
        src_channels, has_alpha, dtype, bits = 4, True, "uint8", 8
    elif mode == "CMYK":
        arr = np.array(im.convert("RGB"))
        src_channels, has_alpha, dtype, bits = 4, False, "uint8", 8
    else:  # RGB, YCbCr, LAB, HSV, ...
        arr = _rgb_array(im if mode == "RGB" else im.convert("RGB"))
        src_channels, has_alpha, dtype, bits = 3, False, "uint8", 8
    alpha = trns_alpha(arr, png) if png is not None else None
    if alpha is not None:  # tRNS names one gray or RGB value transparent: an alpha plane
        arr = np.dstack([arr.astype(np.uint8) * 255 if arr.dtype == bool else arr, alpha])
    loaded = image_from_array(arr, name, path=path, fmt=fmt, copy=False)
    source = ImageSource(
        name=name,
        path=path,
        format=fmt,
        width=loaded.width,
        height=loaded.height,
        channels=src_channels,
        dtype=dtype,
        bits_per_channel=bits,
        has_alpha=has_alpha,
        mode=mode,
        exif_rotated=orientation != 1,
    )
    if mode in ("P", "PA"):  # one index per pixel into a palette of K colours
        entries = len(im.getpalette() or ()) // 3
        source = replace(source, channels=1, colour_type="palette", palette_entries=entries or None,
                         transparency="tRNS" if has_alpha else "")
    if png is not None:
        source = with_png_facts(source, png)
    return LoadedImage(loaded.pixels, loaded.alpha, source)


def _scale(arr: np.ndarray, lo: float, hi: float) -> np.ndarray:
    if hi <= lo:
        return np.zeros(arr.shape, dtype=np.uint8)
    return np.clip(np.rint((arr - lo) * (255.0 / (hi - lo))), 0, 255).astype(np.uint8)


def _frozen(pixels: np.ndarray, alpha: np.ndarray | None, source: ImageSource) -> LoadedImage:
    pixels = np.ascontiguousarray(pixels)
    pixels.setflags(write=False)
    if alpha is not None:
        alpha = np.ascontiguousarray(alpha)
        alpha.setflags(write=False)
    return LoadedImage(pixels, alpha, source)
