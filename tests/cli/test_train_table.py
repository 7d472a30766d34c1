"""`nnstudio train … --data TABLE.csv`: the design follows the table, bad tables exit 2."""

from __future__ import annotations

import json

import pytest

from nnstudio.cli import main


def table(path, header="a,b,kind", rows=60):
    lines = [header] + [f"{i % 2 * 3 + (i * 7 % 5) / 10},{(i % 2) * -2 + (i * 3 % 7) / 10},{'yes' if i % 2 else 'no'}"
                        for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="cp949")
    return path


def test_training_on_a_table_fits_the_design_and_reports_json(tmp_path, capsys):
    path = table(tmp_path / "t.csv")
    assert main(["train", "mlp_table", "--data", str(path), "--epochs", "40", "--json"]) == 0
    final = json.loads(capsys.readouterr().out.splitlines()[-1])
    # mlp_table is built for 4 features and 3 classes; the table has 2 and 2.
    assert final["final"] and final["params"] == (2 * 16 + 16) + (16 * 2 + 2)
    assert final["test_acc"] >= 0.9  # the two classes are far apart


def test_features_and_label_by_name(tmp_path, capsys):
    path = table(tmp_path / "t.csv")
    assert main(["train", "mlp_xor", "--data", str(path), "--label", "kind", "--features", "b",
                 "--epochs", "2", "--json"]) == 0
    final = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert final["params"] == (1 * 4 + 4) + (4 * 2 + 2)  # mlp_xor's 4 hidden units, 1 input


@pytest.mark.parametrize("args,words", [
    (["--data", "{missing}"], ["Cannot read"]),
    (["--data", "{table}", "--label", "nope"], ["no column 'nope'"]),
    (["--data", "{table}", "--label", "a"], ["'kind'", "not a number"]),
    (["--label", "kind"], ["--label goes with --data"]),
    (["--data", "{table}", "--dataset", "circle"], ["either --dataset or --data"]),
])
def test_bad_table_arguments_exit_2_with_one_sentence(tmp_path, capsys, args, words):
    path = table(tmp_path / "t.csv")
    args = [a.format(missing=tmp_path / "none.csv", table=path) for a in args]
    assert main(["train", "mlp_table", *args, "--epochs", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and all(w in err for w in words), err


def test_a_cnn_cannot_take_a_table_and_says_why(tmp_path, capsys):
    assert main(["train", "lenet_digits", "--data", str(table(tmp_path / "t.csv")), "--epochs", "1"]) == 2
    assert "image input" in capsys.readouterr().err
