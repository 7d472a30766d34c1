"""Run the CLI fuzzer (tests/cli/cli_fuzzer.py) longer than the test suite does and print
what it found: how many command lines, their exit codes, and every one that broke the rule
(exit 0 with valid output, or exit 2 with one line on stderr and nothing written).

    python benchmarks/cli_fuzz.py [--seeds 1 2 3] [--per-seed 1000] [--processes 40]

Exits 1 if any invocation broke the rule, so it can also run in CI.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "cli"))

import cli_fuzzer as fuzz  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--per-seed", type=int, default=1000, help="in-process command lines per seed")
    parser.add_argument("--processes", type=int, default=40, help="command lines run as real processes")
    args = parser.parse_args()

    broken = []
    codes: collections.Counter = collections.Counter()
    commands: collections.Counter = collections.Counter()
    with tempfile.TemporaryDirectory() as folder:
        pools = fuzz.Pools(Path(folder))
        started = time.perf_counter()
        for seed in args.seeds:
            for argv in fuzz.command_lines(seed, args.per_seed, pools):
                outcome = fuzz.run_in_process(argv)
                codes[outcome.code] += 1
                commands[argv[0]] += 1
                if outcome.problems:
                    broken.append(outcome)
        in_process_s = time.perf_counter() - started
        left = fuzz.left_over_temporaries(pools.work)

        rng = random.Random(args.seeds[0])
        lines = [a for a in fuzz.command_lines(args.seeds[0] + 1000, args.processes * 5, pools)
                 if not any("\0" in part for part in a)]
        sample = rng.sample(lines, min(args.processes, len(lines)))
        started = time.perf_counter()
        process_codes: collections.Counter = collections.Counter()
        for argv in sample:
            outcome = fuzz.run_subprocess(argv)
            process_codes[outcome.code] += 1
            if outcome.problems:
                broken.append(outcome)
        process_s = time.perf_counter() - started

    total = sum(codes.values())
    print(f"in process: {total} command lines (seeds {' '.join(map(str, args.seeds))}) in "
          f"{in_process_s:.0f} s, {total / max(in_process_s, 1e-9):.1f} per second")
    print(f"  exit codes: {dict(sorted(codes.items()))}")
    print(f"  per command: {dict(sorted(commands.items()))}")
    print(f"real processes: {len(sample)} in {process_s:.0f} s, exit codes {dict(sorted(process_codes.items()))}")
    print(f"temporary files left behind: {len(left)}")
    print(f"broke the rule: {len(broken)}")
    for outcome in broken:
        print(f"  {outcome.argv!r}: exit {outcome.code}, {outcome.problems}, stderr {outcome.stderr[:300]!r}")
    return 1 if broken or left else 0


if __name__ == "__main__":
    sys.exit(main())
