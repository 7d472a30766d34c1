"""Test set-up shared by every test: offscreen Qt, private settings, and a leak check.

The leak check runs after every test's fixtures are torn down (so after pytest-qt has closed
the widgets it was given) and fails the test if it left a top-level widget alive or a thread
running, the way napari's make_napari_viewer does.
"""

from __future__ import annotations

import os
import threading

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

_BEFORE = pytest.StashKey[tuple[set, set]]()


@pytest.fixture(scope="session", autouse=True)
def _private_settings(tmp_path_factory):
    """Point QSettings at a temporary folder: tests never read or write the user's settings."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    yield folder


class _NoRelaunch:
    """Stands in for QProcess in the main window: View ▸ Language's restart must never start
    a real second process from a test (it would relaunch the test run itself, forever)."""

    started: list = []

    @classmethod
    def startDetached(cls, program, arguments, *rest):  # noqa: N802 (Qt's name)
        cls.started.append((program, list(arguments)))
        return True


@pytest.fixture(autouse=True)
def _no_relaunch(monkeypatch):
    monkeypatch.setattr("nnstudio.ui.main_window.QProcess", _NoRelaunch)
    _NoRelaunch.started.clear()
    yield _NoRelaunch.started


def _top_level_widgets() -> set:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return set(app.topLevelWidgets()) if app is not None else set()


def _flush_deletes() -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    item.stash[_BEFORE] = (set(threading.enumerate()), _top_level_widgets())
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    threads_before, widgets_before = item.stash.get(_BEFORE, (set(), set()))
    _flush_deletes()
    leaked_threads = [t.name for t in threading.enumerate() if t not in threads_before and t.is_alive()]
    leaked_widgets = [
        f"{type(w).__name__}({w.objectName()!r})" for w in _top_level_widgets() - widgets_before
    ]
    if leaked_threads or leaked_widgets:
        # Clean up so one leak does not fail every later test too.
        for widget in _top_level_widgets() - widgets_before:
            widget.close()
            widget.deleteLater()
        _flush_deletes()
        pytest.fail(
            f"test leaked threads {leaked_threads} and/or top-level widgets {leaked_widgets}",
            pytrace=False,
        )
    return result


@pytest.fixture
def make_main_window(qtbot):
    """Factory for a MainWindow that is closed (and its workers joined) after the test."""
    from nnstudio.ui.app import create_application
    from nnstudio.ui.main_window import MainWindow
    from nnstudio.ui.settings import Settings

    create_application()
    windows = []

    def make(image=None, settings=None):
        window = MainWindow(image, settings=settings if settings is not None else Settings())
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()



@pytest.fixture
def scene_frames():
    """scene_frames(kind, n, seed): synthetic video frames of three distinct classes."""
    from nnstudio.core.scene_frames import scene_frames

    return scene_frames
