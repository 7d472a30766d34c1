"""Trainer throughput against a plain hand-written PyTorch loop, in one run.

Same model (built from the preset), same data on the same device, same batch size and
optimiser; both keep the data as device tensors and slice batches. The trainer also
records per-batch losses, accuracy and a test evaluation per epoch, as the GUI shows them.

    python benchmarks/network_training.py [--preset lenet_digits] [--device cpu|cuda] [--epochs 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch
import torch.nn.functional as F

from nnstudio.nn.build import build_model
from nnstudio.nn.design import load_design
from nnstudio.nn.train import Trainer, design_data, limit_threads, with_overrides


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def hand_loop(design, data, config, device, epochs: int, fused: bool = False, statistic=max) -> float:
    """Samples per second of the textbook loop: shuffle, slice, forward, backward, step; of
    its epochs after the first, the best (or `statistic` of them).

    The trainer uses Adam's fused step on CUDA; `fused` gives the hand-written loop the
    same, so the ratio against it shows the trainer's own overhead alone."""
    torch.manual_seed(config.seed)
    model = build_model(design, data.num_classes).to(device)
    if isinstance(model[-1], torch.nn.Softmax):
        model = model[:-1]
    opt = torch.optim.Adam(model.parameters(), lr=config.lr, **({"fused": True} if fused else {}))
    x = torch.from_numpy(data.x_train).to(device)
    y = torch.from_numpy(data.y_train).to(device)
    n, b = len(x), config.batch_size
    rates = []
    for _ in range(epochs):
        sync(device)
        t = time.perf_counter()
        order = torch.randperm(n, device=device)
        xs, ys = x[order], y[order]
        for s in range(0, n, b):
            loss = F.cross_entropy(model(xs[s:s + b]), ys[s:s + b])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
        sync(device)
        rates.append(n / (time.perf_counter() - t))
    return statistic(rates[1:] or rates)



def cpu_rate_like_trainer(design, data, epochs: int) -> float:
    """The plain loop's samples/s on the CPU, median epoch after the first, on as many torch
    threads as the trainer: torch's thread count is per thread under OpenMP, and the trainer
    sets it on its own thread, so the calling thread would otherwise run the loop on every
    core (the window benchmarks compare their runs with this)."""
    limit_threads()
    return hand_loop(design, data, design.training, torch.device("cpu"), epochs, statistic=statistics.median)
def trainer_loop(design, data, config, epochs: int) -> tuple[float, str]:
    trainer = Trainer(design, data, config)
    rates = []
    for result in trainer.epochs(epochs):
        rates.append(result.samples_per_s)
    return max(rates[1:] or rates), trainer.device_label


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preset", default="lenet_digits")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--batch-size", type=int)
    args = parser.parse_args()
    limit_threads()
    design = load_design(args.preset)
    config = with_overrides(design.training, device=args.device, batch_size=args.batch_size)
    if config.optimizer != "adam" or config.loss != "cross_entropy":
        raise SystemExit("the hand-written loop here uses Adam and cross-entropy; pick such a preset")
    data = design_data(design)
    device = torch.device("cuda" if args.device in ("cuda", "auto") and torch.cuda.is_available() else args.device)
    # Alternate the two so that warm-up and machine noise hit both alike, and keep the best
    # epoch of each (as timeit keeps the best run): on a shared machine that is the least
    # disturbed figure.
    cuda = device.type == "cuda"
    hand, hand_fused, ours = [], [], []
    for _ in range(3):
        hand.append(hand_loop(design, data, config, device, args.epochs))
        if cuda:
            hand_fused.append(hand_loop(design, data, config, device, args.epochs, fused=True))
        rate, label = trainer_loop(design, data, config, args.epochs)
        ours.append(rate)
    h, o = max(hand), max(ours)
    print(f"{args.preset} on {label}, {len(data.x_train)} samples, batch {config.batch_size}, "
          f"torch threads {torch.get_num_threads()}")
    print(f"hand-written loop  {h:10.0f} samples/s")
    if cuda:
        print(f"  same, fused Adam {max(hand_fused):10.0f} samples/s")
    print(f"nnstudio trainer   {o:10.0f} samples/s   ratio {o / h:.2f} (target >= 0.95)")
    if cuda:
        print(f"  against the fused hand loop: ratio {o / max(hand_fused):.2f}")


if __name__ == "__main__":
    main()
