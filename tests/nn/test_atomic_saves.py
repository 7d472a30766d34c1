"""Every file nnstudio writes goes through the atomic writer: with the disk full at the last
moment, each save says so in one sentence and the previous file is intact, byte for byte."""

from __future__ import annotations

import errno

import numpy as np
import pytest
import torch

from nnstudio.cli import main
from nnstudio.core import atomic_write
from nnstudio.core.errors import InputError
from nnstudio.core.idx import write_idx
from nnstudio.core.image_io import save_png
from nnstudio.nn.activations import capture_activations, save_activations_npz
from nnstudio.nn.build import build_model, save_weights
from nnstudio.nn.design import load_design, save_design
from nnstudio.nn.export import export_onnx, export_torchscript
from nnstudio.nn.script_export import data_path_for, export_script
from nnstudio.nn.train import design_data

OLD = b"previous contents\n" * 50


@pytest.fixture(scope="module")
def xor():
    design = load_design("mlp_xor")
    return design, design_data(design), build_model(design)


def _writers(xor):
    design, data, model = xor
    return {
        "design.json": lambda p: save_design(design, p),
        "weights.pt": lambda p: save_weights(model, p),
        "model.onnx": lambda p: export_onnx(model, (2,), p),
        "model_ts.pt": lambda p: export_torchscript(model, (2,), p),
        "train.py": lambda p: export_script(design, data, p),
        "acts.npz": lambda p: save_activations_npz(p, capture_activations(model, np.zeros((1, 2), np.float32))),
        "result.png": lambda p: save_png(p, np.zeros((4, 4), np.uint8)),
        "images-idx3-ubyte": lambda p: write_idx(p, np.zeros((2, 3, 3), np.uint8)),
    }


NAMES = ["design.json", "weights.pt", "model.onnx", "model_ts.pt", "train.py", "acts.npz",
         "result.png", "images-idx3-ubyte"]


@pytest.mark.parametrize("name", NAMES)
def test_each_save_survives_a_full_disk(tmp_path, monkeypatch, xor, name):
    path = tmp_path / name
    path.write_bytes(OLD)
    if name == "train.py":
        data_path_for(path).write_bytes(OLD)

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "fsync", full)
    with pytest.raises(InputError, match="the disk is full; nothing was changed"):
        _writers(xor)[name](path)
    assert path.read_bytes() == OLD
    if name == "train.py":
        assert data_path_for(path).read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("name", NAMES)
def test_each_save_into_a_missing_folder_is_one_sentence(tmp_path, xor, name):
    with pytest.raises(InputError, match="does not exist"):
        _writers(xor)[name](tmp_path / "missing" / name)
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("name", NAMES)
def test_each_save_writes_exactly_the_name_it_was_given(tmp_path, xor, name):
    path = tmp_path / (name + ".odd")  # no suffix is added or changed
    _writers(xor)[name](path)
    assert path.is_file() and path.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [path.name] + ([data_path_for(path).name] if name == "train.py" else []))


def test_weights_saved_and_loaded_round_trip(tmp_path, xor):
    _design, _data, model = xor
    save_weights(model, tmp_path / "w.pt")
    again = torch.load(tmp_path / "w.pt", weights_only=True)
    assert all(torch.equal(again[k], v) for k, v in model.state_dict().items())


def test_filter_npy_output_is_atomic(tmp_path, monkeypatch):
    from PIL import Image

    Image.fromarray(np.full((8, 8, 3), 50, np.uint8)).save(tmp_path / "a.png")
    out = tmp_path / "o.npy"
    out.write_bytes(OLD)

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "fsync", full)
    assert main(["filter", str(tmp_path / "a.png"), "-o", str(out)]) == 2
    assert out.read_bytes() == OLD
