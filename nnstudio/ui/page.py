"""What every tab is: a view of the shared ImageDocument that can hand over a result image."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from .document import ImageDocument


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
    """Base of the Pixels, Filters and Network tabs.

    A subclass sets ``title`` and ``description`` in English, each marked for translation
    with ``QT_TRANSLATE_NOOP("Page", ...)``; the window shows them translated. The English
    title, lower-cased, is the tab's key (settings, file names, ``--tab``).
    """

    title = ""
    description = ""

    @property
    def key(self) -> str:
        return self.title.lower()

    def display_title(self) -> str:
        return QCoreApplication.translate("Page", self.title)

    def display_description(self) -> str:
        return QCoreApplication.translate("Page", self.description)

    def __init__(self, document: ImageDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._missed_frame = False  # a live frame arrived while the tab was hidden

    def busy(self) -> bool:
        """Still working on the current image: a live source waits before handing over the
        next frame, so a slow tab shows fewer frames instead of none (a newer frame would
        cancel each result before it is shown)."""
        return False

    def skip_hidden_frame(self) -> bool:
        """True (and noted) when a live frame reaches a hidden tab: it costs nothing there
        and catches up with ``catch_up`` when shown, leaving the cores to the shown tab."""
        if self.document.is_live and not self.isVisible():
            self._missed_frame = True
            return True
        return False

    def catch_up(self) -> None:
        """Recompute for the current image after frames were skipped while hidden."""

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._missed_frame:
            self._missed_frame = False
            self.catch_up()

    def result_image(self) -> np.ndarray | None:
        """The tab's output as an 8-bit gray/RGB array (File > Save result as…)."""
        return self.document.image.pixels

    def fill_file_menu(self, menu: QMenu) -> bool:
        """Add this tab's own entries to the window's File menu (the window shows the tab
        when one is used). Returns whether it added any."""
        return False

    def shutdown(self) -> None:
        """Stop and join this page's background work; called when the window closes."""
