"""How fast a learner's table loads: nnstudio's reader (encoding and delimiter detection,
header, numbers, labels, split, standardisation) against numpy.loadtxt and the csv module
reading the same file in the same run.

    python benchmarks/table_import.py [--rows 100000] [--columns 50] [--regress]

--regress makes the label a number with many values, read as a regression target.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from nnstudio.core.table_data import TableChoice, table_dataset
from nnstudio.core.table_file import read_table


def best_of(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--columns", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--regress", action="store_true", help="a numeric label (a regression target)")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.csv"
        x = rng.normal(size=(args.rows, args.columns - 1)).round(4)
        labels = rng.integers(0, 5, args.rows)
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow([f"f{i}" for i in range(args.columns - 1)] + ["label"])
            label = (lambda i, k: f"{x[i, 0] * 3 + k:.3f}") if args.regress else (lambda i, k: f"class {k}")
            writer.writerows([*map(str, row), label(i, k)] for i, (row, k) in enumerate(zip(x, labels)))
        size = path.stat().st_size / 1e6
        ours = best_of(lambda: table_dataset(read_table(path), TableChoice()), args.repeats)
        loadtxt = best_of(lambda: np.loadtxt(path, delimiter=",", skiprows=1, usecols=range(args.columns - 1)),
                          args.repeats)

        def csv_module():
            with open(path, newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))[1:]
            return np.array([[float(c) for c in r[:-1]] for r in rows])

        plain = best_of(csv_module, args.repeats)
    task = "regression" if args.regress else "classes"
    print(f"table {args.rows:,} x {args.columns} ({size:.1f} MB, {task}), best / median of {args.repeats}:")
    print(f"  nnstudio read_table + table_dataset  {ours[0]:.2f} s / {ours[1]:.2f} s")
    print(f"  numpy.loadtxt (numbers only)         {loadtxt[0]:.2f} s / {loadtxt[1]:.2f} s"
          f"   ratio {ours[0] / loadtxt[0]:.2f}")
    print(f"  csv module + float()                 {plain[0]:.2f} s / {plain[1]:.2f} s"
          f"   ratio {ours[0] / plain[0]:.2f}")


if __name__ == "__main__":
    main()
