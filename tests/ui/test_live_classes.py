"""The live source and the learner's own classes together: a video opened with File ▸ Open
video… (the stand-in for a camera) makes Record usable, and holding it fills the class with the
video's frames, as the samples the network will get."""

from __future__ import annotations

import numpy as np

from nnstudio.core.class_set import to_sample
from nnstudio.core.video import open_video, write_video


def moving_square(count: int = 40) -> list[np.ndarray]:
    frames = []
    for i in range(count):
        frame = np.full((72, 96, 3), 40, np.uint8)
        frame[20:44, 2 + 2 * i: 26 + 2 * i] = (230, 40, 40)
        frames.append(frame)
    return frames


def test_record_fills_a_class_from_a_playing_video(make_main_window, qtbot, tmp_path):
    path = tmp_path / "camera stand-in.avi"
    write_video(path, moving_square(), fps=30)
    with open_video(path) as reader:
        decoded = [to_sample(frame) for frame in reader]
    window = make_main_window()
    window.resize(1280, 800)
    window.show()
    window.select_tab("network")
    page = window.current_page()
    classes = page.show_class_window()
    classes.name_edit.setText("빨간 네모")
    classes.add_class_button.click()
    assert not classes.record.isEnabled()  # nothing live yet

    window.live.set_loop(True)
    window.live.open_video(path)
    qtbot.waitUntil(lambda: window.document.is_live and classes.record.isEnabled(), timeout=15_000)
    classes.rate.setValue(30)
    classes.record.pressed.emit()
    qtbot.waitUntil(lambda: classes.model.classes.counts()[0] >= 3, timeout=20_000)
    classes.record.released.emit()
    held = classes.model.classes.counts()[0]
    taken = classes.model.classes.classes[0].samples
    for sample in taken:  # every sample is one of the video's frames, cut as the network sees it
        assert any(np.array_equal(sample, frame) for frame in decoded)

    window.live.close()
    qtbot.waitUntil(lambda: not window.document.is_live, timeout=10_000)
    assert not classes.record.isEnabled()
    assert classes.model.classes.counts()[0] == held  # releasing stopped the recording
