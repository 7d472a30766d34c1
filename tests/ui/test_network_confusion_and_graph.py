import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
import torch
from PySide6.QtGui import QImage
from torch import nn

from nnstudio.core.evaluation import confusion_matrix, misclassified
from nnstudio.nn.layer_graph import layer_graph
from nnstudio.ui.network.confusion_view import ConfusionView
from nnstudio.ui.network.graph_view import GraphView


@pytest.fixture
def make(shown):
    return lambda cls: shown(cls, 700, 500)


def test_confusion_matrix_cells_show_the_counts(make, tmp_path):
    view = make(ConfusionView)
    true = np.array([0, 0, 1, 1, 1, 2, 2, 2, 2])
    pred = np.array([0, 1, 1, 1, 0, 2, 2, 2, 1])
    matrix = confusion_matrix(true, pred, 3)
    view.show_confusion(matrix, ["cat", "dog", "owl"])
    texts = [item.textItem.toPlainText() for item in view.count_items]
    assert texts == [str(v) for v in matrix.ravel()]
    # Cell (r, c) sits at (c + 0.5, r + 0.5): row = true, column = predicted.
    item = view.count_items[2 * 3 + 1]
    assert (item.pos().x(), item.pos().y()) == (1.5, 2.5) and texts[7] == "1"
    assert view.image.image.shape == (3, 3, 3)
    assert "66.7% of 9 samples" in view.summary.text()
    assert view.plot.getAxis("left")._tickLevels[0][1][1] == "dog"
    assert view.export_png(tmp_path / "cm.png").stat().st_size > 1000


def test_gallery_lists_the_misclassified_with_labels(make):
    view = make(ConfusionView)
    images = np.random.default_rng(0).random((9, 8, 8))
    true = np.array([0, 0, 1, 1, 1, 2, 2, 2, 2])
    pred = np.array([0, 1, 1, 1, 0, 2, 2, 2, 1])
    wrong = misclassified(true, pred)
    view.show_misclassified(images[wrong], true[wrong], pred[wrong], ["cat", "dog", "owl"])
    assert view.captions == ["said dog\nis cat", "said cat\nis dog", "said dog\nis owl"]
    assert view.gallery_grid.count() == 3
    view.show_misclassified(images, true, pred, limit=4)
    assert view.gallery_grid.count() == 4 and "first 4 shown" in view.gallery_title.text()


def test_graph_shows_layers_and_shapes_and_exports(make, tmp_path):
    view = make(GraphView)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(64, 10))
    view.show_graph(layer_graph(model, (1, 8, 8)), (1, 8, 8))
    x = torch.zeros(1, 1, 8, 8)
    expected = ["(N, 1, 8, 8)"]
    for layer in model:
        x = layer(x)
        expected.append("(N, " + ", ".join(map(str, x.shape[1:])) + ")")
    assert view.edge_texts == expected
    assert view.box_texts[0] == "Input" and view.box_texts[1].startswith("1: Conv2d 1, 4, kernel_size=(3, 3)")
    assert "40 parameters" in view.box_texts[1] and view.box_texts[-1] == "Output"
    png = view.export_png(tmp_path / "g.png")
    image = QImage(str(png))
    assert image.height() > image.width() > 200
    svg = view.export_svg(tmp_path / "g.svg")
    root = ET.parse(svg).getroot()
    text = "".join(root.itertext())
    assert "(N, 4, 4, 4)" in text and "MaxPool2d" in text
    assert re.search(r"svg", root.tag)
