"""One decision-boundary redraw for a 2-8-8-2 MLP on a 100x100 grid: evaluate the network on
every point (class probabilities and each hidden neuron's output, one forward pass with
hooks) and colour the plane. Target: <= 20 ms. Printed next to the bare forward pass of the
same 10,000 points measured in the same run.
"""

from __future__ import annotations

import numpy as np
import torch
from timing import median_ms
from torch import nn

from nnstudio.core.decision_grid import decision_image, plane_grid
from nnstudio.core.feature_maps import colorize
from nnstudio.nn.probe import probe_plane


def main() -> None:
    torch.set_num_threads(1)  # as the GUI's worker runs it
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 2))
    data = np.random.default_rng(0).normal(size=(200, 2))
    grid = plane_grid(data, steps=100)

    def redraw():
        probe = probe_plane(model, grid)
        plane = decision_image(probe.probabilities)
        neurons = [colorize(np.moveaxis(h.outputs, 2, 0), -1.0, 1.0, "twilight_shifted") for h in probe.hidden]
        return plane, neurons

    points = torch.from_numpy(grid.points.copy())

    def forward():
        with torch.no_grad():
            return torch.softmax(model(points), dim=1)

    redraw_ms, forward_ms = median_ms(redraw, 100), median_ms(forward, 100)
    print(f"grid: {grid.shape[0]}x{grid.shape[1]} points, hidden neurons drawn: 16")
    print(f"redraw (probe + plane + neuron maps, median): {redraw_ms:.3f} ms   target <= 20 ms   {'OK' if redraw_ms <= 20 else 'SLOW'}")
    print(f"bare torch forward + softmax (median):        {forward_ms:.3f} ms   ratio: {redraw_ms / forward_ms:.1f}x")


if __name__ == "__main__":
    main()
