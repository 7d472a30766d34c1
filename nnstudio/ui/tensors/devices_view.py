"""The Devices view: the same matrix multiply and convolution raced at growing sizes on the CPU
with 1 thread and with all threads, and on CUDA or MPS when present; GFLOP/s against size,
and why the curves look as they do. Optionally one training epoch of a small CNN preset per
device and batch size, as samples per second in a plot of its own.

The race runs on a worker thread (GeneratorWorker) that yields one measurement at a time and
stops between measurements when asked; the window joins it on close.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.errors import InputError
from ...nn.device_bench import DEFAULT_SIZES, BenchRow, bench, check_sizes, list_devices
from ...nn.epoch_bench import EPOCH_PRESET
from ..generator_worker import GeneratorWorker, WorkerState
from ..network.plot_export import plot_widget
from ..workers import LatestJobRunner

COLOURS = {"cpu-1": "#7f8c8d", "cpu-all": "#2980b9", "cuda": "#27ae60", "mps": "#8e44ad"}
SYMBOLS = {"matmul": "o", "conv": "t", "epoch": "s"}


class DevicesView(QWidget):
    race_ended = Signal()  # finished, stopped or failed; its rows are all shown
    def __init__(self, busy: Callable[[], bool] = lambda: False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devices_view")
        self._busy = busy
        self.devices: list = []  # filled on a worker: listing them imports torch
        self.rows: list[BenchRow] = []
        self.worker: GeneratorWorker | None = None
        self.device_line = QLabel(self.tr("Looking for devices…"), objectName="devices_line", wordWrap=True)
        self._lister = LatestJobRunner("devices", self)
        self._lister.finished.connect(self._on_devices)
        self._lister.failed.connect(self.device_line.setText)
        why = QLabel(self.tr(
            "<b>Why a GPU trains faster.</b> A CPU has a few cores, each fast and clever (caches, branch "
            "prediction, vector units doing 8–16 numbers at once); all its threads together help most on large "
            "work. A GPU has thousands of simple arithmetic units that do the same operation on many numbers at "
            "the same time: a matrix multiply or a convolution is exactly that, which is why deep learning uses "
            "GPUs. On small sizes the GPU loses: starting its work and copying the data over (the transfer rows "
            "of <code>nnstudio bench-devices --ops transfer</code>) cost more than the arithmetic. Timing here "
            "leaves out a warm-up run, waits for the device to finish (synchronize) and takes the median."),
            wordWrap=True)
        why.setTextFormat(Qt.TextFormat.RichText)
        self.sizes = QLineEdit(", ".join(map(str, DEFAULT_SIZES)), objectName="bench_sizes")
        self.sizes.setToolTip(self.tr("Matrix sides n (n × n matmul; a 16-channel n × n image for the convolution)"))
        self.sizes.setMaximumWidth(220)
        self.epoch = QCheckBox(self.tr("+ one epoch of {preset}").format(preset=EPOCH_PRESET), objectName="bench_epoch",
                               checked=True)
        self.epoch.setToolTip(self.tr("Also train one epoch of the {preset} preset on each device, with each size "
                                      "as the batch size (this takes longest).").format(preset=EPOCH_PRESET))
        self.race = QPushButton(self.tr("Race"), objectName="bench_race", enabled=False)
        self.stop = QPushButton(self.tr("Stop"), objectName="bench_stop", enabled=False)
        self.status = QLabel(objectName="bench_status", wordWrap=True)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Sizes:")))
        controls.addWidget(self.sizes)
        controls.addWidget(self.epoch)
        controls.addWidget(self.race)
        controls.addWidget(self.stop)
        controls.addWidget(self.status, 1)
        self.plot = plot_widget(self)
        self.plot.setLogMode(x=True, y=True)
        self.plot.setLabel("bottom", self.tr("size n"))
        self.plot.setLabel("left", "GFLOP/s")
        self.plot.addLegend(offset=(10, 10))
        self.epoch_plot = plot_widget(self)
        self.epoch_plot.setObjectName("bench_epoch_plot")
        self.epoch_plot.setLogMode(x=True, y=False)
        self.epoch_plot.setLabel("bottom", self.tr("batch size"))
        self.epoch_plot.setLabel("left", self.tr("samples/s, one epoch of {preset}").format(preset=EPOCH_PRESET))
        self.epoch_plot.addLegend(offset=(10, 10))
        self.epoch_note = QLabel(self.tr(
            "An epoch is many small steps. With small batches each step is too little work to keep a GPU's "
            "thousands of units busy, and the time goes to starting its work; large batches fill it, so the GPU "
            "pulls ahead. (Very large batches may need more epochs to learn as well.)"),
            objectName="bench_epoch_note", wordWrap=True)
        self.curves: dict[tuple[str, str], pg.PlotDataItem] = {}
        self.table = QTableWidget(0, 5, objectName="bench_table")
        self.table.setHorizontalHeaderLabels([self.tr("device"), self.tr("operation"), "n", "ms", self.tr("rate")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        epoch_box = QWidget()
        epoch_layout = QVBoxLayout(epoch_box)
        epoch_layout.setContentsMargins(0, 0, 0, 0)
        epoch_layout.addWidget(self.epoch_plot, 1)
        epoch_layout.addWidget(self.epoch_note)
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.plot)
        plots.addWidget(epoch_box)
        self.epoch.toggled.connect(epoch_box.setVisible)
        splitter = QSplitter()
        splitter.addWidget(plots)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([920, 340])  # the table's five columns (the rate is the widest) just fit
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addWidget(self.device_line)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        self.race.clicked.connect(self.start_race)
        self.stop.clicked.connect(self.stop_race)
        self._lister.submit(list_devices)  # last: its answer may come while the view is built

    def _on_devices(self, devices: list) -> None:
        self.devices = devices
        names = ", ".join(d.name for d in devices)
        gpu = any(d.kind != "cpu" for d in devices)
        self.device_line.setText(self.tr("Devices: {names}.").format(names=names) + ("" if gpu else " " + self.tr(
            "This computer has no CUDA or MPS GPU that PyTorch can use, so the race is 1 CPU thread against all "
            "of them.")))
        self.race.setEnabled(True)

    def typed_sizes(self) -> list[int]:
        """The Sizes field as whole numbers, unchecked; [] when it holds anything else."""
        try:
            return [int(part) for part in self.sizes.text().replace(" ", "").split(",") if part]
        except ValueError:
            return []

    @property
    def racing(self) -> bool:
        """From Race until its last row and its end have reached this thread (the worker's
        thread ends a moment before its queued rows are all shown)."""
        return self.stop.isEnabled()

    @property
    def settled(self) -> bool:
        """The devices are listed (or listing failed) and no race is running."""
        return not self._lister.busy and not self.racing

    def start_race(self) -> bool:
        if not self.devices:
            return False
        if self.worker is not None and self.worker.alive:
            return False
        if self._busy():
            self.status.setText(self.tr("⚠ A training run is going on; it would share the CPU with the race. Stop "
                                        "it first."))
            return False
        try:
            sizes = check_sizes(part for part in self.sizes.text().replace(" ", "").split(",") if part)
        except (InputError, ValueError):
            self.status.setText(self.tr("⚠ Sizes must be whole numbers from 8 to 4096 separated by commas, such as "
                                        "64, 128, 256."))
            return False
        self.rows = []
        self.table.setRowCount(0)
        for (_device, operation), curve in self.curves.items():
            (self.epoch_plot if operation == "epoch" else self.plot).removeItem(curve)
        self.curves.clear()
        for plot in (self.plot, self.epoch_plot):
            if plot.plotItem.legend is not None:
                plot.plotItem.legend.clear()
        devices = self.devices
        operations = ("matmul", "conv") + (("epoch",) if self.epoch.isChecked() else ())
        self.worker = GeneratorWorker(lambda stop: bench(devices, sizes, operations, 5, stop),
                                      name="nnstudio-bench", parent=self)
        self.worker.yielded.connect(self._on_row)
        self.worker.state_changed.connect(self._on_state)
        self.worker.errored.connect(lambda exc: self.status.setText(self.tr("⚠ The race failed: {error}").format(
            error=str(exc)[:200])))
        self.race.setEnabled(False)
        self.stop.setEnabled(True)
        self.status.setText(self.tr("Racing… (the window may be slow while all threads are busy)"))
        self.worker.start()
        return True

    def stop_race(self) -> None:
        if self.worker is not None:
            self.worker.quit()

    def _on_row(self, row: BenchRow) -> None:
        self.rows.append(row)
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate((row.device, row.operation, str(row.size), f"{row.seconds * 1e3:.3f}", rate_text(row))):
            self.table.setItem(r, c, QTableWidgetItem(text))
        key = (row.device, row.operation)
        epoch = row.operation == "epoch"
        value = (lambda x: x.samples_per_s) if epoch else (lambda x: x.gflops)  # noqa: E731
        points = [x for x in self.rows if (x.device, x.operation) == key and value(x)]
        if key not in self.curves:
            colour = COLOURS.get(row.device.split(":")[0], "#e67e22")
            plot = self.epoch_plot if epoch else self.plot
            self.curves[key] = plot.plot([], [], pen=pg.mkPen(colour, width=2), symbol=SYMBOLS.get(row.operation, "o"),
                                         symbolBrush=colour, name=row.device if epoch else f"{row.device} {row.operation}")
        self.curves[key].setData([p.size for p in points], [value(p) for p in points])

    def _on_state(self, state: WorkerState, _sequence: int) -> None:
        if state.done:
            self.race.setEnabled(True)
            self.stop.setEnabled(False)
            if state is WorkerState.FINISHED:
                self.status.setText(self.tr("Done: %n measurement(s).", "", len(self.rows)))
            elif state is WorkerState.STOPPED:
                self.status.setText(self.tr("Stopped after %n measurement(s).", "", len(self.rows)))
            self.race_ended.emit()

    def shutdown(self) -> None:
        self._lister.shutdown()
        if self.worker is not None:
            self.worker.join(30.0)


def rate_text(row: BenchRow) -> str:
    if row.gflops is not None:
        return f"{row.gflops:.2f} GFLOP/s"
    if row.samples_per_s is not None:
        return QCoreApplication.translate("DevicesView", "{rate} samples/s").format(rate=f"{row.samples_per_s:,.0f}")
    return f"{row.gbytes_per_s:.2f} GB/s" if row.gbytes_per_s is not None else ""
