"""What a lesson's checks can see: the app's state as a flat dict of plain values.

Every fact is read from a tab's model (the Pixels settings, the Filters pipeline, the Network
document, the Learning panels) or worked out from it without computing a picture (a map's
size from the pipeline's settings, as torch's formula gives it), so gathering them takes well
under a millisecond. ``FACTS`` names every fact a lesson file may use; a check that names
another one is refused when the lesson is opened.
"""

from __future__ import annotations

from dataclasses import fields

import numpy as np

from ...core.conv_layer import ConvLayerStage, check_channels
from ...core.convolution import output_shape
from ...core.kernels import PRESETS as KERNELS, make_kernel
from ...core.operation_catalog import OPERATIONS
from ...core.perceptron import gates_computed
from ...core.pipeline import ActivationStage, ConvStage, OperationStage, PoolStage
from ...core.pooling import check_pool
from ...core.errors import InputError
from ..pixels.settings_model import PixelControls

PIXELS_SIDE = ("numbers", "facts", "histograms", "compression")
NETWORK_SIDE = ("data", "training", "neurons")
INSIDE_VIEWS = ("loss", "activations", "decision", "weights", "gradients", "evaluate", "draw", "graph", "gradcam")


# The tab widgets' pages by key, each named by a widget it holds (the page itself or a view
# inside it), never by its index: a tab added or a view wrapped in a panel shifts nothing.
def pixels_sides(page) -> dict:
    return dict(zip(PIXELS_SIDE, (page.matrix, page.facts, page.histograms, page.compression)))


def network_sides(page) -> dict:
    return dict(zip(NETWORK_SIDE, (page.data_panel, page.training, page.neurons)))


def inside_views(page) -> dict:
    inside = page.inside
    return dict(zip(INSIDE_VIEWS, (page.plots, inside.activations, inside.decision, inside.weights,
                                   inside.gradients, inside.confusion, inside.draw, inside.graph, inside.look)))


def tab_page(tabs, widget):
    """The page of the tab widget ``tabs`` that holds ``widget`` (or None)."""
    while widget is not None and tabs.indexOf(widget) < 0:
        widget = widget.parentWidget()
    return widget


def shown(tabs, pages: dict) -> str | None:
    """The key of the page ``tabs`` shows, or None (a page lessons do not name)."""
    current = tabs.currentWidget()
    return next((key for key, widget in pages.items() if tab_page(tabs, widget) is current), None)
TRAINING_FIELDS = ("loss", "optimizer", "lr", "batch_size", "epochs", "weight_decay", "seed", "momentum", "nesterov",
                   "schedule", "l1")
LEVELS_BY_MODE = {"rgb24": 256, "gray8": 256, "1bit": 2}

FACTS = frozenset(
    ["tab", "image.name", "image.width", "image.height", "image.channels"]
    + [f"pixels.{f.name}" for f in fields(PixelControls)]
    + ["pixels.side", "pixels.show", "pixels.levels", "pixels.out_width", "pixels.out_height",
       "pixels.compression.format", "pixels.compression.quality"]
    + ["filters.gray", "filters.stage_count", "filters.kinds", "filters.operations",
       "filters.input.width", "filters.input.height", "filters.input.channels",
       "filters.output.width", "filters.output.height", "filters.output.channels", "filters.error",
       "filters.conv.kernel", "filters.conv.size", "filters.conv.stride", "filters.conv.padding",
       "filters.conv.out_width", "filters.conv.out_height", "filters.conv_count",
       "filters.activation.function", "filters.pool.type", "filters.pool.size", "filters.pool.stride",
       "filters.pool.out_width", "filters.pool.out_height", "filters.layer_count", "filters.layer.c_in",
       "filters.layer.c_out", "filters.layer.size", "filters.layer.depthwise", "filters.layer.params",
       "filters.layer.full_params", "filters.layer.depthwise_params"]
    + [f"filters.op.{name}.{p.name}" for name, op in OPERATIONS.items() for p in op.params]
    + ["network.design", "network.layers", "network.linear_count", "network.conv_count",
       "network.dataset", "network.params", "network.valid", "network.view", "network.side",
       "network.run_state", "network.data.classes", "network.data.train", "network.data.test",
       "network.data.test_share", "network.data.kind", "network.data.points"]
    + [f"network.training.{name}" for name in TRAINING_FIELDS]
    + ["learning.panel", "learning.perceptron.gates", "learning.perceptron.w1", "learning.perceptron.w2",
       "learning.perceptron.theta", "learning.rosenblatt.gate", "learning.rosenblatt.passes",
       "learning.rosenblatt.learned", "learning.rosenblatt.cycling", "learning.backprop.design",
       "learning.backprop.phase", "learning.backprop.position", "learning.backprop.updates",
       "learning.backprop.loss", "learning.activations.depth"]
    + ["tensors.view", "tensors.tensor", "tensors.rank", "tensors.shape", "tensors.broadcast.a",
       "tensors.broadcast.b", "tensors.broadcast.result", "tensors.broadcast.ok", "tensors.broadcast.op",
       "tensors.devices.sizes", "tensors.devices.largest", "tensors.devices.epoch", "tensors.devices.gpu",
       "tensors.devices.measured", "tensors.devices.raced", "tensors.code.design", "tensors.code.conv_count"]
)


def gather(window) -> dict[str, object]:
    """Every fact of ``window`` (a MainWindow) now."""
    facts: dict[str, object] = {"tab": window.current_page().key}
    image = window.document.image
    facts.update({"image.name": image.source.name, "image.width": image.width, "image.height": image.height,
                  "image.channels": 1 if image.pixels.ndim == 2 else image.pixels.shape[2]})
    pages = {page.key: page for page in window.pages}
    facts.update(_pixels(pages["pixels"]))
    facts.update(_filters(pages["filters"], window.document.working_pixels))
    facts.update(_network(pages["network"]))
    facts.update(_learning(pages["learning"]))
    facts.update(_tensors(pages["tensors"]))
    return facts


def _pixels(page) -> dict[str, object]:
    state = page.settings_model.state
    facts = {f"pixels.{f.name}": _plain(getattr(state, f.name)) for f in fields(PixelControls)}
    facts["pixels.side"] = shown(page.side_tabs, pixels_sides(page))
    facts["pixels.show"] = page.show_channel.currentData()
    levels = LEVELS_BY_MODE.get(state.mode)
    if state.mode == "bits":
        levels = 2 ** state.bits
    elif state.mode == "palette":
        levels = state.colors
    facts["pixels.levels"] = levels
    w, h = page.document.image.width, page.document.image.height
    if state.exact_size:
        w, h = state.width, state.height
    elif state.scale < 1.0:
        w, h = max(1, round(w * state.scale)), max(1, round(h * state.scale))
    facts["pixels.out_width"], facts["pixels.out_height"] = w, h
    facts["pixels.compression.format"] = page.compression.format.currentData()
    facts["pixels.compression.quality"] = page.compression.quality.value()
    return facts


def kernel_name(kernel: np.ndarray) -> str:
    """The preset a kernel is (at its size), or "custom"."""
    size = kernel.shape[0]
    for name in KERNELS:
        if name == "random" or kernel.shape[0] != kernel.shape[1]:
            continue
        try:
            preset = make_kernel(name, size)
        except InputError:
            continue
        if preset.shape == kernel.shape and np.allclose(preset, kernel):
            return name
    return "custom"


def _filters(page, pixels: np.ndarray) -> dict[str, object]:
    model = page.model
    stages = model.stages
    h, w = pixels.shape[:2]
    c = 1 if model.gray or pixels.ndim == 2 else pixels.shape[2]
    facts: dict[str, object] = {
        "filters.gray": model.gray, "filters.stage_count": len(stages),
        "filters.kinds": [s.kind for s in stages if s.enabled],
        "filters.operations": [s.name for s in stages if s.enabled and isinstance(s, OperationStage)],
        "filters.input.width": w, "filters.input.height": h, "filters.input.channels": c,
        "filters.conv_count": sum(isinstance(s, ConvStage) and s.enabled for s in stages),
        "filters.layer_count": sum(isinstance(s, ConvLayerStage) and s.enabled for s in stages),
        "filters.error": None,
    }
    for stage in stages:
        if not stage.enabled:
            continue
        try:
            h, w = _stage_output(stage, h, w)
            if isinstance(stage, ConvLayerStage):
                check_channels(stage.kernel, c)
                c = stage.kernel.c_in if stage.depthwise else stage.kernel.c_out
        except InputError as exc:
            facts["filters.error"] = str(exc)
            h = w = None
            break
        first = isinstance(stage, ConvStage) and "filters.conv.kernel" not in facts
        if first:
            s = stage.settings
            facts.update({"filters.conv.kernel": kernel_name(stage.kernel),
                          "filters.conv.size": int(stage.kernel.shape[0]), "filters.conv.stride": s.stride,
                          "filters.conv.padding": s.padding,
                          "filters.conv.out_width": w, "filters.conv.out_height": h})
        if isinstance(stage, ConvLayerStage) and "filters.layer.c_in" not in facts:
            k = stage.kernel
            facts.update({"filters.layer.c_in": k.c_in, "filters.layer.c_out": k.c_out,
                          "filters.layer.size": int(k.weight.shape[2]), "filters.layer.depthwise": stage.depthwise,
                          "filters.layer.full_params": k.params, "filters.layer.depthwise_params": k.depthwise_params(),
                          "filters.layer.params": k.depthwise_params() if stage.depthwise else k.params})
        if isinstance(stage, ActivationStage) and "filters.activation.function" not in facts:
            facts["filters.activation.function"] = stage.function
        if isinstance(stage, PoolStage) and "filters.pool.type" not in facts:
            s = stage.settings
            facts.update({"filters.pool.type": s.kind, "filters.pool.size": s.size, "filters.pool.stride": s.step,
                          "filters.pool.out_width": w, "filters.pool.out_height": h})
        if isinstance(stage, OperationStage):
            values = OPERATIONS[stage.name].defaults() if stage.name in OPERATIONS else {}
            values.update(stage.params)
            for key, value in values.items():
                facts.setdefault(f"filters.op.{stage.name}.{key}", _plain(value))
    facts.update({"filters.output.width": w, "filters.output.height": h, "filters.output.channels": c})
    return facts


def _stage_output(stage, h: int, w: int) -> tuple[int, int]:
    """The map's size after ``stage`` (torch's formulas), or InputError when it cannot run."""
    if isinstance(stage, ConvStage | ConvLayerStage):
        shape = stage.kernel.weight.shape[2:] if isinstance(stage, ConvLayerStage) else stage.kernel.shape
        oh, ow = output_shape((h, w), shape, stage.settings)
        if oh < 1 or ow < 1:
            raise InputError("the kernel does not fit the map")
        return oh, ow
    if isinstance(stage, PoolStage):
        return check_pool((h, w), stage.settings)
    if isinstance(stage, OperationStage) and stage.name == "scale":
        factor = float(stage.params.get("factor", OPERATIONS["scale"].defaults()["factor"]))
        return max(1, round(h * factor)), max(1, round(w * factor))
    return h, w


def _network(page) -> dict[str, object]:
    network = page.network
    design = network.design
    types = [layer.get("type") for layer in design.layers]
    config = network.config
    facts: dict[str, object] = {
        "network.design": design.name, "network.layers": types,
        "network.linear_count": types.count("Linear"), "network.conv_count": types.count("Conv2d"),
        "network.dataset": network.dataset_entry.get("name"),
        "network.params": network.model.analysis.total_params,
        "network.valid": network.problem() is None,
        "network.view": shown(page.inside, inside_views(page)),
        "network.side": shown(page.side, network_sides(page)),
        "network.run_state": network.run_state.value,
    }
    facts.update(_data(network))
    for name in TRAINING_FIELDS:
        facts[f"network.training.{name}"] = _plain(getattr(config, name, None))
    return facts


def _data(network) -> dict[str, object]:
    """The loaded data set (None while it loads or failed) and the learner's own points."""
    data = network.data if network.data_ready else None
    points = network.dataset_entry.get("extra", {}).get("points", [])
    facts: dict[str, object] = {"network.data.points": len(points) if isinstance(points, list) else 0}
    if data is None:
        return facts | {f"network.data.{key}": None for key in ("classes", "train", "test", "test_share", "kind")}
    train, test = len(data.x_train), len(data.x_test)
    return facts | {"network.data.classes": data.num_classes, "network.data.train": train, "network.data.test": test,
                    "network.data.test_share": test / max(1, train + test), "network.data.kind": data.kind}


def _learning(page) -> dict[str, object]:
    facts: dict[str, object] = {"learning.panel": shown(page.tabs, page.panels)}
    unit = page.panels["perceptron"].model.unit
    facts.update({"learning.perceptron.gates": list(gates_computed(unit)), "learning.perceptron.w1": unit.w1,
                  "learning.perceptron.w2": unit.w2, "learning.perceptron.theta": unit.theta})
    rosenblatt = page.panels["rosenblatt"]
    trainer = rosenblatt.trainer
    outcome = trainer.outcome
    facts.update({"learning.rosenblatt.gate": rosenblatt.gate.currentData(),
                  "learning.rosenblatt.passes": len({r.epoch for r in trainer.history}),
                  "learning.rosenblatt.learned": outcome is not None and outcome.converged,
                  "learning.rosenblatt.cycling": outcome is not None and not outcome.converged})
    backprop = page.panels["backprop"].model
    step = backprop.current
    facts.update({"learning.backprop.design": backprop.source or None,
                  "learning.backprop.phase": step.phase if step is not None else "input",
                  "learning.backprop.position": backprop.position, "learning.backprop.updates": backprop.updates,
                  "learning.backprop.loss": float(backprop.trace.loss) if backprop.trace is not None else None})
    facts["learning.activations.depth"] = page.panels["activations"].depth_slider.value()
    return facts


def _plain(value: object) -> object:
    """JSON-like values: tuples become lists, numpy scalars Python numbers."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


def _tensors(page) -> dict[str, object]:
    current = page.tabs.currentWidget()
    facts: dict[str, object] = {"tensors.view": next((k for k, v in page.views.items() if v is current), None)}
    model = page.tensors.model
    example = model.example()
    facts.update({"tensors.tensor": model.current, "tensors.rank": example.rank if example else None,
                  "tensors.shape": list(example.values.shape) if example else None})
    broadcast = page.views["broadcast"].model
    cast = broadcast.cast
    facts.update({"tensors.broadcast.a": list(broadcast.a.shape), "tensors.broadcast.b": list(broadcast.b.shape),
                  "tensors.broadcast.result": list(cast.result) if cast is not None else None,
                  "tensors.broadcast.ok": cast is not None, "tensors.broadcast.op": broadcast.op})
    devices = page.devices
    sizes = devices.typed_sizes()
    measured = {(row.device, row.size) for row in devices.rows}
    facts.update({"tensors.devices.sizes": sizes, "tensors.devices.largest": max(sizes, default=None),
                  "tensors.devices.epoch": devices.epoch.isChecked(),
                  "tensors.devices.gpu": any(d.kind != "cpu" for d in devices.devices) if devices.devices else None,
                  "tensors.devices.measured": len(devices.rows),
                  # a race over the sizes shown has finished on every device
                  "tensors.devices.raced": bool(devices.devices and sizes) and not devices.racing and all(
                      (d.key, n) in measured for d in devices.devices for n in sizes)})
    design = page.code.design
    facts.update({"tensors.code.design": design.name if design else None,
                  "tensors.code.conv_count": [layer.get("type") for layer in design.layers].count("Conv2d") if design else 0})
    return facts
