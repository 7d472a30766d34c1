"""Classic image-processing operations, each a pipeline stage with declared parameters.

Every operation takes and returns an (H, W, C) float32 map on the 0..255 scale. Those that
OpenCV only offers for 8-bit images (histogram equalisation, CLAHE, non-local means,
thresholds, Canny) see the map clipped and rounded to 0..255 first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from .errors import InputError
from .i18n import translate


@dataclass(frozen=True)
class Param:
    name: str
    label: str
    low: float
    high: float
    default: float
    step: float = 1.0
    tooltip: str = ""
    choices: tuple[str, ...] = ()  # a choice parameter's values; its value is the index

    @property
    def is_int(self) -> bool:
        return float(self.step).is_integer() and not self.choices


@dataclass(frozen=True)
class Operation:
    name: str
    label: str
    family: str
    tooltip: str
    params: tuple[Param, ...]
    fn: Callable[..., np.ndarray]

    def defaults(self) -> dict:
        return {p.name: p.default for p in self.params}


def to_u8(x: np.ndarray) -> np.ndarray:
    return np.clip(np.nan_to_num(x, nan=0.0, posinf=255.0, neginf=0.0) + 0.5, 0, 255).astype(np.uint8)


def _per_channel(x: np.ndarray, fn: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    u8 = to_u8(x)
    return np.dstack([fn(np.ascontiguousarray(u8[:, :, c])) for c in range(u8.shape[2])]).astype(np.float32)


def _shape(out: np.ndarray, like: np.ndarray) -> np.ndarray:
    return out.reshape(out.shape[0], out.shape[1], like.shape[2]).astype(np.float32)


def _warp(x: np.ndarray, matrix: np.ndarray, size: tuple[int, int] | None = None) -> np.ndarray:
    h, w = x.shape[:2]
    size = size or (w, h)
    if matrix.shape[0] == 3:
        out = cv2.warpPerspective(np.ascontiguousarray(x), matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    else:
        out = cv2.warpAffine(np.ascontiguousarray(x), matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    return _shape(out, x)


# --- geometric --------------------------------------------------------------------------
def rotate(x: np.ndarray, angle: float = 15.0) -> np.ndarray:
    h, w = x.shape[:2]
    return _warp(x, cv2.getRotationMatrix2D(((w - 1) / 2, (h - 1) / 2), angle, 1.0))


def scale(x: np.ndarray, factor: float = 0.5) -> np.ndarray:
    h, w = x.shape[:2]
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    interp = cv2.INTER_AREA if factor < 1 else cv2.INTER_LINEAR
    return _shape(cv2.resize(np.ascontiguousarray(x), size, interpolation=interp), x)


def flip(x: np.ndarray, axis: int = 0) -> np.ndarray:
    code = (1, 0, -1)[int(axis)]  # horizontal (mirror), vertical, both
    return _shape(cv2.flip(np.ascontiguousarray(x), code), x)


def shear(x: np.ndarray, shear_x: float = 0.3, shear_y: float = 0.0) -> np.ndarray:
    h, w = x.shape[:2]
    # Shear about the centre, so the image stays in view.
    m = np.array([[1, shear_x, -shear_x * (h - 1) / 2], [shear_y, 1, -shear_y * (w - 1) / 2]], np.float64)
    return _warp(x, m)


def perspective_matrix(w: int, h: int, corners: tuple[float, ...]) -> np.ndarray:
    """The homography that sends the image corners to ``corners`` (x, y fractions, TL TR BR BL)."""
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32(corners).reshape(4, 2) * np.float32([w, h])
    return cv2.getPerspectiveTransform(src, dst)


def perspective(x, tl_x=0.1, tl_y=0.0, tr_x=0.9, tr_y=0.0, br_x=1.0, br_y=1.0, bl_x=0.0, bl_y=1.0):
    h, w = x.shape[:2]
    corners = (tl_x, tl_y, tr_x, tr_y, br_x, br_y, bl_x, bl_y)
    quad = np.float64(corners).reshape(4, 2)
    area = 0.5 * abs(np.dot(quad[:, 0], np.roll(quad[:, 1], 1)) - np.dot(quad[:, 1], np.roll(quad[:, 0], 1)))
    if area < 1e-3:
        raise InputError(translate("Operations", "These four corners collapse the image to a line; move them apart."))
    return _warp(x, perspective_matrix(w, h, corners))


# --- enhancement ------------------------------------------------------------------------
def brightness_contrast(x: np.ndarray, contrast: float = 1.5, brightness: float = 0.0) -> np.ndarray:
    return np.clip(x * np.float32(contrast) + np.float32(brightness), 0, 255).astype(np.float32)


def gamma(x: np.ndarray, gamma: float = 0.5) -> np.ndarray:
    return (255.0 * np.power(np.clip(x, 0, 255) / 255.0, gamma)).astype(np.float32)


def equalize(x: np.ndarray) -> np.ndarray:
    return _per_channel(x, cv2.equalizeHist)


def clahe(x: np.ndarray, clip: float = 2.0, tiles: float = 8) -> np.ndarray:
    c = cv2.createCLAHE(clipLimit=float(clip), tileGridSize=(int(tiles), int(tiles)))
    return _per_channel(x, c.apply)


def unsharp(x: np.ndarray, sigma: float = 2.0, amount: float = 1.0) -> np.ndarray:
    blurred = cv2.GaussianBlur(np.ascontiguousarray(x), (0, 0), float(sigma))
    return _shape(cv2.addWeighted(np.ascontiguousarray(x), 1 + amount, blurred, -amount, 0), x)


# --- restoration ------------------------------------------------------------------------
def gaussian_noise(x: np.ndarray, sigma: float = 20.0, seed: float = 0) -> np.ndarray:
    noise = np.random.default_rng(int(seed)).normal(0, sigma, x.shape).astype(np.float32)
    return np.clip(x + noise, 0, 255).astype(np.float32)


def salt_pepper(x: np.ndarray, amount: float = 0.05, seed: float = 0) -> np.ndarray:
    rng = np.random.default_rng(int(seed))
    u = rng.random(x.shape[:2])
    out = np.array(x, np.float32)
    out[u < amount / 2] = 0
    out[u > 1 - amount / 2] = 255
    return out


def median(x: np.ndarray, size: float = 3) -> np.ndarray:
    k = int(size) | 1
    src = np.ascontiguousarray(x) if k <= 5 else to_u8(x)  # OpenCV: float only up to 5×5
    return _shape(cv2.medianBlur(src, k), x)


def gaussian_blur(x: np.ndarray, sigma: float = 1.5) -> np.ndarray:
    return _shape(cv2.GaussianBlur(np.ascontiguousarray(x), (0, 0), float(sigma)), x)


def bilateral(x: np.ndarray, diameter: float = 9, sigma_color: float = 50.0, sigma_space: float = 5.0) -> np.ndarray:
    src = np.ascontiguousarray(x) if x.shape[2] in (1, 3) else to_u8(x)
    return _shape(cv2.bilateralFilter(src, int(diameter), float(sigma_color), float(sigma_space)), x)


def nl_means(x: np.ndarray, h: float = 10.0) -> np.ndarray:
    u8 = to_u8(x)
    if u8.shape[2] == 3:
        out = cv2.fastNlMeansDenoisingColored(u8, None, float(h), float(h), 7, 21)
    else:
        out = np.dstack([cv2.fastNlMeansDenoising(np.ascontiguousarray(u8[:, :, c]), None, float(h), 7, 21) for c in range(u8.shape[2])])
    return _shape(out, x)


def psnr(clean: np.ndarray, other: np.ndarray) -> float:
    """Peak signal-to-noise ratio in dB on the 0..255 scale (inf when identical)."""
    mse = float(np.mean((clean.astype(np.float64) - other.astype(np.float64)) ** 2))
    return float("inf") if mse == 0 else 10.0 * np.log10(255.0**2 / mse)


def ssim(a: np.ndarray, b: np.ndarray) -> float:
    """Mean structural similarity (Wang et al. 2004: 11×11 Gaussian window, σ 1.5, K1 .01, K2 .03).

    OpenCV has no SSIM; the local means, variances and covariance come from its GaussianBlur.
    """
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    x, y = a.astype(np.float64), b.astype(np.float64)

    def blur(v):
        return cv2.GaussianBlur(v, (11, 11), 1.5, borderType=cv2.BORDER_REFLECT)

    mx, my = blur(x), blur(y)
    vx, vy, cxy = blur(x * x) - mx * mx, blur(y * y) - my * my, blur(x * y) - mx * my
    ssim_map = ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2))
    return float(ssim_map.mean())


# --- compression --------------------------------------------------------------------------
def jpeg(x: np.ndarray, quality: float = 20) -> np.ndarray:
    """Encode as JPEG at this quality and decode again: the loss compression leaves behind."""
    u8 = to_u8(x)
    colour = u8.shape[2] == 3
    src = cv2.cvtColor(u8, cv2.COLOR_RGB2BGR) if colour else np.ascontiguousarray(u8[:, :, 0])
    ok, data = cv2.imencode(".jpg", src, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise InputError(translate("Operations", "OpenCV could not encode this map as JPEG."))
    decoded = cv2.imdecode(data, cv2.IMREAD_COLOR if colour else cv2.IMREAD_GRAYSCALE)
    if colour:
        return cv2.cvtColor(decoded, cv2.COLOR_BGR2RGB).astype(np.float32)
    return np.dstack([decoded] * u8.shape[2]).astype(np.float32)


# --- morphology and segmentation ---------------------------------------------------------
MORPH = {"erode": cv2.MORPH_ERODE, "dilate": cv2.MORPH_DILATE, "open": cv2.MORPH_OPEN, "close": cv2.MORPH_CLOSE}


def morphology(kind: str) -> Callable[..., np.ndarray]:
    def run(x: np.ndarray, size: float = 3) -> np.ndarray:
        element = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (int(size), int(size)))
        return _shape(cv2.morphologyEx(np.ascontiguousarray(x), MORPH[kind], element), x)

    return run


def threshold(x: np.ndarray, level: float = 128) -> np.ndarray:
    return _per_channel(x, lambda p: cv2.threshold(p, level, 255, cv2.THRESH_BINARY)[1])


def otsu(x: np.ndarray) -> np.ndarray:
    return _per_channel(x, lambda p: cv2.threshold(p, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1])


def adaptive_threshold(x: np.ndarray, block: float = 15, offset: float = 5) -> np.ndarray:
    b = max(3, int(block) | 1)
    return _per_channel(x, lambda p: cv2.adaptiveThreshold(p, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, b, offset))


def canny(x: np.ndarray, low: float = 50, high: float = 150) -> np.ndarray:
    u8 = to_u8(x)
    gray = cv2.cvtColor(u8, cv2.COLOR_RGB2GRAY) if u8.shape[2] == 3 else np.ascontiguousarray(u8[:, :, 0])
    return cv2.Canny(gray, float(low), float(high)).astype(np.float32)[:, :, None]
