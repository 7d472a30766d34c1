"""Long monkey runs: seeded random use of the real main window, one child process per seed.

Prints, per seed, the events run, the errors the safety net caught, stalls of the window's
thread over 2 s, threads left after closing and RSS growth after the warm-up, then every
problem with its seed, event and last events (known faults, listed in
tests/monkey/known_faults.py, are marked as such), and the totals.

Run: python benchmarks/monkey.py [--seeds 1,2,3 | --seeds 10] [--events 2000] [--out DIR] [--strict] [--census]
``--seeds 10`` means seeds 1…10. With ``--strict`` the exit code is 1 when any problem is
not a known fault (what .ci/run uses).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "monkey"))

from known_faults import explained_by  # noqa: E402
from runner import run_monkey  # noqa: E402


def census_text(census: dict) -> str:
    lines = ["  census, warm-up -> end: " + ", ".join(
        f"{key} {census[key][0]} -> {census[key][1]}" for key in
        ("rss_trimmed_mb", "tensors", "tensor_mb", "arrays", "array_mb", "image_mb", "scenes", "scene_items"))]
    for group in ("qt", "objects"):
        lines.append(f"  {group} that grew: " + ", ".join(f"{name} {a}->{b}" for name, a, b in census[group]))
    lines.append("  imported after the warm-up: " + ", ".join(f"{name} ({n})" for name, n in census.get("imported", [])))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1,2,3,4,5")
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--out", type=Path, help="keep each run's journal, log and report here")
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--census", action="store_true",
                        help="count live tensors, Qt and nnstudio objects at the warm-up and the end, and "
                             "print the classes that grew (where memory that stays goes)")
    args = parser.parse_args()
    # "3" is seeds 1 to 3; "3," or "1,4" are those seeds.
    seeds = ([int(s) for s in args.seeds.split(",") if s.strip()] if "," in args.seeds
             else list(range(1, int(args.seeds) + 1)))
    out = args.out or Path(tempfile.mkdtemp(prefix="nnstudio-monkey-"))
    totals = {"events": 0, "crashes": 0, "errors": 0, "hangs": 0, "leaked": 0, "growth": 0.0}
    unknown, known = [], []
    started = time.monotonic()
    for seed in seeds:
        run = run_monkey(seed, args.events, out / f"seed-{seed}", None, *(["--census"] if args.census else []))
        print(run.summary(), flush=True)
        report = run.report
        if report and "census" in report:
            print(census_text(report["census"]), flush=True)
        if report is None or run.returncode != 0:
            totals["crashes"] += 1
        if report is not None:
            totals["events"] += report["events"]
            totals["errors"] += len(report["errors"])
            totals["hangs"] += len(report["hangs"])
            totals["leaked"] += len(report["leaked_threads"])
            totals["growth"] = max(totals["growth"], run.rss_growth_mb)
        for problem in run.problems():
            (known if explained_by(problem) else unknown).append(problem)
    for title, problems in (("known faults (tests/monkey/known_faults.py)", known), ("problems", unknown)):
        if problems:
            print(f"\n=== {title}: {len(problems)}")
            for problem in problems:
                print(problem if title == "problems" else f"{explained_by(problem)}: {problem.splitlines()[0]}")
    print(f"\n{len(seeds)} seeds, {totals['events']} events in {time.monotonic() - started:.0f} s: "
          f"{totals['crashes']} crashes or freezes, {totals['errors']} uncaught errors, {totals['hangs']} hangs "
          f"over 2 s, {totals['leaked']} leaked threads, largest RSS growth after warm-up "
          f"{totals['growth']:.0f} MB; {len(unknown)} problems not known ({len(known)} known). Runs in {out}")
    return 1 if args.strict and unknown else 0


if __name__ == "__main__":
    sys.exit(main())
