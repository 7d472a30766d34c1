"""Placing points by hand: clicks add and remove points, the data set is exactly them."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt

from nnstudio.core.point_set import load_points_csv


def choose_my_points(page, qtbot):
    panel = page.data_panel
    panel.name.setCurrentIndex(panel.name.findData("my-points"))
    panel.name.activated.emit(panel.name.currentIndex())
    qtbot.waitUntil(lambda: panel.point_editor.active, timeout=5_000)
    return panel


def click_at(qtbot, panel, x, y, button=Qt.MouseButton.LeftButton):
    view = panel.preview.getViewBox()
    scene = view.mapViewToScene(__import__("pyqtgraph").Point(x, y))
    widget = panel.preview.mapFromScene(scene)
    qtbot.mouseClick(panel.preview.viewport(), button, pos=QPoint(int(widget.x()), int(widget.y())))


def test_clicks_place_points_of_the_chosen_class_and_training_uses_exactly_them(network_page, qtbot):
    document = network_page.network
    panel = choose_my_points(network_page, qtbot)
    editor = panel.point_editor
    assert editor.isVisible() and editor.points == []
    # No points yet: nothing to train on, and Train says why (not the previous set instead).
    qtbot.waitUntil(lambda: document.problem() is not None, timeout=10_000)
    assert "two classes" in str(document.problem())
    placed = [(-0.8, -0.8, 0), (-0.6, -0.9, 0), (-0.9, -0.5, 0), (0.8, 0.7, 1), (0.6, 0.9, 1), (0.9, 0.6, 1),
              (0.7, -0.7, 2), (0.8, -0.9, 2)]
    for x, y, k in placed:
        editor.classes.button(k).click()
        click_at(qtbot, panel, x, y)
    assert len(editor.points) == len(placed)
    got = np.array(editor.points)
    np.testing.assert_allclose(got[:, :2], np.array(placed)[:, :2], atol=0.03)  # where the clicks landed
    assert got[:, 2].tolist() == [k for _, _, k in placed]
    qtbot.waitUntil(lambda: document.data is not None and document.data.name == "my-points"
                    and len(document.data.x_train) + len(document.data.x_test) == len(placed), timeout=10_000)
    data = document.data
    every = np.concatenate([data.x_train, data.x_test])
    np.testing.assert_allclose(np.sort(every[:, 0]), np.sort(got[:, 0]), atol=1e-6)
    assert data.class_names == ("0", "1", "2")
    assert document.dataset_entry["extra"]["points"] == editor.points  # saved with the design
    click_at(qtbot, panel, 0.8, 0.7, Qt.MouseButton.RightButton)  # removes the nearest
    assert len(editor.points) == len(placed) - 1
    assert [0.8, 0.7] not in [[round(p[0], 1), round(p[1], 1)] for p in editor.points]


def test_points_round_trip_through_csv_and_a_bad_file_keeps_them(network_page, qtbot, tmp_path):
    panel = choose_my_points(network_page, qtbot)
    editor = panel.point_editor
    points = [[-0.5, 0.25, 0], [0.5, -0.25, 1], [0.1, 0.1, 3], [1.0, 1.0, 1]]
    (tmp_path / "p.csv").write_text("x,y,class\n" + "\n".join(f"{x},{y},{c}" for x, y, c in points) + "\n")
    editor.open_csv(str(tmp_path / "p.csv"))
    assert editor.points == points
    from nnstudio.core.point_set import save_points_csv
    save_points_csv(editor.points, tmp_path / "back.csv")
    assert load_points_csv(tmp_path / "back.csv") == points
    said = []
    network_page.network.said.connect(lambda text, error: said.append((text, error)))
    (tmp_path / "bad.csv").write_text("x,y,class\n0,0,0\n1,zwei,1\n")
    editor.open_csv(str(tmp_path / "bad.csv"))
    assert editor.points == points and said and said[-1][1] and "Row 3" in said[-1][0]


def test_start_from_a_built_in_set(network_page, qtbot):
    document = network_page.network
    panel = network_page.data_panel
    panel.choose("circle", {"n": 200})
    qtbot.waitUntil(lambda: document.data is not None and document.data.name == "circle", timeout=10_000)
    panel = choose_my_points(network_page, qtbot)
    assert panel.point_editor.start_from.isEnabled()
    panel.point_editor.start_from.click()
    assert len(panel.point_editor.points) == 200
    qtbot.waitUntil(lambda: document.data.name == "my-points", timeout=10_000)
    assert document.problem() is None
