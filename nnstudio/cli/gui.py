"""`nnstudio [gui] [--lang ko|en] [IMAGE]`: open the app."""

from __future__ import annotations

import argparse

from ..core.i18n import translate

NAME = "gui"

#: The interface languages ``--lang`` accepts (the View ▸ Language menu offers the same).
LANGUAGES = ("ko", "en")


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=None,
        help=translate("Cli", "interface language: ko (Korean) or en (English); default: the "
                       "language chosen in View ▸ Language, else the system's"),
    )


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=translate("Cli", "open the app (the default)"))
    parser.add_argument("image", nargs="?", help=translate("Cli", "an image to open at start"))
    add_language_option(parser)
    parser.add_argument("--clean", action="store_true",
                        help=translate("Cli", "start with a clean session instead of the one saved when "
                                       "nnstudio last closed"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..ui.app import run_gui

    return run_gui(args.image, language=args.lang, clean=args.clean)
