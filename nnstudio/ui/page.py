"""What every tab is: a view of the shared ImageDocument that can hand over a result image."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import cv2
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QSizePolicy, QVBoxLayout, QWidget

from ..core.image_facts import human_bytes
from ..core.image_io import LoadedImage
from .document import ImageDocument
from .qt_image import to_qimage

#: Longest side of the preview kept for the placeholder view; scaling a 100-megapixel image
#: on every resize would stall the GUI thread.
PREVIEW_SIDE = 1024


@contextmanager
def owning_new_windows(owner: QWidget) -> Iterator[None]:
    """pyqtgraph builds its context menus (ViewBox, PlotItem) without a parent, so they
    would outlive the page as stray top-level windows; the page adopts every parentless
    menu created inside this block. (Not the plot's settings panel, a plain QWidget that
    the PlotItem deletes itself: adopting it too deletes it twice.)"""
    before = set(QApplication.topLevelWidgets())
    yield
    for widget in set(QApplication.topLevelWidgets()) - before:
        if widget.parent() is None and isinstance(widget, QMenu):
            widget.setParent(owner, widget.windowFlags())


class Page(QWidget):
    """Base of the Pixels, Filters and Network tabs."""

    title = ""
    description = ""

    def __init__(self, document: ImageDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document

    def result_image(self) -> np.ndarray | None:
        """The tab's output as an 8-bit gray/RGB array (File > Save result as…)."""
        return self.document.image.pixels

    def fill_file_menu(self, menu: QMenu) -> bool:
        """Add this tab's own entries to the window's File menu (the window shows the tab
        when one is used). Returns whether it added any."""
        return False

    def shutdown(self) -> None:
        """Stop and join this page's background work; called when the window closes."""


class PlaceholderPage(Page):
    """A tab whose own tools are still to come: its name, what it will do, the current image."""

    def __init__(self, document: ImageDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        heading = QLabel(self.title)
        heading.setObjectName("page_title")
        font = heading.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        heading.setFont(font)
        blurb = QLabel(self.description)
        blurb.setWordWrap(True)
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setObjectName("preview")
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setMinimumSize(64, 64)
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(blurb)
        layout.addWidget(self.preview, stretch=1)
        layout.addWidget(self.facts)
        self._pixmap = QPixmap()
        document.image_changed.connect(self._on_image_changed)
        self._on_image_changed(document.image)

    def _on_image_changed(self, image: LoadedImage) -> None:
        pixels = image.pixels
        scale = PREVIEW_SIDE / max(pixels.shape[:2])
        if scale < 1:
            size = (max(1, round(pixels.shape[1] * scale)), max(1, round(pixels.shape[0] * scale)))
            pixels = cv2.resize(pixels, size, interpolation=cv2.INTER_AREA)
        self._pixmap = QPixmap.fromImage(to_qimage(pixels))
        self._fit_preview()
        src = image.source
        sizes = src.byte_sizes()
        self.facts.setText(
            f"{src.name}: {src.width} × {src.height} pixels, {src.channels} channel(s), "
            f"{src.bits_per_channel}-bit {src.dtype} source ({src.format})  ·  "
            f"uncompressed: 1-bit {human_bytes(sizes['bytes_1bit'])}, "
            f"8-bit gray {human_bytes(sizes['bytes_gray8'])}, "
            f"24-bit RGB {human_bytes(sizes['bytes_rgb24'])}"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_preview()

    def _fit_preview(self) -> None:
        if self._pixmap.isNull():
            return
        self.preview.setPixmap(
            self._pixmap.scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
