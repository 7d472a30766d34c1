"""The trainer learns what each preset should learn, on the CPU, seeded (and on a GPU when
there is one)."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import torch

from nnstudio.core.dataset_registry import load_dataset
from nnstudio.core.errors import InputError
from nnstudio.nn.build import build_model, load_weights, save_weights
from nnstudio.nn.design import design_from_dict, load_design
from nnstudio.nn.train import Trainer, TrainingDiverged, design_data, with_overrides


def final(name, **overrides):
    design = load_design(name)
    config = with_overrides(design.training, **overrides)
    trainer = Trainer(design, design_data(design), config)
    results = list(trainer.epochs())
    return trainer, results[-1]


@pytest.mark.parametrize("name, bar", [
    ("mlp_xor", 1.0), ("mlp_spiral", 0.95), ("mlp_digits", 0.95), ("lenet_digits", 0.97),
    ("cnn_shapes", 0.95), ("perceptron_and", 1.0),
])
def test_presets_reach_their_accuracy(name, bar):
    _, last = final(name, device="cpu")
    assert last.test_acc >= bar, f"{name}: {last.test_acc:.3f}"


def test_the_perceptron_cannot_learn_xor():
    # XOR is not linearly separable: one straight line gets at most 3 of the 4 points.
    _, last = final("perceptron_xor", device="cpu")
    assert last.train_acc <= 0.75


def test_same_seed_same_numbers_on_the_cpu():
    a = [r.as_json() for r in Trainer(load_design("mlp_spiral"), design_data(load_design("mlp_spiral")),
                                      with_overrides(load_design("mlp_spiral").training, epochs=3, device="cpu")).epochs()]
    b = [r.as_json() for r in Trainer(load_design("mlp_spiral"), design_data(load_design("mlp_spiral")),
                                      with_overrides(load_design("mlp_spiral").training, epochs=3, device="cpu")).epochs()]
    strip = lambda rows: [{k: v for k, v in r.items() if k not in ("seconds", "samples_per_s")} for r in rows]  # noqa: E731
    assert strip(a) == strip(b)


def test_losses_agree_with_a_direct_evaluation():
    trainer, last = final("mlp_digits", device="cpu", epochs=2)
    model = trainer.model.eval()
    with torch.no_grad():
        out = model[:-1](trainer.x_test) if isinstance(model[-1], torch.nn.Softmax) else model(trainer.x_test)
        loss = torch.nn.functional.cross_entropy(out, trainer.y_test).item()
        acc = (out.argmax(1) == trainer.y_test).float().mean().item()
    assert last.test_loss == pytest.approx(loss, rel=1e-4) and last.test_acc == pytest.approx(acc)


def test_divergence_is_one_sentence():
    design = design_from_dict({"input": [2], "layers": [{"type": "Linear", "out_features": 16}, {"type": "ReLU"},
                                                         {"type": "Linear", "out_features": 2}],
                               "dataset": {"name": "spiral"},
                               "training": {"optimizer": "sgd", "lr": 10, "epochs": 20, "loss": "mse"}})
    with pytest.raises(TrainingDiverged, match=r"loss became NaN at epoch \d+; lower the learning rate"):
        list(Trainer(design, design_data(design)).epochs())


def test_batch_larger_than_the_data_is_the_whole_data():
    _, last = final("mlp_xor", batch_size=1000, epochs=5, device="cpu")
    assert last.epoch == 5 and len(last.batch_losses) == 1


def test_stop_between_batches_ends_the_epoch_early():
    design = load_design("mlp_digits")
    stop = threading.Event()
    trainer = Trainer(design, design_data(design), with_overrides(design.training, batch_size=8, device="cpu"))
    stop.set()
    assert list(trainer.epochs(stop=stop)) == [] and trainer.epoch == 0


def test_reset_weights_starts_over():
    design = load_design("mlp_xor")
    trainer = Trainer(design, design_data(design), with_overrides(design.training, device="cpu"))
    first = trainer.model[0].weight.detach().clone()
    list(trainer.epochs(5))
    trainer.reset_weights()
    assert trainer.epoch == 0 and torch.equal(trainer.model[0].weight, first)


def test_design_and_data_shapes_must_agree():
    with pytest.raises(InputError, match="gives \\(1, 8, 8\\)"):
        Trainer(load_design("mlp_xor"), load_dataset("digits"))


def test_weights_round_trip_and_no_unpickling(tmp_path):
    trainer, _ = final("mlp_xor", epochs=50, device="cpu")
    save_weights(trainer.model, tmp_path / "w.pt")
    fresh = build_model(load_design("mlp_xor"))
    load_weights(fresh, tmp_path / "w.pt")
    for a, b in zip(fresh.state_dict().values(), trainer.model.state_dict().values()):
        assert torch.equal(a, b.cpu())
    # A file holding an arbitrary object is refused instead of being unpickled.
    torch.save({"w": np.array([1, 2])}, tmp_path / "evil.pt")
    with pytest.raises(InputError, match="evil.pt"):
        load_weights(fresh, tmp_path / "evil.pt")
    with pytest.raises(InputError, match="do not fit"):
        load_weights(build_model(load_design("mlp_spiral")), tmp_path / "w.pt")


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA GPU on this machine")
@pytest.mark.parametrize("name, bar", [("mlp_xor", 1.0), ("mlp_spiral", 0.95), ("lenet_digits", 0.97),
                                       ("cnn_shapes", 0.95)])
def test_presets_reach_their_accuracy_on_the_gpu(name, bar):
    trainer, last = final(name, device="cuda")
    assert trainer.device.type == "cuda" and last.device.startswith("cuda")
    assert last.test_acc >= bar, f"{name}: {last.test_acc:.3f}"


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA GPU on this machine")
def test_auto_picks_the_gpu():
    trainer, _ = final("mlp_xor", device="auto", epochs=1)
    assert trainer.device.type == "cuda"


def test_per_batch_callback_reports_each_batch_loss():
    design = load_design("mlp_spiral")
    trainer = Trainer(design, design_data(design), with_overrides(design.training, device="cpu", batch_size=64))
    seen = []
    (result,) = list(trainer.epochs(1, on_batch=seen.append))
    assert [b.batch for b in seen] == list(range(1, len(result.batch_losses) + 1))
    assert all(b.epoch == 1 and b.batches == len(result.batch_losses) for b in seen)
    np.testing.assert_allclose([b.loss for b in seen], result.batch_losses, rtol=1e-6)


def test_pause_holds_between_batches_and_resume_finishes_the_epoch():
    design = load_design("mlp_digits")
    trainer = Trainer(design, design_data(design), with_overrides(design.training, device="cpu", batch_size=128))
    pause, reached, seen, results = threading.Event(), threading.Event(), [], []

    def on_batch(b):
        seen.append(b.batch)
        if b.batch == 2:
            pause.set()
            reached.set()

    worker = threading.Thread(target=lambda: results.extend(trainer.epochs(1, pause=pause, on_batch=on_batch)))
    worker.start()
    assert reached.wait(30)
    assert seen == [1, 2] and not results  # held before batch 3
    pause.clear()
    worker.join(60)
    assert not worker.is_alive() and len(results) == 1
    assert seen == list(range(1, len(results[0].batch_losses) + 1))


def test_stop_while_paused_ends_without_an_epoch():
    design = load_design("mlp_digits")
    trainer = Trainer(design, design_data(design), with_overrides(design.training, device="cpu", batch_size=128))
    pause, stop = threading.Event(), threading.Event()

    def on_batch(b):
        pause.set()
        stop.set()

    assert list(trainer.epochs(1, stop=stop, pause=pause, on_batch=on_batch)) == []
    assert trainer.epoch == 0


@pytest.mark.parametrize("loss, outputs", [("bce", 1), ("mse", 1), ("mse", 2), ("bce", 2)])
def test_bce_and_mse_losses_agree_with_torch(loss, outputs):
    layers = [{"type": "Linear", "out_features": 8}, {"type": "Tanh"}, {"type": "Linear", "out_features": outputs}]
    design = design_from_dict({"input": [2], "layers": layers, "dataset": {"name": "moons", "n": 200},
                               "training": {"loss": loss, "epochs": 3, "device": "cpu", "lr": 0.05}})
    trainer = Trainer(design, design_data(design))
    (*_, last) = trainer.epochs()
    with torch.no_grad():
        out, y = trainer.model.eval()(trainer.x_test), trainer.y_test
        target = y.float()[:, None] if outputs == 1 else torch.nn.functional.one_hot(y, 2).float()
        if loss == "bce":
            want = torch.nn.functional.binary_cross_entropy_with_logits(out, target, reduction="sum") / len(y)
            pred = (out[:, 0] > 0).long() if outputs == 1 else out.argmax(1)
        else:
            want = torch.nn.functional.mse_loss(out, target)
            pred = (out[:, 0] > 0.5).long() if outputs == 1 else out.argmax(1)
    assert last.test_loss == pytest.approx(want.item(), rel=1e-4)
    assert last.test_acc == pytest.approx((pred == y).float().mean().item())


@pytest.mark.parametrize("count, batch", [(10, 3), (9, 3), (1, 4), (5, 1)])
def test_batch_accuracies_are_each_batchs_share_right(count, batch):
    from nnstudio.nn.train import _batch_means

    right = torch.rand(count, generator=torch.Generator().manual_seed(count)) < 0.6
    expected = torch.stack([chunk.float().mean() for chunk in right.split(batch)])
    got = _batch_means(right, batch, len(expected))
    assert torch.equal(got, expected)


def test_images_are_the_same_numbers_in_channels_last_order():
    design = load_design("lenet_digits")
    data = design_data(design)
    trainer = Trainer(design, data, with_overrides(design.training, device="cpu"))
    assert trainer.x_train.is_contiguous(memory_format=torch.channels_last)
    assert torch.equal(trainer.x_train, torch.from_numpy(data.x_train.astype(np.float32)))
    # One channel: the stride across channels must still say channels-last, or torch picks NCHW.
    assert trainer.x_train.stride()[1] == 1
    with torch.no_grad():
        plain = trainer.model(torch.from_numpy(np.ascontiguousarray(data.x_test[:50], dtype=np.float32)))
        np.testing.assert_allclose(trainer.model(trainer.x_test[:50]).numpy(), plain.numpy(), rtol=1e-5, atol=1e-6)
