"""Names overfitting on the loss and accuracy plots when it happens.

A dashed line at the epoch of the lowest test loss on both plots, a tag on the loss plot,
and one sentence above them with the figures: how far the test loss rose while the training
loss fell, and the gap between train and test accuracy. Recomputed from the current run's
curves at every redraw (core.overfitting decides); it goes away when the run does.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from ...core.overfitting import Overfitting, detect_overfitting

COLOUR = "#ad1457"


class OverfitMarker(QObject):
    def __init__(self, loss: pg.PlotItem, acc: pg.PlotItem, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(objectName="overfit_note")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {COLOUR}")
        self.label.hide()
        pen = pg.mkPen(COLOUR, width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine)
        self.lines = [pg.InfiniteLine(angle=90, pen=pen, movable=False) for _ in (loss, acc)]
        self.tag = pg.TextItem(color=COLOUR, anchor=(0, 1))
        for plot, line in zip((loss, acc), self.lines):
            plot.addItem(line, ignoreBounds=True)
            line.hide()
        loss.addItem(self.tag, ignoreBounds=True)
        self.tag.hide()
        self.found: Overfitting | None = None

    def update(self, run) -> None:
        """Look at the current run's curves (a plots._Run, or None)."""
        found = None
        # The accuracy gap it names means nothing for a number to predict (regression).
        if run is not None and run.age == 0 and run.task != "regress":
            found = detect_overfitting(run.epochs, run.train_loss, run.test_loss,
                                       run.train_acc / 100, run.test_acc / 100)
        self.found = found
        for item in (*self.lines, self.tag):
            item.setVisible(found is not None)
        self.label.setVisible(found is not None)
        if found is None:
            return
        for line in self.lines:
            line.setValue(found.epoch)
        self.tag.setText(self.tr("overfitting from epoch {epoch}").format(epoch=f"{found.epoch:g}"))
        self.tag.setPos(found.epoch, found.best_test_loss)  # just above the lowest test loss
        self.label.setText(self.tr(
            "Overfitting from epoch {epoch}: since then the test loss rose from {best} to {now} while "
            "the training loss fell from {then} to {train}. Accuracy: train {train_acc}, test {test_acc}, "
            "a gap of {gap} points. The network learns its training points by heart; "
            "Dropout or weight decay (L2) narrow the gap.").format(
            epoch=f"{found.epoch:g}", best=f"{found.best_test_loss:.3f}", now=f"{found.test_loss:.3f}",
            then=f"{found.train_loss_then:.3f}", train=f"{found.train_loss:.3f}",
            train_acc=f"{found.train_acc:.1%}", test_acc=f"{found.test_acc:.1%}", gap=f"{100 * found.gap:.1f}"))
