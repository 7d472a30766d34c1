"""Help ▸ Glossary (search as you type, Show me to every place), Keyboard shortcuts read
from the actions, About with the real versions and the licences."""

from __future__ import annotations

import platform
from importlib import metadata

import cv2
import nnstudio
import numpy
import pytest
import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QStackedWidget, QTabWidget

from nnstudio.core.glossary import glossary
from nnstudio.ui.help import places
from nnstudio.ui.language import language_installed


@pytest.fixture
def window(make_main_window):
    window = make_main_window()
    window.resize(1280, 800)
    window.show()
    return window


def _menu_entries(window, name):
    menu = window.menuBar().findChild(QMenu, name)
    return [a.objectName() for a in menu.actions()]


def test_the_help_menu_keeps_show_log_and_adds_its_entries(window):
    entries = _menu_entries(window, "menu_help")
    for name in ("action_glossary", "action_shortcuts", "action_about", "action_show_log"):
        assert name in entries


def _tabs_above(widget):
    """The (tab widget, page) pairs on the way from `widget` up to the window."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            yield parent.parentWidget(), child
        child, parent = parent, parent.parentWidget()


@pytest.mark.parametrize("place", sorted({t.place for t in glossary()}))
def test_every_show_me_target_exists_and_is_shown(window, place):
    assert places.known(place), place
    shown = places.show_place(window.tabs, window.pages, place)
    assert shown is not None, f"{place} has no widget in this window"
    tab, view = places.split(place)
    assert window.current_page().key == tab
    assert shown.isVisible(), f"{place} is not visible after Show me"
    for tabs, page in _tabs_above(shown):
        assert tabs.currentWidget() is page  # every tab on the way is the one that holds it


def test_show_me_on_filters_selects_a_stage_of_that_kind(window):
    page = window.pages[1]
    places.show_place(window.tabs, window.pages, "filters/pool")
    assert page.model.selected_stage().kind == "pool"
    assert page.editor.currentWidget() is page.editor.pool
    places.show_place(window.tabs, window.pages, "filters/conv")
    assert page.model.selected_stage().kind == "conv"
    assert page.model.undo_stack.count() == 0  # looking is not an edit


def test_unknown_places_are_refused(window):
    assert not window.help.show_place("nowhere")
    assert not window.help.show_place("pixels/nothing")
    assert window.help.show_place("learning/xor")


def test_glossary_filters_as_you_type_in_both_languages(window, qtbot):
    dialog = window.help.show_glossary()
    everything = len(dialog.shown_terms())
    assert everything == len(glossary())
    qtbot.keyClicks(dialog.search_box, "stri")
    assert [t.id for t in dialog.shown_terms()][0] == "stride"
    assert len(dialog.shown_terms()) < everything
    dialog.search_box.clear()
    for syllable in "풀링":  # as a Korean input method delivers text: one committed syllable at a time
        event = QInputMethodEvent()
        event.setCommitString(syllable)
        QApplication.sendEvent(dialog.search_box, event)
    assert dialog.search_box.text() == "풀링"
    ids = [t.id for t in dialog.shown_terms()]
    assert ids[:3] == ["pooling", "max_pooling", "average_pooling"]
    assert dialog.count.text().startswith(f"{len(ids)} of {len(glossary())}")
    dialog.search_box.setText("zzzz")
    assert dialog.shown_terms() == [] and not dialog.show_me.isEnabled()
    assert "zzzz" in dialog.title.text()


def test_show_me_button_opens_the_terms_place(window, qtbot):
    dialog = window.help.show_glossary("gradient")
    assert dialog.current_term().id == "gradient"
    assert dialog.where.text() == "Where it lives: Network ▸ Gradients"
    qtbot.mouseClick(dialog.show_me, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert page.key == "network" and page.inside.currentWidget() is page.inside.gradients


def test_the_glossary_in_korean_lists_korean_first(make_main_window, qtbot):
    with language_installed("ko"):
        window = make_main_window()
        window.show()
        dialog = window.help.show_glossary("perceptron")
        assert dialog.windowTitle() == "용어집"
        assert dialog.list.currentItem().text() == "퍼셉트론 · perceptron"
        assert dialog.definition.text().startswith("가중합이")
        assert dialog.where.text().startswith("있는 곳: ") and dialog.where.text().endswith("▸ 퍼셉트론")


def test_keyboard_shortcuts_come_from_the_actions(window):
    dialog = window.help.show_shortcuts()
    rows = dialog.rows()
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.findChildren(QAction):
        keys = list(dict.fromkeys(s.toString(native) for s in action.shortcuts() if not s.isEmpty()))
        if keys and action.text():
            assert any(row[0] == ", ".join(keys) for row in rows), action.objectName()
    assert ("Ctrl+O", "Open…", "File") in rows
    dialog.close()
    # A shortcut given to an action later is listed by the next dialog, with no list to edit.
    window.findChild(QAction, "action_about").setShortcut(QKeySequence("Ctrl+Alt+A"))
    again = window.help.show_shortcuts()
    assert ("Ctrl+Alt+A", "About nnstudio…", "Help") in again.rows()
    again.close()


def test_about_names_the_real_versions_the_device_and_the_licences(window, qtbot):
    qtbot.waitUntil(lambda: window.device_label.device is not None, timeout=60_000)
    dialog = window.help.show_about()
    text = dialog.findChild(QLabel, "about_summary").text()
    for version in (metadata.version("torch"), cv2.__version__, numpy.__version__, PySide6.__version__, qVersion(),
                    platform.python_version()):
        assert version in text
    assert str(window.device_label.device) in text
    licence = dialog.tabs.widget(1).toPlainText()
    assert licence.startswith("MIT License")
    components = dialog.component_text.toPlainText()
    assert "LGPL-3.0" in components and "PyTorch" in components and "OpenCV" in components
    dialog.full_texts.setCurrentIndex(dialog.full_texts.findData("LGPL-3.0.txt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.component_text.toPlainText()
    credits = dialog.tabs.widget(3).toPlainText()
    for photo in ("chelsea.png", "astronaut.png", "CC0", "CC BY 4.0"):
        assert photo in credits
    assert dialog.version_text().splitlines()[0] == f"nnstudio: {nnstudio.__version__}"
    dialog.close()
