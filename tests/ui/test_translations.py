"""Korean and English: the translation files match the code, the shell is translated, the
language is chosen and remembered, and nothing on the converted parts bypasses tr()."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from nnstudio.core import i18n
from nnstudio.core.samples import sample_labels
from nnstudio.ui import language as lang
from nnstudio.ui import text_walk, translations
from nnstudio.ui.language_menu import LanguageMenu, relaunch_command
from nnstudio.ui.page import Page
from nnstudio.ui.settings import Settings

REPO = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


@pytest.fixture
def korean():
    from nnstudio.ui.app import create_application

    create_application()
    with lang.language_installed("ko"):
        yield


@pytest.fixture
def pseudo(tmp_path):
    from nnstudio.ui.app import create_application

    create_application()
    text_walk.install_pseudo(tmp_path)
    yield
    lang.uninstall_language()


# --- the files ------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", sorted(translations.TS_FILES))
def test_ts_files_are_up_to_date_with_the_code(language, tmp_path):
    committed = translations.ts_path(language)
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    translations.refresh(copy, language)
    before = {m.key for m in translations.read_messages(committed)}
    after = {m.key for m in translations.read_messages(copy)}
    assert before == after, (
        f"{committed.relative_to(REPO)} is out of date with the code; run "
        f"`{translations.UPDATE_COMMAND}` and commit the result. "
        f"New: {sorted(k[:2] for k in after - before)}; gone: {sorted(k[:2] for k in before - after)}"
    )


def test_lupdate_saw_every_translation_call_in_the_code():
    """lupdate silently skips translate() calls it cannot parse (a count that is not a plain
    name, keyword arguments); Python's own parser finds them all."""
    extracted = {(m.context, m.source) for m in translations.read_messages(translations.ts_path("ko"))}
    missed = [c for c in translations.calls_in_code() if c[:2] not in extracted]
    assert not missed, (
        "lupdate cannot see these calls (pass the count as a plain variable, every argument "
        f"positional), or the .ts is out of date (run `{translations.UPDATE_COMMAND}`): {missed}"
    )


def test_plurals_from_code_below_the_ui(korean):
    assert i18n.translate("Device", "CPU (%n thread(s))", None, 2) == "CPU (스레드 2개)"
    with lang.language_installed("en"):
        assert i18n.translate("Device", "CPU (%n thread(s))", None, 1) == "CPU (1 thread)"
        assert i18n.translate("Device", "CPU (%n thread(s))", None, 4) == "CPU (4 threads)"


@pytest.mark.parametrize("language", sorted(translations.TS_FILES))
def test_qm_files_are_compiled_from_the_current_ts(language, tmp_path):
    ts = translations.ts_path(language)
    translations.lrelease(ts, tmp_path / "fresh.qm")
    assert ts.with_suffix(".qm").read_bytes() == (tmp_path / "fresh.qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is older than {ts.name}: run `{translations.UPDATE_COMMAND}`"
    )


def test_every_korean_entry_of_the_translated_contexts_is_finished():
    messages = translations.read_messages(translations.ts_path("ko"))
    contexts = {m.context for m in messages}
    if translations.TRANSLATED_CONTEXTS != translations.ALL:
        assert set(translations.TRANSLATED_CONTEXTS) <= contexts, "a declared context has no strings"
    todo = translations.unfinished(messages)
    assert not todo, f"{len(todo)} Korean entries to translate, e.g. {[(m.context, m.source) for m in todo[:5]]}"


def test_english_plurals_all_have_two_forms():
    plurals = translations.read_messages(translations.ts_path("en"))
    assert plurals, "no plural in the code yet: the English plural forms are untested"
    for message in plurals:
        assert message.numerus and message.finished and len(message.translations) == 2, message


def test_translations_keep_every_placeholder():
    """A template's {name} or %n lost in translation would fail in .format() or show raw."""
    for language in translations.TS_FILES:
        for message in translations.read_messages(translations.ts_path(language)):
            for text in message.translations:
                if text:
                    assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(message.source)), (
                        f"{language}: {message.source!r} -> {text!r}"
                    )


# --- choosing the language ------------------------------------------------------------------------
def test_command_line_beats_remembered_beats_system(monkeypatch):
    monkeypatch.setattr(lang, "system_language", lambda: "ko")
    assert lang.choose_language("en", "ko") == "en"
    assert lang.choose_language(None, "en") == "en"
    assert lang.choose_language(None, "system") == "ko"
    assert lang.choose_language(None, None) == "ko"


@pytest.mark.parametrize(("locale", "expected"), [("ko_KR.UTF-8", "ko"), ("de_DE.UTF-8", "en"), ("C", "en")])
def test_system_locale_decides_without_a_choice(locale, expected):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=locale, PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", "from nnstudio.ui.language import system_language; print(system_language())"],
        env=env, capture_output=True, text=True, timeout=180,
    )
    assert out.stdout.strip() == expected, out.stderr


def test_korean_shell_and_qt_strings(make_main_window, korean):
    window = make_main_window()
    assert [window.tabs.tabText(i) for i in range(4)] == ["픽셀", "필터", "신경망", "학습 원리"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["파일(&F)", "편집(&E)", "보기(&V)"]
    assert window.language_menu.title() == "언어(&L)"
    assert sample_labels()["chelsea"] == "고양이 첼시 (RGB 사진)"  # core text through core.i18n
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"  # Qt's own, from qtbase_ko
    window.select_tab("network")  # keys, not displayed titles, pick tabs
    assert window.current_page().key == "network"


def test_english_plural_forms_on_screen(make_main_window, qtbot, tmp_path):
    from nnstudio.ui.app import create_application

    create_application()
    paths = []
    for name in ("a.png", "b.png"):
        Image.fromarray(np.zeros((4, 4, 3), np.uint8)).save(tmp_path / name)
        paths.append(tmp_path / name)
    with lang.language_installed("en"):
        window = make_main_window()
        _drop(window, paths)
        assert window.statusBar().currentMessage() == "Opening a.png, the first of the 2 files dropped…"
        one = QCoreApplication.translate("MainWindow", "Opening {name}, the first of the %n file(s) dropped…", "", 1)
        assert one == "Opening {name}, the first of the 1 file dropped…"
        qtbot.waitUntil(lambda: window.document.image.source.name == "a.png", timeout=60_000)


def _drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPoint(10, 10)
    QApplication.sendEvent(window, QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime,
                                                   Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(window, QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def remembered_language():
    """Leaves the stored choice as it found it, whatever the test does."""
    before = Settings().language()
    yield
    Settings().set_language(before)


def test_view_language_stores_the_key_and_offers_a_restart(make_main_window, qtbot, monkeypatch,
                                                           remembered_language, _no_relaunch):
    asked = []
    monkeypatch.setattr(LanguageMenu, "ask_restart", lambda self: asked.append(True) or True)
    settings = Settings()
    window = make_main_window(settings=settings)
    menu = window.language_menu
    assert [a.text() for a in menu.actions()][:2] == ["한국어", "English"]
    with qtbot.waitSignal(menu.restart_requested, timeout=1000):
        menu.action_for("ko").trigger()
    assert asked and Settings().language() == "ko"
    assert len(_no_relaunch) == 1  # the restart asked for one new process (a stand-in here)
    assert menu.action_for("ko").isChecked()
    asked.clear()
    with qtbot.assertNotEmitted(menu.restart_requested, wait=0):
        menu.action_for("en").trigger()  # English is what runs now: nothing to restart for
    assert not asked and Settings().language() == "en"


def test_a_restart_starts_the_app_as_it_was_started_without_lang():
    assert relaunch_command("/py", ["-m", "nnstudio", "--lang", "ko", "img.png"], frozen=False) == (
        "/py", ["-m", "nnstudio", "img.png"])
    assert relaunch_command("/app/nnstudio", ["--lang=en"], frozen=True) == ("/app/nnstudio", [])


def test_no_hangul_font_is_said_once(make_main_window, monkeypatch):
    window = make_main_window()
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *args: []))
    assert lang.warn_once("en", window.statusBar().showMessage) is None
    assert lang.warn_once("ko", window.statusBar().showMessage) == lang.NO_HANGUL_FONT
    assert "fonts-noto-cjk" in window.statusBar().currentMessage()


def test_screenshot_in_korean_differs_and_leaves_english_behind(tmp_path):
    from nnstudio.ui.screenshot import render_screenshot

    render_screenshot(tmp_path / "en.png", size=(1100, 720), language="en")  # above either minimum width
    render_screenshot(tmp_path / "ko.png", size=(1100, 720), language="ko")
    en = np.asarray(Image.open(tmp_path / "en.png"))[:50]
    ko = np.asarray(Image.open(tmp_path / "ko.png"))[:50]
    assert en.shape == ko.shape and (en != ko).any()  # menus and tab titles changed
    assert lang.installed_language() is None and i18n.translate("Samples", "Checkerboard") == "Checkerboard"


def test_cli_lang_routes_to_the_app_and_refuses_unknown_languages(capsys):
    from nnstudio.cli import build_parser, main

    args = build_parser().parse_args(["gui", "--lang", "ko", "x.png"])
    assert (args.lang, args.image) == ("ko", "x.png")
    assert main(["--lang", "xx"]) == 2
    assert "invalid choice: 'xx'" in capsys.readouterr().err


# --- the pseudo-locale check --------------------------------------------------------------------
def _shell_only(widget) -> bool:
    """The converted part: everything but the tabs' own contents (the full pass drops this)."""
    return isinstance(widget, Page)


def _not_a_tab_entry(action: QAction) -> bool:
    """Entries a tab adds to the File menu carry the tab as their data (so do sub-menus' entries)."""
    entries = [action] + (action.menu().actions() if action.menu() is not None else [])
    return not any(isinstance(a.data(), Page) for a in entries)


def test_walker_catches_text_that_bypasses_tr(make_main_window, pseudo):
    window = make_main_window()
    window.statusBar().addWidget(QLabel("Hello there", objectName="stray"))
    window.show()
    bad = text_walk.untranslated(text_walk.walk(window, _shell_only, _not_a_tab_entry))
    assert [t.text for t in bad] == ["Hello there"]


def test_pseudo_locale_shell_has_no_unwrapped_text(make_main_window, pseudo, qtbot, monkeypatch):
    window = make_main_window()
    window.show()
    qtbot.waitUntil(lambda: window.device_label.ready, timeout=120_000)
    texts = text_walk.walk(window, _shell_only, _not_a_tab_entry)
    box = window.language_menu.restart_box()
    texts += text_walk.visible_texts(box) + [text_walk.Text("restart", "text", b.text()) for b in box.buttons()]
    box.deleteLater()
    kinds = {t.kind for t in texts}
    assert {"tab", "menu", "tooltip", "text", "title"} <= kinds, kinds  # the walk saw the shell
    dialogs = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: dialogs.append(a[1:4]) or ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: dialogs.append((a[1], a[3])) or ("", ""))
    window._ask_open()
    window.save_result()
    texts += [text_walk.Text("file dialog", "title", part) for dialog in dialogs for part in dialog if part]
    QApplication.clipboard().clear()
    window.paste_image()  # one of the shell's own error sentences
    texts += text_walk.visible_texts(window.statusBar())
    bad = text_walk.untranslated(texts)
    assert not bad, "not through tr():\n" + text_walk.report(bad)


def test_tr_in_a_base_class_finds_its_translation_from_a_subclass(tmp_path):
    """The context rule in core/i18n.py: lupdate files self.tr() under the class where it is
    written; PySide6 looks under the runtime class, then its bases."""
    from PySide6.QtCore import QObject, QTranslator

    from nnstudio.ui.app import create_application

    create_application()

    class TrProbeBase(QObject):
        def hello(self) -> str:
            return self.tr("Hello")

    class TrProbeSub(TrProbeBase):
        pass

    ts = tmp_path / "probe.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ko_KR">'
                  "<context><name>TrProbeBase</name><message><source>Hello</source>"
                  "<translation>안녕하세요</translation></message></context></TS>\n", encoding="utf-8")
    translations.lrelease(ts, tmp_path / "probe.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "probe.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert TrProbeSub().hello() == "안녕하세요"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_without_a_translator_plurals_follow_the_english_forms():
    lang.uninstall_language()
    assert i18n.translate("Device", "CPU (%n thread(s))", None, 1) == "CPU (1 thread)"
    assert i18n.translate("Device", "CPU (%n thread(s))", None, 8) == "CPU (8 threads)"
    assert i18n.translate("Samples", "Checkerboard") == "Checkerboard"


def test_pseudo_locale_network_and_learning_tabs_have_no_unwrapped_text(make_main_window, pseudo, qtbot):
    """The Network and Learning tabs are converted: every view, side tab and sub-tab, before
    training and after an epoch of a convolutional network, and the Rosenblatt log."""
    window = make_main_window()
    window.show()
    qtbot.waitUntil(lambda: window.device_label.ready, timeout=120_000)
    pages = {page.key: page for page in window.pages}
    network, learning = pages["network"], pages["learning"]

    def texts_of(page):
        window.select_tab(page.key)
        found = text_walk.walk(window, lambda w: isinstance(w, Page) and w is not page)
        return [t for t in found if type(page).__name__ in t.where]

    texts = texts_of(network)
    network.open_preset("lenet_digits")
    qtbot.waitUntil(lambda: network.data_panel.data is not None and network.data_panel.data.name == "digits",
                    timeout=60_000)
    network.run_bar.step.click()
    qtbot.waitUntil(lambda: network.network.run_state.value == "paused", timeout=120_000)
    for side in range(network.side.count()):
        network.side.setCurrentIndex(side)
        texts += texts_of(network)
    network.run_bar.stop.click()
    qtbot.waitUntil(lambda: not network.network.training_alive, timeout=30_000)
    learning.show_panel("rosenblatt")
    learning.panels["rosenblatt"].run_button.click()
    texts += texts_of(learning)
    kinds = {t.kind for t in texts}
    assert {"text", "tooltip", "plot", "item", "tab"} <= kinds, kinds  # the walk saw the views
    bad = text_walk.untranslated(texts)
    assert not bad, "not through tr():\n" + text_walk.report(bad)


def _untranslated_on(page, qtbot) -> list[text_walk.Text]:
    qtbot.wait(0)  # layout and pending paints, so that what is read is what is shown
    return text_walk.untranslated(text_walk.visible_texts(page))


def test_pseudo_locale_pixels_tab_in_every_mode(make_main_window, pseudo, qtbot):
    """Every mode, every side tab, the hover readout and the compression report of the Pixels
    tab went through tr() (states the window walk does not open)."""
    window = make_main_window()
    window.show()
    window.select_tab("pixels")
    page = window.pages[0]
    bad = []
    for mode in ("rgb24", "gray8", "1bit", "bits", "palette", "bitplane"):
        page.controls.set_mode(mode)
        qtbot.waitUntil(lambda: page.conversion is not None and page.conversion.settings == page.controls.settings(),
                        timeout=20_000)
        view = page.compare.result
        view.graphics.scene().sigMouseMoved.emit(view.vb.mapViewToScene(QPointF(40.5, 30.5)))
        for tab in range(page.side_tabs.count()):
            page.side_tabs.setCurrentIndex(tab)
            if page.side_tabs.currentWidget() is page.compression:
                qtbot.waitUntil(lambda: page.compression.encoded is not None, timeout=20_000)
            bad += _untranslated_on(page, qtbot)
    page.controls.model.update(exact_size=True)
    bad += _untranslated_on(page, qtbot)
    assert not bad, "not through tr():\n" + text_walk.report(set(bad))


def test_pseudo_locale_filters_tab_for_every_stage(make_main_window, pseudo, qtbot):
    """Each kind of stage (conv, activation, pooling, every image operation) with its editor,
    its strip entry and an explained pixel, and the operations menu, went through tr()."""
    from nnstudio.core.operation_catalog import OPERATIONS

    window = make_main_window()
    window.show()
    window.select_tab("filters")
    page = window.pages[1]
    page.model.select(0)
    bad = text_walk.untranslated(text_walk.menu_texts(page.strip.add_operation.menu(), "operations"))
    for kind in ("conv", "activation", "pool", *OPERATIONS):
        page.model.add(kind)
        qtbot.waitUntil(lambda: page.result is not None and page.result.complete
                        and page.result.selected == page.model.selected, timeout=20_000)
        page.views.click_frame_point(60.5, 40.5)
        bad += [t for t in _untranslated_on(page, qtbot)]
        page.model.remove_selected()
    assert not bad, "not through tr():\n" + text_walk.report(set(bad))


def test_counts_on_screen_follow_the_language_locale(make_main_window, qtbot):
    """The facts panel's counts take the thousands separator of the interface language's
    locale (German writes 135.300, English and Korean 135,300)."""
    from PySide6.QtCore import QLocale

    from nnstudio.core.samples import load_sample
    from nnstudio.ui.locale_numbers import count

    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert count(1234567) == "1.234.567"
        window = make_main_window(load_sample("chelsea"))
        page = window.pages[0]
        qtbot.waitUntil(lambda: page.conversion is not None, timeout=20_000)
        assert "451 × 300 = 135.300" in page.facts.text()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    with lang.language_installed("ko"):
        assert count(1234567) == "1,234,567"


def test_the_design_checker_and_its_fixes_speak_korean():
    """The checker's sentences and its Fix buttons' labels reach the Korean window translated
    (the output-size sentence and several fix labels were English-only)."""
    from nnstudio.nn.design import analyse, design_from_dict
    from nnstudio.ui.app import create_application
    from nnstudio.ui.language import language_installed

    create_application()

    def design(layers, input_shape=(1, 8, 8)):
        return design_from_dict({"version": 1, "input": list(input_shape), "layers": layers})

    with language_installed("ko"):
        error = analyse(design([{"type": "Flatten"}, {"type": "Linear", "out_features": 7}]), num_classes=10).error
        flat = analyse(design([{"type": "Linear", "out_features": 3}])).error  # image input into Linear
    assert "클래스마다 하나씩" in str(error) and error.fix["label"] == "out_features를 10(으)로"
    assert "평평한 입력" in str(flat) and flat.fix["label"] == "앞에 Flatten 넣기"
