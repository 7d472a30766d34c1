"""The main window: tabs, the default image, drag and drop, paste, save, settings."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from nnstudio.core.image_io import load_image
from nnstudio.core.samples import DEFAULT_SAMPLE, load_sample
from nnstudio.ui.qt_image import from_qimage, to_qimage
from nnstudio.ui.settings import Settings


def _write_png(path, h=30, w=50):
    rgb = np.zeros((h, w, 3), np.uint8)
    rgb[..., 0] = np.arange(w, dtype=np.uint8)[None, :] * 5
    rgb[:3, :3, 2] = 255
    Image.fromarray(rgb).save(path)
    return rgb


def _drop_urls(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPoint(window.width() // 2, window.height() // 2)
    # Qt's signatures: a drag-enter event takes a QPoint, a drop event a QPointF.
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window refused a file drag"
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)


def test_five_tabs_and_a_sample_loaded(make_main_window):
    window = make_main_window()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Pixels", "Filters", "Network", "Learning", "Tensors"]
    np.testing.assert_array_equal(window.document.image.pixels, load_sample(DEFAULT_SAMPLE).pixels)
    for page in window.pages:
        assert page.title and page.description


def test_dropping_a_file_makes_it_the_current_image(make_main_window, qtbot, tmp_path):
    window = make_main_window()
    window.show()
    rgb = _write_png(tmp_path / "dropped.png")
    with qtbot.waitSignal(window.document.image_changed, timeout=10_000) as blocker:
        _drop_urls(window, [tmp_path / "dropped.png"])
    np.testing.assert_array_equal(blocker.args[0].pixels, rgb)
    np.testing.assert_array_equal(window.document.image.pixels, rgb)
    assert str(tmp_path / "dropped.png") in window.settings.recent_files()
    assert window.image_label.text().startswith("dropped.png")


def test_a_broken_drop_keeps_the_previous_image(make_main_window, qtbot, tmp_path):
    window = make_main_window()
    before = window.document.image
    (tmp_path / "broken.png").write_text("not a png")
    with qtbot.assertNotEmitted(window.document.image_changed, wait=0):
        with qtbot.waitSignal(window.load_failed, timeout=10_000) as blocker:
            _drop_urls(window, [tmp_path / "broken.png"])
    assert "not an image" in blocker.args[0]
    assert window.document.image is before
    assert "not an image" in window.statusBar().currentMessage()


def test_open_sample_menu_loads_a_pattern(make_main_window, qtbot):
    window = make_main_window()
    action = window.findChild(type(window.menuBar().actions()[0]), "sample_zone-plate")
    assert action is not None
    with qtbot.waitSignal(window.document.image_changed, timeout=10_000):
        action.trigger()
    assert window.document.image.source.name == "zone-plate"
    assert window.document.image.source.path is None  # samples are not "recent files"


def test_paste_an_image_from_the_clipboard(make_main_window, qtbot):
    window = make_main_window()
    rgb = np.zeros((12, 20, 3), np.uint8)
    rgb[:, :10] = (10, 200, 30)
    QApplication.clipboard().setImage(to_qimage(rgb))
    with qtbot.waitSignal(window.document.image_changed, timeout=10_000):
        window.findChild(type(window.menuBar().actions()[0]), "action_paste").trigger()
    np.testing.assert_array_equal(window.document.image.pixels, rgb)
    assert window.document.image.source.name == "clipboard"


def test_paste_with_nothing_to_paste_says_so(make_main_window, qtbot):
    window = make_main_window()
    QApplication.clipboard().setText("just words")
    with qtbot.waitSignal(window.load_failed, timeout=5_000) as blocker:
        window.paste_image()
    assert "no image" in blocker.args[0]


def _with_a_result(window, qtbot):
    window.select_tab("pixels")
    qtbot.waitUntil(lambda: window.current_page().result_image() is not None, timeout=10_000)
    return window


def test_save_result_writes_the_current_tabs_output(make_main_window, qtbot, tmp_path):
    window = _with_a_result(make_main_window(), qtbot)
    assert window.save_result(tmp_path / "out")  # suffix added
    saved = np.array(Image.open(tmp_path / "out.png"))
    np.testing.assert_array_equal(saved, window.current_page().result_image())


def test_save_result_into_a_missing_folder_is_a_message(make_main_window, qtbot, tmp_path):
    window = _with_a_result(make_main_window(), qtbot)
    assert not window.save_result(tmp_path / "missing" / "out.png")
    assert "Could not write" in window.statusBar().currentMessage()


def test_settings_persist_tab_geometry_and_recent(make_main_window, qtbot, tmp_path):
    settings = Settings()
    window = make_main_window(settings=settings)
    window.show()
    # A height above the window's minimum and inside the offscreen screen (800 × 800), so that
    # neither bound decides it. The width cannot be: the window's minimum width (about 1,020)
    # is wider than that screen, so both windows get their minimum width, which follows texts
    # that change while the test runs (the device label once torch has loaded): comparing it
    # compared two minimums, and failed when torch loaded at another moment.
    window.resize(1180, 760)
    window.tabs.setCurrentIndex(2)
    size = window.size()
    assert size.height() == 760 > window.minimumSizeHint().height()
    _write_png(tmp_path / "r.png")
    with qtbot.waitSignal(window.document.image_changed, timeout=10_000):
        window.open_path(tmp_path / "r.png")
    window.close()

    again = make_main_window(settings=Settings())
    again.show()
    assert again.tabs.currentIndex() == 2
    assert again.size().height() == size.height()
    recent = [a.text() for a in again.recent_menu.actions()]
    assert recent[0] == str(tmp_path / "r.png")


def test_recent_file_that_vanished_is_dropped_from_the_menu(make_main_window, qtbot, tmp_path):
    window = make_main_window()
    window.settings.add_recent_file(str(tmp_path / "gone.png"))
    window._set_recent(window.settings.recent_files())
    with qtbot.waitSignal(window.load_failed, timeout=5_000):
        window.recent_menu.actions()[0].trigger()
    assert str(tmp_path / "gone.png") not in window.settings.recent_files()


def test_status_bar_names_the_compute_device(make_main_window, qtbot):
    import torch

    window = make_main_window()
    label = window.device_label
    if not label.ready:
        with qtbot.waitSignal(label.resolved, timeout=60_000):
            pass
    if torch.cuda.is_available():
        assert torch.cuda.get_device_name(0) in label.text()
    else:
        # The threads a training run takes: all cores but the one left to the window (not
        # torch.get_num_threads(), which is per thread and depends on what ran before).
        n = max(1, (os.cpu_count() or 2) - 1)
        assert f"({n} {'thread' if n == 1 else 'threads'})" in label.text() or "MPS" in label.text()


def test_qimage_round_trip_keeps_orientation_and_order():
    rgb = np.zeros((3, 5, 3), np.uint8)
    rgb[0, 4] = (255, 0, 0)
    rgba = np.dstack([rgb, np.full((3, 5), 9, np.uint8)])
    np.testing.assert_array_equal(from_qimage(to_qimage(rgb)), rgb)
    np.testing.assert_array_equal(from_qimage(to_qimage(rgb, rgba[..., 3])), rgba)
    assert QImage(to_qimage(rgb)).pixelColor(4, 0).red() == 255


@pytest.mark.parametrize("name", ["horse.png", "camera.png"])
def test_opening_alpha_and_gray_images(make_main_window, qtbot, name):
    from nnstudio.core.resources import resource

    window = make_main_window()
    path = str(resource("images", name))
    with qtbot.waitSignal(window.document.image_changed, timeout=10_000):
        window.open_path(path)
    np.testing.assert_array_equal(window.document.image.pixels, load_image(path).pixels)
