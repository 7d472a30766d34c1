"""`nnstudio train`: the JSON-lines contract and one-line errors."""

from __future__ import annotations

import json

import pytest

from nnstudio.cli import main

KEYS = {"epoch", "train_loss", "train_acc", "test_loss", "test_acc", "seconds", "samples_per_s"}


def run_json(capsys, *args):
    assert main(["train", *args, "--json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_json_lines_and_the_final_line(capsys, tmp_path):
    rows = run_json(capsys, "mlp_xor", "--epochs", "4", "--device", "cpu", "--save", str(tmp_path / "w.pt"))
    assert [r["epoch"] for r in rows[:-1]] == [1, 2, 3, 4]
    assert all(set(r) == KEYS for r in rows[:-1])
    assert rows[-1]["final"] is True and rows[-1]["device"] == "cpu"
    assert {k: rows[-1][k] for k in KEYS} == rows[-2]
    assert (tmp_path / "w.pt").stat().st_size > 0


def test_same_seed_twice_gives_the_same_numbers(capsys):
    args = ("mlp_spiral", "--epochs", "3", "--seed", "7", "--device", "cpu")
    strip = lambda rows: [{k: v for k, v in r.items() if k not in ("seconds", "samples_per_s")} for r in rows]  # noqa: E731
    assert strip(run_json(capsys, *args)) == strip(run_json(capsys, *args))


@pytest.mark.parametrize("args, words", [
    (["no_such_preset"], "neither a design file nor a preset"),
    (["mlp_xor", "--dataset", "mnist"], "Unknown data set 'mnist'"),
    (["mlp_xor", "--dataset", "digits"], "gives (1, 8, 8)"),
    (["mlp_xor", "--lr", "-1"], "-1 is outside 1e-05 … 10"),
    (["mlp_xor", "--lr", "nan"], "nan is outside 1e-05 … 10"),
    (["mlp_xor", "--epochs", "0"], "0 is outside 1 … 100,000"),
    (["mlp_xor", "--epochs", "1000000000"], "1000000000 is outside 1 … 100,000"),
    (["mlp_xor", "--seed", str(2**70)], "is outside 0 … 2,147,483,647"),
    (["mlp_xor", "--save", "/no/such/folder/w.pt"], "the folder /no/such/folder does not exist"),
])
def test_bad_input_is_exit_2_and_one_line(capsys, args, words):
    assert main(["train", *args]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


def test_a_bad_design_file_names_the_layer(capsys, tmp_path):
    path = tmp_path / "d.json"
    path.write_text(json.dumps({"input": [2], "layers": [{"type": "Linear", "out_features": 2, "size": 3}],
                                "dataset": {"name": "gate-xor"}}))
    assert main(["train", str(path)]) == 2
    assert "layer 1 (Linear): unknown setting 'size'" in capsys.readouterr().err


def test_a_diverging_run_stops_with_the_sentence(capsys, tmp_path):
    path = tmp_path / "d.json"
    path.write_text(json.dumps({"input": [2], "layers": [{"type": "Linear", "out_features": 16}, {"type": "ReLU"},
                                                         {"type": "Linear", "out_features": 2}],
                                "dataset": {"name": "spiral"},
                                "training": {"optimizer": "sgd", "loss": "mse", "lr": 10, "epochs": 20}}))
    assert main(["train", str(path), "--device", "cpu"]) == 2
    assert "lower the learning rate" in capsys.readouterr().err


def test_no_test_split_gives_null_not_nan(capsys, tmp_path):
    path = tmp_path / "d.json"
    path.write_text(json.dumps({"input": [2], "layers": [{"type": "Linear", "out_features": 2}],
                                "dataset": {"name": "gauss", "n": 40, "test_ratio": 0.0},
                                "training": {"epochs": 2}}))
    rows = run_json(capsys, str(path), "--device", "cpu")
    assert rows[-1]["test_loss"] is None and rows[-1]["test_acc"] is None
    assert rows[-1]["train_acc"] is not None


def test_tensorboard_folder_gets_the_runs_scalars(capsys, tmp_path):
    from nnstudio.core.tfevents import event_files, read_events

    rows = run_json(capsys, "mlp_xor", "--epochs", "3", "--device", "cpu", "--tensorboard", str(tmp_path / "tb"))
    (path,) = event_files(tmp_path / "tb")
    losses = [(e.step, e.scalars["loss/train"]) for e in read_events(path) if "loss/train" in e.scalars]
    assert [s for s, _ in losses] == [r["epoch"] for r in rows[:-1]]
    assert [v for _, v in losses] == pytest.approx([r["train_loss"] for r in rows[:-1]], rel=1e-6)


def test_tensorboard_folder_that_cannot_be_made_is_exit_2(capsys, tmp_path):
    (tmp_path / "file").write_text("x")
    assert main(["train", "mlp_xor", "--epochs", "1", "--tensorboard", str(tmp_path / "file" / "tb")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
