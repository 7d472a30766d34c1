"""Runs the monkey (driver.py) in a child process and says what went wrong, if anything.

A child, so that a crash (a segfault, an abort) or a freeze is caught and reported with its
seed and the last events instead of taking the test run down with it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
#: RSS growth from the end of the warm-up to the end of the run that counts as a leak.
RSS_GROWTH_LIMIT_MB = 100.0


@dataclass
class MonkeyRun:
    seed: int
    events: int
    returncode: int
    report: dict | None
    folder: Path
    last_events: list[str] = field(default_factory=list)
    crash: str = ""

    @property
    def rss_growth_mb(self) -> float:
        if not self.report or not self.report["rss_warm_mb"]:
            return 0.0
        return self.report["rss_end_mb"] - self.report["rss_warm_mb"]

    def problems(self) -> list[str]:
        """One line per thing that went wrong (empty: a clean run)."""
        if self.report is None:
            how = (f"killed by signal {signal.Signals(-self.returncode).name}" if self.returncode < 0
                   else "froze" if self.returncode == 3 or "frozen.txt" in self.crash
                   else f"exited with code {self.returncode}")
            return [f"seed {self.seed}: the app {how}; last events:\n  " + "\n  ".join(self.last_events)
                    + (f"\n{self.crash}" if self.crash else "")]
        out = []
        if self.returncode != 0:
            how = (f"killed by signal {signal.Signals(-self.returncode).name}" if self.returncode < 0
                   else f"exited with code {self.returncode}")
            out.append(f"seed {self.seed}: the app was {how} while quitting, after the run"
                       + (f"\n{self.crash}" if self.crash else ""))
        for error in self.report["errors"]:
            out.append(f"seed {self.seed}: error at event {error['event']} ({error['during']}): {error['message']}")
        for hang in self.report["hangs"]:
            out.append(f"seed {self.seed}: the window stalled {hang['seconds']} s ({hang['cpu_seconds']} s CPU"
                       f"{', blocked in a wait' if hang['blocked'] else ''}) at event {hang['event']} "
                       f"({hang['during']}):\n{hang['stack']}")
        if self.report["close_s"] > 2:
            out.append(f"seed {self.seed}: closing the window took {self.report['close_s']} s")
        if self.report["leaked_threads"]:
            out.append(f"seed {self.seed}: threads alive after closing: {self.report['leaked_threads']}")
        if self.rss_growth_mb > RSS_GROWTH_LIMIT_MB:
            out.append(f"seed {self.seed}: RSS grew {self.rss_growth_mb:.0f} MB after the warm-up")
        return out

    def summary(self) -> str:
        if self.report is None:
            return f"seed {self.seed}: no report ({self.returncode})"
        r = self.report
        return (f"seed {r['seed']}: {r['events']} events in {r['seconds']} s, {len(r['errors'])} errors, "
                f"{len(r['hangs'])} hangs (longest stall {r['max_gap_s']} s, "
                f"{len(r.get('starved', []))} waits for a busy CPU), close {r['close_s']} s, "
                f"{len(r['leaked_threads'])} leaked threads, RSS {r['rss_warm_mb']:.0f} -> {r['rss_end_mb']:.0f} MB "
                f"(peak {r['rss_peak_mb']:.0f}, {r.get('rss_trimmed_mb', 0):.0f} once freed memory is returned)"
                + "".join(f"\n  RSS +{mb:.0f} MB at event {event} ({what})" for mb, event, what in r.get("rss_jumps", [])[:5])
                + "".join(f"\n  RSS {p['rss_mb']} MB at event {p['event']} ({p['during']}); threads: {', '.join(p['stacks'])}"
                          for p in r.get("rss_peaks", [])))


def run_monkey(seed: int, events: int, folder: Path, timeout_s: float | None = None, *extra: str) -> MonkeyRun:
    """Run ``events`` random events with ``seed`` in a fresh child process."""
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false",
        "XDG_CONFIG_HOME": str(folder / "config"),  # its own settings, never the user's
        "NNSTUDIO_LOG_FILE": str(folder / "nnstudio.log"),
        "PYTHONPATH": os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    })
    timeout_s = timeout_s if timeout_s is not None else 120 + events * 0.5
    command = [sys.executable, str(HERE / "driver.py"), "--seed", str(seed), "--events", str(events),
               "--out", str(folder), *extra]
    with open(folder / "stderr.txt", "w") as stderr:
        try:
            code = subprocess.run(command, env=env, stdout=stderr, stderr=stderr, timeout=timeout_s).returncode
        except subprocess.TimeoutExpired:
            code = 3
    report_path = folder / "report.json"
    report = json.loads(report_path.read_text()) if report_path.is_file() else None
    run = MonkeyRun(seed, events, code, report, folder)
    journal = folder / "journal.txt"
    if journal.is_file():
        run.last_events = journal.read_text(errors="replace").splitlines()[-15:]
    for name in ("frozen.txt", "crash.txt"):
        path = folder / name
        if code != 0 and path.is_file() and path.stat().st_size:
            run.crash += f"--- {name}\n" + path.read_text(errors="replace")[-4000:]
    if code != 0:
        run.crash += "--- stderr\n" + (folder / "stderr.txt").read_text(errors="replace")[-3000:]
    return run
