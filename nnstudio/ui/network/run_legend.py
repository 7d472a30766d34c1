"""How the plots tell runs apart: the current run solid, each earlier run in its own dash
pattern and fainter the older it is, a legend entry per run, and a "Clear runs" button.
Shared by the loss/accuracy plots and the gradient plot, so the same run looks the same in
both."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

#: Earlier runs, newest first: a pattern each, so two earlier runs never look alike.
EARLIER_STYLES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
                  Qt.PenStyle.DashDotDotLine)
KEEP_RUNS = len(EARLIER_STYLES)  # earlier runs kept on a plot


def earlier_pen(colour, age: int, width: float = 1.5) -> pg.QtGui.QPen:
    """The pen of the run `age` runs before the current one (1 = the one just before)."""
    faded = pg.mkColor(colour)
    faded.setAlpha(max(150 - 25 * (age - 1), 60))
    return pg.mkPen(faded, width=width, style=EARLIER_STYLES[(age - 1) % len(EARLIER_STYLES)])


def run_settings(config) -> str:
    """A training configuration's key settings in a few words, for a run's legend entry:
    "Adam, lr 0.05, batch 4"."""
    optimiser = {"adam": "Adam", "sgd": "SGD"}.get(config.optimizer, config.optimizer)
    return QCoreApplication.translate("RunLegend", "{optimiser}, lr {lr:g}, batch {batch}").format(
        optimiser=optimiser, lr=config.lr, batch=config.batch_size)


def run_label(name: str, settings: str = "") -> str:
    return QCoreApplication.translate("RunLegend", "{name} · {settings}").format(
        name=name, settings=settings) if settings else name


#: Room an entry needs beside its name: the line sample, the spacing and the frame.
SAMPLE_PX = 48
MIN_NAME_PX = 60


class FittedLegend(pg.LegendItem):
    """A legend whose entries never run past its plot: a run's name that does not fit the view
    (a narrow window, Korean glyphs, a long preset name) is elided in the middle, and the
    legend's tooltip holds every name whole. pyqtgraph's legend only grows, off the plot's
    edge on the side it is not anchored to."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.full_names: list[str] = []

    def addItem(self, item, name) -> None:  # noqa: N802 (pyqtgraph's name)
        super().addItem(item, name)
        self.items[-1][1].full_text = name
        self.fit()

    def removeItem(self, item) -> None:  # noqa: N802
        super().removeItem(item)
        self.fit()

    def fit(self, *_) -> None:
        view = self.parentItem()
        if view is None:
            return
        room = max(view.width() - abs(self.opts["offset"][0]) - SAMPLE_PX, MIN_NAME_PX)
        font = QFont()
        font.setPointSizeF(float(str(self.opts["labelTextSize"]).removesuffix("pt")))
        metrics = QFontMetricsF(font)
        self.full_names = [getattr(label, "full_text", label.text) for _, label in self.items]
        for (_, label), name in zip(self.items, self.full_names):
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room)
            if shown != label.text:
                label.setText(shown)
        self.setToolTip("\n".join(self.full_names))
        self.updateSize()


def add_legend(plot: pg.PlotItem, offset=(-8, 8)) -> FittedLegend:
    """Top right unless told (offset as pyqtgraph's: negative counts from the right/bottom)."""
    legend = FittedLegend(offset=offset, labelTextSize="8pt", verSpacing=-6,
                          brush=pg.mkBrush(255, 255, 255, 210), pen=pg.mkPen("#cccccc"))
    legend.setParentItem(plot.vb)
    plot.legend = legend  # where pyqtgraph's addItem looks for it: named curves join it
    legend.setLabelTextColor("#222222")
    plot.vb.sigResized.connect(legend.fit)
    return legend


def runs_bar(parent: QWidget, on_clear) -> tuple[QHBoxLayout, QToolButton]:
    """A row with the "Clear runs" button at its right; the caller adds its own widgets left."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    button = QToolButton(parent, objectName="clear_runs")
    button.setText(QCoreApplication.translate("RunLegend", "Clear runs"))
    button.setToolTip(QCoreApplication.translate(
        "RunLegend", "Remove the earlier runs (dashed) from the plot; the current run stays."))
    button.setEnabled(False)
    button.clicked.connect(on_clear)
    row.addStretch(1)
    row.addWidget(button)
    return row, button
