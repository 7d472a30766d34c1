"""The command line: info, screenshot, version, and one-line errors with exit code 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from nnstudio import __version__
from nnstudio.cli import main


def _rgb(path, w=33, h=7):
    Image.fromarray(np.full((h, w, 3), 99, np.uint8)).save(path)


def test_info_json_has_the_documented_keys_and_exact_sizes(tmp_path, capsys):
    _rgb(tmp_path / "a.png")
    assert main(["info", str(tmp_path / "a.png"), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts == {
        "width": 33, "height": 7, "channels": 3, "dtype": "uint8", "bits_per_channel": 8,
        "colour_type": "RGB", "palette_entries": None, "transparency": "none", "bits_per_pixel": 24,
        "bytes_source": 33 * 7 * 3, "bytes_1bit": (33 * 7 + 7) // 8, "bytes_gray8": 33 * 7,
        "bytes_rgb24": 33 * 7 * 3, "bytes_rgba32": 33 * 7 * 4,
    }


def test_info_text_names_the_sizes(tmp_path, capsys):
    _rgb(tmp_path / "a.png")
    assert main(["info", str(tmp_path / "a.png")]) == 0
    out = capsys.readouterr().out
    assert "33 x 7" in out and "693 bytes" in out  # 33*7*3 = 693


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["info", "/no/such/file.png"], "no such file"),
        (["info"], "required"),
        (["info", "x.png", "--bogus"], "unrecognized"),
        (["screenshot", "-o", "x.png", "--tab", "nope"], "invalid choice"),
        (["screenshot", "-o", "x.png", "--size", "big"], "not a size"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(argv, fragment, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert fragment in err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err


def test_text_file_named_png(tmp_path, capsys):
    (tmp_path / "t.png").write_text("hello")
    assert main(["info", str(tmp_path / "t.png")]) == 2
    assert "not an image" in capsys.readouterr().err


def _run(*args, **kw):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "nnstudio", *args], capture_output=True,
                          text=True, timeout=180, env=env, **kw)


def test_version_from_python_m():
    result = _run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"nnstudio {__version__}"


def test_screenshot_writes_a_real_picture_of_the_window(tmp_path):
    out = tmp_path / "shot.png"
    result = _run("screenshot", "--tab", "filters", "--size", "1024x700", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    shot = np.array(Image.open(out).convert("RGB"))
    assert shot.shape == (700, 1024, 3)  # the smallest window every text fits in
    # not blank: many distinct colours (the photo) and the dark text of the UI
    assert len(np.unique(shot.reshape(-1, 3), axis=0)) > 1000
    assert (shot.min(axis=2) < 60).mean() > 0.001


def test_screenshot_with_a_bad_image_exits_2(tmp_path):
    (tmp_path / "bad.png").write_bytes(b"")
    result = _run("screenshot", "--image", str(tmp_path / "bad.png"), "-o", str(tmp_path / "o.png"))
    assert result.returncode == 2 and "empty" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "o.png").exists()
