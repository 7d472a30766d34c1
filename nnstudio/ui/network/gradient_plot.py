"""Per-layer gradient norms per epoch on a log scale: vanishing gradients made visible.

Each layer has its colour (layer_colours, as in every view) and a label at the end of its
curve (labels pushed apart so they never overlap). Earlier runs stay on the plot, each in its
own dash pattern and named in the legend, so a deep sigmoid network can be compared with the
same network using ReLU; the x axis fits the current run, the y axis every run shown (the
comparison is the lesson); "Clear runs" removes the earlier ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .curve_history import CurveHistory
from .layer_colours import layer_colour
from .plot_export import export_png, light_grid, plot_widget, segment_lines
from .run_legend import KEEP_RUNS, add_legend, earlier_pen, run_label, runs_bar

if TYPE_CHECKING:  # torch types: the window must not import torch at start-up
    from ...nn.gradients import GradientNorms

LABEL_GAP_PX = 13  # vertical room of one end label
# Epoch markers while a curve has at most this many points. Past that they merge into the
# line and tell nothing, and drawing a thousand of them per layer made every redraw of a
# long run dearer (13 ms at epoch 100, 56 ms at epoch 3,000).
MARKERS_UP_TO = 60


def spread(positions: np.ndarray, gap: float, high: float) -> np.ndarray:
    """`positions` moved as little as needed to be at least `gap` apart and none above `high`
    (the end labels of curves that end close together)."""
    order = np.argsort(positions, kind="stable")
    placed = np.asarray(positions, np.float64)[order].copy()
    for i in range(1, len(placed)):  # push up
        placed[i] = max(placed[i], placed[i - 1] + gap)
    overshoot = placed[-1] - high if len(placed) else 0.0
    if overshoot > 0:  # then slide down from the top, keeping the gaps
        placed[-1] -= overshoot
        for i in range(len(placed) - 2, -1, -1):
            placed[i] = min(placed[i], placed[i + 1] - gap)
    out = np.empty_like(placed)
    out[order] = placed
    return out


class _Run:
    """One run's curves: a layer name -> curve and bounded history."""

    def __init__(self, plot: pg.PlotItem, label: str, run_id=None) -> None:
        self.plot, self.label, self.run_id = plot, label, run_id
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.histories: dict[str, CurveHistory] = {}
        self.colours: dict[str, pg.QtGui.QColor] = {}
        self.age = 0
        self.pending = False  # points recorded that the curves do not show yet
        # The legend's sample: the run's line style in gray (its layers have their colours).
        self.key = pg.PlotDataItem(pen=pg.mkPen("#444444", width=2), name=label)
        plot.addItem(self.key, ignoreBounds=True)

    def add(self, epoch: float, norms: GradientNorms) -> None:
        count = norms.layer_count or len(norms.names)
        indices = norms.indices or tuple(range(len(norms.names)))
        for name, index, value in zip(norms.names, indices, norms.norms):
            if name not in self.curves:
                colour = self.colours[name] = layer_colour(index, count)
                curve = segment_lines(pg.PlotDataItem(pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=5,
                                                      symbolBrush=colour, symbolPen=None))
                self.plot.addItem(curve)
                self.curves[name], self.histories[name] = curve, CurveHistory(500)
            # A log scale has no room for 0 (a layer that got no gradient), and a diverging run's
            # inf or NaN would make the range fit ask for an infinite view.
            if np.isfinite(value) and value > 0 and np.isfinite(epoch):
                self.histories[name].append(float(epoch), float(value))

    def draw(self) -> None:
        """The curves take the histories (add() only records: see GradientPlot.add_epoch)."""
        self.pending = False
        for name, curve in self.curves.items():
            history = self.histories[name]
            if len(history) > MARKERS_UP_TO and curve.opts["symbol"] is not None:
                curve.setSymbol(None)
            curve.setData(history.x, history.y)

    def dim(self) -> None:
        self.age += 1
        for name, curve in self.curves.items():
            curve.setPen(earlier_pen(self.colours[name], self.age))
            curve.setSymbol(None)
        self.key.setPen(earlier_pen("#444444", self.age, width=2))

    def remove(self) -> None:
        for item in [*self.curves.values(), self.key]:
            self.plot.removeItem(item)

    def log_range(self) -> tuple[float, float] | None:
        values = [h.y for h in self.histories.values() if len(h)]
        if not values:
            return None
        logs = np.log10(np.concatenate(values))
        return float(logs.min()), float(logs.max())


class GradientPlot(QWidget):
    """start_run(name) begins a run (the curves so far stay, dashed); add_epoch(epoch, norms)
    appends one point per layer; clear_earlier() is "Clear runs"; clear() empties the plot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plot_widget(self)
        self.plot.setLogMode(y=True)
        light_grid(self.plot, y_spacing=[1.0])  # a line per decade
        self.plot.setLabel("bottom", self.tr("epoch"))
        self.plot.setLabel("left", self.tr("gradient norm (log scale)"))
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.plot.setDownsampling(auto=True, mode="peak")  # for every curve added
        self.plot.setClipToView(True)
        self.setToolTip(self.tr("How much each layer learns: the norm of its gradient per epoch."))
        self.legend = add_legend(self.plot.getPlotItem(), offset=(10, 8))  # left: off the end labels
        bar, self.clear_button = runs_bar(self, self.clear_earlier)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.plot)
        self.runs: list[_Run] = []
        self.labels: dict[str, pg.TextItem] = {}  # the current run's end labels
        # The room kept for the end labels is measured in pixels: refit when they change (the
        # axis' tick labels widen, the view is first shown after training while hidden).
        self.plot.getViewBox().sigResized.connect(self._refit)

    # --- what the tests and the inside panel read ------------------------------------------
    @property
    def current(self) -> _Run | None:
        return self.runs[-1] if self.runs else None

    @property
    def curves(self) -> dict[str, pg.PlotDataItem]:
        self._draw_pending()
        return self.current.curves if self.current else {}

    @property
    def run_name(self) -> str:
        return self.current.label if self.current else ""

    @property
    def earlier_runs(self) -> list[str]:
        return [run.label for run in self.runs[:-1]]

    # --- feeding -----------------------------------------------------------------------------
    def start_run(self, name: str, settings: str = "", run_id=None) -> None:
        """Begin a new run called `name` (with `settings` in its legend entry)."""
        if self.isVisible():  # hidden, the earlier run's last points are drawn when shown
            self._draw_pending()
        if self.current is not None and not self.current.curves:
            self.runs.pop().remove()  # a run that never got a point leaves no trace
        for run in self.runs:
            run.dim()
        while len(self.runs) > KEEP_RUNS:
            self.runs.pop(0).remove()
        self._drop_labels()
        self.runs.append(_Run(self.plot.getPlotItem(), run_label(name, settings), run_id))
        self.clear_button.setEnabled(len(self.runs) > 1)

    def add_epoch(self, epoch: float, norms: GradientNorms, run_id=None) -> None:
        """One point per layer; dropped when `run_id` names another run than the current."""
        if self.current is None:
            self.start_run(self.tr("run"), run_id=run_id)
        elif None not in (run_id, self.current.run_id) and run_id != self.current.run_id:
            return
        elif self.current.curves and list(norms.names) != list(self.current.curves):
            old = self.runs.pop()  # another network: its layers are other curves
            old.remove()
            self.runs.append(_Run(self.plot.getPlotItem(), old.label, old.run_id))
            self._drop_labels()
        run = self.current
        run.add(epoch, norms)
        for name, colour in run.colours.items():
            if name not in self.labels:
                self.labels[name] = pg.TextItem(name, color=colour, anchor=(0, 0.5))
                self.labels[name].textItem.document().setDocumentMargin(0)
                self.plot.addItem(self.labels[name], ignoreBounds=True)
        # Drawn now only when on screen: while another view is shown, the points wait for
        # showEvent (or a reader of `curves`), and the epochs train without the redraws.
        run.pending = True
        if self.isVisible():
            self._draw_pending()

    def _draw_pending(self) -> None:
        pending = [run for run in self.runs if run.pending]
        for run in pending:
            run.draw()
        if pending:
            self._fit()
            self._place_labels()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._refit()

    def _refit(self) -> None:
        self._draw_pending()
        if self.current is not None and self.current.curves:
            self._fit()
            self._place_labels()

    def clear_earlier(self) -> None:
        for run in self.runs[:-1]:
            run.remove()
        self.runs = self.runs[-1:]
        self.clear_button.setEnabled(False)
        self._fit()

    def clear(self) -> None:
        for run in self.runs:
            run.remove()
        self.runs = []
        self._drop_labels()
        self.clear_button.setEnabled(False)

    # --- layout ------------------------------------------------------------------------------
    def _fit(self) -> None:
        run = self.current
        last = max((h.x[-1] for h in run.histories.values() if len(h)), default=1.0) if run else 1.0
        # Room on the right for the end labels (drawn at screen size, so measured in pixels):
        # the last epoch sits a label's width left of the right edge.
        pixels = self.plot.getViewBox().width()
        label = max((item.boundingRect().width() for item in self.labels.values()), default=0.0) + 8
        share = min(label / pixels, 0.6) if pixels > 0 else 0.3
        self.plot.setXRange(0, (last + 0.5) / (1 - share), padding=0)
        ranges = [r for r in (run.log_range() for run in self.runs) if r is not None]
        if ranges:
            low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
            self.plot.setYRange(low - 0.3, high + 0.3, padding=0)

    def _place_labels(self) -> None:
        run = self.current
        if run is None or not self.labels:
            return
        ends = {name: h for name, h in run.histories.items() if len(h) and name in self.labels}
        if not ends:
            return
        names = list(ends)
        wanted = np.array([np.log10(ends[n].y[-1]) for n in names])
        high = self.plot.getViewBox().viewRange()[1][1]
        # A label's height in pixels (it is drawn at screen size) in view units.
        pixels = max(max(label.boundingRect().height() for label in self.labels.values()), LABEL_GAP_PX)
        gap = (pixels + 1) * abs(self.plot.getViewBox().viewPixelSize()[1])
        for name, y in zip(names, spread(wanted, gap, high)):
            self.labels[name].setPos(ends[name].x[-1], y)

    def _drop_labels(self) -> None:
        for label in self.labels.values():
            self.plot.removeItem(label)
        self.labels = {}

    def export_png(self, path: str | Path) -> Path:
        self._draw_pending()
        return export_png(self.plot.getPlotItem(), path)
