"""The command line: `nnstudio [gui] [IMAGE]`, `nnstudio info`, `nnstudio screenshot`, ...

Each subcommand lives in its own module with ``register(subparsers)``; its handler returns
an exit code. Whatever goes wrong with the user's input becomes one line on stderr and exit
code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from .. import __version__
from ..core.errors import InputError
from ..core.i18n import translate
from . import (activations, backprop, bench_devices, broadcast, code, compare, devices, export, filter, gui, info,
               pixels, screenshot, train)

COMMANDS = (gui, info, screenshot, pixels, filter, train, export, activations, backprop, compare, broadcast, code,
            devices, bench_devices)

#: Options of `nnstudio` itself; any other first argument belongs to the app (`gui`).
TOP_LEVEL_OPTIONS = ("-h", "--help", "--version")

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # the shells' own code for a run stopped by Ctrl+C (128 + SIGINT)


class UsageError(Exception):
    """Bad command-line arguments (argparse's complaint, kept to one line)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: error: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="nnstudio",
        description="Learn neural networks and image processing by doing. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"nnstudio {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = {command.NAME for command in COMMANDS}
    if not args_list or (args_list[0] not in commands and args_list[0] not in TOP_LEVEL_OPTIONS):
        args_list = ["gui", *args_list]  # `nnstudio`, `nnstudio IMAGE`, `nnstudio --lang ko` open the app
    try:
        args = parser.parse_args(args_list)
        return int(args.handler(args))
    except UsageError as exc:
        _say(str(exc))
        return EXIT_USAGE
    except InputError as exc:
        _say(translate("CliMain", "nnstudio: error: {message}").format(message=exc))
        return EXIT_USAGE
    except MemoryError:
        _say(translate("CliMain", "nnstudio: error: there is not enough memory for this; use smaller "
                       "sizes."))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say(translate("CliMain", "nnstudio: stopped (Ctrl+C)."))
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one line for the user, the trace when asked for
        if os.environ.get("NNSTUDIO_DEBUG"):
            traceback.print_exc()
        _say(translate("CliMain", "nnstudio: internal error: {kind}: {message} (set NNSTUDIO_DEBUG=1 "
                       "to see the traceback)").format(kind=type(exc).__name__, message=exc))
        return EXIT_INTERNAL


def _say(line: str) -> None:
    """One line on stderr, however many lines the message had."""
    print(" ".join(line.split())[:2000], file=sys.stderr, flush=True)
