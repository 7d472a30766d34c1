"""The overfitting presets do what their descriptions say, on their default seeds, read from
the CLI's final JSON line; and the shapes pair shows what shared filters save."""

from __future__ import annotations

import json

import pytest

from nnstudio.cli import main


def final_line(capsys, *args) -> tuple[dict, list[dict]]:
    assert main(["train", *args, "--device", "cpu", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[-1]["final"] is True
    return rows[-1], rows[:-1]


@pytest.fixture(scope="module")
def overfit_runs():
    """Each preset's final line and epochs (module scope: the three runs take seconds)."""
    import io
    from contextlib import redirect_stdout

    runs = {}
    for name in ("overfit_mlp", "overfit_mlp_dropout", "overfit_mlp_l2"):
        out = io.StringIO()
        with redirect_stdout(out):
            assert main(["train", name, "--device", "cpu", "--json"]) == 0
        rows = [json.loads(line) for line in out.getvalue().splitlines()]
        runs[name] = (rows[-1], rows[:-1])
    return runs


def gap(final: dict) -> float:
    # Both accuracies measured the same way (evaluation mode: no dropout).
    return final["train_acc_eval"] - final["test_acc"]


def test_the_plain_network_overfits(overfit_runs):
    final, epochs = overfit_runs["overfit_mlp"]
    assert final["train_acc_eval"] == 1.0 and gap(final) >= 0.15
    test_losses = [row["test_loss"] for row in epochs]
    assert test_losses[-1] > 1.5 * min(test_losses)  # the test loss rises again
    assert final["params"] == 2 * 128 + 128 + 128 * 128 + 128 + 128 * 2 + 2


@pytest.mark.parametrize("cure", ["overfit_mlp_dropout", "overfit_mlp_l2"])
def test_dropout_and_weight_decay_halve_the_gap(overfit_runs, cure):
    plain, _ = overfit_runs["overfit_mlp"]
    final, _ = overfit_runs[cure]
    assert gap(final) <= gap(plain) / 2
    assert final["test_acc"] >= plain["test_acc"]
    assert final["params"] == plain["params"]  # same network, only the training differs


def test_params_counts_trainable_parameters(capsys):
    import torch

    from nnstudio.nn.build import build_model
    from nnstudio.nn.design import load_design

    final, _ = final_line(capsys, "mlp_shapes", "--epochs", "1")
    model = build_model(load_design("mlp_shapes"), 3)
    assert final["params"] == sum(p.numel() for p in model.parameters())
    cnn = build_model(load_design("cnn_shapes"), 3)
    assert sum(p.numel() for p in cnn.parameters()) * 3 < final["params"]
    assert isinstance(model[0], torch.nn.Flatten)
