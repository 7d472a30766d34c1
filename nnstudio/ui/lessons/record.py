"""The app's state in a lesson's words: what "this state as a new step" records.

``capture_state`` writes the current tab, image, Pixels settings, Filters pipeline, design,
data set, training settings, Learning panel and Tensors views as a setup that ``apply.plan_state`` reads back.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...core.errors import InputError
from ...core.pipeline import ActivationStage, ConvStage, OperationStage, PoolStage
from ...core.samples import sample_labels
from ...nn.device_bench import check_sizes
from ..pixels.settings_model import PixelControls
from .facts import TRAINING_FIELDS, inside_views, kernel_name, network_sides, pixels_sides, shown
from .stages import layer_is_starting
from .state_learning import learning_state


def capture_state(window, base: Path | None = None) -> dict:
    pages = {page.key: page for page in window.pages}
    state = {"tab": window.current_page().key}
    image = window.document.image
    if image.source.name in sample_labels() and image.source.path is None:
        state["image"] = image.source.name
    elif image.source.path is not None:
        path = Path(image.source.path).resolve()
        try:
            state["image"] = str(path.relative_to(base.resolve())) if base is not None else str(path)
        except ValueError:  # not beside the lesson file: where it is now
            state["image"] = str(path)
    state["pixels"] = _pixels(pages["pixels"])
    state["filters"] = _filters(pages["filters"].model)
    state["network"] = _network(pages["network"])
    state["learning"] = learning_state(pages["learning"])
    state["tensors"] = _tensors(pages["tensors"])
    return state


def _pixels(page) -> dict:
    defaults, now = PixelControls(), page.settings_model.state
    spec = {f.name: _json(getattr(now, f.name)) for f in fields(PixelControls)
            if getattr(now, f.name) != getattr(defaults, f.name)}
    compression = page.compression
    spec.update({"side": shown(page.side_tabs, pixels_sides(page)), "show": page.show_channel.currentData(),
                 "compression": {"format": compression.format.currentData(), "quality": compression.quality.value()}})
    return spec


def stage_spec(stage) -> dict:
    """One pipeline stage as a lesson file writes it (stages.make_stage reads it back)."""
    if isinstance(stage, ConvStage):
        s = stage.settings
        name = kernel_name(stage.kernel)
        kernel = {"kernel": name, "size": int(stage.kernel.shape[0])} if name != "custom" else {
            "kernel": stage.kernel.astype(float).tolist()}
        spec = {"kind": "conv", **kernel, "stride": s.stride, "padding": s.padding, "pad_mode": s.pad_mode,
                "dilation": s.dilation}
    elif isinstance(stage, ActivationStage):
        spec = {"kind": "activation", "function": stage.function}
    elif isinstance(stage, PoolStage):
        s = stage.settings
        spec = {"kind": "pool", "type": s.kind, "size": s.size, "padding": s.padding}
        if s.stride:
            spec["stride"] = s.stride
    elif isinstance(stage, OperationStage):
        spec = {"kind": "operation", "name": stage.name, "params": {k: _json(v) for k, v in stage.params.items()}}
    elif layer_is_starting(stage):
        s = stage.settings
        spec = {"kind": "conv_layer", "maps": stage.kernel.c_out, "size": int(stage.kernel.weight.shape[2]),
                "stride": s.stride, "padding": s.padding, "depthwise": stage.depthwise}
    else:  # lesson files name a layer by its sizes, so weights typed in by hand have no place there
        raise InputError(QCoreApplication.translate(
            "StepRecorder", "A lesson step can hold a Conv layer only with its starting kernels; undo the "
            "edited weights or remove the layer to record this step."))
    if not stage.enabled:
        spec["enabled"] = False
    return spec


def _filters(model) -> dict:
    return {"gray": model.gray, "stages": [stage_spec(stage) for stage in model.stages], "select": model.selected}


def _network(page) -> dict:
    from ...nn.design import PRESETS
    from ...nn.design_file import load_design

    network = page.network
    design = network.design
    spec: dict = {}
    if design.name in PRESETS:
        spec["preset"] = design.name
        if [dict(layer) for layer in load_design(design.name).layers] != [dict(layer) for layer in design.layers]:
            spec["layers"] = [dict(layer) for layer in design.layers]
    else:
        spec["layers"] = [dict(layer) for layer in design.layers]
    spec["dataset"] = dict(network.dataset_entry)
    spec["training"] = {name: _json(getattr(network.config, name)) for name in TRAINING_FIELDS}
    for key, value in (("view", shown(page.inside, inside_views(page))),
                       ("side", shown(page.side, network_sides(page)))):
        if value is not None:
            spec[key] = value
    return spec


def _json(value):
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    if hasattr(value, "item"):
        return value.item()
    return value


def _tensors(page) -> dict:
    """What state_tensors.plan_tensors sets (a race is something to do, not a state)."""
    current = page.tabs.currentWidget()
    broadcast = page.views["broadcast"].model
    spec = {"view": next(key for key, view in page.views.items() if view is current),
            "tensor": page.tensors.model.current, "a": list(broadcast.a.shape), "b": list(broadcast.b.shape),
            "op": broadcast.op, "epoch": page.devices.epoch.isChecked()}
    try:
        spec["sizes"] = list(check_sizes(page.devices.typed_sizes()))
    except ValueError:  # InputError is one: what the learner typed is no list of sizes; leave the field be
        pass
    return spec
