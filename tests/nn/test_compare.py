"""The shapes pair: the fully connected network has far more weights and the CNN does better."""

import json

import pytest
import torch

from nnstudio.cli import main
from nnstudio.nn.build import build_model
from nnstudio.nn.compare import compare
from nnstudio.nn.design import load_design


def test_mlp_shapes_has_many_more_weights_and_cnn_shapes_is_at_least_as_accurate():
    mlp, cnn = compare(["mlp_shapes", "cnn_shapes"], device="cpu")
    for row in (mlp, cnn):
        model = build_model(load_design(row.name), 3)
        assert row.params == sum(p.numel() for p in model.parameters())
        assert row.epochs == load_design(row.name).training.epochs and row.seconds_per_epoch > 0
    assert mlp.params >= 3 * cnn.params
    assert cnn.test_acc >= mlp.test_acc
    assert any(isinstance(m, torch.nn.Conv2d) for m in build_model(load_design("cnn_shapes"), 3))


def test_compare_cli_prints_one_json_row_per_design(capsys):
    assert main(["compare", "overfit_mlp", "overfit_mlp_l2", "--epochs", "2", "--device", "cpu",
                 "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["name"] for r in rows] == ["overfit_mlp", "overfit_mlp_l2"]
    assert all(r["epochs"] == 2 and 0 <= r["test_acc"] <= 1 for r in rows)


@pytest.mark.parametrize("args, words", [
    (["mlp_xor", "no_such"], "neither a design file nor a preset"),
    (["mlp_xor", "--epochs", "0"], "0 is outside 1 … 100,000"),
])
def test_compare_cli_bad_arguments(capsys, args, words):
    assert main(["compare", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and len(err.splitlines()) == 1
