"""Optimisers, learning-rate schedules and L1: the Trainer's steps equal torch's own."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
import torch
import torch.nn.functional as F

from nnstudio.core.dataset_registry import DataOptions, load_dataset
from nnstudio.core.errors import InputError
from nnstudio.nn.build import build_model
from nnstudio.nn.design import OPTIMISERS, design_from_dict, load_design
from nnstudio.nn.train import Trainer

REFERENCE = {"sgd": torch.optim.SGD, "rmsprop": torch.optim.RMSprop, "adagrad": torch.optim.Adagrad,
             "adam": torch.optim.Adam, "adamw": torch.optim.AdamW}


def setup(**changes):
    design = load_design("mlp_spiral")
    data = load_dataset("circle", DataOptions(n=120, seed=1))
    settings = {"device": "cpu", "epochs": 4, "batch_size": 10_000, "lr": 0.05, "seed": 3, **changes}
    config = replace(design.training, **settings)
    return design, data, config


def reference_run(design, data, config, epochs):
    """The same training written with torch alone: one full batch per epoch."""
    torch.manual_seed(config.seed)
    model = build_model(design, data.num_classes)
    kwargs = {"lr": config.lr, "weight_decay": config.weight_decay}
    if config.optimizer == "sgd":
        kwargs.update(momentum=config.momentum, nesterov=config.nesterov)
    optimiser = REFERENCE[config.optimizer](model.parameters(), **kwargs)
    x, y = torch.from_numpy(data.x_train), torch.from_numpy(data.y_train)
    for _ in range(epochs):
        optimiser.zero_grad()
        loss = F.cross_entropy(model(x), y)
        if config.l1:
            loss = loss + config.l1 * sum(p.abs().sum() for n, p in model.named_parameters()
                                          if n.endswith("weight") and p.dim() > 1)
        loss.backward()
        optimiser.step()
    return model


@pytest.mark.parametrize("optimizer,extra", [(name, {}) for name in OPTIMISERS]
                         + [("sgd", {"nesterov": True}), ("adam", {"l1": 0.01}), ("adamw", {"weight_decay": 0.1})])
def test_each_optimiser_steps_as_torch_does(optimizer, extra):
    design, data, config = setup(optimizer=optimizer, **extra)
    trainer = Trainer(design, data, config)
    assert type(trainer.optimizer) is REFERENCE[optimizer]
    list(trainer.epochs(3))
    expected = reference_run(design, data, config, 3)
    for (name, ours), theirs in zip(trainer.model.state_dict().items(), expected.state_dict().values()):
        torch.testing.assert_close(ours, theirs, rtol=1e-4, atol=1e-5, msg=name)


def test_l1_drives_weights_towards_zero_and_is_not_in_the_reported_loss():
    design, data, config = setup(optimizer="adam", epochs=60)
    plain = Trainer(design, data, config)
    strong = Trainer(design, data, replace(config, l1=0.05))
    list(plain.epochs())
    last_l1 = list(strong.epochs())[-1]
    size = lambda t: sum(p.abs().sum().item() for n, p in t.model.named_parameters()  # noqa: E731
                         if n.endswith("weight") and p.dim() > 1)
    assert size(strong) < 0.5 * size(plain)
    # The reported figure is the data's loss alone (measured before the epoch's one step).
    with torch.no_grad():
        x, y = torch.from_numpy(data.x_train), torch.from_numpy(data.y_train)
        data_loss = F.cross_entropy(strong.model(x), y).item()
    penalty = 0.05 * size(strong)
    assert abs(last_l1.train_loss - data_loss) < 0.25 * penalty


@pytest.mark.parametrize("schedule", ["constant", "step", "cosine"])
def test_learning_rate_schedules(schedule):
    design, data, config = setup(schedule=schedule, epochs=9, lr=0.1)
    trainer = Trainer(design, data, config)
    rates = []
    for _ in trainer.epochs():
        rates.append(trainer.optimizer.param_groups[0]["lr"])
    expected = {
        "constant": [0.1] * 9,
        "step": [0.1 * 0.1 ** ((t + 1) // 3) for t in range(9)],
        "cosine": [0.1 * (1 + math.cos(math.pi * (t + 1) / 9)) / 2 for t in range(9)],
    }[schedule]
    assert rates == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("training,word", [({"optimizer": "lbfgs"}, "lbfgs"), ({"schedule": "warm"}, "warm"),
                                           ({"nesterov": "yes"}, "nesterov"), ({"l1": 5}, "l1")])
def test_unknown_settings_are_refused_naming_the_key(training, word):
    raw = load_design("mlp_xor").to_dict()
    raw["training"].update(training)
    with pytest.raises(InputError, match=word):
        design_from_dict(raw)
