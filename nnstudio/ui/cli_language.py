"""The command line's language: nnstudio's Korean or English messages without a window.

The CLI has no QApplication, so Qt's own translate() sees no translator. A QTranslator works
on its own, though: this loads ``nnstudio_<language>.qm`` into one and hands it to
core.i18n, so that every ``translate()`` of core, nn and cli answers in that language. A
text the file lacks (or an unfinished one) falls back to the English source.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from ..core import i18n
from ..core.resources import resource

_kept: list[QTranslator] = []  # the translator must outlive every call


def install_cli_language(language: str) -> bool:
    """Answer core.i18n's translate() in ``language`` ("ko", "en"); False when its file is missing."""
    translator = QTranslator()
    if not translator.load(f"nnstudio_{language}", str(resource("translations"))):
        return False
    _kept[:] = [translator]

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n)
        if not found:
            return i18n.english(text, n)
        return found.replace("%n", str(n)) if n >= 0 else found

    i18n.install(translate)
    return True
