"""What live activation maps cost a training loop: a plain PyTorch loop (LeNet-like network
on the 8x8 digits, Adam, batch 32) against the same loop that, after every step, offers a
capture to ThrottledCapture (every 200 ms: hooks, one forward pass, every layer tiled into
its picture). Target: the live loop keeps >= 90% of the plain loop's samples/s.
"""

from __future__ import annotations

import time

import numpy as np
import torch
from torch import nn

from nnstudio.core.datasets import load_digits
from nnstudio.core.feature_maps import tile_output
from nnstudio.nn.activations import ThrottledCapture


def lenet() -> nn.Sequential:
    torch.manual_seed(0)
    return nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10),
    )


def run(x: torch.Tensor, y: torch.Tensor, epochs: int, live: bool) -> tuple[float, int]:
    model = lenet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    loss_fn = nn.CrossEntropyLoss()
    refresh = ThrottledCapture(model, x[:1].numpy(), interval_s=0.2)
    g = torch.Generator().manual_seed(0)
    refreshes = 0
    start = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(len(x), generator=g)
        for i in range(0, len(x), 32):
            idx = order[i : i + 32]
            opt.zero_grad()
            loss_fn(model(x[idx]), y[idx]).backward()
            opt.step()
            if live and (captures := refresh()) is not None:
                [tile_output(c.output[0]) for c in captures]
                refreshes += 1
    return len(x) * epochs / (time.perf_counter() - start), refreshes


def main() -> None:
    torch.set_num_threads(1)
    images, labels = load_digits()
    x = torch.from_numpy(images[:, None].astype(np.float32) / 16)
    y = torch.from_numpy(labels.astype(np.int64))
    run(x, y, 1, False)  # warm-up
    plain, live = [], []
    for _ in range(3):  # interleaved, so both see the same machine load
        plain.append(run(x, y, 4, False)[0])
        rate, refreshes = run(x, y, 4, True)
        live.append(rate)
    p, l_ = float(np.median(plain)), float(np.median(live))
    print(f"plain loop:        {p:,.0f} samples/s")
    print(f"with live maps:    {l_:,.0f} samples/s   ({refreshes} refreshes in the last run)")
    print(f"ratio live/plain:  {l_ / p:.3f}   target >= 0.90   {'OK' if l_ / p >= 0.9 else 'SLOW'}")


if __name__ == "__main__":
    main()
