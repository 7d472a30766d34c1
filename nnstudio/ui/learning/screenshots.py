"""Render the README's Neurons & learning screenshots, one per sub-tab, at 1280×800; with
--lang ko the same in Korean (learning-KEY-ko.png).

    python -m nnstudio.ui.learning.screenshots packaging/screenshots [--lang ko]
"""

from __future__ import annotations

from pathlib import Path

from ..app import create_application
from ..language import language_installed
from ..scripting import print_rendered, save_grab, scripted_window, wait_until

SIZE = (1280, 800)


def _rosenblatt_on_xor(panel) -> None:
    panel.gate.setCurrentIndex(panel.gate.findData("gate-xor"))
    panel.run_button.click()


def _backprop_midway(panel) -> None:
    wait_until(panel.ready, 60_000)
    panel.sample.setValue(3)  # (1, 1): both inputs on, so every weight gets a gradient
    steps = panel.model.steps
    backward = [i for i, s in enumerate(steps) if s.phase == "backward"]
    panel.model.go(backward[len(backward) // 2])  # a hidden neuron's chain-rule products


def _xor_with_learned(panel) -> None:
    panel.learn()
    wait_until(lambda: panel.learned_table.isVisible(), 180_000)


def _train_both(panel) -> None:
    panel.bar.start_button.click()
    wait_until(panel.ready, 900_000)


#: What each screenshot does first (the panel as it opens when absent).
PREPARE = {"rosenblatt": _rosenblatt_on_xor, "backprop": _backprop_midway,
           "xor": _xor_with_learned, "vanishing": _train_both, "compare": _train_both}


def render(folder: str | Path, language: str | None = None, keys: list[str] | None = None) -> list[Path]:
    create_application(offscreen=True)
    with language_installed(language):
        return _render(Path(folder), keys, "-ko" if language == "ko" else "")


def _render(folder: Path, keys: list[str] | None, suffix: str) -> list[Path]:
    saved = []
    with scripted_window("learning", SIZE) as window:
        page = window.current_page()
        for key, panel in page.panels.items():
            if keys and key not in keys:
                continue
            page.show_panel(key)
            PREPARE.get(key, lambda p: None)(panel)
            ready = getattr(panel, "ready", None)
            if ready is not None:
                wait_until(ready, 60_000)
            saved.append(save_grab(window, folder / f"learning-{key}{suffix}.png"))
    return saved


if __name__ == "__main__":
    print_rendered(render)
