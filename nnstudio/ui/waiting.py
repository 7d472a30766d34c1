"""Waiting for the GUI in scripts and benchmarks (screenshots, latency measurements)."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer


def wait_until(condition, ms: int = 180_000) -> None:
    """Run the event loop until condition() holds or `ms` have passed (scripts, benchmarks)."""
    # A local event loop polled by a timer (never processEvents(WaitForMoreEvents, ms)).
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: condition() and loop.quit())
    poll.start()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    poll.stop()
