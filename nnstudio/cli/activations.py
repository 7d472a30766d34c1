"""`nnstudio activations DESIGN.json|PRESET [--weights W] (--input IMAGE | --sample I) -o OUT.npz`.

Saves every layer's output for one input, one array per layer keyed "<index>_<layer>" (for
example "0_Conv2d"), shaped as PyTorch gives it, batch axis included: (1, C, H, W) or (1, F).
--sample takes sample I of the design's test split; --input converts a picture to the
network's input as the app does (size, channels, range).
"""

from __future__ import annotations

import argparse

from ..core.i18n import translate
from .arguments import output_file
from .model_args import add_design_arguments, add_input_arguments, chosen_input, load_model

NAME = "activations"


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=translate("CliHelp", "save every layer's output for one input (.npz)"))
    add_design_arguments(parser)
    add_input_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.npz", type=output_file(),
                        help=translate("CliHelp", "the file to write (exactly this name: .npz is not added)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..nn.activations import capture_activations, save_activations_npz

    design, data, model = load_model(args)
    x, what = chosen_input(args, design, data)
    captures = capture_activations(model, x[None])
    save_activations_npz(args.output, captures)
    layers = len(captures)
    print(translate("CliActivations", "Wrote %n layer(s) for {what} to {path}", None, layers).format(
        what=what, path=args.output))
    return 0
