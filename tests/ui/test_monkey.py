"""The monkey test: seeded random use of the real main window, in a child process.

A short run here (two seeds, 150 events each); ``.ci/run`` runs a longer one and
``benchmarks/monkey.py`` the long ones. What went wrong is printed with its seed, the event
that caused it and the last events, so that a failure can be replayed:
``python benchmarks/monkey.py --seeds S --events N``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "monkey"))

from known_faults import unexplained  # noqa: E402
from runner import run_monkey  # noqa: E402

SEEDS = (1, 2)
EVENTS = 150


@pytest.mark.parametrize("seed", SEEDS)
def test_random_use_neither_crashes_nor_hangs_nor_raises(tmp_path, seed):
    run = run_monkey(seed, EVENTS, tmp_path)
    print(run.summary())
    problems = unexplained(run.problems())
    assert problems == [], "\n\n".join(problems)
    if run.report is None:
        return  # the run ended at a known fault (printed above): there is no report to read
    assert run.report["events"] == EVENTS
    # It did what a user does, not just wait: most kinds of action happened.
    assert sum(run.report["kinds"].values()) == EVENTS and len(run.report["kinds"]) >= 10
    assert run.report["driver_errors"] == []


def test_a_crash_is_reported_with_its_seed_and_last_events(tmp_path):
    run = run_monkey(7, 30, tmp_path, None, "--crash-at", "12")
    assert run.report is None
    [problem] = run.problems()
    assert problem.startswith("seed 7: the app killed by signal SIGSEGV")
    assert "12\tcrash on purpose" in problem
    assert "11\t" in problem  # the events before it, to replay
    assert "_do_" in problem or "_tick" in problem  # the Python stack at the crash
