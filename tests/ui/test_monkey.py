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


def test_the_census_counts_what_stays_alive(qapp):
    """benchmarks/monkey.py --census: tensors, arrays and Qt objects made between two
    censuses are counted, with their bytes."""
    import census
    import numpy as np
    import torch
    from PySide6.QtCore import QObject

    before = census.take()
    kept = [torch.zeros(2**20), np.ones(2**20), (np.ones(2**17),), QObject()]  # 4 + 8 + 1 MB, one QObject
    after = census.take()
    grew = census.diff(before, after)
    assert grew["tensors"][1] - grew["tensors"][0] >= 1
    assert grew["tensor_mb"][1] - grew["tensor_mb"][0] >= 4
    assert grew["array_mb"][1] - grew["array_mb"][0] >= 9  # the one in an untracked tuple too
    assert ("QObject", before["qt"].get("QObject", 0), after["qt"]["QObject"]) in grew["qt"]
    del kept
