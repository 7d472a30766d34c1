"""A lesson's Filters pipeline, written as JSON, turned into the pipeline's stages.

``{"kind": "conv", "kernel": "sobel_x", "stride": 2, "padding": "same"}``,
``{"kind": "activation", "function": "relu"}``, ``{"kind": "pool", "type": "max", "size": 2}``,
``{"kind": "operation", "name": "jpeg", "params": {"quality": 10}}``,
``{"kind": "conv_layer", "maps": 4, "size": 3, "depthwise": false}`` (the Filters tab's starting
RGB layer with that many output maps and that kernel size, as its editor resizes it); every stage may say
``"enabled": false``. Values are checked with the same functions the Filters tab uses.
"""

from __future__ import annotations

import numpy as np

from ...core.activations import ACTIVATIONS
from ...core.conv_layer import MAX_CHANNELS, ConvLayerStage, starting_layer
from ...core.convolution import ConvSettings, check_settings
from ...core.errors import InputError
from ...core.i18n import translate
from ...core.kernels import PRESETS as KERNELS, check_kernel, make_kernel
from ...core.operation_catalog import OPERATIONS
from ...core.pipeline import ActivationStage, ConvStage, OperationStage, PoolStage, Stage
from ...core.pooling import POOL_KINDS, PoolSettings
from ..filters.conv_layer_editor import resized

STAGE_KEYS = {
    "conv": {"kind", "kernel", "size", "stride", "padding", "pad_mode", "dilation", "enabled"},
    "activation": {"kind", "function", "enabled"},
    "pool": {"kind", "type", "size", "stride", "padding", "enabled"},
    "operation": {"kind", "name", "params", "enabled"},
    "conv_layer": {"kind", "maps", "size", "stride", "padding", "depthwise", "enabled"},
}


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def make_stage(spec: object) -> Stage:
    """One stage from its JSON, or InputError with the reason (the caller names the step)."""
    if not isinstance(spec, dict) or spec.get("kind") not in STAGE_KEYS:
        raise InputError(translate("Lessons", "a stage needs a \"kind\": conv, conv_layer, activation, pool or operation."))
    kind = spec["kind"]
    unknown = sorted(set(spec) - STAGE_KEYS[kind])
    if unknown:
        raise InputError(translate("Lessons", "a {kind} stage has no setting {key} (allowed: {allowed}).").format(
            kind=kind, key=repr(unknown[0]), allowed=", ".join(sorted(STAGE_KEYS[kind]))))
    enabled = spec.get("enabled", True)
    if not isinstance(enabled, bool):
        raise InputError(translate("Lessons", "\"enabled\" must be true or false."))
    if kind == "conv":
        return ConvStage(_kernel(spec), _conv_settings(spec), enabled)
    if kind == "conv_layer":
        return _conv_layer(spec, enabled)
    if kind == "activation":
        function = spec.get("function", "relu")
        if function not in ACTIVATIONS:
            raise InputError(translate("Lessons", "there is no activation {name} (known: {known}).").format(
                name=repr(function), known=", ".join(ACTIVATIONS)))
        return ActivationStage(function, enabled)
    if kind == "pool":
        pool = PoolSettings(spec.get("type", "max"), spec.get("size", 2), spec.get("stride"), spec.get("padding", 0))
        if pool.kind not in POOL_KINDS or not _whole(pool.size, 1, 64) or not _whole(pool.padding, 0, pool.size // 2) \
                or not (pool.stride is None or _whole(pool.stride, 1, 64)):
            raise InputError(translate("Lessons", "a pool stage needs a type ({kinds}), a size of 1 … 64, a stride "
                                       "of 1 … 64 and a padding of at most half the size.").format(
                kinds=", ".join(POOL_KINDS)))
        return PoolStage(pool, enabled)
    return OperationStage(*_operation(spec), enabled)


def _conv_layer(spec: dict, enabled: bool) -> ConvLayerStage:
    start = starting_layer()
    maps, size, depthwise = spec.get("maps", start.c_out), spec.get("size", 3), spec.get("depthwise", False)
    if not _whole(maps, 1, MAX_CHANNELS) or size not in (1, 3, 5, 7) or not isinstance(depthwise, bool):
        raise InputError(translate("Lessons", "a conv_layer stage needs 1 … {most} maps, a size of 1, 3, 5 or 7 "
                                   "and \"depthwise\" true or false.").format(most=MAX_CHANNELS))
    settings = _conv_settings({"padding": "same", **spec})
    return ConvLayerStage(resized(start, maps, start.c_in, size), settings, enabled, depthwise)


def layer_is_starting(stage: ConvLayerStage) -> bool:
    """Whether the layer's kernels are the starting ones at its sizes (what a lesson can name)."""
    k = stage.kernel
    start = starting_layer()
    if k.c_in != start.c_in or k.weight.shape[2] not in (1, 3, 5, 7):
        return False
    same = resized(start, k.c_out, k.c_in, int(k.weight.shape[2]))
    return bool(np.array_equal(same.weight, k.weight) and np.array_equal(same.bias, k.bias))


def _kernel(spec: dict) -> np.ndarray:
    kernel, size = spec.get("kernel", "identity"), spec.get("size", 3)
    if isinstance(kernel, str):
        if kernel not in KERNELS:
            raise InputError(translate("Lessons", "there is no kernel {name} (known: {known}).").format(
                name=repr(kernel), known=", ".join(KERNELS)))
        if not _whole(size, 1, 31) or size % 2 == 0:
            raise InputError(translate("Lessons", "a kernel's size must be an odd number from 1 to 31."))
        return make_kernel(kernel, size)
    try:
        array = np.array(kernel, dtype=np.float32)
    except (TypeError, ValueError):
        array = None
    if array is None or array.ndim != 2:
        raise InputError(translate("Lessons", "a kernel is a preset name or a list of rows of numbers."))
    return check_kernel(array)


def _conv_settings(spec: dict) -> ConvSettings:
    settings = ConvSettings(spec.get("stride", 1), spec.get("padding", "same"), spec.get("pad_mode", "zero"),
                            spec.get("dilation", 1))
    if not _whole(settings.stride, 1, 64) or not _whole(settings.dilation, 1, 16) or not (
            settings.padding in ("valid", "same") or _whole(settings.padding, 0, 64)):
        raise InputError(translate("Lessons", "a conv stage needs a stride of 1 … 64, a dilation of 1 … 16 and "
                                   "a padding of \"valid\", \"same\" or 0 … 64 pixels."))
    check_settings(settings)
    return settings


def _operation(spec: dict) -> tuple[str, dict]:
    name, params = spec.get("name"), spec.get("params", {})
    operation = OPERATIONS.get(name)
    if operation is None:
        raise InputError(translate("Lessons", "there is no image operation {name} (known: {known}).").format(
            name=repr(name), known=", ".join(OPERATIONS)))
    if not isinstance(params, dict):
        raise InputError(translate("Lessons", "\"params\" must be an object of numbers."))
    values = operation.defaults()
    for key, value in params.items():
        param = next((p for p in operation.params if p.name == key), None)
        if param is None or not isinstance(value, (int, float)) or isinstance(value, bool) \
                or not param.low <= value <= param.high:
            raise InputError(translate("Lessons", "{operation} has no setting {key} that can be {value}.").format(
                operation=name, key=repr(key), value=repr(value)))
        values[key] = value
    return name, values
