"""File ▸ Save session / Open session / New session, and the last session kept across runs.

Reading and writing happen on background threads (a large image's PNG takes longer than the
window may wait); a file that cannot be used gets one sentence in the status bar and changes
nothing. When the app runs for real (not in tests), the session is saved on close to
``last-session.nnstudio`` beside the settings and opened again at the next start;
``nnstudio --clean`` and File ▸ New session start from a clean slate instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from ...core.errors import InputError
from ...core.session_file import SUFFIX
from ..menu_action import add_action
from ..session_log import logger
from ..workers import LatestJobRunner
from . import snapshot

LAST_SESSION = "last-session" + SUFFIX


class SessionActions(QObject):
    def __init__(self, window, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.remember_on_close = False  # run_gui turns it on; tests leave the user's file alone
        self._saver = LatestJobRunner("session-save", self)
        self._loader = LatestJobRunner("session-open", self)
        self._saver.finished.connect(self._on_saved)
        self._saver.failed.connect(window.show_error)
        self._loader.finished.connect(self._on_loaded)
        self._loader.failed.connect(window.show_error)
        self._quiet = False  # the restore at start says nothing when it works
        self._after: list = []  # what waits for the restore at start
        self._loader.finished.connect(self._run_after)
        self._loader.failed.connect(self._run_after)
        self.new_action = add_action(self.window, menu, self.tr("&New session"), self.new_session, "action_new_session", None)
        self.open_action = add_action(self.window, menu, self.tr("Open sess&ion…"), self.ask_open, "action_open_session",
                                     QKeySequence("Ctrl+Shift+O"))
        self.save_action = add_action(self.window, menu, self.tr("Save sessio&n…"), self.ask_save, "action_save_session",
                                     QKeySequence.StandardKey.Save)


    @property
    def busy(self) -> bool:
        return self._saver.busy or self._loader.busy

    # --- saving -----------------------------------------------------------------------------
    def ask_save(self) -> None:
        stem = Path(self.window.document.image.source.name).stem or "session"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save session"), stem + SUFFIX,
                                              self.tr("nnstudio sessions (*{suffix})").format(suffix=SUFFIX))
        if path:
            self.save(path)

    def save(self, path: str | Path) -> None:
        """Save the session to `path` (".nnstudio" added when missing) in the background."""
        path = Path(path)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        self.window.statusBar().showMessage(self.tr("Saving session {name}…").format(name=path.name))
        self._saver.submit(snapshot.save, path, snapshot.capture(self.window))

    def _on_saved(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Saved session {name}.").format(name=path.name), 5000)

    # --- opening ------------------------------------------------------------------------------
    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open session"), "",
                                              self.tr("nnstudio sessions (*{suffix})").format(suffix=SUFFIX))
        if path:
            self.open(path)

    def open(self, path: str | Path) -> None:
        """Read and check the whole file in the background; apply it only if all of it is good."""
        self._quiet = False
        self.window.statusBar().showMessage(self.tr("Opening session {name}…").format(name=Path(path).name))
        self._loader.submit(snapshot.load, str(path))

    def new_session(self) -> None:
        """Start clean: the first-start image, default Pixels settings, pipeline and design."""
        self._quiet = False
        self._loader.submit(snapshot.defaults, self.window.current_page().key)

    def _on_loaded(self, restored: snapshot.Restored) -> None:
        snapshot.apply(self.window, restored)
        if self._quiet:
            self.window.statusBar().clearMessage()
        elif restored.source:
            self.window.statusBar().showMessage(self.tr("Opened session {name}.").format(name=restored.source), 5000)
        else:
            self.window.statusBar().showMessage(self.tr("Started a new session."), 5000)
        self._quiet = False

    # --- the last session ------------------------------------------------------------------------
    def last_path(self) -> Path:
        return self.window.settings.folder() / LAST_SESSION

    def restore_last(self, then=None) -> bool:
        """Open the session saved when the app last closed, if there is one; `then()` runs
        once it has been applied or refused (an image named on the command line comes after
        it, so that the session does not replace it)."""
        path = self.last_path()
        if not path.is_file():
            if then is not None:
                then()
            return False
        self._quiet = True
        if then is not None:
            self._after.append(then)
        self._loader.submit(snapshot.load, str(path))
        return True

    def _run_after(self, *_args) -> None:
        after, self._after = self._after, []
        for callback in after:
            callback()

    def save_last_now(self) -> None:
        """On close: write the last session before the window goes (waits for it)."""
        if not self.remember_on_close:
            return
        try:
            self.last_path().parent.mkdir(parents=True, exist_ok=True)
            snapshot.save(self.last_path(), snapshot.capture(self.window))
        except (InputError, OSError) as exc:
            logger("session").warning("the last session was not saved: %s", exc)

    def shutdown(self) -> None:
        self._saver.shutdown()
        self._loader.shutdown()
