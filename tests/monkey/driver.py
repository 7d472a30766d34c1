"""The monkey: seeded random input to the real main window. Runs as a child process.

    python tests/monkey/driver.py --seed 3 --events 500 --out FOLDER

Every event is written to FOLDER/journal.txt before it happens (so a crash names it), and at
the end FOLDER/report.json holds what went wrong: errors the safety net caught (with the
event that caused them), stalls of the window's thread over 2 s (with where it was stuck),
Python threads still alive after the window closed, and the memory used. The parent,
tests/monkey/runner.py, turns a missing report into a crash report with the last events.

The inputs are what a clumsy user does: clicks on visible enabled buttons, menu entries,
keys (Ctrl+Z, Ctrl+Shift+Z, Delete, Ctrl+V, …), combo boxes, spin boxes given extreme and
invalid typed values, sliders, tab switches, the training controls, file dialogs answered
from pools of good and hostile files (QFileDialog's static getters are replaced), pastes
and drops of files, pictures, layers and garbage, wheel, drags and clicks in the views.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import logging
import os
import random
import sys
import threading
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parents[1]))  # a checkout: nnstudio itself, when not installed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HANG_S = 2.0  # a stall of the window's thread longer than this is a hang ...
#: ... unless the thread spent most of it waiting for a CPU core held by other programs (it
#: used less than STARVED_CPU_SHARE of the stall and was not blocked in a wait): on a machine
#: whose cores are busy, wall-clock stalls of a few seconds happen to any program. Past
#: STARVED_MAX_S a stall counts whatever the reason.
STARVED_CPU_SHARE = 0.3
STARVED_MAX_S = 10.0
#: Where the window's thread sits when it waits for another thread (a join, a lock).
BLOCKING_CALLS = ("join", "wait", "acquire", "_wait_for_tstate_lock", "result", "shutdown")
FREEZE_S = 20.0  # ... and one this long is a freeze: the run ends with the stacks
WARM_UP_SHARE = 0.2
#: The issue's memory bar for the whole app. When the RSS first passes it, and again at every
#: PEAK_STEP_MB above, the watchdog writes every thread's stack to the journal: a peak that
#: comes and goes between two events is otherwise seen only as the run's VmHWM.
PEAK_NOTE_MB = 1500.0
PEAK_STEP_MB = 500.0
crash_log = None  # RSS growth is measured from this share of the events on


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process, in MB (Linux /proc)."""
    values = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, amount = line.split(":")
                values[key] = int(amount.split()[0]) / 1024
    except OSError:
        return 0.0, 0.0
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def trimmed_rss() -> float:
    """RSS once Python has collected its garbage and glibc has given its free pages back: what
    is still held by live objects, against what the allocator merely kept (Linux only)."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    return rss_mb()[0]


class Journal:
    def __init__(self, folder: Path) -> None:
        self.file = open(folder / "journal.txt", "w", encoding="utf-8", buffering=1)
        self.index = -1
        self.current = "start-up"

    def event(self, index: int, text: str) -> None:
        self.index, self.current = index, text
        self.file.write(f"{index}\t{text}\n")

    def note(self, text: str) -> None:
        self.file.write(f"#\t{text}\n")


class ErrorCollector(logging.Handler):
    """Every ERROR the app logs (the safety net's uncaught exceptions, failed jobs), with the
    event that was running."""

    def __init__(self, journal: Journal) -> None:
        super().__init__(logging.ERROR)
        self.journal = journal
        self.errors: list[dict] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        self.errors.append({"event": self.journal.index, "during": self.journal.current,
                            "logger": record.name, "message": text[-4000:]})
        self.journal.note(f"ERROR {record.name}: {text.splitlines()[0][:300]}")


class Watchdog(threading.Thread):
    """Watches the window's thread beat (a 20 ms timer). A gap over HANG_S is a hang: its
    stack is taken while it lasts; past FREEZE_S the process ends with every stack."""

    def __init__(self, journal: Journal, folder: Path) -> None:
        super().__init__(name="monkey-watchdog", daemon=True)
        self.journal, self.folder = journal, folder
        self.main = threading.main_thread().ident
        self.last = time.monotonic()
        self.last_cpu = time.thread_time()  # read on the window's thread, by beat()
        self.hangs: list[dict] = []
        self.starved: list[dict] = []
        self.max_gap = 0.0
        self._stack: str | None = None
        self._blocked = False
        self.running = True
        # Python's own watchdog runs in C, without the GIL: it still fires when the window's
        # thread is stuck inside Qt holding the GIL, where this thread cannot run.
        self._frozen_file = open(folder / "frozen.txt", "w")
        self._armed = 0.0
        self.peaks: list[dict] = []
        self._next_peak = PEAK_NOTE_MB

    def beat(self) -> None:
        now, cpu_now = time.monotonic(), time.thread_time()
        gap, cpu = now - self.last, cpu_now - self.last_cpu
        self.last, self.last_cpu = now, cpu_now
        self.max_gap = max(self.max_gap, gap)
        if now - self._armed > 1.0:
            self._armed = now
            faulthandler.dump_traceback_later(FREEZE_S, exit=True, file=self._frozen_file)
        if gap > HANG_S:
            stall = {"event": self.journal.index, "during": self.journal.current, "seconds": round(gap, 2),
                     "cpu_seconds": round(cpu, 2), "blocked": self._blocked, "stack": self._stack}
            starved = cpu < STARVED_CPU_SHARE * gap and not self._blocked and gap < STARVED_MAX_S
            (self.starved if starved else self.hangs).append(stall)
            where = " | ".join(line.strip() for line in (self._stack or "").splitlines()[-6::2])
            self.journal.note(f"{'STARVED' if starved else 'HANG'} {gap:.1f} s ({cpu:.1f} s CPU) "
                              f"during {self.journal.current}, at {where}")
        self._stack, self._blocked = None, False

    def _note_peak(self) -> None:
        rss = rss_mb()[0]
        if rss < self._next_peak:
            return
        self._next_peak = rss + PEAK_STEP_MB
        stacks = {thread.name: "".join(traceback.format_stack(frame)[-10:])
                  for thread in threading.enumerate()
                  if (frame := sys._current_frames().get(thread.ident)) is not None and thread is not self}
        self.peaks.append({"event": self.journal.index, "during": self.journal.current, "rss_mb": round(rss),
                           "stacks": stacks})
        self.journal.note(f"PEAK {rss:.0f} MB during {self.journal.current}, threads: {', '.join(stacks)}")

    def run(self) -> None:
        while self.running:
            time.sleep(0.1)
            gap = time.monotonic() - self.last
            if gap > HANG_S and self._stack is None:
                frame = sys._current_frames().get(self.main)
                self._stack = "".join(traceback.format_stack(frame)[-12:]) if frame else "?"
                self._blocked = frame is not None and frame.f_code.co_name in BLOCKING_CALLS
            self._note_peak()
            if gap > FREEZE_S:
                self.journal.note(f"FROZEN for {gap:.0f} s during {self.journal.current}")
                faulthandler.dump_traceback(self._frozen_file, all_threads=True)
                os._exit(3)


def warm_exports(folder: Path) -> None:
    """Export a tiny network once as TorchScript and as ONNX before the events start.

    The first export of each kind loads and keeps native code and tables for good (measured
    alone: +44 MB for TorchScript, +15 MB for ONNX), as importing torch does; without this,
    a seed whose first export falls after the warm-up counted that one-time cost as growth.
    Later exports must not grow memory, and the monkey still measures those."""
    import torch

    from nnstudio.nn.export import export_onnx, export_torchscript

    model = torch.nn.Sequential(torch.nn.Conv2d(1, 2, 3), torch.nn.ReLU(), torch.nn.Flatten(), torch.nn.Linear(72, 3))
    export_torchscript(model, (1, 8, 8), folder / "warm-up.pt")
    export_onnx(model, (1, 8, 8), folder / "warm-up.onnx")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--interval-ms", type=int, default=10)
    parser.add_argument("--census", action="store_true",
                        help="count live tensors, arrays, Qt and nnstudio objects at the warm-up and the end "
                             "(report.json's census: where memory that stays goes)")
    parser.add_argument("--crash-at", type=int, default=-1, help="end with a segfault at this event (tests the runner)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    global crash_log  # stays open until the process has ended: a crash on exit is caught too
    crash_log = open(args.out / "crash.txt", "w")
    faulthandler.enable(crash_log, all_threads=True)  # a segfault leaves its Python stacks
    if hasattr(faulthandler, "register"):
        import signal

        faulthandler.register(signal.SIGUSR1, crash_log, all_threads=True)  # kill -USR1: stacks now
    journal = Journal(args.out)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from nnstudio.ui.app import create_application
    from nnstudio.ui.safety import install_excepthook
    from nnstudio.ui.session_log import logger

    app = create_application()
    install_excepthook()
    collector = ErrorCollector(journal)
    logger().addHandler(collector)

    import torch  # noqa: F401  (loaded before the warm-up ends, as the first training run would)

    warm_exports(args.out)

    from actions import Monkey
    from pools import build_pools

    from nnstudio.ui.main_window import MainWindow
    from nnstudio.ui.settings import Settings

    pools = build_pools(args.out / "files")
    if os.environ.get("MONKEY_BIRTHS"):
        import importlib

        import census

        classes = []
        for spec in os.environ["MONKEY_BIRTHS"].split(","):
            module, name = spec.rsplit(".", 1)
            classes.append(getattr(importlib.import_module(module), name))
        census.track_births(*classes)
    window = MainWindow(settings=Settings())
    window.show()
    watchdog = Watchdog(journal, args.out)
    watchdog.start()
    started = time.monotonic()
    monkey = Monkey(window, pools, random.Random(args.seed), journal, args.events, args.interval_ms,
                    beat=watchdog.beat, warm_up=int(args.events * WARM_UP_SHARE))
    closing = {}
    censuses = {}
    if args.census:
        import census

        def census_now(with_rss: bool = False) -> dict:
            taken = census.take()
            if with_rss:  # after the census's garbage collection, before the trim
                taken["rss_mb"] = round(rss_mb()[0], 1)
            taken["rss_trimmed_mb"] = round(trimmed_rss(), 1)
            taken["births"] = census.births()
            return taken

        def warm_census() -> None:
            censuses["warm"] = census_now()
            monkey.rss_warm = rss_mb()[0]  # after the census's own garbage collection

        monkey.on_warm = warm_census

    def close_window() -> None:
        # As a user ends the run: closing the window from inside the event loop.
        if args.census:
            censuses["end"] = census_now(with_rss=True)
        journal.event(args.events, "close the window")
        start = time.monotonic()
        window.close()
        closing["seconds"] = time.monotonic() - start
        # The monkey's pastes left a QMimeData of its own on the clipboard, which PySide6
        # 6.11 frees twice at exit (a segfault in any script doing that): hand it back now.
        QApplication.clipboard().clear()
        QTimer.singleShot(0, app.quit)

    if args.crash_at >= 0:
        monkey.crash_at = args.crash_at
    monkey.finished.connect(close_window)
    monkey.start()
    app.exec()
    rss_end, _ = rss_mb()
    close_s = closing.get("seconds", 0.0)
    others = lambda: [t for t in threading.enumerate()  # noqa: E731
                      if t.is_alive() and t not in (threading.main_thread(), watchdog)]
    deadline = time.monotonic() + 5
    while others() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    watchdog.running = False
    faulthandler.cancel_dump_traceback_later()
    _, rss_peak = rss_mb()
    rss_trimmed = trimmed_rss()
    report = {
        "seed": args.seed, "events": monkey.done, "seconds": round(time.monotonic() - started, 1),
        "errors": collector.errors, "hangs": watchdog.hangs, "starved": watchdog.starved, "max_gap_s": round(watchdog.max_gap, 2),
        "close_s": round(close_s, 2), "leaked_threads": [t.name for t in others()],
        "rss_warm_mb": round(monkey.rss_warm, 1), "rss_end_mb": round(rss_end, 1),
        "rss_peak_mb": round(rss_peak, 1), "rss_trimmed_mb": round(rss_trimmed, 1),
        "driver_errors": monkey.driver_errors[:50],
        "kinds": monkey.kinds,
        "rss_jumps": sorted(monkey.rss_jumps, reverse=True)[:20],
        "rss_peaks": watchdog.peaks,
        "rss_trace": monkey.rss_trace,
    }
    if "end" in censuses:
        report["census"] = {"rss_trimmed_mb": [censuses["warm"]["rss_trimmed_mb"], censuses["end"]["rss_trimmed_mb"]],
                            **census.diff(censuses["warm"], censuses["end"]),
                            "births": [censuses["warm"]["births"], censuses["end"]["births"]]}
    (args.out / "report.json").write_text(json.dumps(report, indent=1))
    journal.note("report written; exiting")
    return 0


if __name__ == "__main__":
    sys.exit(main())
