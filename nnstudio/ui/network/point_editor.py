"""Placing points by hand on the data preview (the "my-points" data set).

A click adds a point of the chosen class where it lands, a right-click (or a click with the
eraser) removes the nearest point, and a drag moves one; the preview's PlacingViewBox hands
those to the editor while placing is on. The points are the data set
entry's (``extra.points``), so they are saved with the design; every edit hands a new entry
to the data panel, which loads it like any other data set (the run on screen, if any, is
put aside: it learned other points).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QToolButton,
                               QVBoxLayout, QWidget)

from ...core.errors import InputError
from ...core.point_set import load_points_csv, points_from_data, save_points_csv
from .class_points import CLASS_HEX, class_points

#: The classes offered for placing, each in the colour the views give it.
PLACEABLE_CLASSES = 4
#: The plane shown while placing (the built-in 2-D sets lie within it).
VIEW_RANGE = 1.5
#: A right-click or an eraser click removes the nearest point within this distance.
PICK_RADIUS = 0.12


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PlacingViewBox(pg.ViewBox):
    """The data preview's view box: while points are being placed, its clicks and drags go
    to the editor instead of the context menu and panning."""

    def __init__(self) -> None:
        super().__init__()
        self.editor: PointEditor | None = None

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph's name)
        if self.editor is not None and self.editor.active:
            self.editor.click(ev)
        else:
            super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802
        if self.editor is not None and self.editor.active:
            self.editor.drag(ev)
        else:
            super().mouseDragEvent(ev, axis)


class PointEditor(QWidget):
    """The controls for placing points, and the mouse handling on the preview plot."""

    points_edited = Signal(list)  # the new list of [x, y, class]
    said = Signal(str, bool)

    def __init__(self, plot: pg.PlotWidget, parent=None) -> None:
        super().__init__(parent)
        self.plot = plot
        self.points: list[list] = []
        self.active = False
        self.source_points: list[list] | None = None  # the last built-in 2-D set, to start from
        self.classes = QButtonGroup(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Class")))
        for k in range(PLACEABLE_CLASSES):
            button = QToolButton(objectName=f"point_class_{k}", text=str(k), checkable=True)
            button.setIcon(_swatch(CLASS_HEX[k]))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(self.tr("Place points of class {k}").format(k=k))
            self.classes.addButton(button, k)
            row.addWidget(button)
        self.classes.button(0).setChecked(True)
        self.eraser = QToolButton(objectName="point_eraser", text=self.tr("Eraser"), checkable=True)
        self.eraser.setToolTip(self.tr("Clicks remove the nearest point (a right-click always does)."))
        row.addStretch(1)
        self.start_from = QPushButton(self.tr("Copy a built-in set"), objectName="points_start_from")
        self.start_from.setToolTip(self.tr("Start from the points of the last 2-D set you used, to edit them."))
        self.clear = QPushButton(self.tr("Clear"), objectName="points_clear")
        self.clear.setToolTip(self.tr("Remove every point."))
        self.save = QPushButton(self.tr("Save…"), objectName="points_save")
        self.save.setToolTip(self.tr("Save the points as a CSV file of x, y, class."))
        self.open = QPushButton(self.tr("Open…"), objectName="points_open")
        self.open.setToolTip(self.tr("Open points from a CSV file of x, y, class."))
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.start_from, 0, 0, 1, 2)
        buttons.addWidget(self.clear, 0, 2)
        buttons.addWidget(self.open, 1, 0)
        buttons.addWidget(self.save, 1, 1)
        buttons.addWidget(self.eraser, 1, 2)  # beside the buttons: the class row has no room left for it
        hint = QLabel(self.tr("Click: add · drag: move · right-click: remove"), wordWrap=True)
        hint.setToolTip(self.tr("Click the plot to add a point of the chosen class; drag a point to move it; "
                                "right-click (or the eraser) removes the nearest point."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self.start_from.clicked.connect(self._start_from_source)
        self.clear.clicked.connect(lambda: self._edit([]))
        self.save.clicked.connect(self._ask_save)
        self.open.clicked.connect(self._ask_open)
        self._dragged: int | None = None
        plot.getViewBox().editor = self  # a PlacingViewBox hands its clicks and drags here while placing
        self.set_active(False)

    # --- state ----------------------------------------------------------------------------
    def set_active(self, active: bool, points: list | None = None) -> None:
        """Placing is on while the "my-points" set is chosen; the plot then stays put."""
        self.active = active
        self.setVisible(active)
        view = self.plot.getViewBox()
        if active:
            self.points = [list(p) for p in (points or [])]
            view.setRange(xRange=(-VIEW_RANGE, VIEW_RANGE), yRange=(-VIEW_RANGE, VIEW_RANGE), padding=0)
            self.draw()
        self.start_from.setEnabled(active and bool(self.source_points))

    def remember_source(self, data) -> None:
        """A built-in 2-D set was loaded: it can be the starting point."""
        if data.kind == "points" and data.input_shape == (2,):
            self.source_points = points_from_data(data)
            self.start_from.setEnabled(self.active)

    def draw(self) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        if self.points:
            array = np.asarray(self.points, dtype=np.float64)
            x, y, brushes = class_points(array[:, :2], array[:, 2])  # one brush per class, as the preview's
            item.addItem(pg.ScatterPlotItem(x, y, size=11, brush=brushes, pen=pg.mkPen("w", width=1)))
        self.plot.getViewBox().setRange(xRange=(-VIEW_RANGE, VIEW_RANGE), yRange=(-VIEW_RANGE, VIEW_RANGE), padding=0)

    # --- edits ----------------------------------------------------------------------------
    def _edit(self, points: list) -> None:
        self.points = points
        self.draw()
        self.points_edited.emit([list(p) for p in points])

    def _nearest(self, x: float, y: float) -> int | None:
        if not self.points:
            return None
        array = np.asarray(self.points, dtype=np.float64)[:, :2]
        distance = np.hypot(array[:, 0] - x, array[:, 1] - y)
        index = int(distance.argmin())
        return index if distance[index] <= PICK_RADIUS else None

    def _plane(self, scene_pos: QPointF) -> tuple[float, float] | None:
        view = self.plot.getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        x, y = float(point.x()), float(point.y())
        return (x, y) if abs(x) <= VIEW_RANGE and abs(y) <= VIEW_RANGE else None

    def click(self, event) -> None:
        """A click on the plane while placing: add a point, or remove the nearest."""
        event.accept()  # never the view's context menu while placing: a right-click removes
        if event.double():
            return
        where = self._plane(event.scenePos())
        if where is None:
            return
        erase = event.button() == Qt.MouseButton.RightButton or self.eraser.isChecked()
        if erase:
            index = self._nearest(*where)
            if index is not None:
                self._edit(self.points[:index] + self.points[index + 1:])
        elif event.button() == Qt.MouseButton.LeftButton:
            self._edit(self.points + [[round(where[0], 4), round(where[1], 4), self.classes.checkedId()]])

    def drag(self, event) -> None:
        """A drag while placing moves the point it starts on (the view does not pan)."""
        event.accept()
        where = self._plane(event.scenePos())
        if event.isStart():
            start = self._plane(event.buttonDownScenePos())
            self._dragged = self._nearest(*start) if start else None
            return
        if self._dragged is None or where is None:
            return
        moved = [list(p) for p in self.points]
        moved[self._dragged][:2] = [round(where[0], 4), round(where[1], 4)]
        if event.isFinish():
            self._dragged = None
            self._edit(moved)
        else:
            self.points = moved
            self.draw()

    def _start_from_source(self) -> None:
        if self.source_points:
            self._edit([list(p) for p in self.source_points])

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save points"), "points.csv", self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            save_points_csv(self.points, path)
        except InputError as exc:
            self.said.emit(str(exc), True)
            return
        self.said.emit(self.tr("Saved {n} points to {path}.").format(n=len(self.points), path=path), False)

    def _ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open points"), "", self.tr("CSV (*.csv *.tsv *.txt)"))
        if path:
            self.open_csv(path)

    def open_csv(self, path: str) -> None:
        try:
            points = load_points_csv(path)
        except InputError as exc:
            self.said.emit(str(exc), True)  # the points on screen stay
            return
        self._edit(points)
