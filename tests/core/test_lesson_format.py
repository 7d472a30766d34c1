"""The lesson file format: what is read, what is refused (one sentence naming the step), and
the checks' comparisons."""

from __future__ import annotations

import copy
import json

import pytest

from nnstudio.core.errors import InputError
from nnstudio.core.lesson_catalog import builtin_lessons, find_lesson
from nnstudio.core.lesson_check import all_hold, holds
from nnstudio.core.lesson_format import LANGUAGES, Condition, load_lesson, parse_lesson
from nnstudio.core.lesson_record import add_recorded_step

MINIMAL = {
    "format": "nnstudio-lesson", "version": 1, "id": "demo",
    "title": {"ko": "예시", "en": "Demo"},
    "steps": [
        {"id": "first", "title": {"en": "First"}, "text": {"en": "Text"}, "task": {"en": "Do it"},
         "setup": {"tab": "filters"}, "check": [{"fact": "filters.conv.stride", "op": "==", "value": 2}],
         "solution": {"filters": {"stages": [{"kind": "conv", "stride": 2}]}}},
        {"id": "second", "title": {"en": "Second"}, "text": {"en": "Text"}, "task": {"en": "Do it"},
         "check": [{"fact": "tab", "value": "pixels"}]},
    ],
}


def broken(change) -> dict:
    data = copy.deepcopy(MINIMAL)
    change(data)
    return data


def test_a_minimal_lesson_is_read_with_its_steps_and_checks():
    lesson = parse_lesson(MINIMAL)
    assert lesson.id == "demo" and [s.id for s in lesson.steps] == ["first", "second"]
    assert lesson.steps[0].check == (Condition("filters.conv.stride", "==", 2),)
    assert lesson.steps[1].check[0].op == "=="  # the default comparison
    assert lesson.steps[1].solution is None
    assert lesson.text(lesson.title, "ko") == "예시"
    assert lesson.text(lesson.steps[0].title, "ko") == "First"  # English when Korean is missing


@pytest.mark.parametrize("change, words", [
    (lambda d: d.update(colour="red"), ["'colour'"]),
    (lambda d: d["steps"][1].update(hint={"en": "x"}), ["step 2 (second)", "'hint'"]),
    (lambda d: d["steps"][0]["setup"].update(pixel={}), ["step 1 (first)", "'pixel'"]),
    (lambda d: d["steps"][0]["solution"]["filters"].update(kernel="x"), ["step 1 (first)", "'kernel'"]),
    (lambda d: d["steps"][1]["check"][0].update(facts="x"), ["step 2 (second)", "'facts'"]),
    (lambda d: d["steps"][1]["check"][0].update(op="~"), ["step 2 (second)", "'~'"]),
    (lambda d: d["steps"][1].update(check=[]), ["step 2 (second)", "check"]),
    (lambda d: d["steps"][1].update(id="first"), ["step 2 (first)", "already used"]),
    (lambda d: d["steps"][0]["title"].update(fr="Premier"), ["step 1 (first)", "'fr'"]),
    (lambda d: d["steps"][0]["setup"].update(tab="settings"), ["step 1 (first)", "'settings'"]),
    (lambda d: d.update(version=2), ["newer nnstudio"]),
    (lambda d: d.update(format="design"), ["not a lesson file"]),
])
def test_unknown_keys_and_bad_values_are_refused_with_one_sentence_naming_the_step(change, words):
    with pytest.raises(InputError) as caught:
        parse_lesson(broken(change), name="demo.json")
    message = str(caught.value)
    assert "\n" not in message
    for word in words:
        assert word in message


def test_files_that_are_not_lessons_are_refused_without_a_traceback(tmp_path):
    (tmp_path / "bad.json").write_text("{ not json", encoding="utf-8")
    (tmp_path / "latin.json").write_bytes(b'{"id": "\xe9"}')
    (tmp_path / "deep.json").write_text('{"steps": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    # a number Python's int() refuses to read (over 4,300 digits): a ValueError, not a JSON error
    (tmp_path / "long.json").write_text('{"version": ' + "9" * 5000 + "}", encoding="utf-8")
    for name in ("bad.json", "latin.json", "missing.json", "deep.json", "long.json"):
        with pytest.raises(InputError):
            load_lesson(tmp_path / name)
    for name in ("deep.json", "long.json"):
        with pytest.raises(InputError):  # Record step… into a file that cannot be read
            add_recorded_step(tmp_path / name, {}, {}, {}, {})
    good = tmp_path / "good.json"
    good.write_text(json.dumps(MINIMAL), encoding="utf-8")
    assert load_lesson(good).base == tmp_path  # images and designs are found beside the file


def test_comparisons_follow_their_names():
    facts = {"a": 2, "b": 4, "name": "relu", "list": ["Linear", "ReLU"], "none": None, "x": 0.1 + 0.2}
    assert holds(Condition("a", "==", 2), facts) and not holds(Condition("a", "==", 3), facts)
    assert holds(Condition("x", "==", 0.3), facts)  # floats compare with a tolerance
    assert holds(Condition("a", "<", 3), facts) and holds(Condition("a", ">=", 2), facts)
    assert holds(Condition("a", "==", {"fact": "b", "times": 0.5}), facts)
    assert holds(Condition("name", "in", ["relu", "abs"]), facts)
    assert holds(Condition("list", "contains", "ReLU"), facts)
    assert holds(Condition("list", "not_contains", "Sigmoid"), facts)
    # A fact the app does not have now: every comparison is false but "!=".
    assert not holds(Condition("none", ">", 0), facts)
    assert not holds(Condition("missing", "==", None), facts)
    assert holds(Condition("none", "!=", 1), facts)
    assert not holds(Condition("name", "<", 3), facts)  # a name against a number: false, not an error
    assert all_hold([Condition("a", "==", 2), Condition("b", "==", 4)], facts)
    assert not all_hold([Condition("a", "==", 2), Condition("b", "==", 5)], facts)


def test_the_built_in_chapters_follow_the_notes_in_both_languages():
    lessons = builtin_lessons()
    assert len(lessons) >= 10
    assert [lesson.order for lesson in lessons] == sorted(lesson.order for lesson in lessons)
    assert len({lesson.id for lesson in lessons}) == len(lessons)
    for lesson in lessons:
        assert len(lesson.steps) >= 3, lesson.id
        for texts in [lesson.title, lesson.summary] + [t for s in lesson.steps for t in (s.title, s.text, s.task)]:
            assert set(texts) == set(LANGUAGES), lesson.id
        assert all(step.solution is not None for step in lesson.steps), lesson.id
    assert find_lesson(lessons[0].id) == lessons[0]
    with pytest.raises(InputError, match="no lesson called"):
        find_lesson("no-such-lesson")
