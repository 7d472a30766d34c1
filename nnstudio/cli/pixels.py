"""`nnstudio pixels IMAGE -o OUT.png [--mode ...]`: the Pixels tab's conversion, no window.

`nnstudio pixels IN.mp4 -o OUT.mp4 ...` converts every frame as a still image of it would be."""

from __future__ import annotations

import argparse

from ..core.i18n import translate
from ..core.bitdepth import DITHERS, MODES, PLANE_CHANNELS, BitDepthSettings
from ..core.image_io import load_image, save_png
from ..core.pixel_pipeline import PixelSettings, apply
from ..core.resample import INTERPOLATIONS, parse_size
from .arguments import output_file
from .video_frames import check_pairing, filter_video, report

NAME = "pixels"


def _threshold(text: str) -> int | None:
    if text.lower() == "otsu":
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CliPixels", "{text} is not a threshold 0..255 or 'otsu'").format(
            text=repr(text))) from None


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=translate("CliHelp", "change an image's bit depth or resolution and save the result as PNG"),
        description=translate("CliHelp", "Convert IMAGE as the Pixels tab does and write an 8-bit PNG "
        "(a 1-bit result is saved with the values 0 and 255)."),
    )
    parser.add_argument("image", help=translate("CliHelp", "the image file, or a video (every frame is converted)"))
    parser.add_argument("-o", "--output", required=True, type=output_file(),
                        help=translate("CliHelp", "the PNG file to write (a video file for a video)"))
    parser.add_argument("--mode", choices=MODES, default="rgb24", help=translate("CliHelp", "what to turn the image into"))
    parser.add_argument("--bits", type=int, default=4, help=translate("CliHelp", "bits per channel for --mode bits (1..8)"))
    parser.add_argument("--threshold", type=_threshold, default=128, metavar="T|otsu",
                        help=translate("CliHelp", "1-bit: pixels brighter than T become white; 'otsu' picks T"))
    parser.add_argument("--dither", choices=DITHERS, default="none", help=translate("CliHelp", "dithering for 1bit, bits, palette"))
    parser.add_argument("--colors", type=int, default=16, help=translate("CliHelp", "palette size for --mode palette (2..256)"))
    parser.add_argument("--plane", type=int, default=7, help=translate("CliHelp", "bit plane for --mode bitplane (0..7)"))
    parser.add_argument("--channel", choices=PLANE_CHANNELS, default="gray", help=translate("CliHelp", "channel for --mode bitplane"))
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--resize", metavar="WxH", help=translate("CliHelp", "resample to this size first"))
    size.add_argument("--scale", type=float, metavar="F", help=translate("CliHelp", "resample by this factor first"))
    parser.add_argument("--interp", choices=tuple(INTERPOLATIONS), default="area", help=translate("CliHelp", "interpolation for resampling"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    depth = BitDepthSettings(
        mode=args.mode, threshold=args.threshold, dither=args.dither, bits=args.bits,
        colors=args.colors, plane=args.plane, channel=args.channel,
    ).validated()  # bad values fail before the image is read
    settings = PixelSettings(
        depth, size=parse_size(args.resize) if args.resize else None, scale=args.scale, interp=args.interp
    )
    if check_pairing(args.image, args.output):
        video = filter_video(args.image, args.output, lambda frame: apply(frame, settings).image)
        report(args.output, video)
        return 0
    result = apply(load_image(args.image).pixels, settings)
    save_png(args.output, result.image)
    h, w = result.image.shape[:2]
    text = translate("CliPixels", "{path}: {mode}, {w}x{h}, {bits} bits per pixel").format(
        path=args.output, mode=args.mode, w=w, h=h, bits=result.bits_per_pixel)
    if result.threshold is not None:
        text += translate("CliPixels", ", threshold {t}").format(t=result.threshold)
    if result.palette is not None:
        text += translate("CliPixels", ", {k} palette colours").format(k=len(result.palette))
    print(text)
    return 0
