"""Whether the app can reach every state a lesson asks for, checked when it is opened."""

from __future__ import annotations

from ...core.errors import InputError
from ...core.glossary import term
from ...core.i18n import translate
from ...core.lesson_format import Lesson, step_label
from .apply import plan_state
from .facts import FACTS


def check_reachable(lesson: Lesson) -> None:
    """InputError naming the first step whose setup, solution or check the app cannot meet."""
    for number, step in enumerate(lesson.steps, 1):
        where = step_label(lesson.id, number, step.id)
        for state in (step.setup, step.solution or {}):
            try:
                plan_state(state, lesson.base)
            except InputError as exc:
                raise InputError(translate("Lessons", "{where}: {reason}").format(where=where, reason=exc)) from None
        for name in step.terms:
            if term(name) is None:
                raise InputError(translate("Lessons", "{where}: the glossary has no term {term}.").format(
                    where=where, term=repr(name)))
        for condition in step.check:
            names = [condition.fact]
            if isinstance(condition.value, dict):
                names.append(condition.value["fact"])
            for name in names:
                if name not in FACTS:
                    raise InputError(translate("Lessons", "{where}: the check looks at {fact}, which nnstudio does "
                                               "not know.").format(where=where, fact=repr(name)))
