"""Controls for the selected pipeline stage: conv, activation, pooling or an image operation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox, QStackedWidget, QVBoxLayout, QWidget,
)

from ...core.activations import ACTIVATIONS
from ...core.convolution import PAD_MODES, ConvSettings, pad_amounts
from ...core.pipeline import ActivationStage, ConvStage, OperationStage, PoolStage
from ...core.pooling import PoolSettings
from .kernel_editor import KernelEditor
from .operation_form import OperationForm
from .pipeline_model import PipelineModel

PAD_TIPS = {
    "zero": "Pixels outside the image count as 0 (black): edges of the image look like edges to the filter.",
    "reflect": "The image is mirrored at its border (without repeating the edge pixel), so no artificial edge appears.",
    "replicate": "The outermost pixel is repeated outwards.",
    "wrap": "The image repeats like a tile: leaving on the right comes back on the left (circular padding).",
}
POOL_LABELS = {"max": "max", "avg": "average", "global_avg": "global average"}


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
        self.stride = _spin("stride", 1, 4, "How far the kernel jumps between outputs. Stride 2 computes every second position, so the map shrinks to about half in each direction.")
        self.padding = QComboBox(objectName="padding")
        self.padding.addItem("valid (none)", "valid")
        self.padding.addItem("same", "same")
        for p in range(0, 8):
            self.padding.addItem(f"p = {p}", p)
        self.padding.setToolTip("Pixels added around the image before sliding. 'valid' adds none (the map shrinks by k−1); 'same' adds just enough to keep the size at stride 1.")
        self.pad_mode = QComboBox(objectName="pad_mode")
        for mode in PAD_MODES:
            self.pad_mode.addItem(mode, mode)
            self.pad_mode.setItemData(self.pad_mode.count() - 1, PAD_TIPS[mode], Qt.ItemDataRole.ToolTipRole)
        self.pad_mode.setToolTip("What the added border pixels contain.")
        self.dilation = _spin("dilation", 1, 3, "Gaps between the kernel's taps: dilation 2 spreads a 3×3 kernel over 5×5 pixels, seeing further at the same cost.")
        self.formula = QLabel(objectName="formula")
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setToolTip("The output size of a convolution: n input pixels, padding p per side, dilation d, kernel k, stride s.")
        form = QFormLayout()
        form.addRow("stride", self.stride)
        form.addRow("padding", self.padding)
        form.addRow("pad mode", self.pad_mode)
        form.addRow("dilation", self.dilation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kernel_editor)
        layout.addLayout(form)
        layout.addWidget(self.formula)
        layout.addStretch(1)
        self.kernel_editor.kernel_edited.connect(lambda k: self.model.update_selected(kernel=k))
        for widget in (self.stride, self.dilation):
            widget.valueChanged.connect(self._on_settings_changed)
        for widget in (self.padding, self.pad_mode):
            widget.currentIndexChanged.connect(self._on_settings_changed)
        self._input_hw: tuple[int, int] | None = None

    def load(self, stage: ConvStage) -> None:
        s = stage.settings
        for widget in (self.stride, self.dilation, self.padding, self.pad_mode):
            widget.blockSignals(True)
        self.stride.setValue(s.stride)
        self.dilation.setValue(s.dilation)
        self.padding.setCurrentIndex(self.padding.findData(s.padding))
        self.pad_mode.setCurrentIndex(self.pad_mode.findData(s.pad_mode))
        for widget in (self.stride, self.dilation, self.padding, self.pad_mode):
            widget.blockSignals(False)
        self.kernel_editor.set_kernel(stage.kernel)
        self.update_formula(stage)

    def _on_settings_changed(self) -> None:
        settings = ConvSettings(self.stride.value(), self.padding.currentData(), self.pad_mode.currentData(), self.dilation.value())
        self.model.update_selected(settings=settings)

    def set_input_shape(self, hw: tuple[int, int] | None) -> None:
        self._input_hw = hw
        stage = self.model.selected_stage()
        if isinstance(stage, ConvStage):
            self.update_formula(stage)

    def update_formula(self, stage: ConvStage) -> None:
        s, lines = stage.settings, []
        for axis, n, k in zip(("height", "width"), self._input_hw or ("n", "n"), stage.kernel.shape):
            total = sum(pad_amounts(s.padding, k, s.dilation))
            if isinstance(n, int):
                out = (n + total - s.dilation * (k - 1) - 1) // s.stride + 1
                lines.append(f"{axis}: ⌊({n} + {total} − {s.dilation}·({k}−1) − 1) / {s.stride}⌋ + 1 = <b>{out}</b>")
        self.formula.setText("out = ⌊(n + 2p − d·(k−1) − 1) / s⌋ + 1<br>" + "<br>".join(lines))


class PoolControls(QWidget):
    def __init__(self, model: PipelineModel) -> None:
        super().__init__()
        self.model = model
        self.kind = QComboBox(objectName="pool_kind")
        for kind, label in POOL_LABELS.items():
            self.kind.addItem(label, kind)
        self.kind.setToolTip("Max keeps the strongest response in each window (where a feature is, roughly); average keeps the mean; global average turns each channel into one number.")
        self.size = _spin("pool_size", 1, 4, "The window's side: a 2×2 window with stride 2 halves the width and height.")
        self.stride = _spin("pool_stride", 1, 4, "How far the window moves; equal to the size, the windows do not overlap.")
        self.padding = _spin("pool_padding", 0, 2, "Pixels added around the map (at most half the window): −∞ for max pooling, 0 for average.")
        self.shape = QLabel(objectName="pool_shape")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("pooling", self.kind)
        form.addRow("size", self.size)
        form.addRow("stride", self.stride)
        form.addRow("padding", self.padding)
        form.addRow(self.shape)
        self.kind.currentIndexChanged.connect(self._on_changed)
        for widget in (self.size, self.stride, self.padding):
            widget.valueChanged.connect(self._on_changed)

    def load(self, stage: PoolStage) -> None:
        s = stage.settings
        for widget in (self.kind, self.size, self.stride, self.padding):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(s.kind))
        self.size.setValue(s.size)
        self.stride.setValue(s.step)
        self.padding.setValue(s.padding)
        for widget in (self.kind, self.size, self.stride, self.padding):
            widget.blockSignals(False)
            widget.setEnabled(widget is self.kind or s.kind != "global_avg")

    def _on_changed(self) -> None:
        self.model.update_selected(settings=PoolSettings(self.kind.currentData(), self.size.value(), self.stride.value(), self.padding.value()))


class ActivationControls(QWidget):
    def __init__(self, model: PipelineModel) -> None:
        super().__init__()
        self.model = model
        self.function = QComboBox(objectName="activation")
        for name, (_, tip) in ACTIVATIONS.items():
            self.function.addItem(name, name)
            self.function.setItemData(self.function.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.function.setToolTip("The nonlinearity applied to every value of the feature map, giving the activation map.")
        self.tip = QLabel(wordWrap=True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("activation", self.function)
        form.addRow(self.tip)
        self.function.currentIndexChanged.connect(lambda: self.model.update_selected(function=self.function.currentData()))

    def load(self, stage: ActivationStage) -> None:
        self.function.blockSignals(True)
        self.function.setCurrentIndex(self.function.findData(stage.function))
        self.function.blockSignals(False)
        self.tip.setText(ACTIVATIONS[stage.function][1])


class InputControls(QWidget):
    def __init__(self, model: PipelineModel) -> None:
        super().__init__()
        self.gray = QCheckBox("Gray (one channel)", objectName="gray")
        self.gray.setToolTip("Convert the image to one gray channel first (OpenCV's RGB→gray); otherwise every stage works on each of the R, G and B channels separately.")
        text = QLabel("The input: the current image as float32 values 0..255. Select a stage in the strip to edit it.", wordWrap=True)
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
        for page in (self.input_controls, self.conv, self.activation, self.pool, self.operation):
            self.addWidget(page)
        self.conv.kernel_editor.problem.connect(self.problem)
        model.selection_changed.connect(self.reload)
        model.changed.connect(self._on_model_changed)
        self.reload()

    def reload(self) -> None:
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

    def _on_model_changed(self) -> None:
        stage = self.model.selected_stage()
        if isinstance(stage, ConvStage):
            self.conv.update_formula(stage)
        elif isinstance(stage, ActivationStage):
            self.activation.load(stage)
        elif isinstance(stage, PoolStage):
            self.pool.load(stage)
