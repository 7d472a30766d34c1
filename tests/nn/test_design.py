"""Design files: the checks, the inferred shapes and parameter counts, against torch itself."""

from __future__ import annotations

import json

import pytest
import torch

from nnstudio.nn.build import build_model
from nnstudio.nn.design import (PRESETS, DesignError, analyse, apply_fix, design_from_dict,
                                load_design, save_design)
from nnstudio.nn.layers import SPECS


def _design(layers, input_shape=(1, 8, 8), **extra):
    return design_from_dict({"version": 1, "input": list(input_shape), "layers": layers, **extra})


@pytest.mark.parametrize("name", PRESETS)
def test_presets_summary_matches_the_torch_model(name):
    design = load_design(name)
    analysis = analyse(design)
    assert analysis.valid, analysis.error
    model = build_model(design)
    # Parameter counts as torch counts them, per layer and in total.
    for info, module in zip(analysis.layers, model):
        assert info.params == sum(p.numel() for p in module.parameters()), info.type
    assert analysis.total_params == sum(p.numel() for p in model.parameters())
    # Every inferred output shape is the shape torch produces (batch axis left out).
    x = torch.zeros((2, *design.input))
    model.eval()
    with torch.no_grad():
        for info, module in zip(analysis.layers, model):
            x = module(x)
            assert tuple(x.shape[1:]) == info.out_shape, info.type


def test_every_offered_layer_builds_with_its_defaults():
    shapes = {"Linear": (6,), "BatchNorm1d": (6,), "Flatten": (3, 8, 8)}
    for kind in SPECS:
        shape = shapes.get(kind, (3, 8, 8))
        required = {s.name: s.default for s in SPECS[kind].settings if s.required}
        design = _design([{"type": kind, **required}], shape)
        analysis = analyse(design)
        assert analysis.valid, (kind, analysis.error)
        out = build_model(design).eval()(torch.zeros((2, *shape)))
        assert tuple(out.shape[1:]) == analysis.output_shape, kind


def test_linear_after_conv_without_flatten_is_marked_and_fixed():
    design = _design([{"type": "Conv2d", "out_channels": 4, "kernel_size": 3},
                      {"type": "Linear", "out_features": 10}])
    analysis = analyse(design)
    assert analysis.error.index == 1 and "Flatten" in str(analysis.error)
    assert analysis.layers[1].error is analysis.error
    fixed = apply_fix(design, analysis.error.fix, analysis.error.index)
    assert [layer["type"] for layer in fixed.layers] == ["Conv2d", "Flatten", "Linear"]
    assert analyse(fixed).valid and analyse(fixed).output_shape == (10,)


def test_kernel_larger_than_its_input_names_the_layer_and_fits_it():
    design = _design([{"type": "Conv2d", "out_channels": 4, "kernel_size": 9}])
    error = analyse(design).error
    assert error.index == 0 and "larger than" in str(error) and "layer 1 (Conv2d)" in str(error)
    assert analyse(apply_fix(design, error.fix, 0)).valid


def test_output_size_must_match_the_classes_with_a_fix():
    design = _design([{"type": "Flatten"}, {"type": "Linear", "out_features": 7}])
    error = analyse(design, num_classes=10).error
    assert error.index == 1 and "10 outputs" in str(error)
    assert analyse(apply_fix(design, error.fix, error.index), num_classes=10).valid


@pytest.mark.parametrize("loss", ["mse", "mae", "huber"])
def test_a_number_to_predict_asks_for_one_output_not_one_per_class(loss):
    design = _design([{"type": "Flatten"}, {"type": "Linear", "out_features": 3}], training={"loss": loss})
    error = analyse(design, num_classes=1).error
    assert error.index == 1 and "1 output: the number it predicts" in str(error)
    assert "class" not in str(error)
    fixed = apply_fix(design, error.fix, error.index)
    assert error.fix["label"] == "Set out_features to 1" and analyse(fixed, num_classes=1).valid


@pytest.mark.parametrize("layer, words", [
    ({"type": "Dense"}, "unknown layer type 'Dense'"),
    ({"type": "Linear", "out_features": 3, "units": 4}, "unknown setting 'units'"),
    ({"type": "Linear", "out_features": 3, "in_features": 4}, "inferred"),
    ({"type": "Linear", "out_features": 0}, "at least 1"),
    ({"type": "Linear", "out_features": "three"}, "whole number"),
    ({"type": "Dropout", "p": 1.5}, "at most"),
    ({"out_features": 3}, "needs a \"type\""),
    ({"type": "Conv2d", "kernel_size": 3}, "setting 'out_channels' is required"),
])
def test_bad_layers_are_refused_naming_the_layer(layer, words):
    design = _design([{"type": "Flatten"}, layer], (4,))
    error = analyse(design).error
    assert error is not None and words in str(error) and error.index == 1
    assert "layer 2" in str(error)


def test_unknown_top_level_and_training_keys_are_refused():
    with pytest.raises(DesignError, match="Unknown design key 'optimiser'"):
        design_from_dict({"input": [2], "layers": [], "optimiser": "adam"})
    with pytest.raises(DesignError, match="Unknown training setting 'learning_rate'"):
        design_from_dict({"input": [2], "layers": [], "training": {"learning_rate": 1}})
    with pytest.raises(DesignError, match="Unknown data set option 'points'"):
        design_from_dict({"input": [2], "layers": [], "dataset": {"name": "spiral", "points": 9}})
    with pytest.raises(DesignError, match="version 2"):
        design_from_dict({"version": 2, "input": [2], "layers": []})


@pytest.mark.parametrize("loss, outputs, ok", [
    ("bce", 1, True), ("bce", 2, True), ("mse", 1, True), ("mse", 2, True),
    ("cross_entropy", 2, True), ("cross_entropy", 1, False), ("bce", 3, False),
])
def test_two_classes_take_one_output_with_bce_or_mse(loss, outputs, ok):
    design = _design([{"type": "Linear", "out_features": outputs}], (2,), training={"loss": loss})
    assert analyse(design, num_classes=2).valid is ok


def test_a_missing_size_is_required_with_a_fix():
    design = _design([{"type": "Flatten"}, {"type": "Linear"}])
    error = analyse(design).error
    assert error.index == 1 and "'out_features' is required" in str(error)
    assert analyse(apply_fix(design, error.fix, error.index)).valid


def test_batchnorm2d_on_flat_input_offers_batchnorm1d():
    design = _design([{"type": "Flatten"}, {"type": "BatchNorm2d"}])
    error = analyse(design).error
    assert error.index == 1 and "BatchNorm1d" in str(error)
    assert analyse(apply_fix(design, error.fix, error.index)).valid


def test_save_and_open_round_trip(tmp_path):
    design = load_design("lenet_digits")
    save_design(design, tmp_path / "d.json")
    again = load_design(tmp_path / "d.json")
    assert again == design
    assert json.loads((tmp_path / "d.json").read_text())["layers"][0]["type"] == "Conv2d"


def test_unreadable_design_files_are_one_sentence(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(DesignError, match="not valid JSON"):
        load_design(bad)
    with pytest.raises(Exception, match="neither a design file nor a preset"):
        load_design(tmp_path / "missing.json")
