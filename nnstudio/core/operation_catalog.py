"""The image operations a user can pick, by family, with their parameters and tooltips."""

from __future__ import annotations

import numpy as np

from . import operations as op
from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP, translate
from .operations import Operation, Param

_SEED = Param("seed", QT_TRANSLATE_NOOP("Operations", "seed"), 0, 9999, 0, 1, QT_TRANSLATE_NOOP("Operations", "The same seed gives the same noise, so results can be compared."))

#: The perspective operation's corner parameters: top-left x … bottom-left y.
_CORNERS = (("tl_x", QT_TRANSLATE_NOOP("Operations", "tl x"), 0.1), ("tl_y", QT_TRANSLATE_NOOP("Operations", "tl y"), 0.0), ("tr_x", QT_TRANSLATE_NOOP("Operations", "tr x"), 0.9), ("tr_y", QT_TRANSLATE_NOOP("Operations", "tr y"), 0.0),
            ("br_x", QT_TRANSLATE_NOOP("Operations", "br x"), 1.0), ("br_y", QT_TRANSLATE_NOOP("Operations", "br y"), 1.0), ("bl_x", QT_TRANSLATE_NOOP("Operations", "bl x"), 0.0), ("bl_y", QT_TRANSLATE_NOOP("Operations", "bl y"), 1.0))

OPERATIONS: dict[str, Operation] = {
    o.name: o
    for o in (
        # geometric
        Operation("rotate", QT_TRANSLATE_NOOP("Operations", "Rotate"), "geometric", QT_TRANSLATE_NOOP("Operations", "Turns the image about its centre; each output pixel is "
                  "interpolated from the four input pixels around where it came from."),
                  (Param("angle", QT_TRANSLATE_NOOP("Operations", "angle (°)"), -180, 180, 15, 1, QT_TRANSLATE_NOOP("Operations", "Counter-clockwise angle in degrees.")),), op.rotate),
        Operation("scale", QT_TRANSLATE_NOOP("Operations", "Scale"), "geometric", QT_TRANSLATE_NOOP("Operations", "Resizes the image: shrinking averages pixels (area), "
                  "enlarging interpolates between them (bilinear)."),
                  (Param("factor", QT_TRANSLATE_NOOP("Operations", "factor"), 0.05, 4, 0.5, 0.05, QT_TRANSLATE_NOOP("Operations", "New size ÷ old size.")),), op.scale),
        Operation("flip", QT_TRANSLATE_NOOP("Operations", "Flip"), "geometric", QT_TRANSLATE_NOOP("Operations", "Mirrors the image; a CNN trained with flipped copies learns "
                  "that a mirrored cat is still a cat."),
                  (Param("axis", QT_TRANSLATE_NOOP("Operations", "axis"), 0, 2, 0, 1, QT_TRANSLATE_NOOP("Operations", "Which way to mirror."), (QT_TRANSLATE_NOOP("Operations", "horizontal"), QT_TRANSLATE_NOOP("Operations", "vertical"), QT_TRANSLATE_NOOP("Operations", "both"))),), op.flip),
        Operation("shear", QT_TRANSLATE_NOOP("Operations", "Shear"), "geometric", QT_TRANSLATE_NOOP("Operations", "An affine map that slides each row (or column) sideways in "
                  "proportion to its distance from the centre; straight lines stay straight."),
                  (Param("shear_x", QT_TRANSLATE_NOOP("Operations", "shear x"), -1, 1, 0.3, 0.05), Param("shear_y", QT_TRANSLATE_NOOP("Operations", "shear y"), -1, 1, 0.0, 0.05)), op.shear),
        Operation("perspective", QT_TRANSLATE_NOOP("Operations", "Perspective"), "geometric", QT_TRANSLATE_NOOP("Operations", "Moves the four corners anywhere: a homography, "
                  "as when a camera looks at a page from an angle. Drag the corner handles in the before view."),
                  tuple(Param(n, label, -0.5, 1.5, d, 0.01, QT_TRANSLATE_NOOP("Operations", "Corner position as a fraction of the width or height."))
                        for n, label, d in _CORNERS),
                  op.perspective),
        # enhancement
        Operation("brightness_contrast", QT_TRANSLATE_NOOP("Operations", "Brightness / contrast"), "enhancement", QT_TRANSLATE_NOOP("Operations", "out = contrast × in + brightness, "
                  "clipped to 0..255: contrast stretches the differences, brightness shifts everything."),
                  (Param("contrast", QT_TRANSLATE_NOOP("Operations", "contrast"), 0, 4, 1.5, 0.05), Param("brightness", QT_TRANSLATE_NOOP("Operations", "brightness"), -255, 255, 0, 1)), op.brightness_contrast),
        Operation("gamma", QT_TRANSLATE_NOOP("Operations", "Gamma"), "enhancement", QT_TRANSLATE_NOOP("Operations", "out = 255·(in/255)^γ: γ < 1 lifts the shadows, γ > 1 darkens "
                  "them, while black and white stay put."),
                  (Param("gamma", QT_TRANSLATE_NOOP("Operations", "γ"), 0.1, 5, 0.5, 0.05),), op.gamma),
        Operation("equalize", QT_TRANSLATE_NOOP("Operations", "Histogram equalisation"), "enhancement", QT_TRANSLATE_NOOP("Operations", "Remaps the grey levels so that each one "
                  "is used about equally often: a low-contrast image spreads over the full range."), (), op.equalize),
        Operation("clahe", QT_TRANSLATE_NOOP("Operations", "CLAHE"), "enhancement", QT_TRANSLATE_NOOP("Operations", "Equalisation in small tiles with a cap on how much any level "
                  "may be boosted, so local detail improves without amplifying noise."),
                  (Param("clip", QT_TRANSLATE_NOOP("Operations", "clip limit"), 0.5, 10, 2, 0.5), Param("tiles", QT_TRANSLATE_NOOP("Operations", "tiles"), 2, 16, 8, 1)), op.clahe),
        Operation("unsharp", QT_TRANSLATE_NOOP("Operations", "Unsharp mask"), "enhancement", QT_TRANSLATE_NOOP("Operations", "Adds back the difference between the image and a "
                  "blurred copy: the fine detail the blur removed is amplified."),
                  (Param("sigma", QT_TRANSLATE_NOOP("Operations", "σ"), 0.5, 10, 2, 0.5), Param("amount", QT_TRANSLATE_NOOP("Operations", "amount"), 0, 5, 1, 0.1)), op.unsharp),
        # restoration
        Operation("gaussian_noise", QT_TRANSLATE_NOOP("Operations", "Gaussian noise"), "restoration", QT_TRANSLATE_NOOP("Operations", "Adds random values from a bell curve to every "
                  "pixel, like sensor noise in a dark photo."), (Param("sigma", QT_TRANSLATE_NOOP("Operations", "σ"), 0, 100, 20, 1), _SEED), op.gaussian_noise),
        Operation("salt_pepper", QT_TRANSLATE_NOOP("Operations", "Salt-and-pepper noise"), "restoration", QT_TRANSLATE_NOOP("Operations", "Sets a random fraction of pixels to pure "
                  "black or white, like dead pixels or transmission errors."),
                  (Param("amount", QT_TRANSLATE_NOOP("Operations", "amount"), 0, 1, 0.05, 0.01), _SEED), op.salt_pepper),
        Operation("median", QT_TRANSLATE_NOOP("Operations", "Median filter"), "restoration", QT_TRANSLATE_NOOP("Operations", "Each pixel becomes the median of its neighbourhood: "
                  "isolated outliers (salt and pepper) vanish while edges stay sharp."),
                  (Param("size", QT_TRANSLATE_NOOP("Operations", "size"), 3, 15, 3, 2),), op.median),
        Operation("gaussian_blur", QT_TRANSLATE_NOOP("Operations", "Gaussian denoise"), "restoration", QT_TRANSLATE_NOOP("Operations", "A Gaussian-weighted average: good against "
                  "Gaussian noise, but it blurs edges too."), (Param("sigma", QT_TRANSLATE_NOOP("Operations", "σ"), 0.3, 10, 1.5, 0.1),), op.gaussian_blur),
        Operation("bilateral", QT_TRANSLATE_NOOP("Operations", "Bilateral filter"), "restoration", QT_TRANSLATE_NOOP("Operations", "Averages only neighbours that are both near and "
                  "similar in value, so noise is smoothed while edges are kept."),
                  (Param("diameter", QT_TRANSLATE_NOOP("Operations", "diameter"), 3, 15, 9, 2), Param("sigma_color", QT_TRANSLATE_NOOP("Operations", "σ colour"), 1, 200, 50, 1),
                   Param("sigma_space", QT_TRANSLATE_NOOP("Operations", "σ space"), 1, 50, 5, 1)), op.bilateral),
        Operation("nl_means", QT_TRANSLATE_NOOP("Operations", "Non-local means"), "restoration", QT_TRANSLATE_NOOP("Operations", "Averages pixels whose surrounding patches look "
                  "alike, wherever they are in the image: strong denoising that keeps texture."),
                  (Param("h", QT_TRANSLATE_NOOP("Operations", "strength h"), 1, 50, 10, 1),), op.nl_means),
        # compression
        Operation("jpeg", QT_TRANSLATE_NOOP("Operations", "JPEG compression"), "compression", QT_TRANSLATE_NOOP("Operations", "Stores the image as JPEG and reads it back: 8×8 "
                  "blocks lose their fine detail first, so low quality shows blocks and ringing at edges."),
                  (Param("quality", QT_TRANSLATE_NOOP("Operations", "quality"), 1, 100, 20, 1, QT_TRANSLATE_NOOP("Operations", "0-100: lower quality, smaller file, more loss.")),), op.jpeg),
        # morphology
        *(Operation(k, label, "morphology", tip, (Param("size", QT_TRANSLATE_NOOP("Operations", "size"), 1, 21, 3, 2),), op.morphology(k))
          for k, label, tip in (
              ("erode", QT_TRANSLATE_NOOP("Operations", "Erode"), QT_TRANSLATE_NOOP("Operations", "Each pixel becomes the minimum of its neighbourhood: bright shapes shrink, dark gaps grow.")),
              ("dilate", QT_TRANSLATE_NOOP("Operations", "Dilate"), QT_TRANSLATE_NOOP("Operations", "Each pixel becomes the maximum of its neighbourhood: bright shapes grow, small holes close.")),
              ("open", QT_TRANSLATE_NOOP("Operations", "Open"), QT_TRANSLATE_NOOP("Operations", "Erode then dilate: removes small bright specks while larger shapes keep their size.")),
              ("close", QT_TRANSLATE_NOOP("Operations", "Close"), QT_TRANSLATE_NOOP("Operations", "Dilate then erode: fills small dark holes and gaps while shapes keep their size.")),
          )),
        # thresholding and edges
        Operation("threshold", QT_TRANSLATE_NOOP("Operations", "Global threshold"), "threshold", QT_TRANSLATE_NOOP("Operations", "Every value above the level becomes white and the "
                  "rest black: the simplest segmentation."), (Param("level", QT_TRANSLATE_NOOP("Operations", "level"), 0, 255, 128, 1),), op.threshold),
        Operation("adaptive_threshold", QT_TRANSLATE_NOOP("Operations", "Adaptive threshold"), "threshold", QT_TRANSLATE_NOOP("Operations", "Compares each pixel with the mean of its "
                  "own neighbourhood, so uneven lighting does not spoil the result."),
                  (Param("block", QT_TRANSLATE_NOOP("Operations", "block"), 3, 51, 15, 2), Param("offset", QT_TRANSLATE_NOOP("Operations", "offset C"), -20, 20, 5, 1)), op.adaptive_threshold),
        Operation("otsu", QT_TRANSLATE_NOOP("Operations", "Otsu threshold"), "threshold", QT_TRANSLATE_NOOP("Operations", "Chooses the level that best separates the histogram into "
                  "two classes (least variance within each)."), (), op.otsu),
        Operation("canny", QT_TRANSLATE_NOOP("Operations", "Canny edges"), "edges", QT_TRANSLATE_NOOP("Operations", "Gradient, thin to one-pixel lines, then keep strong edges "
                  "and the weak ones connected to them (two thresholds)."),
                  (Param("low", QT_TRANSLATE_NOOP("Operations", "low"), 0, 500, 50, 1), Param("high", QT_TRANSLATE_NOOP("Operations", "high"), 0, 500, 150, 1)), op.canny),
    )
}

#: The families in menu order (the ui names them: ui/filters/pipeline_strip.family_label).
FAMILIES = ("geometric", "enhancement", "restoration", "compression", "morphology", "threshold", "edges")


def apply_operation(name: str, x: np.ndarray, params: dict) -> np.ndarray:
    """Run operation ``name`` on an (H, W, C) float32 map with ``params`` (defaults fill gaps)."""
    operation = OPERATIONS.get(name)
    if operation is None:
        raise InputError(translate("Operations", "There is no image operation called {name}.").format(name=repr(name)))
    values = operation.defaults()
    values.update({k: v for k, v in params.items() if k in values})
    for p in operation.params:
        if not np.isfinite(values[p.name]) or not p.low <= values[p.name] <= p.high:
            raise InputError(translate("Operations", "{operation}: {parameter} must be between {low} and {high}.").format(
                operation=translate("Operations", operation.label), parameter=translate("Operations", p.label),
                low=f"{p.low:g}", high=f"{p.high:g}"))
    return operation.fn(x, **values)
