"""Every preset's and data set's description is marked for translation, word for word."""

from __future__ import annotations

from nnstudio.core.dataset_registry import DATASET_NAMES
from nnstudio.core.dataset_texts import DATASET_DESCRIPTIONS
from nnstudio.nn.design import CLASS_SET_PRESETS, PRESETS, REGRESSION_PRESETS, load_design
from nnstudio.nn.preset_texts import PRESET_DESCRIPTIONS


def test_every_preset_description_is_marked_as_the_file_has_it():
    assert set(PRESET_DESCRIPTIONS) == {*PRESETS, *REGRESSION_PRESETS, *CLASS_SET_PRESETS}
    for name in (*PRESETS, *REGRESSION_PRESETS, *CLASS_SET_PRESETS):
        assert PRESET_DESCRIPTIONS[name] == load_design(name).description, (
            f"{name}: copy its description into nnstudio/nn/preset_texts.py")


def test_every_built_in_data_set_is_described():
    built_in = [n for n in DATASET_NAMES if n not in ("my-points", "table-file") and not n.endswith("-folder")]
    assert sorted(DATASET_DESCRIPTIONS) == sorted(built_in)
