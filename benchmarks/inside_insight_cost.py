"""What the Network tab's live inside views cost the app's trainer: lenet_digits trained by
nnstudio.nn.train.Trainer, plain, against the same run that takes an insight (CPU copy of
the model, every layer's capture, kernels, histograms, gradient norms, test-split confusion
matrix) after an epoch whenever 200 ms have passed, as the training thread does.
Target: the run with insights keeps >= 90% of the plain run's speed.
"""

from __future__ import annotations

import time

import numpy as np
import torch

from nnstudio.core.feature_maps import tile_output
from nnstudio.nn.design_source import open_design_and_data
from nnstudio.nn.insight import take_insight
from nnstudio.nn.train import Trainer, with_overrides

INTERVAL_S = 0.2
EPOCHS = 6


def run(design, data, live: bool) -> tuple[float, int, float]:
    """(seconds for the run, insights taken, seconds spent taking them and tiling the maps)."""
    trainer = Trainer(design, data, with_overrides(design.training, epochs=EPOCHS, device="cpu"))
    torch.set_num_threads(1)
    insights, spent, last = 0, 0.0, float("-inf")
    start = time.perf_counter()
    for result in trainer.epochs():
        if live and time.perf_counter() - last >= INTERVAL_S:
            began = time.perf_counter()
            insight = take_insight(trainer.model, result.epoch, data, data.x_test[0], None)
            [tile_output(c.output[0]) for c in insight.captures]
            last = time.perf_counter()
            spent += last - began
            insights += 1
    return time.perf_counter() - start, insights, spent


def main() -> None:
    design, data = open_design_and_data("lenet_digits")
    run(design, data, False)  # warm-up
    plain, live, spent = [], [], []
    for _ in range(3):  # interleaved, so both see the same machine load
        plain.append(run(design, data, False)[0])
        seconds, insights, cost = run(design, data, True)
        live.append(seconds)
        spent.append(cost / seconds)
    p, l_ = float(np.median(plain)), float(np.median(live))
    print(f"lenet_digits, {EPOCHS} epochs of {len(data.x_train)} samples, one thread")
    print(f"plain trainer:        {p:.3f} s")
    print(f"with insights:        {l_:.3f} s   ({insights} insights in the last run)")
    print(f"time taking insights: {100 * float(np.median(spent)):.1f}% of the run")
    print(f"speed ratio live/plain: {p / l_:.3f}   target >= 0.90   {'OK' if p / l_ >= 0.9 else 'SLOW'}")


if __name__ == "__main__":
    main()
