"""Open weights in a Network page and wait for the reading (it runs on a worker thread)."""

from __future__ import annotations


def open_weights(page, qtbot, path, timeout: int = 20_000) -> bool:
    """True when the weights were adopted; False when refused (the page says why)."""
    if not page.files.open_weights(path):
        return False
    # The outcome comes through a queued signal: it cannot arrive before the wait starts.
    with qtbot.waitSignal(page.files.weights_opened, timeout=timeout) as opened:
        pass
    return opened.args[0]
