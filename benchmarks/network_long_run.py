"""Do long runs slow down? Trains lenet_digits in the real Network tab for a few minutes (about
2,000 epochs in five) while the inside views are switched around every few seconds, and prints
for the first and the last minute: the plots' redraw time (p50, p95), the inside views' redraw
time, the GUI's lateness (a 5 ms timer, p99) and the training rate; and the process's memory
(RSS) at the start, at the end and after Stop. Figures are ratios of the last minute against the
first one of the same run (target: redraw flat, training rate within 10 %, memory bounded).
The host's own speed drifts over minutes on a shared machine: the hand-written loop of
network_training.py is timed on the same model and data just before the run and just after
Stop, and the training rate's ratio is also given against that drift.

    python benchmarks/network_long_run.py [--minutes 5] [--preset lenet_digits] [--history-epochs 3000]
                                          [--history-only]

A busy machine trains few epochs in five minutes, so a second part feeds the same plots
(loss/accuracy and gradients, in a window of the same size) `--history-epochs` epochs of
lenet-sized results (43 batches each) and times a redraw after the first 100 epochs, and after
the 100 epochs from 1,000 on (by then every curve's history holds its most points), against one
after the last; the same history drawn as a plain full redraw (every point, no downsampling:
how the plots drew before) is the reference. Its times are the GUI thread's CPU time
(time.thread_time: the redraw and the offscreen paint both run on it), so other processes on a
busy machine do not count.
"""

from __future__ import annotations

import argparse
import functools
import gc
import statistics
import time


def rss_mib() -> float:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not Linux: the peak, which is what there is

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(record: list, function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            record.append((time.perf_counter(), (time.perf_counter() - started) * 1000))

    return wrapper


def quantile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--preset", default="lenet_digits")
    parser.add_argument("--switch-s", type=float, default=5.0, help="seconds between inside-view switches")
    parser.add_argument("--history-epochs", type=int, default=3000)
    parser.add_argument("--history-only", action="store_true", help="only the second part (no training)")
    args = parser.parse_args()
    if args.history_only:
        from nnstudio.ui.app import create_application

        create_application(offscreen=True)
        history_part(args.history_epochs)
        return

    from nnstudio.ui.app import create_application

    app = create_application(offscreen=True)
    from PySide6.QtCore import QTimer

    from nnstudio.ui.main_window import MainWindow
    from nnstudio.ui.network.inside_panel import InsidePanel
    from nnstudio.ui.network.plots import TrainingPlots
    from nnstudio.ui.scripting import wait_until
    from nnstudio.ui.settings import Settings

    plot_redraws: list[tuple[float, float]] = []
    view_redraws: list[tuple[float, float]] = []
    # Wrapped on the class before the window exists, so the window's timer calls the wrapper.
    TrainingPlots.redraw = timed(plot_redraws, TrainingPlots.redraw)
    InsidePanel.show_insight = timed(view_redraws, InsidePanel.show_insight)

    window = MainWindow(settings=Settings(persist=False))
    window.show()
    window.resize(1600, 1000)
    window.select_tab("network")
    page = window.current_page()
    wait_until(lambda: window.device_label.warmed_up)
    page.open_preset(args.preset)
    wait_until(lambda: page.network.data_ready and page.network.data.name in page.model.design.dataset["name"])
    samples_per_epoch = len(page.network.data.x_train)
    hand_before = host_speed(page)
    page.training.epochs.setValue(100_000)
    gc.collect()
    rss_start = rss_mib()

    epochs: list[float] = []  # arrival time of each epoch result
    page.network.epoch_finished.connect(lambda _result: epochs.append(time.perf_counter()))
    lateness: list[tuple[float, float]] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lateness.append((now, (now - last[0]) * 1000 - 5))
        last[0] = now

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)
    switcher = QTimer(interval=int(args.switch_s * 1000))
    switcher.timeout.connect(lambda: page.inside.setCurrentIndex((page.inside.currentIndex() + 1) % page.inside.count()))

    started = time.perf_counter()
    ticker.start()
    switcher.start()
    page.run_bar.start.click()
    seconds = args.minutes * 60
    wait_until(lambda: time.perf_counter() - started > seconds, int(seconds * 1000) + 60_000)
    switcher.stop()
    ticker.stop()
    rss_end = rss_mib()
    page.run_bar.stop.click()
    wait_until(lambda: not (page.network.run_state.active or page.network.run_state.value == "paused"), 60_000)
    wait_until(lambda: False, 2000)  # let the last results and deletions through
    gc.collect()
    rss_stopped = rss_mib()
    hand_after = host_speed(page)

    def window_of(record, low, high):
        return [v for t, v in record if low <= t - started < high]

    first, final = (0.0, 60.0), (seconds - 60.0, seconds)
    print(f"{args.preset} trained {len(epochs)} epochs in {seconds / 60:.1f} minutes in the window "
          f"(inside views switched every {args.switch_s:g} s; 1600×1000 offscreen)")
    rows = {}
    for name, (low, high) in (("first minute", first), ("last minute", final)):
        plots = window_of(plot_redraws, low, high)
        views = window_of(view_redraws, low, high)
        late = window_of(lateness, low, high)
        count = sum(1 for t in epochs if low <= t - started < high)
        rate = count * samples_per_epoch / (high - low)
        rows[name] = (statistics.median(plots) if plots else float("nan"), rate, quantile(late, 0.99))
        print(f"{name:>13}: plots redraw p50 {rows[name][0]:.2f} ms, p95 {quantile(plots, 0.95):.2f} ms "
              f"({len(plots)} redraws); inside views p50 {statistics.median(views) if views else float('nan'):.2f} ms; "
              f"GUI lateness p99 {rows[name][2]:.1f} ms; {count} epochs, {rate:,.0f} samples/s")
    (p0, r0, _), (p1, r1, _) = rows["first minute"], rows["last minute"]
    print(f"last minute / first minute: redraw p50 {p1 / p0:.2f}×, training rate {r1 / r0:.2f}× "
          f"(target: within 0.90–1.10)")
    drift = hand_after / hand_before
    print(f"the hand-written loop alone, before the run and after Stop: {hand_before:,.0f} / {hand_after:,.0f} "
          f"samples/s ({drift:.2f}×); the training rate's ratio against that drift: {r1 / r0 / drift:.2f}×")
    print(f"RSS: start {rss_start:.0f} MiB, end {rss_end:.0f} MiB, after Stop {rss_stopped:.0f} MiB")
    window.shutdown()
    window.close()
    app.processEvents()
    TrainingPlots.redraw = TrainingPlots.redraw.__wrapped__
    if args.history_epochs > 0:  # 0: only the run in the window
        history_part(args.history_epochs)


def host_speed(page, epochs: int = 8) -> float:
    """Samples/s of the plain loop on the tab's model and data (network_training.py)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from network_training import cpu_rate_like_trainer

    return cpu_rate_like_trainer(page.current_design(), page.network.data, epochs)


def history_part(total: int, batches: int = 43) -> None:
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from nnstudio.nn.gradients import GradientNorms
    from nnstudio.nn.train import EpochResult
    from nnstudio.ui.network.gradient_plot import GradientPlot
    from nnstudio.ui.network.plots import TrainingPlots

    rng = np.random.default_rng(0)
    plots, gradients, reference = TrainingPlots(), GradientPlot(), pg.PlotWidget()
    old_curve = reference.plot(pen=pg.mkPen("#90caf9", width=1))  # as the per-batch curve was drawn
    for widget in (plots, gradients, reference):
        widget.resize(800, 700)
        widget.show()
    names = tuple(f"{i}: Linear" for i in (1, 4, 8, 10, 12))
    all_batches: list[np.ndarray] = []
    drift = np.geomspace(1e-3, 1.0, len(names))

    clock = time.thread_time  # CPU time of this (the GUI) thread

    def paint(widget) -> float:
        started = clock()
        widget.repaint()  # the redraw's data work happened before; this is the drawing
        QApplication.processEvents()
        return (clock() - started) * 1000

    def feed_and_time(epoch: int, timing: bool) -> tuple[float, float, float] | None:
        # A falling loss with batch-to-batch noise, as lenet_digits gives.
        losses = (0.05 + 2.3 / np.sqrt(epoch) * (1 + 0.3 * rng.standard_normal(batches))).clip(0.01).astype(np.float32)
        all_batches.append(losses)
        result = EpochResult(epoch, float(losses.mean()), 0.9, float(losses.mean()), 0.9, 0.1, 10_000.0,
                             losses, "cpu")
        plots.add(result)
        drift[:] = drift * np.exp(0.05 * rng.standard_normal(len(names)))  # norms wander slowly
        norms = GradientNorms(names, drift.copy(), (0, 3, 7, 9, 11), 12)
        if not timing:
            plots.redraw()
            gradients.add_epoch(epoch, norms)
            return None
        started = clock()
        plots.redraw()
        t_plots = (clock() - started) * 1000 + paint(plots)
        started = clock()
        gradients.add_epoch(epoch, norms)
        t_gradients = (clock() - started) * 1000 + paint(gradients)
        # The reference: every point from Python lists, smoothed in Python, no downsampling.
        started = clock()
        y = np.concatenate(all_batches).tolist()
        acc, out = 0.0, []
        for i, v in enumerate(y):
            acc = 0.8 * acc + 0.2 * v
            out.append(acc / (1 - 0.8 ** (i + 1)))
        old_curve.setData(np.arange(len(out)) / batches, out)
        t_reference = (clock() - started) * 1000 + paint(reference)
        return t_plots, t_gradients, t_reference

    # Timed (with the dear reference) only over the first 100 epochs, the 100 after the
    # histories have filled (each holds at most its cap, reached by the epoch curves at about
    # epoch 500), and the last 100.
    middle_from = min(1000, max(100, total // 3))
    timed_epochs = lambda e: e <= 100 or middle_from < e <= middle_from + 100 or e > total - 100  # noqa: E731
    times = [feed_and_time(epoch, timed_epochs(epoch)) for epoch in range(1, total + 1)]
    early, middle, late = times[:100], times[middle_from:middle_from + 100], times[-100:]
    med = lambda rows, k: statistics.median(r[k] for r in rows)  # noqa: E731
    print(f"history part: {total} epochs of {batches} batches fed to the plots at 800×700 "
          f"(GUI thread CPU time)")
    print(f"  loss/accuracy redraw p50: epochs 1–100 {med(early, 0):.2f} ms, last 100 {med(late, 0):.2f} ms "
          f"({med(late, 0) / med(early, 0):.2f}×)")
    print(f"  the same once the histories are full: epochs {middle_from + 1}–{middle_from + 100} "
          f"{med(middle, 0):.2f} ms, last 100 {med(late, 0):.2f} ms ({med(late, 0) / med(middle, 0):.2f}×)")
    print(f"  gradient plot redraw p50: epochs 1–100 {med(early, 1):.2f} ms, last 100 {med(late, 1):.2f} ms "
          f"({med(late, 1) / med(early, 1):.2f}×)")
    print(f"  reference, a full redraw of every point: epochs 1–100 {med(early, 2):.2f} ms, "
          f"last 100 {med(late, 2):.2f} ms ({med(late, 2) / med(early, 2):.2f}×)")
    for key, what in (("batch", "per-batch curve"), ("train_loss", "training-loss curve")):
        history = plots.current.histories[key]
        drawn = len(plots.current.curves[key].getData()[0])
        print(f"  the loss plot's {what}: {len(history)} points held (min and max of every "
              f"{history.stride} values) of {history.appended} received, {drawn} drawn")
    for widget in (plots, gradients, reference):
        widget.close()


if __name__ == "__main__":
    main()
