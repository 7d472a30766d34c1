"""The CLI's rules, one failure of issue 11 each: outputs checked before work starts, the file
named is the file written, sizes bounded up front, Ctrl+C stops cleanly, one line on stderr."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from nnstudio.cli import main

REPO = Path(__file__).resolve().parents[2]


def _one_line_exit_2(capsys, argv) -> str:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "internal error" not in captured.err, captured.err
    return captured


def test_train_save_into_a_missing_folder_fails_before_training(capsys):
    captured = _one_line_exit_2(capsys, ["train", "mlp_spiral", "--save", "/missing/w.pt"])
    assert captured.out == ""  # not even "Training …": no work was started
    assert "the folder /missing does not exist" in captured.err


@pytest.mark.parametrize("argv", [
    ["export", "mlp_xor", "--format", "onnx", "-o", "/missing/m.onnx"],
    ["export", "mlp_xor", "--format", "script", "-o", "/missing/t.py"],
    ["activations", "mlp_xor", "--sample", "0", "-o", "/missing/a.npz"],
    ["filter", "x.png", "-o", "/missing/o.npy"],
    ["pixels", "x.png", "-o", "/missing/o.png"],
    ["screenshot", "-o", "/missing/s.png"],
])
def test_every_output_is_checked_before_anything_is_read(capsys, argv):
    captured = _one_line_exit_2(capsys, argv)
    assert "does not exist" in captured.err and captured.out == ""


def test_activations_writes_exactly_the_file_it_names(tmp_path, capsys):
    out = tmp_path / "out.txt"
    assert main(["activations", "mlp_xor", "--sample", "0", "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]
    with np.load(out) as saved:
        assert saved.files == ["0_Linear", "1_Tanh", "2_Linear"]


def test_filter_npy_writes_exactly_the_file_it_names(tmp_path, capsys):
    Image.fromarray(np.full((6, 6), 9, np.uint8)).save(tmp_path / "a.png")
    assert main(["filter", str(tmp_path / "a.png"), "-o", str(tmp_path / "r.NPY")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png", "r.NPY"]


@pytest.mark.parametrize("argv, words", [
    (["train", "mlp_xor", "--epochs", str(10**9)], "1000000000 is outside 1 … 100,000"),
    (["train", "mlp_xor", "--batch-size", "3.5"], "'3.5' is not a whole number"),
    (["train", "mlp_xor", "--lr", "1e9"], "1e9 is outside 1e-05 … 10"),
    (["filter", "x.png", "-o", "o.npy", "--padding", "100000"], "100000 is outside 0 … 1,024"),
    (["filter", "x.png", "-o", "o.npy", "--dilation", "99999"], "99999 is outside 1 … 1,024"),
    (["activations", "mlp_xor", "--sample", str(2**70), "-o", "a.npz"], "is outside 0 …"),
])
def test_sizes_are_bounded_up_front(capsys, argv, words):
    assert words in _one_line_exit_2(capsys, argv).err


def test_a_design_asking_for_a_billion_epochs_is_refused(tmp_path, capsys):
    design = tmp_path / "d.json"
    design.write_text('{"input": [2], "layers": [{"type": "Linear", "out_features": 2}], '
                      '"training": {"epochs": 1000000000}}')
    assert "'epochs' must be from 1 to 100,000" in _one_line_exit_2(capsys, ["train", str(design)]).err


def test_training_states_its_size_up_front(capsys):
    assert main(["train", "mlp_xor", "--epochs", "2"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "2 epochs of 1 batches" in first and "Ctrl+C" in first


def test_a_memory_error_is_a_sentence(monkeypatch, capsys):
    from nnstudio.cli import info

    def no_memory(_path):
        raise MemoryError

    monkeypatch.setattr(info, "load_image", no_memory)
    assert "not enough memory" in _one_line_exit_2(capsys, ["info", "x.png"]).err


def test_ctrl_c_stops_training_cleanly_and_keeps_the_weights(tmp_path):
    weights = tmp_path / "w.pt"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-m", "nnstudio", "train", "mlp_xor", "--epochs", "100000", "--save", str(weights)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert "100,000 epochs" in child.stdout.readline()  # the size, stated up front
        assert child.stdout.readline().startswith("epoch    1")
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 130
    assert err.count("\n") == 1 and "stopped (Ctrl+C) after" in err and "of 100,000 epochs" in err, err
    assert "Traceback" not in err
    state = torch.load(weights, weights_only=True)
    assert set(state) == {"0.weight", "0.bias", "2.weight", "2.bias"}
