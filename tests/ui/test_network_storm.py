"""A storm of training controls on the real Network tab (issue 11: the window froze for
good after Step followed by Reset, close, Train or Pause-then-stop).

Random clicks on Train, Pause/Resume, Step 1 epoch, Stop, Reset and Open preset (small
presets, so each seed takes a few seconds), with a random number of event-loop turns in
between. After every click: the click returned within 2 s, and once the events it caused
are delivered the run bar agrees with the training thread. After Stop the thread ends; after
close no training thread is alive.
"""

from __future__ import annotations

import os
import random
import time

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

from nnstudio.ui.network.training_run import RunState

PRESETS = ("mlp_xor", "perceptron_and", "perceptron_xor")
CLICKS_PER_SEED = 120
SEEDS = (0, 1, 2, 3, 4)  # 600 clicks in all
HANG_S = 2.0  # the longest the window may be held by one click, on an idle machine


def hang_limit() -> float:
    """HANG_S, stretched by how overcommitted the machine is right now: with twenty busy
    processes on two cores the window's thread simply waits its turn (for the CPU and the
    GIL) for seconds without anything being blocked. On an idle machine (CI) it is HANG_S."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return HANG_S * max(1.0, load / (os.cpu_count() or 1))
#: How long the training thread may take to reach a state or to end: it runs between the
#: GUI's turns and finishes its batch first, so on a loaded machine this is slower than a
#: click. (Not a hang of the window: that is HANG_S, measured around each click.)
SETTLE_MS = 10_000


def consistent(page) -> bool:
    """The bar shows the document's state, and that state is the thread's own."""
    network, bar = page.network, page.run_bar
    state = network.run_state
    run = network.run
    worker = None if run is None else run.worker
    if worker is None:
        thread_agrees = state in (RunState.IDLE, RunState.STOPPED)
    else:
        thread_agrees = worker.state is not None and RunState(worker.state.value) is state
    ready = network.problem() is None and network.data_ready
    return (thread_agrees
            and bar.start.isEnabled() == (ready and not state.active)
            and bar.stop.isEnabled() == (state in (RunState.RUNNING, RunState.PAUSING, RunState.PAUSED))
            and bar.pause.isEnabled() == (state in (RunState.RUNNING, RunState.PAUSED)))


@pytest.mark.parametrize("seed", SEEDS)
def test_random_training_clicks_never_hang(make_main_window, qtbot, seed):
    rng = random.Random(seed)
    window = make_main_window()
    window.resize(1024, 700)
    window.show()
    window.select_tab("network")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    # torch is imported in the background at start-up; a run cannot begin (nor see Stop)
    # before that import ends, which on a busy machine takes seconds: wait for it first.
    qtbot.waitUntil(lambda: window.device_label.warmed_up, timeout=60_000)
    bar = page.run_bar
    # Likewise the first run imports what insights need (seconds under load, holding the
    # import lock): one Step first, so the storm measures the controls, not that import.
    bar.step.click()
    qtbot.waitUntil(lambda: page.network.run_state is RunState.PAUSED, timeout=60_000)
    actions = {
        "train": bar.start.click, "pause": bar.pause.click, "step": bar.step.click,
        "stop": bar.stop.click, "reset": bar.reset.click,
        "preset": lambda: page.open_preset(rng.choice(PRESETS)),
    }
    # A heartbeat on the GUI thread: the longest gap between its ticks is the longest time
    # anything (a click, a slot, a result being drawn) held the window.
    beats = [time.perf_counter()]
    heartbeat = QTimer(interval=50)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    names = list(actions)
    weights = [5, 3, 4, 2, 2, 1]
    log = []
    for click in range(CLICKS_PER_SEED):
        name = rng.choices(names, weights)[0]
        log.append(name)
        started = time.perf_counter()
        actions[name]()
        for _ in range(rng.randrange(4)):
            QCoreApplication.processEvents()
        took = time.perf_counter() - started
        assert took < hang_limit(), f"seed {seed}, click {click} ({name}) held the window {took:.1f} s: {log[-10:]}"
        qtbot.waitUntil(lambda: consistent(page), timeout=SETTLE_MS)
        if name == "stop" and page.network.run is not None and page.network.run.worker is not None:
            worker = page.network.run.worker
            qtbot.waitUntil(lambda: not worker.alive and page.network.run_state is RunState.STOPPED
                            or page.network.run_state is RunState.FINISHED or page.network.run_state is RunState.FAILED,
                            timeout=SETTLE_MS)
    heartbeat.stop()
    gaps = [b - a for a, b in zip(beats, beats[1:])]
    assert max(gaps) < hang_limit(), f"seed {seed}: the window did not answer for {max(gaps):.1f} s"
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 10.0
    assert not page.network.training_alive, f"seed {seed}: a training thread outlived the window"
