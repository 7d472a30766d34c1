"""The Network tab's files: open and save designs and weights, export the model.

Each action asks for a path (the `ask_*` slots), then does its work in a method that tests
call directly. Every failure ends in one sentence through the document (a missing or
read-only folder, a file that is not a design or not weights) and leaves the tab as it was.
Output folders are checked before any work starts, so an export never fails half-way for
want of a folder. Weights open on a worker thread (a large file took seconds to build and
read); they are adopted only if the design they were read for is still the one on the canvas.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ...core.atomic_write import check_writable
from ...core.errors import InputError
from ...nn.design import load_design, save_design
from ..workers import LatestJobRunner
from .document import NetworkDocument
from .training_run import design_key

EXPORT_KINDS = {".onnx": "onnx", ".pt": "torchscript", ".pth": "torchscript", ".py": "script"}


def read_weights(design, outputs: int, path: Path):
    """On the worker thread: a model of `design` holding the weights in `path` (InputError
    naming the first layer that does not fit)."""
    from ...nn.build import build_model, load_weights

    model = build_model(design, outputs)
    load_weights(model, path)
    return model.eval()


class NetworkFiles(QObject):
    weights_opened = Signal(bool)  # an Open weights has ended: adopted (True) or refused

    def __init__(self, document: NetworkDocument, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.document = document
        self._parent = dialog_parent
        self._weights = LatestJobRunner("weights", self)
        self._weights.finished.connect(self._on_weights_read)
        self._weights.failed.connect(self._on_weights_refused)
        self._reading: tuple | None = None  # (file name, design key, outputs) being read

    def shutdown(self) -> None:
        self._weights.shutdown()

    def _say(self, text: str, error: bool = False) -> None:
        self.document.said.emit(text, error)

    def _write(self, path: Path, write: Callable[[], Path]) -> Path | None:
        """Check that `path` can be written (core.atomic_write's check, which the CLI's output
        arguments share), then write(); what it wrote, or None after one sentence."""
        try:
            check_writable(path)
            return write()  # every writer is atomic: a failure leaves the previous file
        except InputError as exc:
            self._say(str(exc), True)
        except (OSError, RuntimeError) as exc:  # torch's exporters raise RuntimeError for I/O
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            self._say(self.tr("Could not save {name}: {reason}.").format(name=path.name, reason=reason), True)
        return None

    def _ask_open(self, caption: str, filters: str, then: Callable[[str], object]) -> None:
        path, _ = QFileDialog.getOpenFileName(self._parent, caption, "", filters)
        if path:
            then(path)

    def _ask_save(self, caption: str, suggestion: str, filters: str, then: Callable[[str], object]) -> None:
        path, _ = QFileDialog.getSaveFileName(self._parent, caption, suggestion, filters)
        if path:
            then(path)

    # --- designs ----------------------------------------------------------------------------
    def ask_open_design(self) -> None:
        self._ask_open(self.tr("Open design"), self.tr("Network designs (*.json)"), self.open_design)

    def open_design(self, path: str | Path) -> bool:
        try:
            design = load_design(path)
        except InputError as exc:
            self._say(str(exc), True)
            return False
        except (OSError, UnicodeDecodeError, RecursionError, ValueError) as exc:
            self._say(self.tr("{name} is not a design file nnstudio can read ({kind}).").format(
                name=Path(path).name, kind=type(exc).__name__), True)
            return False
        self.document.open(design)
        return True

    def ask_save_design(self) -> None:
        self._ask_save(self.tr("Save design"), f"{self.document.design.name}.json",
                       self.tr("Network designs (*.json)"), self.save_design)

    def save_design(self, path: str | Path) -> bool:
        path = Path(path)
        design = self.document.current_design()
        if self._write(path, lambda: save_design(design, path) or path) is None:
            return False
        self._say(self.tr("Saved the design to {name}.").format(name=path.name))
        return True

    # --- weights ----------------------------------------------------------------------------
    def ask_save_weights(self) -> None:
        model, why = self.document.trained_model()
        if model is None:
            self._say(why, True)
            return
        self._ask_save(self.tr("Save weights"), f"{self.document.design.name}.pt",
                       self.tr("PyTorch weights (*.pt)"), self.save_weights)

    def save_weights(self, path: str | Path) -> bool:
        from ...nn.build import save_weights

        path = Path(path)
        model, why = self.document.trained_model()
        if model is None:
            self._say(why, True)
            return False
        if self._write(path, lambda: save_weights(model, path) or path) is None:
            return False
        self._say(self.tr("Saved the weights to {name}.").format(name=path.name))
        return True

    def ask_open_weights(self) -> None:
        self._ask_open(self.tr("Open weights"), self.tr("PyTorch weights (*.pt *.pth)"), self.open_weights)

    def open_weights(self, path: str | Path) -> bool:
        """Start reading weights for the design on the canvas, trained or not: they must fit
        it layer for layer; Train then starts from them. False (with a sentence) when there
        is nothing to read them for; weights_opened says how the reading ended."""
        document = self.document
        if document.problem() is not None or document.data is None:
            self._say(str(document.problem() or self.tr("The data set is still loading.")), True)
            return False
        path = Path(path)
        design = document.current_design()
        self._reading = (path.name, design_key(design), document.data.outputs)
        self._say(self.tr("Opening the weights from {name}…").format(name=path.name))
        self._weights.submit(read_weights, design, document.data.outputs, path)
        return True

    def _on_weights_read(self, model) -> None:
        name, key, outputs = self._reading
        document = self.document
        if (document.problem() is not None or document.data is None or document.data.outputs != outputs
                or design_key(document.current_design()) != key):
            self._on_weights_refused(self.tr("The design changed while {name} was opening; open the weights "
                                             "again for this design.").format(name=name))
            return
        document.adopt_weights(model, name)
        self._say(self.tr("Loaded the weights from {name}; Train starts from them.").format(name=name))
        self.weights_opened.emit(True)

    def _on_weights_refused(self, text: str) -> None:
        self._say(text, True)
        self.weights_opened.emit(False)

    # --- export -----------------------------------------------------------------------------
    def ask_export_model(self) -> None:
        onnx, script = self.tr("ONNX model (*.onnx)"), self.tr("TorchScript (*.pt)")
        standalone = self.tr("Standalone PyTorch script (*.py)")
        path, chosen = QFileDialog.getSaveFileName(self._parent, self.tr("Export model"), self.document.design.name,
                                                   ";;".join((onnx, script, standalone)))
        if path:
            suffix = ".onnx" if chosen == onnx else ".pt" if chosen == script else ".py"
            self.export_model(path if Path(path).suffix else path + suffix)

    def export_model(self, path: str | Path) -> bool:
        """ONNX (.onnx) or TorchScript (.pt) of the trained network, or a standalone training
        script (.py) with its data file, chosen by the file's suffix."""
        path = Path(path)
        kind = EXPORT_KINDS.get(path.suffix.lower())
        if kind is None:
            self._say(self.tr("Choose a file ending in .onnx, .pt or .py."), True)
            return False
        document = self.document
        if kind == "script":
            if document.data is None or document.problem() is not None:
                self._say(str(document.problem() or self.tr("The data set is still loading.")), True)
                return False
            from ...nn.script_export import export_script

            design, data = document.current_design(), document.data
            written = self._write(path, lambda: export_script(design, data, path)[0])
        else:
            model, why = document.trained_model()
            if model is None:
                self._say(why, True)
                return False
            from ...nn.export import export_model

            shape = tuple(document.design.input)
            written = self._write(path, lambda: export_model(model, shape, path, kind))
        if written is None:
            return False
        if kind == "onnx":  # say what the file is for, where the user has just made one
            self._say(self.tr("Exported {name}. ONNX is a network file other programs read: Netron draws it, "
                              "ONNX Runtime and OpenVINO run it on other hardware.").format(name=Path(written).name))
        else:
            self._say(self.tr("Exported {name}.").format(name=Path(written).name))
        return True
