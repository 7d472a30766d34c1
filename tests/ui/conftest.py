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
