"""The Network tab's "Where did it look?" view: a Grad-CAM or saliency map over the input.

The input is the one the Activations view shows (a test sample, the current image, a
drawing), or each new camera frame while "Follow the camera" is on. The map is computed on a
worker (newest request wins) and carries the request it answers: a result for an earlier
network, input or choice is dropped, so the picture never shows a previous network's map.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...core.heat_overlay import colour_scale, enlarged, input_picture, overlay
from ..workers import LatestJobRunner
from .plot_export import plot_widget
from .view_picker import FlowLayout

def layer_name(index: int) -> str:
    """A conv layer as nn.activations.layer_name names it ("3: Conv2d"), without importing
    torch when the window opens."""
    return f"{index + 1}: Conv2d"


#: Models up to this many weights follow camera frames (a map costs about two forward passes).
LIVE_PARAMETERS = 2_000_000


@dataclass(frozen=True, eq=False)
class LookRequest:
    """What one map is asked for; the result is shown only if it is still what is wanted."""

    model: object  # the worker's own copy of ``of``, which the map is computed with
    of: object  # the model the views show (the latest insight's, the untrained or opened one)
    input: np.ndarray  # (C, H, W)
    method: str
    layer: int | None
    target: int | None


def compute_look(request: LookRequest):
    """On the worker: the map and the two pictures the view shows."""
    from ...nn.gradcam import explain

    result = explain(request.model, request.input, request.method, request.layer, request.target)
    picture = enlarged(input_picture(request.input))
    return request, result, picture, overlay(picture, result.heat)


class LookView(QWidget):
    sample_wanted = Signal(int)  # a test sample was chosen here
    current_image_wanted = Signal()
    drawing_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method = QComboBox(objectName="look_method")
        self.method.addItem(self.tr("Grad-CAM"), "gradcam")
        self.method.addItem(self.tr("Saliency"), "saliency")
        self.method.setToolTip(self.tr("Grad-CAM: which places of a conv layer's maps raised the class score. "
                                       "Saliency: how much each input pixel changes the score."))
        self.layer = QComboBox(objectName="look_layer")
        self.layer.setToolTip(self.tr("The convolution layer Grad-CAM looks at; the last one knows the most "
                                      "about classes, the first the most about places."))
        self.target = QComboBox(objectName="look_class")
        self.target.setToolTip(self.tr("The class whose score is explained."))
        self.sample = QSpinBox(objectName="look_sample", minimum=0, maximum=0)
        self.sample.setToolTip(self.tr("Which test sample to explain."))
        use_image = QPushButton(self.tr("Use the current image"), objectName="look_current_image")
        use_image.clicked.connect(self.current_image_wanted)
        use_drawing = QPushButton(self.tr("Use the drawing"), objectName="look_drawing")
        use_drawing.clicked.connect(self.drawing_wanted)
        self.follow = QCheckBox(self.tr("Follow the camera"), objectName="look_follow", enabled=False)
        self.follow.setToolTip(self.tr("Explain every new camera or video frame (small networks only)."))
        row = FlowLayout()
        for widget in (QLabel(self.tr("Method")), self.method, QLabel(self.tr("Layer")), self.layer,
                       QLabel(self.tr("Class")), self.target, QLabel(self.tr("Test sample")), self.sample,
                       use_image, use_drawing, self.follow):
            row.addWidget(widget)
        self.note = QLabel(objectName="look_note", wordWrap=True)
        self.plot = plot_widget(self)
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.input_item, self.overlay_item = pg.ImageItem(), pg.ImageItem()
        self.scale_item = pg.ImageItem()
        for item in (self.input_item, self.overlay_item, self.scale_item):
            self.plot.addItem(item)
        self.scale_texts = [pg.TextItem(text, color="k", anchor=(0, 0.5)) for text in ("1", "0")]
        for text in self.scale_texts:
            self.plot.addItem(text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.plot, 1)
        self._runner = LatestJobRunner("look", self)
        self._runner.finished.connect(self._on_ready)
        self._runner.failed.connect(self._on_failed)
        for combo in (self.method, self.layer, self.target):
            combo.currentIndexChanged.connect(self.refresh)
        self.method.currentIndexChanged.connect(lambda _i: self.layer.setEnabled(self.method_name() == "gradcam"))
        self.sample.valueChanged.connect(self.sample_wanted)
        self.model = None
        self._copy = None  # the worker's copy of self.model
        self.network = ""  # which network the map explains, in words ("epoch 5")
        self.input: np.ndarray | None = None
        self.input_steps = ""
        self.frame: tuple[np.ndarray, str] | None = None  # the newest camera frame while following
        self.class_names: list[str] = []
        self.shown: LookRequest | None = None  # the request of the map on screen
        self.wanted: LookRequest | None = None
        self.heat: np.ndarray | None = None

    # --- what the view is given -----------------------------------------------------------
    def method_name(self) -> str:
        return self.method.currentData()

    def set_design(self, layers: list[dict], class_names: list[str], samples: int) -> None:
        """The design's conv layers and the data set's classes (the choices keep their value
        when it still exists)."""
        with QSignalBlocker(self.layer), QSignalBlocker(self.target), QSignalBlocker(self.sample):
            old_layer, old_target = self.layer.currentData(), self.target.currentData()
            self.layer.clear()
            convs = [i for i, spec in enumerate(layers) if spec.get("type") == "Conv2d"]
            for i in reversed(convs):  # the last first: the default
                self.layer.addItem(layer_name(i), i)
            self.target.clear()
            self.target.addItem(self.tr("predicted"), None)
            for k, name in enumerate(class_names):
                self.target.addItem(f"{k}: {name}" if str(name) != str(k) else str(k), k)
            for combo, old in ((self.layer, old_layer), (self.target, old_target)):
                index = combo.findData(old)
                combo.setCurrentIndex(max(0, index))
            self.sample.setMaximum(max(0, samples - 1))
        self.class_names = [str(name) for name in class_names]
        if not convs and self.method_name() == "gradcam":
            self.method.setCurrentIndex(self.method.findData("saliency"))

    def set_sample(self, index: int) -> None:
        with QSignalBlocker(self.sample):
            self.sample.setValue(index)

    def set_live_allowed(self, live: bool, parameters: int) -> None:
        """The document is (not) live; a model larger than LIVE_PARAMETERS does not follow."""
        small = parameters <= LIVE_PARAMETERS
        self.follow.setEnabled(live and small)
        if not (live and small):
            self.follow.setChecked(False)
            self.frame = None
        self.follow.setToolTip(self.tr("Explain every new camera or video frame (small networks only).") if small else
                               self.tr("This network is too large to explain every frame; take a snapshot instead."))

    @property
    def following(self) -> bool:
        return self.follow.isEnabled() and self.follow.isChecked()

    def show_model(self, model, network: str, probe: np.ndarray | None, steps: str) -> None:
        """Explain ``probe`` with ``model`` (the latest run's copy, the untrained network or
        opened weights, as ``network`` says in words); the map of any earlier model is dropped."""
        if model is not self.model:
            # The worker computes with a copy of its own: the window's thread runs the shown
            # model too (Draw, Activations), and forward hooks on a shared model would catch
            # the other thread's passes. Copied once per model, here, where no worker reads it.
            self._copy = copy.deepcopy(model)
        self.model, self.network = model, network
        self.input, self.input_steps = probe, steps
        self.refresh()

    def show_frame(self, array: np.ndarray, steps: str) -> None:
        """A new camera frame converted to the network's input (while following)."""
        if self.following:
            self.frame = (array, steps)
            self.refresh()

    def forget(self, text: str) -> None:
        """No model to explain (being built, or an invalid design): say so, show nothing."""
        self.model = self._copy = self.wanted = self.shown = None
        self.heat = None
        self._clear_pictures()
        self.note.setText(text)

    # --- computing ------------------------------------------------------------------------
    def refresh(self, *_) -> None:
        x = self.frame[0] if self.following and self.frame is not None else self.input
        if self.model is None or x is None or np.asarray(x).ndim != 3:
            return
        layer = self.layer.currentData() if self.method_name() == "gradcam" else None
        self.wanted = LookRequest(self._copy, self.model, x, self.method_name(), layer, self.target.currentData())
        self._runner.submit(compute_look, self.wanted)

    def _on_ready(self, result) -> None:
        request, heat_map, picture, blended = result
        if request is not self.wanted:
            return  # asked before the network, input or choice changed: not what is wanted now
        self.shown, self.heat = request, heat_map.heat
        h, w = picture.shape[:2]
        gap = max(4, w // 16)
        self.input_item.setImage(picture, autoLevels=False, levels=(0, 255))
        self.overlay_item.setImage(blended, autoLevels=False, levels=(0, 255))
        self.overlay_item.setPos(w + gap, 0)
        scale = colour_scale(np.linspace(1.0, 0.0, 256, dtype=np.float32)[:, None].repeat(8, axis=1))
        self.scale_item.setImage(scale, autoLevels=False, levels=(0, 255))
        self.scale_item.setRect(2 * w + 2 * gap, 0, max(4, w // 12), h)
        for text, y in zip(self.scale_texts, (0, h)):
            text.setPos(2 * w + 2 * gap + max(4, w // 12) + 2, y)
        self.plot.setXRange(0, 2 * w + 3 * gap + max(4, w // 12) + w // 8, padding=0.02)
        self.plot.setYRange(0, h, padding=0.02)
        name = self.class_names[heat_map.target] if heat_map.target < len(self.class_names) else str(heat_map.target)
        predicted = heat_map.predicted
        guess = self.class_names[predicted] if predicted < len(self.class_names) else str(predicted)
        source = self.frame[1] if self.following and self.frame is not None else self.input_steps
        if request.method == "gradcam":
            what = self.tr("Grad-CAM of class {name} at layer {layer}").format(
                name=name, layer=layer_name(request.layer))
        else:
            what = self.tr("Saliency of class {name}").format(name=name)
        self.note.setText(self.tr("{what} ({network}); the network says {guess} ({p:.0f} %). Input: {source}. "
                                  "Red counted most, blue not at all.").format(
            what=what, network=self.network, guess=guess, p=100 * float(heat_map.probabilities[predicted]), source=source))

    def _on_failed(self, text: str) -> None:
        self.shown = self.heat = None
        self._clear_pictures()
        self.note.setText("⚠ " + text)

    def _clear_pictures(self) -> None:
        for item in (self.input_item, self.overlay_item, self.scale_item):
            item.clear()

    def shutdown(self) -> None:
        self._runner.shutdown()
