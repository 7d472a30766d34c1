"""Hostile weights files (tests/fixtures/hostile/weights, for the mlp_xor preset): refused in
one sentence of ours, never torch's text, and checked before torch inflates anything."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
import torch

from nnstudio.cli import main
from nnstudio.core.errors import InputError
from nnstudio.nn import weights_file
from nnstudio.nn.build import build_model, load_weights
from nnstudio.nn.design import load_design

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "weights"
BAD = sorted(p.name for p in HOSTILE.iterdir() if not p.name.startswith("ok_"))


@pytest.fixture
def model():
    torch.manual_seed(1)
    return build_model(load_design("mlp_xor"))


def _state(model):
    return {k: v.clone() for k, v in model.state_dict().items()}


@pytest.mark.parametrize("name", BAD)
def test_each_hostile_weights_file_is_one_sentence_and_the_model_is_unchanged(model, name):
    before = _state(model)
    with pytest.raises(InputError) as caught:
        load_weights(model, HOSTILE / name)
    text = str(caught.value)
    assert "\n" not in text and "weights_only" not in text and "torch.load" not in text, text
    assert name in text
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())


def test_the_good_file_loads(model):
    load_weights(model, HOSTILE / "ok_mlp_xor.pt")
    expected = torch.load(HOSTILE / "ok_mlp_xor.pt", weights_only=True)
    assert all(torch.equal(expected[k], v) for k, v in model.state_dict().items())


@pytest.mark.parametrize("name, words", [
    ("int_keys.pt", "does not hold a state dict"),
    ("deflated_16mb.pt", "holds compressed data"),
    ("nan_weights.pt", "NaN or infinite"),
    ("legacy_pickle.pt", "is not a weights file nnstudio can read"),
    ("missing_key.pt", "do not fit this design"),
    ("wrong_shape.pt", "do not fit this design"),
])
def test_the_sentence_says_why(model, name, words):
    with pytest.raises(InputError, match=words):
        load_weights(model, HOSTILE / name)


def test_archive_checks_run_before_torch_reads_anything(model, monkeypatch):
    def never(*_a, **_k):
        raise AssertionError("torch.load ran on a file the archive checks should refuse")

    monkeypatch.setattr(weights_file.torch, "load", never)
    for name in ("deflated_16mb.pt", "text.pt", "empty.pt", "truncated.pt"):
        with pytest.raises(InputError):
            load_weights(model, HOSTILE / name)


def _stored_member_claiming(size: int) -> bytes:
    """A zip whose one stored member's headers claim `size` bytes it does not hold."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("archive/data/0", b"\0" * 16)
    raw = bytearray(buffer.getvalue())
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):  # central, then local
        at = raw.find(signature)
        raw[at + offset:at + offset + 4] = struct.pack("<I", size)
    return bytes(raw)


def test_a_storage_declaring_2_gib_is_refused_without_inflating(tmp_path, model, monkeypatch):
    path = tmp_path / "liar.pt"
    path.write_bytes(_stored_member_claiming(2**31 - 1))
    monkeypatch.setattr(weights_file.torch, "load", lambda *a, **k: pytest.fail("torch.load ran"))
    with pytest.raises(InputError, match="liar.pt"):
        load_weights(model, path)


def test_a_3_gb_file_is_refused_by_its_size_before_it_is_opened(tmp_path, model):
    path = tmp_path / "huge.pt"
    with path.open("wb") as f:
        f.truncate(3 * 1024**3)  # sparse: costs no disk
    with pytest.raises(InputError, match=r"huge\.pt do not fit this design: the file is 3,221\.2 MB"):
        load_weights(model, path)


def test_the_cli_refuses_hostile_weights_with_exit_2(tmp_path, capsys):
    for name in ("int_keys.pt", "deflated_16mb.pt", "legacy_pickle.pt"):
        code = main(["activations", "mlp_xor", "--weights", str(HOSTILE / name), "--sample", "0",
                     "-o", str(tmp_path / "a.npz")])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1 and "internal error" not in err, err
    assert not (tmp_path / "a.npz").exists()
