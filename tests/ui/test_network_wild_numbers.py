"""Numbers no design setting can hold (past 2**31, NaN, infinite) in a design file opened in
the Network tab: one sentence, and the design on the canvas stays as it was.

Before they were refused when the file is read, such values reached the canvas's item data
and the inspector's spin boxes, where Qt raises OverflowError out of the slot."""

from __future__ import annotations

import json

import pytest

from nnstudio.core.model_input import image_size_of
from nnstudio.core.errors import InputError

WILD = (2**64, -(2**70), 10**30, 1e308, float("nan"), float("inf"), float("-inf"))


def _write(path, design) -> None:
    # json.dumps writes NaN and Infinity as Python's json reads them (as any JSON file may hold them).
    path.write_text(json.dumps(design))


def _cases():
    mlp = {"version": 1, "name": "wild", "input": [2],
           "layers": [{"type": "Linear", "out_features": 4}, {"type": "Tanh"},
                      {"type": "Dropout", "p": 0.1}, {"type": "Linear", "out_features": 2}],
           "dataset": {"name": "gate-xor"}}
    cnn = {"version": 1, "name": "wild", "input": [1, 8, 8],
           "layers": [{"type": "Conv2d", "out_channels": 2, "kernel_size": [3, 3], "padding": 1},
                      {"type": "Flatten"}, {"type": "Linear", "out_features": 3}],
           "dataset": {"name": "shapes"}}
    for value in WILD:
        yield f"out_features={value!r}", {**mlp, "layers": [{"type": "Linear", "out_features": value}, *mlp["layers"][1:]]}
        yield f"p={value!r}", {**mlp, "layers": [*mlp["layers"][:2], {"type": "Dropout", "p": value}, mlp["layers"][3]]}
        yield f"input={value!r}", {**mlp, "input": [value]}
        yield f"kernel=[3, {value!r}]", {**cnn, "layers": [{**cnn["layers"][0], "kernel_size": [3, value]}, *cnn["layers"][1:]]}
        yield f"padding={value!r}", {**cnn, "layers": [{**cnn["layers"][0], "padding": value}, *cnn["layers"][1:]]}
        yield f"seed={value!r}", {**mlp, "training": {"seed": value}}
        yield f"lr={value!r}", {**mlp, "training": {"lr": value}}
        yield f"data n={value!r}", {**mlp, "dataset": {"name": "spiral", "n": value}}
    yield "input=3.5", {**mlp, "input": [3.5]}
    yield "input=-8", {**cnn, "input": [1, -8, 8]}


def test_wild_numbers_are_one_sentence_and_nothing_changes(network_page, tmp_path):
    page = network_page
    before = page.model.design
    undo_before = page.model.undo_stack.count()
    for index, (what, design) in enumerate(_cases()):
        path = tmp_path / f"wild{index}.json"
        _write(path, design)
        assert not page.files.open_design(path), what
        message = page.message.text()
        assert message and "\n" not in message and "Traceback" not in message and len(message) < 300, (what, message)
        assert page.model.design == before, what
    assert page.model.undo_stack.count() == undo_before  # nothing to undo: nothing happened


@pytest.mark.parametrize("shape", [(1, -8, 8), (0,), (1, 3.5, 8), (2.0,)])
def test_a_picture_is_not_resized_to_an_impossible_input(shape):
    with pytest.raises(InputError):
        image_size_of(shape)


def test_a_size_past_2_31_typed_in_the_inspector_is_refused(network_page, qtbot):
    """The inspector's size field (kernel_size, stride, padding) took '99999999999999999999'
    and the canvas raised OverflowError on it (the long monkey run, seed 4)."""
    from PySide6.QtWidgets import QLineEdit

    page = network_page
    page.open_preset("lenet_digits")
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=20_000)
    page.canvas.setCurrentRow(0)  # Conv2d
    edit = page.inspector.findChild(QLineEdit, "setting_stride")
    before = page.model.design
    edit.setText("99999999999999999999")
    edit.editingFinished.emit()
    assert page.model.design == before
    assert "whole number" in page.inspector.verdict.text()
