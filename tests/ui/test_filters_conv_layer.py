"""The Conv layer stage of the Filters tab, driven through its widgets: its maps equal torch's
conv2d (groups=1), the per-channel toggle equals groups=C, kernel edits and the bias reach the
result, one value is explained as a sum over channels, a channel mismatch gets a sentence."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtWidgets import QPushButton

from nnstudio.core.conv_layer import ConvLayerStage
from nnstudio.core.image_io import image_from_array


@pytest.fixture
def rgb():
    return np.random.default_rng(5).integers(0, 256, (30, 41, 3), dtype=np.uint8)


@pytest.fixture
def page(make_main_window, qtbot, rgb):
    window = make_main_window(image_from_array(rgb, "test"))
    window.resize(1280, 800)
    window.show()
    window.select_tab("filters")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.result is not None and page.result.complete, timeout=10_000)
    page.model.select(0)  # the layer goes right after the input
    return page


def after(qtbot, page, action):
    with qtbot.waitSignal(page.runner.finished, timeout=10_000):
        action()
    qtbot.waitUntil(lambda: page.result.complete and page.result.selected == page.model.selected, timeout=10_000)
    return page.result


def torch_conv(x_hwc, stage: ConvLayerStage, groups=1):
    x = torch.from_numpy(np.ascontiguousarray(x_hwc.transpose(2, 0, 1)))[None]
    w = stage.kernel.weight if groups == 1 else np.ascontiguousarray(stage.kernel.weight[0][:, None])
    b = torch.from_numpy(stage.kernel.bias) if groups == 1 else None
    return F.conv2d(x, torch.from_numpy(w), b, padding="same", groups=groups)[0].numpy().transpose(1, 2, 0)


def test_layer_button_adds_rgb_to_4_maps_equal_to_torch(page, qtbot, rgb):
    button = page.strip.findChild(QPushButton, "add_conv_layer")
    result = after(qtbot, page, button.click)
    stage = page.model.selected_stage()
    assert isinstance(stage, ConvLayerStage) and not page.model.gray
    out = result.outputs[1].hwc
    assert out.shape == (30, 41, 4)
    np.testing.assert_allclose(out, torch_conv(rgb.astype(np.float32), stage), rtol=1e-4, atol=1e-2)
    assert page.strip.list.item(1).text().endswith("4×30×41")
    assert "112" in page.editor.layer.params.text() and "30" in page.editor.layer.params.text()

    # edit a slice and the bias of map 2 through the editor's widgets
    layer = page.editor.layer
    layer.map.setCurrentIndex(2)
    layer.channel.setCurrentIndex(1)
    with qtbot.waitSignal(page.runner.finished, timeout=10_000):
        layer.grid.item(0, 0).setText("2.5")
    result = after(qtbot, page, lambda: layer.bias.setValue(-7.0))
    stage = page.model.selected_stage()
    assert stage.kernel.weight[2, 1, 0, 0] == 2.5 and stage.kernel.bias[2] == -7.0
    np.testing.assert_allclose(result.outputs[1].hwc, torch_conv(rgb.astype(np.float32), stage), rtol=1e-4, atol=1e-2)

    # one value of map 3 explained: the terms over the three channels and the bias add up to it
    page.channel.setCurrentIndex(page.channel.findData(3))
    qtbot.waitUntil(lambda: page.result.channel == 3, timeout=10_000)
    page.explain_pixel(10, 20)
    assert page.explain.total == pytest.approx(float(page.result.outputs[1].hwc[10, 20, 3]), abs=1e-2)
    assert "map 3" in page.explain.heading.text() and page.explain.sum_label.text().count("+") == 3

    # the per-channel toggle: three maps, each one channel with its own slice, as groups=3
    result = after(qtbot, page, lambda: layer.depthwise.setChecked(True))
    stage = page.model.selected_stage()
    np.testing.assert_allclose(result.outputs[1].hwc, torch_conv(rgb.astype(np.float32), stage, groups=3),
                               rtol=1e-4, atol=1e-2)


def test_sizes_and_undo(page, qtbot):
    after(qtbot, page, lambda: page.model.add("conv_layer"))
    layer = page.editor.layer
    result = after(qtbot, page, lambda: layer.c_out.setValue(6))
    assert result.outputs[1].hwc.shape[2] == 6 and page.model.selected_stage().kernel.weight.shape == (6, 3, 3, 3)
    result = after(qtbot, page, lambda: layer.size.setCurrentIndex(layer.size.findData(5)))
    assert page.model.selected_stage().kernel.weight.shape == (6, 3, 5, 5)
    # edits of one stage in quick succession are one undo step (the tab's merge window)
    after(qtbot, page, page.model.undo_stack.undo)
    assert page.model.selected_stage().kernel.weight.shape in ((6, 3, 3, 3), (4, 3, 3, 3))
    assert page.editor.layer.c_out.value() == page.model.selected_stage().kernel.c_out


def test_gray_input_gets_one_sentence_about_the_channels(page, qtbot):
    after(qtbot, page, lambda: page.model.add("conv_layer"))
    page.model.set_gray(True)
    qtbot.waitUntil(lambda: page.result.gray and page.result.error is not None, timeout=10_000)
    assert "expects 3 input channel" in page.message.text()
    assert "\n" not in page.message.text()
