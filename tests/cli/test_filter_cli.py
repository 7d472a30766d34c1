"""`nnstudio filter`: the saved .npy equals torch's conv2d → activation → pooling."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image

from nnstudio.cli import main


@pytest.fixture
def image_path(tmp_path):
    rgb = np.random.default_rng(0).integers(0, 256, (23, 31, 3), dtype=np.uint8)
    path = tmp_path / "in.png"
    Image.fromarray(rgb).save(path)
    return path, rgb


def torch_reference(rgb, kernel, *, gray, stride, padding, mode, dilation, activation, pool, pool_size, pool_stride):
    x = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)[None] if gray else rgb.transpose(2, 0, 1)
    t = torch.from_numpy(x.astype(np.float32))[None]
    c = t.shape[1]
    if padding:
        t = F.pad(t, (padding,) * 4, mode=mode) if mode != "constant" else F.pad(t, (padding,) * 4)
    w = torch.tensor(kernel, dtype=torch.float32)[None, None].repeat(c, 1, 1, 1)
    y = F.conv2d(t, w, stride=stride, dilation=dilation, groups=c)
    y = {"relu": F.relu, "tanh": torch.tanh, "abs": torch.abs, "none": lambda v: v}[activation](y)
    if pool:
        y = (F.max_pool2d if pool == "max" else F.avg_pool2d)(y, pool_size, stride=pool_stride)
    return y[0].numpy()


@pytest.mark.parametrize(
    "gray, stride, padding, mode, dilation, activation, pool, pool_stride",
    [
        (False, 1, 1, "reflect", 1, "relu", "max", 2),
        (True, 2, 2, "circular", 2, "abs", "avg", 1),
        (False, 3, 0, "replicate", 1, "tanh", None, None),
        (True, 1, 3, "constant", 3, "none", "max", 3),
    ],
)
def test_npy_matches_torch(image_path, tmp_path, capsys, gray, stride, padding, mode, dilation, activation, pool, pool_stride):
    path, rgb = image_path
    kernel = [[1, -2, 0.5], [0, 3, -1], [2, 1, -4]]
    out = tmp_path / "out.npy"
    pad_mode = {"constant": "zero", "circular": "wrap"}.get(mode, mode)
    argv = ["filter", str(path), "-o", str(out), "--kernel", str(kernel), "--stride", str(stride), "--padding", str(padding),
            "--pad-mode", pad_mode, "--dilation", str(dilation), "--activation", activation]
    argv += ["--gray"] if gray else []
    argv += ["--pool", pool, "--pool-size", "2", "--pool-stride", str(pool_stride)] if pool else []
    assert main(argv) == 0
    ours = np.load(out)
    ref = torch_reference(rgb, kernel, gray=gray, stride=stride, padding=padding, mode=mode, dilation=dilation,
                          activation=activation, pool=pool, pool_size=2, pool_stride=pool_stride)
    assert ours.dtype == np.float32 and ours.shape == ref.shape and ours.shape[0] == (1 if gray else 3)
    np.testing.assert_allclose(ours, ref, rtol=1e-4, atol=1e-2)
    assert "×" in capsys.readouterr().out


def test_png_is_min_max_scaled(image_path, tmp_path):
    path, rgb = image_path
    out = tmp_path / "out.png"
    assert main(["filter", str(path), "-o", str(out), "--kernel", "sobel_x", "--padding", "same", "--gray"]) == 0
    saved = np.asarray(Image.open(out))
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    ref = cv2.filter2D(gray, -1, np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float32), borderType=cv2.BORDER_CONSTANT)
    expected = np.rint((ref - ref.min()) * 255.0 / (ref.max() - ref.min())).astype(np.uint8)
    assert saved.shape == gray.shape and saved.min() == 0 and saved.max() == 255
    assert np.abs(saved.astype(int) - expected).max() <= 1


@pytest.mark.parametrize(
    "args, words",
    [
        (["--kernel", "[[1,2],[3]]"], "same number"),
        (["--kernel", "blurry"], "neither a kernel preset"),
        (["--stride", "0"], "0 is outside 1 … 1,024"),
        (["--padding", "lots"], "valid, same or 0 … 1024 pixels"),
        (["--padding", "100000"], "100000 is outside 0 … 1,024"),
        (["--pad-mode", "mirror"], "invalid choice"),
        (["--kernel", "[" + ",".join(["[1]"] * 25) + "]", "--padding", "0"], "kernel covers"),
        (["--pool", "max", "--pool-size", "50"], "does not fit"),
        (["--padding", "40", "--pad-mode", "reflect"], "Reflect padding"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(image_path, tmp_path, capsys, args, words):
    path, _ = image_path
    assert main(["filter", str(path), "-o", str(tmp_path / "o.npy"), *args]) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and "\n" not in err and "Traceback" not in err


def test_unreadable_image_and_bad_output_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    assert main(["filter", str(bad), "-o", str(tmp_path / "o.npy")]) == 2
    assert main(["filter", str(bad), "-o", str(tmp_path / "o.jpg")]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2 and "not an image" in lines[0] and ".png or .npy" in lines[1]
