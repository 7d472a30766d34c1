"""`nnstudio broadcast`: the JSON contract, values equal to numpy's, exit 2 on a mismatch."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from nnstudio.cli import main


def run_json(capsys, *argv):
    assert main(["broadcast", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_notes_example_json(capsys):
    report = run_json(capsys, "3,3", "1,3")
    assert report["result"] == [3, 3]
    assert report["stretched"] == [{"operand": "B", "axis": 0, "from": 1, "to": 3, "added": False}]


@pytest.mark.parametrize("a, b, op", [("3,3", "1,3", "add"), ("4,1,3", "5,1", "mul"), ("2,1", "3", "add"), ("", "2,2", "mul")])
def test_values_equal_numpy_and_torch(capsys, a, b, op):
    report = run_json(capsys, a, b, "--op", op, "--values")
    va, vb = np.array(report["a_values"]), np.array(report["b_values"])
    ref = np.add(va, vb) if op == "add" else np.multiply(va, vb)
    assert report["result"] == list(ref.shape)
    np.testing.assert_array_equal(np.array(report["result_values"]), ref)
    torch_ref = (torch.add if op == "add" else torch.mul)(torch.from_numpy(va), torch.from_numpy(vb))
    np.testing.assert_array_equal(np.array(report["result_values"]), torch_ref.numpy())
    np.testing.assert_array_equal(np.array(report["b_stretched"]), np.broadcast_to(vb, ref.shape))


def test_incompatible_exits_2_with_one_sentence_naming_the_axis(capsys):
    assert main(["broadcast", "3,2", "1,3", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert "\n" not in err and "axis -1" in err and "2" in err and "3" in err


@pytest.mark.parametrize("argv", [["x", "3"], ["3", "1,2,3,4,5,6,7,8,9"], ["2000,1000", "2000,1", "--values"]])
def test_bad_input_exits_2(capsys, argv):
    assert main(["broadcast", *argv]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_text_output(capsys):
    assert main(["broadcast", "3,3", "1,3", "--values"]) == 0
    out = capsys.readouterr().out
    assert "(3, 3) + (1, 3) → (3, 3)" in out and "[[11 22 33]" in out
