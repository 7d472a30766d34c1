"""The safety net: errors nobody caught become a sentence and a log entry; drawing never fails."""

from __future__ import annotations

import json
import sys
import threading

import numpy as np
import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from nnstudio.ui import safety
from nnstudio.ui.app import create_application
from nnstudio.ui.session_log import session_log
from nnstudio.ui.settings import Settings


@pytest.fixture
def net():
    """The running app's excepthooks, put back as they were afterwards."""
    create_application()
    before = sys.excepthook, threading.excepthook
    safety.install_excepthook()
    yield session_log()
    sys.excepthook, threading.excepthook = before


class Fragile(QWidget):
    """A view whose drawing and size hint fail, as a view fed an unchecked value would."""

    painted = 0

    def paintEvent(self, event) -> None:  # noqa: N802
        Fragile.painted += 1
        QPainter(self).end()
        raise ValueError("kernel_size [3] is not a pair")

    def sizeHint(self) -> QSize:  # noqa: N802
        raise TypeError("no size")


@pytest.mark.qt_no_exception_capture
def test_a_failing_paint_is_logged_and_the_window_says_so(net, make_main_window, qtbot):
    window = make_main_window()
    window.show()
    errors_before = net.errors
    safety.guard_class(Fragile)
    fragile = Fragile(window)
    fragile.resize(50, 50)
    fragile.show()
    assert fragile.sizeHint() == QWidget().sizeHint()  # the base class's answer
    fragile.grab()  # paints now; without the guard PySide6 6.11 ends the process here
    assert Fragile.painted >= 1
    qtbot.waitUntil(lambda: "Help ▸ Show log" in window.statusBar().currentMessage())
    assert "kernel_size [3] is not a pair" in window.statusBar().currentMessage()
    assert net.errors > errors_before
    assert "ValueError: kernel_size [3] is not a pair" in net.text()
    dialog = window.show_log()
    assert "kernel_size [3] is not a pair" in dialog.text.toPlainText()
    assert "error" in dialog.summary.text()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_a_sentence_and_the_app_goes_on(net, make_main_window, qtbot):
    window = make_main_window()
    button = QPushButton(window)
    button.clicked.connect(lambda: {}["missing key"])
    button.click()
    qtbot.waitUntil(lambda: "missing key" in window.statusBar().currentMessage())
    assert "KeyError: 'missing key'" in net.text()
    # Still working: an ordinary action afterwards does what it should.
    with qtbot.waitSignal(window.document.image_changed, timeout=10_000):
        window.open_sample("zone-plate")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_thread_is_logged(net, make_main_window, qtbot):
    window = make_main_window()
    thread = threading.Thread(target=lambda: 1 / 0, name="doomed")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: "division by zero" in window.statusBar().currentMessage())
    assert "ZeroDivisionError" in net.text()


def test_every_qt_override_in_nnstudio_is_guarded(make_main_window):
    make_main_window()  # guards are installed when a window is built
    unguarded = [
        f"{cls.__module__}.{cls.__qualname__}.{name}"
        for cls in safety.qt_classes(("nnstudio.",))
        for name, attr in vars(cls).items()
        if callable(attr) and safety._is_virtual(name) and safety._overrides_qt(cls, name)
        and not getattr(attr, "__guarded__", False)
    ]
    assert unguarded == []
    from nnstudio.ui.network.canvas import BlockDelegate
    from nnstudio.ui.pixels.image_view import PixelGrid

    assert BlockDelegate.paint.__guarded__ and PixelGrid.paint.__guarded__


@pytest.mark.parametrize("kernel", [[3], [], 3.5, "3", None, [3, "x"], True])
def test_opening_a_design_with_a_bad_kernel_size_draws_and_refuses(make_main_window, qtbot, tmp_path, kernel):
    """These files ended the process in the canvas's paint (issue 11)."""
    window = make_main_window()
    window.show()
    window.select_tab("network")
    page = window.current_page()
    design = {"version": 1, "name": "bad", "input": [1, 8, 8],
              "layers": [{"type": "Conv2d", "out_channels": 2, "kernel_size": kernel},
                         {"type": "Flatten"}, {"type": "Linear", "out_features": 3}],
              "dataset": {"name": "shapes"}}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(design))
    page.open_design(path)
    canvas = page.findChild(QWidget, "design_canvas")
    shot = canvas.grab().toImage()  # paints every block; raised before
    assert not shot.isNull() and shot.width() > 0
    from nnstudio.ui.network.canvas import describe

    for row in range(canvas.count()):
        info = canvas.item(row).data(256)
        describe(info, canvas.item(row).data(259))  # never raises, whatever was written
    assert not page.findChild(QPushButton, "train_start").isEnabled()  # refused, not trained


def test_display_levels_let_any_dtype_be_drawn(make_main_window, qtbot):
    """pyqtgraph raised "levels argument is required for float input types" in paint."""
    from nnstudio.ui.image_levels import display_levels
    from nnstudio.ui.pixels.image_view import ImageView

    create_application()
    view = ImageView("test")
    qtbot.addWidget(view)
    view.resize(200, 200)
    view.show()
    ramp = np.linspace(-1.0, 3.0, 64 * 64, dtype=np.float32).reshape(64, 64)
    ramp[0, 0] = np.nan
    ramp[0, 1] = np.inf
    for array in (ramp, ramp.astype(np.float64), (ramp > 0), np.full((8, 8), 7.0, np.float32),
                  np.arange(64, dtype=np.uint16).reshape(8, 8), np.zeros((8, 8, 3), np.uint8)):
        view.set_image(array)
        image = view.graphics.grab().toImage()
        assert not image.isNull()
        assert view.image_item.qimage is not None  # rendered, not "unrenderable"
    assert display_levels(np.zeros((2, 2), np.uint8)) is None
    finite = ramp[np.isfinite(ramp)]
    assert display_levels(ramp) == (finite.min(), finite.max())  # NaN and inf left out
    assert display_levels(np.full((2, 2), 7.0)) == (6.5, 7.5)


def test_a_design_the_checker_cannot_read_is_not_pushed(make_main_window, monkeypatch, qtbot):
    from nnstudio.ui.network import design_model

    window = make_main_window()
    # The data set loads on a worker; were it to arrive after the patch, its refit would
    # meet the broken checker inside the event loop instead of inside pytest.raises.
    qtbot.waitUntil(lambda: window.pages[2].network.data_ready, timeout=10_000)
    model = window.pages[2].model
    count, design = model.undo_stack.count(), model.design

    def broken(*_args, **_kwargs):
        raise TypeError("unhashable type: 'list'")

    monkeypatch.setattr(design_model, "analyse", broken)
    with pytest.raises(TypeError):
        model.insert_layer(0, "ReLU")
    assert model.undo_stack.count() == count
    assert model.design is design


def test_a_corrupt_settings_file_is_reset_with_a_sentence(make_main_window, tmp_path):
    path = tmp_path / "nnstudio.ini"
    path.write_text("[General]\nversion=abc\n\n[window]\nlast_tab=zz\ngeometry=@ByteArray(garbage)\n"
                    "\n[files]\nrecent=5\n")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.reset_reason is not None and "damaged" in settings.reset_reason
    assert settings.recent_files() == [] and settings.last_tab() == 0
    window = make_main_window(settings=settings)
    assert "damaged" in window.statusBar().currentMessage()
    settings._q.sync()
    assert "version=1" in path.read_text()  # started afresh, and says so only once
    assert Settings(QSettings(str(path), QSettings.Format.IniFormat)).reset_reason is None


def test_a_hand_edited_recent_list_is_read_safely(tmp_path):
    path = tmp_path / "nnstudio.ini"
    create_application()
    q = QSettings(str(path), QSettings.Format.IniFormat)
    q.setValue("version", 1)
    q.setValue("files/recent", 5)
    assert Settings(q).recent_files() == []
    q.setValue("files/recent", ["/a.png", 3, "", "/b.png"])
    assert Settings(q).recent_files() == ["/a.png", "/b.png"]


@pytest.mark.qt_no_exception_capture
def test_a_job_that_fails_is_logged_with_its_traceback(net, qtbot):
    from nnstudio.ui.workers import LatestJobRunner

    runner = LatestJobRunner("test")

    def fails():
        raise RuntimeError("a bug in a job")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.submit(fails)
    runner.shutdown()
    assert "a bug in a job" in blocker.args[0] and "Traceback" not in blocker.args[0]
    assert "RuntimeError: a bug in a job" in net.text()
    QApplication.processEvents()


def test_paste_when_the_clipboard_has_no_data_at_all(make_main_window, monkeypatch, qtbot):
    """QClipboard.mimeData() is None on some systems with an empty clipboard (issue 11)."""
    window = make_main_window()

    class EmptyClipboard:
        def mimeData(self):  # noqa: N802
            return None

    monkeypatch.setattr(QApplication, "clipboard", staticmethod(lambda: EmptyClipboard()))
    with qtbot.waitSignal(window.load_failed, timeout=1000) as blocker:
        window.paste_image()
    assert "clipboard holds no image" in blocker.args[0]
