"""`nnstudio code DESIGN|PRESET --framework pytorch|keras [-o FILE.py]`: the design as code.

The file defines build_model() and trains on stand-in data only when run as a program.
Without -o the code is printed.
"""

from __future__ import annotations

import argparse

from ..core.i18n import translate
from ..nn.code_export import FRAMEWORKS, design_code, write_code
from ..nn.design_file import load_design
from .arguments import output_file

NAME = "code"


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help="write a design as PyTorch or Keras 3 code")
    parser.add_argument("design", help="a design file (.json) or a preset name, e.g. lenet_digits")
    parser.add_argument("--framework", choices=FRAMEWORKS, default="pytorch")
    parser.add_argument("-o", "--output", type=output_file(".py"), help="FILE.py (default: print the code)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    design = load_design(args.design)
    if args.output is None:
        print(design_code(design, args.framework), end="")
        return 0
    path = write_code(design, args.framework, args.output)
    print(translate("CliCode", "{path} ({framework}: build_model() and a training loop under __main__)").format(
        path=path, framework=args.framework))
    return 0
