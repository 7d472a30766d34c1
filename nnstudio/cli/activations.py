"""`nnstudio activations DESIGN.json|PRESET [--weights W] (--input IMAGE | --sample I) -o OUT.npz`.

Saves every layer's output for one input, one array per layer keyed "<index>_<layer>" (for
example "0_Conv2d"), shaped as PyTorch gives it, batch axis included: (1, C, H, W) or (1, F).
--sample takes sample I of the design's test split; --input converts a picture to the
network's input as the app does (size, channels, range).
"""

from __future__ import annotations

import argparse

from ..core.i18n import translate
from ..core.errors import InputError
from .arguments import output_file, whole
from .model_args import add_design_arguments, load_model

NAME = "activations"


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=translate("CliHelp", "save every layer's output for one input (.npz)"))
    add_design_arguments(parser)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--input", metavar="IMAGE", help=translate("CliHelp", "a picture, converted to the network's input"))
    source.add_argument("--sample", type=whole(0, 2**31 - 1), metavar="I", help=translate("CliHelp", "sample I of the test split"))
    parser.add_argument("-o", "--output", required=True, metavar="OUT.npz", type=output_file(),
                        help=translate("CliHelp", "the file to write (exactly this name: .npz is not added)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..core.image_io import load_image
    from ..core.model_input import to_model_input
    from ..nn.activations import capture_activations, save_activations_npz

    design, data, model = load_model(args)
    if args.sample is not None:
        if not 0 <= args.sample < len(data.x_test):
            raise InputError(translate("CliActivations", "--sample must be between 0 and {last} (the test split of "
                                       "{name} has {n} samples).").format(
                last=len(data.x_test) - 1, name=data.name, n=len(data.x_test)))
        x = data.x_test[args.sample]
        what = translate("CliActivations", "test sample {i} (label {label})").format(
            i=args.sample, label=data.class_names[int(data.y_test[args.sample])])
    else:
        converted = to_model_input(load_image(args.input).pixels, tuple(design.input))
        x, what = converted.array, converted.steps
    captures = capture_activations(model, x[None])
    save_activations_npz(args.output, captures)
    layers = len(captures)
    print(translate("CliActivations", "Wrote %n layer(s) for {what} to {path}", None, layers).format(
        what=what, path=args.output))
    return 0
