"""`nnstudio pixels`: the contract of the issue, checked on the PNGs it writes."""

from __future__ import annotations

import subprocess
import sys

import cv2
import numpy as np
import pytest
from PIL import Image

from nnstudio.cli import main


@pytest.fixture
def photo_path(tmp_path):
    # A smooth RGB image with every gray level, so level counts are exact.
    h, w = 120, 256
    img = np.zeros((h, w, 3), np.uint8)
    img[..., 0] = np.arange(w, dtype=np.uint8)[None, :]
    img[..., 1] = np.linspace(0, 255, h).astype(np.uint8)[:, None]
    img[..., 2] = 255 - img[..., 0]
    path = tmp_path / "in.png"
    Image.fromarray(img).save(path)
    return path, img


def _run(args, capsys):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _read(path):
    return np.asarray(Image.open(path))


@pytest.mark.parametrize("bits", [1, 2, 3, 6])
def test_bits_mode_has_at_most_2_to_the_n_values(photo_path, tmp_path, capsys, bits):
    src, _ = photo_path
    out = tmp_path / "o.png"
    code, stdout, _ = _run(["pixels", src, "-o", out, "--mode", "bits", "--bits", bits], capsys)
    assert code == 0 and str(out) in stdout
    img = _read(out)
    assert img.dtype == np.uint8 and img.shape == (120, 256, 3)
    for c in range(3):
        assert len(np.unique(img[..., c])) == 2**bits  # the ramp reaches every level


def test_one_bit_is_only_0_and_255_and_otsu_is_opencvs(photo_path, tmp_path, capsys):
    src, img = photo_path
    out = tmp_path / "o.png"
    code, stdout, _ = _run(["pixels", src, "-o", out, "--mode", "1bit", "--threshold", "otsu"], capsys)
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    t, expected = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    assert code == 0 and f"threshold {int(t)}" in stdout
    np.testing.assert_array_equal(_read(out), expected)
    for dither in ("floyd-steinberg", "bayer4"):
        assert _run(["pixels", src, "-o", out, "--mode", "1bit", "--dither", dither], capsys)[0] == 0
        assert set(np.unique(_read(out))) == {0, 255}


def test_bitplane_is_bit_p_as_0_and_255(photo_path, tmp_path, capsys):
    src, img = photo_path
    out = tmp_path / "o.png"
    assert _run(["pixels", src, "-o", out, "--mode", "bitplane", "--plane", 5, "--channel", "r"], capsys)[0] == 0
    np.testing.assert_array_equal(_read(out), np.where(img[..., 0] & 32, 255, 0))


def test_gray8_palette_and_resize(photo_path, tmp_path, capsys):
    src, img = photo_path
    out = tmp_path / "o.png"
    assert _run(["pixels", src, "-o", out, "--mode", "gray8", "--resize", "64x30", "--interp", "nearest"], capsys)[0] == 0
    small = cv2.resize(img, (64, 30), interpolation=cv2.INTER_NEAREST)
    np.testing.assert_array_equal(_read(out), cv2.cvtColor(small, cv2.COLOR_RGB2GRAY))
    assert _run(["pixels", src, "-o", out, "--mode", "palette", "--colors", 8, "--scale", 0.5], capsys)[0] == 0
    result = _read(out)
    assert result.shape == (60, 128, 3) and len(np.unique(result.reshape(-1, 3), axis=0)) <= 8


@pytest.mark.parametrize(
    "extra",
    [
        ["--mode", "bits", "--bits", "9"],
        ["--mode", "palette", "--colors", "1"],
        ["--mode", "bitplane", "--plane", "8"],
        ["--threshold", "dark"],
        ["--threshold", "300"],
        ["--mode", "sepia"],
        ["--resize", "big"],
        ["--resize", "0x10"],
        ["--scale", "-2"],
        ["--resize", "10x10", "--scale", "2"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(photo_path, tmp_path, capsys, extra):
    src, _ = photo_path
    code, _, err = _run(["pixels", src, "-o", tmp_path / "o.png", *extra], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "error" in err
    assert not (tmp_path / "o.png").exists()


def test_unreadable_image_exits_2(tmp_path, capsys):
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    code, _, err = _run(["pixels", bad, "-o", tmp_path / "o.png"], capsys)
    assert code == 2 and "not an image" in err and len(err.strip().splitlines()) == 1
    code, _, err = _run(["pixels", tmp_path / "missing.png", "-o", tmp_path / "o.png"], capsys)
    assert code == 2 and "no such file" in err


def test_runs_as_a_program(photo_path, tmp_path):
    src, _ = photo_path
    out = tmp_path / "o.png"
    proc = subprocess.run(
        [sys.executable, "-m", "nnstudio", "pixels", str(src), "-o", str(out), "--mode", "1bit"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert set(np.unique(_read(out))) == {0, 255}
