"""The nonlinearities a CNN puts after a convolution, as torch defines them, on float32 arrays."""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP, translate

#: torch.nn.functional.leaky_relu's default negative slope.
LEAKY_SLOPE = 0.01


def relu(x: np.ndarray) -> np.ndarray:
    # OpenCV's "to zero" threshold is ReLU and runs 3× faster than np.maximum on a 1080p map;
    # unlike torch it turns NaN into 0, which only matters after a float32 overflow.
    out = cv2.threshold(np.ascontiguousarray(x, np.float32), 0, 0, cv2.THRESH_TOZERO)[1]
    return out.reshape(x.shape)


def leaky_relu(x: np.ndarray) -> np.ndarray:
    return np.where(x >= 0, x, x * np.float32(LEAKY_SLOPE)).astype(np.float32)


def sigmoid(x: np.ndarray) -> np.ndarray:
    # exp(-x) overflows to inf for very negative x; 1/(1+inf) = 0 is the right limit.
    with np.errstate(over="ignore"):
        return (1.0 / (1.0 + np.exp(-x.astype(np.float32)))).astype(np.float32)


def tanh(x: np.ndarray) -> np.ndarray:
    return np.tanh(x).astype(np.float32)


def absolute(x: np.ndarray) -> np.ndarray:
    return np.abs(x).astype(np.float32)


def identity(x: np.ndarray) -> np.ndarray:
    return x


ACTIVATIONS: dict[str, tuple[Callable[[np.ndarray], np.ndarray], str]] = {
    "none": (identity, QT_TRANSLATE_NOOP("Activations", "No nonlinearity: the feature map passes through unchanged.")),
    "relu": (relu, QT_TRANSLATE_NOOP("Activations", "ReLU keeps positive responses and sets negative ones to 0: only places where "
             "the pattern matches survive.")),
    "leaky_relu": (leaky_relu, QT_TRANSLATE_NOOP("Activations", "Like ReLU, but negative values are multiplied by {slope} "
                   "instead of vanishing, so a little of them still flows on.")),
    "sigmoid": (sigmoid, QT_TRANSLATE_NOOP("Activations", "Squeezes every value into 0..1; large responses saturate near 1 and "
                "large negative ones near 0.")),
    "tanh": (tanh, QT_TRANSLATE_NOOP("Activations", "Squeezes every value into −1..1, keeping the sign of the response.")),
    "abs": (absolute, QT_TRANSLATE_NOOP("Activations", "|x| keeps the strength of a response but forgets its sign: edges in "
            "both directions light up alike.")),
}


def activate(x: np.ndarray, kind: str) -> np.ndarray:
    entry = ACTIVATIONS.get(kind)
    if entry is None:
        raise InputError(translate("Activations", "Activation must be one of {value}, not {kind}.").format(value=', '.join(ACTIVATIONS), kind=repr(kind)))
    return entry[0](x)

#: How each activation is named on screen: PyTorch's class names, which stay as they are in
#: every language ("none" is translated where shown).
ACTIVATION_NAMES = {"none": "none", "relu": "ReLU", "leaky_relu": "LeakyReLU", "sigmoid": "Sigmoid",
                    "tanh": "Tanh", "abs": "|x|"}


def activation_name(kind: str) -> str:
    """'ReLU', 'Sigmoid', …; 'none' in the user's language."""
    if kind == "none":
        return translate("Activations", "none")
    return ACTIVATION_NAMES.get(kind, kind)


def activation_tip(kind: str) -> str:
    """What activation ``kind`` does, in one sentence in the user's language."""
    return translate("Activations", ACTIVATIONS[kind][1]).format(slope=LEAKY_SLOPE)
