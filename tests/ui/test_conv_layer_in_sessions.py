"""A Filters conv layer stage in a session file and in a recorded lesson step (the monkey
found both raising out of their slots)."""

from __future__ import annotations

import numpy as np
import pytest

from nnstudio.core.conv_layer import ConvLayerStage, LayerKernel, starting_layer
from nnstudio.core.convolution import ConvSettings
from nnstudio.core.errors import InputError
from nnstudio.core.pipeline_json import pipeline_from_dict, pipeline_to_dict
from nnstudio.ui.lessons.record import stage_spec
from nnstudio.ui.lessons.stages import make_stage


def test_a_conv_layer_round_trips_through_the_session_json():
    stage = ConvLayerStage(starting_layer(), ConvSettings(stride=2, padding=1), True, True)
    stages, gray, selected = pipeline_from_dict(pipeline_to_dict([stage], False, 1))
    back = stages[0]
    assert isinstance(back, ConvLayerStage) and back.depthwise and back.settings == stage.settings
    np.testing.assert_array_equal(back.kernel.weight, stage.kernel.weight)
    np.testing.assert_array_equal(back.kernel.bias, stage.kernel.bias)


def test_a_damaged_conv_layer_is_one_sentence_naming_the_stage():
    data = pipeline_to_dict([ConvLayerStage(starting_layer())], False, 1)
    data["stages"][0]["weight"] = [[["x"]]]
    with pytest.raises(InputError, match="stage 1"):
        pipeline_from_dict(data)


def test_a_recorded_lesson_step_keeps_a_starting_conv_layer_and_says_why_an_edited_one_cannot_be():
    stage = ConvLayerStage(starting_layer(), ConvSettings(stride=2, padding="same"), True, True)
    back = make_stage(stage_spec(stage))
    assert isinstance(back, ConvLayerStage) and back.depthwise and back.settings == stage.settings
    np.testing.assert_array_equal(back.kernel.weight, stage.kernel.weight)
    edited = starting_layer().weight.copy()
    edited[1, 2, 0, 0] = 5.0
    with pytest.raises(InputError, match="Conv layer"):
        stage_spec(ConvLayerStage(LayerKernel(edited, starting_layer().bias)))
