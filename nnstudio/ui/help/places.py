"""Places in the app: "tab" or "tab/view", and how to show each one.

The glossary's Show me, and the lessons, name a place ("filters/pool", "network/gradients")
rather than a widget; this module is the one map from those names to the tab and the sub-view
(a side tab, an inside view, a panel of the Learning tab, a control) that shows the idea.
Showing a place never edits anything: at most it selects a stage of the Filters pipeline (a
selection is not an edit, and is not undone).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

from ..page import Page


def _filters_stage(kind: str) -> Callable[[Page], QWidget | None]:
    """Select the first stage of this kind; without one, point at the button that adds it."""
    def show(page) -> QWidget | None:
        for index, stage in enumerate(page.model.stages, start=1):
            if stage.kind == kind:
                page.model.select(index)
                return {"conv": page.editor.conv, "activation": page.editor.activation,
                        "pool": page.editor.pool, "operation": page.editor.operation}[kind]
        return page.strip.findChild(QWidget, f"add_{kind}")
    return show


def _kernel(page) -> QWidget | None:
    widget = _filters_stage("conv")(page)
    return page.editor.conv.kernel_editor if widget is page.editor.conv else widget


#: tab key -> view -> (what the view is called, how to find its widget on the page).
VIEWS: dict[str, dict[str, tuple[str, Callable[[Page], QWidget | None]]]] = {
    "pixels": {
        "numbers": (QT_TRANSLATE_NOOP("Places", "Numbers"), lambda p: p.matrix),
        "facts": (QT_TRANSLATE_NOOP("Places", "Facts"), lambda p: p.facts),
        "histograms": (QT_TRANSLATE_NOOP("Places", "Histograms"), lambda p: p.histograms),
        "compression": (QT_TRANSLATE_NOOP("Places", "Compression"), lambda p: p.compression),
        "channels": (QT_TRANSLATE_NOOP("Places", "Show (channels)"), lambda p: p.show_channel),
        "bitdepth": (QT_TRANSLATE_NOOP("Places", "Bit depth"), lambda p: p.controls.mode),
        "resolution": (QT_TRANSLATE_NOOP("Places", "Resolution"), lambda p: p.controls.scale),
    },
    "filters": {
        "conv": (QT_TRANSLATE_NOOP("Places", "Convolution stage"), _filters_stage("conv")),
        "kernel": (QT_TRANSLATE_NOOP("Places", "Kernel editor"), _kernel),
        "activation": (QT_TRANSLATE_NOOP("Places", "Activation stage"), _filters_stage("activation")),
        "pool": (QT_TRANSLATE_NOOP("Places", "Pooling stage"), _filters_stage("pool")),
        "operation": (QT_TRANSLATE_NOOP("Places", "Image operations"), _filters_stage("operation")),
        "explain": (QT_TRANSLATE_NOOP("Places", "Explain one value"), lambda p: p.explain),
    },
    "network": {
        "design": (QT_TRANSLATE_NOOP("Places", "Design"), lambda p: p.canvas),
        "data": (QT_TRANSLATE_NOOP("Places", "Data"), lambda p: p.data_panel),
        "training": (QT_TRANSLATE_NOOP("Places", "Training"), lambda p: p.training),
        "neurons": (QT_TRANSLATE_NOOP("Places", "Neurons"), lambda p: p.neurons),
        "loss": (QT_TRANSLATE_NOOP("Places", "Loss & accuracy"), lambda p: p.plots),
        "activations": (QT_TRANSLATE_NOOP("Places", "Activations"), lambda p: p.inside.activations),
        "decision": (QT_TRANSLATE_NOOP("Places", "Decision"), lambda p: p.inside.decision),
        "weights": (QT_TRANSLATE_NOOP("Places", "Weights"), lambda p: p.inside.weights),
        "gradients": (QT_TRANSLATE_NOOP("Places", "Gradients"), lambda p: p.inside.gradients),
        "evaluate": (QT_TRANSLATE_NOOP("Places", "Evaluate"), lambda p: p.inside.confusion),
        "draw": (QT_TRANSLATE_NOOP("Places", "Draw"), lambda p: p.inside.draw),
        "graph": (QT_TRANSLATE_NOOP("Places", "Graph"), lambda p: p.inside.graph),
        "export": (QT_TRANSLATE_NOOP("Places", "Export model…"), lambda p: p.findChild(QWidget, "export_model")),
    },
    "learning": {
        key: (title, lambda p, k=key: p.panels.get(k))
        for key, title in (("perceptron", QT_TRANSLATE_NOOP("Places", "Perceptron")),
                           ("rosenblatt", QT_TRANSLATE_NOOP("Places", "Rosenblatt's rule")),
                           ("xor", QT_TRANSLATE_NOOP("Places", "XOR from gates")),
                           ("backprop", QT_TRANSLATE_NOOP("Places", "Backprop with numbers")),
                           ("activations", QT_TRANSLATE_NOOP("Places", "Activations and slopes")),
                           ("vanishing", QT_TRANSLATE_NOOP("Places", "Vanishing gradients")),
                           ("compare", QT_TRANSLATE_NOOP("Places", "CNN vs MLP")))
    },
    "tensors": {
        key: (title, lambda p, k=key: p.views.get(k))
        for key, title in (("tensors", QT_TRANSLATE_NOOP("Places", "Tensors")),
                           ("broadcast", QT_TRANSLATE_NOOP("Places", "Broadcasting")),
                           ("code", QT_TRANSLATE_NOOP("Places", "Code")),
                           ("devices", QT_TRANSLATE_NOOP("Places", "Devices")))
    },
}


def split(place: str) -> tuple[str, str | None]:
    tab, _, view = place.partition("/")
    return tab, view or None


def known(place: str) -> bool:
    """Whether `place` names a tab and, if it has one, a view of that tab."""
    tab, view = split(place)
    return tab in VIEWS and (view is None or view in VIEWS[tab])


def describe(place: str, pages: list[Page]) -> str:
    """"Filters ▸ Pooling stage", in the interface's language."""
    tab, view = split(place)
    page = next((p for p in pages if p.key == tab), None)
    parts = [page.display_title() if page is not None else tab]
    if view is not None and view in VIEWS.get(tab, {}):
        parts.append(QCoreApplication.translate("Places", VIEWS[tab][view][0]))
    return " ▸ ".join(parts)


def reveal(widget: QWidget) -> None:
    """Make every tab widget above `widget` show the tab that holds it, then focus it."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            parent.parentWidget().setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    widget.setFocus()


def show_place(tabs: QTabWidget, pages: list[Page], place: str) -> QWidget | None:
    """Show `place` in the window whose tab widget is `tabs`: the tab, then the view.

    Returns the widget shown (the page itself for a bare tab), or None if the place is
    unknown or its view does not exist in this window."""
    if not known(place):
        return None
    tab, view = split(place)
    page = next((p for p in pages if p.key == tab), None)
    if page is None:
        return None
    tabs.setCurrentWidget(page)
    if view is None:
        return page
    widget = VIEWS[tab][view][1](page)
    if widget is None:
        return None
    reveal(widget)
    return widget
