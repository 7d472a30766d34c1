"""What the monkey does: one random, seeded user action per tick of a timer.

The timer drives the run from the event loop, so the app's own work (workers, training,
repaints) goes on between actions as it would between a user's clicks. A modal dialog or
popup menu opened by an action runs its own loop; the next tick closes it.
"""

from __future__ import annotations

import random
import time

import numpy as np
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, QProcess, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSlider,
                               QAbstractSpinBox, QApplication, QComboBox, QFileDialog, QGraphicsView,
                               QLineEdit, QMenu, QMessageBox, QTabWidget, QWidget)

from pools import Pools

K = Qt.Key
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
KEYS = [(K.Key_Z, CTRL), (K.Key_Z, CTRL | SHIFT), (K.Key_Delete, NONE), (K.Key_V, CTRL), (K.Key_Backspace, NONE),
        (K.Key_Tab, NONE), (K.Key_Escape, NONE), (K.Key_Return, NONE), (K.Key_Up, NONE), (K.Key_Down, NONE),
        (K.Key_Left, NONE), (K.Key_Right, NONE), (K.Key_PageUp, NONE), (K.Key_End, NONE), (K.Key_Space, NONE),
        (K.Key_0, NONE), (K.Key_9, NONE), (K.Key_Minus, NONE), (K.Key_A, CTRL), (K.Key_C, CTRL),
        (K.Key_O, CTRL), (K.Key_S, CTRL | SHIFT), (K.Key_Plus, CTRL)]
TYPED = ["abc", "-1", "0", "1e309", "-1e309", "99999999999999999999", "", "nan", "inf", "-0", "0.000000001",
         "１２", "1,5", "3.", " 7 ", "2**70", "%s", "\u202e12"]
LAYERS = ["Linear", "Conv2d", "MaxPool2d", "AvgPool2d", "Flatten", "Dropout", "BatchNorm1d", "BatchNorm2d",
          "ReLU", "Softmax", "Perceptron", "Bogus", "", "Linear\x00"]
SIZES = [(1280, 820), (640, 420), (200, 150), (1900, 1150), (900, 700)]
#: Weights of each action kind (how often a clumsy user does it).
KINDS = {"click": 22, "menu": 8, "key": 14, "combo": 8, "spin": 10, "slider": 5, "line_edit": 3,
         "tab": 8, "train": 9, "paste": 3, "drop": 4, "view_mouse": 8, "item_click": 4, "wait": 3,
         "resize": 1}
RSS_JUMP_MB = 20.0  # growth after one event that the report lists
RSS_TRACE_EVERY = 100  # the report's RSS trace: one figure per this many events


def _type(edit: QLineEdit, text: str) -> None:
    """Type ``text`` and press Enter; non-ASCII text comes in as an input method would put it
    (QTest's key clicks know ASCII keys only)."""
    if text.isascii():
        QTest.keyClicks(edit, text)
    else:
        edit.insert(text)
    QTest.keyClick(edit, K.Key_Return)


def _visible(widgets) -> list[QWidget]:
    return [w for w in widgets if w.isVisible() and w.isEnabled()]


class Monkey(QObject):
    finished = Signal()

    def __init__(self, window, pools: Pools, rng: random.Random, journal, events: int, interval_ms: int,
                 beat, warm_up: int) -> None:
        super().__init__()
        self.window, self.pools, self.rng, self.journal = window, pools, rng, journal
        self.events, self.warm_up, self.beat = events, warm_up, beat
        self.done = 0
        self.rss_warm = 0.0
        self.driver_errors: list[str] = []
        self.kinds: dict[str, int] = {}
        #: (MB, event, what) for every event after which the RSS had grown by over RSS_JUMP_MB:
        #: where memory goes (a training run's growth shows at the event that was running).
        self.rss_jumps: list[tuple[float, int, str]] = []
        self._last_rss = 0.0
        self.rss_trace: list[tuple[int, int]] = []  # (event, MB) every RSS_TRACE_EVERY events
        self._busy = False
        self.crash_at = -1  # the runner's own test: a segfault at this event
        self.on_warm = None  # called once, when the warm-up ends (the driver's --census)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.heart = QTimer(self)
        self.heart.setInterval(20)
        self.heart.timeout.connect(self._heartbeat)
        self._patch_dialogs()

    def start(self) -> None:
        self.heart.start()
        self.timer.start()

    # --- the dialogs a user would answer -------------------------------------------------
    def _patch_dialogs(self) -> None:
        rng, pools = self.rng, self.pools

        def kind_of(text: str) -> str:
            text = text.lower()
            return "design" if ".json" in text else "weights" if ".pt" in text else "image"

        def open_name(parent=None, caption="", folder="", filter="", *args, **kwargs):
            if rng.random() < 0.1:
                return "", ""
            pool = pools.open[kind_of(f"{caption} {filter}")] if rng.random() < 0.8 else pools.all_files()
            return rng.choice(pool), filter

        def open_names(*args, **kwargs):
            path, chosen = open_name(*args, **kwargs)
            return ([path] if path else []), chosen

        def save_name(parent=None, caption="", folder="", filter="", *args, **kwargs):
            if rng.random() < 0.1:
                return "", ""
            chosen = rng.choice(filter.split(";;")) if filter else ""
            return rng.choice(pools.save), chosen

        def directory(*args, **kwargs):
            return "" if rng.random() < 0.1 else rng.choice(pools.folders)

        QFileDialog.getOpenFileName = staticmethod(open_name)
        QFileDialog.getOpenFileNames = staticmethod(open_names)
        QFileDialog.getSaveFileName = staticmethod(save_name)
        QFileDialog.getExistingDirectory = staticmethod(directory)
        # View ▸ Language may restart the app: the monkey's window must not start real ones.
        QProcess.startDetached = staticmethod(lambda *a, **k: (True, 0))
        for name in ("question", "warning", "information", "critical"):
            setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))

    # --- the loop --------------------------------------------------------------------------
    def _heartbeat(self) -> None:
        self.beat()
        if self._busy:
            # An action is still running: inside the loop of a menu or dialog it opened. Qt
            # does not fire the action timer again while its slot runs, so this timer closes it.
            self._close_modal_and_popups()

    def _tick(self) -> None:
        if self._close_modal_and_popups() or self._busy:
            return
        if self.done >= self.events:
            self.timer.stop()
            self.heart.stop()
            self.finished.emit()
            return
        if self.done == self.warm_up:
            from driver import rss_mb

            self.rss_warm = rss_mb()[0]
            if self.on_warm is not None:
                on_warm, self.on_warm = self.on_warm, None
                on_warm()
        if self.done == self.crash_at:
            import faulthandler

            self._say("crash on purpose")
            faulthandler._sigsegv()
        self._busy = True
        kind = self.rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        try:
            getattr(self, f"_do_{kind}")()
        except Exception as exc:  # the monkey's own trouble (a widget gone meanwhile): not the app's
            self.driver_errors.append(f"{self.done} {kind}: {type(exc).__name__}: {exc}")
        finally:
            self._busy = False
            self._note_rss()
            self.done += 1

    def _note_rss(self) -> None:
        from driver import rss_mb

        rss = rss_mb()[0]
        if self.done % RSS_TRACE_EVERY == 0:
            self.rss_trace.append((self.done, round(rss)))
        if self._last_rss and rss - self._last_rss > RSS_JUMP_MB:
            self.rss_jumps.append((round(rss - self._last_rss, 1), self.done, self.journal.current))
        self._last_rss = rss

    def _say(self, text: str) -> None:
        self.journal.event(self.done, text)

    def _close_modal_and_popups(self) -> bool:
        """Close what an action opened with a loop of its own (a menu's exec, a modal
        dialog): the action is still running inside that loop until it closes."""
        open_ = [w for w in QApplication.topLevelWidgets()
                 if w.isVisible() and (isinstance(w, QMenu) or (w.isModal() and w is not self.window))]
        for widget in (QApplication.activePopupWidget(), QApplication.activeModalWidget(), *open_):
            if widget is not None and widget.isVisible():
                self.journal.note(f"close {type(widget).__name__}")
                widget.close()
                return True
        return False

    def _widgets(self, cls) -> list[QWidget]:
        roots = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        found = []
        for root in roots:
            if isinstance(root, cls):
                found.append(root)
            found += root.findChildren(cls)
        return _visible(found)

    @staticmethod
    def _name(widget: QWidget) -> str:
        text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
        return f"{type(widget).__name__}({widget.objectName() or text[:30]!r})"

    # --- actions -----------------------------------------------------------------------------
    def _do_click(self) -> None:
        buttons = [b for b in self._widgets(QAbstractButton) if b.objectName() != "qt_tabwidget_tabbar"]
        if not buttons:
            return self._do_wait()
        button = self.rng.choice(buttons)
        self._say(f"click {self._name(button)}")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def _actions(self) -> list[QAction]:
        menus = list(self.window.menuBar().findChildren(QMenu))
        for button in self.window.findChildren(QAbstractButton):
            if hasattr(button, "menu") and button.menu() is not None:
                menus.append(button.menu())
        actions = []
        for menu in menus:
            for action in menu.actions():
                if (action.isEnabled() and not action.isSeparator() and action.menu() is None
                        and action.objectName() != "action_quit"):
                    actions.append(action)
        return actions

    def _do_menu(self) -> None:
        actions = self._actions()
        if actions:
            action = self.rng.choice(actions)
            self._say(f"menu {action.objectName() or action.text()!r}")
            action.trigger()

    def _do_key(self) -> None:
        key, mods = self.rng.choice(KEYS)
        target = QApplication.focusWidget()
        if target is None or self.rng.random() < 0.3:
            candidates = self._widgets(QWidget)
            target = self.rng.choice(candidates) if candidates else self.window
            target.setFocus()
        self._say(f"key {K(key).name}{' ctrl' if mods & CTRL else ''}{' shift' if mods & SHIFT else ''} "
                  f"on {self._name(target)}")
        QTest.keyClick(target, key, mods)

    def _do_combo(self) -> None:
        combos = [c for c in self._widgets(QComboBox) if c.count()]
        if not combos:
            return self._do_wait()
        combo = self.rng.choice(combos)
        index = self.rng.randrange(combo.count())
        self._say(f"combo {self._name(combo)} -> {index} {combo.itemText(index)!r}")
        combo.setCurrentIndex(index)
        combo.activated.emit(index)  # what Qt adds when a user (not code) picks the entry
        combo.textActivated.emit(combo.itemText(index))

    def _do_spin(self) -> None:
        spins = self._widgets(QAbstractSpinBox)
        if not spins:
            return self._do_wait()
        spin = self.rng.choice(spins)
        edit = spin.findChild(QLineEdit)
        roll = self.rng.random()
        if roll < 0.45 and hasattr(spin, "maximum"):
            value = self.rng.choice([spin.minimum(), spin.maximum(),
                                     self.rng.uniform(spin.minimum(), spin.maximum())])
            value = int(value) if isinstance(spin.maximum(), int) else value
            self._say(f"spin {self._name(spin)} = {value!r}")
            spin.setValue(value)
            spin.editingFinished.emit()
        elif roll < 0.9 and edit is not None:
            text = self.rng.choice(TYPED + [str(spin.maximum() * 10) if hasattr(spin, "maximum") else "1"])
            self._say(f"spin {self._name(spin)} typed {text!r}")
            spin.setFocus()
            edit.selectAll()
            _type(edit, text)
        else:
            key = self.rng.choice([K.Key_Up, K.Key_Down, K.Key_PageUp, K.Key_PageDown])
            self._say(f"spin {self._name(spin)} key {K(key).name}")
            QTest.keyClick(spin, key)

    def _do_slider(self) -> None:
        sliders = self._widgets(QAbstractSlider)
        if not sliders:
            return self._do_wait()
        slider = self.rng.choice(sliders)
        value = self.rng.choice([slider.minimum(), slider.maximum(),
                                 self.rng.randint(slider.minimum(), slider.maximum())])
        self._say(f"slider {self._name(slider)} drag to {value}")
        slider.setSliderDown(True)
        for step in np.linspace(slider.value(), value, 4).astype(int):
            slider.setSliderPosition(int(step))
        slider.setSliderDown(False)

    def _do_line_edit(self) -> None:
        edits = [e for e in self._widgets(QLineEdit) if not isinstance(e.parent(), (QAbstractSpinBox, QComboBox))]
        if not edits:
            return self._do_wait()
        edit = self.rng.choice(edits)
        text = self.rng.choice(TYPED)
        self._say(f"type {text!r} into {self._name(edit)}")
        edit.setFocus()
        edit.selectAll()
        _type(edit, text)

    def _do_tab(self) -> None:
        tabs = self._widgets(QTabWidget)
        if self.rng.random() < 0.4:
            tabs = [self.window.tabs]
        tab = self.rng.choice(tabs)
        index = self.rng.randrange(tab.count())
        self._say(f"tab {tab.objectName()!r} -> {tab.tabText(index)!r}")
        tab.setCurrentIndex(index)

    def _do_train(self) -> None:
        if self.window.tabs.currentIndex() != 2:
            self._say("tab 'tabs' -> 'Network' (to train)")
            self.window.tabs.setCurrentIndex(2)
            return
        buttons = [b for b in self._widgets(QAbstractButton) if b.objectName().startswith("train_")]
        if not buttons:
            return self._do_click()
        button = self.rng.choice(buttons)
        self._say(f"train: click {button.objectName()}")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def _mime(self) -> tuple[QMimeData, str]:
        mime = QMimeData()
        roll = self.rng.random()
        if roll < 0.45:
            path = self.rng.choice(self.pools.all_files())
            mime.setUrls([QUrl.fromLocalFile(path)])
            return mime, f"file {path.rsplit('/', 1)[-1]}"
        if roll < 0.6:
            h, w = self.rng.choice([(1, 1), (40, 60), (300, 200), (2, 900)])
            image = QImage(w, h, QImage.Format.Format_RGB32)
            image.fill(self.rng.randrange(1 << 24))
            mime.setImageData(image)
            return mime, f"image {w}x{h}"
        if roll < 0.8:
            layer = self.rng.choice(LAYERS)
            mime.setData("application/x-nnstudio-layer", layer.encode())
            return mime, f"layer {layer!r}"
        if roll < 0.9:
            row = self.rng.choice(["0", "1", "-5", "999", "abc", ""])
            mime.setData("application/x-nnstudio-move", row.encode())
            return mime, f"move row {row!r}"
        mime.setText(self.rng.choice(["hello", "", "file:///nonexistent.png"]))
        return mime, "text"

    def _do_paste(self) -> None:
        mime, what = self._mime()
        QApplication.clipboard().setMimeData(mime)
        self._say(f"paste {what} with Ctrl+V")
        QTest.keyClick(self.window, K.Key_V, CTRL)

    def _do_drop(self) -> None:
        targets = [w for w in self._widgets(QWidget) if w.acceptDrops()] or [self.window]
        target = self.rng.choice(targets)
        if isinstance(target, QAbstractScrollArea):
            target = target.viewport()
        mime, what = self._mime()
        point = QPoint(self.rng.randrange(max(1, target.width())), self.rng.randrange(max(1, target.height())))
        self._say(f"drop {what} on {self._name(target)} at {point.x()},{point.y()}")
        action, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
        enter = QDragEnterEvent(point, action, mime, button, NONE)
        QApplication.sendEvent(target, enter)
        if enter.isAccepted():
            QApplication.sendEvent(target, QDragMoveEvent(point, action, mime, button, NONE))
            QApplication.sendEvent(target, QDropEvent(QPointF(point), action, mime, button, NONE))

    def _do_view_mouse(self) -> None:
        views = [v for v in self._widgets(QGraphicsView)]
        views += [w for w in self._widgets(QWidget) if "Canvas" in type(w).__name__
                  and not isinstance(w, (QAbstractItemView, QGraphicsView))]
        if not views:
            return self._do_wait()
        view = self.rng.choice(views)
        target = view.viewport() if isinstance(view, QAbstractScrollArea) else view
        w, h = max(1, target.width()), max(1, target.height())
        start = QPoint(self.rng.randrange(w), self.rng.randrange(h))
        what = self.rng.choice(["click", "drag", "wheel", "double-click", "right-drag"])
        self._say(f"{what} in {self._name(view)} at {start.x()},{start.y()}")
        if what == "click":
            QTest.mouseClick(target, Qt.MouseButton.LeftButton, NONE, start)
        elif what == "double-click":
            QTest.mouseDClick(target, Qt.MouseButton.LeftButton, NONE, start)
        elif what == "wheel":
            from PySide6.QtGui import QWheelEvent

            delta = self.rng.choice([120, -120, 960, -960])
            event = QWheelEvent(QPointF(start), QPointF(target.mapToGlobal(start)), QPoint(0, 0), QPoint(0, delta),
                                Qt.MouseButton.NoButton, NONE, Qt.ScrollPhase.NoScrollPhase, False)
            QApplication.sendEvent(target, event)
        else:
            button = Qt.MouseButton.LeftButton if what == "drag" else Qt.MouseButton.RightButton
            end = QPoint(self.rng.randrange(-w // 2, w + w // 2), self.rng.randrange(-h // 2, h + h // 2))
            QTest.mousePress(target, button, NONE, start)
            for t in (0.25, 0.5, 0.75, 1.0):
                QTest.mouseMove(target, start + (end - start) * t)
            QTest.mouseRelease(target, button, NONE, end)

    def _do_item_click(self) -> None:
        views = self._widgets(QAbstractItemView)
        if not views:
            return self._do_wait()
        view = self.rng.choice(views)
        port = view.viewport()
        point = QPoint(self.rng.randrange(max(1, port.width())), self.rng.randrange(max(1, port.height())))
        double = self.rng.random() < 0.3
        self._say(f"{'double-' if double else ''}click item in {self._name(view)} at {point.x()},{point.y()}")
        (QTest.mouseDClick if double else QTest.mouseClick)(port, Qt.MouseButton.LeftButton, NONE, point)

    def _do_wait(self) -> None:
        seconds = self.rng.choice([0.05, 0.2, 0.5])
        self._say(f"wait {seconds} s")
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QApplication.processEvents()
            self.beat()
            time.sleep(0.01)

    def _do_resize(self) -> None:
        size = self.rng.choice(SIZES)
        self._say(f"resize the window to {size[0]}x{size[1]}")
        self.window.resize(*size)
