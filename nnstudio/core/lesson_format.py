"""Lesson files: a versioned JSON format, read and checked completely before anything uses it.

A lesson is a chapter: an id, a title per language and a list of steps. Each step has texts
per language (``title``, ``text``, ``task``), the app state it starts from (``setup``), the
``check`` that says when the learner has done the task, and optionally a scripted
``solution`` (a state in the same vocabulary as ``setup``). ``hide`` lists the controls a
teacher wants out of sight while the lesson is open. The README documents every key.

This module knows the shape of the format only (keys, types, languages); whether the app can
reach a state (a preset that exists, a fact the checks can read) is asked by the ui
(``ui/lessons/reach.py``), which knows the tabs. Every refusal is one InputError sentence
naming the step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .i18n import translate

FORMAT = "nnstudio-lesson"
FORMAT_VERSION = 1
LANGUAGES = ("ko", "en")
MAX_FILE_BYTES = 1_000_000
MAX_STEPS = 100

# The keys of a state (setup or solution) and, for each part, the keys it may hold. The
# values are checked by the ui against the tab models; here only that the part is an object.
STATE_KEYS = {
    "tab": None,
    "image": None,
    "pixels": ("mode", "threshold", "otsu", "dither_1bit", "bits", "dither_bits", "colors",
               "dither_palette", "plane_channel", "plane", "rebuild", "keep_planes", "exact_size",
               "width", "height", "scale", "interp", "side", "show", "compression"),
    "filters": ("gray", "stages", "select"),
    "network": ("preset", "design", "layers", "dataset", "training", "view", "side"),
    "learning": ("panel", "perceptron", "rosenblatt", "backprop", "activations"),
    "tensors": ("view", "tensor", "a", "b", "op", "sizes", "epoch", "race"),
}
TABS = ("pixels", "filters", "network", "learning", "tensors")
OPS = ("==", "!=", "<", "<=", ">", ">=", "in", "contains", "not_contains")
LESSON_KEYS = {"format", "version", "id", "order", "title", "summary", "hide", "steps"}
STEP_KEYS = {"id", "title", "text", "task", "setup", "check", "solution", "terms"}
CONDITION_KEYS = {"fact", "op", "value"}


@dataclass(frozen=True)
class Condition:
    """``fact op value``; ``value`` may be {"fact": name, "times": k}: another fact's value."""

    fact: str
    op: str
    value: object


@dataclass(frozen=True)
class Step:
    id: str
    title: dict[str, str]
    text: dict[str, str]
    task: dict[str, str]
    setup: dict
    check: tuple[Condition, ...]
    solution: dict | None = None
    terms: tuple[str, ...] = ()  # glossary keys the step uses (Help ▸ Glossary links to them)


@dataclass(frozen=True)
class Lesson:
    id: str
    title: dict[str, str]
    steps: tuple[Step, ...]
    order: int = 1000
    summary: dict[str, str] = field(default_factory=dict)
    hide: tuple[str, ...] = ()
    base: Path | None = None  # the folder images and designs are found relative to

    def text(self, texts: dict[str, str], language: str) -> str:
        """A text in ``language``, else English (a teacher's lesson may have only one)."""
        return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")


def load_lesson(path: str | Path) -> Lesson:
    """Read and check a lesson file; one InputError sentence when it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise InputError(translate("LessonFile", "There is no lesson file {path}.").format(path=path)) from None
    if size > MAX_FILE_BYTES:
        raise InputError(translate("LessonFile", "{name} is larger than a lesson file can be (1 MB).")
            .format(name=path.name))
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(translate("LessonFile", "{name} is not a lesson file: it is not UTF-8 text.")
            .format(name=path.name)) from None
    except json.JSONDecodeError as exc:
        raise InputError(translate("LessonFile", "{name} is not a lesson file: line {lineno}: {msg}.")
            .format(name=path.name, lineno=exc.lineno, msg=exc.msg)) from None
    except OSError as exc:
        raise InputError(translate("LessonFile", "Could not read {name}: {strerror}.")
            .format(name=path.name, strerror=exc.strerror)) from None
    except RecursionError:  # lists or objects nested thousands deep: Python's parser gives up
        raise InputError(translate("LessonFile", "{name} is not a lesson file: its values are nested too deeply.")
            .format(name=path.name)) from None
    except ValueError:  # a number with thousands of digits, refused by Python's int(); a design file's sentence
        raise InputError(translate("DesignFile", "{where} holds a number too long to read.")
            .format(where=path.name)) from None
    return parse_lesson(data, path.parent, path.name)


def parse_lesson(data: object, base: Path | None = None, name: str = "lesson") -> Lesson:
    if not isinstance(data, dict):
        raise InputError(translate("LessonFile", "{name} is not a lesson file: it must hold one JSON object.")
            .format(name=name))
    if data.get("format") != FORMAT:
        raise InputError(translate("LessonFile", '{name} is not a lesson file: "format" must be "{format}".')
            .format(name=name, format=FORMAT))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(translate("LessonFile", '{name}: "version" must be a whole number.').format(name=name))
    if version > FORMAT_VERSION:
        raise InputError(translate("LessonFile", "{name} was written for a newer nnstudio (lesson format "
                                   "{version}); this one reads format {known}.").format(
            name=name, version=version, known=FORMAT_VERSION))
    _only(data, LESSON_KEYS, name)
    lesson_id = _identifier(data.get("id"), f'{name}: "id"')
    title = _texts(data.get("title"), f"{name}: \"title\"")
    summary = _texts(data["summary"], f'{name}: "summary"') if "summary" in data else {}
    order = data.get("order", 1000)
    if not isinstance(order, int) or isinstance(order, bool):
        raise InputError(translate("LessonFile", '{name}: "order" must be a whole number.').format(name=name))
    hide = _strings(data.get("hide", []), f'{name}: "hide"')
    steps_data = data.get("steps")
    if not isinstance(steps_data, list) or not steps_data:
        raise InputError(translate("LessonFile", '{name}: "steps" must be a list of at least one step.')
            .format(name=name))
    if len(steps_data) > MAX_STEPS:
        raise InputError(translate("LessonFile", "{name}: a lesson has at most {max_steps} steps.")
            .format(name=name, max_steps=MAX_STEPS))
    steps = tuple(_step(item, i + 1, name) for i, item in enumerate(steps_data))
    ids = [s.id for s in steps]
    for i, step_id in enumerate(ids):
        if step_id in ids[:i]:
            raise InputError(translate("LessonFile", "{where}: the id is already used by another step.").format(
                where=step_label(name, i + 1, step_id)))
    return Lesson(lesson_id, title, steps, order, summary, hide, base)


def step_label(name: str, number: int, step_id: str | None = None) -> str:
    """How a sentence names a step: "lesson.json, step 2 (stride)"."""
    if step_id:
        return translate("LessonFile", "{name}, step {number} ({id})").format(name=name, number=number, id=step_id)
    return translate("LessonFile", "{name}, step {number}").format(name=name, number=number)


def _step(data: object, number: int, name: str) -> Step:
    where = step_label(name, number)
    if not isinstance(data, dict):
        raise InputError(translate("LessonFile", "{where}: a step must be a JSON object.").format(where=where))
    step_id = _identifier(data.get("id"), f'{where}: "id"')
    where = step_label(name, number, step_id)
    _only(data, STEP_KEYS, where)
    setup = check_state(data.get("setup", {}), f"{where}: setup")
    solution = check_state(data["solution"], f"{where}: solution") if "solution" in data else None
    check = data.get("check")
    if not isinstance(check, list) or not check:
        raise InputError(translate("LessonFile", '{where}: "check" must be a list of at least one condition.')
            .format(where=where))
    return Step(step_id, _texts(data.get("title"), f"{where}: \"title\""),
                _texts(data.get("text"), f'{where}: "text"'), _texts(data.get("task"), f'{where}: "task"'),
                setup, tuple(_condition(c, where) for c in check), solution,
                tuple(_strings(data.get("terms", []), f'{where}: "terms"')))


def check_state(state: object, where: str) -> dict:
    """A setup or solution: known parts, each an object of known keys (values: see the ui)."""
    if not isinstance(state, dict):
        raise InputError(translate("LessonFile", "{where} must be a JSON object.").format(where=where))
    _only(state, set(STATE_KEYS), where)
    if "tab" in state and state["tab"] not in TABS:
        raise InputError(translate("LessonFile", "{where}: there is no tab {state} (tabs: {join_tabs}).")
            .format(where=where, state=repr(state['tab']), join_tabs=', '.join(TABS)))
    if "image" in state and (not isinstance(state["image"], str) or not state["image"]):
        raise InputError(translate("LessonFile", '{where}: "image" must be a sample name or a file name.')
            .format(where=where))
    for part, keys in STATE_KEYS.items():
        if keys is not None and part in state:
            if not isinstance(state[part], dict):
                raise InputError(translate("LessonFile", '{where}: "{part}" must be a JSON object.')
                    .format(where=where, part=part))
            _only(state[part], set(keys), f"{where}, {part}")
    return state


def _condition(data: object, where: str) -> Condition:
    if not isinstance(data, dict):
        raise InputError(translate("LessonFile", '{where}: each condition of "check" must be an object like '
                                   '{{"fact": "filters.conv.stride", "op": "==", "value": 2}}.').format(where=where))
    _only(data, CONDITION_KEYS, f"{where}, check")
    fact, op = data.get("fact"), data.get("op", "==")
    if not isinstance(fact, str) or not fact:
        raise InputError(translate("LessonFile", '{where}: a condition needs a "fact" to look at.').format(where=where))
    if op not in OPS:
        raise InputError(translate("LessonFile", "{where}: {op} is not a comparison (use one of {join_ops}).")
            .format(where=where, op=repr(op), join_ops=' '.join(OPS)))
    if "value" not in data:
        raise InputError(translate("LessonFile", '{where}: the condition on {fact} needs a "value".')
            .format(where=where, fact=fact))
    value = data["value"]
    if isinstance(value, dict):
        _only(value, {"fact", "times"}, f"{where}, {fact}")
        if not isinstance(value.get("fact"), str):
            raise InputError(translate("LessonFile", '{where}: a value taken from another fact needs its "fact".')
                .format(where=where))
        times = value.get("times", 1)
        if not isinstance(times, (int, float)) or isinstance(times, bool):
            raise InputError(translate("LessonFile", '{where}: "times" must be a number.').format(where=where))
    if op == "in" and not isinstance(value, list):
        raise InputError(translate("LessonFile", '{where}: "in" needs a list of values.').format(where=where))
    return Condition(fact, op, value)


def _only(data: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise InputError(translate("LessonFile", "{where}: unknown key {unknown} (allowed: {join_sorted_allowed}).")
            .format(where=where, unknown=repr(unknown[0]), join_sorted_allowed=', '.join(sorted(allowed))))


def _identifier(value: object, where: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 80 or not all(
            c.isalnum() or c in "-_" for c in value):
        raise InputError(translate("LessonFile", "{where} must be a short name of letters, digits, - and _.")
            .format(where=where))
    return value


def _texts(value: object, where: str) -> dict[str, str]:
    """{"ko": ..., "en": ...}: at least one known language, every text a string."""
    if not isinstance(value, dict) or not value:
        raise InputError(translate("LessonFile", '{where} must be an object of texts per language, like '
                                   '{{"ko": "…", "en": "…"}}.').format(where=where))
    for language, text in value.items():
        if language not in LANGUAGES:
            raise InputError(translate("LessonFile", "{where}: {language} is not a language nnstudio speaks "
                                                     "({join_languages}).")
                .format(where=where, language=repr(language), join_languages=', '.join(LANGUAGES)))
        if not isinstance(text, str) or not text.strip():
            raise InputError(translate("LessonFile", "{where}: the {language} text is empty.")
                .format(where=where, language=language))
    return dict(value)


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise InputError(translate("LessonFile", "{where} must be a list of names.").format(where=where))
    return list(value)
