"""`nnstudio activations` and `nnstudio export`: files checked against torch and ONNX Runtime."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from trained_lenet import perturbed_lenet
import torch

from nnstudio.cli import main


@pytest.fixture
def lenet_weights(tmp_path):
    """lenet_digits with weights other than the untrained seed's, saved as `train --save` does."""
    return perturbed_lenet(tmp_path, seed=123)


def direct_outputs(model: torch.nn.Sequential, x: np.ndarray) -> list[np.ndarray]:
    """Each layer's output by calling the layers one after another, without hooks."""
    outs, t = [], torch.from_numpy(np.array(x, dtype=np.float32))
    with torch.no_grad():
        for layer in model.eval():
            t = layer(t)
            outs.append(t.numpy())
    return outs


def test_activations_of_a_sample_equal_a_direct_forward_pass(tmp_path, lenet_weights):
    model, data, weights = lenet_weights
    out = tmp_path / "a.npz"
    assert main(["activations", "lenet_digits", "--weights", str(weights), "--sample", "5", "-o", str(out)]) == 0
    saved = np.load(out)
    expected = direct_outputs(model, data.x_test[5:6])
    assert list(saved.keys()) == [f"{i}_{type(layer).__name__}" for i, layer in enumerate(model)]
    for key, want in zip(saved.keys(), expected):
        assert saved[key].shape == want.shape
        np.testing.assert_allclose(saved[key], want, rtol=1e-5, atol=1e-6)
    assert saved["0_Conv2d"].shape == (1, 16, 8, 8)


def test_activations_of_a_picture_are_resized_like_the_app(tmp_path, lenet_weights):
    model, _data, weights = lenet_weights
    picture = np.zeros((64, 48, 3), np.uint8)
    cv2.circle(picture, (24, 32), 14, (255, 255, 255), 5)
    cv2.imwrite(str(tmp_path / "p.png"), picture)
    out = tmp_path / "a.npz"
    assert main(["activations", "lenet_digits", "--weights", str(weights),
                 "--input", str(tmp_path / "p.png"), "-o", str(out)]) == 0
    gray = cv2.cvtColor(picture, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255
    x = cv2.resize(gray, (8, 8), interpolation=cv2.INTER_AREA)[None, None]
    saved = np.load(out)
    np.testing.assert_allclose(saved[list(saved.keys())[-1]], direct_outputs(model, x)[-1], rtol=1e-4, atol=1e-5)


def test_dense_network_gives_dense_activations(tmp_path):
    out = tmp_path / "a.npz"
    assert main(["activations", "deep_relu_spiral", "--sample", "0", "-o", str(out)]) == 0
    saved = np.load(out)
    assert len(saved.files) == 13 and all(saved[k].ndim == 2 for k in saved.files)


def test_onnx_export_runs_in_onnxruntime_like_torch(tmp_path, lenet_weights):
    onnx = pytest.importorskip("onnx", reason="needs the export extra: pip install 'nnstudio[export]'")
    ort = pytest.importorskip("onnxruntime", reason="needs the export extra: pip install 'nnstudio[export]'")
    model, data, weights = lenet_weights
    out = tmp_path / "m.onnx"
    assert main(["export", "lenet_digits", "--weights", str(weights), "--format", "onnx", "-o", str(out)]) == 0
    onnx.checker.check_model(onnx.load(str(out)), full_check=True)
    x = np.ascontiguousarray(data.x_test[:16], dtype=np.float32)
    (got,) = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"]).run(None, {"input": x})
    np.testing.assert_allclose(got, direct_outputs(model, x)[-1], atol=1e-4, rtol=0)


@pytest.mark.filterwarnings("ignore:`torch.jit.load` is deprecated:DeprecationWarning")
def test_torchscript_export_loads_without_nnstudio_classes(tmp_path, lenet_weights):
    model, data, weights = lenet_weights
    out = tmp_path / "m.pt"
    assert main(["export", "lenet_digits", "--weights", str(weights), "--format", "torchscript", "-o", str(out)]) == 0
    loaded = torch.jit.load(str(out))
    x = np.ascontiguousarray(data.x_test[:4], dtype=np.float32)
    with torch.no_grad():
        got = loaded(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(got, direct_outputs(model, x)[-1], atol=1e-5, rtol=0)


@pytest.mark.parametrize("args, words", [
    (["activations", "nope", "--sample", "0"], "neither a design file nor a preset"),
    (["activations", "lenet_digits", "--sample", "9999"], "--sample must be between 0 and"),
    (["activations", "lenet_digits", "--input", "missing.png"], "no such file"),
    (["activations", "lenet_digits", "--sample", "0", "--weights", "missing.pt"], "no weights file"),
    (["export", "lenet_digits", "--format", "onnx", "--weights", "BAD"], "no weights file"),
    (["export", "mlp_xor", "--format", "zip"], "invalid choice"),
    (["activations", "mlp_xor", "-o", "x.npz"], "one of the arguments --input --sample is required"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    if "-o" not in args:
        args = [*args, "-o", "out.bin"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out.bin").exists()


def test_weights_for_another_design_are_refused(tmp_path, lenet_weights, capsys):
    _model, _data, weights = lenet_weights
    assert main(["export", "mlp_digits", "--weights", str(weights), "--format", "onnx", "-o", str(tmp_path / "x")]) == 2
    assert "do not fit this design" in capsys.readouterr().err


def test_onnx_export_says_what_the_file_is_for(capsys, tmp_path):
    assert main(["export", "mlp_xor", "--format", "onnx", "-o", str(tmp_path / "m.onnx")]) == 0
    out = capsys.readouterr().out
    assert all(word in out for word in ("Netron", "ONNX Runtime", "OpenVINO"))
