"""Render the README's screenshots of Network ▸ New image classes…: three classes recorded
from synthetic camera scenes (core.scene_frames), trained with cnn_my_classes, and the live
prediction bars for a frame it never saw; the window alone and the Network tab behind it.

    python -m nnstudio.ui.network.class_screenshots packaging/screenshots [--lang ko]
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ...core.image_io import image_from_array
from ...core.scene_frames import scene_frames
from ..scripting import print_rendered, save_grab, scripted_window, shot_name, wait_until

NAMES = {"en": ("red ball", "blue box", "green stripes"), "ko": ("빨간 공", "파란 상자", "초록 줄무늬")}


def render(folder: str | Path, language: str | None = None) -> list[Path]:
    folder = Path(folder)
    names = NAMES["ko" if language == "ko" else "en"]
    with tempfile.TemporaryDirectory() as scratch, scripted_window("network", (1280, 800), language) as window:
        page = window.current_page()
        classes = page.show_class_window()
        classes.resize(700, 620)
        document = page.document
        document.set_live(True)  # as a camera would: frames arrive through the document
        for kind, name in enumerate(names):
            classes.model.add_class(name)
            for frame in scene_frames(kind, 30, seed=kind, size=(240, 320)):
                document.set_image(image_from_array(frame, name))
                classes.model.add_sample(frame)
        classes.model.save(Path(scratch) / "classes")
        classes.train_on_these()
        network = page.network
        wait_until(lambda: network.run is not None and network.run_state.value in ("finished", "failed")
                   and not network.training_alive)
        page.plots.redraw()
        classes.model.set_current(0)
        fresh = scene_frames(0, 40, seed=7, size=(240, 320))[-1]  # a frame no class holds
        document.set_image(image_from_array(fresh, "camera"))
        wait_until(lambda: len(classes.bars.bars) == len(names), 10_000)
        saved = [save_grab(classes, folder / shot_name("image-classes", language)),
                 save_grab(window, folder / shot_name("network-image-classes", language))]
        document.set_live(False)
        return saved


if __name__ == "__main__":
    print_rendered(render)
