"""File ▸ Export run for TensorBoard…: the current run's losses, accuracies and learning rate
per epoch, its loss per batch and, when asked, histograms of its weights, as TensorBoard event
files (nn.tensorboard_export) in a sub-folder named after the run, so that several runs
exported into one folder show side by side in `tensorboard --logdir FOLDER`.

The figures are copied on the GUI thread (EpochResults are never changed once made) and
written on a worker: a long run has many thousand records.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from ..workers import LatestJobRunner
from .document import NetworkDocument


def write_run(folder: Path, results: tuple, weights: dict | None, histograms: bool) -> Path:
    from ...nn.tensorboard_export import export_run

    return export_run(folder, results, weights, histograms)


def run_folder_name(run_name: str) -> str:
    """"mlp_xor #2" → "mlp_xor_2": a folder name on every system."""
    return re.sub(r"[^\w.-]+", "_", run_name).strip("_") or "run"


class TensorBoardExport(QObject):
    def __init__(self, document: NetworkDocument, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.document = document
        self._parent = dialog_parent
        self.histograms = True  # File ▸ "… with weight histograms" (checkable)
        self.last_folder: Path | None = None
        self._runner = LatestJobRunner("tensorboard", self)
        self._runner.finished.connect(self._on_written)
        self._runner.failed.connect(lambda text: self.document.said.emit(text, True))

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def set_histograms(self, on: bool) -> None:
        self.histograms = bool(on)

    def ask_export(self) -> None:
        if self._run() is None:
            self._refuse()
            return
        folder = QFileDialog.getExistingDirectory(self._parent, self.tr("Export run for TensorBoard"))
        if folder:
            self.export(folder)

    def _run(self):
        document = self.document
        run = document.run if document.run is not None else document.previous_run
        return run if run is not None and run.results else None

    def _refuse(self) -> None:
        self.document.said.emit(self.tr("Train the network (or step one epoch) first: there is no run to export."),
                                True)

    def export(self, folder: str | Path) -> bool:
        """Start writing the run into folder/<run name>; the outcome is said when done."""
        run = self._run()
        if run is None:
            self._refuse()
            return False
        weights = None
        if self.histograms:
            model, _why = self.document.trained_model()  # None while training: epochs' own weights only
            if model is not None and model is run.model:
                from ...nn.tensorboard_export import model_weights

                weights = model_weights(model)
        target = Path(folder) / run_folder_name(run.name)
        self.last_folder = target
        self._runner.submit(write_run, target, tuple(run.results), weights, self.histograms)
        return True

    def _on_written(self, path: Path) -> None:
        self.document.said.emit(self.tr("Wrote the run for TensorBoard to {folder}. See it with: tensorboard "
                                        "--logdir \"{parent}\"").format(folder=path.parent,
                                                                         parent=path.parent.parent), False)

    def shutdown(self) -> None:
        self._runner.shutdown()
