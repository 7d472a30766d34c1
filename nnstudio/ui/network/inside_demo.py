"""Every "inside the network" view in one window, fed by the shipped presets trained on the
spot with the app's trainer.

    python -m nnstudio.ui.network.inside_demo                  # a window
    python -m nnstudio.ui.network.inside_demo --save DIR       # PNGs of the window and each view

lenet_digits: activations, kernels, histograms, confusion matrix, graph and draw-to-predict.
mlp_spiral: the decision boundary. deep_sigmoid_spiral and deep_relu_spiral (the same six
hidden layers, two activations): the gradient plot (vanishing gradients).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from nnstudio.ui.app import create_application
from nnstudio.ui.picture_files import save_png


def _train(preset: str, epochs: int, every_epoch=None):
    """The preset trained by the app's trainer on the CPU; `every_epoch(epoch, model)` is called
    after each epoch (the gradients left are the epoch's last batch's, as the Network tab reads them)."""
    from nnstudio.nn.design_source import open_design_and_data
    from nnstudio.nn.train import Trainer, with_overrides

    design, data = open_design_and_data(preset)
    trainer = Trainer(design, data, with_overrides(design.training, epochs=epochs, device="cpu"))
    for result in trainer.epochs():
        if every_epoch is not None:
            every_epoch(result.epoch, trainer.model)
    return trainer.model.eval(), data


def build_models(epochs: float = 1.0):
    """Train the presets (`epochs` scales every run, for a quick smoke test); returns everything
    the views are fed with."""
    import torch

    from nnstudio.nn.gradients import gradient_norms
    from nnstudio.nn.weights import weight_histograms

    torch.set_num_threads(1)
    scaled = lambda n: max(1, round(n * epochs))  # noqa: E731
    histograms = []
    lenet, digits = _train("lenet_digits", scaled(10),
                           lambda e, m: histograms.append((e, weight_histograms(m))))
    mlp, spiral = _train("mlp_spiral", scaled(60))
    deep_records = {}
    for preset in ("deep_relu_spiral", "deep_sigmoid_spiral"):
        records = deep_records[preset] = []
        _train(preset, scaled(40), lambda e, m, r=records: r.append((e, gradient_norms(m))))
    return dict(
        lenet=lenet, histograms=histograms, x_test=digits.x_test, y_test=digits.y_test,
        mlp=mlp, points=spiral.x_test, labels=spiral.y_test, deep_records=deep_records,
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
        self.window.setWindowTitle(QCoreApplication.translate("InsideDemo", "nnstudio: inside the network"))
        grid = QGridLayout(self.window)
        self.views = {}

        def place(key, title, widget, row, col, rowspan=1, colspan=1):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, row, col, rowspan, colspan)
            self.views[key] = (box, widget)

        self.activations = ActivationGrid()
        self.activations.show_activations(capture_activations(lenet, x_test[:1]))
        place("activations", QCoreApplication.translate("InsideDemo", "Activation maps (lenet_digits, a test digit {digit})").format(digit=y_test[0]),
              self.activations, 0, 0, 2, 1)

        self.decision = DecisionView()
        g = plane_grid(data["points"], steps=100)
        self.decision.show_decision(g, probe_plane(data["mlp"], g), data["points"], data["labels"])
        place("decision", QCoreApplication.translate("InsideDemo", "Decision boundary (mlp_spiral, test points)"), self.decision, 0, 1, 1, 2)

        self.gradients = GradientPlot()
        from nnstudio.nn.design import load_design

        from .run_legend import run_settings

        for preset, records in data["deep_records"].items():
            self.gradients.start_run(preset, run_settings(load_design(preset).training))
            for epoch, norms in records:
                self.gradients.add_epoch(epoch, norms)
        place("gradients", QCoreApplication.translate("InsideDemo", "Vanishing gradients: deep_sigmoid_spiral against deep_relu_spiral"),
              self.gradients, 0, 3)

        self.weights = WeightsView()
        self.weights.show_kernels(conv_kernels(lenet), "1: Conv2d")
        for epoch, histograms in data["histograms"]:
            self.weights.add_histograms(epoch, histograms)
        place("weights", QCoreApplication.translate("InsideDemo", "Learned weights"), self.weights, 1, 1)

        self.draw = DrawCanvas((1, 8, 8), digits)
        self.draw.set_predictor(lambda x: predict_probabilities(lenet, x[None])[0])
        # A "7", drawn as a mouse would.
        self.draw.pad.stroke([(70, 60), (210, 60), (150, 140), (115, 225)])
        place("draw", QCoreApplication.translate("InsideDemo", "Draw to predict"), self.draw, 1, 2)

        predicted = predict_probabilities(lenet, x_test).argmax(1)
        self.confusion = ConfusionView()
        self.confusion.show_confusion(confusion_matrix(y_test, predicted, 10), digits)
        wrong = misclassified(y_test, predicted)
        self.confusion.show_misclassified(x_test[wrong, 0], y_test[wrong], predicted[wrong], digits)
        place("confusion", QCoreApplication.translate("InsideDemo", "Evaluation on the test split"), self.confusion, 1, 3)

        self.graph = GraphView()
        self.graph.show_graph(layer_graph(lenet, (1, 8, 8)), (1, 8, 8))
        place("graph", QCoreApplication.translate("InsideDemo", "Graph"), self.graph, 0, 4, 2, 1)
        for col, stretch in enumerate((3, 2, 2, 3, 2)):
            grid.setColumnStretch(col, stretch)

    def save(self, folder: Path) -> list[Path]:
        from PySide6.QtWidgets import QApplication

        folder.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        paths = [folder / "inside-window.png"]
        save_png(self.window.grab(), paths[0])
        for key, (box, _) in self.views.items():
            paths.append(save_png(box.grab(), folder / f"inside-{key}.png"))
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
