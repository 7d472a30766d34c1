"""Network ▸ New image classes…: the learner's own classes, Teachable-Machine style.

Make classes by name, fill the selected one by holding Record while a camera or video plays,
by dropping pictures or folders on the window, or with the current image; delete bad samples;
save the set as an image folder; "Train on these" trains the cnn_my_classes preset on it in
the Network tab, and the bars below then show what the network sees in every new frame.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..document import ImageDocument
from ..qt_image import to_qimage
from ..workers import LatestJobRunner
from .class_recorder import FrameRecorder
from .class_set_model import ClassSetModel
from .live_prediction import ClassPrediction, LivePrediction

THUMB = 48  # pixels of a thumbnail: a row of eight fits the window's default width


def load_pictures(paths: list[str], size: int) -> list[np.ndarray]:
    """On a worker: the dropped files (and the pictures in dropped folders) as samples."""
    from ...core.class_set import ClassSet

    scratch = ClassSet(size)
    scratch.add_files(scratch.add_class("dropped"), paths)
    return scratch.classes[0].samples


class ProbabilityBars(QWidget):
    """One labelled bar per class: the network's probability for the current image."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.bars: list[QProgressBar] = []
        self.labels: list[QLabel] = []
        self.names: tuple[str, ...] = ()
        self.note = QLabel(wordWrap=True, objectName="prediction_note")
        self.grid.addWidget(self.note, 0, 0, 1, 2)

    def show_note(self, text: str) -> None:
        self._rebuild(())
        self.note.setText(text)
        self.note.show()

    def show_prediction(self, prediction: ClassPrediction) -> None:
        if prediction.names != self.names:
            self._rebuild(prediction.names)
        self.note.hide()
        best = int(np.argmax(prediction.probabilities))
        for index, (bar, p) in enumerate(zip(self.bars, prediction.probabilities)):
            bar.setValue(int(round(float(p) * 1000)))
            bar.setFormat(f"{float(p) * 100:.0f} %")
            # A style sheet on the chunk alone would move the text to the left: centre it too.
            bar.setStyleSheet("QProgressBar { text-align: center; }"
                              + ("QProgressBar::chunk { background: #2e7d32; }" if index == best else ""))

    def values(self) -> list[float]:
        return [bar.value() / 1000 for bar in self.bars]

    def _rebuild(self, names: tuple[str, ...]) -> None:
        for widget in self.labels + self.bars:
            widget.deleteLater()
        self.bars, self.labels, self.names = [], [], tuple(names)
        for row, name in enumerate(names, 1):
            bar = QProgressBar(maximum=1000, objectName=f"probability_{row - 1}")
            bar.setTextVisible(True)
            self.labels.append(QLabel(name))
            self.grid.addWidget(self.labels[-1], row, 0)
            self.grid.addWidget(bar, row, 1)
            self.bars.append(bar)


class ClassWindow(QWidget):
    """A window of its own; the state is a ClassSetModel, the views redraw from its signals."""

    train_wanted = Signal(str, int)  # the saved folder, the number of classes

    def __init__(self, images: ImageDocument, network, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("class_window")
        self.setWindowTitle(self.tr("New image classes"))
        self.setAcceptDrops(True)
        self.images = images
        self.model = ClassSetModel(self)
        self.recorder = FrameRecorder(images, self.model, parent=self)
        self.prediction = LivePrediction(images, network, self)
        self.loader = LatestJobRunner("class-files", self)
        self._loading_into = -1
        self._build()
        self._connect()
        self._on_live(images.is_live)
        self._on_classes_changed()
        self.bars.show_note(self.tr("After training, the network's answer for the current image shows here."))

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_edit = QLineEdit(objectName="class_name", placeholderText=self.tr("Name of a new class"))
        self.name_edit.setToolTip(self.tr("Type a name (any language) and press Enter to add a class."))
        self.add_class_button = QPushButton(self.tr("Add class"), objectName="add_class")
        self.delete_class_button = QPushButton(self.tr("Delete class"), objectName="delete_class")
        self.delete_class_button.setToolTip(self.tr("Delete the selected class and all its samples."))
        self.class_list = QListWidget(objectName="class_list")
        self.class_list.setToolTip(self.tr("Your classes and how many samples each has; double-click a name "
                                           "to rename it. Record, drops and Add fill the selected class."))
        self.samples = QListWidget(objectName="class_samples")
        self.samples.setViewMode(QListWidget.ViewMode.IconMode)
        self.samples.setIconSize(QSize(THUMB, THUMB))
        self.samples.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.samples.setMovement(QListWidget.Movement.Static)
        self.samples.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.samples.setToolTip(self.tr("The samples of the selected class at 64×64, as the network sees "
                                        "them. Select bad ones and press Delete."))
        self.record = QPushButton(self.tr("● Record (hold)"), objectName="record")
        self.rate = QSpinBox(objectName="record_rate", minimum=1, maximum=30, value=self.recorder.rate,
                             suffix=self.tr(" frames/s"))
        self.rate.setToolTip(self.tr("How many frames a second Record takes from the camera or video."))
        self.add_current = QPushButton(self.tr("Add the current image"), objectName="add_current")
        self.add_current.setToolTip(self.tr("Add the picture the Pixels and Filters tabs show to the selected class."))
        self.delete_samples = QPushButton(self.tr("Delete samples"), objectName="delete_samples")
        self.delete_samples.setToolTip(self.tr("Delete the selected samples (Delete key)."))
        self.open_button = QPushButton(self.tr("Open…"), objectName="open_classes")
        self.open_button.setToolTip(self.tr("Open classes saved before (a folder with one sub-folder per class)."))
        self.save_button = QPushButton(self.tr("Save…"), objectName="save_classes")
        self.save_button.setToolTip(self.tr("Save as an image folder: one sub-folder of PNG files per class."))
        self.train_button = QPushButton(self.tr("Train on these"), objectName="train_classes")
        self.train_button.setToolTip(self.tr("Save, then train a small CNN for 64×64 colour pictures on these "
                                             "classes (with flipped and shifted copies) in the Network tab."))
        self.status = QLabel(objectName="class_status", wordWrap=True)
        self.bars = ProbabilityBars()

        names = QHBoxLayout()
        names.addWidget(self.name_edit, 1)
        names.addWidget(self.add_class_button)
        names.addWidget(self.delete_class_button)
        fill = QHBoxLayout()
        for widget in (self.record, self.rate, self.add_current, self.delete_samples):
            fill.addWidget(widget)
        fill.addStretch(1)
        files = QHBoxLayout()
        for widget in (self.open_button, self.save_button):
            files.addWidget(widget)
        files.addStretch(1)
        files.addWidget(self.train_button)
        lists = QHBoxLayout()
        lists.addWidget(self.class_list, 1)
        lists.addWidget(self.samples, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(names)
        layout.addLayout(lists, 1)
        layout.addLayout(fill)
        hint = QLabel(self.tr("Drop pictures or folders here to add them to the selected class."), wordWrap=True)
        layout.addWidget(hint)
        layout.addLayout(files)
        layout.addWidget(QLabel(self.tr("<b>Live prediction</b>")))
        layout.addWidget(self.bars)
        layout.addWidget(self.status)
        self.resize(640, 560)

    def _connect(self) -> None:
        model = self.model
        model.classes_changed.connect(self._on_classes_changed)
        model.current_changed.connect(self._on_current_changed)
        model.sample_added.connect(self._on_sample_added)
        model.samples_changed.connect(self._on_samples_changed)
        model.said.connect(self.say)
        self.name_edit.returnPressed.connect(self._add_class)
        self.add_class_button.clicked.connect(self._add_class)
        self.delete_class_button.clicked.connect(lambda: model.delete_class(model.current))
        self.class_list.currentRowChanged.connect(model.set_current)
        self.class_list.itemChanged.connect(self._on_item_renamed)
        self.record.pressed.connect(self.recorder.start)
        self.record.released.connect(self.recorder.stop)
        self.recorder.recording_changed.connect(self._on_recording)
        self.rate.valueChanged.connect(self.recorder.set_rate)
        self.add_current.clicked.connect(lambda: model.add_sample(self.images.working_pixels))
        self.delete_samples.clicked.connect(self._delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.samples, self._delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.open_button.clicked.connect(self._ask_open)
        self.save_button.clicked.connect(self._ask_save)
        self.train_button.clicked.connect(self.train_on_these)
        self.images.live_changed.connect(self._on_live)
        self.prediction.predicted.connect(self._on_predicted)
        self.prediction.cleared.connect(lambda: self.bars.show_note(
            self.tr("The trained network was put aside; train again to see predictions.")))
        self.prediction.failed.connect(lambda text: self.say(text, True))
        self.loader.finished.connect(self._on_files_loaded)
        self.loader.failed.connect(self._on_files_failed)

    # --- views of the model -----------------------------------------------------------------
    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(("⚠ " if error else "") + text)
        self.status.setStyleSheet("color: #c62828" if error else "")

    def _on_classes_changed(self) -> None:
        self.class_list.blockSignals(True)
        self.class_list.clear()
        for name, count in zip(self.model.classes.names, self.model.classes.counts()):
            item = QListWidgetItem(self.tr("{name} ({count})").format(name=name, count=count))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.class_list.addItem(item)
        self.class_list.setCurrentRow(self.model.current)
        self.class_list.blockSignals(False)
        has_class = self.model.current >= 0
        for widget in (self.delete_class_button, self.add_current, self.delete_samples):
            widget.setEnabled(has_class)
        self._on_current_changed(self.model.current)

    def _on_current_changed(self, index: int) -> None:
        self.class_list.blockSignals(True)
        self.class_list.setCurrentRow(index)
        self.class_list.blockSignals(False)
        self._fill_samples(index)

    def _fill_samples(self, index: int) -> None:
        self.samples.clear()
        if 0 <= index < len(self.model.classes.classes):
            for sample in self.model.classes.classes[index].samples:
                self._append_thumbnail(sample)

    def _append_thumbnail(self, sample: np.ndarray) -> None:
        self.samples.addItem(QListWidgetItem(QIcon(QPixmap.fromImage(to_qimage(sample))), ""))

    def _refresh_count(self, index: int) -> None:
        item = self.class_list.item(index)
        if item is not None:
            self.class_list.blockSignals(True)
            name = self.model.classes.classes[index].name
            item.setText(self.tr("{name} ({count})").format(name=name, count=len(self.model.classes.classes[index].samples)))
            self.class_list.blockSignals(False)

    def _on_sample_added(self, index: int, sample: np.ndarray) -> None:
        self._refresh_count(index)
        if index == self.model.current:
            self._append_thumbnail(sample)
            self.samples.scrollToBottom()

    def _on_samples_changed(self, index: int) -> None:
        self._refresh_count(index)
        if index == self.model.current:
            self._fill_samples(index)

    def _on_predicted(self, prediction: ClassPrediction) -> None:
        """Bars in the order of the class list (the data set sorts its classes by name)."""
        mine = self.model.classes.names
        order = sorted(range(len(prediction.names)),
                       key=lambda i: mine.index(prediction.names[i]) if prediction.names[i] in mine else len(mine))
        self.bars.show_prediction(ClassPrediction(prediction.run_id, tuple(prediction.names[i] for i in order),
                                                  prediction.probabilities[order]))

    def _on_live(self, live: bool) -> None:
        self.record.setEnabled(live)
        self.record.setToolTip(
            self.tr("Hold to record frames from the camera or video into the selected class.") if live else
            self.tr("Record needs a live picture: use File ▸ Open camera… or Open video… first."))

    def _on_recording(self, recording: bool) -> None:
        self.record.setText(self.tr("● Recording…") if recording else self.tr("● Record (hold)"))

    # --- edits --------------------------------------------------------------------------------
    def _add_class(self) -> None:
        if self.model.add_class(self.name_edit.text()):
            self.name_edit.clear()
            self.say(self.tr("Fill the class: hold Record, drop pictures here, or add the current image."))

    def _on_item_renamed(self, item: QListWidgetItem) -> None:
        row = self.class_list.row(item)
        text = item.text()
        old = item.data(Qt.ItemDataRole.UserRole)
        if text != old and not text.startswith(f"{old} ("):  # the editor shows "name (count)"
            self.model.rename_class(row, text)
        self._on_classes_changed()  # the name with its count again, or the old one if refused

    def _delete_selected(self) -> None:
        rows = [self.samples.row(item) for item in self.samples.selectedItems()]
        if rows and self.model.current >= 0:
            self.model.delete_samples(self.model.current, rows)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.add_paths([url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()])
        event.acceptProposedAction()

    def add_paths(self, paths: list[str]) -> bool:
        """Dropped files and folders: decoded on a worker, then added to the selected class."""
        if self.model.current < 0:
            self.say(self.tr("Add a class first, then fill it."), True)
            return False
        if self.loader.busy:
            self.say(self.tr("Still adding the pictures dropped before; drop these again in a moment."), True)
            return False
        self._loading_into = self.model.current
        self.say(self.tr("Adding {count} dropped items…").format(count=len(paths)))
        self.loader.submit(load_pictures, list(paths), self.model.size)
        return True

    def _on_files_loaded(self, samples: list) -> None:
        self.model.add_samples(self._loading_into, samples)
        self.say(self.tr("Added {count} pictures.").format(count=len(samples)))

    def _on_files_failed(self, message: str) -> None:
        self.say(message + " " + self.tr("Nothing was added."), True)

    # --- files and training --------------------------------------------------------------------
    def _ask_open(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open image classes"))
        if folder:
            self.model.open(folder)

    def _ask_save(self) -> bool:
        folder, _ = QFileDialog.getSaveFileName(self, self.tr("Save image classes as a folder"),
                                                str(self.model.folder or self.tr("my classes")))
        return bool(folder) and self.model.save(folder)

    def train_on_these(self) -> bool:
        """Check the set, save it (asking where the first time), and ask for training."""
        counts = self.model.classes.counts()
        if len(counts) < 2:
            self.say(self.tr("Training needs at least two classes."), True)
            return False
        if min(counts) < 2:
            name = self.model.classes.names[counts.index(min(counts))]
            self.say(self.tr("The class '{name}' needs at least two samples (one to train on, one to test "
                             "with); 20 or more work well.").format(name=name), True)
            return False
        if self.model.folder is None:
            if not self._ask_save():
                return False
        elif self.model.dirty and not self.model.save(self.model.folder):
            return False
        self.train_wanted.emit(str(self.model.folder), len(counts))
        self.say(self.tr("Training on {count} pictures in {classes} classes; watch the curves in the Network tab.")
                 .format(count=sum(counts), classes=len(counts)))
        return True

    # --- life ---------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.prediction.set_active(True)

    def hideEvent(self, event) -> None:
        self.recorder.stop()
        self.prediction.set_active(False)
        super().hideEvent(event)

    def shutdown(self) -> None:
        self.recorder.stop()
        self.prediction.shutdown()
        self.loader.shutdown()

