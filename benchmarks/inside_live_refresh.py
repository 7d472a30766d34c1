"""What live activation maps cost a training loop: a plain PyTorch loop (the lenet_digits
preset on the 8x8 digits, Adam, batch 32) against the same loop that, after every step, offers a
capture to ThrottledCapture (every 200 ms: hooks, one forward pass, every layer tiled into
its picture). Target: the live loop keeps >= 90% of the plain loop's samples/s.
"""

from __future__ import annotations

import time

import numpy as np
import torch
from torch import nn

from nnstudio.core.feature_maps import tile_output
from nnstudio.nn.activations import ThrottledCapture
from nnstudio.nn.design_source import design_model, open_design_and_data


def lenet() -> nn.Sequential:
    design, data = open_design_and_data("lenet_digits")
    return design_model(design, data).train()


def run(x: torch.Tensor, y: torch.Tensor, epochs: int, live: bool) -> tuple[float, int, float]:
    """(samples/s, refreshes, share of the loop's time spent refreshing)."""
    model = lenet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    loss_fn = nn.CrossEntropyLoss()
    refresh = ThrottledCapture(model, x[:1].numpy(), interval_s=0.2)
    g = torch.Generator().manual_seed(0)
    refreshes, spent = 0, 0.0
    start = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(len(x), generator=g)
        for i in range(0, len(x), 32):
            idx = order[i : i + 32]
            opt.zero_grad()
            loss_fn(model(x[idx]), y[idx]).backward()
            opt.step()
            if live:
                began = time.perf_counter()
                if (captures := refresh()) is not None:
                    [tile_output(c.output[0]) for c in captures]
                    refreshes += 1
                spent += time.perf_counter() - began
    total = time.perf_counter() - start
    return len(x) * epochs / total, refreshes, spent / total


def main() -> None:
    torch.set_num_threads(1)
    _design, data = open_design_and_data("lenet_digits")
    x = torch.from_numpy(data.x_train.astype(np.float32))
    y = torch.from_numpy(data.y_train.astype(np.int64))
    run(x, y, 1, False)  # warm-up
    plain, live, shares = [], [], []
    for _ in range(5):  # interleaved, so both see the same machine load
        plain.append(run(x, y, 4, False)[0])
        rate, refreshes, share = run(x, y, 4, True)
        live.append(rate)
        shares.append(share)
    p, l_ = float(np.median(plain)), float(np.median(live))
    print(f"plain loop:        {p:,.0f} samples/s")
    print(f"with live maps:    {l_:,.0f} samples/s   ({refreshes} refreshes in the last run)")
    print(f"time inside the refresh calls: {100 * float(np.median(shares)):.2f}% of the live loop (the direct cost)")
    print(f"ratio live/plain:  {l_ / p:.3f}   target >= 0.90   {'OK' if l_ / p >= 0.9 else 'SLOW'}")


if __name__ == "__main__":
    main()
