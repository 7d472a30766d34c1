"""Compression: the result encoded in memory, its size, ratio and PSNR, and the decoded image."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSlider, QWidget

from ...core.compression import FORMATS, LOSSY, Encoded, encode, psnr
from ..locale_numbers import byte_size, decimal
from ..workers import LatestJobRunner

FORMAT_TIPS = {
    "png": QT_TRANSLATE_NOOP("CompressionPanel", "PNG: lossless (every pixel comes back exactly); shrinks flat areas "
                             "and few colours best."),
    "jpeg": QT_TRANSLATE_NOOP("CompressionPanel", "JPEG: lossy; throws away fine detail the eye barely sees, in 8×8 "
                              "blocks. Low quality shows blocks and ringing."),
    "webp": QT_TRANSLATE_NOOP("CompressionPanel", "WebP: lossy here too, usually smaller than JPEG at the same quality."),
    "bmp": QT_TRANSLATE_NOOP("CompressionPanel", "BMP: no compression at all, just the pixels (rows padded to 4 bytes) "
                             "after a header."),
}


#: How the formats are written (WebP is not WEBP).
_FORMAT_NAMES = {"png": "PNG", "jpeg": "JPEG", "webp": "WebP", "bmp": "BMP"}


def _encode_job(
    pixels: np.ndarray, original: np.ndarray, fmt: str, quality: int
) -> tuple[Encoded, float, float | None]:
    """Encode; PSNR against the encoder's input, and against the original where comparable."""
    encoded = encode(pixels, fmt, quality)
    comparable = original.shape == encoded.decoded.shape
    return encoded, psnr(pixels, encoded.decoded), psnr(original, encoded.decoded) if comparable else None


def _decibels(value: float) -> str:
    if value == float("inf"):
        return QCoreApplication.translate("CompressionPanel", "∞ dB (identical)")
    return f"{decimal(value, 2)} dB"


class CompressionPanel(QWidget):
    decoded_changed = Signal()  # the decoded image or the "show decoded" choice changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.format = QComboBox()
        self.format.setObjectName("format")
        for i, fmt in enumerate(FORMATS):
            self.format.addItem(_FORMAT_NAMES.get(fmt, fmt.upper()), fmt)
            self.format.setItemData(i, self.tr(FORMAT_TIPS[fmt]), Qt.ItemDataRole.ToolTipRole)
        self.format.setToolTip(self.tr("The file format the result is encoded with, in memory."))
        self.quality = QSlider(Qt.Orientation.Horizontal, objectName="quality")
        self.quality.setRange(1, 100)
        self.quality.setValue(75)
        self.quality.setToolTip(self.tr("JPEG/WebP quality: lower keeps less detail and makes smaller files."))
        self.quality_label = QLabel("75")
        self.show_decoded = QCheckBox(self.tr("Show the decoded result"), objectName="show_decoded")
        self.show_decoded.setToolTip(self.tr("Look at what a viewer shows after decoding: at low JPEG quality the 8×8 "
                                             "blocks appear."))
        self.report = QLabel(objectName="compression_report")
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Quality"), self.quality)
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
            self.report.setText(self.tr("Encoding as {format}…").format(format=_FORMAT_NAMES.get(fmt, fmt.upper())))
            self._runner.submit(_encode_job, self._pixels, self._original, fmt, self.quality.value())

    def _on_encoded(self, outcome: tuple[Encoded, float, float | None]) -> None:
        self.encoded, self.psnr, vs_original = outcome
        enc = self.encoded
        name = _FORMAT_NAMES.get(enc.fmt, enc.fmt.upper())
        if enc.fmt in LOSSY:
            name = self.tr("{format} at quality {quality}").format(format=name, quality=self.quality.value())
        lines = [
            f"<b>{name}</b>",
            self.tr("encoded: {size}").format(size=byte_size(enc.size)),
            self.tr("raw: {size}").format(size=byte_size(enc.raw_bytes)),
            self.tr("ratio: {ratio} : 1").format(ratio=decimal(enc.ratio, 1)),
            self.tr("PSNR vs. the image before encoding: {db}").format(db=_decibels(self.psnr)),
        ]
        if vs_original is not None:
            lines.append(self.tr("PSNR vs. the original: {db}").format(db=_decibels(vs_original)))
        self.report.setText("<br>".join(lines))
        if self.show_decoded.isChecked():
            self.decoded_changed.emit()
