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

import math
from dataclasses import asdict, dataclass, field, replace

from ..core.errors import InputError
from ..core.i18n import translate
from .design_limits import (MAX_INPUT_DIM, TRAINING_RANGES, budget_sentence, check_range,
                            over_budget, short_repr)
from .layers import SPECS, Shape, ShapeProblem, fmt_shape

VERSION = 1
PRESETS = ("perceptron_and", "perceptron_xor", "mlp_xor", "mlp_spiral", "mlp_digits",
           "lenet_digits", "cnn_shapes", "deep_sigmoid_spiral", "deep_relu_spiral",
           "overfit_mlp", "overfit_mlp_dropout", "overfit_mlp_l2", "mlp_shapes", "mlp_table")
LOSSES = ("cross_entropy", "bce", "mse", "mae", "huber")
# Losses for a number to predict (regression): mean squared error, mean absolute error,
# Huber (squared below 1, absolute above: less swayed by outliers).
REGRESSION_LOSSES = ("mse", "mae", "huber")
# Presets for regression (a number to predict), listed after the class presets.
REGRESSION_PRESETS = ("mlp_regress",)
# Presets for a class set of the learner's own (Network ▸ New image classes…), which names
# the folder it is saved in: opened from there, not from the preset menu.
CLASS_SET_PRESETS = ("cnn_my_classes",)
# torch.optim's optimisers by their lower-case names.
OPTIMISERS = ("sgd", "rmsprop", "adagrad", "adam", "adamw")
# How the learning rate changes over the epochs: constant; step (×0.1 after each third of
# the epochs, torch's StepLR); cosine (down to 0 along half a cosine, CosineAnnealingLR).
SCHEDULES = ("constant", "step", "cosine")
DEVICES = ("auto", "cpu", "cuda", "mps")


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
    nesterov: bool = False  # SGD only: Nesterov's momentum (looks ahead before the step)
    schedule: str = "constant"
    l1: float = 0.0  # L1 regularisation: rate × Σ|w| over the weights (not biases) added to the loss
    batch_size: int = 32
    epochs: int = 20
    weight_decay: float = 0.0
    seed: int = 0
    device: str = "auto"
    # Images only: each training batch is flipped left-right at random and shifted by up to an
    # eighth of its size (seeded; the test split is never changed). Few samples look like more.
    augment: bool = False

    def checked(self) -> "TrainingConfig":
        """The config itself, or DesignError for the first value of the wrong type or out of
        the ranges the Training panel offers (design_limits.TRAINING_RANGES)."""
        if not isinstance(self.loss, str) or self.loss not in LOSSES:
            raise DesignError(translate("Design", "Unknown loss {value}; choose one of {choices}.").format(
                value=short_repr(self.loss), choices=", ".join(LOSSES)))
        if not isinstance(self.optimizer, str) or self.optimizer not in OPTIMISERS:
            raise DesignError(translate("Design", "Unknown optimiser {value}; choose one of {choices}.").format(
                value=short_repr(self.optimizer), choices=", ".join(OPTIMISERS)))
        if not isinstance(self.schedule, str) or self.schedule not in SCHEDULES:
            raise DesignError(translate("Design", "Unknown learning-rate schedule {value}; choose one of "
                                        "{choices}.").format(value=short_repr(self.schedule),
                                                             choices=", ".join(SCHEDULES)))
        if not isinstance(self.nesterov, bool):
            raise DesignError(translate("Design", "training: nesterov must be true or false, not {value}.").format(
                value=short_repr(self.nesterov)))
        if not isinstance(self.augment, bool):
            raise DesignError(translate("Design", "training: augment must be true or false, not {value}.").format(
                value=short_repr(self.augment)))
        for key in TRAINING_RANGES:
            try:
                check_range(translate("Design", "training"), key, getattr(self, key), TRAINING_RANGES)
            except InputError as exc:
                raise DesignError(str(exc)) from None
        if not isinstance(self.device, str) or self.device not in DEVICES:
            raise DesignError(translate("Design", "Unknown device {value}; choose auto, cpu, cuda or mps.").format(
                value=short_repr(self.device)))
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
    kind = layer.get("type", "?") if isinstance(layer, dict) else "?"
    return translate("Design", "layer {number} ({type})").format(
        number=index + 1, type=kind[:40] if isinstance(kind, str) else "?")


def _check_value(where: str, key: str, value, setting) -> None:
    kind = setting.kind
    if value is None and not setting.required and setting.default is None:
        return
    if kind is bool:
        ok = isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind is float:
        ok = (isinstance(value, (int, float)) and not isinstance(value, bool)
              and math.isfinite(value))
    else:  # int or a pair of ints
        ok = (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, (list, tuple)) and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value))
    if not ok:
        wanted = {bool: translate("Design", "true or false"), int: translate("Design", "a whole number"),
                  float: translate("Design", "a finite number")}.get(
            kind, translate("Design", "a whole number or a pair [h, w]"))
        raise DesignError(translate("Design", "{where}: setting '{key}' must be {wanted}, not {value}").format(
            where=where, key=key, wanted=wanted, value=short_repr(value)))
    numbers = value if isinstance(value, (list, tuple)) else [value]
    for number in numbers:
        if setting.minimum is not None and number < setting.minimum:
            raise DesignError(translate("Design", "{where}: setting '{key}' must be at least {limit}").format(
                where=where, key=key, limit=setting.minimum))
        if setting.maximum is not None and number > setting.maximum:
            raise DesignError(translate("Design", "{where}: setting '{key}' must be at most {limit}").format(
                where=where, key=key, limit=setting.maximum))


def check_layer(index: int, layer: dict) -> dict:
    """The layer's full settings, or DesignError naming the layer and the bad key."""
    if not isinstance(layer, dict) or "type" not in layer:
        raise DesignError(translate("Design", 'layer {value}: each layer needs a "type"').format(value=index + 1), index)
    kind = layer["type"]
    spec = SPECS.get(kind) if isinstance(kind, str) else None
    where = _label(index, layer)
    if spec is None:
        raise DesignError(translate("Design", "{where}: unknown layer type {type}; choose one of {choices}").format(
            where=where, type=short_repr(kind), choices=", ".join(SPECS)), index)
    for key, value in layer.items():
        if key == "type":
            continue
        if spec.inferred and key == spec.inferred:
            raise DesignError(translate("Design", "{where}: '{key}' is inferred from the previous layer; remove it").format(where=where, key=key), index, {"op": "drop", "key": key,
                                                    "label": translate("Design", "Remove '{key}'").format(key=key)})
        setting = spec.setting(key)
        if setting is None:
            allowed = ", ".join(s.name for s in spec.settings) or "none"
            raise DesignError(translate("Design", "{where}: unknown setting {key} (allowed: {allowed})").format(
                where=where, key=short_repr(key), allowed=allowed), index)
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
                "label": translate("Design", "Set {name} to {value}").format(name=setting.name, value=setting.default)}
            raise DesignError(translate("Design", "{where}: setting '{name}' is required").format(where=where, name=setting.name), index, fix)
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


def input_problem(shape) -> DesignError | None:
    whole = all(isinstance(d, int) and not isinstance(d, bool) for d in shape)
    if not shape or len(shape) > 3 or not whole or any(not 1 <= d <= MAX_INPUT_DIM for d in shape):
        return DesignError(translate(
            "Design", "The input shape must be a list of 1 to 3 whole numbers from 1 to {limit}, "
            "such as [2] or [1, 28, 28].").format(limit=f"{MAX_INPUT_DIM:,}"))
    return None


def _batch_size(design: Design) -> int:
    """The batch the memory estimate assumes (1 when the setting itself is invalid)."""
    batch = design.training.batch_size
    ok = isinstance(batch, int) and not isinstance(batch, bool) and 1 <= batch <= 65536
    return batch if ok else 1


def analyse(design: Design, num_classes: int | None = None) -> Analysis:
    """Infer every layer's shape and parameter count; stop marking at the first problem.

    The first problem may also be the memory budget: the layer at which weights, gradients,
    optimiser state and one batch's activations together pass MEMORY_BUDGET is marked."""
    shape: Shape | None = tuple(design.input)
    infos: list[LayerInfo] = []
    error = input_problem(shape)
    batch = _batch_size(design)
    params = activations = 0
    if error is None:
        activations = math.prod(shape)
        if over_budget(0, activations, batch):
            error = DesignError(budget_sentence(translate("Design", "the input"), 0, activations, batch))
    if error is not None:
        shape = None
    for index, layer in enumerate(design.layers):
        kind = layer.get("type", "?") if isinstance(layer, dict) else "?"
        kind = kind[:40] if isinstance(kind, str) else "?"
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
            count = spec.params(shape, settings)
            params, activations = params + count, activations + math.prod(out)
            if over_budget(params, activations, batch):
                raise DesignError(budget_sentence(_label(index, layer), params, activations, batch), index)
            infos.append(LayerInfo(index, kind, settings, shape, out, count))
            shape = out
        except DesignError as exc:
            error = exc
            infos.append(LayerInfo(index, kind, {}, shape, None, 0, exc))
    if error is None and not design.layers:
        error = DesignError(translate("Design", "The design has no layers; drag one from the palette."))
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
               "label": translate("Design", "Set out_features to {count}").format(count=wanted)}
    if num_classes == 1 and loss in ("mse", "mae", "huber"):  # a number to predict
        sentence = translate("Design", "{layer}: the network gives {shape} but the data set needs 1 output: "
                             "the number it predicts")
    elif wanted == 1 and loss == "bce":
        sentence = translate("Design", "{layer}: the network gives {shape} but the data set needs 1 output "
                             "(binary cross-entropy)")
    else:
        sentence = translate("Design", "{layer}: the network gives {shape} but the data set needs {count} "
                             "outputs, one per class")
    return DesignError(sentence.format(layer=_label(last.index, design.layers[last.index]),
                                       shape=fmt_shape(out or ()), count=wanted), last.index, fix)


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


# Reading and writing design files lives in design_file, which builds on the classes above;
# its functions are offered here too, where callers have always imported them (PEP 562, so
# that importing either module first works).
_FROM_FILE = ("data_options", "design_from_dict", "load_design", "parse_design", "save_design")


def __getattr__(name: str):
    if name in _FROM_FILE:
        from . import design_file
        return getattr(design_file, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
