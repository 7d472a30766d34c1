"""Network ▸ New image classes…: classes filled from a live source, from drops and from the
current image; trained with cnn_my_classes; live prediction bars follow the frames."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from nnstudio.core.class_set import to_sample
from nnstudio.core.image_io import image_from_array, save_png
from nnstudio.core.video import open_video, write_video
from nnstudio.ui.network.training_run import RunState


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def classes(network_page):
    window = network_page.show_class_window()
    return network_page, window


def feed(document, frames, clock=None, step=0.0):
    for frame in frames:
        if clock is not None:
            clock.now += step
        document.set_image(image_from_array(frame, "frame"))


def test_record_takes_frames_only_while_held_and_live(classes, scene_frames):
    page, window = classes
    document = page.document
    window.name_edit.setText("공")
    window.add_class_button.click()
    assert window.model.classes.names == ["공"]
    assert not window.record.isEnabled() and "Open camera" in window.record.toolTip()
    document.set_live(True)
    assert window.record.isEnabled()
    clock = FakeClock()
    window.recorder.clock = clock
    window.rate.setValue(5)  # one frame each 0.2 s
    frames = scene_frames(0, 20, seed=1)
    feed(document, frames[:4], clock, 0.2)
    assert window.model.classes.counts() == [0]  # not held: nothing taken
    window.record.pressed.emit()
    assert window.record.text() != "● Record (hold)"
    feed(document, frames[:10], clock, 0.1)  # 10 frames over 1 s at 5 frames/s: every second one
    window.record.released.emit()
    feed(document, frames[10:], clock, 0.2)
    assert window.model.classes.counts() == [5]
    assert window.samples.count() == 5 and "(5)" in window.class_list.item(0).text()
    np.testing.assert_array_equal(window.model.classes.classes[0].samples[0], to_sample(frames[0]))
    document.set_live(False)  # the camera closed: Record says where to find one
    assert not window.record.isEnabled()


def test_add_current_image_drop_files_and_delete_a_sample(classes, qtbot, tmp_path, scene_frames):
    page, window = classes
    assert not window.model.add_sample(page.document.working_pixels)  # no class yet: a sentence
    assert "class first" in window.status.text()
    window.model.add_class("dog")
    window.add_current.click()
    assert window.model.classes.counts() == [1]
    save_png(tmp_path / "a.png", scene_frames(1, 1, seed=2)[0])
    (tmp_path / "more").mkdir()
    save_png(tmp_path / "more" / "b.png", scene_frames(2, 1, seed=3)[0])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.png")), QUrl.fromLocalFile(str(tmp_path / "more"))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: window.model.classes.counts() == [3], timeout=5000)
    kept = window.model.classes.classes[0].samples[2]
    window.samples.item(1).setSelected(True)
    window.delete_samples.click()
    assert window.model.classes.counts() == [2] and window.samples.count() == 2
    assert window.model.classes.classes[0].samples[1] is kept
    # A file that is not a picture: one sentence, nothing added.
    (tmp_path / "bad.png").write_bytes(b"no")
    window.add_paths([str(tmp_path / "bad.png")])
    qtbot.waitUntil(lambda: "Nothing was added" in window.status.text(), timeout=5000)
    assert window.model.classes.counts() == [2]


def test_renaming_in_the_list_and_bad_names(classes):
    _page, window = classes
    window.model.add_class("cat")
    window.model.add_class("dog")
    window.class_list.item(0).setText("고양이")
    assert window.model.classes.names == ["고양이", "dog"]
    window.class_list.item(1).setText("고양이")  # taken: refused, the list shows the old name
    assert window.model.classes.names == ["고양이", "dog"]
    assert window.class_list.item(1).text().startswith("dog")
    assert "already" in window.status.text()


def test_the_data_set_list_opens_the_window_and_keeps_the_set_in_use(make_main_window, qtbot):
    window = make_main_window()
    window.show()
    window.select_tab("network")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    combo, before = page.data_panel.name, page.data_panel.name.currentData()
    index = combo.findData("new-image-classes")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert page.class_window is not None and page.class_window.isVisible()
    assert combo.currentData() == before == page.network.dataset_entry["name"]


def test_a_bad_folder_leaves_the_classes_as_they_were(classes, tmp_path):
    _page, window = classes
    window.model.add_class("a")
    assert not window.model.open(tmp_path)
    assert window.model.classes.names == ["a"] and "no class sub-folders" in window.status.text()


def test_train_on_recorded_videos_then_live_bars_follow_the_frames(classes, qtbot, tmp_path, scene_frames):
    page, window = classes
    assert not window.train_on_these()  # no classes yet
    clock = FakeClock()
    window.recorder.clock = clock
    document = page.document
    document.set_live(True)
    last_frames = {}
    for kind, name in enumerate(("빨간 공", "파란 상자", "초록 줄")):
        path = tmp_path / f"{kind}.avi"
        write_video(path, scene_frames(kind, 31, seed=kind), fps=15)
        window.model.add_class(name)
        with open_video(path) as reader:
            frames = list(reader)
        window.record.pressed.emit()
        feed(document, frames[:30], clock, 1.0)
        window.record.released.emit()
        last_frames[name] = frames[30]  # a frame the network never saw
    assert window.model.classes.counts() == [30, 30, 30]
    window.model.save(tmp_path / "classes")
    assert window.train_on_these()
    network = page.network
    qtbot.waitUntil(lambda: network.run is not None and network.run_state in (RunState.FINISHED, RunState.FAILED),
                    timeout=60_000)
    assert network.run_state is RunState.FINISHED, page.message.text()
    assert network.design.name == "cnn_my_classes" and network.data.input_shape == (3, 64, 64)
    assert network.run.results[-1].test_acc >= 0.9
    names = window.model.classes.names  # the bars follow the class list, not the data's sorted order
    assert sorted(names) == list(network.data.class_names) != names
    for name, frame in last_frames.items():
        document.set_image(image_from_array(frame, "frame"))
        qtbot.waitUntil(lambda: window.bars.names == tuple(names) and
                        int(np.argmax(window.bars.values())) == names.index(name), timeout=5000)
        assert abs(sum(window.bars.values()) - 1.0) < 0.01
    network.reset()  # the trained copy is put aside: no bars from a network that is gone
    assert window.bars.bars == [] and "train again" in window.bars.note.text()
    document.set_image(image_from_array(last_frames[names[0]], "frame"))
    assert not window.prediction.runner.busy
