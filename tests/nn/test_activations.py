import numpy as np
import pytest
import torch
from torch import nn

from nnstudio.core.errors import InputError
from nnstudio.nn.activations import capture_activations, save_activations_npz


def _layer_by_layer(model, x):
    outs = []
    with torch.no_grad():
        for layer in model:
            x = layer(x)
            outs.append(x.numpy())
    return outs


def test_captures_equal_running_the_layers_one_by_one(lenet, digits_batch):
    lenet.eval()
    expected = _layer_by_layer(lenet, digits_batch)
    captures = capture_activations(lenet, digits_batch.numpy())
    assert [c.index for c in captures] == list(range(len(lenet)))
    assert [c.kind for c in captures] == [type(m).__name__ for m in lenet]
    assert captures[2].name == "3: MaxPool2d"
    for cap, ref in zip(captures, expected):
        assert cap.output.shape == ref.shape
        np.testing.assert_allclose(cap.output, ref, rtol=0, atol=1e-6)
    # The last capture is the model's own output.
    with torch.no_grad():
        np.testing.assert_allclose(captures[-1].output, lenet(digits_batch).numpy(), atol=1e-6)


def test_capture_uses_eval_mode_restores_training_and_removes_hooks(lenet, digits_batch):
    lenet.train()
    first = capture_activations(lenet, digits_batch)
    second = capture_activations(lenet, digits_batch)
    # Dropout is off during a capture, so two captures agree exactly...
    np.testing.assert_array_equal(first[-1].output, second[-1].output)
    # ...and the model is back in training mode, without hooks, and without gradients.
    assert lenet.training and all(m.training for m in lenet)
    assert all(not m._forward_hooks for m in lenet)
    assert all(p.grad is None for p in lenet.parameters())


def test_batch_norm_statistics_are_not_touched():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU())
    before = model[1].running_mean.clone()
    capture_activations(model, np.random.default_rng(0).normal(size=(5, 3)))
    assert torch.equal(model[1].running_mean, before)


def test_dense_only_network_gives_dense_activations(make_mlp):
    torch.manual_seed(0)
    model = make_mlp([2, 2, 1])
    captures = capture_activations(model, np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32))
    assert [c.output.shape for c in captures] == [(4, 2), (4, 2), (4, 1)]


def test_captured_arrays_are_read_only(lenet, digits_batch):
    captures = capture_activations(lenet, digits_batch)
    with pytest.raises(ValueError):
        captures[0].output[0, 0, 0, 0] = 1.0


def test_wrong_input_shape_is_refused_with_a_sentence(lenet):
    with pytest.raises(InputError, match="does not fit this network"):
        capture_activations(lenet, np.zeros((1, 3, 8, 8), np.float32))
    assert lenet.training and all(not m._forward_hooks for m in lenet)


def test_non_sequential_model_is_refused():
    with pytest.raises(InputError, match="sequential"):
        capture_activations(nn.Linear(2, 2), np.zeros((1, 2), np.float32))


def test_save_npz_keys_and_shapes(tmp_path, lenet, digits_batch):
    captures = capture_activations(lenet, digits_batch[:1])
    path = tmp_path / "acts.npz"
    save_activations_npz(path, captures)
    with np.load(path) as saved:
        assert list(saved.keys()) == [f"{i}_{type(m).__name__}" for i, m in enumerate(lenet)]
        assert saved["0_Conv2d"].shape == (1, 6, 8, 8)
        assert saved["6_Flatten"].shape == (1, 48)
        np.testing.assert_array_equal(saved["10_Linear"], captures[-1].output)


def test_throttled_capture_runs_at_most_once_per_interval(lenet, digits_batch):
    from nnstudio.nn.activations import ThrottledCapture

    now = [100.0]
    capture = ThrottledCapture(lenet, digits_batch[:1], interval_s=0.2, clock=lambda: now[0])
    first = capture()
    assert first is not None and len(first) == len(lenet)
    now[0] += 0.1
    assert capture() is None
    now[0] += 0.15
    again = capture()
    assert again is not None
    np.testing.assert_array_equal(again[-1].output, first[-1].output)
