"""Convolution as deep learning defines it: cross-correlation of each channel with one kernel.

Semantics follow ``torch.nn.functional.conv2d(x, w, stride, padding, dilation, groups=C)``
with the padding done first like ``F.pad`` (zero / reflect / replicate / circular). The work
is done by OpenCV: ``copyMakeBorder`` pads, ``filter2D`` correlates. Images are handled as
(H, W, C) float32 internally because that is the layout OpenCV filters in one call; the
public functions take and return (C, H, W), as torch does (a transposed view, no copy).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .bands import IsCancelled, check, row_bands
from .errors import InputError
from .kernels import check_kernel
from .i18n import QT_TRANSLATE_NOOP, translate

PAD_MODES = ("zero", "reflect", "replicate", "wrap")
#: How the padding modes and the named paddings read on screen (translated where shown).
PAD_MODE_LABELS = {
    "zero": QT_TRANSLATE_NOOP("Convolution", "zero"),
    "reflect": QT_TRANSLATE_NOOP("Convolution", "reflect"),
    "replicate": QT_TRANSLATE_NOOP("Convolution", "replicate"),
    "wrap": QT_TRANSLATE_NOOP("Convolution", "wrap"),
}
PADDING_LABELS = {"valid": QT_TRANSLATE_NOOP("Convolution", "valid"), "same": QT_TRANSLATE_NOOP("Convolution", "same")}


def padding_label(padding: str | int) -> str:
    """'valid', 'same' or the number of pixels, in the user's language."""
    return translate("Convolution", PADDING_LABELS[padding]) if padding in PADDING_LABELS else str(padding)


def pad_mode_label(mode: str) -> str:
    return translate("Convolution", PAD_MODE_LABELS[mode]) if mode in PAD_MODE_LABELS else mode
#: OpenCV's border for each mode; REFLECT_101 (edge not repeated) is torch's 'reflect' and
#: WRAP is torch's 'circular'.
_BORDERS = {
    "zero": cv2.BORDER_CONSTANT,
    "reflect": cv2.BORDER_REFLECT_101,
    "replicate": cv2.BORDER_REPLICATE,
    "wrap": cv2.BORDER_WRAP,
}
#: With padding filter2D cannot do itself (not 'same'-like, or wrap), from this stride on
#: filtering only the rows that are kept (k row-filters over 1/s of the rows each) is used
#: instead of one full stride-1 filter2D pass that is then subsampled. With 'same'-like
#: padding the full pass is done with filter2D's own border and is always the fastest.
#: Measured in benchmarks/filters_pipeline.py; numpy's sum of k² strided slices, which
#: computes only the kept outputs, is 3-30× slower than both.
ROW_ROUTE_FROM_STRIDE = 4


@dataclass(frozen=True)
class ConvSettings:
    stride: int = 1
    padding: str | int = 0  # "valid", "same" or a number of pixels on every side
    pad_mode: str = "zero"
    dilation: int = 1


def pad_amounts(padding: str | int, k: int, dilation: int) -> tuple[int, int]:
    """(before, after) padding along one axis for a kernel side k.

    'same' is torch's: the total d·(k−1) is split with the extra pixel after, so that at
    stride 1 the output has the input's size.
    """
    if padding == "valid":
        return 0, 0
    if padding == "same":
        total = dilation * (k - 1)
        return total // 2, total - total // 2
    p = int(padding)
    if p < 0:
        raise InputError(translate("Convolution", "Padding must be 0 or more pixels."))
    return p, p


def output_size(n: int, k: int, stride: int = 1, padding: int = 0, dilation: int = 1) -> int:
    """out = ⌊(n + 2p − d·(k−1) − 1) / s⌋ + 1 (torch's formula; 2p is the total padding)."""
    return (n + 2 * padding - dilation * (k - 1) - 1) // stride + 1


def output_shape(shape_hw: tuple[int, int], kernel_shape: tuple[int, int], settings: ConvSettings) -> tuple[int, int]:
    out = []
    for n, k in zip(shape_hw, kernel_shape):
        before, after = pad_amounts(settings.padding, k, settings.dilation)
        out.append((n + before + after - settings.dilation * (k - 1) - 1) // settings.stride + 1)
    return out[0], out[1]


def check_settings(settings: ConvSettings) -> None:
    if settings.pad_mode not in PAD_MODES:
        raise InputError(translate("Convolution", "Padding mode must be one of {value}, not {pad_mode}.").format(value=', '.join(PAD_MODES), pad_mode=repr(settings.pad_mode)))
    if int(settings.stride) < 1:
        raise InputError(translate("Convolution", "The stride must be 1 or more."))
    if int(settings.dilation) < 1:
        raise InputError(translate("Convolution", "The dilation must be 1 or more."))
    if not (settings.padding in ("valid", "same") or isinstance(settings.padding, (int, np.integer))):
        raise InputError(translate("Convolution", "Padding must be 'valid', 'same' or a whole number, not {padding}.").format(padding=repr(settings.padding)))


def pad_hwc(image: np.ndarray, kernel_shape: tuple[int, int], settings: ConvSettings) -> np.ndarray:
    """The (H, W, C) image padded as the settings say (the same array when no padding)."""
    (top, bottom), (left, right) = (pad_amounts(settings.padding, k, settings.dilation) for k in kernel_shape)
    if top == bottom == left == right == 0:
        return image
    padded = cv2.copyMakeBorder(image, top, bottom, left, right, _BORDERS[settings.pad_mode], value=0)
    return padded.reshape(padded.shape[0], padded.shape[1], image.shape[2])


def check_pad_fits(shape_hw: tuple[int, int], kernel_shape: tuple[int, int], settings: ConvSettings) -> None:
    """Reflect and wrap padding cannot reach further than the image (torch refuses too)."""
    (h, w), mode = shape_hw, settings.pad_mode
    pads = [pad_amounts(settings.padding, k, settings.dilation) for k in kernel_shape]
    ph, pw = max(pads[0]), max(pads[1])
    if mode == "reflect" and (ph >= h or pw >= w):
        raise InputError(translate("Convolution", "Reflect padding of {value} needs an image larger than that on every side; this one is {w}×{h}.").format(value=max(ph, pw), w=w, h=h))
    if mode == "wrap" and (ph > h or pw > w):
        raise InputError(translate("Convolution", "Wrap padding of {value} cannot exceed the image size ({w}×{h}).").format(value=max(ph, pw), w=w, h=h))


def dilate_kernel(kernel: np.ndarray, dilation: int) -> np.ndarray:
    """The kernel with dilation−1 zeros between its taps (its 'effective' shape)."""
    if dilation == 1:
        return kernel
    kh, kw = kernel.shape
    out = np.zeros((dilation * (kh - 1) + 1, dilation * (kw - 1) + 1), np.float32)
    out[::dilation, ::dilation] = kernel
    return out


#: filter2D switches to a DFT for kernels of this many cells or more (float32 to float32 with
#: SSE3; OpenCV's dftFilter2D). A DFT's rounding depends on the size of the array it is given,
#: so such a filter computed in row bands would differ in the last bits from the whole image:
#: it runs in one piece (cancelled between stages only).
DFT_FROM_CELLS = 130


def correlate_hwc(image: np.ndarray, kernel: np.ndarray, settings: ConvSettings, *,
                  cancelled: IsCancelled | None = None) -> np.ndarray:
    """Depthwise cross-correlation of an (H, W, C) float32 image; returns (Ho, Wo, C).

    With ``cancelled`` (a slider drag's newer value), the output is computed in bands of rows
    (core.bands.row_bands), each from its input rows plus the d·(k−1) rows the kernel reaches
    into its neighbours, and ``cancelled`` is asked before each band: a newer value need not
    wait for the whole stage. Every band runs the same OpenCV route as the whole image would,
    so the result is bit for bit the same."""
    check_settings(settings)
    kernel = check_kernel(kernel)
    d = int(settings.dilation)
    ho, wo = output_shape(image.shape[:2], kernel.shape, settings)
    if ho < 1 or wo < 1:
        ek = (d * (kernel.shape[0] - 1) + 1, d * (kernel.shape[1] - 1) + 1)
        raise InputError(
            translate("Convolution", "The kernel covers {value}×{value2} pixels (with dilation), more than the {value3}×{value4} image plus its padding: use a smaller kernel or more padding.").format(value=ek[1], value2=ek[0], value3=image.shape[1], value4=image.shape[0])
        )
    image = np.ascontiguousarray(image, np.float32)
    check_pad_fits(image.shape[:2], kernel.shape, settings)
    ek = dilate_kernel(kernel, d)
    fast = _same_size_border(kernel.shape, settings)
    source = image if fast is not None else pad_hwc(image, kernel.shape, settings)
    bands = [slice(0, ho)]
    if cancelled is not None and ek.size < DFT_FROM_CELLS:
        bands = row_bands(ho)
    if len(bands) == 1:
        check(cancelled)
        return _correlate_rows(source, kernel, ek, settings, fast, 0, ho, wo)
    out = np.empty((ho, wo, image.shape[2]), np.float32)
    for band in bands:
        check(cancelled)
        out[band] = _correlate_rows(source, kernel, ek, settings, fast, band.start, band.stop, wo)
    return out


def _correlate_rows(source: np.ndarray, kernel: np.ndarray, ek: np.ndarray, settings: ConvSettings,
                    fast: int | None, first: int, end: int, wo: int) -> np.ndarray:
    """Output rows first..end−1 of the correlation, from the rows of ``source`` they read
    (``source`` is the image itself on the fast route, else the padded image)."""
    s, d, rows = int(settings.stride), int(settings.dilation), end - first
    if fast is not None:
        # Padding that keeps the size at stride 1: filter2D pads by itself (as torch would)
        # with the anchor in the centre, and no padded copy or crop is needed. At stride s
        # the outputs are every s-th of those stride-1 outputs (same padding, same sums).
        # A band reads the rows its outputs need plus the kernel's reach above and below
        # (filter2D's own border only where the image ends, as for the whole image).
        anchor = ((ek.shape[1] - 1) // 2, (ek.shape[0] - 1) // 2)
        low = max(0, first * s - anchor[1])
        high = min(source.shape[0], (end - 1) * s + ek.shape[0] - anchor[1])
        piece = source[low:high]
        same = cv2.filter2D(piece, cv2.CV_32F, ek, anchor=anchor, borderType=fast).reshape(piece.shape)
        offset = first * s - low
        if s == 1:  # the band's own rows, a view: the caller copies them into place once
            return same[offset:offset + rows]
        return _every_sth(same[offset:], s, rows, wo)
    # Output row i reads padded rows i·s .. i·s + d·(k−1).
    piece = source[first * s : (end - 1) * s + ek.shape[0]]
    if s >= ROW_ROUTE_FROM_STRIDE:
        return _kept_rows_route(piece, kernel, s, d, rows, wo)
    full = cv2.filter2D(piece, cv2.CV_32F, ek, anchor=(0, 0), borderType=cv2.BORDER_CONSTANT | cv2.BORDER_ISOLATED)
    full = full.reshape(piece.shape)
    # With the anchor at the kernel's top-left, output (i, j) reads padded[i.., j..]: the
    # stride-s outputs are the rows and columns 0, s, 2s, ... of filter2D's result.
    return _every_sth(full, s, rows, wo)


def _every_sth(full: np.ndarray, s: int, ho: int, wo: int) -> np.ndarray:
    """Rows and columns 0, s, 2s, ... of ``full`` (ho × wo of them), as a contiguous array:
    later stages run 2-4x faster on it than on a strided view. Nearest-neighbour resizing
    of exactly s·ho × s·wo pixels to ho × wo picks precisely those (source index = s × target
    index) and takes 0.7 ms where numpy's strided copy takes 4 ms (1080p RGB, s = 2)."""
    rows, cols, channels = full.shape
    if s * ho <= rows and s * wo <= cols and channels <= 4:
        picked = cv2.resize(full[: s * ho, : s * wo], (wo, ho), interpolation=cv2.INTER_NEAREST)
        return picked.reshape(ho, wo, channels)
    return np.ascontiguousarray(full[: s * (ho - 1) + 1 : s, : s * (wo - 1) + 1 : s])


def _same_size_border(kernel_shape: tuple[int, int], settings: ConvSettings) -> int | None:
    """filter2D's own border type when it can do the padding itself, else None."""
    if settings.pad_mode == "wrap":  # filter2D has no wrap border
        return None
    for k in kernel_shape:
        before, after = pad_amounts(settings.padding, k, settings.dilation)
        if before != after or before + after != settings.dilation * (k - 1):
            return None
    return _BORDERS[settings.pad_mode]


def _kept_rows_route(padded: np.ndarray, kernel: np.ndarray, s: int, d: int, ho: int, wo: int) -> np.ndarray:
    """Only the output rows that stride s keeps: Σ over kernel rows a of a 1×k filter2D on the
    rows a·d, a·d + s, a·d + 2s, ... (a row-strided view, no copy), then every s-th column."""
    out = None
    for a in range(kernel.shape[0]):
        rows = padded[a * d : a * d + s * (ho - 1) + 1 : s]
        part = cv2.filter2D(rows, cv2.CV_32F, dilate_kernel(kernel[a : a + 1], d), anchor=(0, 0), borderType=cv2.BORDER_CONSTANT)
        out = part if out is None else cv2.add(out, part, dst=out)
    return out.reshape(ho, padded.shape[1], padded.shape[2])[:, : s * (wo - 1) + 1 : s]


def conv2d(image_chw: np.ndarray, kernel: np.ndarray, settings: ConvSettings = ConvSettings()) -> np.ndarray:
    """Depthwise cross-correlation of a (C, H, W) image, as torch's conv2d with groups=C."""
    hwc = np.asarray(image_chw, np.float32).transpose(1, 2, 0)
    return correlate_hwc(np.ascontiguousarray(hwc), kernel, settings).transpose(2, 0, 1)
