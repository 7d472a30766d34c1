"""`nnstudio export DESIGN.json|PRESET [--weights W] --format onnx|torchscript|script -o OUT`.

onnx and torchscript write the network (with the weights given, or untrained); script writes
a standalone PyTorch training program and its data file beside it (OUT_data.npz).
"""

from __future__ import annotations

import argparse

from ..core.i18n import translate
from ..core.atomic_write import check_writable
from .arguments import output_file
from .model_args import add_design_arguments, load_model

NAME = "export"
FORMATS = ("onnx", "torchscript", "script")


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=translate("CliHelp", "export a network as ONNX, TorchScript or a PyTorch script"))
    add_design_arguments(parser)
    parser.add_argument("--format", required=True, choices=FORMATS, help=translate("CliHelp", "what to write"))
    parser.add_argument("-o", "--output", required=True, metavar="OUT", type=output_file(),
                        help=translate("CliHelp", "the file to write (its folder must exist)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..nn.export import export_model
    from ..nn.script_export import data_path_for, export_script

    if args.format == "script":
        check_writable(data_path_for(args.output))  # both files, before any work
    design, data, model = load_model(args)
    if args.format == "script":
        script, data_file = export_script(design, data, args.output)
        print(translate("CliExport", "Wrote {script} and its data {data}").format(script=script, data=data_file))
    else:
        path = export_model(model, tuple(design.input), args.output, args.format)
        print(translate("CliExport", "Wrote {path}").format(path=path))
        if args.format == "onnx":  # what the file is for, where it has just been made
            print(translate("CliExport", "Look at it in Netron (pip install netron; netron {path}), or run it with ONNX "
                            "Runtime or OpenVINO on other hardware.").format(path=path))
    return 0
