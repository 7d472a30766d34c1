"""The arguments `nnstudio export`, `activations` and `gradcam` share: a design and its weights,
and one input (a picture or a test sample)."""

from __future__ import annotations

import argparse

from ..core.errors import InputError
from ..core.i18n import translate
from .arguments import whole


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


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--input", metavar="IMAGE", help=translate("CliHelp", "a picture, converted to the network's input"))
    source.add_argument("--sample", type=whole(0, 2**31 - 1), metavar="I", help=translate("CliHelp", "sample I of the test split"))


def chosen_input(args: argparse.Namespace, design, data):
    """(x, what) for --sample or --input: the test sample, or the picture converted to the
    network's input as the app does (size, channels, range); ``what`` says which in words."""
    from ..core.image_io import load_image
    from ..core.model_input import to_model_input

    if args.sample is not None:
        if not 0 <= args.sample < len(data.x_test):
            raise InputError(translate("CliActivations", "--sample must be between 0 and {last} (the test split of "
                                       "{name} has {n} samples).").format(
                last=len(data.x_test) - 1, name=data.name, n=len(data.x_test)))
        return data.x_test[args.sample], translate("CliActivations", "test sample {i} (label {label})").format(
            i=args.sample, label=data.class_names[int(data.y_test[args.sample])])
    converted = to_model_input(load_image(args.input).pixels, tuple(design.input))
    return converted.array, converted.steps
