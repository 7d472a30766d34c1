"""Render the README's Filters screenshots: one output value of a Sobel x convolution
explained, and salt-and-pepper noise removed by a median filter.

    python -m nnstudio.ui.filters.screenshots packaging/screenshots

Drives the real window as a user would: pick the stages, click a pixel of the output.
"""

from __future__ import annotations

from pathlib import Path

from ..scripting import print_rendered, save_grab, scripted_window, wait_until

SIZE = (1400, 860)
EXPLAINED = (200.5, 120.5)  # a pixel at the cat's eye, in the frame of the image


def _done(page, image_name: str) -> bool:
    result = page.result
    return (page.document.image.source.name == image_name and result is not None and result.complete
            and result.selected == page.model.selected and result.stages == page.model.stages)


def render(folder: str | Path) -> list[Path]:
    folder = Path(folder)
    with scripted_window("filters", SIZE) as window:
        window.open_sample("chelsea")
        page = window.current_page()
        wait_until(lambda: _done(page, "chelsea"))
        page.views.click_frame_point(*EXPLAINED)
        saved = [save_grab(window, folder / "filters-explain.png")]

        window.open_sample("coffee")
        wait_until(lambda: _done(page, "coffee"))
        for _ in range(3):
            page.model.select(1)
            page.model.remove_selected()
        page.model.select(0)
        page.model.add("salt_pepper")
        page.model.add("median")
        wait_until(lambda: _done(page, "coffee"))
        saved.append(save_grab(window, folder / "filters-restore.png"))
    return saved


if __name__ == "__main__":
    print_rendered(render)
