"""One numbering (from 1, as the designer numbers its blocks) and one colour per layer in the
designer, Activations, Gradients and Graph."""

from __future__ import annotations

import numpy as np
import torch
from PySide6.QtGui import QColor

from nnstudio.nn.activations import capture_activations
from nnstudio.nn.build import build_model
from nnstudio.nn.design import SPECS, load_design, validate
from nnstudio.nn.gradients import measure_gradient_norms
from nnstudio.nn.layer_graph import layer_graph
from nnstudio.ui.network.activation_grid import ActivationGrid
from nnstudio.ui.network.canvas import ARROW, DesignCanvas
from nnstudio.ui.network.gradient_plot import GradientPlot
from nnstudio.ui.network.graph_view import BOX_H, GAP, GraphView
from nnstudio.ui.network.layer_colours import layer_colour


def close(a: QColor, b: QColor, tolerance: int = 3) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_every_view_numbers_and_colours_a_layer_alike(shown):
    design = load_design("mlp_xor")  # Linear, Tanh, Linear
    torch.manual_seed(0)
    model = build_model(design, 2)
    count = len(design.layers)
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)
    designer_names = [f"{i + 1}: {layer['type']}" for i, layer in enumerate(design.layers)]

    grid = shown(ActivationGrid)
    grid.show_activations(capture_activations(model, x))
    for row, name in enumerate(designer_names):
        title = grid._rows[row][0].text
        assert name in title and layer_colour(row, count).name() in title

    plot = shown(GradientPlot)
    plot.add_epoch(1, measure_gradient_norms(model, x, np.array([0, 1, 1, 0])))
    assert list(plot.curves) == [designer_names[0], designer_names[2]]
    for name, index in ((designer_names[0], 0), (designer_names[2], 2)):
        assert plot.curves[name].opts["pen"].color().name() == layer_colour(index, count).name()

    graph = shown(GraphView)
    graph.show_graph(layer_graph(model, (2,)), (2,))
    assert [t.split(" ")[0] + " " + t.split(" ")[1] for t in graph.box_texts[1:-1]] == designer_names
    image = graph.render_image(scale=1.0)
    for index in range(count):  # the stripe down each layer box's left edge
        y = 10 + BOX_H + GAP + index * (BOX_H + GAP) + BOX_H // 2
        assert close(image.pixelColor(14, y), layer_colour(index, count))

    canvas = shown(DesignCanvas, 300, 400)
    analysis = validate(design, 2)
    canvas.show_layers(analysis.layers, design.layers, {n: s.group for n, s in SPECS.items()}, 0)
    picture = canvas.viewport().grab().toImage()
    for row in range(count):  # the block's number badge
        rect = canvas.visualItemRect(canvas.item(row))
        assert close(picture.pixelColor(rect.left() + 13, rect.top() + ARROW + 10), layer_colour(row, count))
