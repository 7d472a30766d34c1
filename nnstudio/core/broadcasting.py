"""Broadcasting explained: how two shapes line up, which operand is stretched along which
axis, and the one axis that fails when they do not fit.

numpy and torch follow the same rule: align the shapes on the right, give the shorter one
leading axes of size 1, then on every axis the two sizes must be equal or one of them 1; a
size-1 axis is repeated to the other size. numpy only says *whether* it worked
(``np.broadcast_shapes``); a learner needs to see *what* was repeated, so the rule is written
out here and the values are built by repeating each operand explicitly (``np.repeat``), which
tests compare with numpy's and torch's own broadcasting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .errors import InputError
from .i18n import translate

Shape = tuple[int, ...]

MAX_RANK = 8
MAX_SIZE = 1_000_000_000
#: Values are shown (GUI) or printed (CLI) only for arrays this small.
MAX_VALUES = 1_000_000
OPS = {"add": np.add, "mul": np.multiply}
OP_SYMBOLS = {"add": "+", "mul": "×"}


class BroadcastError(InputError):
    """Two shapes that do not broadcast; ``axis`` is the failing axis counted from the right
    (-1 is the last), ``sizes`` the two sizes there."""

    def __init__(self, message: str, axis: int, sizes: tuple[int, int]) -> None:
        super().__init__(message)
        self.axis = axis
        self.sizes = sizes


@dataclass(frozen=True)
class Stretch:
    """One operand repeated along one axis of the result."""

    operand: str  # "A" or "B"
    axis: int  # axis of the result, 0-based from the left
    size: int  # the operand's size there before (1)
    to: int  # the result's size there
    added: bool  # the operand had no such axis: a leading 1 was put in front of its shape


@dataclass(frozen=True)
class Broadcast:
    a: Shape
    b: Shape
    a_aligned: Shape  # padded on the left with 1s to the result's rank
    b_aligned: Shape
    result: Shape
    stretches: tuple[Stretch, ...]

    def stretched(self, operand: str) -> tuple[Stretch, ...]:
        return tuple(s for s in self.stretches if s.operand == operand)


def fmt_shape(shape: Shape) -> str:
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def parse_shape(text: str) -> Shape:
    """'3,3' or '(1, 3)' or '' (a scalar) → a tuple of sizes, or InputError in one sentence."""
    body = str(text).strip().strip("()[]").strip()
    if not body:
        return ()
    parts = [p.strip() for p in body.split(",")]
    if parts[-1] == "":  # "3," is the 1-D shape (3,)
        parts.pop()
    sizes = []
    for part in parts:
        if not part.isdigit() or int(part) > MAX_SIZE:
            raise InputError(translate(
                "Broadcasting", "{text} is not a shape: write sizes from 0 to {limit} separated by "
                "commas, such as 3,3 or 1,3.").format(text=repr(str(text)[:40]), limit=f"{MAX_SIZE:,}"))
        sizes.append(int(part))
    if len(sizes) > MAX_RANK:
        raise InputError(translate("Broadcasting", "{text} has {rank} axes; at most {limit} are "
                                   "shown.").format(text=repr(str(text)[:40]), rank=len(sizes), limit=MAX_RANK))
    return tuple(sizes)


def explain(a: Shape, b: Shape) -> Broadcast:
    """The broadcast of shapes a and b, or BroadcastError naming the first failing axis
    (from the right, as numpy compares them)."""
    rank = max(len(a), len(b))
    a_al = (1,) * (rank - len(a)) + tuple(a)
    b_al = (1,) * (rank - len(b)) + tuple(b)
    for axis in range(rank - 1, -1, -1):
        m, n = a_al[axis], b_al[axis]
        if m != n and m != 1 and n != 1:
            from_right = axis - rank
            raise BroadcastError(translate(
                "Broadcasting", "{a} and {b} do not broadcast: on axis {axis} (counted from the "
                "right) A has size {m} and B has size {n}; two sizes must be equal or one of them "
                "must be 1.").format(a=fmt_shape(a), b=fmt_shape(b), axis=from_right, m=m, n=n),
                from_right, (m, n))
    result = tuple(n if m == 1 else m for m, n in zip(a_al, b_al))
    stretches = []
    for name, shape, aligned in (("A", a, a_al), ("B", b, b_al)):
        missing = rank - len(shape)
        for axis, (size, to) in enumerate(zip(aligned, result)):
            if size != to or axis < missing:
                stretches.append(Stretch(name, axis, size, to, axis < missing))
    return Broadcast(tuple(a), tuple(b), a_al, b_al, result, tuple(stretches))


def describe(cast: Broadcast) -> list[str]:
    """One sentence per stretch (or one saying nothing is repeated)."""
    lines = []
    for s in cast.stretches:
        times = s.to
        if s.added:
            text = translate("Broadcasting", "{name} has no axis {axis}: it gets one of size 1 in "
                             "front, repeated %n time(s).", None, times)
        else:
            text = translate("Broadcasting", "{name} has size 1 on axis {axis}: it is repeated %n "
                             "time(s) along it.", None, times)
        lines.append(text.format(name=s.operand, axis=s.axis))
    if not lines:
        lines.append(translate("Broadcasting", "The shapes are equal: nothing is repeated, the "
                               "operation works element by element."))
    return lines


def example_values(shape: Shape, start: float, step: float) -> np.ndarray:
    """start, start+step, … laid out in the shape (the notes' example uses 1…9 and 10, 20, 30)."""
    dtype = np.int64 if isinstance(start, int) and isinstance(step, int) else np.float64
    return (start + step * np.arange(math.prod(shape), dtype=dtype)).reshape(shape)


def check_values_size(cast: Broadcast) -> None:
    count = math.prod(cast.result)
    if count > MAX_VALUES:
        raise InputError(translate(
            "Broadcasting", "The result {shape} has {count} values; values are shown for at most "
            "{limit}: use smaller sizes.").format(shape=fmt_shape(cast.result), count=f"{count:,}",
                                                  limit=f"{MAX_VALUES:,}"))


def stretch(values: np.ndarray, aligned: Shape, result: Shape) -> np.ndarray:
    """The operand as it is used: its shape padded to `aligned`, then every size-1 axis
    repeated to the result's size."""
    out = np.asarray(values).reshape(aligned)
    for axis, (size, to) in enumerate(zip(aligned, result)):
        if size != to:
            out = np.repeat(out, to, axis=axis)
    return out


def apply(cast: Broadcast, a: np.ndarray, b: np.ndarray, op: str = "add") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Both operands stretched to the result's shape, and the result of the operation."""
    if op not in OPS:
        raise InputError(translate("Broadcasting", "Unknown operation {op}; choose add or mul.").format(op=repr(op)))
    check_values_size(cast)
    big_a = stretch(a, cast.a_aligned, cast.result)
    big_b = stretch(b, cast.b_aligned, cast.result)
    return big_a, big_b, OPS[op](big_a, big_b)
