"""`nnstudio lesson list [--json]` and `nnstudio lesson verify NAME|FILE|all`."""

from __future__ import annotations

import argparse
import json
import sys

from ..core.i18n import translate
from ..core.lesson_catalog import builtin_lessons, find_lesson

NAME = "lesson"


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=translate("Cli", "list the built-in lessons or verify a lesson"))
    actions = parser.add_subparsers(dest="lesson_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=translate("Cli", "the built-in lessons in order"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "one JSON array: id, title per "
                                                                     "language, step count"))
    listing.set_defaults(handler=run_list)
    verify = actions.add_parser("verify", help=translate("Cli", "check every step: its setup leaves the task "
                                                         "undone, its solution does it"))
    verify.add_argument("lesson", nargs="+", help=translate("Cli", "a built-in lesson's id, a lesson file, or "
                                                          "all"))
    verify.set_defaults(handler=run_verify)


def run_list(args: argparse.Namespace) -> int:
    lessons = builtin_lessons()
    if args.json:
        print(json.dumps([{"id": lesson.id, "title": lesson.title, "steps": len(lesson.steps)} for lesson in lessons],
                         ensure_ascii=False, indent=1))
    else:
        for lesson in lessons:
            print(f"{lesson.id}\t{len(lesson.steps)}\t{lesson.text(lesson.title, 'en')}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    lessons = builtin_lessons() if args.lesson == ["all"] else [find_lesson(name) for name in args.lesson]
    from ..ui.lessons.verify import describe, verify_lessons

    verdicts = verify_lessons(lessons)
    for verdict in verdicts:
        print(describe(verdict), file=sys.stdout if verdict.ok else sys.stderr)
    return 0 if verdicts and all(v.ok for v in verdicts) else 2
