'''File ▸ Export model ▸ PyTorch script: a standalone, readable program that rebuilds the
design's network, loads its data and trains it as the app does.

The script imports only torch and numpy, never nnstudio: the data set is saved beside it as
``<script>_data.npz`` (the exact train/test split the app uses, so the same seed gives the
same accuracy), and its layers are written out as plain ``nn.Sequential`` code. Run plainly it
trains in one process; under ``torchrun --nproc_per_node=N`` it trains with
DistributedDataParallel (gloo on the CPU, nccl on CUDA), each process taking its share of
every batch, so the gradients are the same as with one process.
'''

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..core.atomic_write import check_writable, write_text, write_with
from ..core.dataset_registry import DataSet
from ..core.errors import InputError
from ..core.i18n import translate
from .design import Design, validate

_LOSSES = {
    "cross_entropy": '''\
def loss_and_correct(out, y):
    """Summed cross-entropy and the number of right answers."""
    return F.cross_entropy(out, y, reduction="sum"), (out.argmax(1) == y).sum()
''',
    "bce": '''\
def loss_and_correct(out, y):
    """Summed binary cross-entropy on logits (a final Sigmoid is skipped while training)."""
    if out.shape[1] == 1:
        target = y.to(out.dtype)[:, None]
        return (F.binary_cross_entropy_with_logits(out, target, reduction="sum"),
                ((out[:, 0] > 0).long() == y).sum())
    target = F.one_hot(y, out.shape[1]).to(out.dtype)
    return F.binary_cross_entropy_with_logits(out, target, reduction="sum"), (out.argmax(1) == y).sum()
''',
    "mse": '''\
def loss_and_correct(out, y):
    """Summed squared error against one-hot targets (the label itself for one output)."""
    if out.shape[1] == 1:
        target = y.to(out.dtype)[:, None]
        return F.mse_loss(out, target, reduction="sum"), ((out[:, 0] > 0.5).long() == y).sum()
    target = F.one_hot(y, out.shape[1]).to(out.dtype)
    return F.mse_loss(out, target, reduction="sum") / out.shape[1], (out.argmax(1) == y).sum()
''',
}

_TEMPLATE = '''\
"""{name}: {description}

Written by nnstudio (File > Export model > PyTorch script). Needs only torch and numpy.
The data ({dataset}: {n_train} training and {n_test} test samples) is in {data_file}.

    python {script}                                   # one process
    torchrun --nproc_per_node=2 {script}              # DistributedDataParallel
"""

import argparse
import os
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn
from torch.nn.parallel import DistributedDataParallel

DATA_FILE = Path(__file__).with_name("{data_file}")
CLASSES = {classes!r}
AUGMENT = {augment!r}  # flip and shift each training batch, as nnstudio's "Augment" option does


def build_model():
    return nn.Sequential(
{layers}
    )


{loss}

{augment_code}

def make_optimizer(model, lr):
{optimizer}


def evaluate(net, x, y):
    """Mean loss and accuracy over a whole split, in chunks."""
    net.eval()
    total, correct = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(x), 4096):
            loss, right = loss_and_correct(net(x[start:start + 4096]), y[start:start + 4096])
            total, correct = total + float(loss), correct + int(right)
    return total / len(x), correct / len(x)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default={epochs})
    parser.add_argument("--batch-size", type=int, default={batch_size})
    parser.add_argument("--lr", type=float, default={lr!r})
    parser.add_argument("--seed", type=int, default={seed})
    parser.add_argument("--save", help="save the trained weights (a state dict) here")
    args = parser.parse_args()

    # torchrun sets WORLD_SIZE, RANK and LOCAL_RANK; a plain run is a world of one.
    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    if torch.cuda.is_available():
        device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
        torch.cuda.set_device(device)
    else:
        device = torch.device("cpu")
    if world > 1:
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")

    data = np.load(DATA_FILE)
    x_train = torch.from_numpy(data["x_train"].astype(np.float32)).to(device)
    y_train = torch.from_numpy(data["y_train"].astype(np.int64)).to(device)
    x_test = torch.from_numpy(data["x_test"].astype(np.float32)).to(device)
    y_test = torch.from_numpy(data["y_test"].astype(np.int64)).to(device)

    # The same seed in every process: the same first weights and the same shuffles.
    torch.manual_seed(args.seed)
    model = build_model().to(device)
    # The loss takes raw scores, so the final {skipped} is left out while training.
    net = model{train_slice}
    ddp = DistributedDataParallel(net) if world > 1 else net
    optimizer = make_optimizer(model, args.lr)
    generator = torch.Generator().manual_seed(args.seed)
    n, batch = len(x_train), min(args.batch_size, len(x_train))

    for epoch in range(1, args.epochs + 1):
        model.train()
        order = torch.randperm(n, generator=generator).to(device)
        xs, ys = x_train[order], y_train[order]
        for start in range(0, n, batch):
            # Each process takes every world-th sample of the batch; DDP averages the
            # gradients, which gives the batch's mean gradient as one process would.
            xb, yb = xs[start:start + batch], ys[start:start + batch]
            if AUGMENT and xb.dim() == 4:  # the whole batch, as in one process: same draws
                xb = augment_batch(xb, generator)
            xb, yb = xb[rank::world], yb[rank::world]
            if len(xb) == 0:
                continue
            loss, _ = loss_and_correct(ddp(xb), yb)
            optimizer.zero_grad(set_to_none=True)
            (loss / len(xb)).backward()
            optimizer.step()
        test_loss, test_acc = evaluate(net, x_test, y_test)
        if rank == 0:
            print(f"epoch {{epoch}}  test loss {{test_loss:.4f}}  test accuracy {{test_acc:.4f}}", flush=True)

    if rank == 0 and args.save:
        torch.save(model.state_dict(), args.save)
    if world > 1:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
'''


def _layer_code(design: Design, num_classes: int) -> list[str]:
    """One constructor call per layer, with the input sizes filled in as build_model does."""
    lines = []
    for info in validate(design, num_classes).layers:
        kwargs = {k: tuple(v) if isinstance(v, list) else v for k, v in info.settings.items()}
        if info.type == "Linear":
            kwargs = {"in_features": info.in_shape[0], **kwargs}
        elif info.type == "Conv2d":
            kwargs = {"in_channels": info.in_shape[0], **kwargs}
        elif info.type in ("BatchNorm1d", "BatchNorm2d"):
            kwargs = {"num_features": info.in_shape[0], **kwargs}
        args = ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
        lines.append(f"        nn.{info.type}({args}),  # -> {tuple(info.out_shape)}")
    return lines


def _optimizer_code(design: Design) -> str:
    # The same constructor the Code view writes: every optimiser, Nesterov included
    # (imported here: code_export builds on this module's layer code).
    from .code_export import torch_optimizer_code

    return "    return " + torch_optimizer_code(design.training, lr="lr")


def script_text(design: Design, data: DataSet, script_name: str, data_name: str) -> str:
    import inspect

    from .train import augment_batch

    if data.task == "regress":  # the script's loop counts right classes and reads labels as ints
        raise InputError(translate("ScriptExport", "The standalone script trains classifiers only; export this "
                                   "regression network as ONNX (.onnx) or TorchScript (.pt) instead."))
    c = design.training
    if c.loss not in _LOSSES:  # mae, huber: losses for a number, which this data set is not
        raise InputError(translate("ScriptExport", "The {loss} loss is for predicting numbers; choose "
                                   "cross-entropy, BCE or MSE to export a script for classes.").format(loss=c.loss))
    last = design.layers[-1]["type"] if design.layers else ""
    skip = (c.loss == "cross_entropy" and last == "Softmax") or (c.loss == "bce" and last == "Sigmoid")
    skip = skip and len(design.layers) > 1
    return _TEMPLATE.format(
        name=design.name, description=design.description or "a network designed in nnstudio.",
        dataset=data.name, n_train=len(data.x_train), n_test=len(data.x_test),
        data_file=data_name, script=script_name, classes=tuple(data.class_names),
        layers="\n".join(_layer_code(design, data.num_classes)), loss=_LOSSES[c.loss],
        optimizer=_optimizer_code(design), epochs=c.epochs, batch_size=c.batch_size, lr=c.lr,
        seed=c.seed, skipped=last if skip else "layer (none here)", train_slice="[:-1]" if skip else "",
        # The trainer's own function, copied word for word: the script draws what the app draws.
        augment=bool(c.augment), augment_code=inspect.getsource(augment_batch),
    )


def data_path_for(script: str | Path) -> Path:
    script = Path(script)
    return script.with_name(script.stem + "_data.npz")


def export_script(design: Design, data: DataSet, path: str | Path) -> tuple[Path, Path]:
    """Write the script and its data file beside it; returns both paths."""
    path = Path(path)
    data_file = data_path_for(path)
    check_writable(path)
    check_writable(data_file)
    text = script_text(design, data, path.name, data_file.name)  # refuses a bad design first
    write_with(data_file, lambda handle: np.savez_compressed(
        handle, x_train=data.x_train, y_train=data.y_train, x_test=data.x_test, y_test=data.y_test))
    write_text(path, text)
    return path, data_file
