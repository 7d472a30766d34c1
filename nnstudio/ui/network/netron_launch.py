"""Open in Netron: the current design as an ONNX file in a temporary folder, shown by Netron
(a viewer of network files that runs in the web browser) when the optional ``netron`` package
is installed; otherwise one sentence says how to install it and where the file is.

Exporting takes a second or more (torch's ONNX exporter) and netron.start() opens a local web
server and the browser, so both run on a worker thread; the model is copied on the GUI thread
first, so that training can start again while the copy is exported.
"""

from __future__ import annotations

import copy
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject

from ..workers import LatestJobRunner
from .document import NetworkDocument


def onnx_for_netron(design, outputs: int, model, folder: Path) -> tuple[Path, str | None]:
    """On the worker: write the ONNX file, then start Netron on it if it is installed. Returns
    the file and Netron's address (None when Netron is missing)."""
    from ...nn.export import export_design_onnx

    name = re.sub(r"[^\w.-]+", "_", design.name).strip("_") or "design"
    path = export_design_onnx(design, outputs, folder / f"{name}.onnx", model)
    try:
        import netron
    except ImportError:
        return path, None
    address = netron.start(str(path), browse=True)  # a daemon server thread, then the browser
    host, port = address if isinstance(address, tuple) else ("localhost", address)
    return path, f"http://{host}:{port}"


class NetronLauncher(QObject):
    def __init__(self, document: NetworkDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.last_file: Path | None = None
        self._folder: tempfile.TemporaryDirectory | None = None
        self._runner = LatestJobRunner("netron", self)
        self._runner.finished.connect(self._on_done)
        self._runner.failed.connect(lambda text: self.document.said.emit(text, True))

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def open(self) -> bool:
        """Start exporting the design (trained if its weights can be read now, else untrained)."""
        document = self.document
        problem = document.problem()
        if problem is not None or document.data is None:
            document.said.emit(str(problem or self.tr("The data set is still loading.")), True)
            return False
        model, _why = document.trained_model()
        model = copy.deepcopy(model) if model is not None else None
        if self._folder is None:  # removed when the window closes
            self._folder = tempfile.TemporaryDirectory(prefix="nnstudio-netron-")
        document.said.emit(self.tr("Exporting the design as ONNX for Netron…"), False)
        self._runner.submit(onnx_for_netron, document.current_design(), document.data.outputs, model,
                            Path(self._folder.name))
        return True

    def _on_done(self, result: tuple[Path, str | None]) -> None:
        path, address = result
        self.last_file = path
        if address is None:
            self.document.said.emit(self.tr(
                "Netron is not installed. Install it with: pip install netron (or pip install "
                "\"nnstudio[netron]\"), or open {path} in the Netron app or at netron.app (the file stays there until nnstudio closes).").format(
                path=path), False)
        else:
            self.document.said.emit(self.tr("Netron shows {name} in your web browser ({address}).").format(
                name=path.name, address=address), False)

    def shutdown(self) -> None:
        self._runner.shutdown()
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
