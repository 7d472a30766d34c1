"""`nnstudio filter/pixels IN.mp4 -o OUT.mp4`: every frame the still-image result, frame count
and fps kept. Videos are written with core.video (MJPG in .avi), so frames are compared with
a tolerance for the codec; the reference for the filter is torch's conv2d on the decoded input."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image

from nnstudio.cli import main
from nnstudio.core.video import open_video, write_video

FRAMES, FPS = 9, 12.0


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    """A 64×48 video of a bright disc moving over a colour ramp (not symmetric)."""
    folder = tmp_path_factory.mktemp("video")
    yy, xx = np.mgrid[0:48, 0:64]
    frames = []
    for i in range(FRAMES):
        frame = np.stack([xx * 3, yy * 4, np.full_like(xx, 60)], axis=2).astype(np.float32)
        disc = (xx - 10 - 5 * i) ** 2 + (yy - 20) ** 2 < 64
        frame[disc] = 240
        frames.append(frame.astype(np.uint8))
    path = folder / "in.avi"
    write_video(path, frames, FPS)
    with open_video(path) as reader:
        decoded = list(reader)  # what the command will see
    return path, decoded


def read(path):
    with open_video(path) as reader:
        return reader.info, [frame for frame in reader]


def close_enough(got: np.ndarray, want: np.ndarray) -> None:
    """Equal up to the codec (MJPG and MPEG-4 part 2 lose a few levels, most near edges)."""
    diff = np.abs(got.astype(int) - want.astype(int))
    assert diff.mean() < 5.0 and np.percentile(diff, 99) < 40, (diff.mean(), np.percentile(diff, 99))


def torch_filter(frame: np.ndarray) -> np.ndarray:
    """3×3 Laplacian on each channel (zero padding 1), ReLU, 2×2 max pool, then min–max to 0..255."""
    x = torch.from_numpy(frame.astype(np.float32)).permute(2, 0, 1)[None]
    k = torch.tensor([[0., 1., 0.], [1., -4., 1.], [0., 1., 0.]]).expand(3, 1, 3, 3)
    y = F.max_pool2d(F.relu(F.conv2d(x, k, padding=1, groups=3)), 2)[0].numpy()
    lo, hi = y.min(), y.max()
    return np.rint((y - lo) * (255.0 / (hi - lo))).astype(np.uint8).transpose(1, 2, 0)


def test_filter_video_frames_equal_torch_and_keep_count_and_fps(tmp_path, clip, capsys):
    source, decoded = clip
    out = tmp_path / "out.avi"
    assert main(["filter", str(source), "-o", str(out), "--kernel", "[[0,1,0],[1,-4,1],[0,1,0]]", "--padding", "1",
                 "--activation", "relu", "--pool", "max"]) == 0
    assert f"{FRAMES} frame" in capsys.readouterr().out
    info, frames = read(out)
    assert len(frames) == FRAMES and info.fps == pytest.approx(FPS)
    assert (info.width, info.height) == (32, 24)
    for got, frame in zip(frames, decoded):
        close_enough(got, torch_filter(frame))


def test_filter_video_frame_equals_the_still_image_command(tmp_path, clip):
    source, decoded = clip
    Image.fromarray(decoded[4]).save(tmp_path / "still.png")
    options = ["--kernel", "sobel_x", "--gray"]
    assert main(["filter", str(tmp_path / "still.png"), "-o", str(tmp_path / "still_out.png"), *options]) == 0
    assert main(["filter", str(source), "-o", str(tmp_path / "out.mp4"), *options]) == 0
    _info, frames = read(tmp_path / "out.mp4")
    still = np.asarray(Image.open(tmp_path / "still_out.png"))
    assert len(frames) == FRAMES
    close_enough(frames[4][:, :, 0], still)  # a gray result is written as equal R, G, B


def test_pixels_video_frames_equal_the_still_image_command(tmp_path, clip, capsys):
    source, decoded = clip
    options = ["--mode", "gray8", "--resize", "32x24"]
    out = tmp_path / "out.avi"
    assert main(["pixels", str(source), "-o", str(out), *options]) == 0
    info, frames = read(out)
    assert len(frames) == FRAMES and info.fps == pytest.approx(FPS) and (info.width, info.height) == (32, 24)
    for i in (0, FRAMES - 1):
        Image.fromarray(decoded[i]).save(tmp_path / "still.png")
        assert main(["pixels", str(tmp_path / "still.png"), "-o", str(tmp_path / "still_out.png"), *options]) == 0
        close_enough(frames[i][:, :, 0], np.asarray(Image.open(tmp_path / "still_out.png")))


@pytest.mark.parametrize("command, source, output, words", [
    ("filter", "VIDEO", "o.png", "write the result as a video"),
    ("pixels", "VIDEO", "o.png", "write the result as a video"),
    ("filter", "PNG", "o.mp4", "is not a video"),
    ("pixels", "missing.mp4", "o.mp4", "does not exist"),
    ("filter", "EMPTY", "o.mp4", "is empty"),
])
def test_bad_video_arguments_exit_2_in_one_sentence(tmp_path, clip, capsys, command, source, output, words):
    (tmp_path / "a.png").write_bytes(b"")
    Image.fromarray(np.zeros((4, 4), np.uint8)).save(tmp_path / "a.png")
    (tmp_path / "empty.mp4").write_bytes(b"")
    source = {"VIDEO": str(clip[0]), "PNG": str(tmp_path / "a.png"), "EMPTY": str(tmp_path / "empty.mp4")}.get(
        source, str(tmp_path / source))
    assert main([command, source, "-o", str(tmp_path / output)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "internal error" not in err, err
    assert not (tmp_path / output).exists()


def test_an_odd_sized_result_says_how_the_video_stores_it(tmp_path, clip, capsys):
    source, _decoded = clip
    out = tmp_path / "odd.avi"
    assert main(["filter", str(source), "-o", str(out), "--stride", "3"]) == 0  # 64×48 → 21×16
    said = capsys.readouterr().out
    assert "21×16" in said and "stored as 20×16" in said
    info, frames = read(out)
    assert (info.width, info.height) == (20, 16) and len(frames) == FRAMES
