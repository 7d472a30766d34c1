"""Every "inside the network" view in one window, fed by small networks trained on the spot.

    python -m nnstudio.ui.network.inside_demo                  # a window
    python -m nnstudio.ui.network.inside_demo --save DIR       # PNGs of the window and each view

LeNet-like CNN on the 8x8 digits: activations, kernels, histograms, confusion matrix, graph and
draw-to-predict. A 2-8-8-2 MLP on a 2-D circle data set: the decision boundary. A deep sigmoid
MLP and the same with ReLU on the same data: the gradient plot (vanishing gradients).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from nnstudio.ui.app import create_application


def _digits_split(seed: int = 0):
    from nnstudio.core.datasets import load_digits

    images, labels = load_digits()
    x = images[:, None].astype(np.float32) / 16  # the [0, 1] range of core.model_input
    order = np.random.default_rng(seed).permutation(len(x))
    cut = int(0.8 * len(x))
    return x[order[:cut]], labels[order[:cut]], x[order[cut:]], labels[order[cut:]]


def _circle(n: int = 300, seed: int = 0):
    rng = np.random.default_rng(seed)
    radius = np.concatenate([rng.uniform(0, 2, n // 2), rng.uniform(3, 5, n - n // 2)])
    angle = rng.uniform(0, 2 * np.pi, n)
    x = np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1) + rng.normal(0, 0.3, (n, 2))
    return x.astype(np.float32), (radius > 2.5).astype(np.int64)


def build_models(epochs: float = 1.0):
    """Train the small networks (`epochs` scales every run, for a quick smoke test); returns
    everything the views are fed with."""
    import torch
    from torch import nn

    from nnstudio.nn.quick_fit import quick_fit

    torch.manual_seed(0)
    torch.set_num_threads(1)
    lenet = nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10),
    )
    x_train, y_train, x_test, y_test = _digits_split()
    lenet_records = list(quick_fit(lenet, x_train, y_train, epochs=max(1, round(12 * epochs)), lr=5e-3))
    points, labels = _circle()
    mlp = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 2))
    list(quick_fit(mlp, points, labels, epochs=max(1, round(60 * epochs)), lr=2e-2, batch_size=32))
    deep_records = {}
    for activation in (nn.ReLU, nn.Sigmoid):  # the same deep network, two activations
        torch.manual_seed(0)
        layers: list[nn.Module] = []
        for a, b in zip([2] + [16] * 6, [16] * 6):
            layers += [nn.Linear(a, b), activation()]
        deep = nn.Sequential(*layers, nn.Linear(16, 2))
        deep_records[activation.__name__] = list(quick_fit(deep, points, labels, epochs=max(1, round(20 * epochs)), lr=1e-3, batch_size=32))
    return dict(
        lenet=lenet, lenet_records=lenet_records, x_test=x_test, y_test=y_test,
        mlp=mlp, points=points, labels=labels, deep_records=deep_records,
    )


class InsideDemo:
    """The window: all seven views in a grid, fed once."""

    def __init__(self, data: dict) -> None:
        from PySide6.QtWidgets import QGridLayout, QGroupBox, QVBoxLayout, QWidget

        from nnstudio.core.decision_grid import plane_grid
        from nnstudio.core.evaluation import confusion_matrix, misclassified
        from nnstudio.nn.activations import capture_activations
        from nnstudio.nn.layer_graph import layer_graph
        from nnstudio.nn.predict import predict_probabilities
        from nnstudio.nn.probe import probe_plane
        from nnstudio.nn.weights import conv_kernels

        from .activation_grid import ActivationGrid
        from .confusion_view import ConfusionView
        from .decision_view import DecisionView
        from .draw_canvas import DrawCanvas
        from .gradient_plot import GradientPlot
        from .graph_view import GraphView
        from .weights_view import WeightsView

        lenet, x_test, y_test = data["lenet"], data["x_test"], data["y_test"]
        digits = [str(i) for i in range(10)]
        self.window = QWidget()
        self.window.setWindowTitle("nnstudio: inside the network")
        grid = QGridLayout(self.window)
        self.views = {}

        def place(key, title, widget, row, col, rowspan=1, colspan=1):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, row, col, rowspan, colspan)
            self.views[key] = (box, widget)

        self.activations = ActivationGrid()
        self.activations.show_activations(capture_activations(lenet, x_test[:1]))
        place("activations", f"Activation maps (a test digit {y_test[0]})", self.activations, 0, 0, 2, 1)

        self.decision = DecisionView()
        g = plane_grid(data["points"], steps=100)
        self.decision.show_decision(g, probe_plane(data["mlp"], g), data["points"], data["labels"])
        place("decision", "Decision boundary (2-8-8-2 MLP, tanh)", self.decision, 0, 1, 1, 2)

        self.gradients = GradientPlot()
        for activation, records in data["deep_records"].items():
            self.gradients.start_run(f"deep {activation}")
            for record in records:
                self.gradients.add_epoch(record.epoch, record.gradients)
        place("gradients", "Vanishing gradients: 7 Linear layers, sigmoid vs ReLU", self.gradients, 0, 3)

        self.weights = WeightsView()
        self.weights.show_kernels(conv_kernels(lenet), "0: Conv2d")
        for record in data["lenet_records"]:
            self.weights.add_histograms(record.epoch, record.histograms)
        place("weights", "Learned weights", self.weights, 1, 1)

        self.draw = DrawCanvas((1, 8, 8), digits)
        self.draw.set_predictor(lambda x: predict_probabilities(lenet, x[None])[0])
        # A "7", drawn as a mouse would.
        self.draw.pad.stroke([(70, 60), (210, 60), (150, 140), (115, 225)])
        place("draw", "Draw to predict", self.draw, 1, 2)

        predicted = predict_probabilities(lenet, x_test).argmax(1)
        self.confusion = ConfusionView()
        self.confusion.show_confusion(confusion_matrix(y_test, predicted, 10), digits)
        wrong = misclassified(y_test, predicted)
        self.confusion.show_misclassified(x_test[wrong, 0], y_test[wrong], predicted[wrong], digits)
        place("confusion", "Evaluation on the test split", self.confusion, 1, 3)

        self.graph = GraphView()
        self.graph.show_graph(layer_graph(lenet, (1, 8, 8)), (1, 8, 8))
        place("graph", "Graph", self.graph, 0, 4, 2, 1)
        for col, stretch in enumerate((3, 2, 2, 3, 2)):
            grid.setColumnStretch(col, stretch)

    def save(self, folder: Path) -> list[Path]:
        from PySide6.QtWidgets import QApplication

        folder.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        paths = [folder / "inside-window.png"]
        self.window.grab().save(str(paths[0]))
        for key, (box, _) in self.views.items():
            path = folder / f"inside-{key}.png"
            box.grab().save(str(path))
            paths.append(path)
        return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nnstudio.ui.network.inside_demo", description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write PNGs of the window and each view to this folder and quit")
    args = parser.parse_args(argv)
    app = create_application(offscreen=args.save is not None)
    demo = InsideDemo(build_models())
    demo.window.resize(2600, 1400)
    demo.window.show()
    if args.save is not None:
        for path in demo.save(args.save):
            print(path)
        demo.window.close()
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
