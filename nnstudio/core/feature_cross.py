"""Input features computed from a 2-D point, as TensorFlow Playground offers them: x₁, x₂,
x₁², x₂², x₁x₂, sin x₁, sin x₂. With x₁² and x₂² the circle set becomes separable by a
straight line (a single perceptron): the radius is what tells its classes apart.
"""

from __future__ import annotations

import numpy as np

from .errors import InputError
from .i18n import translate

#: Every feature by its key, in the order the data panel shows them; each maps (N, 2) → (N,).
FEATURES = {
    "x1": lambda p: p[:, 0],
    "x2": lambda p: p[:, 1],
    "x1^2": lambda p: p[:, 0] ** 2,
    "x2^2": lambda p: p[:, 1] ** 2,
    "x1*x2": lambda p: p[:, 0] * p[:, 1],
    "sin(x1)": lambda p: np.sin(p[:, 0]),
    "sin(x2)": lambda p: np.sin(p[:, 1]),
}
#: How each key is shown.
LABELS = {"x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1*x2": "x₁x₂", "sin(x1)": "sin x₁",
          "sin(x2)": "sin x₂"}
PLAIN = ("x1", "x2")


def checked_features(keys: object) -> tuple[str, ...]:
    """The features in FEATURES' order, or InputError naming the first unknown one."""
    if not isinstance(keys, (list, tuple)) or not all(isinstance(k, str) for k in keys):
        raise InputError(translate("FeatureCross", "The input features must be a list of names such as "
                                   "[\"x1\", \"x2\", \"x1^2\"]."))
    unknown = [k for k in keys if k not in FEATURES]
    if unknown:
        raise InputError(translate("FeatureCross", "Unknown input feature '{key}'; choose from {choices}.").format(
            key=unknown[0][:40], choices=", ".join(FEATURES)))
    if not keys:
        raise InputError(translate("FeatureCross", "Choose at least one input feature."))
    return tuple(k for k in FEATURES if k in keys)


def cross(points: np.ndarray, keys: tuple[str, ...]) -> np.ndarray:
    """(N, 2) points → (N, len(keys)) float32 network inputs."""
    points = np.asarray(points, dtype=np.float64)
    return np.stack([FEATURES[k](points) for k in keys], axis=1).astype(np.float32)


def with_features(data, keys: object):
    """A 2-D data set whose network inputs are the chosen features; its plane stays the
    points' own (x₁, x₂), for the views that draw the plane."""
    from dataclasses import replace

    keys = checked_features(keys)
    if data.input_shape != (2,):
        raise InputError(translate("FeatureCross", "Input features apply to 2-D point sets; '{name}' gives {shape} "
                                   "per sample.").format(name=data.name, shape=data.input_shape))
    if keys == PLAIN:
        return data
    return replace(data, x_train=cross(data.x_train, keys), x_test=cross(data.x_test, keys),
                   plane_train=data.x_train, plane_test=data.x_test, inputs=keys)
