"""How long one activation refresh takes: capture every layer of a LeNet-like network for one
1x8x8 input with forward hooks and turn each output into the picture the view shows.

Target: <= 30 ms. Printed next to a plain forward pass of the same model (the floor any
capture must pay) measured in the same run.
"""

from __future__ import annotations

import statistics
import time

import numpy as np
import torch
from torch import nn

from nnstudio.core.feature_maps import tile_output
from nnstudio.nn.activations import capture_activations


def lenet_8x8() -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(6, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(16 * 2 * 2, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(),
        nn.Linear(84, 10),
    )


def median_ms(fn, repeats: int = 200) -> float:
    for _ in range(10):
        fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    torch.set_num_threads(1)  # as the GUI's worker runs it: one core left for the GUI
    torch.manual_seed(0)
    model = lenet_8x8()
    x = np.random.default_rng(0).random((1, 1, 8, 8)).astype(np.float32)

    def refresh():
        return [tile_output(c.output[0], scale="shared") for c in capture_activations(model, x)]

    def capture_only():
        return capture_activations(model, x)

    tensor = torch.from_numpy(x)

    def plain_forward():
        with torch.no_grad():
            return model(tensor)

    refresh_ms, capture_ms, forward_ms = median_ms(refresh), median_ms(capture_only), median_ms(plain_forward)
    print(f"layers: {len(model)}, images per refresh: {len(refresh())}")
    print(f"capture + images (median): {refresh_ms:.3f} ms   target <= 30 ms   {'OK' if refresh_ms <= 30 else 'SLOW'}")
    print(f"capture only (median):     {capture_ms:.3f} ms")
    print(f"plain torch forward:       {forward_ms:.3f} ms   ratio refresh/forward: {refresh_ms / forward_ms:.1f}x")


if __name__ == "__main__":
    main()
