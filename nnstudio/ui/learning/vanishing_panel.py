"""Vanishing gradients, side by side: deep_sigmoid_spiral and deep_relu_spiral trained at the
same time, on the same spiral from the same seed, differing only in their activation.

Left: each layer's gradient norm after the latest epoch, on a log scale, both networks on one
axis (the sigmoid's falls by orders of magnitude towards the first layer; ReLU's stays level).
Right: both networks' training and test loss per epoch. The numbers come from nn.side_by_side
(the gradients of the training loss over the whole training split, as torch.autograd gives them).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..network.plot_export import light_grid, plot_widget
from .worker_bar import WorkerBar

PAIR = ("deep_sigmoid_spiral", "deep_relu_spiral")
COLOURS = ((200, 50, 50), (20, 150, 70))  # sigmoid red, ReLU green, as in Activations and slopes
EPOCHS = 40  # the presets' own


def _side_by_side(epochs: int):
    def run(stop):
        from ...nn.side_by_side import side_by_side  # torch loads on the worker thread

        yield from side_by_side(stop, PAIR, epochs)

    return run


class VanishingPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vanishing_panel")
        intro = QLabel(self.tr(
            "Two networks of six hidden layers, the same in all but the activation: Sigmoid in one, "
            "ReLU in the other. Both train on the same spiral points from the same seed. Backpropagation "
            "multiplies by the activation's slope at every layer on the way back; the sigmoid's is at "
            "most 0.25, so the gradient shrinks layer by layer (vanishing gradient)."))
        intro.setWordWrap(True)
        self.bar = WorkerBar(self.tr("Train both"), "vanishing")
        self.bar.start_button.setToolTip(self.tr(
            "Train deep_sigmoid_spiral and deep_relu_spiral for {n} epochs, one epoch each in turn.").format(n=EPOCHS))
        self.bar.start_button.clicked.connect(self.start)
        self.bar.item_arrived.connect(self._on_epoch)
        self.gradients = plot_widget(self, title=self.tr("Gradient norm per layer (log scale)"))
        self.losses = plot_widget(self, title=self.tr("Loss per epoch: solid train, dashed test"))
        self.gradients.setLogMode(y=True)
        self.gradients.setLabel("bottom", self.tr("layer with weights (1 = first)"))
        self.gradients.getAxis("left").enableAutoSIPrefix(False)
        self.losses.setLabel("bottom", self.tr("epoch"))
        self.curves: dict[str, list[pg.PlotDataItem]] = {}
        for plot, corner in ((self.gradients, (-6, -6)), (self.losses, (-6, 40))):
            light_grid(plot)
            plot.addLegend(offset=corner, labelTextColor=(20, 20, 20), brush=pg.mkBrush(255, 255, 255, 220))
        for name, colour in zip(PAIR, COLOURS):
            pen = pg.mkPen(colour, width=2)
            self.curves[name] = [
                self.gradients.plot(pen=pen, symbol="o", symbolBrush=colour, symbolSize=7, name=name),
                self.losses.plot(pen=pen, name=name),
                self.losses.plot(pen=pg.mkPen(colour, width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine)),
            ]
        self.summary = QLabel(objectName="vanishing_summary")
        self.summary.setWordWrap(True)
        plots = QHBoxLayout()
        plots.addWidget(self.gradients)
        plots.addWidget(self.losses)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.bar)
        layout.addLayout(plots, 1)
        layout.addWidget(self.summary)
        self.history: dict[str, list] = {name: [] for name in PAIR}  # nn.side_by_side.SideEpoch
        self.summary.setText(self.tr("Press Train both: the figures appear after each epoch."))

    def start(self) -> None:
        self.history = {name: [] for name in PAIR}
        for curves in self.curves.values():
            for curve in curves:
                curve.setData([], [])
        self.bar.start(_side_by_side(EPOCHS), 2 * EPOCHS)

    def ready(self) -> bool:
        return not self.bar.running

    def _on_epoch(self, item) -> None:
        if item.name not in self.history:
            return
        self.history[item.name].append(item)
        self.bar.advance(sum(len(h) for h in self.history.values()))
        gradient, train, test = self.curves[item.name]
        norms = np.asarray(item.gradients.norms, np.float64)
        if (norms > 0).all():
            gradient.setData(np.arange(1, len(norms) + 1), norms)
        epochs = [h.epoch for h in self.history[item.name]]
        train.setData(epochs, [h.train_loss for h in self.history[item.name]])
        test.setData(epochs, [h.test_loss for h in self.history[item.name]])
        if all(self.history.values()):
            self._summarise()

    def _summarise(self) -> None:
        sigmoid, relu = (self.history[name][-1] for name in PAIR)
        epoch = min(sigmoid.epoch, relu.epoch)

        def ratio(item) -> str:
            norms = item.gradients.norms
            return f"{norms[0] / norms[-1]:.2g}" if norms[-1] > 0 else "?"

        self.summary.setText(self.tr(
            "After epoch {epoch}, the first layer's gradient divided by the last layer's: Sigmoid {s}, "
            "ReLU {r} (1 would mean every layer learns equally fast). Test accuracy: Sigmoid {sacc}, "
            "ReLU {racc}.").format(epoch=epoch, s=ratio(sigmoid), r=ratio(relu),
                                  sacc=f"{sigmoid.test_acc:.1%}", racc=f"{relu.test_acc:.1%}"))

    def shutdown(self) -> None:
        self.bar.shutdown()
