"""The arguments `nnstudio export` and `nnstudio activations` share: a design and its weights."""

from __future__ import annotations

import argparse

from ..core.i18n import translate


def add_design_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("design", help=translate("CliHelp", "a design file, or a preset name such as lenet_digits"))
    parser.add_argument("--weights", metavar="W",
                        help=translate("CliHelp", "trained weights saved by `nnstudio train --save` (untrained if left out)"))


def load_model(args: argparse.Namespace):
    """(design, data set, model) from the arguments; InputError for anything wrong."""
    # torch is imported here, not at start-up: the other commands stay fast.
    from ..nn.design_source import design_model, open_design_and_data

    design, data = open_design_and_data(args.design)
    return design, data, design_model(design, data, args.weights)
