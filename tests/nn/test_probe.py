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


def test_a_wide_layer_is_probed_in_chunks_and_keeps_the_neurons_the_view_draws():
    """A layer of thousands of neurons over the 100×100 plane: every chunk's widest layer holds
    at most CHUNK_VALUES values, the plane equals one direct forward pass, and the first
    UNITS_KEPT neurons are kept with the layer's true width (a 19,357-wide layer once held
    2.2 GB here)."""
    from nnstudio.nn.probe import CHUNK_VALUES, UNITS_KEPT

    torch.manual_seed(2)
    width = 3000
    model = nn.Sequential(nn.Linear(2, width), nn.Tanh(), nn.Linear(width, 3))
    grid = plane_grid(XOR, steps=100)
    batches = []
    model[2].register_forward_pre_hook(lambda _m, args: batches.append(tuple(args[0].shape)))
    probe = probe_plane(model, grid)
    assert len(batches) > 1 and all(n * w <= CHUNK_VALUES for n, w in batches)
    assert sum(n for n, _ in batches) == len(grid.points)
    x = torch.tensor(grid.points)
    with torch.no_grad():
        hidden = torch.tanh(model[0](x))
        ref = torch.softmax(model[2](hidden), dim=1)
    np.testing.assert_allclose(probe.probabilities.reshape(-1, 3), ref.numpy(), atol=1e-6)
    (layer,) = probe.hidden
    assert layer.outputs.shape == (100, 100, UNITS_KEPT) and layer.total == width
    np.testing.assert_allclose(layer.outputs.reshape(-1, UNITS_KEPT), hidden[:, :UNITS_KEPT].numpy(), atol=1e-6)
    # The kept maps are copies, not views into the whole layer's activations.
    assert layer.outputs.base is None or layer.outputs.base.nbytes == layer.outputs.nbytes


def test_the_decision_view_draws_no_more_maps_than_the_probe_keeps():
    from nnstudio.nn.probe import UNITS_KEPT
    from nnstudio.ui.network.decision_view import MAX_MAPS

    assert MAX_MAPS <= UNITS_KEPT
