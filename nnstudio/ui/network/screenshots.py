"""Render the README's Network screenshots: a trained run, the neuron view after training,
overfitting and dropout; with --lang ko, a trained run with its decision boundary and a
trained LeNet in each inside view, in Korean (1280×800).

    python -m nnstudio.ui.network.screenshots packaging/screenshots [--lang ko]

`nnstudio screenshot --tab network` shows the tab as it opens; these need a run first, so
this drives the real window the way a user would (open a preset, press Train, wait).
"""

from __future__ import annotations

from pathlib import Path

from ..app import create_application
from ..language import language_installed
from ..scripting import print_rendered, save_grab, scripted_window, shot_name, wait_until

SIZE = (1400, 860)
KOREAN_SIZE = (1280, 800)


def _train(page, preset: str, keep_settings: bool = False) -> None:
    epochs = page.training.epochs.value()
    page.open_preset(preset)
    if keep_settings:
        page.training.epochs.setValue(epochs)
    wait_until(lambda: page.data_panel.data is not None
          and page.data_panel.data.name in page.model.design.dataset["name"])
    page.run_bar.start.click()
    wait_until(lambda: page.network.run_state.value in ("finished", "failed", "stopped")
          and not page.network.training_alive)
    page.plots.redraw()


def render(folder: str | Path, language: str | None = None) -> list[Path]:
    folder = Path(folder)
    if language == "ko":
        return _render_korean(folder)
    with scripted_window("network", SIZE) as window:
        page = window.current_page()
        _train(page, "mlp_spiral")
        page.side.setCurrentWidget(page.training)
        saved = [save_grab(window, folder / "network-training.png")]
        _train(page, "mlp_xor")
        page.side.setCurrentWidget(page.neuron_panel)
        _hover(page.neuron_panel.view, page.neuron_panel.view.neurons[3][0])  # hidden neuron 2
        saved.append(save_grab(window, folder / "network-neurons.png"))
        _train(page, "overfit_mlp")
        saved.append(save_grab(window, folder / "network-overfitting.png"))
        page.inside.setCurrentWidget(page.inside.activations.parentWidget())
        page.training.epochs.setValue(20)
        _train(page, "overfit_mlp_dropout", keep_settings=True)
        saved.append(save_grab(window, folder / "inside-dropout.png"))
        saved.append(_where_it_looked(page, window, folder / "inside-gradcam.png"))
    return saved


def _where_it_looked(page, window, path: Path) -> Path:
    """cnn_shapes trained for 6 epochs, "Where did it look?" on a test triangle."""
    page.training.epochs.setValue(6)
    _train(page, "cnn_shapes", keep_settings=True)
    inside = page.inside
    inside.setCurrentWidget(inside.look)
    data = inside.data
    triangle = next(i for i, y in enumerate(data.y_test) if data.class_names[int(y)] == "triangle")
    inside.sample.setValue(triangle)
    wait_until(lambda: inside.look.shown is not None and inside.look.shown is inside.look.wanted
               and inside.look.shown.input is data.x_test[triangle])
    return save_grab(window, path)


def _render_korean(folder: Path) -> list[Path]:
    """The trained mlp_spiral with its decision boundary, then a trained lenet_digits with
    each of its inside views, all in Korean at 1280×800."""
    from PySide6.QtTest import QTest

    create_application(offscreen=True)
    with language_installed("ko"), scripted_window("network", KOREAN_SIZE) as window:
        page = window.current_page()
        _train(page, "mlp_spiral")
        page.side.setCurrentWidget(page.training)
        page.inside.setCurrentWidget(page.inside.decision)
        saved = [save_grab(window, folder / shot_name("network", "ko"))]
        page.training.epochs.setValue(3)
        _train(page, "lenet_digits", keep_settings=True)
        inside = page.inside
        for index in range(inside.count()):
            widget = inside.widget(index)
            if not inside.isTabEnabled(index) or widget is inside.decision:
                continue
            inside.setCurrentIndex(index)
            QTest.qWait(500)  # the view draws the latest insight when it is shown
            key = inside.view_keys.get(widget, "plots")  # the loss and accuracy plots have no view key
            saved.append(save_grab(window, folder / f"network-{key}-ko.png"))
        return saved


def _hover(widget, point) -> None:
    """A mouse move over `point` of the widget, as the window system would send it."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, QMouseEvent(
        QEvent.Type.MouseMove, point, widget.mapToGlobal(point), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


if __name__ == "__main__":
    print_rendered(render)
