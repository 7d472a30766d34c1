"""`nnstudio export DESIGN.json|PRESET [--weights W] --format onnx|torchscript|script -o OUT`.

onnx and torchscript write the network (with the weights given, or untrained); script writes
a standalone PyTorch training program and its data file beside it (OUT_data.npz).
"""

from __future__ import annotations

import argparse

from .model_args import add_design_arguments, load_model

NAME = "export"
FORMATS = ("onnx", "torchscript", "script")


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help="export a network as ONNX, TorchScript or a PyTorch script")
    add_design_arguments(parser)
    parser.add_argument("--format", required=True, choices=FORMATS, help="what to write")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..nn.export import export_model
    from ..nn.script_export import export_script

    design, data, model = load_model(args)
    if args.format == "script":
        script, data_file = export_script(design, data, args.output)
        print(f"Wrote {script} and its data {data_file}")
    else:
        path = export_model(model, tuple(design.input), args.output, args.format)
        print(f"Wrote {path}")
    return 0
