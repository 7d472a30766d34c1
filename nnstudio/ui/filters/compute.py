"""The Filters tab's background job: run the pipeline and prepare every picture it shows.

Runs on the worker thread; it gets plain data (pixels, stages) and returns plain data, so it
never touches a widget. The GUI thread only hands the finished arrays to the views.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ...core.feature_display import MapPicture, render_map, thumbnail
from ...core.operation_catalog import OPERATIONS
from ...core.operations import psnr, ssim
from ...core.pipeline import OperationStage, Stage, StageOutput, run_until_error

NOISE_OPERATIONS = ("gaussian_noise", "salt_pepper")


@dataclass(frozen=True)
class FilterResult:
    outputs: list[StageOutput]
    thumbnails: list[MapPicture]
    selected: int
    before: MapPicture
    after: MapPicture
    metrics: str  # PSNR / SSIM against the clean image for restoration stages, else ""
    error: str | None  # why the stage after the last output could not run, if one could not


def compute(pixels: np.ndarray, stages: Sequence[Stage], gray: bool, selected: int, channel: int | None) -> FilterResult:
    outputs, error = run_until_error(pixels, stages, gray=gray)
    selected = max(0, min(selected, len(outputs) - 1))
    thumbs = [thumbnail(o.hwc) for o in outputs]
    after_map = outputs[selected].hwc
    before_map = outputs[max(selected - 1, 0)].hwc
    pick = channel if channel is not None and channel < after_map.shape[2] else None
    pick_before = channel if channel is not None and channel < before_map.shape[2] else None
    return FilterResult(
        outputs, thumbs, selected, render_map(before_map, pick_before), render_map(after_map, pick),
        restoration_metrics(outputs, stages, selected), error,
    )


def restoration_metrics(outputs: list[StageOutput], stages: Sequence[Stage], selected: int) -> str:
    """For a restoration or compression stage: PSNR and SSIM of its input and output against the clean image,
    which is what entered the first noise stage before it (or the pipeline's input)."""
    if selected == 0:
        return ""
    stage = stages[selected - 1]
    if not (isinstance(stage, OperationStage) and OPERATIONS[stage.name].family in ("restoration", "compression")):
        return ""
    clean_index = next((i for i in range(selected) if i < len(stages) and _is_noise(stages[i])), 0)
    clean = outputs[clean_index].hwc
    parts = []
    for label, index in (("input", selected - 1), ("output", selected)):
        x = outputs[index].hwc
        if index == clean_index or x.shape != clean.shape:
            continue
        parts.append(f"{label}: PSNR {psnr(clean, x):.2f} dB, SSIM {ssim(clean, x):.3f}")
    if not parts:
        return ""
    clean_name = "the input" if clean_index == 0 else f"the output of stage {clean_index}"
    return f"Against the clean image ({clean_name}): " + " · ".join(parts)


def _is_noise(stage: Stage) -> bool:
    return isinstance(stage, OperationStage) and stage.enabled and stage.name in NOISE_OPERATIONS
