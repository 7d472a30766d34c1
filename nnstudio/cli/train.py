"""`nnstudio train DESIGN.json|PRESET ...`: train a design without the GUI, same core code.

With --json every epoch is one JSON object on its own line, then a final line with
"final": true, the last epoch's figures and the device, so scripts and tests can read it.

The numbers take the ranges the Training panel offers (nn.design_limits), and --save is
checked before training starts. Ctrl+C stops after the current batch: the epochs already
trained are kept (saved with --save) and the command exits 130.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from contextlib import contextmanager
from dataclasses import replace

from ..core.errors import InputError
from ..core.i18n import translate
from ..nn.design_limits import TRAINING_RANGES
from .arguments import number, output_file, whole

NAME = "train"


def _ranged(key: str):
    limits = TRAINING_RANGES[key]
    maker = whole if limits.kind is int else number
    return maker(limits.minimum, limits.maximum)


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=translate("CliHelp", "train a network design (a JSON file or a preset)"))
    parser.add_argument("design", help=translate("CliHelp", "a design file, or a preset name such as mlp_xor"))
    parser.add_argument("--dataset", help=translate("CliHelp", "train on this data set instead of the design's"))
    parser.add_argument("--data", metavar="TABLE", help=translate("CliHelp", "train on your own CSV/TSV table; the "
                        "design's input and output sizes follow it"))
    parser.add_argument("--label", default="", help=translate("CliHelp", "with --data: the column of labels, by name "
                        "or number (default: the last column)"))
    parser.add_argument("--features", default="", help=translate("CliHelp", "with --data: feature columns, "
                        "comma-separated (default: every other column)"))
    parser.add_argument("--encoding", default="auto", help=translate("CliHelp", "with --data: utf-8, cp949, … "
                        "(default: found from the file)"))
    parser.add_argument("--delimiter", help=translate("CliHelp", "with --data: the cell separator (default: found "
                        "from the file)"))
    parser.add_argument("--task", choices=("auto", "classify", "regress"), default="auto",
                        help=translate("CliHelp", "with --data: classes or a number to predict (default: a label "
                                       "column of more than 50 different numbers is a number to predict)"))
    parser.add_argument("--epochs", type=_ranged("epochs"), help=translate("CliHelp", "number of epochs (1 … 100,000)"))
    parser.add_argument("--batch-size", type=_ranged("batch_size"), help=translate("CliHelp", "samples per optimiser step (1 … 65,536)"))
    parser.add_argument("--lr", type=_ranged("lr"), help=translate("CliHelp", "learning rate (1e-05 … 10)"))
    parser.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"), help=translate("CliHelp", "where to train"))
    parser.add_argument("--seed", type=_ranged("seed"), help=translate("CliHelp", "random seed (weights, shuffling)"))
    parser.add_argument("--save", metavar="WEIGHTS", type=output_file(),
                        help=translate("CliHelp", "save the trained weights here (checked before training starts)"))
    parser.add_argument("--tensorboard", metavar="DIR", help=translate(
        "CliHelp", "also write the run's losses, accuracies, learning rate and weight histograms as TensorBoard "
        "event files into DIR (made if missing); view with: tensorboard --logdir DIR"))
    parser.add_argument("--json", action="store_true", help=translate("CliHelp", "one JSON object per epoch"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # torch is imported here, not at start-up: the other commands stay fast.
    from ..nn.build import save_weights
    from ..nn.data_fit import fit_design_to_data
    from ..nn.design import load_design
    from ..nn.tensorboard_export import RunLog, model_weights
    from ..nn.train import Trainer, design_data, with_overrides

    design = load_design(args.design)
    config = with_overrides(design.training, epochs=args.epochs, batch_size=args.batch_size,
                            lr=args.lr, device=args.device, seed=args.seed)
    if args.data:
        data = _table(args, design)
        design = fit_design_to_data(design, data)
    else:
        if args.task != "auto":
            raise InputError(translate("CliTrain", "--{option} goes with --data TABLE.").format(option="task"))
        for option in ("label", "features", "delimiter"):
            if getattr(args, option):
                raise InputError(translate("CliTrain", "--{option} goes with --data TABLE.").format(option=option))
        data = design_data(design, args.dataset)
    trainer = Trainer(design, data, config)
    # Opened before training, so that a folder that cannot be written stops the command now;
    # each epoch is written as it ends (a stopped run keeps its epochs).
    log = RunLog(args.tensorboard) if args.tensorboard else None
    batches = -(-len(data.x_train) // min(config.batch_size, len(data.x_train)))
    if not args.json:
        print(translate("CliTrain", "Training {design} on {data} ({train} train, {test} test samples) on "
                        "{device}: {epochs} epochs of {batches} batches (Ctrl+C stops)").format(
            design=design.name, data=data.name, train=len(data.x_train), test=len(data.x_test),
            device=trainer.device_label, epochs=f"{config.epochs:,}", batches=f"{batches:,}"), flush=True)
    last = None
    stop = threading.Event()
    with _ctrl_c_sets(stop):
        for result in trainer.epochs(stop=stop):
            last = result
            if log is not None:
                log.add_epoch(result, model_weights(trainer.model))
            if args.json:
                print(json.dumps(result.as_json()), flush=True)
            elif result.task == "regress":
                print(translate("CliTrain", "epoch {epoch}  loss {loss}  R² {r2}  test loss {test_loss}  test R² "
                                "{test_r2}  {ms} ms").format(
                    epoch=f"{result.epoch:4d}", loss=f"{result.train_loss:.4f}", r2=f"{result.train_acc:.3f}",
                    test_loss=f"{result.test_loss:.4f}", test_r2=f"{result.test_acc:.3f}",
                    ms=f"{result.seconds * 1000:.0f}"), flush=True)
            else:
                print(translate("CliTrain", "epoch {epoch}  loss {loss}  acc {acc}  test loss {test_loss}  test acc "
                                "{test_acc}  {ms} ms").format(
                    epoch=f"{result.epoch:4d}", loss=f"{result.train_loss:.4f}", acc=f"{result.train_acc:6.1%}",
                    test_loss=f"{result.test_loss:.4f}", test_acc=f"{result.test_acc:6.1%}",
                    ms=f"{result.seconds * 1000:.0f}"), flush=True)
    if log is not None:
        log.close()
    if stop.is_set():
        # Stopped between two batches: the unfinished epoch is dropped from the figures; the
        # weights are those the model has now.
        if args.save:
            save_weights(trainer.model, args.save)
        print(translate("CliTrain", "nnstudio: stopped (Ctrl+C) after {n} of {total} epochs{saved}.").format(
            n=0 if last is None else last.epoch, total=f"{config.epochs:,}",
            saved=translate("CliTrain", "; weights saved to {path}").format(path=args.save)
            if args.save else ""), file=sys.stderr, flush=True)
        return 130
    if last is None:
        raise InputError(translate("CliTrain", "No epoch was trained; ask for at least one."))
    if args.save:
        save_weights(trainer.model, args.save)  # atomic; InputError says why it failed
    if args.json:
        # train_acc is measured while training (dropout on); train_acc_eval measures the
        # training split as test_acc measures the test split, so the two compare fairly.
        _, train_acc_eval = trainer.evaluate(trainer.x_train, trainer.y_train)
        params = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad)
        measured = "train_r2_eval" if last.task == "regress" else "train_acc_eval"
        print(json.dumps({**last.as_json(), "final": True, "device": last.device,
                          measured: train_acc_eval, "params": params}), flush=True)
    elif last.task == "regress":
        epochs = last.epoch
        print(translate("CliTrain", "final: test R² {r2}, test MSE {mse} after %n epoch(s){saved}", None, epochs).format(
            r2=f"{last.test_acc:.3f}", mse=f"{last.test_mse:.4g}",
            saved=translate("CliTrain", "; weights saved to {path}").format(path=args.save) if args.save else ""))
    else:
        epochs = last.epoch
        print(translate("CliTrain", "final: test accuracy {acc} after %n epoch(s){saved}", None, epochs).format(
            acc=f"{last.test_acc:.1%}",
            saved=translate("CliTrain", "; weights saved to {path}").format(path=args.save) if args.save else ""))
    return 0


def _table(args: argparse.Namespace, design):
    """The learner's table as the data set, split and seeded as the design's data set is."""
    from ..core.dataset_registry import load_dataset
    from ..nn.design import data_options

    if args.dataset:
        raise InputError(translate("CliTrain", "Give either --dataset or --data, not both."))
    opts = data_options({k: v for k, v in design.dataset.items() if k in ("test_ratio", "seed")})
    features = [f.strip() for f in args.features.split(",") if f.strip()]
    extra = {"label": args.label, "features": features, "encoding": args.encoding, "task": args.task}
    if args.delimiter:
        extra["delimiter"] = args.delimiter
    return load_dataset("table-file", replace(opts, file=args.data, extra=extra))


@contextmanager
def _ctrl_c_sets(stop: threading.Event):
    """While training, Ctrl+C sets `stop` (the trainer stops after the current batch); a
    second Ctrl+C interrupts at once. Only the main thread can own SIGINT."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_sigint(_signum, _frame) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
