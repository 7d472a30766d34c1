"""The layers the designer offers: their settings, how each changes the tensor shape, and
how many parameters it holds. Pure Python, so the designer can check a design as it is
edited without building a torch module.

Shapes leave out the batch axis: (features,) for dense data, (C, H, W) for images.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable

from ..core.i18n import QT_TRANSLATE_NOOP, translate

Shape = tuple[int, ...]


class ShapeProblem(Exception):
    """A layer cannot take its input; carries a suggested fix when one is obvious."""

    def __init__(self, message: str, fix: dict | None = None) -> None:
        super().__init__(message)
        self.fix = fix


@dataclass(frozen=True)
class Setting:
    name: str
    kind: type  # int, float, bool, or tuple for "int or [int, int]"
    default: Any
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    tip: str = ""


@dataclass(frozen=True)
class LayerSpec:
    name: str
    settings: tuple[Setting, ...]
    infer: Callable[[Shape, dict], Shape]
    params: Callable[[Shape, dict], int]
    inferred: str = ""  # the input-size argument torch wants, filled from the previous layer
    tip: str = ""
    group: str = "Layers"

    def setting(self, key: str) -> Setting | None:
        return next((s for s in self.settings if s.name == key), None)

    def full(self, kwargs: dict) -> dict:
        """kwargs with every setting's default filled in."""
        return {s.name: kwargs.get(s.name, s.default) for s in self.settings}


def pair(value: Any) -> tuple[int, int]:
    """(h, w) of a checked size setting: an int or a pair [h, w]."""
    return (value, value) if isinstance(value, int) else (int(value[0]), int(value[1]))


def pair_or_none(value: Any) -> tuple[int, int] | None:
    """pair() for values nobody has checked yet (a file as read, a half-typed edit): None
    instead of an exception, so drawing code can show "?" and never raise."""
    def whole(v: Any) -> bool:
        return isinstance(v, int) and not isinstance(v, bool)
    if whole(value):
        return (value, value)
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(whole(v) for v in value):
        return (value[0], value[1])
    return None


def _need_flat(name: str) -> Callable[[Shape], None]:
    def check(shape: Shape) -> None:
        if len(shape) != 1:
            raise ShapeProblem(
                translate("Layers", "{name} needs flat input (features) but gets {shape}; add a Flatten "
                          "before it").format(name=name, shape=fmt_shape(shape)),
                {"op": "insert", "layer": {"type": "Flatten"},
                 "label": translate("Layers", "Insert Flatten before it")},
            )
    return check


def _need_image(name: str, shape: Shape) -> None:
    if len(shape) != 3:
        raise ShapeProblem(translate("Layers", "{name} needs image input (channels, height, width) but gets "
                                     "{shape}").format(name=name, shape=fmt_shape(shape)))


def fmt_shape(shape: Shape) -> str:
    return "(" + ", ".join(str(d) for d in shape) + ")"


def _linear_shape(shape: Shape, kw: dict) -> Shape:
    _need_flat("Linear")(shape)
    return (kw["out_features"],)


def _linear_params(shape: Shape, kw: dict) -> int:
    return shape[0] * kw["out_features"] + (kw["out_features"] if kw["bias"] else 0)


def _window(name: str, shape: Shape, kw: dict, out_channels: int | None) -> Shape:
    _need_image(name, shape)
    c, h, w = shape
    kh, kw_ = pair(kw["kernel_size"])
    stride = kw.get("stride")
    sh, sw = pair(stride) if stride not in (None, 0) else (kh, kw_)
    ph, pw = pair(kw.get("padding", 0))
    if out_channels is None and (2 * ph > kh or 2 * pw > kw_):
        # torch refuses it too: a pooling window may not be mostly padding.
        raise ShapeProblem(
            translate("Layers", "its padding {ph}×{pw} is more than half its {kh}×{kw} window").format(
                ph=ph, pw=pw, kh=kh, kw=kw_),
            {"op": "set", "key": "padding", "value": 0, "label": translate("Layers", "Set padding to 0")})
    if kh > h + 2 * ph or kw_ > w + 2 * pw:
        biggest = min(h + 2 * ph, w + 2 * pw)
        raise ShapeProblem(
            translate("Layers", "its {kh}×{kw} kernel is larger than its {h}×{w} input").format(
                kh=kh, kw=kw_, h=h, w=w),
            {"op": "set", "key": "kernel_size", "value": max(1, biggest),
             "label": translate("Layers", "Set kernel_size to {size}").format(size=max(1, biggest))},
        )
    oh, ow = (h + 2 * ph - kh) // sh + 1, (w + 2 * pw - kw_) // sw + 1
    return (out_channels if out_channels is not None else c, oh, ow)


def _conv_params(shape: Shape, kw: dict) -> int:
    kh, kw_ = pair(kw["kernel_size"])
    return shape[0] * kw["out_channels"] * kh * kw_ + (kw["out_channels"] if kw["bias"] else 0)


def _bn1_shape(shape: Shape, kw: dict) -> Shape:
    _need_flat("BatchNorm1d")(shape)
    return shape


def _bn2_shape(shape: Shape, kw: dict) -> Shape:
    if len(shape) != 3:
        raise ShapeProblem(
            translate("Layers", "BatchNorm2d needs image input (channels, height, width) but gets {shape}; "
                      "use BatchNorm1d after Flatten").format(shape=fmt_shape(shape)),
            {"op": "replace", "layer": {"type": "BatchNorm1d"}, "label": translate("Layers", "Use BatchNorm1d")})
    return shape


def _same(shape: Shape, kw: dict) -> Shape:
    return shape


def _softmax_shape(shape: Shape, kw: dict) -> Shape:
    # torch counts the batch axis: a (features,) input is (N, features), so dim is -2..1.
    ndim = len(shape) + 1
    if not -ndim <= kw["dim"] < ndim:
        raise ShapeProblem(
            translate("Layers", "dim {dim} does not exist in its input (N, {shape}); choose "
                      "{low} … {high} (1: over the classes)").format(
                dim=kw["dim"], shape=", ".join(map(str, shape)), low=-ndim, high=ndim - 1),
            {"op": "set", "key": "dim", "value": 1, "label": translate("Layers", "Set dim to 1")})
    return shape


def _none(shape: Shape, kw: dict) -> int:
    return 0


_BIAS = Setting("bias", bool, True, tip=QT_TRANSLATE_NOOP("LayerHelp", "add a learned offset to each output"))
#: Upper bounds keep every number a spin box can hold and far above what teaching needs;
#: the memory budget (design_limits) decides whether a whole network fits.
MAX_SIZE = 1024  # kernel, stride, padding
MAX_WIDTH = 65536  # out_features, out_channels
_POOL = (
    Setting("kernel_size", tuple, 2, True, 1, MAX_SIZE, tip=QT_TRANSLATE_NOOP("LayerHelp", "window size (int or [h, w])")),
    Setting("stride", tuple, None, minimum=1, maximum=MAX_SIZE,
            tip=QT_TRANSLATE_NOOP("LayerHelp", "step of the window; empty means the kernel size")),
    Setting("padding", tuple, 0, minimum=0, maximum=MAX_SIZE),
)

SPECS: dict[str, LayerSpec] = {spec.name: spec for spec in (
    LayerSpec("Linear", (Setting("out_features", int, 8, True, 1, MAX_WIDTH, tip=QT_TRANSLATE_NOOP("LayerHelp", "number of neurons")), _BIAS),
              _linear_shape, _linear_params, "in_features",
              QT_TRANSLATE_NOOP("LayerHelp", "Fully connected: every output is a weighted sum of all inputs plus a bias."),
              "Dense"),
    LayerSpec("Conv2d", (
        Setting("out_channels", int, 8, True, 1, MAX_WIDTH, tip=QT_TRANSLATE_NOOP("LayerHelp", "number of filters")),
        Setting("kernel_size", tuple, 3, True, 1, MAX_SIZE, tip=QT_TRANSLATE_NOOP("LayerHelp", "filter size (int or [h, w])")),
        Setting("stride", tuple, 1, minimum=1, maximum=MAX_SIZE),
        Setting("padding", tuple, 0, minimum=0, maximum=MAX_SIZE), _BIAS),
        lambda s, kw: _window("Conv2d", s, kw, kw["out_channels"]), _conv_params, "in_channels",
        QT_TRANSLATE_NOOP("LayerHelp", "Slides learned filters over the image: one feature map per filter."), "Convolution"),
    LayerSpec("MaxPool2d", _POOL, lambda s, kw: _window("MaxPool2d", s, kw, None), _none, "",
              QT_TRANSLATE_NOOP("LayerHelp", "Keeps the largest value of each window: smaller maps, same channels."), "Convolution"),
    LayerSpec("AvgPool2d", _POOL, lambda s, kw: _window("AvgPool2d", s, kw, None), _none, "",
              QT_TRANSLATE_NOOP("LayerHelp", "Averages each window: smaller maps, same channels."), "Convolution"),
    LayerSpec("Flatten", (), lambda s, kw: (math.prod(s),), _none, "",
              QT_TRANSLATE_NOOP("LayerHelp", "Turns (C, H, W) maps into one long vector for Linear layers."), "Shape"),
    LayerSpec("Dropout", (Setting("p", float, 0.5, False, 0.0, 0.99, QT_TRANSLATE_NOOP("LayerHelp", "share of inputs zeroed")),),
              _same, _none, "", QT_TRANSLATE_NOOP("LayerHelp", "While training, zeroes random inputs so the network cannot rely on any "
                                                "single one."), "Regularisation"),
    LayerSpec("BatchNorm1d", (Setting("eps", float, 1e-5, minimum=1e-12, maximum=1.0),
                              Setting("momentum", float, 0.1, minimum=0.0, maximum=1.0)),
              _bn1_shape, lambda s, kw: 2 * s[0], "num_features",
              QT_TRANSLATE_NOOP("LayerHelp", "Normalises each feature over the batch, then scales and shifts it."), "Regularisation"),
    LayerSpec("BatchNorm2d", (Setting("eps", float, 1e-5, minimum=1e-12, maximum=1.0),
                              Setting("momentum", float, 0.1, minimum=0.0, maximum=1.0)),
              _bn2_shape, lambda s, kw: 2 * s[0], "num_features",
              QT_TRANSLATE_NOOP("LayerHelp", "Normalises each channel over the batch, then scales and shifts it."), "Regularisation"),
    LayerSpec("ReLU", (), _same, _none, "", QT_TRANSLATE_NOOP("LayerHelp", "max(0, x): cheap, and gradients do not vanish."),
              "Activation"),
    LayerSpec("LeakyReLU", (Setting("negative_slope", float, 0.01, minimum=0.0, maximum=10.0),), _same, _none,
              "", QT_TRANSLATE_NOOP("LayerHelp", "Like ReLU, with a small slope for negative inputs."), "Activation"),
    LayerSpec("Sigmoid", (), _same, _none, "", QT_TRANSLATE_NOOP("LayerHelp", "Squashes to 0..1; saturates, so deep stacks learn slowly."),
              "Activation"),
    LayerSpec("Tanh", (), _same, _none, "", QT_TRANSLATE_NOOP("LayerHelp", "Squashes to -1..1."), "Activation"),
    LayerSpec("GELU", (), _same, _none, "", QT_TRANSLATE_NOOP("LayerHelp", "A smooth ReLU used by transformers."), "Activation"),
    LayerSpec("Softmax", (Setting("dim", int, 1, minimum=-4, maximum=3, tip=QT_TRANSLATE_NOOP("LayerHelp", "axis that sums to 1")),),
              _softmax_shape, _none, "",
              QT_TRANSLATE_NOOP("LayerHelp", "Turns the outputs into class probabilities that sum to 1 (use it last)."), "Output"),
)}

LAYER_TYPES = tuple(SPECS)

#: The Perceptron preset: one Linear unit and a sigmoid, trained by gradient descent on
#: binary cross-entropy (not Rosenblatt's rule); thresholding the sigmoid at 0.5 is the step.
PERCEPTRON_LAYERS = ({"type": "Linear", "out_features": 1}, {"type": "Sigmoid"})
PERCEPTRON_TIP = QT_TRANSLATE_NOOP(
    "LayerHelp",
    "Perceptron: one neuron computing a weighted sum of its inputs against a threshold (Linear with one output + "
    "Sigmoid, read as a step at 0.5). nnstudio trains it by gradient descent on the sigmoid with binary "
    "cross-entropy, not by Rosenblatt's perceptron rule; the boundary it can learn is the same straight line.")
