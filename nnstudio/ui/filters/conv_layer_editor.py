"""The controls of a Conv layer stage: how many channels go in and come out, the kernel size,
one kernel slice at a time (output map o, input channel i) with its map's bias, stride,
padding and dilation, the per-channel toggle, and the parameter count of both."""

from __future__ import annotations

from contextlib import ExitStack

import numpy as np
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)
from superqt.utils import signals_blocked

from ...core.conv_layer import ConvLayerStage, LayerKernel
from ...core.convolution import ConvSettings
from ..tensors.array_grid import ArrayGrid
from .pipeline_model import PipelineModel

MAX_MAPS = 8


def resized(kernel: LayerKernel, c_out: int, c_in: int, k: int) -> LayerKernel:
    """The kernel with new sizes: slices kept where they exist, new ones zero (new k: centred)."""
    weight = np.zeros((c_out, c_in, k, k), np.float32)
    old = kernel.weight
    o, i = min(c_out, old.shape[0]), min(c_in, old.shape[1])
    side = min(k, old.shape[2])
    a, b = (k - side) // 2, (old.shape[2] - side) // 2
    weight[:o, :i, a : a + side, a : a + side] = old[:o, :i, b : b + side, b : b + side]
    bias = np.zeros(c_out, np.float32)
    bias[:o] = kernel.bias[:o]
    return LayerKernel(weight, bias)


class ConvLayerControls(QWidget):
    def __init__(self, model: PipelineModel) -> None:
        super().__init__()
        self.setObjectName("conv_layer_controls")
        self.model = model
        self.intro = QLabel(self.tr(
            "A real CNN layer: every output map has one kernel slice per input channel; the slices' "
            "results are added together, plus the map's bias. The first maps of this one look for "
            "vertical, horizontal and diagonal edges, the last for red against green."), wordWrap=True)
        self.c_in = self._spin("c_in", 1, MAX_MAPS, self.tr("Input channels C_in: 3 for RGB, 1 for gray; it must match "
                                                         "what the previous stage gives."))
        self.c_out = self._spin("c_out", 1, MAX_MAPS, self.tr("Output maps C_out: one kernel (C_in slices) and one bias each."))
        self.size = QComboBox(objectName="layer_kernel_size")
        for k in (1, 3, 5, 7):
            self.size.addItem(f"{k} × {k}", k)
        self.map = QComboBox(objectName="layer_map")
        self.channel = QComboBox(objectName="layer_channel")
        self.map.setToolTip(self.tr("Which output map's kernel to edit"))
        self.channel.setToolTip(self.tr("Which input channel's slice of that kernel to edit"))
        self.grid = ArrayGrid("layer_slice", editable=True)
        self.bias = QDoubleSpinBox(objectName="layer_bias", decimals=3, minimum=-1000.0, maximum=1000.0)
        self.bias.setToolTip(self.tr("Added to every value of this output map"))
        self.stride = self._spin("layer_stride", 1, 4, self.tr("How far the kernel jumps between outputs"))
        self.padding = QComboBox(objectName="layer_padding")
        for label, value in (("same", "same"), ("valid", "valid"), ("p = 1", 1), ("p = 2", 2)):
            self.padding.addItem(label, value)
        self.dilation = self._spin("layer_dilation", 1, 3, self.tr("Gaps between the kernel's taps"))
        self.depthwise = QCheckBox(self.tr("Per channel instead (groups = C)"),
                                   objectName="layer_depthwise")
        self.depthwise.setToolTip(self.tr("What the plain Conv stage does: channel c is correlated with slice c of "
                                          "map 0 alone and the channels are never added. torch: nn.Conv2d(C, C, k, groups=C)."))
        self.params = QLabel(objectName="layer_params", wordWrap=True)
        # Shown when the stage before gives another number of channels than C_in.
        self.fit_channels = QPushButton(objectName="layer_fit_channels")
        self.fit_channels.hide()
        self.fit_channels.clicked.connect(lambda: self.c_in.setValue(self._incoming or 1))
        self._incoming: int | None = None
        form = QFormLayout()
        form.addRow(self.tr("input channels"), self.c_in)
        form.addRow(self.tr("output maps"), self.c_out)
        form.addRow(self.tr("kernel size"), self.size)
        form.addRow(self.tr("edit map"), self.map)
        form.addRow(self.tr("its slice for channel"), self.channel)
        form.addRow(self.grid)
        form.addRow(self.tr("bias of the map"), self.bias)
        form.addRow("stride", self.stride)
        form.addRow("padding", self.padding)
        form.addRow("dilation", self.dilation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.fit_channels)
        layout.addLayout(form)
        layout.addWidget(self.depthwise)
        layout.addWidget(self.params)
        layout.addStretch(1)
        for spin in (self.c_in, self.c_out):
            spin.valueChanged.connect(self._on_sizes_changed)
        self.size.currentIndexChanged.connect(self._on_sizes_changed)
        self.map.currentIndexChanged.connect(self._show_slice)
        self.channel.currentIndexChanged.connect(self._show_slice)
        self.grid.value_edited.connect(self._on_weight_edited)
        self.bias.valueChanged.connect(self._on_bias_changed)
        for spin in (self.stride, self.dilation):
            spin.valueChanged.connect(self._on_settings_changed)
        self.padding.currentIndexChanged.connect(self._on_settings_changed)
        self.depthwise.toggled.connect(lambda on: self.model.update_selected("conv_layer", depthwise=on))
        self.stage: ConvLayerStage | None = None

    @staticmethod
    def _spin(name: str, low: int, high: int, tip: str) -> QSpinBox:
        spin = QSpinBox(objectName=name, minimum=low, maximum=high)
        spin.setToolTip(tip)
        return spin

    def load(self, stage: ConvLayerStage) -> None:
        """Show the stage's values (without echoing them back to the model)."""
        self.stage = stage
        k = stage.kernel
        widgets = (self.c_in, self.c_out, self.size, self.map, self.channel, self.bias, self.stride,
                   self.padding, self.dilation, self.depthwise)
        with ExitStack() as stack:
            for widget in widgets:
                stack.enter_context(signals_blocked(widget))
            self.c_in.setValue(k.c_in)
            self.c_out.setValue(k.c_out)
            self.size.setCurrentIndex(self.size.findData(int(k.weight.shape[2])))
            for combo, count, text in ((self.map, k.c_out, self.tr("map {n}")), (self.channel, k.c_in, self.tr("channel {n}"))):
                current = combo.currentIndex()
                if combo.count() != count:
                    combo.clear()
                    names = ["R", "G", "B"] if combo is self.channel and count == 3 else None
                    for n in range(count):
                        combo.addItem(text.format(n=n) + (f" ({names[n]})" if names else ""), n)
                combo.setCurrentIndex(min(max(current, 0), count - 1))
            self.stride.setValue(int(stage.settings.stride))
            self.padding.setCurrentIndex(max(self.padding.findData(stage.settings.padding), 0))
            self.dilation.setValue(int(stage.settings.dilation))
            self.depthwise.setChecked(stage.depthwise)
        self._show_slice()
        self.set_incoming_channels(self._incoming)
        kh = int(k.weight.shape[2])
        self.params.setText(self.tr(
            "<b>Parameters</b>: this layer C_out × C_in × k × k + C_out = {o} × {i} × {k} × {k} + {o} = <b>{full}</b> "
            "(nn.Conv2d({i}, {o}, {k})). Per channel (groups = {i}): {i} × {k} × {k} + {i} = <b>{dw}</b> "
            "(nn.Conv2d({i}, {i}, {k}, groups={i})), but it can never combine colours.").format(
            o=k.c_out, i=k.c_in, k=kh, full=k.params, dw=k.depthwise_params()))

    def set_incoming_channels(self, channels: int | None) -> None:
        """The channel count the stage before gives (None: unknown); a mismatch with C_in
        offers a one-click fix."""
        self._incoming = channels
        mismatch = self.stage is not None and channels is not None and channels != self.stage.kernel.c_in
        if mismatch:
            self.fit_channels.setText(self.tr("Set C_in = {n} (the channels coming in)").format(n=channels))
        self.fit_channels.setVisible(bool(mismatch) and 1 <= channels <= MAX_MAPS)

    def _show_slice(self) -> None:
        if self.stage is None:
            return
        o, i = max(self.map.currentIndex(), 0), max(self.channel.currentIndex(), 0)
        self.grid.show_array(self.stage.kernel.weight[o, i])
        with signals_blocked(self.bias):
            self.bias.setValue(float(self.stage.kernel.bias[o]))

    # --- edits go to the model; the editor reloads from it ---------------------------------
    def _on_sizes_changed(self) -> None:
        if self.stage is not None:
            kernel = resized(self.stage.kernel, self.c_out.value(), self.c_in.value(), self.size.currentData())
            self.model.update_selected("conv_layer", kernel=kernel)

    def _on_weight_edited(self, index: tuple, text: str) -> None:
        if self.stage is None:
            return
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = float("nan")
        if not np.isfinite(value):
            self.params.setText(self.tr("⚠ {text} is not a number; the weight stays as it was.").format(text=repr(text[:20])))
            self._show_slice()
            return
        weight = self.stage.kernel.weight.copy()
        weight[self.map.currentIndex(), self.channel.currentIndex()][index] = value
        self.model.update_selected("conv_layer", kernel=LayerKernel(weight, self.stage.kernel.bias))

    def _on_bias_changed(self, value: float) -> None:
        if self.stage is not None:
            bias = self.stage.kernel.bias.copy()
            bias[self.map.currentIndex()] = value
            self.model.update_selected("conv_layer", kernel=LayerKernel(self.stage.kernel.weight, bias))

    def _on_settings_changed(self) -> None:
        if self.stage is not None:
            self.model.update_selected("conv_layer", settings=ConvSettings(
                self.stride.value(), self.padding.currentData(), "zero", self.dilation.value()))
