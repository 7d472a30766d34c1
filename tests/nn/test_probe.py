import numpy as np
import pytest
import torch
from torch import nn

from nnstudio.core.decision_grid import plane_grid
from nnstudio.core.errors import InputError
from nnstudio.nn.probe import probe_plane

XOR = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)


def test_probabilities_equal_softmax_of_a_direct_forward_pass(make_mlp):
    torch.manual_seed(0)
    model = make_mlp([2, 8, 8, 2])
    grid = plane_grid(XOR, steps=20)
    probe = probe_plane(model, grid)
    with torch.no_grad():
        ref = torch.softmax(model(torch.tensor(grid.points)), dim=1).numpy()
    assert probe.probabilities.shape == (20, 20, 2)
    np.testing.assert_allclose(probe.probabilities.reshape(-1, 2), ref, atol=1e-6)
    # Point (r, c) of the image is the grid point (xs[c], ys[r]).
    with torch.no_grad():
        one = torch.softmax(model(torch.tensor([[grid.xs[7], grid.ys[3]]])), dim=1).numpy()[0]
    np.testing.assert_allclose(probe.probabilities[3, 7], one, atol=1e-6)


def test_hidden_neurons_equal_the_activations_after_each_hidden_layer(make_mlp):
    torch.manual_seed(1)
    model = make_mlp([2, 8, 8, 2], activation=nn.Tanh)
    grid = plane_grid(XOR, steps=10)
    probe = probe_plane(model, grid)
    x = torch.tensor(grid.points)
    with torch.no_grad():
        h1 = torch.tanh(model[0](x))
        h2 = torch.tanh(model[2](h1))
    assert [h.outputs.shape for h in probe.hidden] == [(10, 10, 8), (10, 10, 8)]
    np.testing.assert_allclose(probe.hidden[0].outputs.reshape(-1, 8), h1.numpy(), atol=1e-6)
    np.testing.assert_allclose(probe.hidden[1].outputs.reshape(-1, 8), h2.numpy(), atol=1e-6)
    assert all(not m._forward_pre_hooks for m in model)


def test_single_sigmoid_output_gives_two_class_probabilities():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())  # the perceptron
    grid = plane_grid(XOR, steps=5)
    probe = probe_plane(model, grid)
    with torch.no_grad():
        p = model(torch.tensor(grid.points)).numpy()[:, 0]
    np.testing.assert_allclose(probe.probabilities[..., 1].ravel(), p, atol=1e-6)
    np.testing.assert_allclose(probe.probabilities.sum(axis=2), 1, atol=1e-6)
    assert probe.hidden == []
    # A perceptron's boundary is a straight line: along every row, p is monotonic in x.
    d = np.diff(probe.probabilities[..., 1], axis=1)
    assert (np.all(d >= -1e-7, axis=1) | np.all(d <= 1e-7, axis=1)).all()


def test_network_not_taking_two_features_is_refused(lenet):
    with pytest.raises(InputError, match="2 features"):
        probe_plane(lenet, plane_grid(XOR))
