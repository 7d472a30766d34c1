"""The limits of a design file and of a network, shared by the CLI and the GUI.

A design file may come from anywhere, so every value in it is checked for its type and its
range before anything (a model, a canvas, a spin box) sees it. The ranges here are the ones
the GUI's widgets offer, so the window and the command line accept exactly the same designs:
a value outside them is refused with a sentence, never clamped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..core.errors import InputError
from ..core.i18n import translate
from ..core.memory_budget import MEMORY_BUDGET, human_size

MAX_FILE_BYTES = 1_000_000  # a design with 200 layers and a long description is ~30 kB
MAX_LAYERS = 200
MAX_DEPTH = 8  # {"layers": [{"kernel_size": [3, 3]}]} is 4 deep
MAX_TEXT = 10_000  # characters of "description"
MAX_NAME = 200
MAX_INPUT_DIM = 100_000
# No number in a design file may be larger than this in size (or NaN or infinite): the
# largest any setting offers is a seed of 2**31 - 1, and Qt's spin boxes and item data
# cannot hold more (a larger int raises OverflowError inside Qt, far from the file).
MAX_NUMBER = 2**31 - 1
BYTES_PER_VALUE = 4  # float32
#: Weights, their gradients and Adam's two moments: four numbers per parameter.
COPIES_PER_PARAMETER = 4
#: Each activation is kept for the backward pass, and gets a gradient of its own.
COPIES_PER_ACTIVATION = 2


@dataclass(frozen=True)
class Range:
    """What one number may be: its type, bounds, and whether the lower bound is excluded."""

    kind: type  # int or float
    minimum: float
    maximum: float

    def problem(self, value: Any) -> str | None:
        """None if `value` fits, else what it should be (a translated phrase)."""
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return translate("DesignLimits", "a whole number from {lo} to {hi}").format(
                    lo=_num(self.minimum), hi=_num(self.maximum))
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return translate("DesignLimits", "a number from {lo} to {hi}").format(
                lo=_num(self.minimum), hi=_num(self.maximum))
        if not self.minimum <= value <= self.maximum:
            return translate("DesignLimits", "from {lo} to {hi}").format(
                lo=_num(self.minimum), hi=_num(self.maximum))
        return None


def _num(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else f"{value:,}"


#: Training settings: what the Training panel's widgets offer.
TRAINING_RANGES: dict[str, Range] = {
    "lr": Range(float, 1e-5, 10.0),
    "momentum": Range(float, 0.0, 0.999),
    "batch_size": Range(int, 1, 65536),
    "epochs": Range(int, 1, 100_000),
    "weight_decay": Range(float, 0.0, 1.0),
    "l1": Range(float, 0.0, 1.0),
    "seed": Range(int, 0, 2**31 - 1),
}

#: Data set options (the "dataset" entry of a design; the data panel's widgets).
DATA_RANGES: dict[str, Range] = {
    "n": Range(int, 20, 20_000),
    "noise": Range(float, 0.0, 1.0),
    "test_ratio": Range(float, 0.0, 0.9),
    "seed": Range(int, 0, 2**31 - 1),
    "image_size": Range(int, 4, 256),
}


def check_range(what: str, key: str, value: Any, ranges: dict[str, Range]) -> None:
    """Raise InputError if ranges[key] does not hold value; `what` names where it is."""
    wanted = ranges[key].problem(value)
    if wanted is not None:
        raise InputError(translate("DesignLimits", "{what}: '{key}' must be {wanted}, not {value}.").format(
            what=what, key=key, wanted=wanted, value=short_repr(value)))


def short_repr(value: Any, limit: int = 40) -> str:
    """repr() cut to a readable length: a hostile value may be megabytes long."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**30:
        return translate("DesignLimits", "a number of {n} digits").format(n=len(str(abs(value))))
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def json_depth(value: Any) -> int:
    """How deeply lists and objects nest (without recursion: the value may be hostile)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, depth)
            if depth > MAX_DEPTH:
                return depth
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def wild_number(value: Any) -> int | float | None:
    """The first number nested in `value` that is NaN, infinite or larger than MAX_NUMBER in
    size; None if there is none. Without recursion, like json_depth (call it after that)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            if (isinstance(item, float) and not math.isfinite(item)) or abs(item) > MAX_NUMBER:
                return item
    return None


def training_bytes(params: int, activations_per_sample: int, batch: int) -> int:
    """Memory to train: every parameter four times over, every activation twice per sample."""
    return (params * COPIES_PER_PARAMETER
            + activations_per_sample * batch * COPIES_PER_ACTIVATION) * BYTES_PER_VALUE


def budget_sentence(where: str, params: int, activations: int, batch: int) -> str:
    """The one sentence for a network over the memory budget, naming where it is crossed."""
    return translate(
        "DesignLimits", "{where}: the network needs {size} to train up to here ({params} "
        "parameters, {acts} values per sample, batches of {batch}); nnstudio's limit is "
        "{budget}: make it smaller.").format(
        where=where, size=human_size(training_bytes(params, activations, batch)),
        params=f"{params:,}", acts=f"{activations:,}", batch=batch,
        budget=human_size(MEMORY_BUDGET))


def over_budget(params: int, activations: int, batch: int) -> bool:
    return training_bytes(params, activations, batch) > MEMORY_BUDGET
