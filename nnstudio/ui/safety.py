"""The safety net: an error nobody caught becomes one sentence and a log entry, not a crash.

Three layers:

* :func:`install_excepthook` routes exceptions that escape a slot (PySide6 hands them to
  ``sys.excepthook``) or a Python thread to :func:`report`: a log entry with the traceback
  (Help ▸ Show log) and one sentence in the status bar of the main window.
* :func:`guarded` wraps a Python override of a Qt virtual (``paint``, ``paintEvent``,
  ``sizeHint``, event handlers, delegates, undo commands). PySide6 6.11 lets an exception
  out of such an override into whatever C++ called it, and from the event loop that kills
  the process (a segfault in ``PepException_GetArgs``). The guard reports the exception and
  returns what the Qt base class would have (or a neutral value), so a broken view degrades
  to an empty area instead.
* :func:`install_guards` applies that guard to every such override of every class that
  nnstudio and pyqtgraph define, so that no view can forget it. The main window calls it.

Tests keep pytest-qt's strictness: the guard hands its exception to whatever
``sys.excepthook`` is in place, which pytest-qt turns into a failed test; only the running
app (``run_gui``) and the monkey test install the logging hook.
"""

from __future__ import annotations

import functools
import sys
import threading
import traceback
from types import FunctionType, TracebackType

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QAbstractItemView
from shiboken6 import Shiboken

from ..core.errors import InputError
from .session_log import logger

# Overrides that draw: when one fails, nothing more is drawn this time.
PAINTERS = frozenset({"paint", "paintEvent", "drawBackground", "drawForeground"})
# Other overrides of Qt virtuals worth guarding (besides every ``...Event`` handler).
VIRTUALS = PAINTERS | frozenset({
    "event", "eventFilter", "sizeHint", "minimumSizeHint", "heightForWidth", "boundingRect",
    "shape", "itemChange", "data", "setData", "headerData", "rowCount", "columnCount", "flags",
    "mimeData", "mimeTypes", "dropMimeData", "supportedDropActions", "startDrag",
    "createEditor", "setEditorData", "setModelData", "updateEditorGeometry", "displayText",
    "initStyleOption", "validate", "fixup", "textFromValue", "valueFromText", "stepBy",
    "stepEnabled", "redo", "undo", "focusNextPrevChild",
})
# What a failed override returns when its Qt base class cannot answer either.
NEUTRAL = {
    "sizeHint": QSize, "minimumSizeHint": QSize, "boundingRect": QRectF, "shape": QPainterPath,
    "rowCount": int, "columnCount": int, "mimeTypes": list, "event": bool, "eventFilter": bool,
    "viewportEvent": bool, "sceneEvent": bool, "sceneEventFilter": bool, "editorEvent": bool,
    "helpEvent": bool, "setData": bool, "dropMimeData": bool, "focusNextPrevChild": bool,
    "heightForWidth": lambda: -1, "flags": lambda: Qt.ItemFlag.NoItemFlags,
}
# ``...Event`` overrides whose answer (a bool) matters to Qt: they fall back to the base.
ANSWERING_EVENTS = frozenset(k for k in NEUTRAL if k.endswith("Event"))

# How often the same error (same place, type and message) is shown again in the status bar.
REPEAT_SHOWN = 100


class _Relay(QObject):
    """Carries a report's sentence to the window, from any thread."""

    reported = Signal(str)


_relay: _Relay | None = None
_seen: dict[tuple[str, str, str], int] = {}


def relay() -> _Relay:
    """The object whose ``reported(str)`` signal carries each sentence (create it on the GUI
    thread, as the window does)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def sentence(exc: BaseException) -> str:
    detail = (str(exc).strip().splitlines() or [""])[0][:200]
    if not isinstance(exc, InputError):  # InputError is a sentence for people already
        detail = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return QCoreApplication.translate(
        "Safety", "Something went wrong ({error}). The app keeps running; Help ▸ Show log has the details."
    ).format(error=detail)


def _where(tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.name} ({last.filename.rsplit('/', 1)[-1]}:{last.lineno})"


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an uncaught exception and show its sentence; the same error repeating (a paint
    that fails on every frame) is logged and shown once, then counted."""
    where = _where(tb)
    key = (where, exc_type.__name__, str(exc)[:200])
    count = _seen[key] = _seen.get(key, 0) + 1
    log = logger("errors")
    if count == 1:
        log.error("uncaught %s in %s:\n%s", exc_type.__name__, where,
                  "".join(traceback.format_exception(exc_type, exc, tb)).rstrip())
    elif count % REPEAT_SHOWN == 0:
        log.error("the same %s in %s, %d times so far", exc_type.__name__, where, count)
    if count == 1 or count % REPEAT_SHOWN == 0:
        relay().reported.emit(sentence(exc))


def errors_reported() -> int:
    """How many uncaught exceptions this session has reported (repeats included)."""
    return sum(_seen.values())


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    report(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthook() -> None:
    """From now on an exception that escapes a slot or a thread is reported, not printed."""
    relay()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


# --- guards around Qt virtuals -------------------------------------------------------------
def guarded(method):
    """Decorator for a Python override of a Qt virtual: an exception is reported and the
    override answers as its Qt base class would (a painter draws nothing more)."""
    if getattr(method, "__guarded__", False):
        return method
    name = method.__name__

    @functools.wraps(method)
    def guard(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception:
            sys.excepthook(*sys.exc_info())
            return _fallback(self, guard, name, args)

    guard.__guarded__ = True
    return guard


# Overrides that answer a question: when one fails, the Qt base class answers instead.
# (The others act, such as startDrag or redo; doing the base class's action in their place,
# a drag or nothing, could surprise more than doing nothing.)
ANSWERING = ANSWERING_EVENTS | frozenset({
    "event", "eventFilter", "sizeHint", "minimumSizeHint", "heightForWidth", "boundingRect", "shape",
    "data", "headerData", "rowCount", "columnCount", "flags", "mimeData", "mimeTypes",
    "supportedDropActions", "displayText", "validate", "textFromValue", "valueFromText", "stepEnabled",
})


def _fallback(obj, guard, name: str, args: tuple):
    if name == "itemChange" and len(args) == 2:
        return args[1]  # the value Qt proposed, unchanged
    if name not in ANSWERING:
        make = NEUTRAL.get(name)
        return make() if make is not None else None
    owner = next((k for k in type(obj).__mro__ if vars(k).get(name) is guard), type(obj))
    try:
        return getattr(super(owner, obj), name)(*args)
    except Exception:
        make = NEUTRAL.get(name)
        return make() if make is not None else None


def _is_virtual(name: str) -> bool:
    return name.endswith("Event") or name in VIRTUALS


# Names that are virtual only in item models and views: QGraphicsItem.setData(), for one,
# is a plain method that pyqtgraph's ScatterPlotItem replaces with its own.
MODEL_VIEW_ONLY = frozenset({"data", "setData", "headerData", "rowCount", "columnCount", "flags",
                             "mimeData", "mimeTypes", "dropMimeData", "supportedDropActions"})
_MODEL_VIEW = (QAbstractItemModel, QAbstractItemView)


def _overrides_qt(cls: type, name: str) -> bool:
    # pyqtgraph's own handlers (mouseDragEvent, hoverEvent) are called from its scene's
    # Qt overrides, so every ``...Event`` counts; other names must exist on a Qt class.
    if name in MODEL_VIEW_ONLY and not issubclass(cls, _MODEL_VIEW):
        return False
    return name.endswith("Event") or any(
        name in vars(base) for base in cls.__mro__[1:] if base.__module__.startswith("PySide6.")
    )


def guard_class(cls: type) -> int:
    """Guard every override of a Qt virtual that ``cls`` itself defines; returns how many
    it newly guarded."""
    count = 0
    for name, attr in list(vars(cls).items()):
        if (isinstance(attr, FunctionType) and _is_virtual(name) and not getattr(attr, "__guarded__", False)
                and _overrides_qt(cls, name)):
            setattr(cls, name, guarded(attr))
            count += 1
    return count


def qt_classes(prefixes: tuple[str, ...]) -> list[type]:
    """Every Qt-derived class defined at the top level of a loaded module under ``prefixes``."""
    found = []
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith(prefixes) or module is None:
            continue
        for value in list(vars(module).values()):
            if (isinstance(value, type) and value.__module__ == module_name
                    and issubclass(value, Shiboken.Object)):
                found.append(value)
    return found


def install_guards(prefixes: tuple[str, ...] = ("nnstudio.", "pyqtgraph.")) -> int:
    """Guard the Qt overrides of every class loaded so far (idempotent, a few ms)."""
    return sum(guard_class(cls) for cls in qt_classes(prefixes))
