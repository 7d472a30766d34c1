"""A real convolution layer, as a CNN has it: C_in input channels → C_out feature maps.

Each output map o is Σ_i (input channel i ⋆ kernel[o, i]) + bias[o]: the products are summed
over all input channels, which is what ``torch.nn.functional.conv2d(x, w, b, groups=1)``
computes with w of shape (C_out, C_in, k, k). The Filters tab's plain conv stage is the
depthwise case (groups = C): one kernel per channel, channels never mixed. OpenCV has no
multi-channel-in, multi-map-out correlation, so the sum over channels is written here on top
of the depthwise correlate_hwc (one filter2D per kernel slice).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .convolution import ConvSettings, correlate_hwc, pad_hwc
from .errors import InputError
from .i18n import translate
from .kernels import MAX_KERNEL_SIDE, make_kernel, parse_kernel

MAX_CHANNELS = 64
MAX_KERNEL_FILE = 4 * 1024 * 1024  # bytes; a 64×64×7×7 kernel written out is far smaller

#: BT.601 luminance weights: the RGB kernels of the starting layer look at brightness.
_LUMA = np.array([0.299, 0.587, 0.114], np.float32)


@dataclass(frozen=True, eq=False)
class LayerKernel:
    weight: np.ndarray  # float32 (C_out, C_in, kh, kw)
    bias: np.ndarray  # float32 (C_out,)

    @property
    def c_out(self) -> int:
        return int(self.weight.shape[0])

    @property
    def c_in(self) -> int:
        return int(self.weight.shape[1])

    @property
    def params(self) -> int:
        """Weights and biases, as torch's nn.Conv2d(C_in, C_out, k) counts them."""
        return int(self.weight.size + self.bias.size)

    def depthwise_params(self) -> int:
        """The same kernel size per channel (groups = C_in): nn.Conv2d(C, C, k, groups=C)."""
        kh, kw = self.weight.shape[2:]
        return int(self.c_in * kh * kw + self.c_in)


def check_layer_kernel(weight, bias=None) -> LayerKernel:
    """A (C_out, C_in, k, k) kernel and its bias, checked; InputError in one sentence."""
    try:
        w = np.asarray(weight, np.float64)
    except (TypeError, ValueError):
        raise InputError(translate("ConvLayer", "Every kernel weight must be a number, in nested lists "
                                   "of the same lengths.")) from None
    if w.ndim != 4 or w.size == 0:
        raise InputError(translate("ConvLayer", "A layer kernel has 4 axes (C_out, C_in, k, k); this "
                                   "one has shape {shape}.").format(shape=tuple(w.shape)))
    if max(w.shape[:2]) > MAX_CHANNELS or max(w.shape[2:]) > MAX_KERNEL_SIDE:
        raise InputError(translate("ConvLayer", "A layer kernel may have at most {c} channels each way "
                                   "and {k}×{k} weights; this one is {shape}.").format(
            c=MAX_CHANNELS, k=MAX_KERNEL_SIDE, shape=tuple(w.shape)))
    b = np.zeros(w.shape[0]) if bias is None else np.asarray(bias, np.float64)
    if b.shape != (w.shape[0],):
        raise InputError(translate("ConvLayer", "The bias needs one number per output map ({n}); it has "
                                   "shape {shape}.").format(n=w.shape[0], shape=tuple(b.shape)))
    limit = np.finfo(np.float32).max
    if not (np.all(np.isfinite(w)) and np.all(np.isfinite(b))) or max(np.abs(w).max(), np.abs(b).max(initial=0)) > limit:
        raise InputError(translate("ConvLayer", "Kernel weights and biases must be finite numbers that fit "
                                   "in 32-bit floats."))
    return LayerKernel(w.astype(np.float32), b.astype(np.float32))


def check_channels(kernel: LayerKernel, channels: int) -> None:
    if kernel.c_in != channels:
        expected = kernel.c_in
        raise InputError(translate(
            "ConvLayer", "The kernel expects %n input channel(s) but the input has {c} (RGB has 3, "
            "gray 1): its second axis must be {c}.", None, expected).format(c=channels))


def conv_layer_hwc(x: np.ndarray, kernel: LayerKernel, settings: ConvSettings) -> np.ndarray:
    """(H, W, C_in) float32 → (H', W', C_out): every map sums its kernel slices over all
    input channels, plus its bias."""
    check_channels(kernel, x.shape[2])
    out = None
    for i in range(kernel.c_in):
        channel = np.ascontiguousarray(x[:, :, i : i + 1])
        for o in range(kernel.c_out):
            part = correlate_hwc(channel, kernel.weight[o, i], settings)[:, :, 0]
            if out is None:
                out = np.zeros(part.shape + (kernel.c_out,), np.float32)
            out[:, :, o] += part
    out += kernel.bias[None, None, :]
    return out


def conv_layer_chw(x_chw: np.ndarray, kernel: LayerKernel, settings: ConvSettings = ConvSettings()) -> np.ndarray:
    """(C_in, H, W) → (C_out, H', W'), as torch's conv2d(x, weight, bias) with groups=1."""
    hwc = np.ascontiguousarray(np.asarray(x_chw, np.float32).transpose(1, 2, 0))
    return conv_layer_hwc(hwc, kernel, settings).transpose(2, 0, 1)


@dataclass(frozen=True)
class ChannelTerm:
    """One input channel's share of one output value: its patch, its kernel slice, their sum."""

    channel: int
    patch: np.ndarray
    kernel: np.ndarray
    total: float


def explain_layer_value(x: np.ndarray, kernel: LayerKernel, settings: ConvSettings, o: int, row: int,
                        col: int) -> tuple[list[ChannelTerm], float, float]:
    """Output value (o, row, col) taken apart: one term per input channel, the bias, the value."""
    check_channels(kernel, x.shape[2])
    kh, kw = kernel.weight.shape[2:]
    padded = pad_hwc(np.ascontiguousarray(x, np.float32), (kh, kw), settings)
    s, d = int(settings.stride), int(settings.dilation)
    top, left = row * s, col * s
    rows = slice(top, top + d * (kh - 1) + 1, d)
    cols = slice(left, left + d * (kw - 1) + 1, d)
    terms = []
    for i in range(kernel.c_in):
        patch = padded[rows, cols, i].astype(np.float64)
        if patch.shape != (kh, kw):
            raise InputError(translate("ConvLayer", "That position is outside the output map."))
        slice_ = kernel.weight[o, i].astype(np.float64)
        terms.append(ChannelTerm(i, patch, slice_, float(np.sum(patch * slice_))))
    bias = float(kernel.bias[o])
    return terms, bias, sum(t.total for t in terms) + bias


def starting_layer() -> LayerKernel:
    """RGB → 4 maps: vertical and horizontal edges, a diagonal edge (each on brightness), and
    red against green (a colour-opponent cell, as early layers of trained CNNs learn)."""
    def on_brightness(k: np.ndarray) -> np.ndarray:
        return _LUMA[:, None, None] * k[None]
    sobel_x = make_kernel("sobel_x")
    diagonal = np.array([[0, 1, 2], [-1, 0, 1], [-2, -1, 0]], np.float32)
    opponent = np.zeros((3, 3, 3), np.float32)
    opponent[0, 1, 1], opponent[1, 1, 1] = 1.0, -1.0
    weight = np.stack([on_brightness(sobel_x), on_brightness(sobel_x.T.copy()), on_brightness(diagonal), opponent])
    return LayerKernel(weight.astype(np.float32), np.zeros(4, np.float32))


def read_kernel_argument(text: str) -> LayerKernel | np.ndarray:
    """The CLI's --kernel: a preset name, a 2-D matrix (the per-channel conv), or a 4-D layer
    kernel C_out × C_in × k × k, written inline or in a .json file, as nested lists or as
    {"weight": ..., "bias": ...}."""
    text = text.strip()
    if text.lower().endswith(".json"):
        data = _read_json_file(Path(text))
    else:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            return parse_kernel(text)  # a preset name, or its sentence about what is wrong
    if isinstance(data, dict):
        unknown = sorted(set(map(str, data)) - {"weight", "bias"})
        if unknown or "weight" not in data:
            raise InputError(translate("ConvLayer", "A kernel object holds \"weight\" (C_out × C_in × k × k) "
                                       "and optionally \"bias\", nothing else."))
        return check_layer_kernel(data["weight"], data.get("bias"))
    depth = _depth(data)
    if depth == 4:
        return check_layer_kernel(data)
    if depth == 2:
        return parse_kernel(json.dumps(data))
    raise InputError(translate("ConvLayer", "A kernel is a 2-D matrix k × k (one per channel) or a "
                               "4-D layer kernel C_out × C_in × k × k; this one has {n} level(s) of "
                               "lists.").format(n=depth))


def _read_json_file(path: Path):
    try:
        if path.stat().st_size > MAX_KERNEL_FILE:
            raise InputError(translate("ConvLayer", "{name} is larger than a kernel file can be "
                                       "({limit} MB).").format(name=path.name, limit=MAX_KERNEL_FILE // 2**20))
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(translate("ConvLayer", "There is no kernel file {name}.").format(name=path.name)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(translate("ConvLayer", "Could not read {name}: {reason}.").format(
            name=path.name, reason=getattr(exc, "strerror", None) or type(exc).__name__)) from None
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, RecursionError):
        raise InputError(translate("ConvLayer", "{name} is not JSON: write nested lists C_out × C_in × "
                                   "k × k, or {{\"weight\": …, \"bias\": …}}.").format(name=path.name)) from None


def _depth(value, limit: int = 6) -> int:
    """How many levels of lists (following the first element)."""
    depth = 0
    while isinstance(value, list) and value and depth < limit:
        value, depth = value[0], depth + 1
    return depth


@dataclass(frozen=True, eq=False)
class ConvLayerStage:
    """A pipeline stage (see pipeline.py) holding a whole layer's kernels.

    ``depthwise`` switches to the per-channel conv for comparison: channel c is correlated
    with kernel[0, c] alone and the channels are never summed (torch's groups = C).
    """

    kernel: LayerKernel
    settings: ConvSettings = ConvSettings(padding="same")
    enabled: bool = True
    depthwise: bool = False
    kind = "conv_layer"

    def apply(self, x: np.ndarray) -> np.ndarray:
        if self.depthwise:
            check_channels(self.kernel, x.shape[2])
            maps = [correlate_hwc(np.ascontiguousarray(x[:, :, c : c + 1]), self.kernel.weight[0, c], self.settings)
                    for c in range(x.shape[2])]
            return np.concatenate(maps, axis=2)
        return conv_layer_hwc(x, self.kernel, self.settings)

    def describe(self) -> str:
        k = self.kernel
        kh, kw = k.weight.shape[2:]
        s = self.settings
        what = (translate("ConvLayer", "per-channel conv {c}→{c}").format(c=k.c_in) if self.depthwise
                else translate("ConvLayer", "conv layer {i}→{o}").format(i=k.c_in, o=k.c_out))
        return translate("ConvLayer", "{what} {kh}×{kw}, stride {stride}, pad {pad}, dilation {d}").format(
            what=what, kh=kh, kw=kw, stride=s.stride, pad=s.padding, d=s.dilation)
