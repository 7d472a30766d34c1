"""Counts and sizes on screen, written the way the interface language writes numbers.

The language's QLocale (set with the translation, see language.py) puts in the thousands
separators: 135,300 in English and Korean alike, 135.300 in a language that writes it so.
Files, the CLI's JSON and the status of a computation keep plain numbers; only what a person
reads goes through here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def locale() -> QLocale:
    """The interface language's locale; English where none was set (Qt's "C" locale, as on a
    bare system, writes no thousands separators)."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return current


def count(n: int) -> str:
    """A whole number with the locale's thousands separators."""
    return locale().toString(int(n))


def decimal(value: float, places: int) -> str:
    """A number with ``places`` decimals and the locale's separators."""
    return locale().toString(float(value), "f", places)


def byte_size(n: int) -> str:
    """'405,900 bytes (396.4 KiB)'; under a KiB just the bytes."""
    text = QCoreApplication.translate("Numbers", "{n} bytes").format(n=count(n))
    if n < 1024:
        return text
    return QCoreApplication.translate("Numbers", "{bytes} ({human})").format(bytes=text, human=human(n))


def human(n: int) -> str:
    """396.4 KiB, 1.2 MiB: the size in the largest binary unit that keeps it at least 1."""
    value = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            break
        value /= 1024
    if unit == "bytes":
        return QCoreApplication.translate("Numbers", "{n} bytes").format(n=count(n))
    return f"{decimal(value, 1)} {unit}"
