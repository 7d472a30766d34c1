"""Every layer's output for one input: conv/pool layers as grids of feature maps, dense layers
as a strip of cells. Hovering a map names its layer, channel, shape and value range."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.feature_maps import Tiling, tile_output
from .dropout_marks import DropoutMarks
from .layer_colours import layer_badge_html
from .plot_export import export_png

if TYPE_CHECKING:  # torch types: the window must not import torch at start-up
    from ...nn.activations import LayerCapture

ROW_HEIGHT = 90  # pixels per layer row; the scroll area takes the rest


class ActivationGrid(QWidget):
    """Feed it with show_activations(captures); it never touches a model."""

    hovered = Signal(str)  # what is under the mouse, in words ("" when nothing)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale_box = QComboBox()
        self.scale_box.addItem(self.tr("One colour scale per layer"), "shared")
        self.scale_box.addItem(self.tr("One colour scale per map"), "per_map")
        self.scale_box.currentIndexChanged.connect(self._redraw)
        self.hover_label = QLabel(self.tr("Hover a map to see its layer, channel, shape and values."))
        self.hover_label.setObjectName("activation_hover")
        self.plot = pg.GraphicsLayoutWidget()
        self.plot.setBackground("w")
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.plot)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Colour:")))
        top.addWidget(self.scale_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, stretch=1)
        layout.addWidget(self.hover_label)
        self.dropout_marks = DropoutMarks(QLabel(objectName="dropout_note"))
        layout.addWidget(self.dropout_marks.label)
        self._captures: list[LayerCapture] = []
        self._sample = 0
        self.tilings: list[Tiling] = []  # what is on screen, one per layer
        self._rows: list[tuple[pg.LabelItem, pg.ViewBox, pg.ImageItem]] = []

    @property
    def scale(self) -> str:
        return self.scale_box.currentData()

    def set_scale(self, scale: str) -> None:
        """"shared" (one colour scale per layer) or "per_map"."""
        self.scale_box.setCurrentIndex(self.scale_box.findData(scale))

    def show_activations(self, captures: list[LayerCapture], sample: int = 0, dropout: list | None = None) -> None:
        """Show sample `sample` of a capture (the arrays are kept, never changed), with the
        units a training pass drops (nn.dropout_masks.DropoutMask each) crossed."""
        self._captures, self._sample = list(captures), sample
        self.dropout_marks.set_masks(dropout or [])
        self._redraw()

    def _redraw(self) -> None:
        self.tilings = [tile_output(c.output[self._sample], scale=self.scale) for c in self._captures]
        names = [self._row_title(c, len(self._captures)) for c in self._captures]
        if [r[0].text for r in self._rows] != names:
            self._build_rows(names)  # a new network; during training only the images change
        for (_, view, image), tiling in zip(self._rows, self.tilings):
            image.setImage(tiling.rgb, autoLevels=False, levels=(0, 255))
            view.autoRange(padding=0.02)
        self.dropout_marks.draw(self._rows, self.tilings, self._captures)

    def _row_title(self, capture: LayerCapture, count: int) -> str:
        """The layer's number and type on its colour (as every view shows it), and its shape."""
        shape = "×".join(str(s) for s in capture.output.shape[1:])
        return f"{layer_badge_html(capture.name, capture.index, count)}<br><span style='color:#666'>{shape}</span>"

    def _build_rows(self, names: list[str]) -> None:
        self.plot.clear()
        self._rows = []
        for row, name in enumerate(names):
            label = self.plot.addLabel(name, row=row, col=0, justify="right")
            view = self.plot.addViewBox(row=row, col=1, lockAspect=True, invertY=True, enableMouse=False, enableMenu=False)
            image = pg.ImageItem()
            view.addItem(image)
            self._rows.append((label, view, image))
        self.plot.ci.layout.setColumnStretchFactor(1, 5)
        self.plot.setMinimumHeight(ROW_HEIGHT * max(1, len(names)))

    def describe(self, layer_row: int, x: float, y: float) -> str:
        """Words for image pixel (x, y) of a layer row; "" on a gap or outside."""
        if not 0 <= layer_row < len(self.tilings):
            return ""
        tiling, capture = self.tilings[layer_row], self._captures[layer_row]
        index = tiling.index_at(x, y)
        if index is None:
            return ""
        shape = tuple(capture.output.shape[1:])
        output = " × ".join(map(str, shape))
        if len(shape) == 3:
            sample = capture.output[self._sample, index]
            return self.tr("{layer} · channel {index} of {count} · output {shape} · map {h}×{w} · "
                           "min {low} · max {high}").format(
                layer=capture.name, index=index, count=tiling.count, shape=output, h=shape[1], w=shape[2],
                low=f"{sample.min():.4g}", high=f"{sample.max():.4g}")
        return self.tr("{layer} · unit {index} of {count} · output {shape} · value {value}").format(
            layer=capture.name, index=index, count=tiling.count, shape=output, value=f"{float(tiling.mins[index]):.4g}")

    def view_of(self, layer_row: int) -> pg.ViewBox:
        return self._rows[layer_row][1]

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        text = ""
        for row, (_, view, _) in enumerate(self._rows):
            if view.sceneBoundingRect().contains(scene_pos):
                point = view.mapSceneToView(scene_pos)
                text = self.describe(row, point.x(), point.y())
                break
        if text:
            self.hover_label.setText(text)
        self.hovered.emit(text)

    def export_png(self, path: str | Path) -> Path:
        return export_png(self.plot.ci, path)
