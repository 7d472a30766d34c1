"""A video file standing in for the camera: frames reach every tab, the live bar's buttons,
dropped frames, bad files and closing the window while a video plays."""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest
import torch
import torch.nn.functional as F

from nnstudio.core.errors import InputError
from nnstudio.core.image_io import image_from_array
from nnstudio.core.kernels import make_kernel
from nnstudio.core.video import open_video, write_video
from nnstudio.ui.live.feed import LiveFeed

FRAMES = 12


def frames(count: int = FRAMES, size: tuple[int, int] = (48, 64)) -> list[np.ndarray]:
    """Frames that differ from each other and are not symmetric (a bar moving right)."""
    h, w = size
    out = []
    for i in range(count):
        frame = np.full((h, w, 3), 20 * i % 200, np.uint8)
        frame[4:20, 2 + 4 * i: 10 + 4 * i] = (250, 30, 30)
        out.append(frame)
    return out


@pytest.fixture
def video(tmp_path):
    path = tmp_path / "moving bar.avi"  # MJPG: lossy, so frames are compared with a decoder's
    write_video(path, frames(), fps=30)
    return path


def decoded(path) -> list[np.ndarray]:
    with open_video(path) as reader:
        return list(reader)


@pytest.fixture
def still():
    return image_from_array(np.random.default_rng(1).integers(0, 256, (30, 40, 3), dtype=np.uint8), "still")


@pytest.fixture
def window(make_main_window, still):
    window = make_main_window(still)
    window.resize(1280, 800)
    window.show()
    return window


def frame_of(window, video_frames) -> int:
    """Which frame of the file the document shows (the decoder's frames are the reference)."""
    shown = window.document.image.pixels
    matches = [i for i, f in enumerate(video_frames) if np.array_equal(f, shown)]
    assert matches, "the document shows no frame of the video"
    return matches[0]


def test_frames_reach_the_pixels_tab_and_the_bar_counts_them(window, qtbot, video):
    window.select_tab("pixels")
    page = window.current_page()
    window.open_path(video)
    qtbot.waitUntil(lambda: window.live.shown >= 5, timeout=15_000)
    assert window.document.is_live and window.live_bar.isVisible()
    reference = decoded(video)
    frame_of(window, reference)
    # The conversion on show is of a live frame, not of the still image.
    qtbot.waitUntil(lambda: page.conversion is not None and page.conversion.image.source.name == video.name,
                    timeout=15_000)
    assert any(np.array_equal(page.conversion.image.pixels, f) for f in reference)
    counter = window.live_bar.counter.text()
    assert f"of {FRAMES}" in counter and "fps" in counter and "dropped" in counter


def test_the_filters_tab_runs_conv_relu_pool_on_each_frame_as_torch_does(window, qtbot, video):
    window.select_tab("filters")
    page = window.current_page()
    window.open_path(video)
    reference = decoded(video)
    qtbot.waitUntil(lambda: window.live.shown >= 3 and page.result is not None and page.result.complete
                    and page.result.pixels is window.document.working_pixels, timeout=15_000)
    window.live.set_paused(True)
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    frame = reference[frame_of(window, reference)]
    if page.result.pixels is not window.document.working_pixels:  # a last frame came before the pause
        qtbot.waitUntil(lambda: page.result.pixels is window.document.working_pixels and page.result.complete,
                        timeout=10_000)
        frame = reference[frame_of(window, reference)]
    gray = torch.from_numpy(cv2.cvtColor(frame, cv2.COLOR_RGB2GRAY).astype(np.float32))[None, None]
    kernel = torch.from_numpy(make_kernel("sobel_x").astype(np.float32))[None, None]
    expected = F.max_pool2d(F.relu(F.conv2d(gray, kernel, padding=1)), 2)[0, 0].numpy()
    np.testing.assert_allclose(page.result.outputs[3].hwc[:, :, 0], expected, rtol=1e-5, atol=1e-3)


def test_the_network_tab_can_take_live_frames_as_its_input(network_page, qtbot, video):
    from nnstudio.core.model_input import to_model_input

    window = network_page.window()
    network_page.open_preset("cnn_shapes")
    qtbot.waitUntil(lambda: network_page.network.data_ready, timeout=15_000)
    network_page.inside.live_frames.setChecked(True)
    window.open_path(video)
    qtbot.waitUntil(lambda: network_page.inside.probe_steps.text().startswith("live frame"), timeout=15_000)
    window.live.set_paused(True)
    qtbot.waitUntil(lambda: not network_page.busy(), timeout=10_000)
    shape = tuple(network_page.model.design.input)
    expected = to_model_input(window.document.working_pixels, shape).array
    np.testing.assert_array_equal(network_page.inside.probe_input(), expected)
    np.testing.assert_array_equal(network_page.inside.draw.model_input.array, expected)


def test_a_hidden_tab_skips_frames_and_catches_up_when_shown(window, qtbot, video):
    window.select_tab("pixels")
    filters = window.pages[1]
    window.open_path(video)
    qtbot.waitUntil(lambda: window.live.shown >= 4, timeout=15_000)
    assert filters.result is None or filters.result.pixels is not window.document.working_pixels
    window.live.set_paused(True)
    window.select_tab("filters")
    qtbot.waitUntil(lambda: filters.result is not None and filters.result.pixels is window.document.working_pixels,
                    timeout=15_000)


def test_pause_holds_the_frame_and_snapshot_keeps_it_as_the_still_image(window, qtbot, video):
    window.open_path(video)
    qtbot.waitUntil(lambda: window.live.shown >= 3, timeout=15_000)
    window.live_bar.pause_button.click()
    assert window.live.paused and window.live_bar.pause_button.text().endswith("Play")
    shown, held, read = window.live.shown, window.document.image, window.live.source.frames_read
    for _ in range(20):  # the feed looks for frames 20 times: none comes while paused
        with qtbot.waitSignal(window.live._poll.timeout, timeout=1000):
            pass
    assert window.live.shown == shown and window.document.image is held
    assert window.live.source.frames_read <= read + 1  # the reader stops within one frame
    window.live_bar.snapshot_button.click()
    assert not window.document.is_live and not window.live_bar.isVisible()
    np.testing.assert_array_equal(window.document.image.pixels, held.pixels)
    assert window.document.image.source.name.startswith(video.name)


def test_close_goes_back_to_the_image_from_before(window, qtbot, video, still):
    window.open_path(video)
    qtbot.waitUntil(lambda: window.live.shown >= 2, timeout=15_000)
    window.live_bar.close_button.click()
    assert window.document.image is still and not window.document.is_live
    assert not window.live_bar.isVisible()


def test_a_video_without_loop_stops_at_its_end_and_keeps_its_last_frame(window, qtbot, video):
    window.live_bar.loop_box.setChecked(False)
    with qtbot.waitSignal(window.live.said, timeout=15_000) as said:
        window.open_path(video)
    assert "ended after 12 frames" in said.args[0]
    assert not window.document.is_live
    np.testing.assert_array_equal(window.document.image.pixels, decoded(video)[-1])


def test_a_looping_video_starts_again(window, qtbot, video):
    window.open_path(video)
    qtbot.waitUntil(lambda: window.live.source is not None and window.live.source.frames_read > FRAMES + 2,
                    timeout=15_000)
    assert window.document.is_live


def test_a_slow_tab_drops_frames_instead_of_queueing_them(qtbot, video, still):
    """Nobody takes frames while the tab is busy: the reader keeps only the newest."""
    from nnstudio.ui.document import ImageDocument

    document = ImageDocument(still)
    gate = threading.Event()
    feed = LiveFeed(document, gate.is_set)
    try:
        feed.open_video(video)
        qtbot.waitUntil(lambda: feed.source.frames_read >= 6, timeout=15_000)
        assert feed.shown == 0 and document.image is still  # nothing taken while busy
        gate.set()
        qtbot.waitUntil(lambda: feed.shown >= 1, timeout=5000)
        read, dropped = feed.source.frames_read, feed.dropped
        # Every frame read was either shown, dropped or is waiting in the one-frame mailbox.
        assert dropped >= 5 and read - dropped - feed.shown in (0, 1)
    finally:
        feed.shutdown()


@pytest.mark.parametrize("content", [b"", b"not a video at all" * 50])
def test_bad_video_files_say_one_sentence_and_keep_the_image(window, qtbot, tmp_path, still, content):
    path = tmp_path / "broken.mp4"
    path.write_bytes(content)
    with qtbot.waitSignal(window.load_failed, timeout=15_000) as failed:
        window.open_path(path)
    message = failed.args[0]
    assert "broken.mp4" in message and "\n" not in message
    with pytest.raises(InputError) as core_error:
        open_video(path)
    assert message == str(core_error.value)
    assert window.document.image is still and not window.document.is_live
    assert not window.live_bar.isVisible()


def test_a_camera_that_stops_sending_keeps_the_last_frame(window, qtbot, video):
    """A disconnect mid-stream: the reader raises InputError (core.video's sentence)."""
    reader = open_video(video)
    calls = {"n": 0}
    read = reader.read

    def failing_read():
        calls["n"] += 1
        if calls["n"] > 3:
            raise InputError("The camera stopped sending pictures.")
        return read()

    reader.read = failing_read
    with qtbot.waitSignal(window.load_failed, timeout=15_000) as failed:
        window.live._start(lambda: reader)
    assert failed.args[0] == "The camera stopped sending pictures."
    assert not window.document.is_live
    qtbot.waitUntil(lambda: not reader._capture, timeout=5000)  # closed by the reader thread


def test_no_camera_is_one_sentence(window, qtbot, monkeypatch):
    monkeypatch.setattr("nnstudio.ui.live.actions.list_cameras", lambda: [])
    with qtbot.waitSignal(window.load_failed, timeout=15_000) as failed:
        window.findChild(type(window.live_actions.camera_action), "action_open_camera").trigger()
    assert "No camera" in failed.args[0]


def test_closing_the_window_while_playing_joins_the_reader(make_main_window, qtbot, video):
    window = make_main_window()
    window.show()
    window.open_path(video)
    qtbot.waitUntil(lambda: window.live.shown >= 2, timeout=15_000)
    source = window.live.source
    window.close()
    assert not source.alive
    assert not [t for t in threading.enumerate() if t.name == "nnstudio-live"]


def test_a_dropped_video_plays_and_a_dropped_image_ends_it(window, qtbot, video, tmp_path):
    from test_main_window import _drop_urls  # tests/ui (pytest puts it on the path)

    from nnstudio.core.image_io import save_png

    _drop_urls(window, [video])
    qtbot.waitUntil(lambda: window.live.shown >= 2, timeout=15_000)
    picture = np.zeros((20, 30, 3), np.uint8)
    picture[:, :10] = 255
    save_png(tmp_path / "still.png", picture)
    _drop_urls(window, [tmp_path / "still.png"])
    qtbot.waitUntil(lambda: window.document.image.source.name == "still.png", timeout=15_000)
    assert not window.document.is_live and not window.live_bar.isVisible()
    np.testing.assert_array_equal(window.document.image.pixels, picture)


def test_a_camera_that_is_not_there_is_one_sentence(window, qtbot, still):
    with qtbot.waitSignal(window.load_failed, timeout=30_000) as failed:
        window.live.open_camera(97)
    assert "Camera 97" in failed.args[0] and "\n" not in failed.args[0]
    assert window.document.image is still and not window.document.is_live
