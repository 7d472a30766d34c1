"""A step's check against the facts the app shows: plain values in, True or False out.

The ui gathers the facts (``ui/lessons/facts.py``: the current tab, the Pixels mode, the first
conv stage's stride, the design's layer types …) into a dict; a check holds when every one of
its conditions does. A fact the app does not have at the moment (no pool stage, no design
loaded) is None, and a comparison with None is false, except ``!=``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .lesson_format import Condition


def resolve(value: object, facts: Mapping[str, object]) -> object:
    """A condition's value: as written, or another fact's value times ``times``."""
    if isinstance(value, dict):
        other = facts.get(value["fact"])
        times = value.get("times", 1)
        if isinstance(other, (int, float)) and not isinstance(other, bool):
            return other * times
        return other
    return value


def holds(condition: Condition, facts: Mapping[str, object]) -> bool:
    actual = facts.get(condition.fact)
    expected = resolve(condition.value, facts)
    op = condition.op
    if op == "!=":
        return actual != expected
    if actual is None:
        return False
    if op == "==":
        return _same(actual, expected)
    if op == "in":
        return any(_same(actual, v) for v in expected)
    if op in ("contains", "not_contains"):
        inside = isinstance(actual, (list, tuple)) and any(_same(a, expected) for a in actual)
        return inside if op == "contains" else not inside
    try:
        return {"<": actual < expected, "<=": actual <= expected,
                ">": actual > expected, ">=": actual >= expected}[op]
    except TypeError:  # a number against a name: the state is not the one asked for
        return False


def all_hold(conditions: Iterable[Condition], facts: Mapping[str, object]) -> bool:
    return all(holds(c, facts) for c in conditions)


def _same(a: object, b: object) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return list(a) == list(b)
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))
        except (TypeError, ValueError):
            return False
    return a == b
