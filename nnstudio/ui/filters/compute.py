"""The Filters tab's background job: run the pipeline and prepare every picture it shows.

Runs on the worker thread; it gets plain data (pixels, stages) and returns plain data, so it
never touches a widget. The GUI thread only hands the finished arrays to the views.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...core.feature_display import MapPicture, render_map, thumbnail
from ...core.operation_catalog import OPERATIONS
from ...core.operations import psnr, ssim
from ...core.bands import check
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
    # What this result was computed from, so that the next job can reuse what is unchanged.
    pixels: np.ndarray | None = None
    stages: tuple = ()
    gray: bool = False
    channel: int | None = None
    # False: only the stages up to the selected one have run (what the big views show);
    # the strip's later thumbnails come with the complete result that follows.
    complete: bool = True


def reusable_prefix(previous: FilterResult | None, pixels: np.ndarray, stages: Sequence[Stage], gray: bool) -> int:
    """How many leading outputs (input included) of ``previous`` are still valid.

    Stages are frozen: an edit replaces the stage object, so identity tells what changed.
    """
    if previous is None or previous.pixels is not pixels or previous.gray != gray:
        return 0
    same = 1
    for old, new in zip(previous.stages, stages):
        if old is not new or same >= len(previous.outputs):
            break
        same += 1
    return min(same, len(previous.outputs))


def compute(
    pixels: np.ndarray, stages: Sequence[Stage], gray: bool, selected: int, channel: int | None,
    previous: FilterResult | None = None, selected_first: bool = False, *,
    cancelled: Callable[[], bool] | None = None,
) -> FilterResult:
    """Everything the tab shows for these settings. ``cancelled`` is polled between stages:
    a job a newer request has overtaken stops early (core.bands.Cancelled) instead of
    keeping the worker busy while the user waits for the newest result.

    ``selected_first`` runs the stages only up to the selected one: during a slider drag
    the views show the stage being edited without waiting for the stages after it (a
    result with ``complete`` False; computing again with it as ``previous`` reuses it all)."""
    run = stages[:selected] if selected_first else stages
    keep = reusable_prefix(previous, pixels, run, gray)
    outputs, error = run_until_error(pixels, run, gray=gray, reuse=previous.outputs[:keep] if keep else (), cancelled=cancelled)
    check(cancelled)  # pictures of a 1080p map take tens of ms each: an overtaken job skips them too
    selected = max(0, min(selected, len(outputs) - 1))
    thumbs = list(previous.thumbnails[:keep]) if keep else []
    for o in outputs[len(thumbs):]:
        check(cancelled)
        thumbs.append(thumbnail(o.hwc, as_image=o.as_image))
    after_map = outputs[selected].hwc
    before_index = max(selected - 1, 0)
    before_map = outputs[before_index].hwc
    pick = channel if channel is not None and channel < after_map.shape[2] else None
    pick_before = channel if channel is not None and channel < before_map.shape[2] else None
    if keep > before_index and previous.selected == selected and previous.channel == channel:
        before = previous.before  # the stage's input did not change: neither did its picture
    else:
        check(cancelled)
        before = render_map(before_map, pick_before, outputs[before_index].as_image)
    if keep > selected and previous.selected == selected and previous.channel == channel:
        after = previous.after  # the second half of a selected-first run: already drawn
    else:
        check(cancelled)
        after = render_map(after_map, pick, outputs[selected].as_image)
    return FilterResult(
        outputs, thumbs, selected, before, after,
        restoration_metrics(outputs, stages, selected), error, pixels, tuple(run), gray, channel,
        complete=len(run) == len(stages) or error is not None,
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
    for label, index in ((QCoreApplication.translate("FilterCompute", "input: PSNR {psnr} dB, SSIM {ssim}"), selected - 1),
                         (QCoreApplication.translate("FilterCompute", "output: PSNR {psnr} dB, SSIM {ssim}"), selected)):
        x = outputs[index].hwc
        if index == clean_index or x.shape != clean.shape:
            continue
        parts.append(label.format(psnr=f"{psnr(clean, x):.2f}", ssim=f"{ssim(clean, x):.3f}"))
    if not parts:
        return ""
    if clean_index == 0:
        text = QCoreApplication.translate("FilterCompute", "Against the clean image (the input): {parts}")
    else:
        text = QCoreApplication.translate("FilterCompute", "Against the clean image (the output of stage {n}): {parts}")
    return text.format(n=clean_index, parts=" · ".join(parts))



def _is_noise(stage: Stage) -> bool:
    return isinstance(stage, OperationStage) and stage.enabled and stage.name in NOISE_OPERATIONS
