"""Driving the real window from scripts and benchmarks: the README's screenshot scripts, the
latency measurements. Not used by the app itself."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from .app import create_application
from .language import language_installed
from .picture_files import save_png
from .settings import Settings


def wait_until(condition, ms: int = 180_000) -> None:
    """Run the event loop until condition() holds or `ms` have passed (scripts, benchmarks)."""
    # A local event loop polled by a timer (never processEvents(WaitForMoreEvents, ms)).
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: condition() and loop.quit())
    poll.start()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    poll.stop()


@contextmanager
def scripted_window(tab: str, size: tuple[int, int], language: str | None = None) -> Iterator:
    """The main window offscreen on ``tab``, as a user first sees it (the compute device
    already named), without remembered settings, in ``language`` ("ko", "en"; None: as it
    is); shut down and closed afterwards."""
    app = create_application(offscreen=True)
    with language_installed(language):
        yield from _scripted(app, tab, size)


def _scripted(app, tab: str, size: tuple[int, int]) -> Iterator:
    from .main_window import MainWindow

    window = MainWindow(settings=Settings(persist=False))
    window.select_tab(tab)
    window.show()
    window.resize(*size)  # after show(): showing restores the remembered geometry
    try:
        wait_until(lambda: window.device_label.ready, 30_000)
        yield window
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()


def save_grab(window, path: Path) -> Path:
    """Let pending repaints happen, then save a picture of the window to ``path``."""
    QApplication.processEvents()
    return save_png(window.grab(), path)


def print_rendered(render: Callable[..., list[Path]]) -> None:
    """``python -m ...screenshots [FOLDER] [--lang ko|en]``: render into FOLDER (default: here)
    in that language (Korean pictures get a "-ko" suffix), list the files."""
    args = sys.argv[1:]
    language = None
    if "--lang" in args:
        at = args.index("--lang")
        language = args[at + 1] if at + 1 < len(args) else None
        del args[at:at + 2]
    for path in render(args[0] if args else ".", language):
        print(path)


def shot_name(stem: str, language: str | None) -> str:
    """'pixels-zoom.png', or 'pixels-zoom-ko.png' for the Korean picture."""
    return f"{stem}-{language}.png" if language and language != "en" else f"{stem}.png"
