"""Render the README's Help and Sessions pictures: the glossary (searched, then Show me),
About, Keyboard shortcuts, and a session saved in one window and opened in a fresh one.

    xvfb-run -a python -m nnstudio.ui.help.screenshots FOLDER [ko|en]

Uses whatever window system Qt finds (a real X server under xvfb-run, or offscreen).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..scripting import wait_until

SIZE = (1280, 800)


def _grab(widget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def render(folder: str | Path, language: str = "en") -> list[Path]:
    from ..app import create_application
    from ..language import install_language

    app = create_application()
    install_language(language)
    from ..main_window import MainWindow
    from ..settings import Settings

    folder = Path(folder)
    saved: list[Path] = []
    windows = []

    def window_of() -> MainWindow:
        window = MainWindow(settings=Settings(persist=False))
        window.show()
        window.resize(*SIZE)
        windows.append(window)
        wait_until(lambda: window.device_label.ready and window.pages[2].network.data_ready, 60_000)
        return window

    try:
        window = window_of()
        glossary = window.help.show_glossary()
        glossary.search_box.setText("맵" if language == "ko" else "map")
        glossary.show_term("feature_map") or glossary.list.setCurrentRow(0)
        glossary.search_box.setText("맵" if language == "ko" else "map")
        saved.append(_grab(glossary, folder / f"help-glossary-{language}.png"))
        glossary.show_me.click()
        wait_until(lambda: window.pages[1].result is not None and window.pages[1].result.complete, 30_000)
        saved.append(_grab(window, folder / f"help-showme-{language}.png"))
        glossary.close()

        about = window.help.show_about()
        saved.append(_grab(about, folder / f"help-about-{language}.png"))
        about.tabs.setCurrentIndex(2)
        saved.append(_grab(about, folder / f"help-about-components-{language}.png"))
        about.close()
        shortcuts = window.help.show_shortcuts()
        shortcuts.resize(620, 460)
        saved.append(_grab(shortcuts, folder / f"help-shortcuts-{language}.png"))
        shortcuts.close()

        # A session: an image, a Pixels mode, an edited pipeline, a trained network.
        window.open_sample("coffee")
        wait_until(lambda: window.document.image.source.name == "coffee", 30_000)
        window.pages[0].settings_model.update(mode="bits", bits=2)
        window.pages[1].model.add("pool")
        network = window.pages[2].network
        window.pages[2].open_preset("mlp_spiral")
        wait_until(lambda: network.data_ready, 60_000)
        network.set_config(replace(network.config, epochs=40))
        network.train()
        wait_until(lambda: network.run_state.name == "FINISHED", 180_000)
        window.select_tab("network")
        saved.append(_grab(window, folder / f"session-before-{language}.png"))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "my-afternoon.nnstudio"
            window.sessions.save(path)
            wait_until(lambda: path.is_file() and not window.sessions.busy, 60_000)
            fresh = window_of()
            fresh.sessions.open(path)
            restored = fresh.pages[2].network
            wait_until(lambda: restored.run is not None and restored.run.loaded_model is not None, 60_000)
            wait_until(lambda: fresh.pages[0].conversion is not None, 30_000)
            fresh.pages[2].plots.redraw()
            saved.append(_grab(fresh, folder / f"session-after-{language}.png"))
            fresh.select_tab("pixels")
            saved.append(_grab(fresh, folder / f"session-after-pixels-{language}.png"))
    finally:
        for window in windows:
            window.shutdown()
            window.close()
        app.processEvents()
    return saved


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "."
    for written in render(target, sys.argv[2] if len(sys.argv) > 2 else "en"):
        print(written)
