"""Translatable text for code that knows nothing of Qt (core, nn, cli).

Every user-visible sentence in nnstudio goes through a translator. Widgets call Qt's own
``self.tr()``; code below the ui (errors raised by core and nn, CLI messages) calls
:func:`translate` from here, with the same arguments as ``QCoreApplication.translate``, so
that ``pyside6-lupdate`` finds these strings too (it extracts any call named ``translate``
whose first two arguments are string literals). The GUI installs Qt's translator with
:func:`install` at start-up; without one (the CLI, plain tests) the English source is used.

Templates take named arguments with ``str.format`` after translation, never f-strings, so a
translator sees the whole sentence and may reorder it::

    raise InputError(translate("ImageIO", "{name} is empty.").format(name=path.name))

Plurals use Qt's ``%n`` with ``n`` (English ``.ts`` forms give "1 sample" / "2 samples")::

    translate("Datasets", "%n sample(s)", None, count)

lupdate only sees a ``translate()`` call whose arguments are all positional and whose count is
a plain name or number: ``translate("Ctx", "%n file(s)", None, len(files))`` and
``translate("Ctx", "...", n=count)`` are silently left out of the .ts files, so put the count
in a variable first (``self.tr()`` has no such limit); tests/ui/test_translations.py fails on
any call lupdate missed. lupdate does not mark such a call as a plural either:
``python -m nnstudio.ui.translations update`` makes every message with ``%n`` a plural.

Contexts. lupdate files a ``self.tr()`` string under the class in which the call is written.
PySide6 (checked with 6.11) looks it up under the object's runtime class first and then under
each base class along the MRO, so ``self.tr()`` in a base class finds the base class's
translation from every subclass. Two consequences: a subclass that happens to translate the
same source text itself wins over its base; and since a context is a bare class name, two
classes of the same name in different modules share one context (give them distinct names,
or call ``QCoreApplication.translate("ExplicitContext", ...)``). Outside QObject subclasses
(plain classes, module functions) always pass an explicit context.

A constant that is translated later, where it is shown, is marked with
:func:`QT_TRANSLATE_NOOP` (lupdate knows the name) and shown with ``translate(context, value)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    """Use ``translator(context, text, disambiguation, n)`` from now on (None: English)."""
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the user's language; ``%n`` is replaced by ``n`` when n >= 0.

    Without a translator (the CLI, plain tests) plurals follow the English convention of the
    sources: "(s)" or "(es)" is dropped for 1 and becomes "s" or "es" otherwise, as
    nnstudio_en.ts has it.
    """
    if _translator is not None:
        return _translator(context, text, disambiguation, n)
    return english(text, n)


def english(text: str, n: int = -1) -> str:
    """The English source with its plural resolved: what :func:`translate` gives without a
    translator, and what a translator falls back to for a text it lacks."""
    if n < 0:
        return text
    return re.sub(r"\((e?s)\)", "" if n == 1 else r"\1", text).replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for extraction under ``context`` without translating it yet."""
    return text
