"""The interface language: which one, and loading its translations into Qt.

The language is ``--lang ko|en`` when given, else the choice remembered from View ▸ Language,
else the system's (a Korean system locale gives Korean, anything else English). Loading it
installs two QTranslators, nnstudio's own ``nnstudio_<lang>.qm`` (resources/translations/) and
Qt's ``qtbase_<lang>.qm`` (Cancel, OK, the file dialog), and makes core.i18n's ``translate``
use Qt's, so messages from core and nn follow the same language.

Settings and files store the key ("ko", "en", "system"), never a displayed name.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from ..core import i18n
from ..core.resources import resource

KOREAN = "ko"
ENGLISH = "en"
SYSTEM = "system"
LANGUAGES = (KOREAN, ENGLISH)
CHOICES = (KOREAN, ENGLISH, SYSTEM)

#: Each language's name in itself, as language menus show them (never translated).
ENDONYMS = {KOREAN: "한국어", ENGLISH: "English"}

#: The one sentence shown when Korean is chosen but no installed font has Hangul. It stays
#: in English on purpose: without such a font, Korean letters would be drawn as boxes.
NO_HANGUL_FONT = (
    "No installed font has Korean letters, so Korean text would show as boxes: install one "
    "(on Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) or choose View ▸ Language ▸ English."
)


def system_language() -> str:
    """"ko" when the system's user-interface language is Korean (LANG=ko_KR.UTF-8), else "en"."""
    preferred = QLocale.system().uiLanguages()
    return KOREAN if preferred and preferred[0].lower().startswith("ko") else ENGLISH


def choose_language(requested: str | None, remembered: str | None) -> str:
    """The language to use: the command line's, else the remembered choice, else the system's."""
    for choice in (requested, remembered):
        if choice in LANGUAGES:
            return choice
    return system_language()


def install_language(language: str) -> list[QTranslator]:
    """Load ``language``'s translations into the running application (replacing earlier ones).

    English needs nnstudio_en.qm too: it holds the plural forms ("1 sample", "2 samples").
    Returns the translators that loaded; a missing file leaves that part in English.
    """
    return install_files(
        language,
        [(f"nnstudio_{language}", str(resource("translations"))),
         (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))],
    )


def install_files(language: str, files: list[tuple[str, str]]) -> list[QTranslator]:
    """Install the .qm files ``(name, folder)`` that exist, as ``language`` (the pseudo-locale
    test installs its own file this way)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("installing a translation needs a QApplication")
    uninstall_language()
    translators = []
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            translators.append(translator)
        else:
            translator.deleteLater()
    app.setProperty("nnstudio_language", language)
    # Numbers on screen (counts, sizes) as the language writes them: see locale_numbers.py.
    QLocale.setDefault(QLocale(language) if language in LANGUAGES else QLocale(ENGLISH))
    _installed.extend(translators)
    i18n.install(_qt_translate)
    return translators


def installed_language() -> str | None:
    """The language loaded by :func:`install_language`, or None before it was called."""
    app = QCoreApplication.instance()
    value = app.property("nnstudio_language") if app is not None else None
    return value or None


def uninstall_language() -> None:
    """Back to the English sources (tests switch languages with this)."""
    while _installed:
        translator = _installed.pop()
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty("nnstudio_language", None)
    i18n.install(None)


_installed: list[QTranslator] = []


@contextmanager
def language_installed(language: str | None) -> Iterator[None]:
    """``language`` for the duration of a block (None: leave things as they are)."""
    if language is None:
        yield
        return
    before = installed_language()
    install_language(language)
    try:
        yield
    finally:
        if before is None:
            uninstall_language()
        else:
            install_language(before)


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def hangul_family() -> str | None:
    """An installed font family for Korean, the Korean cut of a CJK family first."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    korean = [f for f in families if "KR" in f or "Korean" in f]
    return (korean or families or [None])[0]


def prefer_hangul_font(widget) -> None:
    """In Korean, draw ``widget`` in a family that has Hangul *and* Latin. Left to fall back
    glyph by glyph from a Latin font, Qt measures an item text that mixes both ("활성화 ReLU")
    smaller than it paints it, elides it and drops its next line. (Only where that bites: the
    whole window in a CJK font has taller lines, which other views are not sized for.)"""
    family = hangul_family() if installed_language() == KOREAN else None
    if family is not None:
        font = widget.font()
        font.setFamilies([family, *font.families()])
        widget.setFont(font)


def hangul_font_available() -> bool:
    """Whether any installed font can draw Korean (Qt then falls back to it for Hangul)."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))


def font_warning(language: str) -> str | None:
    """The sentence to show once when ``language`` needs glyphs no installed font has."""
    if language == KOREAN and not hangul_font_available():
        return NO_HANGUL_FONT
    return None


def warn_once(language: str, show) -> str | None:
    """Say :func:`font_warning` once: on stderr and through ``show(sentence)``."""
    warning = font_warning(language)
    if warning:
        print(f"nnstudio: {warning}", file=sys.stderr)
        show(warning)
    return warning
