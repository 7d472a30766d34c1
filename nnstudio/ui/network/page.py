"""The Network tab: design a network from blocks, pick the data, train it, watch it learn.

The tab's state is one NetworkDocument (design, data set, settings, run); this page lays out
the panels and connects each to the document: edits go to the document, its signals redraw
the views. Results of a run reach the views only while that run is the current one.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QSplitter,
                               QTabWidget, QToolButton, QVBoxLayout, QWidget)

from ...nn.design import PRESETS, REGRESSION_PRESETS, load_design
from ...nn.design_file import design_for_class_set
from ...nn.layers import PERCEPTRON_LAYERS, SPECS, fmt_shape
from ..document import ImageDocument
from ..page import Page, owning_new_windows
from ..qt_image import from_qimage
from ..workers import LatestJobRunner
from .canvas import DesignCanvas
from .data_panel import DataPanel
from .document import NetworkDocument
from .file_actions import NetworkFiles
from .inside_panel import InsidePanel
from .inspector import Inspector
from .neuron_panel import NeuronPanel
from .netron_launch import NetronLauncher
from .neuron_view import linear_weights
from .palette import PERCEPTRON, LayerPalette
from .plots import TrainingPlots
from .run_bar import RunBar
from .tensorboard_action import TensorBoardExport
from .training_panel import TrainingPanel
from .training_run import REDRAW_MS, BatchLosses, RunState
from .view_picker import ViewPicker

DEFAULT_PRESET = "mlp_xor"


class NetworkPage(Page):
    title = QT_TRANSLATE_NOOP("Page", "Network")
    description = QT_TRANSLATE_NOOP(
        "Page",
        "Design a neural network from blocks, train it with PyTorch on the CPU or a GPU, and "
        "watch the loss fall and the accuracy rise as it learns."
    )

    def __init__(self, document: ImageDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.network = NetworkDocument(load_design(DEFAULT_PRESET), self)
        self.model = self.network.model  # the undoable design
        self.files = NetworkFiles(self.network, self)
        self.tensorboard = TensorBoardExport(self.network, self)
        self.netron = NetronLauncher(self.network, self)
        self.palette = LayerPalette()
        self.canvas = DesignCanvas()
        self.inspector = Inspector()
        self.training = TrainingPanel(self.network)
        self.run_bar = RunBar(self.network)
        self.neuron_panel = NeuronPanel()  # the neuron view with its numbers
        self.neurons = self.neuron_panel.view
        with owning_new_windows(self):  # pyqtgraph's plot menus
            self.data_panel = DataPanel(self.network)
            self.plots = TrainingPlots()
            self.inside = InsidePanel()
        self.inside.insertTab(0, self.plots, self.tr("Loss && accuracy"))
        self.inside.setTabToolTip(0, self.tr("Loss and accuracy per epoch, and the loss of every batch while "
                                             "an epoch runs; earlier runs stay dimmed."))
        self.inside.setCurrentIndex(0)
        self.inside.setCornerWidget(None)  # its export button joins the picker's buttons
        self.view_picker = ViewPicker(self.inside, (self.inside.export_button,))
        self.inside.views_enabled.connect(self.view_picker.sync)
        self.input_label = QLabel(objectName="input_label", wordWrap=True)
        self.input_label.setToolTip(self.tr("The shape of one sample, and of a batch of N samples as PyTorch gets it."))
        self.totals = QLabel(objectName="design_totals")
        self.totals.setToolTip(self.tr("The network's output shape and how many weights training adjusts."))
        self.totals.setWordWrap(True)
        self.message = QLabel(objectName="network_message")
        self.message.setToolTip(self.tr("What the tab last did, or what went wrong."))
        self.message.setWordWrap(True)
        self._selected = 0
        self.class_window = None
        self._train_classes_when_loaded = False
        self._class_data_before = None
        self._redraw = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._redraw.timeout.connect(self.plots.redraw)
        self._build_layout()
        self._connect()
        self._on_design_changed()
        self.say(self.network.description())

    # --- layout ----------------------------------------------------------------------------
    def _build_layout(self) -> None:
        presets = QToolButton(text=self.tr("Open preset"), objectName="preset_button")
        presets.setToolTip(self.tr("Open one of the built-in designs, with its data set and settings."))
        presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(presets)
        for name in (*PRESETS, *REGRESSION_PRESETS):
            menu.addAction(name, lambda n=name: self.open_preset(n))
        presets.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(presets)
        files = self.files
        for text, tip, slot, name in (
                (self.tr("Open design…"), self.tr("Open a design saved as JSON: layers, data set and settings."),
                 files.ask_open_design, "open_design"),
                (self.tr("Save design…"), self.tr("Save the layers, the data set and the settings as JSON."),
                 files.ask_save_design, "save_design"),
                (self.tr("Open weights…"), self.tr("Load trained weights (.pt) into this design; they must fit "
                                                   "it layer for layer. Train then starts from them."),
                 files.ask_open_weights, "open_weights"),
                (self.tr("Save weights…"), self.tr("Save the trained weights as a .pt file (PyTorch's state dict)."),
                 files.ask_save_weights, "save_weights"),
                (self.tr("Export model…"), self.tr("Write the trained network as ONNX (to look at in Netron, or to "
                                                   "run with ONNX Runtime or OpenVINO on other hardware), as "
                                                   "TorchScript, or as a standalone PyTorch training script."),
                 files.ask_export_model, "export_model")):
            button = QPushButton(text, objectName=name)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        stack = self.model.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        delete = QAction(self.tr("Delete layer"), self, shortcut=QKeySequence.StandardKey.Delete)
        delete.triggered.connect(lambda: self.model.remove_layer(self.canvas.currentRow()))
        for action in (self.undo_action, self.redo_action, delete):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # Buttons with fixed labels: the actions' own texts grow with the edit's name.
        for text, tip, slot, can, changed, name in (
                (self.tr("↶ Undo"), self.tr("Undo the last edit (Ctrl+Z)"), stack.undo, stack.canUndo,
                 stack.canUndoChanged, "undo_button"),
                (self.tr("↷ Redo"), self.tr("Redo the last edit you undid (Ctrl+Shift+Z)"), stack.redo,
                 stack.canRedo, stack.canRedoChanged, "redo_button")):
            button = QPushButton(text, objectName=name)
            button.setToolTip(tip)
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
        palette_layout.addWidget(QLabel(self.tr("<b>Layers</b> (drag onto the network)"), wordWrap=True))
        palette_layout.addWidget(self.palette)
        left.addWidget(palette_box)
        left.addWidget(self.inspector)
        # The inspector's explanation wraps onto several lines in a narrow column; the palette
        # scrolls, so the inspector gets the larger share.
        left.setSizes([230, 470])
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.input_label)
        centre_layout.addWidget(self.canvas, 1)
        centre_layout.addWidget(self.totals)
        self.side = QTabWidget(objectName="network_side_tabs")
        for widget, title, tip in (
                (self.data_panel, self.tr("Data"), self.tr("The data set the network trains and is tested on.")),
                (self.training, self.tr("Training"), self.tr("Loss, optimiser, learning rate and the other settings.")),
                (self.neuron_panel, self.tr("Neurons"), self.tr("Small dense networks: every neuron and weight."))):
            self.side.setTabToolTip(self.side.addTab(widget, title), tip)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        inside = QWidget()
        inside_layout = QVBoxLayout(inside)
        inside_layout.setContentsMargins(0, 0, 0, 0)
        inside_layout.addWidget(self.view_picker)
        inside_layout.addWidget(self.inside, 1)
        # The inside views get what the other columns leave: in a 1024-pixel window they
        # still have about 360 pixels, enough for the plots and two rows of view buttons.
        # (The centre column holds a block's 220 pixels and a scroll bar.)
        for widget, width in ((left, 170), (centre, 245), (self.side, 235), (inside, 630)):
            splitter.addWidget(widget)
            widget.setMinimumWidth(min(width, 170))
        splitter.setSizes([170, 245, 235, 630])
        splitter.setStretchFactor(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.run_bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        network = self.network
        network.design_changed.connect(self._on_design_changed)
        network.data_changed.connect(self._on_design_changed)
        network.results_forgotten.connect(self._on_results_forgotten)
        network.runs_cleared.connect(self.plots.clear)
        network.run_started.connect(self._on_run_started)
        network.epoch_finished.connect(self._on_epoch)
        network.batches_streamed.connect(self._on_batches)
        network.insight_arrived.connect(self.inside.show_insight)
        network.run_state_changed.connect(self._on_state)
        network.said.connect(self.say)
        self.canvas.layer_dropped.connect(self._insert)
        self.canvas.layer_moved.connect(self.model.move_layer)
        self.canvas.delete_requested.connect(self.model.remove_layer)
        self.canvas.currentRowChanged.connect(self._on_select)
        self.palette.itemDoubleClicked.connect(
            lambda item: self._insert(len(self.model.design.layers), item.data(Qt.ItemDataRole.UserRole)))
        self.inspector.setting_changed.connect(self.model.set_setting)
        self.inspector.fix_requested.connect(network.fix)
        # The Evaluate view costs a pass over the test split: live only while it is shown.
        self.inside.currentChanged.connect(
            lambda _i: network.set_view_wishes(evaluate_always=self.inside.currentWidget() is self.inside.confusion))
        self.inside.probe_changed.connect(lambda array: network.set_view_wishes(probe_input=array))
        self.inside.probe_changed.connect(self.neuron_panel.set_probe)
        self.inside.current_image_wanted.connect(self.use_current_image)
        self.document.image_changed.connect(self._on_frame)
        self.inside.live_frames.toggled.connect(lambda: self._on_frame(self.document.image))
        self.data_panel.classes_wanted.connect(self.show_class_window)
        self._converter = LatestJobRunner("image-input", self)
        self._converter.finished.connect(self._on_image_converted)
        self._converter.failed.connect(lambda text: self.say(text, error=True))
        self.inside.said.connect(lambda text, error: self.say(text, error=error))
        # "Where did it look?" can follow a live camera or video: each frame is converted on a
        # worker of its own (the newest frame wins) and explained when the view is shown.
        self._frames = LatestJobRunner("look-frames", self)
        self._frames.finished.connect(self._on_frame_converted)
        self._frames.failed.connect(lambda text: self.say(text, error=True))
        self.document.live_changed.connect(self._on_live_changed)
        self.document.image_changed.connect(self._on_image_changed)
        self.inside.graph.netron_wanted.connect(self.netron.open)

    # --- design ----------------------------------------------------------------------------
    def open_preset(self, name: str) -> None:
        self._selected = 0
        self.network.open(load_design(name))

    def open_design(self, path) -> bool:
        self._selected = 0
        return self.files.open_design(path)

    # --- the learner's own image classes -----------------------------------------------------
    def show_class_window(self):
        """Network ▸ New image classes…: one window per tab, made when first asked for."""
        if self.class_window is None:
            from .class_window import ClassWindow

            self.class_window = ClassWindow(self.document, self.network, self)
            self.class_window.train_wanted.connect(self.train_class_set)
            self.network.data_changed.connect(self._on_class_data_changed)
        self.class_window.show()
        self.class_window.raise_()
        return self.class_window

    def train_class_set(self, folder: str, classes: int) -> None:
        """Open cnn_my_classes on the saved class set and train it as soon as it has loaded."""
        self._class_data_before = self.network.data
        self._train_classes_when_loaded = True
        self._selected = 0
        self.network.open(design_for_class_set(folder, classes))

    def _on_class_data_changed(self) -> None:
        network = self.network
        if not self._train_classes_when_loaded or not network.data_ready:
            return
        self._train_classes_when_loaded = False
        if network.data is not self._class_data_before:  # loaded; else it failed and said why
            network.train()

    def _insert(self, row: int, layer_type: str) -> None:
        if layer_type == PERCEPTRON:
            self.model.insert_layers(row, list(PERCEPTRON_LAYERS), self.tr("Add perceptron"))
        elif layer_type in SPECS:
            self.model.insert_layer(row, layer_type)
        self._selected = row
        self.canvas.setCurrentRow(row)

    def _on_select(self, row: int) -> None:
        if row >= 0:
            self._selected = row
        layers = self.model.design.layers
        self.inspector.show_layer(row, layers[row] if 0 <= row < len(layers) else None)

    def _on_design_changed(self) -> None:
        """Redraw everything that shows the design: blocks, shapes, verdict, the views."""
        network, design = self.network, self.network.design
        analysis = self.model.analysis
        groups = {name: spec.group for name, spec in SPECS.items()}
        self.canvas.show_layers(analysis.layers, design.layers, groups, min(self._selected, len(analysis.layers) - 1))
        self._on_select(self.canvas.currentRow())
        shape = tuple(design.input)
        self.input_label.setText(self.tr("<b>Input</b> {shape} per sample — a batch of N is (N, {dims})").format(
            shape=fmt_shape(shape), dims=", ".join(map(str, shape))))
        out = analysis.output_shape
        self.totals.setText(self.tr("<b>Output</b> {out} · <b>{params:,}</b> trainable parameters in {n} layers").format(
            out=fmt_shape(out) if out else "?", params=analysis.total_params, n=len(analysis.layers)))
        self.inspector.show_verdict(network.verdict())
        if network.run is None:
            self.neuron_panel.set_design(shape, design.layers)
        if network.data is not None:
            self.neurons.set_output_names(list(network.data.class_names))
        self.inside.prepare(design, network.data, network.problem() is None)
        self._on_live_changed(self.document.is_live)  # a larger design may no longer follow frames
        self.neuron_panel.set_probe(self.inside.probe_input())
        network.set_view_wishes(plane_grid=self.inside.grid)

    def _on_results_forgotten(self) -> None:
        self.plots.put_aside()
        self.plots.redraw()
        self.neuron_panel.set_design(tuple(self.network.design.input), self.network.design.layers)
        self.inside.forget_run()

    def use_current_image(self) -> None:
        """Feed the shared image (Pixels and Filters tabs) to the network, converted on a
        worker: from its working copy (at most 2048 × 2048) that still takes too long for the
        window's thread. The maps change when it is done."""
        self._converter.submit(image_input, self.document.working_pixels, self.model.design)

    def _on_image_converted(self, result) -> None:
        design, converted = result
        if design is not self.model.design:  # edited meanwhile: the input may no longer fit
            return
        if self.document.is_live and self.inside.live_frames.isChecked():
            self.inside.set_probe(converted.array, self.tr("live frame: {steps}").format(steps=converted.steps))
            self.inside.draw.show_frame(converted)
        else:
            self.inside.set_probe(converted.array, self.tr("the current image: {steps}").format(steps=converted.steps))

    # --- live frames as the input ------------------------------------------------------------
    def _follows_frames(self) -> bool:
        return self.document.is_live and self.inside.live_frames.isChecked()

    def busy(self) -> bool:
        return self._follows_frames() and not self._converter.settled

    def catch_up(self) -> None:
        self._on_frame(self.document.image)

    def _on_frame(self, _image) -> None:
        if self._follows_frames() and not self.skip_hidden_frame():
            self.use_current_image()

    def _on_live_changed(self, live: bool) -> None:
        self.inside.look.set_live_allowed(live, self.model.analysis.total_params)

    def _on_image_changed(self, _image) -> None:
        look = self.inside.look
        if look.following and look.isVisible():
            self._frames.submit(image_input, self.document.working_pixels, self.model.design)

    def _on_frame_converted(self, result) -> None:
        design, converted = result
        if design is self.model.design:
            self.inside.look.show_frame(converted.array, self.tr("camera frame: {steps}").format(steps=converted.steps))

    # --- training --------------------------------------------------------------------------
    def current_design(self):
        return self.network.current_design()

    def _on_run_started(self, run) -> None:
        if run.loaded_model is not None:  # opened weights: shown, not a run with curves
            self.inside.use_model(run.loaded_model)
            self.neuron_panel.set_weights(linear_weights(
                {k: v.detach().cpu().numpy() for k, v in run.loaded_model.state_dict().items()}, run.design.layers))
            return
        self.plots.new_run(run.label, run.id, task=run.data.task, epochs=run.config.epochs)
        # The lower plot shows R² for a number to predict: the tab's title says which.
        self.inside.setTabText(self.inside.indexOf(self.plots), self.tr("Loss && R²") if run.data.task == "regress"
                               else self.tr("Loss && accuracy"))
        self.neuron_panel.set_design(tuple(run.design.input), run.design.layers)
        self.inside.start_run(run.label)

    def _on_epoch(self, result) -> None:
        run = self.network.run
        self.plots.add(result, run.id)
        if result.weights is not None:
            self.neuron_panel.set_weights(linear_weights(result.weights, run.design.layers))
        if not self._redraw.isActive():
            self._redraw.start()

    def _on_batches(self, item: BatchLosses) -> None:
        self.plots.add_batches(item.run_id, item.epoch, item.first, item.batches, item.losses)
        if not self._redraw.isActive():
            self._redraw.start()

    def _on_state(self, state: RunState) -> None:
        if state in (RunState.FINISHED, RunState.STOPPED, RunState.PAUSED, RunState.FAILED):
            self.plots.redraw()

    # --- files and messages ------------------------------------------------------------------
    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(("⚠ " if error else "") + text)
        self.message.setStyleSheet("color: #c62828" if error else "")

    def fill_file_menu(self, menu: QMenu) -> bool:
        designs = menu.addMenu(self.tr("Open &design"))
        designs.setObjectName("menu_designs")
        for name in (*PRESETS, *REGRESSION_PRESETS):
            designs.addAction(name, lambda n=name: self.open_preset(n)).setData(self)
        designs.addSeparator()
        designs.addAction(self.tr("From a file…"), self.files.ask_open_design).setData(self)
        menu.addAction(self.tr("Import &table (CSV/TSV)…"), self.data_panel.import_table).setData(self)
        menu.addAction(self.tr("New image c&lasses…"), self.show_class_window).setData(self)
        menu.addAction(self.tr("Save d&esign as…"), self.files.ask_save_design).setData(self)
        menu.addAction(self.tr("E&xport model…"), self.files.ask_export_model).setData(self)
        menu.addAction(self.tr("O&pen in Netron"), self.netron.open).setData(self)
        menu.addAction(self.tr("Export run for Tensor&Board…"), self.tensorboard.ask_export).setData(self)
        histograms = menu.addAction(self.tr("    with weight histograms"))
        histograms.setObjectName("tensorboard_histograms")
        histograms.setCheckable(True)
        histograms.setChecked(self.tensorboard.histograms)
        histograms.setToolTip(self.tr("Also write a histogram of every weight tensor (TensorBoard's Histograms tab)."))
        histograms.toggled.connect(self.tensorboard.set_histograms)
        histograms.setData(self)
        return True

    # --- Page ------------------------------------------------------------------------------
    def result_image(self) -> np.ndarray | None:
        """The loss and accuracy plots as a picture (File ▸ Save result as…)."""
        if not self.plots.runs:
            return None
        return from_qimage(self.plots.grab().toImage())

    def shutdown(self) -> None:
        self._redraw.stop()
        if self.class_window is not None:
            self.class_window.shutdown()
        self.network.shutdown()
        self.data_panel.shutdown()
        self.inside.shutdown()
        self._converter.shutdown()
        self.files.shutdown()
        self._frames.shutdown()
        self.tensorboard.shutdown()
        self.netron.shutdown()


def image_input(pixels: np.ndarray, design):
    """On the converter's thread: the picture as one input of `design`, with the design."""
    from ...core.model_input import to_model_input

    return design, to_model_input(pixels, tuple(design.input))
