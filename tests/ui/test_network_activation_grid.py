import numpy as np
import pytest
import torch
from torch import nn

from nnstudio.core.feature_maps import tile_maps
from nnstudio.nn.activations import capture_activations
from nnstudio.ui.network.activation_grid import ActivationGrid


@pytest.fixture
def grid(shown):
    return shown(ActivationGrid, 600, 900)


@pytest.fixture
def captures():
    torch.manual_seed(0)
    model = nn.Sequential(
        nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(64, 10)
    )
    x = np.random.default_rng(0).random((2, 1, 8, 8)).astype(np.float32)
    return capture_activations(model, x)


def _shown(grid, row):
    return grid._rows[row][2].image


def test_every_layer_is_shown_as_its_tiled_picture(grid, captures):
    grid.show_activations(captures, sample=1)
    assert len(grid._rows) == 5
    conv = _shown(grid, 0)
    np.testing.assert_array_equal(conv, tile_maps(captures[0].output[1], scale="shared").rgb)
    assert conv.shape == (2 * 9 - 1, 2 * 9 - 1, 3)  # 4 maps of 8x8 in a 2x2 grid
    assert _shown(grid, 2).shape == (2 * 5 - 1, 2 * 5 - 1, 3)  # pooled to 4x4
    assert _shown(grid, 4).shape == (1, 10, 3)  # dense: a strip of 10 cells
    assert "3: MaxPool2d" in grid._rows[2][0].text and "4×4×4" in grid._rows[2][0].text


def test_switching_the_colour_scale_redraws(grid, captures):
    grid.show_activations(captures)
    grid.set_scale("per_map")
    np.testing.assert_array_equal(_shown(grid, 0), tile_maps(captures[0].output[0], scale="per_map").rgb)
    grid.scale_box.setCurrentIndex(grid.scale_box.findData("shared"))
    np.testing.assert_array_equal(_shown(grid, 0), tile_maps(captures[0].output[0], scale="shared").rgb)


def test_hover_names_layer_channel_shape_and_range(grid, captures, qtbot):
    grid.show_activations(captures)
    qtbot.waitUntil(lambda: grid.view_of(0).sceneBoundingRect().width() > 10)
    view = grid.view_of(0)
    # Pixel (12, 3) lies in the second map of the first row: channel 1.
    scene_pos = view.mapViewToScene(pg_point(12.5, 3.5))
    with qtbot.waitSignal(grid.hovered) as signal:
        grid.plot.scene().sigMouseMoved.emit(scene_pos)
    ch = captures[0].output[0, 1]
    assert signal.args[0].startswith("1: Conv2d · channel 1 of 4 · output 4 × 8 × 8")
    assert f"min {ch.min():.4g}" in signal.args[0] and f"max {ch.max():.4g}" in signal.args[0]
    assert grid.hover_label.text() == signal.args[0]
    assert grid.describe(4, 7.5, 0.5).startswith("5: Linear · unit 7 of 10")
    assert f"{captures[4].output[0, 7]:.4g}" in grid.describe(4, 7.5, 0.5)
    assert grid.describe(0, 8.5, 3.5) == ""  # the gap between two maps


def test_live_refresh_keeps_rows_and_new_network_rebuilds(grid, captures):
    grid.show_activations(captures)
    views = [r[1] for r in grid._rows]
    grid.show_activations(captures, sample=1)
    assert [r[1] for r in grid._rows] == views
    grid.show_activations(captures[:2])
    assert len(grid._rows) == 2


def test_png_export(grid, captures, tmp_path):
    grid.show_activations(captures)
    path = grid.export_png(tmp_path / "maps.png")
    assert path.stat().st_size > 1000


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)
