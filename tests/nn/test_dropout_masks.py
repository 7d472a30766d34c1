"""Dropout masks of a training pass: the ones torch's dropout applied, leaving training's
random numbers and the model as they were."""

from __future__ import annotations

import numpy as np
import torch

from nnstudio.nn.build import build_model
from nnstudio.nn.design import load_design
from nnstudio.nn.dropout_masks import training_dropout_masks


def model_and_input():
    design = load_design("overfit_mlp_dropout")
    torch.manual_seed(0)
    return build_model(design, 2), np.array([0.3, -0.7], np.float32)


def test_masks_are_the_ones_torchs_training_pass_applied():
    model, x = model_and_input()
    masks = training_dropout_masks(model, x, seed=5)
    assert [m.index for m in masks] == [2, 5] and all(m.p == 0.7 for m in masks)
    # The same pass by hand: eval mode but Dropout training, same seed; every Dropout's output
    # is its input times the mask over 1 − p.
    seen = {}

    def keep(index):
        def hook(_module, args, output):
            seen[index] = (args[0][0], output[0])
        return hook

    hooks = [model[i].register_forward_hook(keep(i)) for i in (2, 5)]
    model.eval()
    model[2].train(), model[5].train()
    with torch.random.fork_rng(devices=[]), torch.no_grad():
        torch.manual_seed(5)
        model(torch.tensor(x[None]))
    for h in hooks:
        h.remove()
    for mask in masks:
        inp, out = seen[mask.index]
        expected = inp * torch.tensor(mask.kept).float() / (1 - mask.p)
        torch.testing.assert_close(out, expected)
        assert mask.kept.shape == (128,)
        assert 0.5 < mask.dropped / 128 < 0.9  # p = 0.7


def test_training_random_state_and_the_model_are_untouched():
    model, x = model_and_input()
    model.train()
    state = torch.get_rng_state()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    first = training_dropout_masks(model, x, seed=1)
    assert torch.equal(torch.get_rng_state(), state)
    assert model.training and all(m.training for m in model)
    assert all(torch.equal(v, before[k]) for k, v in model.state_dict().items())
    again = training_dropout_masks(model, x, seed=1)
    assert all(np.array_equal(a.kept, b.kept) for a, b in zip(first, again))
    other = training_dropout_masks(model, x, seed=2)
    assert not all(np.array_equal(a.kept, b.kept) for a, b in zip(first, other))


def test_no_dropout_no_masks():
    design = load_design("mlp_xor")
    assert training_dropout_masks(build_model(design, 2), np.zeros(2, np.float32)) == []
