"""Render the README's regression screenshots: mlp_regress trained on reg-gauss with the
Decision view (the predicted number as a heat map, the points by their target) and the
Predicted vs true view, in English or (with --lang ko) in Korean.

    python -m nnstudio.ui.network.regression_screenshots packaging/screenshots [--lang ko]
"""

from __future__ import annotations

from pathlib import Path

from ..scripting import print_rendered, save_grab, scripted_window, shot_name, wait_until
from .screenshots import KOREAN_SIZE, SIZE, _train


def render(folder: str | Path, language: str | None = None) -> list[Path]:
    folder = Path(folder)
    korean = language == "ko"
    with scripted_window("network", KOREAN_SIZE if korean else SIZE, language) as window:
        page = window.current_page()
        _train(page, "mlp_regress")
        saved = [save_grab(window, folder / shot_name("network-regression-plots", language))]
        inside = page.inside
        for view, stem in ((inside.decision, "network-regression"), (inside.prediction, "network-predicted")):
            inside.setCurrentWidget(view)
            wait_until(lambda: view not in inside._stale, 5_000)
            saved.append(save_grab(window, folder / shot_name(stem, language)))
        return saved


if __name__ == "__main__":
    print_rendered(render)
