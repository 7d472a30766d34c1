"""Hostile design files (tests/fixtures/hostile/designs): each is refused in one sentence,
when read or when checked, before anything is built; none raises anything but InputError."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from nnstudio.core.errors import InputError
from nnstudio.nn.design import (Design, DesignError, TrainingConfig, analyse, design_from_dict,
                                load_design, parse_design, validate)
from nnstudio.nn.design_limits import (MAX_FILE_BYTES, MAX_LAYERS, TRAINING_RANGES,
                                       training_bytes)
from nnstudio.core.memory_budget import MEMORY_BUDGET
from nnstudio.nn.layers import pair_or_none

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "designs"
BAD = sorted(p.name for p in HOSTILE.iterdir() if not p.name.startswith("ok_"))
GOOD = sorted(p.name for p in HOSTILE.iterdir() if p.name.startswith("ok_"))


def _one_sentence(text: str) -> None:
    assert text and "\n" not in text and "Traceback" not in text and len(text) < 400, text


def _refusal(path) -> str:
    """The sentence the app shows for this file (read, then checked)."""
    try:
        design = load_design(path)
    except InputError as exc:
        return str(exc)
    analysis = analyse(design)
    assert analysis.error is not None, f"{path} passed the checks"
    with pytest.raises(DesignError):
        validate(design)
    return str(analysis.error)


@pytest.mark.parametrize("name", BAD)
def test_every_hostile_design_is_refused_in_one_sentence(name):
    _one_sentence(_refusal(HOSTILE / name))


@pytest.mark.parametrize("name", GOOD)
def test_odd_but_valid_designs_load(name):
    assert analyse(load_design(HOSTILE / name)).valid


@pytest.mark.parametrize("name, words", [
    ("not_utf8.json", "is not UTF-8 text"),
    ("deep_nesting.json", "more than 8 deep"),
    ("type_list.json", "\"type\" must be a layer name"),
    ("int_above_2_63.json", "layer 1: 'out_features' must be a finite number of at most 2,147,483,647, "
                            "not 1180591620717411303424"),
    ("input_above_2_63.json", "input shape must be"),
    ("input_nested.json", "input shape must be"),
    ("nan_dropout.json", "layer 1: 'p' must be a finite number of at most 2,147,483,647, not nan"),
    ("nan_weight_decay.json", "'weight_decay' must be a number from 0 to 1, not nan"),
    ("softmax_dim5.json", "'dim' must be at most 3"),
    ("batch_fraction.json", "'batch_size' must be a whole number"),
    ("epochs_fraction.json", "'epochs' must be a whole number"),
    ("epochs_billion.json", "'epochs' must be from 1 to 100,000"),
    ("seed_2_70.json", "'seed' must be from 0 to 2,147,483,647"),
    ("bn_eps_infinity.json", "layer 1: 'eps' must be a finite number of at most 2,147,483,647, not inf"),
    ("lr_1e9.json", "'lr' must be from 1e-05 to 10"),
    ("momentum_string.json", "'momentum' must be a number"),
    ("dataset_n_billion.json", "'n' must be from 20 to 20,000"),
    ("params_5e9.json", "layer 1 (Linear): the network needs 74.5 GiB"),
    ("params_1_6e10.json", "layer 1 (Linear): the network needs"),
    ("input_400gb.json", "the input: the network needs"),
    ("activations_huge.json", "layer 1 (Conv2d): the network needs"),
    ("pool_padding.json", "more than half its 2×2 window"),
    ("long_number.json", "a number too long to read"),
    ("kernel_list1.json", "'kernel_size' must be a whole number or a pair [h, w], not [3]"),
    ("kernel_empty.json", "not []"),
    ("kernel_float.json", "not 3.5"),
    ("kernel_string.json", "not '3'"),
    ("kernel_null.json", "not None"),
])
def test_the_sentence_says_what_is_wrong(name, words):
    assert words in _refusal(HOSTILE / name)


def test_a_50_mb_description_is_refused_by_its_size_before_it_is_read(tmp_path):
    path = tmp_path / "big.json"
    with path.open("w") as f:
        f.write('{"version": 1, "input": [2], "layers": [], "description": "')
        f.write("x" * 50_000_000)
        f.write('"}')
    with pytest.raises(DesignError, match=r"big\.json is 50,000 kB; a design file is at most 1,000 kB"):
        load_design(path)


def test_a_long_description_within_the_file_size_is_refused_too():
    raw = json.dumps({"version": 1, "input": [2], "layers": [], "description": "x" * 20_000})
    with pytest.raises(DesignError, match="description is 20,000 characters long"):
        parse_design(raw, "d.json")


def test_100000_layers_are_refused_by_the_layer_limit():
    layers = [{"type": "ReLU"}] * 100_000
    with pytest.raises(DesignError, match=f"100,000 layers; nnstudio builds networks of up to {MAX_LAYERS}"):
        design_from_dict({"input": [2], "layers": layers})
    assert len(json.dumps({"layers": layers})) > MAX_FILE_BYTES  # and the file by its size


def test_the_memory_budget_names_the_layer_where_it_is_crossed():
    # 3 layers fit; the 4th Linear pushes weights + gradients + Adam state over 2 GiB.
    layers = [{"type": "Linear", "out_features": 8192}] * 4 + [{"type": "Linear", "out_features": 2}]
    analysis = analyse(design_from_dict({"input": [8192], "layers": layers}))
    params_after = [8192 * 8192 + 8192] * 4
    crossing = next(i for i in range(4) if training_bytes(sum(params_after[:i + 1]), 0, 1) > MEMORY_BUDGET)
    assert analysis.error.index == crossing and f"layer {crossing + 1} (Linear)" in str(analysis.error)
    assert "nnstudio's limit is 2.0 GiB" in str(analysis.error)


def test_a_network_just_under_the_budget_is_valid():
    # 4 × 4 bytes × params + activations just below 2 GiB: about 134 M parameters.
    width = 11_000
    design = design_from_dict({"input": [width], "layers": [{"type": "Linear", "out_features": width}],
                               "training": {"batch_size": 1}})
    params = width * width + width
    assert training_bytes(params, 2 * width, 1) < MEMORY_BUDGET
    assert analyse(design).valid


def test_training_config_ranges_are_the_ones_exposed_for_widgets():
    for key, limits in TRAINING_RANGES.items():
        low, high = limits.minimum, limits.maximum
        TrainingConfig(**{key: low}).checked()
        TrainingConfig(**{key: high}).checked()
        step = 1 if limits.kind is int else max(abs(high) * 1e-6, 1e-9)
        for bad in (low - step, high + step * 10, float("nan"), "1", None, True):
            with pytest.raises(DesignError):
                TrainingConfig(**{key: bad}).checked()
    assert math.isclose(TRAINING_RANGES["lr"].maximum, 10.0)


def test_unchecked_sizes_are_drawn_as_none_not_an_exception():
    for value in ([3], [], 3.5, "3", None, True, [3, "4"], {"a": 1}):
        assert pair_or_none(value) is None
    assert pair_or_none(3) == (3, 3) and pair_or_none([2, 5]) == (2, 5)


def test_analyse_never_raises_on_raw_layers():
    odd_layers = [{"type": ["Linear"]}, {"type": None}, {"type": "Conv2d", "kernel_size": {"h": 3}},
                  {"type": "Softmax", "dim": 2**80}, {"type": "Linear", "out_features": -5}, {}]
    for layer in odd_layers:
        design = Design((1, 8, 8), (layer,))
        analysis = analyse(design)
        assert analysis.error is not None and analysis.layers[0].error is not None
        _one_sentence(str(analysis.error))


def test_batchnorm_with_batches_of_one_is_a_sentence_not_a_crash():
    from nnstudio.nn.train import Trainer, design_data

    design = design_from_dict({"input": [2], "layers": [
        {"type": "Linear", "out_features": 4}, {"type": "BatchNorm1d"}, {"type": "Linear", "out_features": 2}],
        "dataset": {"name": "circle", "n": 40}, "training": {"batch_size": 1}})
    with pytest.raises(DesignError, match="needs batches of 2 or more samples"):
        Trainer(design, design_data(design))
