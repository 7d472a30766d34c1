"""`nnstudio info IMAGE [--json]`: what an image is and what it would weigh uncompressed."""

from __future__ import annotations

import argparse
import json

from ..core.i18n import translate
from ..core.image_facts import human_bytes
from ..core.image_io import load_image


NAME = "info"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME, help=translate("CliHelp", "print an image's size, channels, bit depth and uncompressed sizes")
    )
    parser.add_argument("image", help=translate("CliHelp", "the image file"))
    parser.add_argument("--json", action="store_true", help=translate("CliHelp", "print one JSON object"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    source = load_image(args.image).source
    facts = source.info()
    if args.json:
        print(json.dumps(facts))
        return 0
    print(f"{source.name} ({source.format}{', ' + source.mode if source.mode else ''})")
    print(translate("Info", "  size:              {w} x {h} pixels").format(w=facts["width"], h=facts["height"]))
    if source.has_alpha:
        channels = translate("Info", "{n} (with alpha)").format(n=facts["channels"])
    else:
        channels = str(facts["channels"])
    print(translate("Info", "  channels:          {channels}").format(channels=channels))
    print(translate("Info", "  source dtype:      {dtype} ({bits} bits per channel)").format(
        dtype=facts["dtype"], bits=facts["bits_per_channel"]))
    if facts["palette_entries"]:
        colour = translate("Info", "palette of {k} colours").format(k=facts["palette_entries"])
    else:
        colour = facts["colour_type"]
    print(translate("Info", "  colour type:       {colour}, transparency: {transparency}").format(
        colour=colour, transparency=facts["transparency"]))
    print(translate("Info", "  source size:       {bytes} bytes  ({human}, {bits} bits per pixel)").format(
        bytes=f"{facts['bytes_source']:>12,}", human=human_bytes(facts["bytes_source"]), bits=facts["bits_per_pixel"]))
    print(translate("Info", "  uncompressed size:"))
    for key, label in (
        ("bytes_1bit", "1-bit"),
        ("bytes_gray8", translate("Info", "8-bit gray")),
        ("bytes_rgb24", "24-bit RGB"),
        ("bytes_rgba32", "32-bit RGBA"),
    ):
        print(translate("Info", "    {label} {bytes} bytes  ({human})").format(
            label=f"{label:<12}", bytes=f"{facts[key]:>12,}", human=human_bytes(facts[key])))
    return 0
