"""The Neurons view of the 2-4-2 XOR network: spread over its space, labelled, biases shown,
and a stated width scale under which a 1e-5 weight is a hairline."""

from __future__ import annotations

import numpy as np
import torch

from nnstudio.nn.build import build_model
from nnstudio.nn.design import load_design
from nnstudio.ui.network.neuron_view import MIN_WIDTH, NeuronView, linear_weights


def xor_view(shown, width=290, height=520):
    view = shown(NeuronView, width, height)
    design = load_design("mlp_xor")
    view.set_design(tuple(design.input), design.layers)
    torch.manual_seed(0)
    model = build_model(design, 2)
    return view, design, model


def texts(view) -> list[str]:
    return [text for _, text, _, _ in view.texts]


def network_lines(view):
    return view.lines[: 2 * 4 + 4 * 2]  # the weights; the key's samples come after


def test_columns_spread_over_the_width_and_everything_is_labelled(shown):
    view, design, model = xor_view(shown)
    view.set_weights(linear_weights(model.state_dict(), design.layers))
    columns = view.positions()
    assert [len(c) for c in columns] == [2, 4, 2]
    assert columns[0][0].x() < 0.2 * view.width() and columns[-1][0].x() > 0.7 * view.width()
    shown_texts = texts(view)
    for label in ("Input", "Hidden 1 (Tanh)", "Output", "x1", "x2", "out 0", "out 1"):
        assert label in shown_texts
    # Every drawn text lies inside the widget.
    for rect, _, _, _ in view.texts:
        assert view.rect().toRectF().contains(rect.center())


def test_biases_are_shown_as_the_model_has_them(shown):
    view, design, model = xor_view(shown)
    view.set_weights(linear_weights(model.state_dict(), design.layers))
    biases = [f"b {v:+.2f}" for v in [*model[0].bias.tolist(), *model[2].bias.tolist()]]
    assert [t for t in texts(view) if t.startswith("b ")] == biases
    fills = [fill for _, _, fill in view.neurons]
    assert fills[0].name() == "#fafafa"  # an input has no bias
    assert fills[2].name() != "#fafafa"


def test_width_scale_is_relative_stated_and_never_fattens_tiny_weights(shown):
    view, design, _ = xor_view(shown)
    tiny = [np.full((4, 2), 1e-5), np.full((2, 4), 1e-5)]
    view.set_weights(tiny)
    assert all(width < MIN_WIDTH + 0.01 for *_, width in network_lines(view))
    assert "1" in texts(view) and "|weight|:" in texts(view)  # the key: thickest line = 1
    mixed = [np.array([[3.0, 1e-5]] * 4), np.full((2, 4), 1.5)]
    view.set_weights(mixed)
    widths = [width for *_, width in network_lines(view)]
    assert widths[0] > 5 and widths[1] < MIN_WIDTH + 0.01  # 3.0 thick, 1e-5 a hairline
    assert "3" in texts(view) and "1.5" in texts(view)  # the key states the reference and its half


def _overlap(a, b) -> bool:
    return a.intersects(b) and a.intersected(b).width() > 1 and a.intersected(b).height() > 1


def test_a_narrow_view_wraps_titles_and_key_instead_of_cutting_or_overlapping(shown):
    """In a 1024-pixel window the side column is about 230 pixels wide: the column titles
    wrap onto two lines and the key onto more rows, every text inside its box and the view."""
    from PySide6.QtGui import QFontMetrics

    view, design, model = xor_view(shown, width=230)
    view.set_weights(linear_weights(model.state_dict(), design.layers))
    metrics = QFontMetrics(view.font())
    boxes = []
    for rect, text, align, _ in view.texts:
        needed = metrics.boundingRect(rect.toRect(), int(align), text)
        assert rect.toRect().adjusted(-1, -1, 1, 1).contains(needed), (text, rect, needed)
        assert view.rect().adjusted(-1, -1, 1, 1).contains(needed), (text, needed)
        if not text.startswith("b "):  # biases sit on their lines, on a backdrop
            boxes.append((text, needed))
    titles = [b for t, b in boxes if t in ("Input", "Hidden 1 (Tanh)", "Output")]
    assert len(titles) == 3 and not any(_overlap(a, b) for i, a in enumerate(titles) for b in titles[i + 1:])


def test_the_page_names_the_outputs_with_the_data_sets_classes(network_page, qtbot):
    """Outputs read as the classes they stand for, and follow a change of data set."""
    from dataclasses import replace

    page = network_page
    page.open_preset("mlp_xor")
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    data = page.network.data
    assert [t for t in texts(page.neurons) if t.startswith("class ")] == [f"class {n}" for n in data.class_names]
    page.network.set_data(replace(data, class_names=("off", "on")))
    assert [t for t in texts(page.neurons) if t.startswith("class ")] == ["class off", "class on"]
    assert "out 0" not in texts(page.neurons)
