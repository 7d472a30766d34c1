"""The image operations a user can pick, by family, with their parameters and tooltips."""

from __future__ import annotations

import numpy as np

from . import operations as op
from .errors import InputError
from .operations import Operation, Param

_SEED = Param("seed", "seed", 0, 9999, 0, 1, "The same seed gives the same noise, so results can be compared.")

OPERATIONS: dict[str, Operation] = {
    o.name: o
    for o in (
        # geometric
        Operation("rotate", "Rotate", "geometric", "Turns the image about its centre; each output pixel is "
                  "interpolated from the four input pixels around where it came from.",
                  (Param("angle", "angle (°)", -180, 180, 15, 1, "Counter-clockwise angle in degrees."),), op.rotate),
        Operation("scale", "Scale", "geometric", "Resizes the image: shrinking averages pixels (area), "
                  "enlarging interpolates between them (bilinear).",
                  (Param("factor", "factor", 0.05, 4, 0.5, 0.05, "New size ÷ old size."),), op.scale),
        Operation("flip", "Flip", "geometric", "Mirrors the image; a CNN trained with flipped copies learns "
                  "that a mirrored cat is still a cat.",
                  (Param("axis", "axis", 0, 2, 0, 1, "Which way to mirror.", ("horizontal", "vertical", "both")),), op.flip),
        Operation("shear", "Shear", "geometric", "An affine map that slides each row (or column) sideways in "
                  "proportion to its distance from the centre; straight lines stay straight.",
                  (Param("shear_x", "shear x", -1, 1, 0.3, 0.05), Param("shear_y", "shear y", -1, 1, 0.0, 0.05)), op.shear),
        Operation("perspective", "Perspective", "geometric", "Moves the four corners anywhere: a homography, "
                  "as when a camera looks at a page from an angle. Drag the corner handles in the before view.",
                  tuple(Param(n, n.replace("_", " "), -0.5, 1.5, d, 0.01, "Corner position as a fraction of the width or height.")
                        for n, d in (("tl_x", 0.1), ("tl_y", 0.0), ("tr_x", 0.9), ("tr_y", 0.0), ("br_x", 1.0), ("br_y", 1.0), ("bl_x", 0.0), ("bl_y", 1.0))),
                  op.perspective),
        # enhancement
        Operation("brightness_contrast", "Brightness / contrast", "enhancement", "out = contrast × in + brightness, "
                  "clipped to 0..255: contrast stretches the differences, brightness shifts everything.",
                  (Param("contrast", "contrast", 0, 4, 1.5, 0.05), Param("brightness", "brightness", -255, 255, 0, 1)), op.brightness_contrast),
        Operation("gamma", "Gamma", "enhancement", "out = 255·(in/255)^γ: γ < 1 lifts the shadows, γ > 1 darkens "
                  "them, while black and white stay put.",
                  (Param("gamma", "γ", 0.1, 5, 0.5, 0.05),), op.gamma),
        Operation("equalize", "Histogram equalisation", "enhancement", "Remaps the grey levels so that each one "
                  "is used about equally often: a low-contrast image spreads over the full range.", (), op.equalize),
        Operation("clahe", "CLAHE", "enhancement", "Equalisation in small tiles with a cap on how much any level "
                  "may be boosted, so local detail improves without amplifying noise.",
                  (Param("clip", "clip limit", 0.5, 10, 2, 0.5), Param("tiles", "tiles", 2, 16, 8, 1)), op.clahe),
        Operation("unsharp", "Unsharp mask", "enhancement", "Adds back the difference between the image and a "
                  "blurred copy: the fine detail the blur removed is amplified.",
                  (Param("sigma", "σ", 0.5, 10, 2, 0.5), Param("amount", "amount", 0, 5, 1, 0.1)), op.unsharp),
        # restoration
        Operation("gaussian_noise", "Gaussian noise", "restoration", "Adds random values from a bell curve to every "
                  "pixel, like sensor noise in a dark photo.", (Param("sigma", "σ", 0, 100, 20, 1), _SEED), op.gaussian_noise),
        Operation("salt_pepper", "Salt-and-pepper noise", "restoration", "Sets a random fraction of pixels to pure "
                  "black or white, like dead pixels or transmission errors.",
                  (Param("amount", "amount", 0, 1, 0.05, 0.01), _SEED), op.salt_pepper),
        Operation("median", "Median filter", "restoration", "Each pixel becomes the median of its neighbourhood: "
                  "isolated outliers (salt and pepper) vanish while edges stay sharp.",
                  (Param("size", "size", 3, 15, 3, 2),), op.median),
        Operation("gaussian_blur", "Gaussian denoise", "restoration", "A Gaussian-weighted average: good against "
                  "Gaussian noise, but it blurs edges too.", (Param("sigma", "σ", 0.3, 10, 1.5, 0.1),), op.gaussian_blur),
        Operation("bilateral", "Bilateral filter", "restoration", "Averages only neighbours that are both near and "
                  "similar in value, so noise is smoothed while edges are kept.",
                  (Param("diameter", "diameter", 3, 15, 9, 2), Param("sigma_color", "σ colour", 1, 200, 50, 1),
                   Param("sigma_space", "σ space", 1, 50, 5, 1)), op.bilateral),
        Operation("nl_means", "Non-local means", "restoration", "Averages pixels whose surrounding patches look "
                  "alike, wherever they are in the image: strong denoising that keeps texture.",
                  (Param("h", "strength h", 1, 50, 10, 1),), op.nl_means),
        # compression
        Operation("jpeg", "JPEG compression", "compression", "Stores the image as JPEG and reads it back: 8×8 "
                  "blocks lose their fine detail first, so low quality shows blocks and ringing at edges.",
                  (Param("quality", "quality", 1, 100, 20, 1, "0-100: lower quality, smaller file, more loss."),), op.jpeg),
        # morphology
        *(Operation(k, k.capitalize(), "morphology", tip, (Param("size", "size", 1, 21, 3, 2),), op.morphology(k))
          for k, tip in (
              ("erode", "Each pixel becomes the minimum of its neighbourhood: bright shapes shrink, dark gaps grow."),
              ("dilate", "Each pixel becomes the maximum of its neighbourhood: bright shapes grow, small holes close."),
              ("open", "Erode then dilate: removes small bright specks while larger shapes keep their size."),
              ("close", "Dilate then erode: fills small dark holes and gaps while shapes keep their size."),
          )),
        # thresholding and edges
        Operation("threshold", "Global threshold", "threshold", "Every value above the level becomes white and the "
                  "rest black: the simplest segmentation.", (Param("level", "level", 0, 255, 128, 1),), op.threshold),
        Operation("adaptive_threshold", "Adaptive threshold", "threshold", "Compares each pixel with the mean of its "
                  "own neighbourhood, so uneven lighting does not spoil the result.",
                  (Param("block", "block", 3, 51, 15, 2), Param("offset", "offset C", -20, 20, 5, 1)), op.adaptive_threshold),
        Operation("otsu", "Otsu threshold", "threshold", "Chooses the level that best separates the histogram into "
                  "two classes (least variance within each).", (), op.otsu),
        Operation("canny", "Canny edges", "edges", "Gradient, thin to one-pixel lines, then keep strong edges "
                  "and the weak ones connected to them (two thresholds).",
                  (Param("low", "low", 0, 500, 50, 1), Param("high", "high", 0, 500, 150, 1)), op.canny),
    )
}

#: The families in menu order (the ui names them: ui/filters/pipeline_strip.family_label).
FAMILIES = ("geometric", "enhancement", "restoration", "compression", "morphology", "threshold", "edges")


def apply_operation(name: str, x: np.ndarray, params: dict) -> np.ndarray:
    """Run operation ``name`` on an (H, W, C) float32 map with ``params`` (defaults fill gaps)."""
    operation = OPERATIONS.get(name)
    if operation is None:
        raise InputError(f"There is no image operation called {name!r}.")
    values = operation.defaults()
    values.update({k: v for k, v in params.items() if k in values})
    for p in operation.params:
        if not np.isfinite(values[p.name]) or not p.low <= values[p.name] <= p.high:
            raise InputError(f"{operation.label}: {p.label} must be between {p.low:g} and {p.high:g}.")
    return operation.fn(x, **values)
