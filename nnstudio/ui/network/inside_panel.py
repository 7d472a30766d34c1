"""The "inside the network" tabs of the Network tab, fed by the training thread's insights.

Activations, decision boundary, learned weights, gradients, evaluation, draw to predict and
the layer graph. `prepare()` is called when a run starts (or the design or data change);
`show_insight()` with each Insight (a few times a second at most). The views only draw: the
model they use for drawing-to-predict is the insight's own CPU copy.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTabWidget,
                               QVBoxLayout, QWidget)

from ...core.dataset_registry import DataSet
from ...core.decision_grid import PlaneGrid, plane_grid
from ...core.feature_cross import LABELS as FEATURE_LABELS
from ...core.errors import InputError
from ...nn.design import Design
from ..picture_files import save_png
from ..workers import LatestJobRunner
from .activation_grid import ActivationGrid
from .confusion_view import ConfusionView
from .decision_view import DecisionView
from .draw_canvas import DrawCanvas
from .gradient_plot import GradientPlot
from .graph_view import GraphView
from .look_view import LookView
from .prediction_view import PredictionView
from .view_picker import FlowLayout
from .weights_view import HISTORY as WEIGHT_HISTORY, WeightsView

if TYPE_CHECKING:  # torch types: the window must not import torch at start-up
    from ...nn.insight import Insight


class InsidePanel(QTabWidget):
    probe_changed = Signal(object)  # the one input the activation maps are shown for
    current_image_wanted = Signal()  # "Use the current image" was clicked
    views_enabled = Signal()  # a view was enabled or disabled (for the data set)
    said = Signal(str, bool)  # one sentence for the tab's message line, and whether it is an error

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inside_tabs")
        self.activations = ActivationGrid()
        self.decision = DecisionView()
        self.weights = WeightsView()
        self.gradients = GradientPlot()
        self.confusion = ConfusionView()
        self.prediction = PredictionView()
        self.draw = DrawCanvas()
        self.graph = GraphView(note=True)
        self.look = LookView()
        self.look.current_image_wanted.connect(self.current_image_wanted)
        self.look.drawing_wanted.connect(self.use_drawing)
        self.activation_note = QLabel(self.tr("Train (or step one epoch) to see every layer's output for one test sample."))
        self.activation_note.setWordWrap(True)
        self.sample = QSpinBox(objectName="probe_sample", minimum=0, maximum=0)
        self.sample.setToolTip(self.tr("Which test sample the maps are shown for."))
        self.sample.valueChanged.connect(self._on_sample)
        # One input for both views: a sample chosen in either is the other's too.
        self.look.sample_wanted.connect(self.sample.setValue)
        self.sample.valueChanged.connect(self.look.set_sample)
        use_image = QPushButton(self.tr("Use the current image"), objectName="probe_current_image")
        use_image.setToolTip(self.tr("Feed the image of the Pixels and Filters tabs, converted to the network's input."))
        use_image.clicked.connect(self.current_image_wanted)
        self.live_frames = QCheckBox(self.tr("Use live frames"), objectName="probe_live_frames")
        self.live_frames.setToolTip(self.tr("While a camera or video plays (File ▸ Open camera… or Open video…), "
                                            "every frame is the input of these maps and of the Draw tab's answer."))
        use_drawing = QPushButton(self.tr("Use the drawing"), objectName="probe_drawing")
        use_drawing.setToolTip(self.tr("Feed what you drew in the Draw tab (image data sets)."))
        use_drawing.clicked.connect(self.use_drawing)
        self.probe_steps = QLabel(objectName="probe_steps")
        self.probe_steps.setWordWrap(True)
        probe_row = FlowLayout()  # wraps in a narrow window instead of squeezing the buttons
        probe_row.addWidget(QLabel(self.tr("Test sample")))
        probe_row.addWidget(self.sample)
        probe_row.addWidget(use_image)
        probe_row.addWidget(self.live_frames)
        probe_row.addWidget(use_drawing)
        activations = QWidget()
        box = QVBoxLayout(activations)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(probe_row)
        box.addWidget(self.probe_steps)
        box.addWidget(self.activation_note)
        box.addWidget(self.activations, 1)
        self.view_keys: dict[QWidget, str] = {}  # file names use these, never the tab titles
        for widget, key, title, tip in (
                (activations, "activations", self.tr("Activations"),
                 self.tr("Every layer's output (feature maps, dense cells) for one test sample.")),
                (self.decision, "decision", self.tr("Decision"),
                 self.tr("2-D data: the plane coloured by the network's answer, one small map per hidden neuron.")),
                (self.weights, "weights", self.tr("Weights"),
                 self.tr("The first conv layer's kernels and each layer's weight histogram over the epochs.")),
                (self.gradients, "gradients", self.tr("Gradients"),
                 self.tr("Each layer's gradient norm per epoch, log scale: vanishing gradients show here.")),
                (self.confusion, "evaluate", self.tr("Evaluate"),
                 self.tr("Confusion matrix on the test split and the misclassified samples.")),
                (self.prediction, "predicted-vs-true", self.tr("Predicted vs true"),
                 self.tr("A number to predict (regression): each test sample at its true value and the "
                         "network's prediction, with R².")),
                (self.draw, "draw", self.tr("Draw"),
                 self.tr("Draw a digit or shape: it is converted to the network's input and classified live.")),
                (self.look, "gradcam", self.tr("Where did it look?"),
                 self.tr("Grad-CAM or saliency over the input: which places made the network choose a class.")),
                (self.graph, "graph", self.tr("Graph"), self.tr("The model as a graph with the tensor shape on every edge."))):
            self.addTab(widget, title)
            self.setTabToolTip(self.count() - 1, tip)
            self.view_keys[widget] = key
        export = QPushButton(self.tr("Export PNG…"), objectName="export_view_png")
        export.setToolTip(self.tr("Save the shown view as a PNG picture (the graph also as SVG)."))
        export.clicked.connect(self._ask_export)
        self.export_button = export
        corner = QWidget()
        QHBoxLayout(corner).addWidget(export)
        corner.layout().setContentsMargins(0, 0, 0, 0)
        self.setCornerWidget(corner)
        self.currentChanged.connect(self._draw_current)
        self.data: DataSet | None = None
        self.design: Design | None = None
        self.valid = False
        self._untrained = None  # the design with random weights, built when first needed
        self._untrained_insight = None  # what the views show of it (take_insight at epoch 0)
        self.grid: PlaneGrid | None = None
        self.latest: Insight | None = None
        self.probe: np.ndarray | None = None
        self._stale: set[QWidget] = set()  # views not yet drawn with the latest insight
        # (epoch, histograms) not yet given to the weights view: only as many as it shows, or a
        # long run with another view on screen would pile up every insight's histograms.
        self._weights_seen: deque = deque(maxlen=WEIGHT_HISTORY)
        # The untrained network and what the views show of it are made on a worker: building
        # a large design and reading it takes seconds, which the window's thread cannot spare.
        self._builder = LatestJobRunner("inside-views", self)
        self._builder.finished.connect(self._on_untrained_ready)
        self._builder.failed.connect(lambda text: self.said.emit(text, True))
        self._generation = 0  # of the design, data and probe the views should show
        self._requested = -1  # the generation last asked of the builder
        self._untrained_graph = None  # layer_graph of the untrained network
        self._opened_weights = False  # the model shown without a run came from a weights file

    # --- the probe input -------------------------------------------------------------------
    def _on_sample(self, index: int) -> None:
        data = self.data
        if data is not None and len(data.x_test):
            if data.task == "regress":
                self.probe_steps.setText(self.tr("test sample {index}, true value {value}").format(
                    index=index, value=f"{float(data.y_test[index]):.4g}"))
            else:
                self.probe_steps.setText(self.tr("test sample {index}, class {name}").format(
                    index=index, name=data.class_names[int(data.y_test[index])]))
            self.set_probe(self.data.x_test[index])

    def use_drawing(self) -> bool:
        made = self.draw.model_input
        if made is None or not made.array.any() or self.data is None or self.data.kind != "images":
            self.probe_steps.setText(self.tr("Draw something in the Draw tab first (image data sets only)."))
            return False
        self.set_probe(made.array, self.tr("your drawing: {steps}").format(steps=made.steps))
        return True

    def set_probe(self, array: np.ndarray, steps: str | None = None) -> None:
        """Show the maps for this input now (with the latest weights) and from now on."""
        from ...nn.activations import capture_activations
        from ...nn.dropout_masks import training_dropout_masks

        self.probe = array
        if steps is not None:
            self.probe_steps.setText(steps)
        self.probe_changed.emit(array)
        if self.latest is not None:
            self.activations.show_activations(capture_activations(self.latest.model, array[None]), dropout=
                                              training_dropout_masks(self.latest.model, array, self.latest.epoch))
            self._stale.add(self.look)
            self._draw_current()
        elif self.valid:
            self._stale.add(self.activations)
            self._untrained_insight = None
            self._generation += 1
            self._draw_current()

    # --- feeding ------------------------------------------------------------------------------
    def prepare(self, design: Design, data: DataSet | None, valid: bool) -> None:
        """The design or data set changed: what the views draw is rebuilt from them when
        their tab is shown (that builds a model, and torch may still be loading in the
        background right after start-up)."""
        self.data, self.design, self.valid = data, design, valid and data is not None
        self._untrained = None
        self._untrained_insight = self._untrained_graph = None
        self._generation += 1
        if data is not None:
            with QSignalBlocker(self.sample):
                self.sample.setMaximum(max(0, len(data.x_test) - 1))
        points = data is not None and data.kind == "points" and (data.input_shape == (2,) or bool(data.inputs))
        self.grid = plane_grid(np.concatenate([data.plane("train"), data.plane("test")]),
                               to_inputs=data.network_inputs if data.inputs else None) if points else None
        self.setTabEnabled(self.indexOf(self.decision), points)
        images = data is not None and data.kind == "images"
        self.setTabEnabled(self.indexOf(self.draw), images)
        self.setTabEnabled(self.indexOf(self.look), images)
        self._opened_weights = False
        self.views_enabled.emit()
        if images:
            self.draw.set_input_shape(tuple(design.input))
            self.draw.set_class_names(list(data.class_names))
            self.look.set_design(list(design.layers), list(data.class_names), len(data.x_test))
        regress = data is not None and data.task == "regress"
        self.setTabEnabled(self.indexOf(self.prediction), regress)
        if points:
            self.decision.set_inputs(tuple(FEATURE_LABELS[k] for k in data.inputs))
            self.decision.set_points(data.plane("train"), data.y_train, data.target_range() if regress else None)
        self.look.forget(self.tr("Computing the map…"))
        self._stale |= set(self._views())
        self._draw_current()

    def forget_run(self) -> None:
        """The results shown belong to an earlier network: from now on the views show the
        design's untrained network until the next run's first insight."""
        self.latest = None
        self._untrained_insight = None
        self._generation += 1
        self.weights.histories = {}
        self._weights_seen.clear()
        self.look.forget(self.tr("Computing the map…"))  # the earlier network's map goes at once
        self._stale |= set(self._views())
        self._draw_current()

    def _views(self) -> tuple:
        """Every view drawn from a model (the gradient curves are kept per run instead)."""
        return (self.activations, self.decision, self.weights, self.confusion, self.prediction, self.draw,
                self.graph, self.look)

    def _model_for_views(self):
        """The latest trained copy, else the untrained network once the builder has made it
        (None until then, and while the design cannot be built)."""
        if self.latest is not None:
            return self.latest.model
        return self._untrained

    @property
    def shown_model(self):
        """The model the views draw: the latest insight's copy, else the untrained network
        (or the one with opened weights); None while the design cannot be built or is being built."""
        return self._model_for_views()

    @property
    def building(self) -> bool:
        """The views wait for the untrained network (or what they show of it) from the builder."""
        return (self.valid and self.latest is None and self._untrained_insight is None
                and self._requested == self._generation)

    def use_model(self, model) -> None:
        """Weights opened from a file: the views show this model until a run's insight."""
        self.forget_run()
        self._untrained = model
        self._opened_weights = True
        self._untrained_insight = self._untrained_graph = None
        self._generation += 1
        self._stale |= set(self._views())
        self._draw_current()

    def probe_input(self) -> np.ndarray | None:
        """The one input the Activations view shows (None before a data set is there)."""
        return self._probe() if self.data is not None and len(self.data.x_train) else None

    def _probe(self) -> np.ndarray:
        if self.probe is not None and tuple(self.probe.shape) == tuple(self.data.input_shape):
            return self.probe
        return (self.data.x_test if len(self.data.x_test) else self.data.x_train)[0]

    def _untrained_view(self) -> Insight | None:
        """What every view shows before the first epoch: the untrained network, taken the
        way a run's insight is, so the views draw it the same way. None while the builder
        makes it (asked for here; the views are drawn when it arrives)."""
        if self._untrained_insight is None and self.valid and self._requested != self._generation:
            self._requested = self._generation
            self._builder.submit(untrained_views, self._generation, self.design, self.data, self._untrained,
                                 self._probe(), self.grid)
        return self._untrained_insight

    def _on_untrained_ready(self, result) -> None:
        generation, model, insight, graph = result
        if generation != self._generation:
            return  # the design, data or probe changed meanwhile: a newer request is on its way
        self._untrained, self._untrained_insight, self._untrained_graph = model, insight, graph
        self._stale |= set(self._views())
        self._draw_current()

    def shutdown(self) -> None:
        """Wait for the builder's job, if one runs: before the window goes away."""
        self._builder.shutdown()
        self.look.shutdown()

    def start_run(self, name: str) -> None:
        self.gradients.start_run(name)
        self.forget_run()

    def show_insight(self, insight: Insight) -> None:
        """Record the insight; draw only the view on screen (the others when they are shown:
        drawing every view a few times a second would slow training down)."""
        self.latest = insight
        self.gradients.add_epoch(insight.epoch, insight.gradients)  # curves over epochs
        self._weights_seen.append((insight.epoch, insight.histograms))
        self._stale |= {self.activations, self.decision, self.weights, self.confusion, self.prediction, self.draw,
                        self.look}
        self._draw_current()

    def _draw_current(self, *_) -> None:
        view = self.currentWidget()
        if view is not None and view.isAncestorOf(self.activations):
            view = self.activations
        if view not in self._stale:
            return
        self._stale.discard(view)
        if not self.valid:
            self._show_invalid(view)
            return
        if view is self.graph:
            if self.latest is not None:
                from ...nn.layer_graph import layer_graph

                graph = layer_graph(self.latest.model, tuple(self.design.input))
            else:
                self._untrained_view()
                graph = self._untrained_graph
            if graph is None:
                self._stale.add(view)  # drawn when the builder's result arrives
                self._show_building(view)
            else:
                self.graph.show_graph(graph, tuple(self.design.input))
            return
        insight = self.latest or self._untrained_view()
        if insight is None:
            self._stale.add(view)
            self._show_building(view)
            return
        data = self.data
        if view is self.activations:
            if self.latest is None:
                self.activation_note.setText(self.tr("Untrained: random weights. Train (or step one epoch) to "
                                                     "watch the maps change."))
            else:
                shape = tuple(insight.captures[0].output.shape[1:]) if insight.captures else "?"
                self.activation_note.setText(self.tr("Epoch {epoch}: every layer's output for one input (first "
                                                     "layer's output {shape}).").format(epoch=insight.epoch, shape=shape))
            self.activations.show_activations(insight.captures, dropout=insight.dropout)
        elif view is self.decision and insight.probe is not None and self.grid is not None:
            self.decision.show_decision(self.grid, insight.probe)
        elif view is self.weights:
            self.weights.show_kernels(insight.kernels, self.tr("first Conv2d"))
            for epoch, histograms in self._weights_seen:
                self.weights.add_histograms(epoch, histograms)
            self._weights_seen.clear()
        elif view is self.confusion and data.task == "regress":  # no classes: say so, keep no old matrix
            self.confusion.show_not_for_numbers()
        elif view is self.prediction:
            if data.task != "regress":
                self.prediction.clear(self.tr("Predicted vs true is for a number to predict (regression)."))
            elif insight.predicted_values is None:
                self.prediction.clear(self.tr("No test samples to compare: raise the test share."))
            else:
                self.prediction.show_predictions(data.y_test, insight.predicted_values, insight.epoch)
        elif view is self.confusion and insight.confusion is not None:
            self.confusion.show_confusion(insight.confusion, list(data.class_names))
            if data.kind == "images":
                wrong = insight.wrong
                self.confusion.show_misclassified(data.x_test[wrong, 0], data.y_test[wrong],
                                                  insight.predicted[wrong], list(data.class_names))
        elif view is self.draw and data.kind == "images":
            from ...nn.predict import predict_probabilities  # torch is loaded: a model was built

            model = insight.model
            self.draw.set_predictor(lambda x: predict_probabilities(model, x[None])[0])
        elif view is self.look and data.kind == "images":
            network = (self.tr("epoch {epoch}").format(epoch=insight.epoch) if self.latest is not None else
                       self.tr("opened weights") if self._opened_weights else self.tr("untrained network"))
            self.look.show_model(insight.model, network, self._probe(),
                                 self.probe_steps.text() or self.tr("the first test sample"))

    def _show_building(self, view: QWidget) -> None:
        """The untrained network is being built: views that would show an earlier network
        say so instead (the others are redrawn when it arrives, a moment later)."""
        if view is self.activations:
            self.activation_note.setText(self.tr("Building the untrained network…"))
        elif view is self.look:
            self.look.forget(self.tr("Building the untrained network…"))
        elif view is self.graph:
            scene = self.graph.scene()
            scene.clear()
            self.graph.box_texts, self.graph.edge_texts = [], []
            scene.addText(self.tr("Building the untrained network…"))

    def _show_invalid(self, view: QWidget) -> None:
        """A design that cannot be built: no view may show an earlier network instead."""
        if view is self.activations:
            self.activation_note.setText(self.tr("Make the design valid to see every layer's output."))
            self.activations.show_activations([])
        elif view is self.look:
            self.look.forget(self.tr("Make the design valid to see where the network looked."))
        elif view is self.graph:
            scene = self.graph.scene()
            scene.clear()
            self.graph.box_texts, self.graph.edge_texts = [], []
            scene.addText(self.tr("The design has a problem (see the verdict under the layers):\n"
                                  "the graph is drawn once it can be built."))

    # --- export -------------------------------------------------------------------------------
    def _ask_export(self) -> None:
        view = self.currentWidget()
        view = self.activations if view is not None and view.isAncestorOf(self.activations) else view
        filters = self.tr("PNG picture (*.png)") + (";;" + self.tr("SVG drawing (*.svg)") if view is self.graph else "")
        name = self.view_keys.get(self.currentWidget(), "view") + ".png"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export view"), name, filters)
        if not path:
            return
        try:
            written = self.export_current(path)
        except InputError as exc:  # a folder that cannot be written, SVG of a plot: one sentence
            self.said.emit(str(exc), True)
            return
        self.said.emit(self.tr("Exported {name}.").format(name=written.name), False)

    def export_current(self, path: str | Path) -> Path:
        """Write the current view to `path` (PNG, or SVG for the graph), atomically; InputError
        (one sentence, the previous file unchanged) if it cannot be done."""
        view = self.currentWidget()
        if view is not None and view.isAncestorOf(self.activations):
            view = self.activations
        path = Path(path)
        if path.suffix.lower() == ".svg":
            if view is not self.graph:
                raise InputError(self.tr("Only the graph can be saved as SVG; choose a .png file name."))
            return self.graph.export_svg(path)
        export = getattr(view, "export_png", None)
        if export is not None:
            return export(path)
        return save_png(view.grab(), path)


def untrained_views(generation: int, design: Design, data: DataSet, model, probe: np.ndarray,
                    grid: PlaneGrid | None):
    """On the builder's thread: the design with random weights (unless `model`, opened
    weights, is given), what the views show of it, and its layer graph."""
    from ...nn.build import build_model
    from ...nn.insight import take_insight
    from ...nn.layer_graph import layer_graph

    built = model is None
    if built:
        model = build_model(design, data.outputs).eval()
    # A model built here is the insight's own (nothing trains it; a run trains a model of its
    # own), so it is held once, not twice. One the views already draw with is copied: the
    # window's thread may be reading it (the Draw tab's predictions) while this job runs.
    insight = take_insight(model, 0, data, probe, grid, evaluate=True, copy_model=not built)
    return generation, model, insight, layer_graph(model, tuple(design.input))
