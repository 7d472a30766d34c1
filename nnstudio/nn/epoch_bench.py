"""One training epoch of a small CNN preset, as a unit of work for the device race.

The preset's model, loss and optimiser train over its whole training split in batches of
the given size: forward, loss, backward and the optimiser's step, exactly what an epoch of the
Network tab does, without the evaluation and bookkeeping around it. The data is put on the
device before timing (as the trainer does: small data sets live there), so an epoch's time is
the arithmetic plus one kernel launch per layer and step — which is why small batches leave a
GPU idle and large ones fill it.
"""

from __future__ import annotations

from functools import lru_cache

EPOCH_PRESET = "cnn_shapes"
WARM_UP_STEPS = 3


@lru_cache(maxsize=1)
def _preset():
    """The design and its data, loaded once per process (the data is made, not read)."""
    from .design import load_design
    from .train import design_data

    design = load_design(EPOCH_PRESET)
    return design, design_data(design)


def samples() -> int:
    """Training samples in one epoch."""
    return len(_preset()[1].x_train)


def epoch_work(batch: int, kind: str):
    """A function training one epoch on device `kind` with batches of `batch` samples."""
    import torch
    import torch.nn.functional as F

    from .build import build_model

    design, data = _preset()
    torch.manual_seed(0)
    model = build_model(design, data.outputs).to(kind).train()
    optimizer = torch.optim.Adam(model.parameters(), lr=design.training.lr)
    x = torch.from_numpy(data.x_train.astype("float32")).to(kind)
    y = torch.from_numpy(data.y_train).long().to(kind)
    n = len(x)

    def steps(limit: int | None = None) -> None:
        with torch.enable_grad():  # the race times the other operations under no_grad
            for start in list(range(0, n, batch))[:limit]:
                loss = F.cross_entropy(model(x[start:start + batch]), y[start:start + batch])
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                optimizer.step()

    def one_epoch() -> None:
        steps()

    # A few steps pay what the first ones cost (kernel choice, allocation, lazy start); a
    # whole epoch of warm-up would double the race's time for nothing.
    one_epoch.warm_up = lambda: steps(WARM_UP_STEPS)
    return one_epoch
