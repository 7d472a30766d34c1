"""Fixtures for tests of single widgets (the Network tab's inside views)."""

from __future__ import annotations

import pytest

from nnstudio.ui.app import create_application


@pytest.fixture
def shown(qtbot):
    """shown(WidgetClass, width, height): the widget built, registered with qtbot and shown."""
    create_application()

    def build(cls, width: int = 700, height: int = 500):
        w = cls()
        qtbot.addWidget(w)
        w.resize(width, height)
        w.show()
        return w

    return build


@pytest.fixture
def behind_a_tab(qtbot):
    """behind_a_tab(widget, width, height): `widget` as the second page of a shown tab widget
    whose first page is on show, so that `widget` stays hidden until tabs.setCurrentIndex(1)."""
    from PySide6.QtWidgets import QTabWidget, QWidget

    def build(widget, width: int = 600, height: int = 400) -> QTabWidget:
        tabs = QTabWidget()
        qtbot.addWidget(tabs)
        tabs.addTab(QWidget(), "other")
        tabs.addTab(widget, "behind")
        tabs.resize(width, height)
        tabs.show()
        return tabs

    return build


@pytest.fixture
def network_page(make_main_window, qtbot):
    """The Network tab of a shown 1280×800 main window, its data set loaded."""
    window = make_main_window()
    window.resize(1280, 800)
    window.show()
    window.select_tab("network")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    return page
