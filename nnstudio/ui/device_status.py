"""Status-bar label that names the compute device, found without slowing start-up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..nn.device import describe_device, prepare_training
from .workers import LatestJobRunner


class DeviceLabel(QLabel):
    """Shows 'Detecting compute device…' until torch has been imported in the background."""

    resolved = Signal()  # the device is known, or known to be unknowable

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Detecting compute device…"))
        self.setObjectName("device_label")
        self.setToolTip(self.tr(
            "The device that trains networks: a CUDA GPU when PyTorch sees one, Apple's MPS "
            "on a Mac with Apple silicon, otherwise the CPU."
        ))
        self.device = None
        self._runner = LatestJobRunner("device", self)
        self._runner.finished.connect(self._on_device_found)
        self._runner.failed.connect(self._on_device_failed)
        self._warm_up = LatestJobRunner("warm-up", self)  # its outcome is not needed
        self._runner.submit(describe_device)

    @property
    def warmed_up(self) -> bool:
        return self.device is not None and not self._warm_up.busy

    @property
    def ready(self) -> bool:
        return self.device is not None or self._runner.settled  # its outcome has reached the label

    def shutdown(self) -> None:
        self._runner.shutdown()
        self._warm_up.shutdown()

    def _on_device_found(self, device) -> None:
        self.device = device
        self.setText(self.tr("Training device: {device}").format(device=device))
        self.resolved.emit()
        self._warm_up.submit(prepare_training)

    def _on_device_failed(self, message: str) -> None:
        self.setText(self.tr("Training device: unknown (PyTorch did not load)"))
        self.setToolTip(message)
        self.resolved.emit()
