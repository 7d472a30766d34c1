"""A small CNN you can look into: an ordered list of stages, each one's output kept.

Stages are frozen dataclasses (conv, activation, pool, image operation); ``run_pipeline``
turns an 8-bit image into the list of every stage's output. Maps flow between stages as
(H, W, C) float32, OpenCV's layout; ``StageOutput.chw`` is the (C, H, W) view torch uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

from .activations import activate, activation_name
from .bands import check
from .convolution import ConvSettings, correlate_hwc, pad_mode_label, padding_label
from .errors import InputError
from .i18n import translate
from .kernels import keeps_brightness
from .operation_catalog import OPERATIONS, apply_operation
from .pooling import PoolSettings, pool_hwc


#: How a conv stage's output is drawn: "image" clips it to 0..255 and shows it as the picture
#: it is (a blur, a sharpen); "signed" shows a feature map, blue < 0 < red (an edge detector);
#: "auto" picks "image" for kernels that sum to 1, which keep the input's brightness.
DISPLAYS = ("auto", "image", "signed")


@dataclass(frozen=True, eq=False)
class ConvStage:
    kernel: np.ndarray
    settings: ConvSettings = ConvSettings()
    enabled: bool = True
    display: str = "auto"
    kind = "conv"

    def shown_as_image(self) -> bool:
        if self.display == "auto":
            return keeps_brightness(self.kernel)
        return self.display == "image"

    def apply(self, x: np.ndarray, cancelled: Callable[[], bool] | None = None) -> np.ndarray:
        """The stage's output; with ``cancelled``, computed in row bands that a newer request
        stops part-way (same result)."""
        return correlate_hwc(x, self.kernel, self.settings, cancelled=cancelled)

    def describe(self) -> str:
        s = self.settings
        kh, kw = self.kernel.shape
        return translate("Pipeline", "conv {kh}×{kw}, stride {stride}, pad {padding} ({mode}), dilation {dilation}").format(
            kh=kh, kw=kw, stride=s.stride, padding=padding_label(s.padding), mode=pad_mode_label(s.pad_mode),
            dilation=s.dilation)


@dataclass(frozen=True)
class ActivationStage:
    function: str = "relu"
    enabled: bool = True
    kind = "activation"

    def apply(self, x: np.ndarray) -> np.ndarray:
        return activate(x, self.function)

    def describe(self) -> str:
        return translate("Pipeline", "activation {function}").format(function=activation_name(self.function))


@dataclass(frozen=True)
class PoolStage:
    settings: PoolSettings = PoolSettings()
    enabled: bool = True
    kind = "pool"

    def apply(self, x: np.ndarray) -> np.ndarray:
        return pool_hwc(x, self.settings)

    def describe(self) -> str:
        s = self.settings
        if s.kind == "global_avg":
            return translate("Pipeline", "global average pool")
        text = (translate("Pipeline", "max pool {k}×{k}, stride {stride}, pad {padding}") if s.kind == "max" else
                translate("Pipeline", "avg pool {k}×{k}, stride {stride}, pad {padding}"))
        return text.format(k=s.size, stride=s.step, padding=s.padding)


@dataclass(frozen=True)
class OperationStage:
    """A classic image operation (see core/operations.py) used as a pipeline stage."""

    name: str
    params: dict = field(default_factory=dict)
    enabled: bool = True
    kind = "operation"

    def apply(self, x: np.ndarray) -> np.ndarray:
        return apply_operation(self.name, x, self.params)

    def describe(self) -> str:
        operation = OPERATIONS.get(self.name)
        return translate("Operations", operation.label) if operation else self.name


Stage = ConvStage | ActivationStage | PoolStage | OperationStage


@dataclass(frozen=True)
class StageOutput:
    label: str
    hwc: np.ndarray  # float32 (H, W, C), read-only
    as_image: bool = False  # drawn clipped to 0..255 rather than as a signed feature map

    @property
    def chw(self) -> np.ndarray:
        return self.hwc.transpose(2, 0, 1)

    @property
    def shape_text(self) -> str:
        h, w, c = self.hwc.shape
        return f"{c}×{h}×{w}"


def input_map(pixels: np.ndarray, gray: bool) -> np.ndarray:
    """The 8-bit image as the (H, W, C) float32 0..255 map the first stage sees."""
    if gray and pixels.ndim == 3:
        pixels = cv2.cvtColor(np.ascontiguousarray(pixels), cv2.COLOR_RGB2GRAY)
    arr = pixels.astype(np.float32)
    return arr[:, :, None] if arr.ndim == 2 else arr


def run_pipeline(pixels: np.ndarray, stages: Sequence[Stage], *, gray: bool = False) -> list[StageOutput]:
    """Every stage's output, the input first; disabled stages pass their input on.

    An InputError names the stage that failed (e.g. a kernel larger than the map it meets).
    """
    outputs, error = run_until_error(pixels, stages, gray=gray)
    if error is not None:
        raise InputError(error)
    return outputs


def run_until_error(
    pixels: np.ndarray, stages: Sequence[Stage], *, gray: bool = False, reuse: Sequence[StageOutput] = (),
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[StageOutput], str | None]:
    """Like run_pipeline, but a stage that cannot run ends the list instead of raising:
    the outputs before it, and the sentence saying why it could not run.

    ``reuse`` holds outputs already known for this image and the first stages (the input
    first); those are not computed again. Outputs are read-only, so sharing them is safe.
    ``cancelled`` is asked between stages and between a conv stage's row bands; when it says
    yes, Cancelled (core/bands.py) is raised.
    """
    if reuse:
        outputs = list(reuse)
    else:
        x = input_map(pixels, gray)
        x.setflags(write=False)
        outputs = [StageOutput(translate("Pipeline", "input"), x, as_image=True)]
    x = outputs[-1].hwc
    for index in range(len(outputs), len(stages) + 1):
        stage = stages[index - 1]
        check(cancelled)
        if stage.enabled:
            try:
                # A conv stage can take most of a job's time: it stops part-way when cancelled.
                out = stage.apply(x, cancelled) if isinstance(stage, ConvStage) else stage.apply(x)
                x = np.asarray(out, np.float32)
            except InputError as exc:
                return outputs, translate("Pipeline", "Stage {n} ({stage}): {message}").format(
                    n=index, stage=stage.describe(), message=exc)
            if x.ndim == 2:
                x = x[:, :, None]
            x.setflags(write=False)
        as_image = outputs[-1].as_image if not stage.enabled else isinstance(stage, ConvStage) and stage.shown_as_image()
        label = stage.describe() if stage.enabled else translate("Pipeline", "{stage} (off)").format(stage=stage.describe())
        outputs.append(StageOutput(label, x, as_image))
    return outputs, None
