"""The data set picker: built-in sets and imports, their options, and a preview.

Loading runs in the background (the shapes set is drawn, IDX files decompressed); the
loaded set goes to the NetworkDocument, and on failure the previous set stays.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGridLayout, QLabel,
                               QSpinBox, QVBoxLayout, QWidget)

from ...core.dataset_registry import DataOptions, DataSet, load_dataset
from ...core.dataset_texts import DATASET_DESCRIPTIONS
from ...core.errors import InputError
from ...core.feature_cross import LABELS as FEATURE_LABELS
from ...core.feature_cross import PLAIN
from ...nn.design import data_options
from ...core.regression_data import REGRESSION_SETS
from ...core.toy_data import GATES, TOY_SETS
from ..workers import LatestJobRunner
from .class_points import class_points, value_points
from .document import NetworkDocument
from .point_editor import PlacingViewBox, PointEditor
from .table_import import TASKS, TableImportDialog

IMPORTS = {"idx-folder": QT_TRANSLATE_NOOP("DataPanel", "MNIST IDX folder…"),
           "image-folder": QT_TRANSLATE_NOOP("DataPanel", "Image folder…"),
           "table-file": QT_TRANSLATE_NOOP("DataPanel", "Table (CSV/TSV)…")}
CLASSES = "new-image-classes"  # the data set list's entry that opens Network ▸ New image classes…
TABLE_FILTER = QT_TRANSLATE_NOOP("DataPanel", "Tables (*.csv *.tsv *.tab *.txt);;All files (*)")


def montage(images: np.ndarray, columns: int = 8) -> np.ndarray:
    """(N, 1, H, W) in 0..1 -> one uint8 picture of up to 4 rows, 1 px gaps; gray samples
    are drawn dark on white (as digits are written), colour ones (N, 3, H, W) as they are."""
    colour = images.shape[1] == 3
    images = images[: columns * 4].transpose(0, 2, 3, 1) if colour else 1.0 - images[: columns * 4, 0]
    n, h, w = images.shape[:3]
    rows = max(1, -(-n // columns))
    out = np.full((rows * (h + 1), columns * (w + 1)) + images.shape[3:], 255, np.uint8)
    for i, image in enumerate(images):
        r, c = divmod(i, columns)
        out[r * (h + 1): r * (h + 1) + h, c * (w + 1): c * (w + 1) + w] = (image * 255).astype(np.uint8)
    return out


class DataPanel(QWidget):
    """Bound to the NetworkDocument: shows its data set entry (a design's "dataset"), writes
    edits back into it, loads it in the background and hands the loaded set to it."""

    classes_wanted = Signal()  # "New image classes…": the page opens its window

    def __init__(self, document: NetworkDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.name = QComboBox(objectName="dataset_name")
        for key in (*GATES, *TOY_SETS, *REGRESSION_SETS, "digits", "shapes", "fruit-table"):
            self.name.addItem(key, key)  # a name as design files write it, kept in every language
            self.name.setItemData(self.name.count() - 1, QCoreApplication.translate(
                "DataSets", DATASET_DESCRIPTIONS[key]), Qt.ItemDataRole.ToolTipRole)
        self.name.addItem(self.tr("my points (click to place)"), "my-points")
        for key, label in ((k, self.tr(v)) for k, v in IMPORTS.items()):
            self.name.addItem(label, key)
        # Not a data set of its own: it opens the window where one is made (and trained).
        self.name.addItem(self.tr("New image classes…"), CLASSES)
        self.name.setItemData(self.name.count() - 1, self.tr(
            "Make classes of your own from a camera, a video or pictures, and train a small CNN to tell them "
            "apart."), Qt.ItemDataRole.ToolTipRole)
        self.name.setToolTip(self.tr("gate-*: the four points of a logic gate; circle … moons: 2-D points; "
                                     "reg-plane, reg-gauss: a number to predict over the plane (regression); "
                                     "digits: 1,797 real 8×8 handwritten digits; shapes: generated 28×28 pictures; "
                                     "fruit-table: a table of 300 fruits (4 numbers each); Table…: your own CSV file."))
        self.points = QSpinBox(objectName="dataset_points", minimum=20, maximum=20000, value=1000, singleStep=100)
        self.noise = QDoubleSpinBox(objectName="dataset_noise", minimum=0.0, maximum=1.0, value=0.1, singleStep=0.05)
        self.test_ratio = QDoubleSpinBox(objectName="dataset_test_ratio", minimum=0.0, maximum=0.9, value=0.25, singleStep=0.05)
        self.points.setToolTip(self.tr("How many samples to generate (2-D sets and shapes)."))
        self.noise.setToolTip(self.tr("Random jitter added to every 2-D point: more noise, harder to separate."))
        form = QFormLayout()
        form.addRow(self.tr("Data set"), self.name)
        form.addRow(self.tr("Points"), self.points)
        form.addRow(self.tr("Noise"), self.noise)
        form.addRow(self.tr("Test share"), self.test_ratio)
        self.task = QComboBox(objectName="dataset_task")
        for key, label in TASKS.items():
            self.task.addItem(QCoreApplication.translate("TableTask", label), key)
        self.task.setToolTip(self.tr("What the network predicts: a class per row, or a number (regression, one "
                                     "output and a loss for numbers). Your own table's label is found from its "
                                     "values and can be changed here; built-in sets have their own."))
        self.task.activated.connect(self._on_task_chosen)
        form.addRow(self.tr("Predict"), self.task)
        self.form = form
        self.inputs = {}
        # A fixed grid, not a flow: a flowing layout inside the form got no room for the rows
        # it wrapped onto, and the summary below was drawn over its last box.
        inputs_row = QGridLayout()
        for i, (key, label) in enumerate(FEATURE_LABELS.items()):
            box = QCheckBox(label, objectName=f"input_{key}")
            box.setToolTip(self.tr("Feed the network {feature} of each point (TensorFlow Playground's features); "
                                   "the design's input follows.").format(feature=label))
            box.toggled.connect(self._on_inputs_edited)
            self.inputs[key] = box
            inputs_row.addWidget(box, i // 3, i % 3)
        form.addRow(self.tr("Inputs"), inputs_row)
        self.summary = QLabel(objectName="dataset_summary")
        self.summary.setWordWrap(True)
        self.summary.setToolTip(self.tr("How many samples train and test the network, and the shape of one."))
        self.preview = pg.PlotWidget(objectName="dataset_preview", viewBox=PlacingViewBox())
        self.preview.setToolTip(self.tr("A preview of the data: the 2-D points in their class colours, or sample pictures."))
        self.preview.setBackground("w")
        self.preview.setMinimumHeight(150)
        self.preview.getPlotItem().hideAxis("left")
        self.preview.getPlotItem().hideAxis("bottom")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.point_editor = PointEditor(self.preview)
        self.point_editor.points_edited.connect(self._on_points_edited)
        self.point_editor.said.connect(lambda text, error: self.document.said.emit(text, error))
        layout.addWidget(self.point_editor)
        layout.addWidget(self.preview, 1)
        self.runner = LatestJobRunner("dataset", self)
        self.runner.finished.connect(self._on_loaded)
        self.runner.failed.connect(self._on_failed)
        self._fit_when_loaded = False
        self._loaded_entry: dict | None = None  # the entry of the data set the document holds
        self.name.activated.connect(self._on_name_chosen)
        for spin in (self.points, self.noise, self.test_ratio):
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._on_option_edited)
        document.design_opened.connect(self.show_entry)
        document.entry_restored.connect(self.show_entry)
        self.show_entry()

    @property
    def data(self) -> DataSet | None:
        return self.document.data

    def show_entry(self) -> None:
        """Show the document's data set entry and load it."""
        entry = self.document.dataset_entry
        defaults = DataOptions()
        with QSignalBlocker(self.points), QSignalBlocker(self.noise), QSignalBlocker(self.test_ratio):
            self.points.setValue(int(entry.get("n", defaults.n)))
            self.noise.setValue(float(entry.get("noise", defaults.noise)))
            self.test_ratio.setValue(float(entry.get("test_ratio", defaults.test_ratio)))
        chosen = set(entry.get("inputs") or PLAIN) if isinstance(entry.get("inputs", []), (list, tuple)) else set(PLAIN)
        for key, box in self.inputs.items():
            with QSignalBlocker(box):
                box.setChecked(key in chosen)
        self.reload()

    def choose(self, name: str, options: dict | None = None) -> None:
        """Select a data set (as a design file names it) and load it."""
        self.document.set_dataset_entry({"name": name, **(options or {})})
        self.show_entry()

    def design_entry(self) -> dict:
        """What a design file records about the data set."""
        return dict(self.document.dataset_entry)

    def _on_name_chosen(self) -> None:
        key = self.name.currentData()
        entry = dict(self.document.dataset_entry)
        if key == CLASSES:  # the set in use stays chosen (and loaded) until the classes are trained
            with QSignalBlocker(self.name):
                self.name.setCurrentIndex(max(0, self.name.findData(entry.get("name"))))
            self.classes_wanted.emit()
            return
        if key == "my-points":
            points = entry.get("extra", {}).get("points", []) if entry.get("name") == key else []
            self._write({"name": key, "extra": {"points": points}, **{k: v for k, v in entry.items()
                                                                     if k in ("test_ratio", "seed")}})
            return
        if key == "table-file":
            if not self.import_table():
                self.show_entry()  # back to the set in use
            return
        if key in IMPORTS:
            folder = QFileDialog.getExistingDirectory(self, self.tr(IMPORTS[key]))
            if not folder:
                self.show_entry()  # back to the set in use
                return
            entry["folder"] = folder
        else:
            entry.pop("folder", None)
        entry.pop("file", None)
        entry.pop("extra", None)
        if key not in TOY_SETS and key not in GATES and key not in REGRESSION_SETS:
            entry.pop("inputs", None)  # features of a 2-D point mean nothing for images
        entry["name"] = key
        self._write(entry)

    def _on_task_chosen(self) -> None:
        """Class or number: the table loads again, and then the design's output size and the
        loss follow (one undoable edit with the task itself)."""
        entry = dict(self.document.dataset_entry)
        if entry.get("name") != "table-file":
            return
        entry["extra"] = {**entry.get("extra", {}), "task": self.task.currentData()}
        self._fit_when_loaded = True
        self._write(entry)

    def _show_task(self) -> None:
        """The task box, shown for a learner's table: its choice as the entry holds it."""
        entry = self.document.dataset_entry
        table = entry.get("name") == "table-file"
        key = entry.get("extra", {}).get("task", "auto") if table else "auto"
        with QSignalBlocker(self.task):
            self.task.setCurrentIndex(max(0, self.task.findData(key)))
        # Only a table's task is a choice: elsewhere the row would take the preview's room.
        self.form.setRowVisible(self.task, table)

    def _on_inputs_edited(self) -> None:
        keys = [key for key, box in self.inputs.items() if box.isChecked()]
        if not keys:
            self.document.said.emit(self.tr("Choose at least one input feature."), True)
            self.show_entry()  # the boxes show the features in use again
            return
        entry = dict(self.document.dataset_entry)
        if keys and keys != list(PLAIN):
            entry["inputs"] = keys
        else:
            entry.pop("inputs", None)
        self._fit_when_loaded = True  # the input size follows the features
        self._write(entry)

    def _on_points_edited(self, points: list) -> None:
        entry = dict(self.document.dataset_entry)
        entry["extra"] = {**entry.get("extra", {}), "points": points}
        self._write(entry)

    def import_table(self) -> bool:
        """File ▸ Import table…: ask for a table and train on it; False if cancelled."""
        chosen = self.ask_table()
        if chosen is not None:
            self.use_table(chosen)
        return chosen is not None

    def ask_table(self) -> dict | None:
        """Ask for a table file and its columns; None if the user cancels."""

        path, _ = QFileDialog.getOpenFileName(self, self.tr(IMPORTS["table-file"]), "", self.tr(TABLE_FILTER))
        if not path:
            return None
        dialog = TableImportDialog(path, self)
        try:
            return dialog.entry() if dialog.exec() == TableImportDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def use_table(self, entry: dict) -> None:
        """Train on a learner's table: once it has loaded, the design's input and output
        sizes are made to fit it (one undoable edit)."""
        self._fit_when_loaded = True
        kept = {k: v for k, v in self.document.dataset_entry.items() if k in ("test_ratio", "seed")}
        self._write({**kept, **entry})

    def _on_option_edited(self) -> None:
        self._write(dict(self.document.dataset_entry))

    def _write(self, entry: dict) -> None:
        """The entry with what the fields show, for the options that apply to the set;
        everything else the design file said (its seed, say) is kept as it was."""
        key = entry.get("name")
        entry["test_ratio"] = round(self.test_ratio.value(), 4)
        plane = key in TOY_SETS or key in REGRESSION_SETS
        for option, applies, value in (("n", plane or key == "shapes", self.points.value()),
                                       ("noise", plane, round(self.noise.value(), 4))):
            if applies:
                entry[option] = value
            else:
                entry.pop(option, None)
        self.document.set_dataset_entry(entry)
        self.reload()

    def reload(self) -> None:
        entry = self.document.dataset_entry
        key = entry.get("name")
        index = self.name.findData(key)  # File ▸ Import table changes the set without the list
        if index >= 0:
            with QSignalBlocker(self.name):
                self.name.setCurrentIndex(index)
        self.points.setEnabled(key in TOY_SETS or key in REGRESSION_SETS or key == "shapes")
        self.noise.setEnabled(key in TOY_SETS or key in REGRESSION_SETS)
        for box in self.inputs.values():
            box.setEnabled(key in TOY_SETS or key in GATES or key in REGRESSION_SETS or key == "my-points")
        if key in GATES:
            self.test_ratio.setToolTip(self.tr(
                "A logic gate has only its 4 points: the network trains and is tested on the same 4, "
                "so this share does not apply here."))
        else:
            self.test_ratio.setToolTip(self.tr(
                "Share of the samples held back to test on: the network never trains on them."))
        self.test_ratio.setEnabled(key not in GATES)
        self._show_task()
        placing = key == "my-points"
        if placing != self.point_editor.active or placing:
            self.point_editor.set_active(placing, entry.get("extra", {}).get("points", []))
        self.summary.setText(self.tr("Loading…"))
        try:
            options = data_options(entry)
        except InputError as exc:
            self._on_failed(str(exc))
            return
        self.document.data_loading()
        self.runner.submit(load_dataset, key, options)

    def _on_loaded(self, data: DataSet) -> None:
        about = DATASET_DESCRIPTIONS.get(data.name)
        about = QCoreApplication.translate("DataSets", about) + " " if about else ""
        if data.task == "regress":
            low, high = data.target_range()
            self.summary.setText(about + self.tr(
                "{name}: {train:,} train + {test:,} test samples; one sample is {shape} → a batch is (N, {dims}). "
                "The network predicts a number (regression): the targets run from {low} to {high}.").format(
                name=data.name, train=len(data.x_train), test=len(data.x_test), shape=data.input_shape,
                dims=", ".join(map(str, data.input_shape)), low=f"{low:.4g}", high=f"{high:.4g}"))
        else:
            self._summarise_classes(data, about)
        if data.feature_names:
            self.summary.setText(self.summary.text() + " " + self.tr("Features: {names}.").format(
                names=", ".join(data.feature_names)))
        if self.point_editor.active:
            self.point_editor.draw()
        else:
            self._show_preview(data)
            self.point_editor.remember_source(data)
        previous = self.document.data
        self.document.set_data(data)
        # Classes became a number or back (a table's task, or reg-gauss after circle): the
        # output size and the loss must follow, as after importing a table.
        changed_task = previous is not None and previous.task != data.task
        if self._fit_when_loaded or changed_task:
            self._fit_when_loaded = False
            self.document.fit_to_data(self._loaded_entry)
        self._loaded_entry = dict(self.document.dataset_entry)

    def _summarise_classes(self, data: DataSet, about: str) -> None:
        counts = np.bincount(data.y_train, minlength=data.num_classes)
        self.summary.setText(about + self.tr(
            "{name}: {train:,} train + {test:,} test samples, {classes} classes; one sample is {shape} → "
            "a batch is (N, {dims}). Train samples per class: {counts}").format(
            name=data.name, train=len(data.x_train), test=len(data.x_test), classes=data.num_classes,
            shape=data.input_shape, dims=", ".join(map(str, data.input_shape)), counts=", ".join(map(str, counts))))
        if data.name in GATES:
            self.summary.setText(self.summary.text() + " " + self.tr("(The same 4 points train and test.)"))
        if data.feature_names:
            self.summary.setText(self.summary.text() + " " + self.tr("Classes: {classes}.").format(
                classes=", ".join(data.class_names)))

    def _on_failed(self, message: str) -> None:
        self._fit_when_loaded = False
        if self.point_editor.active:  # the points stay on screen to go on placing
            self.summary.setText("⚠ " + message)
            self.document.data_failed(message, blocking=True)
            return
        still = self.tr(" Still using {name}.").format(name=self.data.name) if self.data else ""
        self.summary.setText("⚠ " + message + still)
        self.document.data_failed(message)

    def _show_preview(self, data: DataSet) -> None:
        plot = self.preview.getPlotItem()
        plot.clear()
        if data.kind == "images":
            image = pg.ImageItem(montage(data.x_train), levels=(0, 255))
            plot.addItem(image)
            plot.getViewBox().invertY(True)
            plot.getViewBox().setAspectLocked(True)
        else:
            plot.getViewBox().invertY(False)
            plot.getViewBox().setAspectLocked(data.kind == "points")
            plane = data.plane("train")  # the points themselves, whatever features the network takes
            x = plane.reshape(len(plane), -1)
            if x.shape[1] < 2:  # one feature: along a line
                x = np.column_stack([x[:, 0], np.zeros(len(x))])
            if data.task == "regress":  # coloured by the target, on the scale the Decision view uses
                xs, ys, brushes = value_points(x, data.y_train, *data.target_range())
            else:
                xs, ys, brushes = class_points(x, data.y_train)
            plot.addItem(pg.ScatterPlotItem(xs, ys, size=6 if len(xs) > 10 else 14, brush=brushes, pen=None))
        plot.autoRange()

    def shutdown(self) -> None:
        self.runner.shutdown()
