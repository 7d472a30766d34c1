"""Which texts of a window are cut: every visible label, button and tab title is measured
against the room it has. A text may be elided on purpose when its tooltip holds it whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QGraphicsView, QLabel, QPushButton, QTabBar, QWidget

#: Room a push button's frame leaves around its text (Fusion: 2 x 4 px margin + 2 x 1 px frame).
BUTTON_PADDING_PX = 10


def _plain(text: str) -> str:
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _elided_on_purpose(widget: QWidget, text: str) -> bool:
    tip = widget.toolTip()
    return bool(tip) and _plain(text).strip() in _plain(tip)


def _name(widget: QWidget) -> str:
    chain, w = [], widget
    while w is not None and len(chain) < 4:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(chain))


def _clipped_by(widget: QWidget, window: QWidget) -> QWidget | None:
    """The ancestor that cuts part of ``widget`` off, if one does. Inside a scroll area what
    lies below is a scroll away, on purpose; a text cut at the side is not (nobody reads a
    sentence by scrolling sideways)."""
    rect, w = widget.rect(), widget
    while w is not window and w.parentWidget() is not None:
        parent = w.parentWidget()
        rect = rect.translated(w.pos())
        if parent.objectName() == "qt_scrollarea_viewport":
            area = parent.rect()
            return None if area.left() - 1 <= rect.left() and rect.right() <= area.right() + 1 else parent
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(rect):
            return parent
        w = parent
    return None


def cut_texts(window: QWidget) -> list[str]:
    """One line per text that does not fit, naming the widget and what it needs. A text that
    a background result changed while the layouts settled is measured again once its new
    layout is done: what counts is what would be painted."""
    problems = _cut_texts_now(window)
    return _cut_texts_now(window) if problems else problems


def _cut_texts_now(window: QWidget) -> list[str]:
    for _ in range(3):  # let pending layout requests settle: measure what would be painted
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    problems = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 1 or w.height() <= 1:
            continue
        if isinstance(w, QLabel | QAbstractButton) and (w.text().strip()):
            parent = _clipped_by(w, window)
            if parent is not None:
                problems.append(f"{type(w).__name__} {_name(w)} {_plain(w.text())[:60]!r}: cut off by {_name(parent)}")
                continue
        if isinstance(w, QGraphicsView):
            problems += _graphics_labels(w)
        if isinstance(w, QLabel):
            text = w.text()
            if not text.strip() or (w.pixmap() is not None and not w.pixmap().isNull()):
                continue
            if w.wordWrap():
                need_w, need_h = 0, w.heightForWidth(w.width())
            else:
                hint = w.minimumSizeHint()
                need_w, need_h = hint.width(), hint.height()
            if (need_w > w.width() + 1 or need_h > w.height() + 1) and not _elided_on_purpose(w, text):
                problems.append(f"label {_name(w)} {_plain(text)[:60]!r}: needs {need_w}x{need_h}, has {w.width()}x{w.height()}")
        elif isinstance(w, QAbstractButton):
            if not w.text().strip():
                continue
            if isinstance(w, QPushButton):
                # A push button's size hint is at least the style's minimum width (80 px):
                # what its text needs is the text, its icon and the frame's padding.
                need = w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) + BUTTON_PADDING_PX
                need += w.iconSize().width() + 4 if not w.icon().isNull() else 0
            else:
                need = w.sizeHint().width()
            if need > w.width() + 1 and not _elided_on_purpose(w, w.text()):
                problems.append(f"button {_name(w)} {w.text()!r}: needs {need} px, has {w.width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if not w.isTabVisible(i):
                    continue
                rect, hint = w.tabRect(i), w.tabSizeHint(i)
                if (rect.width() + 1 < hint.width() or not w.rect().contains(rect)) and not _elided_on_purpose_tab(w, i):
                    problems.append(f"tab {_name(w)} {w.tabText(i)!r}: needs {hint.width()} px, has {rect.width()} "
                                    f"at x {rect.x()} of {w.width()}")
    return problems


def _elided_on_purpose_tab(bar: QTabBar, index: int) -> bool:
    tip = bar.tabToolTip(index)
    return bool(tip) and bar.tabText(index).replace("&", "") in tip


def _graphics_labels(view: QGraphicsView) -> list[str]:
    """pyqtgraph's labels (plot titles, the Filters views' captions): text inside the view."""
    import pyqtgraph as pg

    shown = view.mapToScene(view.viewport().rect()).boundingRect().adjusted(-1, -1, 1, 1)
    problems = []
    for item in view.scene().items():
        if isinstance(item, pg.LabelItem) and item.isVisible() and item.text:
            text_rect = item.item.sceneBoundingRect()
            own = item.sceneBoundingRect().adjusted(-1, -1, 1, 1)
            if not shown.contains(text_rect) or text_rect.width() > own.width():
                problems.append(f"graphics label in {_name(view)} {_plain(item.text)[:60]!r}: "
                                f"needs {text_rect.width():.0f} px, has {min(own.width(), shown.width()):.0f}")
    return problems
