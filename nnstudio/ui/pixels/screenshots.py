"""Render the README's Pixels screenshots: pixels zoomed in with their values, and a bit
depth with the histograms of the original and the result.

    python -m nnstudio.ui.pixels.screenshots packaging/screenshots [--lang ko]

Drives the real window as a user would: set the controls, zoom in, point at a pixel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF

from ..scripting import print_rendered, save_grab, scripted_window, shot_name, wait_until

SIZE = (1280, 800)
POINTED = (205, 143)  # a pixel of the cat's fur, for the zoomed-in shot


def _converted(page) -> bool:
    conv = page.conversion
    return conv is not None and conv.settings == page.controls.settings() and conv.image is page.document.image


def render(folder: str | Path, language: str | None = None) -> list[Path]:
    folder = Path(folder)
    with scripted_window("pixels", SIZE, language) as window:
        window.open_sample("chelsea")
        page = window.current_page()
        c = page.controls
        c.set_mode("bits")
        c.bits.setValue(3)
        c.dither_bits.setCurrentIndex(c.dither_bits.findData("bayer4"))
        c.interp.setCurrentIndex(c.interp.findData("nearest"))
        wait_until(lambda: _converted(page))
        x, y = POINTED
        page.compare.original.vb.setRange(QRectF(x - 9, y - 4.5, 18, 9), padding=0)
        page.compare.original.auto_fit = page.compare.result.auto_fit = False
        page._on_hovered(x + 0.5, y + 0.5)
        saved = [save_grab(window, folder / shot_name("pixels-zoom", language))]

        c.bits.setValue(2)
        c.dither_bits.setCurrentIndex(c.dither_bits.findData("none"))
        page.side_tabs.setCurrentWidget(page.histograms)
        page.compare.fit()
        wait_until(lambda: _converted(page) and page.conversion.result_histograms is not None)
        saved.append(save_grab(window, folder / shot_name("pixels-bits-histograms", language)))
    return saved


if __name__ == "__main__":
    print_rendered(render)
