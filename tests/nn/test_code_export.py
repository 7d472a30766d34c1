"""The design as code: for every preset, the PyTorch file and the Keras 3 file (torch backend)
build a network with the design's trainable parameter count and output shape."""

from __future__ import annotations

import os
import runpy

os.environ.setdefault("KERAS_BACKEND", "torch")

import keras  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402

from nnstudio.cli import main  # noqa: E402
from nnstudio.nn.build import build_model  # noqa: E402
from nnstudio.nn.design import PRESETS, analyse  # noqa: E402
from nnstudio.nn.design_file import load_design  # noqa: E402


def written(tmp_path, preset, framework):
    path = tmp_path / f"{preset}_{framework}.py"
    assert main(["code", preset, "--framework", framework, "-o", str(path)]) == 0
    return runpy.run_path(str(path))  # not as __main__: nothing trains


@pytest.mark.parametrize("preset", PRESETS)
def test_pytorch_code_builds_the_design(tmp_path, preset):
    design = load_design(preset)
    analysis = analyse(design)
    model = written(tmp_path, preset, "pytorch")["build_model"]()
    assert sum(p.numel() for p in model.parameters()) == analysis.total_params
    # the same parameter count as nnstudio's own build of the design
    assert sum(p.numel() for p in model.parameters()) == sum(p.numel() for p in build_model(design).parameters())
    model.eval()
    out = model(torch.zeros(2, *design.input))
    assert tuple(out.shape) == (2, *analysis.output_shape)


@pytest.mark.parametrize("preset", PRESETS)
def test_keras_code_builds_the_same_network(tmp_path, preset):
    assert keras.backend.backend() == "torch"
    design = load_design(preset)
    analysis = analyse(design)
    model = written(tmp_path, preset, "keras")["build_model"]()
    trainable = sum(int(np.prod(w.shape)) for w in model.trainable_weights)
    assert trainable == analysis.total_params
    assert tuple(model.output_shape[1:]) == analysis.output_shape
    out = model(np.zeros((2, *design.input), "float32"), training=False)
    assert tuple(out.shape) == (2, *analysis.output_shape)


def test_the_pytorch_file_trains_when_run(tmp_path):
    path = tmp_path / "xor.py"
    assert main(["code", "mlp_xor", "-o", str(path)]) == 0
    import subprocess
    import sys
    done = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "epoch 5: loss" in done.stdout


def test_printed_without_output_and_bad_input_exits_2(capsys, tmp_path):
    assert main(["code", "mlp_xor", "--framework", "keras"]) == 0
    assert "keras.Sequential" in capsys.readouterr().out
    assert main(["code", "no_such_preset"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["code", "mlp_xor", "-o", str(tmp_path / "x.txt")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize("optimiser", ["sgd", "rmsprop", "adagrad", "adam", "adamw"])
def test_every_optimiser_runs_in_both_files(tmp_path, optimiser, capsys):
    from dataclasses import replace

    from nnstudio.nn.code_export import keras_code, pytorch_code
    design = load_design("mlp_xor")
    design = replace(design, training=replace(design.training, optimizer=optimiser, nesterov=True, weight_decay=0.001))
    for framework, text in (("pytorch", pytorch_code(design)), ("keras", keras_code(design))):
        path = tmp_path / f"{framework}.py"
        path.write_text(text)
        runpy.run_path(str(path), run_name="__main__")  # trains on the stand-in data
    out = capsys.readouterr().out
    assert "epoch 5: loss" in out and "Epoch 5/5" in out


@pytest.mark.parametrize("loss, torch_loss", [("mae", "nn.L1Loss()"), ("huber", "nn.HuberLoss()")])
def test_code_for_a_regression_loss_trains_on_numbers(tmp_path, loss, torch_loss):
    from dataclasses import replace

    from nnstudio.nn.code_export import keras_code, pytorch_code

    design = load_design("mlp_regress")
    design = replace(design, training=replace(design.training, loss=loss, epochs=1))
    text = pytorch_code(design)
    assert torch_loss in text and "torch.randn(256, NUM_OUTPUTS)" in text
    path = tmp_path / "regress.py"
    path.write_text(text, encoding="utf-8")
    runpy.run_path(str(path), run_name="__main__")  # trains a step on random numbers without an error
    assert ("MeanAbsoluteError" if loss == "mae" else "Huber") in keras_code(design)
