import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnstudio.core.errors import InputError
from nnstudio.core.feature_maps import GAP_RGB, colormap_lut, dense_strip, tile_maps, tile_output


def test_lut_matches_opencv_applycolormap_in_rgb_order():
    ramp = np.arange(256, dtype=np.uint8).reshape(16, 16)
    bgr = cv2.applyColorMap(ramp, cv2.COLORMAP_VIRIDIS)
    np.testing.assert_array_equal(colormap_lut()[ramp], bgr[..., ::-1])


def _expected_cell(map_, low, high):
    idx = np.clip((map_ - low) * (255.0 / (high - low)), 0, 255).astype(np.uint8)
    return cv2.applyColorMap(idx, cv2.COLORMAP_VIRIDIS)[..., ::-1]


def test_diverging_map_runs_blue_white_orange():
    lut = colormap_lut("diverging")
    assert tuple(lut[0]) == (0, 114, 178) and tuple(lut[255]) == (230, 159, 0)
    assert lut[127].min() >= 250 and lut[128].min() >= 250
    with pytest.raises(InputError):
        colormap_lut("no-such-map")


@pytest.mark.parametrize("scale", ["shared", "per_map"])
def test_grid_places_each_map_with_its_scale(scale):
    rng = np.random.default_rng(0)
    maps = (rng.normal(size=(5, 4, 3)) * np.arange(1, 6)[:, None, None]).astype(np.float32)
    t = tile_maps(maps, scale=scale, gap=1)
    assert t.columns == 3 and t.rgb.shape == (2 * 5 - 1, 3 * 4 - 1, 3)
    for c in range(5):
        r, k = divmod(c, 3)
        cell = t.rgb[r * 5 : r * 5 + 4, k * 4 : k * 4 + 3]
        low, high = (maps.min(), maps.max()) if scale == "shared" else (maps[c].min(), maps[c].max())
        np.testing.assert_array_equal(cell, _expected_cell(maps[c], low, high))
        assert t.mins[c] == maps[c].min() and t.maxs[c] == maps[c].max()
    # The unused sixth cell and the gaps are background.
    np.testing.assert_array_equal(t.rgb[5:, 8:], np.broadcast_to(GAP_RGB, (4, 3, 3)))
    assert (t.rgb[4, :] == GAP_RGB).all() and (t.rgb[:, 3] == GAP_RGB).all()


def test_per_map_scale_stretches_a_faint_map_shared_does_not():
    maps = np.stack([np.linspace(0, 100, 16).reshape(4, 4), np.linspace(0, 1, 16).reshape(4, 4)])
    shared, per_map = tile_maps(maps, scale="shared"), tile_maps(maps, scale="per_map")
    faint_shared, faint_own = shared.rgb[:4, 5:9], per_map.rgb[:4, 5:9]
    assert len(np.unique(faint_shared.reshape(-1, 3), axis=0)) <= 3
    assert len(np.unique(faint_own.reshape(-1, 3), axis=0)) == 16


@settings(max_examples=30, deadline=None)
@given(c=st.integers(1, 12), h=st.integers(1, 6), w=st.integers(1, 6), gap=st.integers(0, 2), x=st.integers(0, 60), y=st.integers(0, 60))
def test_index_at_names_the_map_under_a_pixel(c, h, w, gap, x, y):
    maps = np.arange(c, dtype=np.float32)[:, None, None] * np.ones((c, h, w), np.float32)
    t = tile_maps(maps, gap=gap)
    i = t.index_at(x, y)
    inside = y < t.rgb.shape[0] and x < t.rgb.shape[1]
    if i is not None:
        # The pixel has the colour of map i's (constant) value on the shared scale.
        np.testing.assert_array_equal(t.rgb[y, x], tile_maps(maps, gap=gap).rgb[(i // t.columns) * (h + gap), (i % t.columns) * (w + gap)])
        assert inside
    elif inside:
        assert tuple(t.rgb[y, x]) == GAP_RGB


def test_symmetric_scale_puts_zero_in_the_middle_colour():
    maps = np.array([[[-1.0, 0.0]], [[0.5, 0.25]]], np.float32)
    t = tile_maps(maps, scale="symmetric", gap=0, columns=2)
    np.testing.assert_array_equal(t.rgb[0, 1], colormap_lut()[127])
    np.testing.assert_array_equal(t.rgb[0, 0], colormap_lut()[0])
    assert t.lows[0] == -1 and t.highs[1] == 1


def test_constant_map_is_drawn_in_the_middle_colour():
    t = tile_maps(np.zeros((2, 3, 3), np.float32))
    assert (t.rgb[:3, :3] == colormap_lut()[127]).all()


def test_dense_strip_wraps_and_keeps_order():
    v = np.arange(40, dtype=np.float32)
    t = dense_strip(v, columns=32)
    assert t.rgb.shape == (2, 32, 3) and t.count == 40
    np.testing.assert_array_equal(t.rgb[0, 5], colormap_lut()[int(5 * 255 / 39)])
    assert t.index_at(3, 1) == 35 and t.index_at(9, 1) is None
    assert (t.rgb[1, 8:] == GAP_RGB).all()


def test_tile_output_dispatches_on_rank():
    assert tile_output(np.zeros((3, 4, 4))).map_shape == (4, 4)
    assert tile_output(np.zeros(10)).map_shape == (1, 1)


def test_bad_shapes_and_scales_are_refused():
    with pytest.raises(InputError):
        tile_maps(np.zeros((1, 2, 3, 4)))
    with pytest.raises(InputError):
        tile_maps(np.zeros((2, 3, 3)), scale="loud")
    with pytest.raises(InputError):
        dense_strip(np.zeros(0))
