"""The Network tab: design a network from blocks, pick the data, train it, watch it learn.

Data flows one way: edits go to the DesignModel (undoable), which re-checks the design and
tells the canvas, the inspector and the buttons; Train hands a frozen copy of the design,
the data set and the settings to the TrainingSession thread, whose epoch results feed the
plots (redrawn at most every 100 ms).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QSplitter,
                               QTabWidget, QToolButton, QVBoxLayout, QWidget)

from ...core.dataset_registry import DataSet
from ...core.errors import InputError
from ...nn.design import PRESETS, Design, DesignError, load_design, save_design
from ...nn.layers import PERCEPTRON_LAYERS, SPECS, fmt_shape
from ..document import ImageDocument
from ..page import Page, owning_new_windows
from ..qt_image import from_qimage
from .canvas import DesignCanvas
from .data_panel import DataPanel
from .design_model import DesignModel
from .inside_panel import InsidePanel
from .inspector import Inspector
from .neuron_view import NeuronView, linear_weights
from .palette import PERCEPTRON, LayerPalette
from .plots import TrainingPlots
from .training_panel import TrainingPanel
from .training_session import TrainingSession

DEFAULT_PRESET = "mlp_xor"
REDRAW_MS = 100


class NetworkPage(Page):
    title = QT_TRANSLATE_NOOP("Page", "Network")
    description = QT_TRANSLATE_NOOP(
        "Page",
        "Design a neural network from blocks, train it with PyTorch on the CPU or a GPU, and "
        "watch the loss fall and the accuracy rise as it learns."
    )

    def __init__(self, document: ImageDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.model = DesignModel(load_design(DEFAULT_PRESET), self)
        self.session = TrainingSession(self)
        self.palette = LayerPalette()
        self.canvas = DesignCanvas()
        self.inspector = Inspector()
        self.training = TrainingPanel()
        self.neurons = NeuronView()
        with owning_new_windows(self):  # pyqtgraph's plot menus
            self.data_panel = DataPanel()
            self.plots = TrainingPlots()
            self.inside = InsidePanel()
        self.inside.insertTab(0, self.plots, "Loss && accuracy")
        self.inside.setCurrentIndex(0)
        self.input_label = QLabel(objectName="input_label")
        self.totals = QLabel(objectName="design_totals")
        self.totals.setWordWrap(True)
        self.message = QLabel(objectName="network_message")
        self.message.setWordWrap(True)
        self._selected = 0
        self._runs = 0
        self._trained_layers: tuple[dict, ...] = ()
        self._redraw = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._redraw.timeout.connect(self.plots.redraw)
        self._build_layout()
        self._connect()
        self._open(self.model.design, push=False)

    # --- layout ----------------------------------------------------------------------------
    def _build_layout(self) -> None:
        presets = QToolButton(text="Open preset", objectName="preset_button")
        presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(presets)
        for name in PRESETS:
            menu.addAction(name, lambda n=name: self.open_preset(n))
        presets.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(presets)
        for text, slot, name in (("Open design…", self._ask_open_design, "open_design"),
                                 ("Save design…", self._ask_save_design, "save_design"),
                                 ("Open weights…", self._ask_open_weights, "open_weights"),
                                 ("Save weights…", self._ask_save_weights, "save_weights"),
                                 ("Export model…", self._ask_export_model, "export_model")):
            button = QPushButton(text, objectName=name)
            button.setToolTip(f"{text[2:]} the last edit ({'Ctrl+Z' if 'Undo' in text else 'Ctrl+Shift+Z'})")
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.undo_action = self.model.undo_stack.createUndoAction(self, "Undo")
        self.redo_action = self.model.undo_stack.createRedoAction(self, "Redo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        delete = QAction("Delete layer", self, shortcut=QKeySequence.StandardKey.Delete)
        delete.triggered.connect(lambda: self.model.remove_layer(self.canvas.currentRow()))
        for action in (self.undo_action, self.redo_action, delete):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # Buttons with fixed labels: the actions' own texts grow with the edit's name.
        stack = self.model.undo_stack
        for text, slot, can, changed, name in (
                ("↶ Undo", stack.undo, stack.canUndo, stack.canUndoChanged, "undo_button"),
                ("↷ Redo", stack.redo, stack.canRedo, stack.canRedoChanged, "redo_button")):
            button = QPushButton(text, objectName=name)
            button.setToolTip(f"{text[2:]} the last edit ({'Ctrl+Z' if 'Undo' in text else 'Ctrl+Shift+Z'})")
            button.clicked.connect(slot)
            button.setEnabled(can())
            changed.connect(button.setEnabled)
            bar.addWidget(button)
        bar.addStretch(1)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        left = QSplitter(Qt.Orientation.Vertical)
        palette_box = QWidget()
        palette_layout = QVBoxLayout(palette_box)
        palette_layout.setContentsMargins(0, 0, 0, 0)
        palette_layout.addWidget(QLabel("<b>Layers</b> (drag onto the network)"))
        palette_layout.addWidget(self.palette)
        left.addWidget(palette_box)
        left.addWidget(self.inspector)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.input_label)
        centre_layout.addWidget(self.canvas, 1)
        centre_layout.addWidget(self.totals)
        self.side = QTabWidget(objectName="network_side_tabs")
        self.side.addTab(self.data_panel, "Data")
        self.side.addTab(self.training, "Training")
        self.side.addTab(self.neurons, "Neurons")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget, width in ((left, 200), (centre, 280), (self.side, 290), (self.inside, 480)):
            splitter.addWidget(widget)
            widget.setMinimumWidth(min(width, 180))
        splitter.setSizes([200, 280, 290, 480])
        splitter.setStretchFactor(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.model.changed.connect(self._refresh)
        self.canvas.layer_dropped.connect(self._insert)
        self.canvas.layer_moved.connect(self.model.move_layer)
        self.canvas.delete_requested.connect(self.model.remove_layer)
        self.canvas.currentRowChanged.connect(self._on_select)
        self.palette.itemDoubleClicked.connect(
            lambda item: self._insert(len(self.model.design.layers), item.data(Qt.ItemDataRole.UserRole)))
        self.inspector.setting_changed.connect(self.model.set_setting)
        self.inspector.fix_requested.connect(self._fix)
        self.data_panel.loaded.connect(self._on_data)
        self.data_panel.failed.connect(lambda m: self.say(m, error=True))
        self.training.start.clicked.connect(self.start_training)
        self.training.pause.clicked.connect(self._pause_or_resume)
        self.training.step.clicked.connect(self.step_epoch)
        self.training.stop.clicked.connect(self.session.request_stop)
        self.training.reset.clicked.connect(self.reset)
        self.session.epoch_done.connect(self._on_epoch)
        self.session.state_changed.connect(self._on_state)
        self.session.failed.connect(lambda m: self.say(m, error=True))
        self.session.insight_ready.connect(self.inside.show_insight)
        self.inside.currentChanged.connect(self._on_view_changed)
        self.inside.probe_changed.connect(self._set_probe)
        self.inside.current_image_wanted.connect(self.use_current_image)
        self.session.device_known.connect(lambda d: self.training.status.setText(f"Training on {d}…"))

    # --- design ----------------------------------------------------------------------------
    def open_preset(self, name: str) -> None:
        self._open(load_design(name))

    def _open(self, design: Design, push: bool = True) -> None:
        if push:
            self.model.replace(design, f"Open {design.name}")
        self._selected = 0
        self.training.set_config(design.training)
        self.data_panel.choose(design.dataset.get("name", "gate-xor"),
                               {k: v for k, v in design.dataset.items() if k != "name"})
        self._refresh()
        self.say(design.description or f"Opened {design.name}.")

    def _insert(self, row: int, layer_type: str) -> None:
        if layer_type == PERCEPTRON:
            self.model.insert_layers(row, list(PERCEPTRON_LAYERS), "Add perceptron")
        elif layer_type in SPECS:
            self.model.insert_layer(row, layer_type)
        self._select(row)

    def _select(self, row: int) -> None:
        self._selected = row
        self.canvas.setCurrentRow(row)

    def _on_select(self, row: int) -> None:
        if row >= 0:
            self._selected = row
        layers = self.model.design.layers
        self.inspector.show_layer(row, layers[row] if 0 <= row < len(layers) else None)

    def _fix(self) -> None:
        problem = self.problem()
        if problem is not None and problem.fix is not None and problem.fix["op"] == "input":
            self.model.set_input(self.data_panel.data.input_shape)
        else:
            self.model.apply_fix()

    def problem(self) -> DesignError | None:
        """What stops training: a data set the input does not fit (first: every layer's
        shape follows from it), else the design's first problem."""
        data = self.data_panel.data
        if data is not None and tuple(self.model.design.input) != data.input_shape:
            return DesignError(f"The network takes {fmt_shape(tuple(self.model.design.input))} but "
                               f"{data.name} gives {fmt_shape(data.input_shape)} per sample.", None,
                               {"op": "input", "label": f"Set the input to {fmt_shape(data.input_shape)}"})
        return self.model.analysis.error

    def _refresh(self) -> None:
        analysis = self.model.analysis
        groups = {name: spec.group for name, spec in SPECS.items()}
        self.canvas.show_layers(analysis.layers, self.model.design.layers, groups, min(self._selected, len(analysis.layers) - 1))
        self._on_select(self.canvas.currentRow())
        self.input_label.setText(f"<b>Input</b> {fmt_shape(tuple(self.model.design.input))} per sample"
                                 f" — a batch of N is (N, {', '.join(map(str, self.model.design.input))})")
        out = analysis.output_shape
        self.totals.setText(f"<b>Output</b> {fmt_shape(out) if out else '?'} · <b>{analysis.total_params:,}</b> "
                            f"trainable parameters in {len(analysis.layers)} layers")
        problem = self.problem()
        if problem is None:
            self.inspector.show_verdict(analysis)
        else:
            from ...nn.design import Analysis

            self.inspector.show_verdict(Analysis(analysis.input, analysis.layers, problem))
        self.training.show_state(self.session.state, problem is None)
        self.neurons.set_design(tuple(self.model.design.input), self.model.design.layers)

    def _on_data(self, data: DataSet) -> None:
        self.model.set_num_classes(data.num_classes)
        self.session.probe_input = None
        self._prepare_inside()

    def _prepare_inside(self) -> None:
        """Give the inside views the design and the data."""
        data = self.data_panel.data
        self.inside.prepare(self.model.design, data, self.problem() is None and data is not None)
        self.session.plane_grid = self.inside.grid

    def _on_view_changed(self, _index: int) -> None:
        # The confusion matrix costs a pass over the test split: live only while it is shown.
        self.session.evaluate_always = self.inside.currentWidget() is self.inside.confusion

    def _set_probe(self, array) -> None:
        self.session.probe_input = array

    def use_current_image(self) -> bool:
        """Feed the shared image (Pixels and Filters tabs) to the network, converted."""
        from ...core.model_input import to_model_input

        try:
            converted = to_model_input(self.document.image.pixels, tuple(self.model.design.input))
        except InputError as exc:
            self.say(str(exc), error=True)
            return False
        self.inside.set_probe(converted.array, f"the current image: {converted.steps}")
        return True

    # --- training --------------------------------------------------------------------------
    def current_design(self) -> Design:
        """The design as a file would hold it: layers, the data set and the training settings."""
        from dataclasses import replace

        return replace(self.model.design, dataset=self.data_panel.design_entry(), training=self.training.config())

    def start_training(self, paused: bool = False) -> bool:
        problem = self.problem()
        data = self.data_panel.data
        if problem is not None or data is None:
            self.say(str(problem) if problem else "The data set is still loading.", error=True)
            return False
        try:
            config = self.training.config().checked()
        except InputError as exc:
            self.say(str(exc), error=True)
            return False
        self._runs += 1
        self._trained_layers = self.model.design.layers
        name = f"{self.model.design.name} #{self._runs}"
        self.plots.new_run(name)
        self._prepare_inside()
        self.inside.start_run(name)
        self.session.start(self.current_design(), data, config, paused=paused)
        return True

    def step_epoch(self) -> None:
        if not self.session.running and not self.start_training(paused=True):
            return
        self.session.step()

    def _pause_or_resume(self) -> None:
        if self.session.state == "paused":
            self.session.resume()
        elif self.session.state == "running":
            self.session.pause()

    def reset(self) -> None:
        self.session.stop()
        self.session.trainer = None
        self.plots.clear()
        self._on_state("idle")
        self.training.status.setText("Weights forgotten; Train starts from fresh random weights.")

    def _on_epoch(self, result) -> None:
        self.plots.add(result)
        if result.weights is not None:
            self.neurons.set_weights(linear_weights(result.weights, self._trained_layers))
        if not self._redraw.isActive():
            self._redraw.start()
        total = self.training.epochs.value()
        self.training.status.setText(
            f"Epoch {result.epoch}/{total}: loss {result.train_loss:.4f}, accuracy {result.train_acc:.1%}; "
            f"test loss {result.test_loss:.4f}, test accuracy {result.test_acc:.1%}. "
            f"{result.seconds * 1000:.0f} ms per epoch, {result.samples_per_s:,.0f} samples/s on {result.device}.")

    def _on_state(self, state: str) -> None:
        self.training.show_state(state, self.problem() is None)
        if state in ("finished", "stopped"):
            self.plots.redraw()

    # --- files -----------------------------------------------------------------------------
    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(("⚠ " if error else "") + text)
        self.message.setStyleSheet("color: #c62828" if error else "")

    def _ask_open_design(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open design", "", "Network designs (*.json)")
        if path:
            self.open_design(path)

    def open_design(self, path: str | Path) -> bool:
        try:
            design = load_design(path)
        except InputError as exc:
            self.say(str(exc), error=True)
            return False
        self._open(design)
        return True

    def _ask_save_design(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save design", f"{self.model.design.name}.json", "Network designs (*.json)")
        if path:
            self.save_design(path)

    def save_design(self, path: str | Path) -> bool:
        try:
            save_design(self.current_design(), path)
        except OSError as exc:
            self.say(f"Could not write {Path(path).name}: {exc.strerror or exc}.", error=True)
            return False
        self.say(f"Saved the design to {Path(path).name}.")
        return True

    def _trained_model(self):
        if self.session.running and self.session.state != "paused":
            self.say("Pause or stop training first.", error=True)
            return None
        if self.session.trainer is None:
            self.say("Train the network (or step one epoch) first: there are no weights yet.", error=True)
            return None
        return self.session.trainer.model

    def _ask_save_weights(self) -> None:
        if self._trained_model() is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save weights", f"{self.model.design.name}.pt", "PyTorch weights (*.pt)")
        if path:
            self.save_weights(path)

    def save_weights(self, path: str | Path) -> bool:
        from ...nn.build import save_weights

        model = self._trained_model()
        if model is None:
            return False
        try:
            save_weights(model, path)
        except OSError as exc:
            self.say(f"Could not write {Path(path).name}: {exc.strerror or exc}.", error=True)
            return False
        self.say(f"Saved the weights to {Path(path).name}.")
        return True

    def _ask_open_weights(self) -> None:
        if self._trained_model() is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, "Open weights", "", "PyTorch weights (*.pt *.pth)")
        if path:
            self.open_weights(path)

    def open_weights(self, path: str | Path) -> bool:
        from ...nn.build import load_weights

        model = self._trained_model()
        if model is None:
            return False
        try:
            load_weights(model, path)
        except InputError as exc:
            self.say(str(exc), error=True)
            return False
        self.say(f"Loaded the weights from {Path(path).name}.")
        return True

    def _ask_export_model(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export model", self.model.design.name,
            "ONNX model (*.onnx);;TorchScript (*.pt);;Standalone PyTorch script (*.py)")
        if path:
            suffix = ".onnx" if chosen.startswith("ONNX") else ".pt" if chosen.startswith("TorchScript") else ".py"
            self.export_model(path if Path(path).suffix else path + suffix)

    def export_model(self, path: str | Path) -> bool:
        """ONNX (.onnx) or TorchScript (.pt) of the trained network, or a standalone training
        script (.py) with its data file, chosen by the file's suffix."""
        path = Path(path)
        kind = {".onnx": "onnx", ".pt": "torchscript", ".pth": "torchscript", ".py": "script"}.get(path.suffix.lower())
        if kind is None:
            self.say("Choose a file ending in .onnx, .pt or .py.", error=True)
            return False
        try:
            if kind == "script":
                from ...nn.script_export import export_script

                data = self.data_panel.data
                if data is None or self.problem() is not None:
                    self.say(str(self.problem() or "The data set is still loading."), error=True)
                    return False
                written = export_script(self.current_design(), data, path)[0]
            else:
                from ...nn.export import export_model

                model = self._trained_model()
                if model is None:
                    return False
                written = export_model(model, tuple(self.model.design.input), path, kind)
        except InputError as exc:
            self.say(str(exc), error=True)
            return False
        except OSError as exc:
            self.say(f"Could not write {path.name}: {exc.strerror or exc}.", error=True)
            return False
        self.say(f"Exported {Path(written).name}.")
        return True

    def fill_file_menu(self, menu: QMenu) -> bool:
        designs = menu.addMenu("Open &design")
        designs.setObjectName("menu_designs")
        for name in PRESETS:
            designs.addAction(name, lambda n=name: self.open_preset(n)).setData(self)
        designs.addSeparator()
        designs.addAction("From a file…", self._ask_open_design).setData(self)
        menu.addAction("Save d&esign as…", self._ask_save_design).setData(self)
        menu.addAction("E&xport model…", self._ask_export_model).setData(self)
        return True

    # --- Page ------------------------------------------------------------------------------
    def result_image(self) -> np.ndarray | None:
        """The loss and accuracy plots as a picture (File ▸ Save result as…)."""
        if not self.plots.runs:
            return None
        return from_qimage(self.plots.grab().toImage())

    def shutdown(self) -> None:
        self.session.stop()
        self.data_panel.shutdown()
