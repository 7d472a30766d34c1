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
from ..core import i18n
from ..core.i18n import translate
from . import (activations, backprop, bench_devices, broadcast, code, compare, devices, export, filter, gradcam, gui,
               info, lesson, pixels, screenshot, train)

COMMANDS = (gui, info, screenshot, pixels, filter, train, export, activations, backprop, compare, lesson, broadcast,
            code, devices, bench_devices, gradcam)

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
        description=translate("CliMain", "Learn neural networks and image processing by doing. "
                              "With no command, opens the app."),
    )
    parser.add_argument("--version", action="version", version=f"nnstudio {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    for sub in subparsers.choices.values():  # every command speaks the language --lang names
        if "--lang" not in sub._option_string_actions:
            gui.add_language_option(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = _lang_after_command(list(sys.argv[1:] if argv is None else argv))
    use_language(requested_language(args_list))
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


def requested_language(args: Sequence[str]) -> str:
    """The language of the messages: ``--lang`` when it names one, else the system's
    (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as the GUI's default reads them)."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            args[i + 1] if arg == "--lang" and i + 1 < len(args) else None)
        if value in gui.LANGUAGES:
            return value
    return system_language()


def system_language() -> str:
    """"ko" when the environment's locale is Korean, else "en" (no Qt needed to tell)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "ko" if value.split(":")[0].lower().startswith("ko") else "en"
    return "en"


def use_language(language: str) -> None:
    """Korean messages load nnstudio_ko.qm (through Qt's translator, without a window);
    English is the sources themselves, so nothing is loaded for it."""
    if language == "ko":
        from ..ui.cli_language import install_cli_language

        install_cli_language(language)
    else:
        i18n.install(None)


def _lang_after_command(args: list[str]) -> list[str]:
    """`nnstudio --lang ko info x.png` as `nnstudio info --lang ko x.png`: the option given
    before a command belongs to that command (every command takes it)."""
    commands = {command.NAME for command in COMMANDS}
    taken: list[str] = []
    while args and (args[0] == "--lang" or args[0].startswith("--lang=")):
        width = 1 if args[0].startswith("--lang=") else 2
        taken, args = taken + args[:width], args[width:]
    if taken and args and args[0] in commands:
        return [args[0], *taken, *args[1:]]
    return taken + args


def _say(line: str) -> None:
    """One line on stderr, however many lines the message had."""
    print(" ".join(line.split())[:2000], file=sys.stderr, flush=True)
