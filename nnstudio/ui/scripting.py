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
def scripted_window(tab: str, size: tuple[int, int]) -> Iterator:
    """The main window offscreen on ``tab``, as a user first sees it (the compute device
    already named), without remembered settings; shut down and closed afterwards."""
    app = create_application(offscreen=True)
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


def print_rendered(render: Callable[[str], list[Path]]) -> None:
    """``python -m ...screenshots [FOLDER]``: render into FOLDER (default: here), list the files."""
    for path in render(sys.argv[1] if len(sys.argv) > 1 else "."):
        print(path)
