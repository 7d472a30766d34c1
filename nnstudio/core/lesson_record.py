"""A teacher's "this state as a new step": the step a demonstration makes, added to a file.

The teacher records where a step starts (the app's state and facts then), makes the change a
learner should make, and records again. The step's setup is the first state, its solution the
second, and its check the facts the change changed, as they are afterwards: so the new step
passes `nnstudio lesson verify` by construction. Its texts are placeholders to write.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .atomic_write import write_text
from .errors import InputError
from .i18n import translate
from .lesson_format import FORMAT, FORMAT_VERSION, parse_lesson

#: Facts that follow from others (a map's size from the stride, the image's size from its
#: name): a check names them only when nothing more direct changed.
DERIVED_PREFIXES = ("image.width", "image.height", "image.channels", "pixels.levels", "pixels.out_",
                    "filters.input.", "filters.output.", "filters.conv.out_", "filters.pool.out_",
                    "filters.kinds", "filters.stage_count", "filters.error", "network.params", "network.valid",
                    "network.linear_count", "network.conv_count", "network.run_state", "learning.backprop.loss",
                    "learning.backprop.phase", "tab")
PLACEHOLDER = {"en": "Write here what this step explains.", "ko": "이 단계에서 설명할 내용을 여기에 쓰세요."}
TASK_PLACEHOLDER = {"en": "Write here what the learner should do.", "ko": "학습자가 할 일을 여기에 쓰세요."}


def changed_facts(before: dict, after: dict) -> list[dict]:
    """The conditions of a recorded step: the facts the change changed, as they are after it."""
    changed = [name for name in sorted(after) if after[name] is not None and after[name] != before.get(name)]
    direct = [name for name in changed if not name.startswith(DERIVED_PREFIXES)]
    return [{"fact": name, "op": "==", "value": after[name]} for name in (direct or changed)]


def recorded_step(step_id: str, setup: dict, solution: dict, before: dict, after: dict) -> dict:
    check = changed_facts(before, after)
    if not check:
        raise InputError(translate("LessonFile", "Nothing a check can see changed between the start and the end "
                                   "of the recording: change the app, then finish the step."))
    return {"id": step_id, "title": dict(PLACEHOLDER), "text": dict(PLACEHOLDER), "task": dict(TASK_PLACEHOLDER),
            "setup": setup, "check": check, "solution": solution}


def add_recorded_step(path: str | Path, setup: dict, solution: dict, before: dict, after: dict) -> str:
    """Append the recorded step to the lesson file at ``path`` (made when missing); returns
    the new step's id. The file is checked before and after, and written atomically."""
    path = Path(path)
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError, RecursionError):  # ValueError: bad UTF-8, bad JSON, a number too long
            raise InputError(translate("LessonFile", "{name} is not a lesson file nnstudio can add a step to.").format(
                name=path.name)) from None
        parse_lesson(data, path.parent, path.name)
    else:
        stem = re.sub(r"[^A-Za-z0-9_-]+", "-", path.stem).strip("-") or "lesson"
        data = {"format": FORMAT, "version": FORMAT_VERSION, "id": stem, "title": {"en": path.stem}, "steps": []}
    ids = {step.get("id") for step in data["steps"]}
    number = len(data["steps"]) + 1
    while f"step-{number}" in ids:
        number += 1
    data["steps"].append(recorded_step(f"step-{number}", setup, solution, before, after))
    parse_lesson(data, path.parent, path.name)  # what is written can be read back
    write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return f"step-{number}"
