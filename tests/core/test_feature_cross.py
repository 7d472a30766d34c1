"""Input features of a 2-D point (x₁², sin x₁, …): values, the plane they keep, and the
circle set that a single perceptron separates once it sees x₁² and x₂²."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from nnstudio.core.dataset_registry import DataOptions, load_dataset
from nnstudio.core.decision_grid import plane_grid
from nnstudio.core.errors import InputError
from nnstudio.nn.data_fit import fit_design_to_data
from nnstudio.nn.design import load_design
from nnstudio.nn.probe import probe_plane
from nnstudio.nn.train import Trainer


def test_each_feature_is_its_formula_and_the_plane_keeps_the_points():
    plain = load_dataset("circle", DataOptions(n=200))
    keys = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
    crossed = load_dataset("circle", DataOptions(n=200, inputs=keys))
    p = plain.x_train.astype(np.float64)
    expected = np.stack([p[:, 0], p[:, 1], p[:, 0] ** 2, p[:, 1] ** 2, p[:, 0] * p[:, 1], np.sin(p[:, 0]),
                         np.sin(p[:, 1])], axis=1)
    np.testing.assert_allclose(crossed.x_train, expected, rtol=1e-6, atol=1e-7)
    np.testing.assert_array_equal(crossed.plane("train"), plain.x_train)
    assert crossed.input_shape == (7,) and crossed.inputs == keys
    assert load_dataset("circle", DataOptions(n=200, inputs=("x2", "x1"))).inputs == ()  # plain, any order


@pytest.mark.parametrize("inputs,words", [(("x3",), "x3"), (("x1", 5), "list"), ("x1", "list")])
def test_unknown_features_are_refused(inputs, words):
    with pytest.raises(InputError, match=words):
        load_dataset("circle", DataOptions(n=50, inputs=inputs))


def test_images_take_no_point_features():
    with pytest.raises(InputError, match="2-D point sets"):
        load_dataset("digits", DataOptions(inputs=("x1^2",)))


def perceptron_accuracy(inputs):
    data = load_dataset("circle", DataOptions(n=400, noise=0.05, inputs=inputs))
    design = fit_design_to_data(load_design("perceptron_and"), data)
    config = replace(design.training, device="cpu", epochs=150, lr=0.1, batch_size=32, seed=0)
    last = list(Trainer(design, data, config).epochs())[-1]
    return last.test_acc, design, data


def test_the_circle_becomes_linearly_separable_with_squares():
    with_squares, design, data = perceptron_accuracy(("x1^2", "x2^2"))
    plain, _, _ = perceptron_accuracy(())
    assert with_squares >= 0.95 and plain <= 0.75
    # The decision plane is evaluated on the features of each grid point.
    trainer = Trainer(design, data, replace(design.training, device="cpu", epochs=1))
    grid = plane_grid(np.concatenate([data.plane("train"), data.plane("test")]), steps=20,
                      to_inputs=data.network_inputs)
    probe = probe_plane(trainer.model, grid)
    import torch
    with torch.no_grad():
        direct = trainer.model(torch.from_numpy(data.network_inputs(grid.points))).numpy()  # ends in Sigmoid
    np.testing.assert_allclose(probe.probabilities[..., -1].reshape(-1), direct.reshape(-1), rtol=1e-5, atol=1e-6)
