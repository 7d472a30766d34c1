"""Render the README's Network screenshots: the designer with a marked problem, a trained
run, and the neuron view after training.

    python -m nnstudio.ui.network.screenshots packaging/screenshots

`nnstudio screenshot --tab network` shows the tab as it opens; these need a run first, so
this drives the real window the way a user would (open a preset, press Train, wait).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..app import create_application
from ..settings import Settings
from ..waiting import wait_until

SIZE = (1400, 860)


def _train(page, preset: str) -> None:
    page.open_preset(preset)
    wait_until(lambda: page.data_panel.data is not None
          and page.data_panel.data.name in page.model.design.dataset["name"])
    page.training.start.click()
    wait_until(lambda: page.session.state in ("finished", "failed", "stopped")
          and not page.session.running)
    page.plots.redraw()


def render(folder: str | Path) -> list[Path]:
    folder = Path(folder)
    app = create_application(offscreen=True)
    from ..main_window import MainWindow

    window = MainWindow(settings=Settings(persist=False))
    window.select_tab("network")
    window.show()
    window.resize(*SIZE)  # after show(): showing restores the remembered geometry
    page = window.current_page()
    saved = []
    try:
        wait_until(lambda: window.device_label.ready, 30_000)
        _train(page, "mlp_spiral")
        page.side.setCurrentWidget(page.training)
        app.processEvents()
        saved.append(folder / "network-training.png")
        window.grab().save(str(saved[-1]))
        _train(page, "mlp_xor")
        page.side.setCurrentWidget(page.neurons)
        app.processEvents()
        saved.append(folder / "network-neurons.png")
        window.grab().save(str(saved[-1]))
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    return saved


if __name__ == "__main__":
    for path in render(sys.argv[1] if len(sys.argv) > 1 else "."):
        print(path)
