"""Filter kernels: the presets a student starts from, each with one sentence on what it does.

A kernel is a small float32 matrix. Every preset can be built at the odd sizes the editor
offers (1, 3, 5, 7); the fixed 3×3 classics are centred in a larger grid with zeros around.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP, translate

KERNEL_SIZES = (1, 3, 5, 7)
#: Largest kernel side the CLI accepts; bigger ones are not a teaching tool any more.
MAX_KERNEL_SIDE = 31


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    explanation: str  # one or two sentences, shown as the preset's tooltip
    build: Callable[[int, float, int], np.ndarray]  # (size, sigma, seed) -> kernel
    fixed_size: int | None = None  # the classic's own size, or None when any size works


def _identity(size: int, _sigma: float, _seed: int) -> np.ndarray:
    k = np.zeros((size, size), np.float32)
    k[size // 2, size // 2] = 1.0
    return k


def _box(size: int, _sigma: float, _seed: int) -> np.ndarray:
    return np.full((size, size), 1.0 / (size * size), np.float32)


def gaussian_kernel(size: int, sigma: float) -> np.ndarray:
    """A size×size Gaussian that sums to 1 (OpenCV's 1-D Gaussian, outer product)."""
    g = cv2.getGaussianKernel(size, max(float(sigma), 1e-3), cv2.CV_64F)
    return (g @ g.T).astype(np.float32)


def _motion(size: int, _sigma: float, _seed: int) -> np.ndarray:
    k = np.zeros((size, size), np.float32)
    k[size // 2, :] = 1.0 / size
    return k


def _random(size: int, _sigma: float, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).uniform(-1.0, 1.0, (size, size)).astype(np.float32)


def _fixed(rows: list[list[float]]) -> Callable[[int, float, int], np.ndarray]:
    base = np.array(rows, np.float32)

    def build(size: int, _sigma: float, _seed: int) -> np.ndarray:
        return embed(base, size)

    return build


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset("identity", QT_TRANSLATE_NOOP("Kernels", "Identity"), QT_TRANSLATE_NOOP("Kernels", "A single 1 in the centre copies every pixel unchanged: the "
               "starting point to see what any other change to the grid does."), _identity),
        Preset("box", QT_TRANSLATE_NOOP("Kernels", "Box blur"), QT_TRANSLATE_NOOP("Kernels", "Every weight is 1/k², so each output is the plain average of "
               "its neighbourhood: edges and noise are smeared out."), _box),
        Preset("gaussian", QT_TRANSLATE_NOOP("Kernels", "Gaussian blur"), QT_TRANSLATE_NOOP("Kernels", "Weights fall off like a bell curve with σ: near pixels "
               "count more than far ones, so it blurs more gently than a box."), lambda s, g, _: gaussian_kernel(s, g)),
        Preset("sharpen", QT_TRANSLATE_NOOP("Kernels", "Sharpen"), QT_TRANSLATE_NOOP("Kernels", "The centre minus its four neighbours, added to the pixel: "
               "differences to the surroundings grow, so edges look crisper."),
               _fixed([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]), 3),
        Preset("sobel_x", QT_TRANSLATE_NOOP("Kernels", "Sobel x"), QT_TRANSLATE_NOOP("Kernels", "Right column minus left column: large where brightness changes "
               "from left to right, so it finds vertical edges (smoothed along the edge)."),
               _fixed([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]), 3),
        Preset("sobel_y", QT_TRANSLATE_NOOP("Kernels", "Sobel y"), QT_TRANSLATE_NOOP("Kernels", "Bottom row minus top row: large where brightness changes from "
               "top to bottom, so it finds horizontal edges."),
               _fixed([[-1, -2, -1], [0, 0, 0], [1, 2, 1]]), 3),
        Preset("prewitt_x", QT_TRANSLATE_NOOP("Kernels", "Prewitt x"), QT_TRANSLATE_NOOP("Kernels", "Like Sobel x but with equal weights in each column: a "
               "horizontal derivative averaged over three rows."),
               _fixed([[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]]), 3),
        Preset("scharr_x", QT_TRANSLATE_NOOP("Kernels", "Scharr x"), QT_TRANSLATE_NOOP("Kernels", "A horizontal derivative whose 3-10-3 weights make the edge "
               "response almost the same in every direction."),
               _fixed([[-3, 0, 3], [-10, 0, 10], [-3, 0, 3]]), 3),
        Preset("laplacian", QT_TRANSLATE_NOOP("Kernels", "Laplacian"), QT_TRANSLATE_NOOP("Kernels", "Four neighbours minus four times the centre: the second "
               "derivative, zero on flat areas and ramps, strong on thin lines and edges."),
               _fixed([[0, 1, 0], [1, -4, 1], [0, 1, 0]]), 3),
        Preset("emboss", QT_TRANSLATE_NOOP("Kernels", "Emboss"), QT_TRANSLATE_NOOP("Kernels", "Bottom-right minus top-left plus the pixel: edges facing one "
               "way turn bright and the other way dark, like a relief lit from a corner."),
               _fixed([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]]), 3),
        Preset("outline", QT_TRANSLATE_NOOP("Kernels", "Outline"), QT_TRANSLATE_NOOP("Kernels", "Eight times the centre minus all eight neighbours: flat areas "
               "become 0 and every edge, in any direction, stands out."),
               _fixed([[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]), 3),
        Preset("motion", QT_TRANSLATE_NOOP("Kernels", "Motion blur"), QT_TRANSLATE_NOOP("Kernels", "One row of equal weights: each pixel averages its left and "
               "right neighbours, as if the camera moved sideways."), _motion),
        Preset("random", QT_TRANSLATE_NOOP("Kernels", "Random"), QT_TRANSLATE_NOOP("Kernels", "Weights drawn uniformly from −1..1 (seeded): what a network's "
               "filter looks like before training has shaped it."), _random),
    )
}


def embed(kernel: np.ndarray, size: int) -> np.ndarray:
    """Centre a kernel in a size×size grid of zeros (or return it as is when it is larger)."""
    kh, kw = kernel.shape
    if size <= max(kh, kw):
        return kernel.astype(np.float32, copy=True)
    out = np.zeros((size, size), np.float32)
    top, left = (size - kh) // 2, (size - kw) // 2
    out[top : top + kh, left : left + kw] = kernel
    return out


def make_kernel(name: str, size: int = 3, sigma: float = 1.0, seed: int = 0) -> np.ndarray:
    """The preset ``name`` at ``size`` (fixed 3×3 classics need at least 3)."""
    preset = PRESETS.get(name)
    if preset is None:
        raise InputError(translate("Kernels", "There is no kernel preset called {name}; choose one of {value}.").format(name=repr(name), value=', '.join(PRESETS)))
    if preset.fixed_size is not None:
        size = max(size, preset.fixed_size)
    return preset.build(int(size), float(sigma), int(seed))


def keeps_brightness(kernel: np.ndarray) -> bool:
    """True when the weights sum to 1: a flat area keeps its value, so the output is a
    picture on the input's scale (blur, sharpen, emboss), not a signed feature map."""
    return bool(abs(float(np.sum(kernel, dtype=np.float64)) - 1.0) <= 1e-3)


def normalise(kernel: np.ndarray) -> np.ndarray:
    """Scale the kernel so its weights sum to 1 (then it keeps the image's brightness)."""
    total = float(np.sum(kernel, dtype=np.float64))
    if not np.isfinite(total) or abs(total) < 1e-12:
        raise InputError(translate("Kernels", "This kernel's weights sum to 0, so it cannot be scaled to sum 1 (edge filters do that on purpose)."))
    return (kernel / total).astype(np.float32)


def check_kernel(kernel: np.ndarray) -> np.ndarray:
    """A 2-D finite float32 kernel, or InputError saying what is wrong with it."""
    arr = np.asarray(kernel, dtype=np.float64)
    if arr.ndim != 2 or arr.size == 0:
        raise InputError(translate("Kernels", "A kernel must be a non-empty 2-D matrix such as [[0,1,0],[1,-4,1],[0,1,0]]."))
    if max(arr.shape) > MAX_KERNEL_SIDE:
        raise InputError(translate("Kernels", "A kernel may be at most {MAX_KERNEL_SIDE}×{MAX_KERNEL_SIDE}; this one is {value}×{value2}.").format(MAX_KERNEL_SIDE=MAX_KERNEL_SIDE, value=arr.shape[0], value2=arr.shape[1]))
    if not np.all(np.isfinite(arr)) or np.max(np.abs(arr)) > np.finfo(np.float32).max:
        raise InputError(translate("Kernels", "Kernel weights must be finite numbers that fit in 32-bit floats."))
    return arr.astype(np.float32)


def parse_kernel(text: str) -> np.ndarray:
    """A preset name or a matrix written like [[a,b,c],[d,e,f],[g,h,i]]."""
    text = text.strip()
    if text in PRESETS:
        return make_kernel(text)
    try:
        rows = json.loads(text)
    except (json.JSONDecodeError, RecursionError):  # RecursionError: [[[[… nested thousands deep
        raise InputError(
            translate("Kernels", "{text} is neither a kernel preset ({value}) nor a matrix like [[0,1,0],[1,-4,1],[0,1,0]].").format(
                text=repr(text if len(text) <= 60 else text[:57] + "…"), value=', '.join(PRESETS))
        ) from None
    if not isinstance(rows, list) or not rows or not all(isinstance(r, list) for r in rows):
        raise InputError(translate("Kernels", "A kernel matrix is a list of rows, like [[0,1,0],[1,-4,1],[0,1,0]]."))
    if len({len(r) for r in rows}) != 1:
        raise InputError(translate("Kernels", "Every row of the kernel matrix must have the same number of values."))
    try:
        arr = np.array(rows, dtype=np.float64)
    except (TypeError, ValueError):
        raise InputError(translate("Kernels", "Every value of the kernel matrix must be a number.")) from None
    return check_kernel(arr)
