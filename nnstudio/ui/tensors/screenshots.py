"""Render the README's Tensors screenshots: the Broadcasting playground, the Tensors view on
a video burst, the Code view, and the Filters tab's conv layer with one value explained.

    python -m nnstudio.ui.tensors.screenshots packaging/screenshots

Drives the real window as a user would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from ...nn.design_file import load_design
from ..scripting import print_rendered, save_grab, scripted_window, wait_until

SIZE = (1280, 800)
FILTERS_SIZE = (1400, 860)


def render(folder: str | Path) -> list[Path]:
    folder = Path(folder)
    saved = []
    with scripted_window("tensors", SIZE) as window:
        window.open_sample("chelsea")
        wait_until(lambda: window.document.image.source.name == "chelsea")
        page = window.current_page()
        page.show_view("broadcast")
        saved.append(save_grab(window, folder / "tensors-broadcast.png"))

        model = page.tensors.model
        wait_until(lambda: len(model.examples) == 7 and not model.busy)
        page.show_view("tensors")
        model.select("video")
        model.set_index(1, 5)
        saved.append(save_grab(window, folder / "tensors-video.png"))

        network = next(p for p in window.pages if p.key == "network").network
        network.open(load_design("lenet_digits"))
        page.show_view("code")
        saved.append(save_grab(window, folder / "tensors-code.png"))

        page.show_view("devices")
        page.devices.sizes.setText("32, 64, 128, 256, 512")
        page.devices.start_race()
        wait_until(lambda: page.devices.race.isEnabled())
        saved.append(save_grab(window, folder / "tensors-devices.png"))

    with scripted_window("filters", FILTERS_SIZE) as window:  # the size of the Filters tab's shots
        window.open_sample("chelsea")
        wait_until(lambda: window.document.image.source.name == "chelsea")
        filters = window.current_page()
        wait_until(lambda: filters.result is not None and filters.result.complete)
        filters.model.select(0)
        filters.strip.findChild(QPushButton, "add_conv_layer").click()
        filters.channel.setCurrentIndex(filters.channel.findData(3))
        wait_until(lambda: filters.result.complete and filters.result.selected == 1 and filters.result.channel == 3
                   and filters.result.outputs[1].hwc.shape[2] == 4)
        filters.explain_pixel(120, 200)
        # the panel's new tables have been laid out (their height follows the text)
        wait_until(lambda: filters.explain.tables.height() >= filters.explain.tables.sizeHint().height() > 60)
        saved.append(save_grab(window, folder / "filters-conv-layer.png"))
    return saved


if __name__ == "__main__":
    print_rendered(render)
