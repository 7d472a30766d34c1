"""Render the README's Filters screenshots: one output value of a Sobel x convolution
explained, and salt-and-pepper noise removed by a median filter.

    python -m nnstudio.ui.filters.screenshots packaging/screenshots [--lang ko]

Drives the real window as a user would: pick the stages, click a pixel of the output.
"""

from __future__ import annotations

from pathlib import Path

from ..scripting import print_rendered, save_grab, scripted_window, shot_name, wait_until

SIZE = (1400, 860)
EXPLAINED = (200.5, 120.5)  # a pixel at the cat's eye, in the frame of the image


def _done(page, image_name: str) -> bool:
    result = page.result
    return (page.document.image.source.name == image_name and result is not None and result.complete
            and result.selected == page.model.selected and result.stages == page.model.stages)


def render(folder: str | Path, language: str | None = None) -> list[Path]:
    folder = Path(folder)
    with scripted_window("filters", SIZE, language) as window:
        page = window.current_page()
        shown = page.document.image  # the start-up sample, also chelsea: wait for the one opened
        window.open_sample("chelsea")
        wait_until(lambda: page.document.image is not shown and _done(page, "chelsea"))
        page.views.click_frame_point(*EXPLAINED)
        saved = [save_grab(window, folder / shot_name("filters-explain", language))]

        window.open_sample("coffee")
        wait_until(lambda: _done(page, "coffee"))
        for _ in range(3):
            page.model.select(1)
            page.model.remove_selected()
        page.model.select(0)
        page.model.add("salt_pepper")
        page.model.add("median")
        wait_until(lambda: _done(page, "coffee"))
        saved.append(save_grab(window, folder / shot_name("filters-restore", language)))
    return saved


if __name__ == "__main__":
    print_rendered(render)
