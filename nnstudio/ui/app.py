"""Creating the QApplication and running the GUI."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..core.heap import return_large_blocks
from ..core.resources import resource
from .session_log import logger


def create_application(*, offscreen: bool = False) -> QApplication:
    """The one QApplication, configured the way every view expects."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return_large_blocks()  # freed images and tensors go back to the system (core/heap.py)
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("nnstudio")
    app.setOrganizationName("nnstudio")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("nnstudio")
    icon = resource("icons", "nnstudio.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    _configure_pyqtgraph()
    qInstallMessageHandler(_qt_message)
    return app


#: Qt warnings that say nothing to a user: the offscreen platform (tests, screenshots)
#: cannot pass size hints to a window manager it does not have.
_HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",
                         "This plugin does not support raise()")


def _qt_message(mode: QtMsgType, context, message: str) -> None:
    if message in _HARMLESS_QT_MESSAGES:
        return
    print(f"Qt: {message}", file=sys.stderr)
    if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        logger("qt").error("%s", message)
    else:
        logger("qt").warning("%s", message)


def _configure_pyqtgraph() -> None:
    # Images are (rows, columns) everywhere in nnstudio, as numpy and OpenCV have them;
    # pyqtgraph's default is column-major. Set once, at start-up.
    import pyqtgraph as pg

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)


def run_gui(image_path: str | None = None, language: str | None = None, clean: bool = False) -> int:
    """Open the main window (with IMAGE if given) and run until it is closed.

    ``language`` ("ko", "en") comes from ``--lang``; without it the remembered choice or the
    system's language is used. The session of the last run is restored unless ``clean``
    (``--clean``); the session is saved again on close.
    """
    app = create_application()
    from .language import choose_language, install_language, warn_once
    from .main_window import MainWindow  # after the QApplication: widgets need it
    from .safety import install_excepthook
    from .settings import Settings

    install_excepthook()  # an error in a slot becomes a sentence and a log entry, not a crash

    settings = Settings()
    chosen = choose_language(language, settings.language())
    install_language(chosen)  # before any widget exists: each sets its texts once
    window = MainWindow(settings=settings)
    warn_once(chosen, window.statusBar().showMessage)
    window.show()
    window.sessions.remember_on_close = True
    open_image = (lambda: window.open_path(image_path)) if image_path else None
    if clean:
        if open_image is not None:
            open_image()
    else:
        window.sessions.restore_last(then=open_image)
    if settings.lessons_shown():  # on the first start, and whenever it was left open
        window.show_lessons()
    return app.exec()
