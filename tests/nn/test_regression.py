"""Regression: a number to predict. Losses equal torch's, R² its definition, tables detected."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from nnstudio.cli import main
from nnstudio.core.dataset_registry import DataOptions, load_dataset
from nnstudio.core.errors import InputError
from nnstudio.nn.build import build_model
from nnstudio.nn.design import load_design
from nnstudio.nn.train import Trainer

LOSS = {"mse": F.mse_loss, "mae": F.l1_loss, "huber": F.huber_loss}


@pytest.mark.parametrize("loss", ["mse", "mae", "huber"])
def test_each_regression_loss_trains_as_torch_does(loss):
    design = load_design("mlp_regress")
    data = load_dataset("reg-gauss", DataOptions(n=200, noise=0.05))
    config = replace(design.training, loss=loss, device="cpu", batch_size=10_000, epochs=3, seed=2)
    trainer = Trainer(design, data, config)
    results = list(trainer.epochs())
    torch.manual_seed(config.seed)
    model = build_model(design, 1)
    optimiser = torch.optim.Adam(model.parameters(), lr=config.lr)
    x, y = torch.from_numpy(data.x_train), torch.from_numpy(data.y_train)
    reported = []
    for _ in range(3):
        optimiser.zero_grad()
        value = LOSS[loss](model(x)[:, 0], y)
        reported.append(value.item())
        value.backward()
        optimiser.step()
    for ours, theirs in zip(trainer.model.state_dict().values(), model.state_dict().values()):
        torch.testing.assert_close(ours, theirs, rtol=1e-4, atol=1e-5)
    assert [r.train_loss for r in results] == pytest.approx(reported, rel=1e-4)


def test_r_squared_and_mse_follow_their_definitions():
    design = load_design("mlp_regress")
    data = load_dataset("reg-plane", DataOptions(n=300, noise=0.1))
    trainer = Trainer(design, data, replace(design.training, device="cpu", epochs=40))
    last = list(trainer.epochs())[-1]
    with torch.no_grad():
        predicted = trainer.model(torch.from_numpy(data.x_test))[:, 0].numpy().astype(np.float64)
    y = data.y_test.astype(np.float64)
    mse = np.mean((predicted - y) ** 2)
    r2 = 1 - np.sum((y - predicted) ** 2) / np.sum((y - y.mean()) ** 2)
    assert last.test_mse == pytest.approx(mse, rel=1e-4) and last.test_acc == pytest.approx(r2, rel=1e-4)
    assert r2 > 0.8  # a plane is easy
    row = last.as_json()
    assert {"test_mse", "test_r2", "train_r2"} <= set(row) and "test_acc" not in row


def test_losses_must_suit_the_task():
    with pytest.raises(InputError, match="regression loss"):
        Trainer(load_design("mlp_regress"), load_dataset("reg-plane"),
                replace(load_design("mlp_regress").training, loss="cross_entropy"))
    with pytest.raises(InputError, match="predicting numbers"):
        Trainer(load_design("mlp_xor"), load_dataset("gate-xor"), replace(load_design("mlp_xor").training, loss="mae"))


def table(path, rows=200):
    rng = np.random.default_rng(0)
    a, b = rng.uniform(-2, 2, rows), rng.uniform(0, 5, rows)
    price = 3 * a - b + rng.normal(0, 0.1, rows)
    path.write_text("면적,층,가격\n" + "\n".join(f"{x:.3f},{z:.3f},{p:.3f}" for x, z, p in zip(a, b, price)) + "\n",
                    encoding="utf-8")
    return path


def test_a_table_with_a_numeric_target_trains_as_regression(tmp_path, capsys):
    path = table(tmp_path / "house.csv")
    assert main(["train", "mlp_regress", "--data", str(path), "--epochs", "60", "--json"]) == 0
    final = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert final["final"] and final["test_r2"] > 0.9 and "test_acc" not in final and "train_r2_eval" in final
    assert main(["train", "mlp_regress", "--data", str(path), "--task", "classify", "--epochs", "1"]) == 2
    assert "choose regression" in capsys.readouterr().err


def test_fitting_a_classifier_to_a_regression_gives_one_unsquashed_output():
    from nnstudio.nn.data_fit import fit_design_to_data

    design = load_design("mlp_xor").with_layers([{"type": "Linear", "out_features": 8}, {"type": "ReLU"},
                                                 {"type": "Linear", "out_features": 2}, {"type": "Softmax"}])
    data = load_dataset("reg-plane", DataOptions(n=100))
    fitted = fit_design_to_data(design, data)
    assert [layer["type"] for layer in fitted.layers] == ["Linear", "ReLU", "Linear"]
    assert fitted.layers[-1]["out_features"] == 1
    with torch.no_grad():
        out = build_model(fitted, data.outputs)(torch.from_numpy(data.x_train))
    assert out.shape == (len(data.x_train), 1) and float(out.std()) > 0  # a softmax of one would be all 1


@pytest.mark.parametrize("name", ["reg-plane", "reg-gauss", "moons"])
@pytest.mark.parametrize("noise", [-0.1, float("nan")])
def test_negative_or_missing_noise_is_refused_in_one_sentence(name, noise):
    with pytest.raises(InputError, match="Noise must be zero or positive"):
        load_dataset(name, DataOptions(n=50, noise=noise))
    with pytest.raises(InputError, match="at least 2 points"):
        load_dataset(name, DataOptions(n=1))


@pytest.mark.parametrize("name", ["reg-plane", "reg-gauss"])
def test_a_noise_of_minus_zero_is_no_noise(name):
    """Typing "-1e309" into the noise box leaves it at -0.0 (the monkey found it): numpy's
    normal() refuses that scale as negative, and the data set failed with "scale < 0"."""
    plain = load_dataset(name, DataOptions(n=50, noise=0.0))
    signed = load_dataset(name, DataOptions(n=50, noise=-0.0))
    np.testing.assert_array_equal(signed.x_train, plain.x_train)
    np.testing.assert_array_equal(signed.y_train, plain.y_train)
