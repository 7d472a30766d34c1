"""Controls for the selected pipeline stage: conv, activation, pooling or an image operation."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from superqt.utils import signals_blocked
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox, QStackedWidget, QVBoxLayout, QWidget,
)

from ...core.activations import ACTIVATIONS, activation_name, activation_tip
from ...core.conv_layer import ConvLayerStage
from ...core.convolution import PAD_MODES, ConvSettings, pad_amounts, pad_mode_label
from ...core.pipeline import ActivationStage, ConvStage, OperationStage, PoolStage
from ...core.pooling import PoolSettings
from .conv_layer_editor import ConvLayerControls
from .kernel_editor import KernelEditor
from .operation_form import OperationForm
from .pipeline_model import PipelineModel

PAD_TIPS = {
    "zero": QT_TRANSLATE_NOOP("ConvControls", "Pixels outside the image count as 0 (black): edges of the image look "
                              "like edges to the filter."),
    "reflect": QT_TRANSLATE_NOOP("ConvControls", "The image is mirrored at its border (without repeating the edge "
                                 "pixel), so no artificial edge appears."),
    "replicate": QT_TRANSLATE_NOOP("ConvControls", "The outermost pixel is repeated outwards."),
    "wrap": QT_TRANSLATE_NOOP("ConvControls", "The image repeats like a tile: leaving on the right comes back on the "
                              "left (circular padding)."),
}
POOL_LABELS = {"max": QT_TRANSLATE_NOOP("PoolControls", "max"), "avg": QT_TRANSLATE_NOOP("PoolControls", "average"),
               "global_avg": QT_TRANSLATE_NOOP("PoolControls", "global average")}


def _spin(name: str, low: int, high: int, tip: str) -> QSpinBox:
    box = QSpinBox(objectName=name)
    box.setRange(low, high)
    box.setToolTip(tip)
    return box


class ConvControls(QWidget):
    def __init__(self, model: PipelineModel) -> None:
        super().__init__()
        self.model = model
        self.kernel_editor = KernelEditor()
        self.stride = _spin("stride", 1, 4, self.tr("How far the kernel jumps between outputs. Stride 2 computes every "
                                                     "second position, so the map shrinks to about half in each direction."))
        self.padding = QComboBox(objectName="padding")
        self.padding.addItem(self.tr("valid (none)"), "valid")
        self.padding.addItem(self.tr("same"), "same")
        for p in range(0, 8):
            self.padding.addItem(f"p = {p}", p)
        self.padding.setToolTip(self.tr("Pixels added around the image before sliding. 'valid' adds none (the map shrinks "
                                        "by k−1); 'same' adds just enough to keep the size at stride 1."))
        self.pad_mode = QComboBox(objectName="pad_mode")
        for mode in PAD_MODES:
            self.pad_mode.addItem(pad_mode_label(mode), mode)
            self.pad_mode.setItemData(self.pad_mode.count() - 1, self.tr(PAD_TIPS[mode]), Qt.ItemDataRole.ToolTipRole)
        self.pad_mode.setToolTip(self.tr("What the added border pixels contain."))
        self.dilation = _spin("dilation", 1, 3, self.tr("Gaps between the kernel's taps: dilation 2 spreads a 3×3 kernel "
                                                        "over 5×5 pixels, seeing further at the same cost."))
        self.display = QComboBox(objectName="conv_display")
        for key, label, tip in (
            ("auto", self.tr("automatic"), self.tr("As an image when the kernel sums to 1, else as a signed feature map.")),
            ("image", self.tr("as an image (clipped to 0–255)"), self.tr("Values below 0 show black, above 255 white: the picture a blur, sharpen or emboss makes.")),
            ("signed", self.tr("signed feature map"), self.tr("Blue below 0, white at 0, red above: how strongly and in which direction each place responds.")),
        ):
            self.display.addItem(label, key)
            self.display.setItemData(self.display.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.display.setToolTip(self.tr("How the output is drawn. It is the same numbers either way; only the picture of them changes."))
        self.display_note = QLabel(objectName="display_note", wordWrap=True)
        self.formula = QLabel(objectName="formula")
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setToolTip(self.tr("The output size of a convolution: n input pixels, padding p per side, dilation d, "
                                        "kernel k, stride s."))
        form = QFormLayout()
        form.addRow(self.tr("stride"), self.stride)
        form.addRow(self.tr("padding"), self.padding)
        form.addRow(self.tr("pad mode"), self.pad_mode)
        form.addRow(self.tr("dilation"), self.dilation)
        form.addRow(self.tr("show output"), self.display)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kernel_editor)
        layout.addLayout(form)
        layout.addWidget(self.display_note)
        layout.addWidget(self.formula)
        layout.addStretch(1)
        self.kernel_editor.kernel_edited.connect(lambda k: self.model.update_selected("conv", kernel=k))
        for widget in (self.stride, self.dilation):
            widget.valueChanged.connect(self._on_settings_changed)
        for widget in (self.padding, self.pad_mode):
            widget.currentIndexChanged.connect(self._on_settings_changed)
        self.display.currentIndexChanged.connect(lambda: self.model.update_selected("conv", display=self.display.currentData()))
        self._input_hw: tuple[int, int] | None = None

    def load(self, stage: ConvStage) -> None:
        s = stage.settings
        with signals_blocked(self.stride), signals_blocked(self.dilation), signals_blocked(self.padding), \
                signals_blocked(self.pad_mode), signals_blocked(self.display):
            self.stride.setValue(s.stride)
            self.dilation.setValue(s.dilation)
            self.padding.setCurrentIndex(self.padding.findData(s.padding))
            self.pad_mode.setCurrentIndex(self.pad_mode.findData(s.pad_mode))
            self.display.setCurrentIndex(self.display.findData(stage.display))
        self.kernel_editor.set_kernel(stage.kernel)
        self.update_formula(stage)

    def _on_settings_changed(self) -> None:
        settings = ConvSettings(self.stride.value(), self.padding.currentData(), self.pad_mode.currentData(), self.dilation.value())
        self.model.update_selected("conv", settings=settings)

    def set_input_shape(self, hw: tuple[int, int] | None) -> None:
        self._input_hw = hw
        stage = self.model.selected_stage()
        if isinstance(stage, ConvStage):
            self.update_formula(stage)

    def update_formula(self, stage: ConvStage) -> None:
        s, lines = stage.settings, []
        for axis, n, k in zip((self.tr("height"), self.tr("width")), self._input_hw or ("n", "n"), stage.kernel.shape):
            total = sum(pad_amounts(s.padding, k, s.dilation))
            if isinstance(n, int):
                out = (n + total - s.dilation * (k - 1) - 1) // s.stride + 1
                lines.append(f"{axis}: ⌊({n} + {total} − {s.dilation}·({k}−1) − 1) / {s.stride}⌋ + 1 = <b>{out}</b>")
        self.formula.setText(self.tr("out = ⌊(n + 2p − d·(k−1) − 1) / s⌋ + 1") + "<br>" + "<br>".join(lines))
        self._explain_display(stage)

    def _explain_display(self, stage: ConvStage) -> None:
        """Why the output looks as it does: the kernel's sum decides what kind of map it is."""
        total = float(stage.kernel.sum(dtype=np.float64))
        if stage.shown_as_image():
            text = self.tr("The weights sum to {sum}: a flat area keeps its value, so the output is a picture on the "
                           "input's 0–255 scale. Shown as an image, clipped to 0–255.")
        else:
            text = self.tr("The weights sum to {sum}: the output is a feature map whose sign says which way each place "
                           "responds. Shown signed: blue < 0 < red, white = 0.")
        if stage.display == "auto":
            text += " " + self.tr("(Automatic: image when the weights sum to 1.)")
        self.display_note.setText(text.format(sum=f"{total:.3g}"))


class PoolControls(QWidget):
    def __init__(self, model: PipelineModel) -> None:
        super().__init__()
        self.model = model
        self.kind = QComboBox(objectName="pool_kind")
        for kind, label in POOL_LABELS.items():
            self.kind.addItem(self.tr(label), kind)
        self.kind.setToolTip(self.tr("Max keeps the strongest response in each window (where a feature is, roughly); "
                                     "average keeps the mean; global average turns each channel into one number."))
        self.size = _spin("pool_size", 1, 4, self.tr("The window's side: a 2×2 window with stride 2 halves the width and "
                                                     "height."))
        self.stride = _spin("pool_stride", 1, 4, self.tr("How far the window moves; equal to the size, the windows do not "
                                                         "overlap."))
        self.padding = _spin("pool_padding", 0, 2, self.tr("Pixels added around the map (at most half the window): −∞ for "
                                                           "max pooling, 0 for average."))
        self.shape = QLabel(objectName="pool_shape")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("pooling"), self.kind)
        form.addRow(self.tr("size"), self.size)
        form.addRow(self.tr("stride"), self.stride)
        form.addRow(self.tr("padding"), self.padding)
        form.addRow(self.shape)
        self.kind.currentIndexChanged.connect(self._on_changed)
        for widget in (self.size, self.stride, self.padding):
            widget.valueChanged.connect(self._on_changed)

    def load(self, stage: PoolStage) -> None:
        s = stage.settings
        with signals_blocked(self.kind), signals_blocked(self.size), signals_blocked(self.stride), \
                signals_blocked(self.padding):
            self.kind.setCurrentIndex(self.kind.findData(s.kind))
            self.size.setValue(s.size)
            self.stride.setValue(s.step)
            self.padding.setValue(s.padding)
        for widget in (self.size, self.stride, self.padding):
            widget.setEnabled(s.kind != "global_avg")

    def _on_changed(self) -> None:
        self.model.update_selected("pool", settings=PoolSettings(self.kind.currentData(), self.size.value(), self.stride.value(), self.padding.value()))


class ActivationControls(QWidget):
    def __init__(self, model: PipelineModel) -> None:
        super().__init__()
        self.model = model
        self.function = QComboBox(objectName="activation")
        for name in ACTIVATIONS:
            self.function.addItem(activation_name(name), name)
            self.function.setItemData(self.function.count() - 1, activation_tip(name), Qt.ItemDataRole.ToolTipRole)
        self.function.setToolTip(self.tr("The nonlinearity applied to every value of the feature map, giving the "
                                         "activation map."))
        self.tip = QLabel(wordWrap=True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("activation"), self.function)
        form.addRow(self.tip)
        self.function.currentIndexChanged.connect(lambda: self.model.update_selected("activation", function=self.function.currentData()))

    def load(self, stage: ActivationStage) -> None:
        with signals_blocked(self.function):
            self.function.setCurrentIndex(self.function.findData(stage.function))
        self.tip.setText(activation_tip(stage.function))


class InputControls(QWidget):
    def __init__(self, model: PipelineModel) -> None:
        super().__init__()
        self.gray = QCheckBox(self.tr("Gray (one channel)"), objectName="gray")
        self.gray.setToolTip(self.tr("Convert the image to one gray channel first (OpenCV's RGB→gray); otherwise every "
                                     "stage works on each of the R, G and B channels separately."))
        text = QLabel(self.tr("The input: the current image as float32 values 0..255. Select a stage in the strip to "
                              "edit it."), wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.gray)
        layout.addWidget(text)
        layout.addStretch(1)
        self.gray.setChecked(model.gray)
        self.gray.toggled.connect(model.set_gray)


class StageEditor(QStackedWidget):
    """Shows the controls that fit the selected stage and loads its values."""

    problem = Signal(str)

    def __init__(self, model: PipelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.input_controls = InputControls(model)
        self.conv = ConvControls(model)
        self.activation = ActivationControls(model)
        self.pool = PoolControls(model)
        self.operation = OperationForm(model)
        self.layer = ConvLayerControls(model)
        for page in (self.input_controls, self.conv, self.activation, self.pool, self.operation, self.layer):
            self.addWidget(page)
        self.conv.kernel_editor.problem.connect(self.problem)
        model.selection_changed.connect(self.reload)
        model.changed.connect(self._on_model_changed)
        self.reload()

    def reload(self) -> None:
        with signals_blocked(self.input_controls.gray):
            self.input_controls.gray.setChecked(self.model.gray)
        stage = self.model.selected_stage()
        if stage is None:
            self.setCurrentWidget(self.input_controls)
        elif isinstance(stage, ConvStage):
            self.conv.load(stage)
            self.setCurrentWidget(self.conv)
        elif isinstance(stage, ActivationStage):
            self.activation.load(stage)
            self.setCurrentWidget(self.activation)
        elif isinstance(stage, PoolStage):
            self.pool.load(stage)
            self.setCurrentWidget(self.pool)
        elif isinstance(stage, OperationStage):
            self.operation.load(stage)
            self.setCurrentWidget(self.operation)
        elif isinstance(stage, ConvLayerStage):
            self.layer.load(stage)
            self.setCurrentWidget(self.layer)

    def _on_model_changed(self) -> None:
        stage = self.model.selected_stage()
        if isinstance(stage, ConvStage):
            self.conv.update_formula(stage)
        elif isinstance(stage, ActivationStage):
            self.activation.load(stage)
        elif isinstance(stage, PoolStage):
            self.pool.load(stage)
        elif isinstance(stage, ConvLayerStage):
            self.layer.load(stage)
