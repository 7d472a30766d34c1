"""The Filters pipeline as plain JSON values (sessions store it), and back, checked.

Reading refuses anything the Filters tab could not have made (an unknown stage kind or
operation, a kernel that is not a small square grid of finite numbers, settings out of range)
with one sentence naming the stage, so a hand-edited or damaged file never half-loads.
"""

from __future__ import annotations

import math

import numpy as np

from .activations import ACTIVATIONS
from .conv_layer import ConvLayerStage, check_layer_kernel
from .convolution import PAD_MODES, ConvSettings
from .errors import InputError
from .i18n import translate
from .operation_catalog import OPERATIONS
from .pipeline import DISPLAYS, ActivationStage, ConvStage, OperationStage, PoolStage, Stage
from .pooling import POOL_KINDS, PoolSettings

MAX_KERNEL = 15  # the editor offers up to 7×7; a little room for files written by hand
MAX_STAGES = 64
MAX_STEP = 1024  # stride, dilation and padding: as the CLI bounds them


def _settings_dict(s: ConvSettings) -> dict:
    return {"stride": s.stride, "padding": s.padding, "pad_mode": s.pad_mode, "dilation": s.dilation}


def stage_to_dict(stage: Stage) -> dict:
    if isinstance(stage, ConvLayerStage):
        return {"kind": "conv_layer", "weight": np.asarray(stage.kernel.weight, np.float64).tolist(),
                "bias": np.asarray(stage.kernel.bias, np.float64).tolist(), **_settings_dict(stage.settings),
                "depthwise": stage.depthwise, "enabled": stage.enabled}
    if isinstance(stage, ConvStage):
        s = stage.settings
        return {"kind": "conv", "kernel": np.asarray(stage.kernel, np.float64).tolist(), "stride": s.stride,
                "padding": s.padding, "pad_mode": s.pad_mode, "dilation": s.dilation,
                "display": stage.display, "enabled": stage.enabled}
    if isinstance(stage, ActivationStage):
        return {"kind": "activation", "function": stage.function, "enabled": stage.enabled}
    if isinstance(stage, PoolStage):
        s = stage.settings
        return {"kind": "pool", "pool": s.kind, "size": s.size, "stride": s.stride, "padding": s.padding,
                "enabled": stage.enabled}
    return {"kind": "operation", "name": stage.name, "params": dict(stage.params), "enabled": stage.enabled}


def pipeline_to_dict(stages, gray: bool, selected: int) -> dict:
    return {"gray": bool(gray), "selected": int(selected), "stages": [stage_to_dict(s) for s in stages]}


def _bad(index: int, what: str) -> InputError:
    return InputError(translate("PipelineJson", "Filters stage {n}: {what}.").format(n=index, what=what))


def _int(index: int, entry: dict, key: str, low: int, high: int, default=None) -> int:
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _bad(index, translate("PipelineJson", "\"{key}\" must be a whole number from {low} to {high}").format(
            key=key, low=low, high=high))
    return value


def _choice(index: int, entry: dict, key: str, choices, default=None) -> str:
    value = entry.get(key, default)
    if value not in choices:
        raise _bad(index, translate("PipelineJson", "\"{key}\" must be one of {choices}").format(
            key=key, choices=", ".join(map(str, choices))))
    return value


def _kernel(index: int, value) -> np.ndarray:
    ok = isinstance(value, list) and 1 <= len(value) <= MAX_KERNEL and all(
        isinstance(row, list) and len(row) == len(value) for row in value)
    if ok:
        ok = all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                 for row in value for v in row)
    if not ok:
        raise _bad(index, translate("PipelineJson", "the kernel must be a square grid of at most {n}×{n} numbers").format(
            n=MAX_KERNEL))
    return np.array(value, np.float32)


def stage_from_dict(index: int, entry) -> Stage:
    if not isinstance(entry, dict):
        raise _bad(index, translate("PipelineJson", "not a stage"))
    kind = _choice(index, entry, "kind", ("conv", "conv_layer", "activation", "pool", "operation"))
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise _bad(index, translate("PipelineJson", "\"enabled\" must be true or false"))
    if kind in ("conv", "conv_layer"):
        padding = entry.get("padding", 0)
        if padding not in ("valid", "same"):
            padding = _int(index, entry, "padding", 0, MAX_STEP, 0)
        settings = ConvSettings(_int(index, entry, "stride", 1, MAX_STEP, 1), padding,
                                _choice(index, entry, "pad_mode", PAD_MODES, "zero"),
                                _int(index, entry, "dilation", 1, MAX_STEP, 1))
    if kind == "conv_layer":
        depthwise = entry.get("depthwise", False)
        if not isinstance(depthwise, bool):
            raise _bad(index, translate("PipelineJson", "\"depthwise\" must be true or false"))
        try:  # the same checks as a kernel file given to `nnstudio filter --kernel`
            kernel = check_layer_kernel(entry.get("weight"), entry.get("bias"))
        except InputError as exc:
            raise _bad(index, str(exc).rstrip(".")) from None
        return ConvLayerStage(kernel, settings, enabled, depthwise)
    if kind == "conv":
        return ConvStage(_kernel(index, entry.get("kernel")), settings, enabled,
                         _choice(index, entry, "display", DISPLAYS, "auto"))
    if kind == "activation":
        return ActivationStage(_choice(index, entry, "function", tuple(ACTIVATIONS)), enabled)
    if kind == "pool":
        stride = entry.get("stride")
        if stride is not None:
            stride = _int(index, entry, "stride", 1, MAX_STEP)
        settings = PoolSettings(_choice(index, entry, "pool", POOL_KINDS), _int(index, entry, "size", 1, MAX_STEP, 2),
                                stride, _int(index, entry, "padding", 0, MAX_STEP, 0))
        return PoolStage(settings, enabled)
    name = _choice(index, entry, "name", tuple(OPERATIONS))
    params = entry.get("params", {})
    declared = {p.name: p for p in OPERATIONS[name].params}
    if not isinstance(params, dict) or set(params) - set(declared):
        raise _bad(index, translate("PipelineJson", "the settings of {name} are not its own").format(name=name))
    checked = OPERATIONS[name].defaults()
    for key, value in params.items():
        p = declared[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not p.low <= value <= p.high:
            raise _bad(index, translate("PipelineJson", "\"{key}\" must be a number from {low} to {high}").format(
                key=key, low=p.low, high=p.high))
        checked[key] = value
    return OperationStage(name, checked, enabled)


def pipeline_from_dict(data) -> tuple[list[Stage], bool, int]:
    """(stages, gray, selected) from what pipeline_to_dict wrote; InputError if it cannot be."""
    if not isinstance(data, dict) or not isinstance(data.get("stages"), list):
        raise InputError(translate("PipelineJson", "The Filters pipeline is not a list of stages."))
    entries = data["stages"]
    if len(entries) > MAX_STAGES:
        raise InputError(translate("PipelineJson", "The Filters pipeline has more than {n} stages.").format(n=MAX_STAGES))
    stages = [stage_from_dict(i, entry) for i, entry in enumerate(entries, start=1)]
    gray = data.get("gray", True)
    selected = data.get("selected", 1)
    if not isinstance(gray, bool):
        raise InputError(translate("PipelineJson", "The Filters pipeline's \"gray\" must be true or false."))
    if isinstance(selected, bool) or not isinstance(selected, int):
        selected = 1
    return stages, gray, max(0, min(selected, len(stages)))
