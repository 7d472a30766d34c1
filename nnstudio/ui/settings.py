"""What nnstudio remembers between runs: window geometry, last tab, recent files, language.

Stored with QSettings under a versioned group; values from a newer or unknown version are
ignored rather than misread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

SETTINGS_VERSION = 1
MAX_RECENT = 8


class Settings:
    """Typed access to the stored settings. ``persist=False`` reads but never writes."""

    def __init__(self, qsettings: QSettings | None = None, *, persist: bool = True) -> None:
        self._q = qsettings if qsettings is not None else default_qsettings()
        self._persist = persist
        self._damaged: str | None = None  # the settings file, when it could not be read
        self._migrate()

    def _migrate(self) -> None:
        stored = self._q.value("version", None)
        try:
            version = int(stored) if stored is not None else None
        except (TypeError, ValueError):
            version = -1  # not a number at all: the file was damaged or written by hand
            self._damaged = self._q.fileName()
        if version != SETTINGS_VERSION:
            # Version 1 is the first; anything else is from an unknown future: start afresh.
            if self._persist:
                self._q.clear()
                self._q.setValue("version", SETTINGS_VERSION)

    @property
    def reset_reason(self) -> str | None:
        """Why the stored settings were thrown away at start: one sentence for the status bar
        (translated when asked, after the language has been chosen), or None."""
        if self._damaged is None:
            return None
        return QCoreApplication.translate(
            "Settings", "The settings file was damaged ({path}); nnstudio started with its defaults."
        ).format(path=self._damaged)

    # window ------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._set("window/geometry", geometry)

    def last_tab(self) -> int:
        try:
            return int(self._q.value("window/last_tab", 0))
        except (TypeError, ValueError, OverflowError):
            return 0

    def set_last_tab(self, index: int) -> None:
        self._set("window/last_tab", index)

    # language ----------------------------------------------------------------------
    def language(self) -> str:
        """The View ▸ Language choice as a key: "ko", "en" or "system" (the default)."""
        value = self._q.value("ui/language", "system")
        return value if value in ("ko", "en", "system") else "system"

    def set_language(self, key: str) -> None:
        if key not in ("ko", "en", "system"):
            raise ValueError(f"unknown language key {key!r}")
        self._set("ui/language", key)

    # recent files --------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self._q.value("files/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a 1-item list
            value = [value]
        if not isinstance(value, (list, tuple)):
            return []  # a hand-edited file: anything else is not a list of paths
        return [str(v) for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent_file(self, path: str) -> list[str]:
        recent = [path] + [p for p in self.recent_files() if p != path]
        self._set("files/recent", recent[:MAX_RECENT])
        return recent[:MAX_RECENT]

    def remove_recent_file(self, path: str) -> list[str]:
        recent = [p for p in self.recent_files() if p != path]
        self._set("files/recent", recent)
        return recent

    def folder(self) -> Path:
        """The folder of the settings file; the last session is kept beside it."""
        return Path(self._q.fileName()).parent

    # lessons -------------------------------------------------------------------------
    def lessons_done(self) -> set[str]:
        """The finished lesson steps, as "lesson-id/step-id" keys."""
        value = self._q.value("lessons/done", [])
        if isinstance(value, str):
            value = [value]
        return {str(v) for v in value if isinstance(v, str) and v} if isinstance(value, (list, tuple)) else set()

    def set_lessons_done(self, keys: set[str]) -> None:
        self._set("lessons/done", sorted(keys))

    def lessons_shown(self) -> bool:
        """Whether the Lessons panel opens at start: yes on the first start, then as it was
        left (closing it dismisses it for the next starts)."""
        value = self._q.value("lessons/shown", True)
        return value not in (False, "false", "0", 0)

    def set_lessons_shown(self, shown: bool) -> None:
        self._set("lessons/shown", bool(shown))

    def sync(self) -> None:
        """Write pending changes now (before another process reads them)."""
        if self._persist:
            self._q.sync()

    def _set(self, key: str, value: object) -> None:
        if self._persist:
            self._q.setValue(key, value)


def default_qsettings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "nnstudio", "nnstudio")
