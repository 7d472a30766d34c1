"""Every visible label, button and tab title of the window fits at 1024×700 and 1280×800, or
is elided on purpose with its whole text in the tooltip (measured by tests/ui/text_fit.py).
The Pixels, Filters, Network and Learning tabs and the shell around them (tab bar, status bar)
are measured in English and in Korean, whose words are often shorter but whose glyphs are
wider: the Network tab's every side tab and inside view, also after an epoch of a CNN, the
inspector of each of its layers, and every Learning sub-tab. The plots' legends are measured
with every other pyqtgraph label (a long run name at a narrow width: test_network_plots)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from nnstudio.core.samples import load_sample
from nnstudio.ui.language import language_installed

from text_fit import cut_texts  # tests/ui/text_fit.py (pytest puts tests/ui on the path)

SIZES = [(1024, 700), (1280, 800)]
LANGUAGES = ["en", "ko"]


@pytest.fixture
def language():
    """The interface language; a test that parametrizes ``language`` runs in each."""
    return "en"


@pytest.fixture
def window(make_main_window, qtbot, language):
    from nnstudio.ui.app import create_application

    create_application()
    with language_installed(language):
        window = make_main_window(load_sample("chelsea"))
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.device_label.ready, timeout=60_000)  # its final text
        yield window


def _sized(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=5_000)  # not held wider by a minimum


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_pixels_texts_fit(window, qtbot, size):
    _sized(window, qtbot, size)
    window.select_tab("pixels")
    page = window.pages[0]
    problems = []
    for mode in ("rgb24", "gray8", "1bit", "bits", "palette", "bitplane"):
        page.controls.set_mode(mode)
        qtbot.waitUntil(lambda: page.conversion is not None and page.conversion.settings == page.controls.settings(),
                        timeout=10_000)
        view = page.compare.result
        view.graphics.scene().sigMouseMoved.emit(view.vb.mapViewToScene(QPointF(200.5, 150.5)))
        for tab in range(page.side_tabs.count()):
            page.side_tabs.setCurrentIndex(tab)
            if page.side_tabs.currentWidget() is page.compression:
                qtbot.waitUntil(lambda: page.compression.encoded is not None, timeout=20_000)
            problems += [f"{mode}, side tab {tab}: {p}" for p in cut_texts(window)]
            if window.size().toTuple() != size:  # a text that widens the window is cut by the screen
                problems.append(f"{mode}, side tab {tab}: the window grew to {window.size().toTuple()}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_filters_texts_fit(window, qtbot, size):
    _sized(window, qtbot, size)
    window.select_tab("filters")
    page = window.pages[1]
    for kind in ("canny", "median", "conv_layer"):
        page.model.add(kind)
    # Canny gives one channel: the layer offers to take it, and its fix button is measured too
    fit = page.editor.layer.fit_channels
    qtbot.waitUntil(lambda: fit.isVisible() and fit.width() >= fit.sizeHint().width(), timeout=10_000)
    problems = [f"layer fix: {p}" for p in cut_texts(window)]
    fit.click()
    for row in range(len(page.model.stages) + 1):
        page.model.select(row)
        qtbot.waitUntil(lambda: page.result is not None and page.result.complete
                        and page.result.selected == page.model.selected, timeout=10_000)
        page.views.click_frame_point(100.5, 80.5)  # the explain panel at its fullest
        problems += [f"stage {row}: {p}" for p in cut_texts(window)]
        if window.size().toTuple() != size:
            problems.append(f"stage {row}: the window grew to {window.size().toTuple()}")
    assert not problems, "\n".join(problems)


def _check(window, size, what):
    grown = [] if window.size().toTuple() == size else [f"the window grew to {window.size().toTuple()}"]
    return [f"{what}: {p}" for p in grown + cut_texts(window)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_learning_texts_fit(window, qtbot, size):
    _sized(window, qtbot, size)
    window.select_tab("learning")
    page = window.current_page()
    problems = []
    for key in page.panels:
        page.show_panel(key)
        problems += _check(window, size, f"sub-tab {key}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_network_texts_fit(window, qtbot, size):
    _sized(window, qtbot, size)
    window.select_tab("network")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.data_panel.data is not None, timeout=60_000)
    problems = []
    for side in range(page.side.count()):
        page.side.setCurrentIndex(side)
        problems += _check(window, size, f"side tab {side}")
    for inside in range(page.inside.count()):
        page.inside.setCurrentIndex(inside)
        problems += _check(window, size, f"inside view {inside}")
    # Placing points by hand: the point editor's buttons and hint under the data controls.
    page.side.setCurrentWidget(page.data_panel)
    page.data_panel.choose("my-points", {"extra": {"points": []}})
    qtbot.waitUntil(lambda: page.data_panel.point_editor.isVisible(), timeout=10_000)
    problems += _check(window, size, "my points")
    # A convolutional network after one epoch: the run's figures, kernels, feature maps.
    page.open_preset("lenet_digits")
    qtbot.waitUntil(lambda: page.data_panel.data is not None and page.data_panel.data.name == "digits", timeout=60_000)
    page.run_bar.step.click()
    qtbot.waitUntil(lambda: page.network.run_state.value == "paused", timeout=120_000)
    for inside in range(page.inside.count()):
        page.inside.setCurrentIndex(inside)
        problems += _check(window, size, f"lenet_digits after one epoch, inside view {inside}")
    # The inspector of every layer (a Conv2d's many settings, a ReLU's "no settings").
    for row in range(len(page.model.design.layers)):
        page.canvas.setCurrentRow(row)
        problems += _check(window, size, f"lenet_digits, layer {row + 1} in the inspector")
    page.run_bar.stop.click()
    qtbot.waitUntil(lambda: not page.network.training_alive, timeout=30_000)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_tensors_texts_fit(window, qtbot, size):
    _sized(window, qtbot, size)
    window.select_tab("tensors")
    page = window.current_page()
    qtbot.waitUntil(lambda: len(page.tensors.model.examples) == 7, timeout=10_000)
    problems = []
    for key in page.views:
        page.show_view(key)
        problems += [f"{key}: {p}" for p in cut_texts(window)]
    page.show_view("tensors")
    for example in [t.key for t in page.tensors.model.examples]:
        page.tensors.model.select(example)
        problems += [f"tensor {example}: {p}" for p in cut_texts(window)]
    assert window.size().toTuple() == size
    assert not problems, "\n".join(problems)
