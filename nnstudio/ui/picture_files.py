"""Pictures of the window and its views on disk, written whole or not at all.

Qt's ``QImage.save`` and ``QSvgGenerator`` write straight into the target: a full disk or a
crash half-way leaves a damaged file where the previous one was, and a failure is a bare
False. Here the picture is encoded in memory first and then handed to core.atomic_write,
which replaces the target only once every byte is on disk and turns any failure into one
sentence (InputError), the previous file unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgGenerator

from ..core.atomic_write import check_writable, write_bytes
from ..core.errors import InputError
from ..core.i18n import translate


def png_bytes(picture: QImage | QPixmap) -> bytes:
    """The picture encoded as PNG, in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = not picture.isNull() and picture.save(buffer, "PNG")
    buffer.close()
    if not ok:
        raise InputError(translate("PictureFiles", "There is no picture to save yet."))
    return bytes(data.data())


def save_png(picture: QImage | QPixmap, path: str | Path) -> Path:
    """Write `picture` to `path` as PNG, atomically (InputError, one sentence, if it cannot be)."""
    check_writable(path)  # before encoding a large picture for nothing
    return write_bytes(path, png_bytes(picture))


def save_svg(path: str | Path, size: QSize, title: str, draw: Callable[[QPainter], None]) -> Path:
    """Write what `draw(painter)` paints on a `size` canvas to `path` as SVG, atomically."""
    check_writable(path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    try:
        draw(painter)
    finally:
        painter.end()
        buffer.close()
    return write_bytes(path, bytes(data.data()))
