"""Import a learner's own table (CSV/TSV): see its first rows, choose the label column and the
features, then the data panel loads it like any data set.

The file is read on a worker (a large table takes a second); the dialog shows what was
found (encoding, delimiter, header) so that a Korean spreadsheet's CP949 export or a
semicolon-separated file is seen to be read right before anything trains on it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...core.table_data import MAX_CLASSES
from ...core.table_file import Table, read_table
from ..workers import LatestJobRunner

PREVIEW_ROWS = 12
#: What a table's label column is: found from it (many different numbers are a quantity),
#: classes, or a number to predict (regression). Here and in the data panel's Predict box.
TASKS = {"auto": QT_TRANSLATE_NOOP("TableTask", "found from the label"),
         "classify": QT_TRANSLATE_NOOP("TableTask", "classes"),
         "regress": QT_TRANSLATE_NOOP("TableTask", "a number (regression)")}
ENCODING_CHOICES = ("auto", "utf-8", "cp949")


class TableImportDialog(QDialog):
    """Ask which columns to use; `entry()` is the data set entry a design file would hold."""

    def __init__(self, path: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a table"))
        self.path = path
        self.table: Table | None = None
        self.found = QLabel(self.tr("Reading {path}…").format(path=path), objectName="table_found")
        self.found.setWordWrap(True)
        self.encoding = QComboBox(objectName="table_encoding")
        for key in ENCODING_CHOICES:
            self.encoding.addItem(self.tr("found from the file") if key == "auto" else key, key)
        self.encoding.setToolTip(self.tr("Korean spreadsheets often save CP949 (EUC-KR); nnstudio tries UTF-8 "
                                         "first, then CP949."))
        self.preview = QTableWidget(objectName="table_preview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.label = QComboBox(objectName="table_label")
        self.label.setToolTip(self.tr("The column the network learns to predict: any text, one category per value, "
                                      "or a number (see Predict)."))
        self.task = QComboBox(objectName="table_task")
        for key, label in TASKS.items():
            self.task.addItem(QCoreApplication.translate("TableTask", label), key)
        self.task.setToolTip(self.tr("Classes (one output per value) or a number to predict (regression: one "
                                     "output, mean squared error). Found from the label: more than {n} different "
                                     "numbers are a quantity.").format(n=MAX_CLASSES))
        self.features = QListWidget(objectName="table_features")
        self.features.setToolTip(self.tr("The columns the network reads: each must hold numbers."))
        self.features.setMaximumHeight(120)
        self.standardise = QCheckBox(self.tr("Standardise the features (mean 0, spread 1, from the training rows)"),
                                     objectName="table_standardise", checked=True)
        self.standardise.setToolTip(self.tr("Columns measured in different units (grams, centimetres) then weigh "
                                            "alike; the test rows are scaled with the training rows' figures."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Text encoding"), self.encoding)
        form.addRow(self.tr("Label column"), self.label)
        form.addRow(self.tr("Predict"), self.task)
        form.addRow(self.tr("Feature columns"), self.features)
        layout = QVBoxLayout(self)
        layout.addWidget(self.found)
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)
        layout.addWidget(self.standardise)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self.runner = LatestJobRunner("table", self)
        self.runner.finished.connect(self._on_read)
        self.runner.failed.connect(self._on_failed)
        self.encoding.currentIndexChanged.connect(self._read)
        self.label.currentIndexChanged.connect(self._on_label)
        self._read()

    def _read(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.runner.submit(read_table, self.path, self.encoding.currentData())

    def _on_failed(self, message: str) -> None:
        self.table = None
        self.found.setText("⚠ " + message)
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.label.clear()
        self.features.clear()

    def _on_read(self, table: Table) -> None:
        self.table = table
        separator = {"\t": self.tr("tab"), ",": self.tr("comma"), ";": self.tr("semicolon")}.get(
            table.delimiter, repr(table.delimiter))
        header = self.tr("a header row") if table.has_header else self.tr("no header row")
        self.found.setText(self.tr("{rows} rows × {columns} columns; {encoding}, separated by {separator}, "
                                   "{header}.").format(rows=f"{table.rows:,}", columns=len(table.columns),
                                                       encoding=table.encoding, separator=separator, header=header))
        head = table.head(PREVIEW_ROWS)
        self.preview.setColumnCount(len(table.columns))
        self.preview.setRowCount(len(head))
        self.preview.setHorizontalHeaderLabels(list(table.columns))
        for r, row in enumerate(head):
            for c, cell in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(cell))
        self.label.blockSignals(True)
        self.label.clear()
        self.label.addItems(list(table.columns))
        self.label.setCurrentIndex(len(table.columns) - 1)
        self.label.blockSignals(False)
        self._on_label()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _on_label(self) -> None:
        """Every column but the label is a feature until unticked."""
        if self.table is None:
            return
        self.features.clear()
        for index, name in enumerate(self.table.columns):
            if index == self.label.currentIndex():
                continue
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, index + 1)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.features.addItem(item)

    def entry(self) -> dict:
        """The data set entry for the document: the file and the columns chosen."""
        # Without a header the columns are stored by number: their shown names are translated.
        named = self.table is None or self.table.has_header
        features = [self.features.item(i).text() if named else str(self.features.item(i).data(Qt.ItemDataRole.UserRole))
                    for i in range(self.features.count())
                    if self.features.item(i).checkState() == Qt.CheckState.Checked]
        label = self.label.currentText() if named else str(self.label.currentIndex() + 1)
        extra = {"label": label, "features": features, "task": self.task.currentData(),
                 "standardise": self.standardise.isChecked(), "encoding": self.encoding.currentData()}
        if self.table is not None:
            extra["delimiter"] = self.table.delimiter
        return {"name": "table-file", "file": self.path, "extra": extra}

    def accept(self) -> None:
        if self.table is not None and not self.entry()["extra"]["features"]:
            self.found.setText("⚠ " + self.tr("Tick at least one feature column."))
            return
        super().accept()

    def done(self, result: int) -> None:
        self.runner.shutdown()
        super().done(result)
