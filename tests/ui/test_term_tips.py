"""Tooltips lead to the glossary (the term's line under a control's own tooltip, F1 over it
opens the glossary there), and the glossary lists the lessons that use each term."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from nnstudio.core.glossary import term
from nnstudio.core.lesson_catalog import builtin_lessons
from nnstudio.ui.help import term_tips
from nnstudio.ui.help.term_tips import TERM_OF_CONTROL, term_at, tip_with_term


def page(window, key):
    return next(p for p in window.pages if p.key == key)


def test_every_named_control_exists_and_names_a_glossary_term(make_main_window):
    window = make_main_window()
    window.show_lessons()
    for name, term_id in TERM_OF_CONTROL.items():
        assert term(term_id) is not None, term_id
        assert window.findChildren(QWidget, name), name  # a renamed control must be renamed here too


def test_a_controls_tooltip_shows_its_own_text_and_the_terms_definition(make_main_window, qtbot):
    window = make_main_window()
    window.resize(1280, 800)
    window.show()
    window.select_tab("network")
    spin = page(window, "network").data_panel.test_ratio
    own = spin.toolTip()
    assert own and term_at(spin).id == "test_set"
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), spin.mapToGlobal(QPoint(2, 2)))
    QApplication.sendEvent(spin, event)
    qtbot.waitUntil(QToolTip.isVisible)
    shown = QToolTip.text()
    assert own.split("\n")[0][:30] in shown and term("test_set").en_text[:30] in shown and "F1" in shown
    QToolTip.hideText()


def test_the_term_line_keeps_rich_tooltips_and_escapes_plain_ones():
    found = term("stride")
    assert tip_with_term("<b>bold</b>", found, "en").startswith("<b>bold</b><hr>")
    assert tip_with_term("a < b", found, "en").startswith("a &lt; b<hr>")
    assert tip_with_term("", found, "ko").startswith(f"<b>{found.ko}</b>")


def test_f1_over_a_control_opens_the_glossary_at_its_term(make_main_window, monkeypatch):
    window = make_main_window()
    kernel = page(window, "filters").findChild(QWidget, "kernel_grid")
    monkeypatch.setattr(term_tips.QApplication, "widgetAt", lambda _pos: kernel)
    window.help.glossary_action.trigger()
    dialog = window.help.show_glossary()
    assert dialog.current_term().id == "kernel"
    monkeypatch.setattr(term_tips.QApplication, "widgetAt", lambda _pos: None)  # over no control: as it was
    window.help.glossary_action.trigger()
    assert dialog.current_term().id == "kernel"


def test_the_glossary_lists_the_lessons_that_use_a_term_and_opens_them(make_main_window):
    window = make_main_window()
    dialog = window.help.show_glossary("broadcasting")
    lessons = builtin_lessons()
    using = [(lesson, next(i for i, s in enumerate(lesson.steps) if "broadcasting" in s.terms))
             for lesson in lessons if any("broadcasting" in s.terms for s in lesson.steps)]
    assert using and all(lesson.title["en"] in dialog.lessons.text() for lesson, _ in using)
    lesson, index = using[0]
    dialog.lessons.linkActivated.emit(f"{lesson.id}#{index}")
    dock = window.lessons_dock
    assert dock is not None and dock.lesson.id == lesson.id and dock.index == index
    unused = next(t for t in ("segmentation", "object_recognition", "unsupervised")
                  if not any(t in s.terms for lesson in lessons for s in lesson.steps))
    dialog.show_term(unused)
    assert "No lesson" in dialog.lessons.text()
