"""core.video: frames in and out through OpenCV, and one sentence for every bad source."""

import numpy as np
import pytest

from nnstudio.core.errors import InputError
from nnstudio.core.video import is_video_path, open_video, write_video


def _frames(count=8, height=40, width=56):
    """Frames that differ from each other and are not symmetric (a red bar that moves)."""
    frames = []
    for i in range(count):
        frame = np.zeros((height, width, 3), np.uint8)
        frame[:, :, 2] = 200                      # blue background: tells RGB from BGR
        frame[5:15, 4 * i:4 * i + 12, 0] = 250    # red bar moving right
        frame[:, :, 2][5:15, 4 * i:4 * i + 12] = 0
        frames.append(frame)
    return frames


@pytest.mark.parametrize("suffix", [".mp4", ".avi"])
def test_round_trip_keeps_count_size_fps_and_colours(tmp_path, suffix):
    frames = _frames()
    path = tmp_path / f"clip{suffix}"
    assert write_video(path, frames, fps=12) == len(frames)
    with open_video(path) as reader:
        assert (reader.info.width, reader.info.height) == (56, 40)
        assert reader.info.fps == pytest.approx(12)
        assert reader.info.frame_count == len(frames)
        back = list(reader)
    assert len(back) == len(frames)
    for i, (original, read) in enumerate(zip(frames, back)):
        # Lossy codecs: close, and the colour order right (red stays red, blue stays blue).
        assert np.abs(original.astype(int) - read.astype(int)).mean() < 12
        assert read[10, 4 * i + 6, 0] > 150
        assert read[30, 30, 2] > 150 and read[30, 30, 0] < 60


def test_seek_goes_to_a_frame(tmp_path):
    path = tmp_path / "clip.avi"
    write_video(path, _frames(), fps=10)
    with open_video(path) as reader:
        reader.seek(5)
        frame = reader.read()
    # Frame 5's red bar starts at x=20.
    assert frame[10, 26, 0] > 150 and frame[10, 10, 0] < 60


@pytest.mark.parametrize("content, sentence", [
    (b"", "is empty"),
    (b"this is not a video at all" * 10, "not a video"),
])
def test_bad_files_are_one_sentence(tmp_path, content, sentence):
    path = tmp_path / "bad.mp4"
    path.write_bytes(content)
    with pytest.raises(InputError, match=sentence):
        open_video(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        open_video(tmp_path / "nope.mp4")
    with pytest.raises(InputError, match="folder"):
        open_video(tmp_path)


def test_failed_write_keeps_the_previous_file(tmp_path):
    path = tmp_path / "clip.avi"
    write_video(path, _frames(3), fps=10)
    before = path.read_bytes()
    mixed = _frames(2) + [np.zeros((10, 10, 3), np.uint8)]
    with pytest.raises(InputError, match="same size"):
        write_video(path, mixed, fps=10)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["clip.avi"]   # no temporary file left


def test_refuses_unknown_container_and_empty_input(tmp_path):
    with pytest.raises(InputError, match=".mp4"):
        write_video(tmp_path / "x.gif", _frames(2), fps=10)
    with pytest.raises(InputError, match="no frames"):
        write_video(tmp_path / "x.mp4", [], fps=10)
    assert not (tmp_path / "x.mp4").exists()


def test_is_video_path():
    assert is_video_path("a/b/CLIP.MP4") and not is_video_path("photo.png")
