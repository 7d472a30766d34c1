"""A short run exported for TensorBoard reads back equal to the run's own figures: with
TensorBoard's EventAccumulator when the tensorboard extra is installed, else with the reader
of core.tfevents (checked against the byte layout and protobuf in tests/core/test_tfevents.py)."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pytest
import torch

from nnstudio.core.tfevents import event_files, read_events
from nnstudio.nn.design import load_design
from nnstudio.nn.tensorboard_export import RunLog, export_run, model_weights
from nnstudio.nn.train import Trainer, design_data, with_overrides


def _scalars(folder) -> dict[str, list[tuple[int, float]]]:
    try:
        from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
    except ImportError:
        found = defaultdict(list)
        for path in event_files(folder):
            for event in read_events(path):
                for tag, value in event.scalars.items():
                    found[tag].append((event.step, value))
        return dict(found)
    accumulator = EventAccumulator(str(folder), size_guidance={"scalars": 0})
    accumulator.Reload()
    return {tag: [(s.step, s.value) for s in accumulator.Scalars(tag)] for tag in accumulator.Tags()["scalars"]}


def _run(name: str, epochs: int, **changes):
    design = load_design(name)
    trainer = Trainer(design, design_data(design), with_overrides(design.training, epochs=epochs, **changes))
    return trainer, list(trainer.epochs())


def _close(pairs, expected):
    assert [s for s, _ in pairs] == [s for s, _ in expected]
    np.testing.assert_allclose([v for _, v in pairs], [v for _, v in expected], rtol=1e-6)  # stored as float32


def test_exported_scalars_equal_the_run(tmp_path):
    trainer, results = _run("mlp_xor", 4)
    path = export_run(tmp_path, results, model_weights(trainer.model))
    assert path.parent == tmp_path
    scalars = _scalars(tmp_path)
    for tag, key in (("loss/train", "train_loss"), ("loss/test", "test_loss"), ("accuracy/train", "train_acc"),
                     ("accuracy/test", "test_acc"), ("learning_rate", "lr")):
        _close(scalars[tag], [(r.epoch, getattr(r, key)) for r in results])
    batches = np.concatenate([r.batch_losses for r in results])
    _close(scalars["loss/batch"], list(enumerate(batches, 1)))
    _close(scalars["accuracy/batch"], list(enumerate(np.concatenate([r.batch_accuracies for r in results]), 1)))
    last = {tag: h for e in read_events(path) if e.step == results[-1].epoch for tag, h in e.histograms.items()}
    assert set(last) == {f"weights/{n}" for n, _ in trainer.model.named_parameters()}
    first = next(iter(trainer.model.parameters())).detach().numpy()
    assert last["weights/0.weight"].num == first.size
    assert last["weights/0.weight"].max == pytest.approx(float(first.max()))


def test_learning_rate_follows_the_schedule(tmp_path):
    _, results = _run("mlp_xor", 6, schedule="step")
    reference = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=results[0].lr)
    schedule = torch.optim.lr_scheduler.StepLR(reference, step_size=2, gamma=0.1)
    expected = []
    for r in results:
        expected.append((r.epoch, reference.param_groups[0]["lr"]))
        reference.step()
        schedule.step()
    export_run(tmp_path, results, histograms=False)
    _close(_scalars(tmp_path)["learning_rate"], expected)


def test_streamed_log_of_a_regression_run(tmp_path):
    _, results = _run("mlp_regress", 2)
    log = RunLog(tmp_path)
    for r in results:
        log.add_epoch(r)
    log.close()
    scalars = _scalars(tmp_path)
    _close(scalars["r2/test"], [(r.epoch, r.test_acc) for r in results])
    _close(scalars["mse/train"], [(r.epoch, r.train_mse) for r in results])
    assert "accuracy/train" not in scalars and "accuracy/batch" not in scalars


def test_batch_accuracies_weighted_by_batch_size_are_the_epochs_accuracy():
    _, results = _run("mlp_spiral", 2, batch_size=64)
    data = design_data(load_design("mlp_spiral"))
    assert all(len(r.batch_accuracies) == len(r.batch_losses) == -(-len(data.x_train) // 64) for r in results)
    sizes = np.full(len(results[0].batch_accuracies), 64.0)
    sizes[-1] = len(data.x_train) - 64 * (len(sizes) - 1)
    for r in results:
        assert float(np.dot(r.batch_accuracies, sizes) / sizes.sum()) == pytest.approx(r.train_acc, abs=1e-6)
