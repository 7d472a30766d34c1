"""`nnstudio backprop`: the JSON numbers equal torch.autograd's; bad arguments exit 2."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from nnstudio.cli import main
from nnstudio.nn.build import build_model, save_weights
from nnstudio.nn.design import load_design
from nnstudio.nn.train import design_data


def run_json(capsys, *args):
    assert main(["backprop", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _autograd(model, x, label):
    """z, a per layer with their gradients, and the parameter gradients, for cross-entropy."""
    model = model.double()
    h = torch.tensor(x, dtype=torch.float64)
    zs, as_ = [], []
    for module in model:
        h = module(h)
        h.retain_grad()
        (zs if isinstance(module, torch.nn.Linear) else as_).append(h)
    loss = F.cross_entropy(h[None], torch.tensor([label]))
    loss.backward()
    return loss.item(), zs, as_, [m for m in model if isinstance(m, torch.nn.Linear)]


def test_json_equals_autograd_for_trained_weights(capsys, tmp_path):
    design = load_design("mlp_xor")
    data = design_data(design)
    torch.manual_seed(3)
    model = build_model(design, data.num_classes)
    save_weights(model, tmp_path / "w.pt")
    out = run_json(capsys, "mlp_xor", "--weights", str(tmp_path / "w.pt"), "--sample", "2")
    assert out["input"] == data.x_train[2].tolist() and out["target"] == [float(data.y_train[2])]
    loss, zs, as_, linears = _autograd(model, data.x_train[2], int(data.y_train[2]))
    assert out["loss"] == pytest.approx(loss, rel=1e-9)
    hidden, last = out["layers"]
    np.testing.assert_allclose(hidden["W"], linears[0].weight.detach().numpy(), rtol=1e-12)
    np.testing.assert_allclose(hidden["z"], zs[0].detach().numpy(), rtol=1e-9)
    np.testing.assert_allclose(hidden["a"], as_[0].detach().numpy(), rtol=1e-9)
    np.testing.assert_allclose(hidden["dL_dz"], zs[0].grad.numpy(), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(last["dL_dz"], zs[1].grad.numpy(), rtol=1e-9, atol=1e-12)
    for row, linear in zip(out["layers"], linears):
        np.testing.assert_allclose(row["dL_dW"], linear.weight.grad.numpy(), rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose(row["dL_db"], linear.bias.grad.numpy(), rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose(row["W_new"], (linear.weight - 0.05 * linear.weight.grad).detach().numpy(),
                                   rtol=1e-9)
    assert out["new_loss"] < out["loss"]


def test_a_typed_input_with_a_target(capsys):
    out = run_json(capsys, "perceptron_and", "--input", "1,1", "--target", "1", "--lr", "0.5")
    assert out["loss_kind"] == "bce" and out["lr"] == 0.5 and out["input"] == [1.0, 1.0]
    (layer,) = out["layers"]
    assert layer["activation"] == "sigmoid"
    assert out["loss"] == pytest.approx(-np.log(layer["a"][0]))


@pytest.mark.parametrize("args, words", [
    (["cnn_shapes"], "up to 8 plain inputs"),
    (["mlp_xor", "--input", "a,b", "--target", "1"], "numbers separated by commas"),
    (["mlp_xor", "--input", "1,0"], "needs a target"),
    (["mlp_xor", "--input", "1,0,1", "--target", "1"], "needs 2 numbers"),
    (["mlp_xor", "--sample", "9"], "between 0 and 3"),
    (["mlp_xor", "--sample", "0", "--target", "7"], "class from 0 to 1"),
    (["mlp_xor", "--lr", "-1"], "-1 is outside 1e-05 … 10"),
    (["mlp_xor", "--sample", "1", "--input", "1,2"], "not allowed with"),
    (["no_such_preset"], "neither a design file nor a preset"),
])
def test_bad_arguments_exit_2_with_one_sentence(capsys, args, words):
    assert main(["backprop", *args, "--json"]) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and len(err.splitlines()) == 1
