"""The installed Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 drops a reference to True each time True travels through a Signal(object);
pyqtgraph does that on every zoom and pan, so the interpreter aborted after a few minutes
of use. pyproject.toml excludes that release; this test catches a binding with the fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    value = Signal(object)


def test_bools_through_an_object_signal_keep_their_reference_counts(qapp):
    sender = _Sender()
    received: list[object] = []
    sender.value.connect(received.append)
    # Reference counts of the bools before and after many emissions (far fewer than would
    # free them, so a faulty binding fails here instead of aborting the run).
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        sender.value.emit(True)
        sender.value.emit(False)
    received.clear()
    # A faulty binding loses 200 of each; one held elsewhere for a moment is harmless.
    assert sys.getrefcount(True) >= true_before
    assert sys.getrefcount(False) >= false_before
