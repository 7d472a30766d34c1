"""What one live redraw of the loss and accuracy plots costs while a run trains, with earlier
runs on the plot: the current run streams 5 batch updates and one epoch result per epoch for
15 epochs (a lenet_digits run), and each redraw is timed with its paint (offscreen, GUI
thread CPU time).

The reference, measured in the same process on the same data: pyqtgraph's own auto-range on
the loss plot's y axis (fitted at every redraw) and the earlier runs' curves painted afresh
each time, which is how the plots drew before the steady range and the cached earlier runs.

    python benchmarks/network_plot_redraw.py [--earlier 4] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np


def one_run(earlier: int, reference: bool) -> list[float]:
    from PySide6.QtWidgets import QApplication, QGraphicsItem

    from nnstudio.nn.train import EpochResult
    from nnstudio.ui.network.plots import TrainingPlots

    plots = TrainingPlots()
    plots.resize(700, 600)
    plots.show()
    times: list[float] = []
    for run_id in range(1, earlier + 2):
        current = run_id == earlier + 1
        plots.new_run(f"lenet_digits #{run_id}", run_id=run_id, epochs=15)
        if current and reference:
            plots.loss.enableAutoRange(y=True)
            for run in plots.runs[:-1]:
                for curve in run.curves.values():
                    curve.curve.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        rng = np.random.default_rng(run_id)

        def redraw() -> None:
            started = time.thread_time()
            plots.redraw()
            plots.repaint()
            QApplication.processEvents()
            if current:
                times.append((time.thread_time() - started) * 1000)

        for epoch in range(1, 16):
            losses = 2.3 * np.exp(-(epoch - 1 + np.arange(45) / 45) / 3) + rng.random(45) * 0.3
            for part in range(5):
                plots.add_batches(run_id, epoch, part * 9, 45, losses[part * 9:(part + 1) * 9])
                redraw()
            accuracy = 1 - np.exp(-epoch / 3)
            plots.add(EpochResult(epoch, float(losses.mean()), accuracy, float(losses.mean()) + 0.05, accuracy,
                                  0.1, 14000.0, losses.astype(np.float32), "cpu"), run_id)
            redraw()
    plots.close()
    plots.deleteLater()
    QApplication.processEvents()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--earlier", type=int, default=4, help="earlier runs on the plot (at most 4 are kept)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    from nnstudio.ui.app import create_application

    create_application(offscreen=True)
    print(f"one redraw with its paint, 700×600, {args.earlier} earlier runs on the plot, 90 redraws per run "
          f"(GUI thread CPU time, ms)")
    ratios = []
    for repeat in range(args.repeats):
        ours, theirs = one_run(args.earlier, False), one_run(args.earlier, True)
        ratios.append(statistics.mean(ours) / statistics.mean(theirs))
        print(f"  steady range, cached earlier runs: median {statistics.median(ours):.2f}, mean {statistics.mean(ours):.2f}; "
              f"auto-range, earlier runs painted afresh: median {statistics.median(theirs):.2f}, "
              f"mean {statistics.mean(theirs):.2f}; ratio of means {ratios[-1]:.2f}")
    print(f"ratio of means over {args.repeats} repeats: median {statistics.median(ratios):.2f} (lower is cheaper)")


if __name__ == "__main__":
    main()
