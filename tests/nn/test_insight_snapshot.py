"""take_insight: what the Network tab's inside views get from the training thread."""

from __future__ import annotations

import numpy as np
import torch

from nnstudio.core.decision_grid import plane_grid
from nnstudio.nn.design_source import open_design_and_data
from nnstudio.nn.gradients import gradient_norms
from nnstudio.nn.insight import take_insight
from nnstudio.nn.train import Trainer, with_overrides


def trained(preset: str, epochs: int = 1) -> tuple[Trainer, object]:
    torch.set_num_threads(1)
    design, data = open_design_and_data(preset)
    trainer = Trainer(design, data, with_overrides(design.training, epochs=epochs, device="cpu"))
    list(trainer.epochs())
    return trainer, data


def test_insight_of_lenet_matches_torch_and_leaves_the_model_alone():
    trainer, data = trained("lenet_digits")
    model = trainer.model.train()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    grads = gradient_norms(model)
    insight = take_insight(model, 1, data, data.x_test[0], None)
    assert model.training and all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    np.testing.assert_array_equal(insight.gradients.norms, grads.norms)
    # Every layer's capture equals the layers applied one by one to the same sample.
    t = torch.from_numpy(data.x_test[:1].copy())
    with torch.no_grad():
        for capture, layer in zip(insight.captures, model.eval()):
            t = layer(t)
            np.testing.assert_allclose(capture.output, t.numpy(), rtol=1e-5, atol=1e-6)
    # The snapshot is a copy: training on does not change what the views hold.
    with torch.no_grad():
        predicted = model(torch.from_numpy(data.x_test)).argmax(1).numpy()
        model[0].weight.add_(1.0)
    assert not torch.equal(insight.model[0].weight, model[0].weight)
    assert insight.confusion.sum() == len(data.y_test)
    np.testing.assert_array_equal(insight.predicted, predicted)
    assert np.trace(insight.confusion) == int((predicted == data.y_test).sum())
    assert insight.kernels is not None and insight.probe is None


def test_insight_of_a_dense_network_on_the_plane():
    trainer, data = trained("deep_relu_spiral")
    grid = plane_grid(data.x_train, steps=40)
    insight = take_insight(trainer.model, 1, data, data.x_test[0], grid)
    assert insight.kernels is None
    assert all(c.output.ndim == 2 for c in insight.captures)  # dense strips only
    assert insight.probe.probabilities.shape[:2] == (40, 40)
    assert len(insight.probe.hidden) == 6
