"""The built-in lessons (resources/lessons/*.json), in the order of the study notes, and
finding a lesson by id or by file name."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from .errors import InputError
from .i18n import translate
from .lesson_format import Lesson, load_lesson
from .resources import resource


def builtin_lessons() -> list[Lesson]:
    """Every built-in chapter, sorted by its ``order``."""
    folder = resource("lessons")
    lessons = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            with importlib.resources.as_file(entry) as path:
                lessons.append(load_lesson(path))
    return sorted(lessons, key=lambda lesson: (lesson.order, lesson.id))


def lessons_by_term(lessons: list[Lesson]) -> dict[str, list[tuple[Lesson, int]]]:
    """Term id -> the lessons whose steps name it, each with its first such step (0-based),
    in the lessons' order: the glossary's "Lessons that use it"."""
    found: dict[str, list[tuple[Lesson, int]]] = {}
    for lesson in lessons:
        for index, step in enumerate(lesson.steps):
            for term_id in step.terms:
                uses = found.setdefault(term_id, [])
                if not uses or uses[-1][0] is not lesson:
                    uses.append((lesson, index))
    return found


def find_lesson(name: str) -> Lesson:
    """A built-in lesson by id, else a lesson file by path."""
    for lesson in builtin_lessons():
        if lesson.id == name:
            return lesson
    path = Path(name)
    if path.suffix.lower() == ".json" or path.exists():
        return load_lesson(path)
    known = ", ".join(lesson.id for lesson in builtin_lessons())
    raise InputError(translate("LessonFile", "There is no lesson called {name}; the built-in lessons are: "
                               "{known}.").format(name=repr(name), known=known))
