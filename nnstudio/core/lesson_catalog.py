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
