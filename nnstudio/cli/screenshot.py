"""`nnstudio screenshot`: save a picture of the real main window, rendered offscreen."""

from __future__ import annotations

import argparse
import re

from ..core.i18n import translate
from .arguments import output_file
from .gui import add_language_option

TABS = ("pixels", "filters", "network", "learning", "tensors")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)[xX](\d+)", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(translate("CliScreenshot", "{text} is not a size like 1280x800").format(
            text=repr(text)))
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 8000 and 150 <= height <= 8000):
        raise argparse.ArgumentTypeError(translate("CliScreenshot", "{text} is outside 200x150 .. 8000x8000").format(
            text=text))
    return width, height


NAME = "screenshot"


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=translate("CliHelp", "render the main window offscreen to a PNG"))
    parser.add_argument("--tab", choices=TABS, default="pixels", help=translate("CliHelp", "the tab to show"))
    parser.add_argument("--image", help=translate("CliHelp", "the image to load (default: the built-in sample)"))
    parser.add_argument("--size", type=_size, default=(1280, 800), help=translate("CliHelp", "window size, WxH"))
    parser.add_argument("-o", "--output", required=True, type=output_file(), help=translate("CliHelp", "the PNG file to write"))
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..ui.screenshot import render_screenshot

    render_screenshot(args.output, tab=args.tab, image=args.image, size=args.size, language=args.lang)
    return 0
