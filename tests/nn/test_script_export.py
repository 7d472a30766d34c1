"""The exported PyTorch script: the same network as build_model, the same accuracy as the app's
trainer on the same seed, and the same training under torchrun with two processes."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import torch

from nnstudio.nn.build import build_model
from nnstudio.nn.design import PRESETS
from nnstudio.nn.design_source import open_design_and_data
from nnstudio.nn.script_export import export_script, script_text
from nnstudio.nn.train import Trainer, with_overrides

EPOCHS = 3


def script_accuracies(output: str) -> list[float]:
    return [float(v) for v in re.findall(r"test accuracy ([0-9.]+)", output)]


def run(cmd: list[str], cwd) -> str:
    # A clean environment without the source checkout on the path: the script must not need nnstudio.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["OMP_NUM_THREADS"] = "1"
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=240)
    # Enough of the end to hold the failing process's own lines before torchrun's summary.
    assert done.returncode == 0, done.stderr[-8000:]
    return done.stdout


@pytest.mark.parametrize("preset", PRESETS)  # the gradient pair included
def test_the_script_builds_the_same_network(preset):
    design, data = open_design_and_data(preset)
    namespace: dict = {"__file__": "s.py"}
    code = script_text(design, data, "s.py", "s_data.npz")
    exec(compile(code.replace('if __name__ == "__main__":', "if False:"), "s.py", "exec"), namespace)
    assert repr(namespace["build_model"]()) == repr(build_model(design, data.num_classes))
    assert "nnstudio" not in "".join(l for l in code.splitlines() if l.startswith(("import", "from")))


def app_accuracies(preset: str) -> list[float]:
    design, data = open_design_and_data(preset)
    trainer = Trainer(design, data, with_overrides(design.training, epochs=EPOCHS, device="cpu"))
    return [r.test_acc for r in trainer.epochs()]


def test_the_script_reaches_the_apps_accuracy_on_the_same_seed(tmp_path):
    design, data = open_design_and_data("mlp_spiral")
    script, _ = export_script(design, data, tmp_path / "spiral.py")
    got = script_accuracies(run([sys.executable, str(script), "--epochs", str(EPOCHS)], tmp_path))
    want = app_accuracies("mlp_spiral")
    assert len(got) == EPOCHS
    # The same seed, the same batches: only float rounding (thread counts) may differ.
    assert got == pytest.approx(want, abs=0.01)
    assert want[-1] > 0.6  # it learned something, so the comparison means something


def test_an_augmented_run_draws_the_same_flips_and_shifts_as_the_app(tmp_path):
    from dataclasses import replace

    from nnstudio.core.dataset_registry import DataOptions, load_dataset
    from nnstudio.nn.design import load_design

    design = load_design("cnn_shapes")
    design = replace(design, training=replace(design.training, augment=True, epochs=EPOCHS, device="cpu"))
    data = load_dataset("shapes", DataOptions(n=300, seed=0, test_ratio=0.2))
    script, _ = export_script(design, data, tmp_path / "shapes.py")
    got = script_accuracies(run([sys.executable, str(script)], tmp_path))
    want = [r.test_acc for r in Trainer(design, data).epochs()]
    plain = [r.test_acc for r in Trainer(design, data, replace(design.training, augment=False)).epochs()]
    assert got == pytest.approx(want, abs=0.01)
    assert plain != want  # the flips and shifts changed the run, so the comparison means something


@pytest.mark.torchrun
def test_torchrun_two_processes_gloo_cpu(tmp_path):
    """The unchanged script under `torchrun --nproc_per_node=2`: DDP with gloo on the CPU,
    each process half of every batch; the averaged gradients train as one process does."""
    torch.set_num_threads(1)
    design, data = open_design_and_data("mlp_spiral")
    script, _ = export_script(design, data, tmp_path / "spiral.py")
    single = script_accuracies(run([sys.executable, str(script), "--epochs", "2"], tmp_path))
    # --tee 3: each process's stdout and stderr also reach torchrun's, prefixed with its rank,
    # so that a process that dies says why in the failure message (not only torchrun's summary).
    output = run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2", "--tee", "3",
                  str(script), "--epochs", "2"], tmp_path)
    two = script_accuracies(output)
    assert len(two) == 2  # only rank 0 prints
    assert two == pytest.approx(single, abs=0.03)


@pytest.mark.parametrize("optimizer,nesterov,expected", [
    ("sgd", True, torch.optim.SGD), ("rmsprop", False, torch.optim.RMSprop), ("adagrad", False, torch.optim.Adagrad),
    ("adam", False, torch.optim.Adam), ("adamw", False, torch.optim.AdamW)])
def test_the_script_builds_the_designs_optimiser(optimizer, nesterov, expected):
    from dataclasses import replace

    design, data = open_design_and_data("mlp_xor")
    design = replace(design, training=replace(design.training, optimizer=optimizer, nesterov=nesterov,
                                              weight_decay=0.01))
    text = script_text(design, data, "s.py", "s_data.npz")
    line = next(line.strip() for line in text.splitlines() if "torch.optim." in line and "return" in line)
    model = build_model(design, data.num_classes)
    built = eval(line.removeprefix("return "), {"torch": torch, "model": model, "lr": 0.1})  # noqa: S307
    assert type(built) is expected and built.defaults["lr"] == 0.1 and built.defaults["weight_decay"] == 0.01
    assert built.defaults.get("nesterov", False) is nesterov


def test_a_script_for_classes_with_a_loss_for_numbers_is_one_sentence(tmp_path):
    from dataclasses import replace

    from nnstudio.core.dataset_registry import load_dataset
    from nnstudio.core.errors import InputError
    from nnstudio.nn.design_file import load_design

    design = load_design("mlp_xor")
    design = replace(design, training=replace(design.training, loss="huber"))
    with pytest.raises(InputError, match="huber loss is for predicting numbers"):
        export_script(design, load_dataset("gate-xor"), tmp_path / "t.py")
    assert not (tmp_path / "t.py").exists()
