"""`nnstudio screenshot`: render the real main window offscreen and save it as PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from ..core.image_io import load_image
from .app import create_application
from .language import choose_language, language_installed, warn_once
from .picture_files import save_png
from .settings import Settings

#: How long to wait for torch to report the compute device before grabbing anyway.
DEVICE_WAIT_MS = 30_000


def render_screenshot(
    out: str | Path,
    *,
    tab: str = "pixels",
    image: str | None = None,
    size: tuple[int, int] = (1280, 800),
    language: str | None = None,
) -> Path:
    """Build the main window as a user would see it and save a grab of it to ``out``.

    ``language`` ("ko", "en"; None: the remembered choice or the system's) is used for this
    picture only."""
    out = Path(out)
    loaded = load_image(image) if image else None  # InputError before any window exists
    app = create_application(offscreen=True)
    settings = Settings(persist=False)
    chosen = choose_language(language, settings.language())
    with language_installed(chosen):
        warn_once(chosen, lambda _sentence: None)  # on stderr only: the picture is the output
        _render(app, out, tab, loaded, size, settings)
    return out


def _render(app, out: Path, tab: str, loaded, size: tuple[int, int], settings: Settings) -> None:
    from .main_window import MainWindow

    window = MainWindow(loaded, settings=settings)
    try:
        window.select_tab(tab)
        window.show()
        window.resize(*size)  # after show(), which restores the remembered geometry
        if not window.device_label.ready:
            _wait_for(window.device_label.resolved, DEVICE_WAIT_MS)
        app.processEvents()
        save_png(window.grab(), out)  # atomic; InputError (one sentence) if it cannot be written
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def _wait_for(signal, timeout_ms: int) -> None:
    # A local event loop, not processEvents(WaitForMoreEvents, ms): that overload corrupts
    # the reference count of None in PySide6 6.12 on Python 3.11 and aborts the interpreter.
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
