"""Lessons in the real window: every built-in step verified, the panel's Show me and its check
that notices by itself, progress, teacher mode, and lesson files that cannot be used."""

from __future__ import annotations

import json

import pytest
import torch
import torch.nn.functional as F
from PySide6.QtCore import Qt

from nnstudio.cli import main
from nnstudio.core.errors import InputError
from nnstudio.core.lesson_catalog import builtin_lessons, find_lesson
from nnstudio.core.lesson_format import parse_lesson
from nnstudio.core.pipeline import run_pipeline
from nnstudio.ui.lessons.apply import apply_actions, plan_state
from nnstudio.ui.lessons.facts import gather
from nnstudio.ui.lessons.reach import check_reachable
from nnstudio.ui.lessons.verify import verify_lesson
from nnstudio.ui.settings import Settings


def lesson_file(tmp_path, steps, name="teacher.json", **extra):
    data = {"format": "nnstudio-lesson", "version": 1, "id": "teacher", "title": {"en": "Teacher's"},
            "steps": steps, **extra}
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def step(step_id, setup, check, solution=None):
    data = {"id": step_id, "title": {"en": step_id}, "text": {"en": "text"}, "task": {"en": "task"},
            "setup": setup, "check": check}
    if solution is not None:
        data["solution"] = solution
    return data


def test_every_built_in_lesson_step_passes_verification(make_main_window):
    """What `nnstudio lesson verify all` checks in CI: each setup leaves the task undone, each
    solution does it, through the real tabs' models."""
    window = make_main_window()
    failures = []
    for lesson in builtin_lessons():
        failures += [v for v in verify_lesson(window, lesson) if not v.ok]
    assert not failures, failures


def test_verify_names_the_step_that_does_not_work(make_main_window, tmp_path):
    window = make_main_window()
    path = lesson_file(tmp_path, [
        step("fine", {"tab": "filters", "filters": {"stages": [{"kind": "conv", "kernel": "identity"}]}},
             [{"fact": "filters.conv.stride", "op": "==", "value": 2}],
             {"filters": {"stages": [{"kind": "conv", "kernel": "identity", "stride": 2}]}}),
        step("free-pass", {"tab": "pixels"}, [{"fact": "tab", "op": "==", "value": "pixels"}], {"tab": "pixels"}),
        step("wrong-solution", {"tab": "pixels", "pixels": {"mode": "rgb24"}},
             [{"fact": "pixels.mode", "op": "==", "value": "gray8"}], {"pixels": {"mode": "1bit"}}),
    ])
    verdicts = verify_lesson(window, find_lesson(str(path)))
    assert [v.ok for v in verdicts] == [True, False, False]
    assert "already true" in verdicts[1].reason
    assert "pixels.mode" in verdicts[2].reason and "1bit" in verdicts[2].reason


def test_cli_lists_lessons_and_verify_exits_2_naming_the_failing_step(tmp_path, capsys):
    assert main(["lesson", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [entry["id"] for entry in listed] == [lesson.id for lesson in builtin_lessons()]
    assert all(set(entry["title"]) == {"ko", "en"} and entry["steps"] >= 3 for entry in listed)
    path = lesson_file(tmp_path, [step("gray", {"tab": "pixels", "pixels": {"mode": "rgb24"}},
                                       [{"fact": "pixels.mode", "op": "==", "value": "gray8"}],
                                       {"pixels": {"mode": "1bit"}})])
    assert main(["lesson", "verify", str(path)]) == 2
    assert "teacher, step 1 (gray): fails" in capsys.readouterr().err
    assert main(["lesson", "verify", "no-such-lesson"]) == 2
    assert "no lesson called" in capsys.readouterr().err


@pytest.mark.parametrize("setup, words", [
    ({"network": {"preset": "resnet50"}}, ["'resnet50'"]),
    ({"pixels": {"mode": "2bit"}}, ["'2bit'"]),
    ({"pixels": {"bits": "four"}}, ["bits"]),
    ({"filters": {"stages": [{"kind": "conv", "kernel": "blur"}]}}, ["stage 1", "'blur'"]),
    ({"filters": {"stages": [{"kind": "pool", "size": 2, "padding": 2}]}}, ["stage 1"]),
    ({"image": "missing.png"}, ["'missing.png'"]),
    ({"learning": {"panel": "gradients"}}, ["'gradients'"]),
    ({"network": {"training": {"lr": 50}}}, ["lr"]),
    ({"filters": {"stages": [{"kind": "conv_layer", "maps": 99}]}}, ["stage 1", "maps"]),
    ({"filters": {"stages": [{"kind": "conv_layer", "weight": []}]}}, ["stage 1", "'weight'"]),
    ({"tensors": {"view": "graphs"}}, ["'graphs'"]),
    ({"tensors": {"tensor": "video5d"}}, ["'video5d'"]),
    ({"tensors": {"a": [3, 0]}}, ["\"a\""]),
    ({"tensors": {"b": [64, 64]}}, ["\"b\"", "1024"]),
    ({"tensors": {"sizes": [2, 64]}}, ["\"sizes\""]),
    ({"tensors": {"race": False}}, ["\"race\""]),
])
def test_a_state_the_app_cannot_reach_is_refused_naming_the_step(tmp_path, setup, words):
    lesson = parse_lesson({"format": "nnstudio-lesson", "version": 1, "id": "t", "title": {"en": "T"},
                           "steps": [step("ok", {}, [{"fact": "tab", "value": "filters"}]),
                                     step("bad", setup, [{"fact": "tab", "value": "filters"}])]}, tmp_path)
    with pytest.raises(InputError) as caught:
        check_reachable(lesson)
    assert "t, step 2 (bad)" in str(caught.value)
    for word in words:
        assert word in str(caught.value)


def test_a_check_on_a_fact_the_app_does_not_have_is_refused(tmp_path):
    lesson = parse_lesson({"format": "nnstudio-lesson", "version": 1, "id": "t", "title": {"en": "T"},
                           "steps": [step("s", {}, [{"fact": "filters.kernel", "value": "sobel_x"}])]}, tmp_path)
    with pytest.raises(InputError, match=r"step 1 \(s\).*'filters.kernel'"):
        check_reachable(lesson)


@pytest.mark.parametrize("kernel, stride, padding", [(3, 1, "valid"), (5, 2, 0), (3, 2, 1), (5, 1, "same"), (7, 3, 2)])
def test_the_map_sizes_a_check_reads_are_torchs(make_main_window, kernel, stride, padding):
    window = make_main_window()
    stages = [{"kind": "conv", "kernel": "box", "size": kernel, "stride": stride, "padding": padding},
              {"kind": "pool", "type": "max", "size": 2}]
    apply_actions(window, plan_state({"filters": {"gray": True, "stages": stages}}, None))
    facts = gather(window)
    pixels = window.document.working_pixels
    x = torch.zeros(1, 1, pixels.shape[0], pixels.shape[1])
    conv = F.conv2d(x, torch.ones(1, 1, kernel, kernel), stride=stride,
                    padding=padding if padding != 0 else 0)
    pooled = F.max_pool2d(conv, 2)
    assert (facts["filters.conv.out_height"], facts["filters.conv.out_width"]) == tuple(conv.shape[2:])
    assert (facts["filters.output.height"], facts["filters.output.width"]) == tuple(pooled.shape[2:])
    outputs = run_pipeline(pixels, window.pages[1].model.stages, gray=True)
    assert outputs[-1].hwc.shape[:2] == tuple(pooled.shape[2:])


def test_the_panel_shows_a_step_and_marks_it_done_when_the_learner_does_the_task(make_main_window, qtbot):
    window = make_main_window()
    window.show()
    window.findChild(type(window.menuBar().actions()[0]), "action_lessons").trigger()
    dock = window.lessons_dock
    assert dock is not None and dock.isVisible()
    row = [lesson.id for lesson in dock.lessons].index("convolution")
    dock.chapters.setCurrentRow(row)
    # The default pipeline already has the Sobel kernel the first step asks for: no free pass.
    assert not dock.current_step_done and not dock.watcher.armed
    qtbot.mouseClick(dock.show_me, Qt.MouseButton.LeftButton)
    filters = window.pages[1]
    assert window.current_page() is filters and gather(window)["filters.conv.kernel"] == "identity"
    qtbot.waitUntil(lambda: dock.watcher.armed, timeout=5000)  # the check noticed the new state
    assert not dock.current_step_done and "Not done yet" in dock.status.text()
    # The learner picks Sobel x in the Filters tab's kernel editor (through the model it writes).
    from nnstudio.core.kernels import make_kernel

    filters.model.update_selected("conv", kernel=make_kernel("sobel_x"))
    qtbot.waitUntil(lambda: dock.current_step_done, timeout=5000)
    assert "✓" in dock.status.text()
    assert "convolution/filter" in Settings().lessons_done()
    assert "(1/4)" in dock.chapters.item(row).text()
    dock.next.click()
    assert dock.index == 1 and not dock.current_step_done


def test_teacher_mode_hides_the_listed_controls_while_the_lesson_is_open(make_main_window):
    window = make_main_window()
    window.show()
    dock = window.show_lessons()
    buttons = [window.findChild(type(window.lessons_dock.show_me), name)
               for name in ("textbook_gate-or", "textbook_gate-nand")]
    window.select_tab("learning")
    assert all(button.isVisible() for button in buttons)
    dock.chapters.setCurrentRow([lesson.id for lesson in dock.lessons].index("perceptron-gates"))
    assert not any(button.isVisible() for button in buttons)
    dock.chapters.setCurrentRow(0)
    assert all(button.isVisible() for button in buttons)


def test_open_lesson_refuses_a_bad_file_with_a_sentence_and_keeps_the_list(make_main_window, tmp_path, qtbot):
    window = make_main_window()
    dock = window.show_lessons()
    count = dock.chapters.count()
    bad = lesson_file(tmp_path, [step("s", {"network": {"preset": "nope"}}, [{"fact": "tab", "value": "network"}])])
    with qtbot.waitSignal(window.load_failed) as said:
        assert not dock.open_lesson_file(bad)
    assert "step 1 (s)" in said.args[0] and dock.chapters.count() == count
    hidden = lesson_file(tmp_path, [step("s", {}, [{"fact": "tab", "value": "network"}])], "hide.json",
                         hide=["no_such_button"])
    assert not dock.open_lesson_file(hidden)
    good = lesson_file(tmp_path, [step("s", {"tab": "pixels"}, [{"fact": "tab", "value": "network"}])], "good.json")
    assert dock.open_lesson_file(good)
    assert dock.chapters.count() == count + 1 and dock.lesson.id == "teacher"


def test_a_recorded_step_starts_where_the_teacher_started_and_verifies(make_main_window, tmp_path):
    """This state as a new step: start, change the stride, finish; the file then holds a step
    whose check is the change, and `verify` passes it (in the same window, as CI would)."""
    window = make_main_window()
    dock = window.show_lessons()
    apply_actions(window, plan_state({"tab": "filters", "filters": {"gray": True, "stages": [
        {"kind": "conv", "kernel": "sobel_x", "padding": "same"}]}}, None))
    dock.recorder.start()
    filters = window.pages[1]
    filters.model.select(1)
    from dataclasses import replace as changed

    filters.model.update_selected("conv", settings=changed(filters.model.stages[0].settings, stride=3))
    path = tmp_path / "class 7b.json"
    assert dock.recorder.finish(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["id"] == "class-7b" and len(data["steps"]) == 1
    assert data["steps"][0]["check"] == [{"fact": "filters.conv.stride", "op": "==", "value": 3}]
    assert dock.lesson.id == "class-7b"
    assert [v.ok for v in verify_lesson(window, find_lesson(str(path)))] == [True]
    # A second recording is appended to the same file, with its own id.
    dock.recorder.start()
    window.pages[0].settings_model.update(mode="1bit")
    assert dock.recorder.finish(path)
    steps = json.loads(path.read_text(encoding="utf-8"))["steps"]
    assert [s["id"] for s in steps] == ["step-1", "step-2"]
    assert steps[1]["check"] == [{"fact": "pixels.mode", "op": "==", "value": "1bit"}]
    assert dock.chapters.count() == len(builtin_lessons()) + 1  # the file's entry was replaced, not added twice


def test_the_panel_opens_on_first_start_and_is_remembered_open_or_closed(make_main_window, tmp_path):
    from PySide6.QtCore import QSettings

    def settings():
        return Settings(QSettings(str(tmp_path / "nnstudio.ini"), QSettings.Format.IniFormat))

    assert settings().lessons_shown()  # a first start: app.run_gui shows the panel
    window = make_main_window(settings=settings())
    window.show()
    window.show_lessons().close()  # the learner dismisses it
    window.close()
    assert not settings().lessons_shown()
    window = make_main_window(settings=settings())
    window.show()
    dock = window.show_lessons()
    assert dock.lessons[dock.chapters.currentRow()].id == builtin_lessons()[0].id  # nothing finished yet
    window.close()
    assert settings().lessons_shown()


def test_the_readme_example_is_a_lesson_that_passes_verification(make_main_window):
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("#### Lesson files"):]
    lesson = parse_lesson(json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1)))
    assert [v.ok for v in verify_lesson(make_main_window(), lesson)] == [True]


def test_an_image_beside_the_lesson_file_is_found_and_its_pixels_loaded(make_main_window, tmp_path):
    import numpy as np
    from PIL import Image

    pixels = np.zeros((20, 30, 3), np.uint8)
    pixels[:, :15, 0] = 255  # left half red: not symmetric, so a flip would show
    Image.fromarray(pixels).save(tmp_path / "red-left.png")
    path = lesson_file(tmp_path, [step("own-image", {"tab": "pixels", "image": "red-left.png"},
                                       [{"fact": "pixels.mode", "value": "gray8"}], {"pixels": {"mode": "gray8"}})])
    window = make_main_window()
    lesson = find_lesson(str(path))
    apply_actions(window, plan_state(lesson.steps[0].setup, lesson.base))
    assert gather(window)["image.name"] == "red-left.png"
    assert (window.document.image.pixels == pixels).all()
    assert [v.ok for v in verify_lesson(window, lesson)] == [True]


def test_a_steps_glossary_links_open_the_glossary_at_the_term(make_main_window):
    window = make_main_window()
    window.show()
    dock = window.show_lessons()
    dock.chapters.setCurrentRow([lesson.id for lesson in dock.lessons].index("convolution"))
    dock.show_step(1)  # the stride step
    assert dock.terms.isVisible() and 'href="stride"' in dock.terms.text()
    dock.terms.linkActivated.emit("stride")
    glossary = window.help.show_glossary()
    assert glossary.isVisible() and glossary.current_term().id == "stride"
    glossary.close()
