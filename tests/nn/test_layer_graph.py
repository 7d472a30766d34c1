import pytest
import torch

from nnstudio.core.errors import InputError
from nnstudio.nn.layer_graph import layer_graph


def test_shapes_and_parameter_counts_follow_torch(lenet):
    nodes = layer_graph(lenet, (1, 8, 8))
    x = torch.zeros(1, 1, 8, 8)
    for node, layer in zip(nodes, lenet):
        x = layer(x)
        assert node.output_shape == tuple(x.shape[1:])
        assert node.parameters == sum(p.numel() for p in layer.parameters())
        assert node.details == layer.extra_repr()
    assert nodes[0].name == "1: Conv2d" and nodes[6].output_shape == (48,)
    assert sum(n.parameters for n in nodes) == sum(p.numel() for p in lenet.parameters())


def test_input_that_does_not_fit_is_refused(lenet):
    with pytest.raises(InputError):
        layer_graph(lenet, (2,))
