"""`nnstudio compare DESIGN|PRESET DESIGN|PRESET … [--epochs N] [--device D] [--json]`: train
each design with its own settings and print one table: parameters, train and test accuracy,
time per epoch. The pair the notes talk about: `nnstudio compare mlp_shapes cnn_shapes`.
"""

from __future__ import annotations

import argparse
import json

from ..core.errors import InputError
from ..core.i18n import translate
from ..nn.design_limits import TRAINING_RANGES
from .arguments import whole

NAME = "compare"


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=translate("CliHelp", "train designs and compare parameters, accuracy, time"))
    parser.add_argument("designs", nargs="+", metavar="DESIGN",
                        help=translate("CliHelp", "design files or preset names, such as mlp_shapes cnn_shapes"))
    epochs = TRAINING_RANGES["epochs"]
    parser.add_argument("--epochs", type=whole(epochs.minimum, epochs.maximum),
                        help=translate("CliHelp", "epochs for every design (each its own by default)"))
    parser.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"), help=translate("CliHelp", "where to train"))
    parser.add_argument("--json", action="store_true", help=translate("CliHelp", "one JSON object per design"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..nn.compare import compare
    from ..nn.design import load_design

    if args.epochs is not None and args.epochs < 1:
        raise InputError(translate("CLI", "--epochs must be at least 1."))
    for name in args.designs:  # every name checked before anything is trained
        load_design(name)
    if not args.json:
        heads = [translate("CLI", "design"), translate("CLI", "parameters"),
                 translate("CLI", "train acc"), translate("CLI", "test acc"),
                 translate("CLI", "s/epoch")]
        print(f"{heads[0]:<24}{heads[1]:>12}{heads[2]:>11}{heads[3]:>10}{heads[4]:>10}")
    for row in compare(args.designs, args.epochs, args.device):
        if args.json:
            print(json.dumps(row.as_json()), flush=True)
        else:
            print(f"{row.name:<24}{row.params:>12,}{row.train_acc:>11.1%}{row.test_acc:>10.1%}"
                  f"{row.seconds_per_epoch:>10.3f}", flush=True)
    return 0
