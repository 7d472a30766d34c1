"""Find text on screen that did not go through the translator (the pseudo-locale check).

Under a pseudo translation that wraps every string in ⟦…⟧, a visible text that is not wrapped
bypassed tr(). The walker opens every tab and sub-tab, reads every visible label, button,
group title, combo item, tab title, tooltip, menu entry, status-bar text and pyqtgraph text,
and reports what is left once wrapped parts, numbers, units and names that stay as they are
(PyTorch classes, file formats) are taken out.

    python -m nnstudio.ui.text_walk            # every unwrapped text of the whole window, per widget

Limitation: an argument put into a translated template (``tr("Device: {device}")``) shows
inside the ⟦…⟧ of its template, so an untranslated argument is not caught here.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QComboBox, QGraphicsSimpleTextItem, QGraphicsTextItem,
    QGraphicsView, QGroupBox, QLabel, QLineEdit, QMainWindow, QMenu, QMenuBar, QStatusBar,
    QTabBar, QTableWidget, QTabWidget, QWidget,
)

OPEN, CLOSE = "⟦", "⟧"


def _kept_names() -> frozenset[str]:
    """Names that design files and PyTorch spell this way in every language: the built-in
    data sets (``circle``, ``digits``), the layers' keyword arguments and their values
    (``bias=True``), the input features as formulas (``x₁x₂``, ``sin x₁``)."""
    from ..core.dataset_registry import DATASET_NAMES
    from ..core.feature_cross import LABELS
    from ..nn.layers import SPECS

    settings = {s.name for spec in SPECS.values() for s in spec.settings}
    features = {word for label in LABELS.values() for word in label.split()}  # x₁x₂, sin x₁
    return frozenset(DATASET_NAMES) | settings | features | {"True", "False", "None"}

#: Words that stay as they are in every language: PyTorch and file-format names, units,
#: language names in their own language, the app's name.
KEPT_WORDS = frozenset("""
    nnstudio PyTorch torch OpenCV numpy ONNX TorchScript CUDA MPS CPU GPU
    Linear Conv2d MaxPool2d AvgPool2d Flatten Dropout BatchNorm1d BatchNorm2d ReLU LeakyReLU
    Sigmoid Tanh GELU Softmax Adam SGD MSE BCE
    RGB RGBA BGR HSV PNG JPEG JPG WebP BMP GIF TIFF NPY NPZ JSON
    px ms KiB MiB GiB dB PSNR SSIM
    한국어 English
""".split()) | _kept_names()

_WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*(?:{CLOSE}|…$)")  # or elided before its end
_WORD = re.compile(r"[^\W_]\w*")
_PATH = re.compile(r"^\S*[/\\]\S+$")
_KEYWORD = re.compile(r"\b\w+=\S*")  # a layer as PyTorch prints it: kernel_size=2, dilation=1
_IDENTIFIER = re.compile(r"\b[a-z0-9]+(?:[_-][a-z0-9]+)+\b")  # names such as mlp_xor, gate-and


@dataclass(frozen=True)
class Text:
    where: str  # the widget's path from the window, e.g. MainWindow/tabs/QTabBar
    kind: str  # "text", "tooltip", "tab", "item", "menu", "status", "title", ...
    text: str


def wrap(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


def leftover(text: str) -> str:
    """What of ``text`` did not come from the translator (nested wrappings removed first)."""
    previous = None
    while previous != text:
        previous, text = text, _WRAPPED.sub(" ", text)
    return text


def is_untranslated(text: str) -> bool:
    """Whether ``text`` holds words that should have been translated."""
    rest = leftover(_plain(text)).strip()
    if not rest or _PATH.match(rest):
        return False
    rest = _IDENTIFIER.sub(" ", _KEYWORD.sub(" ", rest))
    return any(w not in KEPT_WORDS and _letters(w) > 1 for w in _WORD.findall(rest))


def _letters(word: str) -> int:
    """Letters in a word: x₁, 3x3 and 2d are symbols, not words to translate."""
    return sum(not c.isdigit() and c != "_" for c in word)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:  # rich text: the words, not the markup
        text = re.sub(r"<[^>]*>", " ", text)
    return html.unescape(text).replace("&", "")


def where(widget: QWidget, root: QWidget | None = None) -> str:
    parts = []
    node = widget
    while node is not None and node is not root:
        name = node.objectName()
        parts.append(type(node).__name__ + (f"#{name}" if name else ""))
        node = node.parentWidget()
    if root is not None:
        parts.append(type(root).__name__)
    return "/".join(reversed(parts))


# --- reading widgets ----------------------------------------------------------------------------
def own_texts(widget: QWidget, root: QWidget | None = None) -> list[Text]:
    """The texts a widget shows itself (not its children's)."""
    path = where(widget, root)
    found: list[tuple[str, str]] = []
    if widget.toolTip():
        found.append(("tooltip", widget.toolTip()))
    if widget.isWindow() and widget.windowTitle():
        found.append(("title", widget.windowTitle()))
    if isinstance(widget, QLabel):
        found.append(("text", widget.text()))
    elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
        found.append(("text", widget.text()))
    elif isinstance(widget, QGroupBox):
        found.append(("title", widget.title()))
    elif isinstance(widget, QComboBox):
        found += [("item", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QLineEdit):
        found.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            found += [("tab", widget.tabText(i)), ("tooltip", widget.tabToolTip(i))]
    elif isinstance(widget, QStatusBar):
        found.append(("status", widget.currentMessage()))
    elif isinstance(widget, QTableWidget):
        for i in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(i)
            found.append(("header", item.text() if item else ""))
    elif isinstance(widget, QGraphicsView) and widget.scene() is not None:
        found += [("plot", t) for t in scene_texts(widget)]
    return [Text(path, kind, text) for kind, text in found if text and text.strip()]


def scene_texts(view: QGraphicsView) -> list[str]:
    """Visible text items of a graphics scene (pyqtgraph titles, axis labels, legends)."""
    texts = []
    for item in view.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsTextItem):
            texts.append(item.toPlainText())
        elif isinstance(item, QGraphicsSimpleTextItem):
            texts.append(item.text())
    return texts


def menu_texts(menu: QMenu | QMenuBar, path: str, include: Callable = lambda action: True) -> list[Text]:
    """Every entry of a menu bar or menu and its sub-menus, with tooltips that differ."""
    found = []
    for action in menu.actions():
        if action.isSeparator() or not include(action):
            continue
        here = f"{path}/{action.objectName() or action.text()}"
        found.append(Text(here, "menu", action.text()))
        tip = action.toolTip()  # Qt's default is the text without '&' and a trailing '…'
        if tip and tip.rstrip(".…") != action.text().replace("&", "").rstrip(".…"):
            found.append(Text(here, "tooltip", tip))
        if action.menu() is not None:
            found += menu_texts(action.menu(), here, include)
    return found


def visible_texts(root: QWidget, skip: Callable[[QWidget], bool] = lambda w: False,
                  include_action: Callable = lambda action: True) -> list[Text]:
    """Texts of ``root`` and every visible widget below it, minus subtrees ``skip`` names,
    and of the window's menus (the entries ``include_action`` accepts)."""
    found = []
    stack = [root]
    while stack:
        widget = stack.pop()
        if skip(widget) or (widget is not root and not widget.isVisibleTo(root)):
            continue
        if isinstance(widget, QMenu):
            continue  # popups are read through their actions
        found += own_texts(widget, root)
        stack += [c for c in widget.children() if isinstance(c, QWidget)]
    if isinstance(root, QMainWindow):
        found += menu_texts(root.menuBar(), where(root) + "/menu", include_action)
    return found


def walk(root: QWidget, skip: Callable[[QWidget], bool] = lambda w: False,
         include_action: Callable = lambda action: True) -> list[Text]:
    """Open every tab and sub-tab under ``root`` in turn and collect what each shows."""
    seen: dict[tuple[str, str, str], Text] = {}

    def collect() -> None:
        QApplication.processEvents()
        for text in visible_texts(root, skip, include_action):
            seen.setdefault((text.where, text.kind, text.text), text)

    def visit(tabs: QTabWidget) -> None:
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            collect()
            page = tabs.widget(index)
            if skip(page):
                continue
            for inner in page.findChildren(QTabWidget):
                if inner.isVisibleTo(root):
                    visit(inner)
        tabs.setCurrentIndex(current)

    collect()
    for tabs in root.findChildren(QTabWidget):
        if tabs.parentWidget() is not None and not _inside_tab_widget(tabs, root) and not skip(tabs):
            visit(tabs)
    return list(seen.values())


def _inside_tab_widget(widget: QWidget, root: QWidget) -> bool:
    node = widget.parentWidget()
    while node is not None and node is not root:
        if isinstance(node, QTabWidget):
            return True
        node = node.parentWidget()
    return False


def untranslated(texts: Iterable[Text]) -> list[Text]:
    return [t for t in texts if is_untranslated(t.text)]


# --- the report ---------------------------------------------------------------------------------
def report(texts: Iterable[Text]) -> str:
    by_widget: dict[str, list[Text]] = {}
    for text in texts:
        by_widget.setdefault(text.where, []).append(text)
    lines = []
    for path in sorted(by_widget):
        lines.append(path)
        lines += [f"    {t.kind}: {t.text!r}" for t in by_widget[path]]
    return "\n".join(lines)


def install_pseudo(folder: Path) -> None:
    """Generate the ⟦…⟧ translation into ``folder`` and make it the app's language."""
    from .language import install_files
    from .translations import write_pseudo

    write_pseudo(folder / "nnstudio_pseudo.qm", wrap)
    install_files("pseudo", [("nnstudio_pseudo", str(folder))])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nnstudio.ui.text_walk", description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x800", help="window size, WxH")
    args = parser.parse_args(argv)
    from .app import create_application
    from .main_window import MainWindow
    from .screenshot import DEVICE_WAIT_MS, _wait_for
    from .settings import Settings

    app = create_application(offscreen=True)
    with tempfile.TemporaryDirectory() as folder:
        install_pseudo(Path(folder))
        window = MainWindow(settings=Settings(persist=False))
        window.show()
        window.resize(*(int(v) for v in args.size.lower().split("x")))
        if not window.device_label.ready:
            _wait_for(window.device_label.resolved, DEVICE_WAIT_MS)
        texts = walk(window)
        bad = untranslated(texts)
        print(report(bad))
        print(f"{len(bad)} of {len(texts)} texts on screen did not go through tr().")
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
