"""The design file: what a network is made of, checked layer by layer before anything is built.

A design is a JSON object::

    {"version": 1, "name": "mlp_xor", "description": "...", "input": [2],
     "layers": [{"type": "Linear", "out_features": 8}, {"type": "Tanh"}, ...],
     "dataset": {"name": "gate-xor", ...DataOptions fields},
     "training": {"loss": "cross_entropy", "optimizer": "adam", "lr": 0.05, ...}}

Each layer's keys besides "type" are the torch.nn class's keyword arguments, except the input
size (in_features, in_channels, num_features), which comes from the previous layer.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from ..core.dataset_registry import DataOptions
from ..core.errors import InputError
from ..core.resources import resource
from .layers import SPECS, Shape, ShapeProblem, fmt_shape

VERSION = 1
PRESETS = ("perceptron_and", "perceptron_xor", "mlp_xor", "mlp_spiral", "mlp_digits",
           "lenet_digits", "cnn_shapes", "deep_sigmoid_spiral", "deep_relu_spiral",
           "overfit_mlp", "overfit_mlp_dropout", "overfit_mlp_l2", "mlp_shapes")
LOSSES = ("cross_entropy", "bce", "mse")
OPTIMISERS = ("sgd", "adam")


class DesignError(InputError):
    """A design that cannot be trained; `index` is the offending layer (0-based) or None."""

    def __init__(self, message: str, index: int | None = None, fix: dict | None = None) -> None:
        super().__init__(message)
        self.index = index
        self.fix = fix


@dataclass(frozen=True)
class TrainingConfig:
    loss: str = "cross_entropy"
    optimizer: str = "adam"
    lr: float = 0.01
    momentum: float = 0.9
    batch_size: int = 32
    epochs: int = 20
    weight_decay: float = 0.0
    seed: int = 0
    device: str = "auto"

    def checked(self) -> "TrainingConfig":
        if self.loss not in LOSSES:
            raise DesignError(f"Unknown loss '{self.loss}'; choose one of {', '.join(LOSSES)}.")
        if self.optimizer not in OPTIMISERS:
            raise DesignError(f"Unknown optimiser '{self.optimizer}'; choose sgd or adam.")
        if not (self.lr > 0 and math.isfinite(self.lr)):
            raise DesignError("The learning rate must be a positive number.")
        if self.batch_size < 1 or self.epochs < 1:
            raise DesignError("Batch size and epochs must be at least 1.")
        if self.weight_decay < 0 or self.momentum < 0:
            raise DesignError("Weight decay and momentum must be zero or positive.")
        if self.device not in ("auto", "cpu", "cuda", "mps"):
            raise DesignError(f"Unknown device '{self.device}'; choose auto, cpu, cuda or mps.")
        return self


@dataclass(frozen=True)
class Design:
    input: Shape
    layers: tuple[dict, ...]
    dataset: dict = field(default_factory=lambda: {"name": "gate-xor"})
    training: TrainingConfig = field(default_factory=TrainingConfig)
    name: str = "untitled"
    description: str = ""
    version: int = VERSION

    def to_dict(self) -> dict:
        return {"version": self.version, "name": self.name, "description": self.description,
                "input": list(self.input), "layers": [dict(layer) for layer in self.layers],
                "dataset": dict(self.dataset), "training": asdict(self.training)}

    def with_layers(self, layers) -> "Design":
        return replace(self, layers=tuple(dict(layer) for layer in layers))


def _label(index: int, layer: dict) -> str:
    return f"layer {index + 1} ({layer.get('type', '?')})"


def _check_value(where: str, key: str, value, setting) -> None:
    kind = setting.kind
    if value is None and not setting.required and setting.default is None:
        return
    if kind is bool:
        ok = isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    else:  # int or a pair of ints
        ok = (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, (list, tuple)) and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value))
    if not ok:
        wanted = {bool: "true or false", int: "a whole number", float: "a number"}.get(
            kind, "a whole number or a pair [h, w]")
        raise DesignError(f"{where}: setting '{key}' must be {wanted}, not {value!r}")
    numbers = value if isinstance(value, (list, tuple)) else [value]
    for number in numbers:
        if setting.minimum is not None and number < setting.minimum:
            raise DesignError(f"{where}: setting '{key}' must be at least {setting.minimum}")
        if setting.maximum is not None and number > setting.maximum:
            raise DesignError(f"{where}: setting '{key}' must be at most {setting.maximum}")


def check_layer(index: int, layer: dict) -> dict:
    """The layer's full settings, or DesignError naming the layer and the bad key."""
    if not isinstance(layer, dict) or "type" not in layer:
        raise DesignError(f"layer {index + 1}: each layer needs a \"type\"", index)
    kind = layer["type"]
    spec = SPECS.get(kind)
    where = _label(index, layer)
    if spec is None:
        raise DesignError(f"{where}: unknown layer type '{kind}'; choose one of "
                          f"{', '.join(SPECS)}", index)
    for key, value in layer.items():
        if key == "type":
            continue
        if spec.inferred and key == spec.inferred:
            raise DesignError(f"{where}: '{key}' is inferred from the previous layer; "
                              "remove it", index, {"op": "drop", "key": key,
                                                    "label": f"Remove '{key}'"})
        setting = spec.setting(key)
        if setting is None:
            allowed = ", ".join(s.name for s in spec.settings) or "none"
            raise DesignError(f"{where}: unknown setting '{key}' (allowed: {allowed})", index)
        try:
            _check_value(where, key, value, setting)
        except DesignError as exc:
            raise DesignError(str(exc), index) from None
    for setting in spec.settings:
        # As in torch, where nn.Linear() without out_features is an error: a file that leaves
        # out a size would otherwise get a silent default.
        if setting.required and setting.name not in layer:
            fix = None if setting.default is None else {
                "op": "set", "key": setting.name, "value": setting.default,
                "label": f"Set {setting.name} to {setting.default}"}
            raise DesignError(f"{where}: setting '{setting.name}' is required", index, fix)
    return spec.full(layer)


@dataclass(frozen=True)
class LayerInfo:
    index: int
    type: str
    settings: dict
    in_shape: Shape | None
    out_shape: Shape | None
    params: int
    error: DesignError | None = None


@dataclass(frozen=True)
class Analysis:
    """The live summary: one row per layer, the totals, and the first problem if any."""

    input: Shape
    layers: tuple[LayerInfo, ...]
    error: DesignError | None

    @property
    def total_params(self) -> int:
        return sum(info.params for info in self.layers)

    @property
    def output_shape(self) -> Shape | None:
        return self.layers[-1].out_shape if self.layers else self.input

    @property
    def valid(self) -> bool:
        return self.error is None


def analyse(design: Design, num_classes: int | None = None) -> Analysis:
    """Infer every layer's shape and parameter count; stop marking at the first problem."""
    shape: Shape | None = tuple(design.input)
    infos: list[LayerInfo] = []
    error: DesignError | None = None
    if not design.input or any((not isinstance(d, int)) or d < 1 for d in design.input):
        error = DesignError("The input shape must be a list of positive whole numbers.")
        shape = None
    for index, layer in enumerate(design.layers):
        kind = layer.get("type", "?") if isinstance(layer, dict) else "?"
        if error is not None:
            infos.append(LayerInfo(index, kind, {}, None, None, 0))
            continue
        try:
            settings = check_layer(index, layer)
            spec = SPECS[kind]
            try:
                out = spec.infer(shape, settings)
            except ShapeProblem as problem:
                raise DesignError(f"{_label(index, layer)}: {problem}", index, problem.fix) from None
            params = spec.params(shape, settings)
            infos.append(LayerInfo(index, kind, settings, shape, out, params))
            shape = out
        except DesignError as exc:
            error = exc
            infos.append(LayerInfo(index, kind, {}, shape, None, 0, exc))
    if error is None and not design.layers:
        error = DesignError("The design has no layers; drag one from the palette.")
    if error is None and num_classes is not None:
        error = _check_output(design, infos, num_classes)
        if error is not None and error.index is not None:
            infos[error.index] = replace(infos[error.index], error=error)
    return Analysis(tuple(design.input), tuple(infos), error)


def _check_output(design: Design, infos: list[LayerInfo], num_classes: int) -> DesignError | None:
    out = infos[-1].out_shape
    loss = design.training.loss
    # Two classes can also be one output read as "class 1 if above the threshold" (BCE: the
    # sigmoid's 0.5; MSE: 0.5 on the raw output), as the perceptron presets do.
    if loss in ("bce", "mse") and num_classes == 2 and out == (1,):
        return None
    wanted = 1 if (loss == "bce" and num_classes == 2) else num_classes
    if out == (wanted,) or (loss == "bce" and out == (num_classes,)):
        return None
    # The last layer that sets the width is the one to fix.
    last = next((i for i in reversed(infos) if i.type in ("Linear", "Conv2d")), infos[-1])
    fix = None
    if last.type == "Linear" and len(out or ()) == 1:
        fix = {"op": "set", "index": last.index, "key": "out_features", "value": wanted,
               "label": f"Set out_features to {wanted}"}
    what = "1 output (binary cross-entropy)" if wanted == 1 and loss == "bce" else f"{wanted} outputs"
    return DesignError(f"{_label(last.index, design.layers[last.index])}: the network gives "
                       f"{fmt_shape(out or ())} but the data set needs {what}, one per class",
                       last.index, fix)


def validate(design: Design, num_classes: int | None = None) -> Analysis:
    """analyse() that raises the first problem as DesignError."""
    design.training.checked()
    result = analyse(design, num_classes)
    if result.error is not None:
        raise result.error
    return result


def apply_fix(design: Design, fix: dict, index: int) -> Design:
    """The design with a suggested fix applied to layer `index` (or fix['index'])."""
    layers = [dict(layer) for layer in design.layers]
    at = fix.get("index", index)
    op = fix["op"]
    if op == "insert":
        layers.insert(at, dict(fix["layer"]))
    elif op == "set":
        layers[at][fix["key"]] = fix["value"]
    elif op == "drop":
        layers[at].pop(fix["key"], None)
    elif op == "replace":
        layers[at] = dict(fix["layer"])
    return design.with_layers(layers)


_TOP_KEYS = {"version", "name", "description", "input", "layers", "dataset", "training"}


def data_options(dataset: dict) -> DataOptions:
    """The DataOptions a design's "dataset" entry asks for (its keys besides "name")."""
    options = {k: v for k, v in dataset.items() if k != "name"}
    allowed = {f.name for f in fields(DataOptions)}
    bad = sorted(set(options) - allowed)
    if bad:
        raise DesignError(f"Unknown data set option '{bad[0]}' (allowed: name, {', '.join(sorted(allowed))}).")
    try:
        return DataOptions(**options)
    except TypeError as exc:
        raise DesignError(f"Bad data set options: {exc}.") from None


def design_from_dict(data: dict) -> Design:
    if not isinstance(data, dict):
        raise DesignError("A design file must hold one JSON object.")
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise DesignError(f"Unknown design key '{unknown[0]}' (allowed: {', '.join(sorted(_TOP_KEYS))}).")
    if data.get("version", VERSION) != VERSION:
        raise DesignError(f"This design file has version {data.get('version')}; nnstudio reads version {VERSION}.")
    if "input" not in data or "layers" not in data:
        raise DesignError("A design needs an \"input\" shape and a \"layers\" list.")
    if not isinstance(data["layers"], list):
        raise DesignError("\"layers\" must be a list of layer objects.")
    training = data.get("training", {})
    names = {f.name for f in fields(TrainingConfig)}
    bad = sorted(set(training) - names)
    if bad:
        raise DesignError(f"Unknown training setting '{bad[0]}' (allowed: {', '.join(sorted(names))}).")
    dataset = data.get("dataset", {"name": "gate-xor"})
    if not isinstance(dataset, dict) or "name" not in dataset:
        raise DesignError("\"dataset\" must be an object with a \"name\".")
    data_options(dataset)  # refused now, not when training starts
    try:
        config = TrainingConfig(**training)
    except TypeError as exc:
        raise DesignError(f"Bad training settings: {exc}.") from None
    inp = data["input"]
    if not isinstance(inp, list):
        raise DesignError("\"input\" must be a list such as [2] or [1, 28, 28].")
    return Design(tuple(inp), tuple(data["layers"]), dict(dataset), config,
                  str(data.get("name", "untitled")), str(data.get("description", "")))


def load_design(path_or_preset: str | Path) -> Design:
    """A design from a JSON file, or a preset by name (e.g. "mlp_xor")."""
    text = str(path_or_preset)
    if text in PRESETS:
        raw = resource("designs", text + ".json").read_text(encoding="utf-8")
        where = text
    else:
        path = Path(text)
        if not path.is_file():
            raise InputError(f"'{text}' is neither a design file nor a preset "
                             f"({', '.join(PRESETS)}).")
        raw = path.read_text(encoding="utf-8")
        where = path.name
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DesignError(f"{where} is not valid JSON: {exc.msg} at line {exc.lineno}.") from None
    return design_from_dict(data)


def save_design(design: Design, path: str | Path) -> None:
    Path(path).write_text(json.dumps(design.to_dict(), indent=2) + "\n", encoding="utf-8")
