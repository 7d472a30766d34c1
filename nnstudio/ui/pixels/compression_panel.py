"""Compression: the result encoded in memory, its size, ratio and PSNR, and the decoded image."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSlider, QWidget

from ...core.compression import FORMATS, LOSSY, Encoded, encode, psnr
from ...core.image_facts import human_bytes
from ..workers import LatestJobRunner

FORMAT_TIPS = {
    "png": "PNG: lossless (every pixel comes back exactly); shrinks flat areas and few colours best.",
    "jpeg": "JPEG: lossy; throws away fine detail the eye barely sees, in 8×8 blocks. Low quality shows blocks and ringing.",
    "webp": "WebP: lossy here too, usually smaller than JPEG at the same quality.",
    "bmp": "BMP: no compression at all, just the pixels (rows padded to 4 bytes) after a header.",
}


def _encode_job(
    pixels: np.ndarray, original: np.ndarray, fmt: str, quality: int
) -> tuple[Encoded, float, float | None]:
    """Encode; PSNR against the encoder's input, and against the original where comparable."""
    encoded = encode(pixels, fmt, quality)
    comparable = original.shape == encoded.decoded.shape
    return encoded, psnr(pixels, encoded.decoded), psnr(original, encoded.decoded) if comparable else None


def _decibels(value: float) -> str:
    return "∞ dB (identical)" if value == float("inf") else f"{value:.2f} dB"


class CompressionPanel(QWidget):
    decoded_changed = Signal()  # the decoded image or the "show decoded" choice changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.format = QComboBox()
        self.format.setObjectName("format")
        for i, fmt in enumerate(FORMATS):
            self.format.addItem(fmt.upper(), fmt)
            self.format.setItemData(i, FORMAT_TIPS[fmt], Qt.ItemDataRole.ToolTipRole)
        self.format.setToolTip("The file format the result is encoded with, in memory.")
        self.quality = QSlider(Qt.Orientation.Horizontal, objectName="quality")
        self.quality.setRange(1, 100)
        self.quality.setValue(75)
        self.quality.setToolTip("JPEG/WebP quality: lower keeps less detail and makes smaller files.")
        self.quality_label = QLabel("75")
        self.show_decoded = QCheckBox("Show the decoded image as the result", objectName="show_decoded")
        self.show_decoded.setToolTip("Look at what a viewer shows after decoding: at low JPEG quality the 8×8 blocks appear.")
        self.report = QLabel(objectName="compression_report")
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("Format", self.format)
        form.addRow("Quality", self.quality)
        form.addRow("", self.quality_label)
        form.addRow(self.show_decoded)
        form.addRow(self.report)
        self.encoded: Encoded | None = None
        self.psnr: float | None = None
        self._pixels: np.ndarray | None = None
        self._original: np.ndarray | None = None
        self._runner = LatestJobRunner("compression", self)
        self._runner.finished.connect(self._on_encoded)
        self._runner.failed.connect(self.report.setText)
        self.format.currentIndexChanged.connect(self._submit)
        self.quality.valueChanged.connect(self._submit)
        self.quality.valueChanged.connect(lambda v: self.quality_label.setText(str(v)))
        self.show_decoded.toggled.connect(self.decoded_changed)

    def set_input(self, pixels: np.ndarray, original: np.ndarray) -> None:
        """Encode ``pixels`` (the result); ``original`` is the loaded image, for PSNR."""
        self._pixels, self._original = pixels, original
        self.encoded = None
        # PNG and WebP take 0.1-0.3 s on a big image: encode only what is looked at.
        if self.isVisible() or self.show_decoded.isChecked():
            self._submit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.encoded is None:
            self._submit()

    def decoded(self) -> np.ndarray | None:
        """The decoded image when it should replace the result in the view, else None."""
        if self.show_decoded.isChecked() and self.encoded is not None:
            return self.encoded.decoded
        return None

    def shutdown(self) -> None:
        self._runner.shutdown()

    def _submit(self) -> None:
        fmt = self.format.currentData()
        self.quality.setEnabled(fmt in LOSSY)
        if self._pixels is not None:
            self.report.setText(f"Encoding as {fmt.upper()}…")
            self._runner.submit(_encode_job, self._pixels, self._original, fmt, self.quality.value())

    def _on_encoded(self, outcome: tuple[Encoded, float, float | None]) -> None:
        self.encoded, self.psnr, vs_original = outcome
        enc = self.encoded
        quality = f" at quality {self.quality.value()}" if enc.fmt in LOSSY else ""
        db = _decibels(self.psnr)
        original = "" if vs_original is None else f"<br>PSNR vs. the original: {_decibels(vs_original)}"
        self.report.setText(
            f"<b>{enc.fmt.upper()}{quality}</b><br>"
            f"encoded: {enc.size:,} bytes ({human_bytes(enc.size)})<br>"
            f"raw: {enc.raw_bytes:,} bytes ({human_bytes(enc.raw_bytes)})<br>"
            f"ratio: {enc.ratio:.1f} : 1<br>"
            f"PSNR vs. the image before encoding: {db}{original}"
        )
        if self.show_decoded.isChecked():
            self.decoded_changed.emit()
