"""`nnstudio lesson verify`: every step of a lesson checked in the real window, offscreen.

For each step: apply its setup (the check must then be false: the task is not done for the
learner), apply its solution (the check must now be true). A lesson that stops passing when
a tab changes is found here, in CI, before a learner finds it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...core.errors import InputError
from ...core.i18n import translate
from ...core.lesson_check import all_hold
from ...core.lesson_format import Lesson, step_label
from .apply import apply_actions, plan_state
from .facts import gather
from .reach import check_reachable

SETTLE_MS = 60_000  # at most this long for background work (a data set, the backprop design, a race)


@dataclass(frozen=True)
class StepVerdict:
    lesson: str
    number: int
    step: str
    ok: bool
    reason: str = ""


def _settle(window) -> None:
    """Let the queued signals run and the background loads a state started finish."""
    from ..scripting import wait_until

    pages = {page.key: page for page in window.pages}
    learning, network, tensors = pages["learning"], pages["network"], pages["tensors"]
    wait_until(lambda: learning.panels["backprop"].ready() and network.network.data_ready
               and not tensors.tensors.model.busy and tensors.devices.settled, SETTLE_MS)


def verify_lesson(window, lesson: Lesson) -> list[StepVerdict]:
    check_reachable(lesson)
    verdicts = []
    for number, step in enumerate(lesson.steps, 1):
        def verdict(ok: bool, reason: str = "") -> StepVerdict:
            return StepVerdict(lesson.id, number, step.id, ok, reason)
        apply_actions(window, plan_state(step.setup, lesson.base))
        _settle(window)
        if all_hold(step.check, gather(window)):
            verdicts.append(verdict(False, translate("Lessons", "the check is already true after the setup.")))
            continue
        if step.solution is None:
            verdicts.append(verdict(False, translate("Lessons", "the step has no solution to verify it with.")))
            continue
        apply_actions(window, plan_state(step.solution, lesson.base))
        _settle(window)
        facts = gather(window)
        if not all_hold(step.check, facts):
            failing = [c for c in step.check if not all_hold([c], facts)]
            verdicts.append(verdict(False, translate("Lessons", "after the solution {fact} is {value}.").format(
                fact=failing[0].fact, value=repr(facts.get(failing[0].fact)))))
            continue
        verdicts.append(verdict(True))
    return verdicts


def verify_lessons(lessons: list[Lesson]) -> list[StepVerdict]:
    """Every step of every lesson, in one offscreen window (closed afterwards)."""
    from ..scripting import scripted_window

    verdicts = []
    with scripted_window("pixels", (1280, 800)) as window:
        _settle(window)
        for lesson in lessons:
            try:
                verdicts += verify_lesson(window, lesson)
            except InputError as exc:
                verdicts.append(StepVerdict(lesson.id, 0, "", False, str(exc)))
    return verdicts


def describe(verdict: StepVerdict) -> str:
    where = step_label(verdict.lesson, verdict.number, verdict.step) if verdict.number else verdict.lesson
    if verdict.ok:
        return translate("Lessons", "{where}: passes").format(where=where)
    return translate("Lessons", "{where}: fails: {reason}").format(where=where, reason=verdict.reason)
