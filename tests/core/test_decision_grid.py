import numpy as np
import pytest

from nnstudio.core.decision_grid import CLASS_COLOURS, decision_image, plane_grid
from nnstudio.core.errors import InputError


def test_grid_covers_the_points_with_a_margin_and_is_row_major():
    pts = np.array([[0.0, -1.0], [2.0, 3.0], [1.0, 0.0]])
    g = plane_grid(pts, steps=5, margin=0.25)
    np.testing.assert_allclose([g.xs[0], g.xs[-1], g.ys[0], g.ys[-1]], [-0.5, 2.5, -2.0, 4.0])
    assert g.points.shape == (25, 2) and g.shape == (5, 5)
    gx, gy = np.meshgrid(g.xs, g.ys)
    np.testing.assert_array_equal(g.points[:, 0].reshape(5, 5), gx)
    np.testing.assert_array_equal(g.points[:, 1].reshape(5, 5), gy)
    x0, y0, w, h = g.extent
    np.testing.assert_allclose([x0, y0, w, h], [-0.875, -2.75, 3.75, 7.5])


def test_single_point_still_gets_a_plane():
    g = plane_grid(np.array([[1.0, 1.0]]), steps=3)
    assert g.xs[0] < 1 < g.xs[-1]


def test_decision_image_uses_class_colours_where_certain_and_white_where_not():
    probs = np.zeros((1, 3, 2), np.float32)
    probs[0, 0] = [1, 0]
    probs[0, 1] = [0, 1]
    probs[0, 2] = [0.5, 0.5]
    plain = decision_image(probs, confidence_shading=False)
    np.testing.assert_array_equal(plain[0, 0], CLASS_COLOURS[0])
    np.testing.assert_array_equal(plain[0, 1], CLASS_COLOURS[1])
    shaded = decision_image(probs)
    # Unsure points are lighter than sure ones of either class.
    assert shaded[0, 2].astype(int).sum() > max(shaded[0, 0].astype(int).sum(), shaded[0, 1].astype(int).sum())


def test_bad_inputs_are_refused():
    with pytest.raises(InputError):
        plane_grid(np.zeros((4, 3)))
    with pytest.raises(InputError):
        decision_image(np.zeros((2, 2, 1)))
