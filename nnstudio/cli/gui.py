"""`nnstudio [gui] [IMAGE]`: open the app."""

from __future__ import annotations

import argparse


NAME = "gui"


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help="open the app (the default)")
    parser.add_argument("image", nargs="?", help="an image to open at start")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..ui.app import run_gui

    return run_gui(args.image)
