"""The facts the later chapters' checks read (a Conv layer, the loaded data set, the Tensors
tab) agree with torch and numpy, and "this state as a new step" records them so they replay."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from nnstudio.core.errors import InputError
from nnstudio.core.pipeline import run_pipeline
from nnstudio.ui.lessons.apply import apply_actions, plan_state
from nnstudio.ui.lessons.facts import gather
from nnstudio.ui.lessons.record import capture_state


def page(window, key):
    return next(p for p in window.pages if p.key == key)


@pytest.mark.parametrize("maps, size, stride, depthwise", [(4, 3, 1, False), (6, 5, 2, False), (3, 3, 1, True),
                                                           (2, 1, 3, False), (3, 7, 2, True)])
def test_a_conv_layers_channels_sizes_and_parameters_are_torchs(make_main_window, maps, size, stride, depthwise):
    window = make_main_window()
    layer = {"kind": "conv_layer", "maps": maps, "size": size, "stride": stride, "padding": size // 2,
             "depthwise": depthwise}
    apply_actions(window, plan_state({"image": "chelsea", "filters": {"gray": False, "stages": [layer]}}, None))
    facts = gather(window)
    full = torch.nn.Conv2d(3, maps, size)
    per_channel = torch.nn.Conv2d(3, 3, size, groups=3)
    assert facts["filters.layer.full_params"] == sum(p.numel() for p in full.parameters())
    assert facts["filters.layer.depthwise_params"] == sum(p.numel() for p in per_channel.parameters())
    assert facts["filters.layer.params"] == facts["filters.layer.depthwise_params" if depthwise else
                                                  "filters.layer.full_params"]
    pixels = window.document.working_pixels
    x = torch.zeros(1, 3, *pixels.shape[:2])
    out = F.conv2d(x, (per_channel if depthwise else full).weight, stride=stride, padding=size // 2,
                   groups=3 if depthwise else 1)
    assert (facts["filters.output.channels"], facts["filters.output.height"], facts["filters.output.width"]) == \
        tuple(out.shape[1:])
    computed = run_pipeline(pixels, page(window, "filters").model.stages)[-1].chw
    assert computed.shape == tuple(out.shape[1:])


def test_a_layer_that_does_not_fit_the_channels_is_an_error_fact(make_main_window):
    window = make_main_window()
    apply_actions(window, plan_state({"filters": {"gray": True, "stages": [{"kind": "conv_layer"}]}}, None))
    facts = gather(window)
    assert facts["filters.input.channels"] == 1 and "3" in facts["filters.error"]
    assert facts["filters.output.channels"] == 1 and facts["filters.output.width"] is None


def test_a_recorded_conv_layer_replays_and_edited_weights_are_refused(make_main_window):
    window = make_main_window()
    layer = {"kind": "conv_layer", "maps": 5, "size": 5, "stride": 2, "padding": "same", "depthwise": True}
    apply_actions(window, plan_state({"tab": "filters", "filters": {"gray": False, "stages": [layer]}}, None))
    recorded = capture_state(window)["filters"]["stages"]
    assert recorded == [layer]
    model = page(window, "filters").model
    model.select(1)
    stage = model.stages[0]
    weight = stage.kernel.weight.copy()
    weight[0, 0, 0, 0] += 1
    model.update_selected("conv_layer", kernel=replace(stage.kernel, weight=weight))
    with pytest.raises(InputError, match="starting kernels"):
        capture_state(window)


@pytest.mark.parametrize("a, b", [([3, 3], [1, 3]), ([3, 1], [1, 3]), ([3, 3], [2, 3]), ([2, 1, 4], [3, 1]),
                                  ([4], [2, 4]), ([2, 3], [3, 2])])
def test_the_broadcast_facts_are_numpys(make_main_window, a, b):
    window = make_main_window()
    apply_actions(window, plan_state({"tab": "tensors", "tensors": {"view": "broadcast", "a": a, "b": b}}, None))
    facts = gather(window)
    assert facts["tab"] == "tensors" and facts["tensors.view"] == "broadcast"
    assert (facts["tensors.broadcast.a"], facts["tensors.broadcast.b"]) == (a, b)
    try:
        expected = list(np.broadcast_shapes(tuple(a), tuple(b)))
    except ValueError:
        expected = None
    assert facts["tensors.broadcast.ok"] == (expected is not None)
    assert facts["tensors.broadcast.result"] == expected
    view = page(window, "tensors").views["broadcast"]
    assert view.shape_a.text() == ", ".join(map(str, a)) and view.shape_b.text() == ", ".join(map(str, b))


def test_the_tensor_facts_are_the_shown_tensors(make_main_window, qtbot):
    window = make_main_window()
    tensors = page(window, "tensors")
    apply_actions(window, plan_state({"image": "chelsea", "tensors": {"tensor": "chw"}}, None))
    qtbot.waitUntil(lambda: not tensors.tensors.model.busy and tensors.tensors.model.example() is not None)
    facts = gather(window)
    h, w = window.document.image.height, window.document.image.width
    assert facts["tensors.tensor"] == "chw" and facts["tensors.shape"] == [3, h, w] and facts["tensors.rank"] == 3


def test_the_devices_facts_read_the_sizes_field(make_main_window):
    window = make_main_window()
    apply_actions(window, plan_state({"tensors": {"sizes": [16, 512, 64], "epoch": False}}, None))
    facts = gather(window)
    assert facts["tensors.devices.sizes"] == [16, 512, 64] and facts["tensors.devices.largest"] == 512
    assert facts["tensors.devices.epoch"] is False and facts["tensors.devices.raced"] is False
    page(window, "tensors").devices.sizes.setText("16, lots")
    assert gather(window)["tensors.devices.largest"] is None
    assert "sizes" not in capture_state(window)["tensors"]  # not a state a lesson could replay


def test_the_data_facts_count_the_loaded_split(make_main_window, qtbot):
    window = make_main_window()
    rng = np.random.default_rng(3)
    points = [[round(float(x), 3), round(float(y), 3), int(c)]
              for (x, y), c in zip(rng.uniform(-1, 1, (40, 2)), rng.integers(0, 3, 40))]
    network = page(window, "network").network
    apply_actions(window, plan_state({"network": {"dataset": {"name": "my-points", "extra": {"points": points},
                                                              "test_ratio": 0.3}}}, None))
    qtbot.waitUntil(lambda: network.data_ready and network.data.name == "my-points")
    facts = gather(window)
    data = network.data
    assert facts["network.data.points"] == 40 and facts["network.data.train"] + facts["network.data.test"] == 40
    assert facts["network.data.test"] == len(data.x_test) and facts["network.data.classes"] == len({p[2] for p in points})
    assert facts["network.data.test_share"] == pytest.approx(len(data.x_test) / 40)
    assert facts["network.data.kind"] == "points"


def test_the_panel_notices_tasks_done_on_the_tensors_tab(make_main_window, qtbot):
    """Typing a shape and racing the devices mark their steps done, as a click on the Filters
    tab does: the watcher listens to the Tensors tab too."""
    window = make_main_window()
    dock = window.show_lessons()
    tensors = page(window, "tensors")
    dock.show_chapter("tensors-broadcasting", 2)
    dock.show_me_now()
    qtbot.waitUntil(lambda: dock.watcher.armed)
    edit = tensors.views["broadcast"].shape_b
    edit.setText("1, 3")
    edit.editingFinished.emit()
    qtbot.waitUntil(lambda: dock.current_step_done)
    dock.show_chapter("gpu-cpu", 2)
    dock.show_me_now()
    qtbot.waitUntil(lambda: tensors.devices.race.isEnabled() and dock.watcher.armed, timeout=30_000)
    tensors.devices.race.click()
    qtbot.waitUntil(lambda: dock.current_step_done, timeout=60_000)
    assert gather(window)["tensors.devices.measured"] == len(tensors.devices.devices) * 2 * 2  # sizes × operations
