"""Argument types every subcommand shares: bounded numbers and output files checked up front.

The CLI's promise is that any argument ends in exit 0 with valid output, or exit 2 with one
line on stderr. So a number is refused by argparse when it is outside what the command can
do (stated in the sentence), and an output file is checked before any work starts: a long
training never ends in "could not save".
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from pathlib import Path

from ..core.atomic_write import check_writable
from ..core.i18n import translate


def whole(minimum: int, maximum: int) -> Callable[[str], int]:
    """An argparse type: a whole number from minimum to maximum."""
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("CliArguments", "{text} is not a whole number").format(text=_short(text))) from None
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(translate(
                "CliArguments", "{value} is outside {lo} … {hi}").format(
                value=_short(text)[1:-1], lo=f"{minimum:,}", hi=f"{maximum:,}"))
        return value
    parse.__name__ = "whole number"  # argparse names the type in its messages
    return parse


def number(minimum: float, maximum: float) -> Callable[[str], float]:
    """An argparse type: a finite number from minimum to maximum."""
    def parse(text: str) -> float:
        try:
            value = float(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("CliArguments", "{text} is not a number").format(text=_short(text))) from None
        if not math.isfinite(value) or not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(translate(
                "CliArguments", "{value} is outside {lo:g} … {hi:g}").format(
                value=_short(text)[1:-1], lo=minimum, hi=maximum))
        return value
    parse.__name__ = "number"
    return parse


def output_file(*suffixes: str) -> Callable[[str], str]:
    """An argparse type: a file that can be written now (its folder exists and is writable),
    with one of the suffixes when any are given."""
    def parse(text: str) -> str:
        if suffixes and Path(text).suffix.lower() not in suffixes:
            raise argparse.ArgumentTypeError(translate(
                "CliArguments", "{name} must end in {suffixes}").format(
                name=_short(Path(text).name), suffixes=" or ".join(suffixes)))
        try:
            check_writable(text)
        except (ValueError, OSError) as exc:  # InputError is a ValueError
            raise argparse.ArgumentTypeError(str(exc).rstrip(".")) from None
        return text
    parse.__name__ = "output file"
    return parse


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
