"""`nnstudio filter IMAGE -o OUT.png|OUT.npy ...`: conv → activation → pool without the GUI.

The semantics are torch's: depthwise cross-correlation on float32 0..255 values, padding P
on every side in the given mode, then the activation, then max/avg pooling. ``.npy`` keeps
the raw float32 (C, H, W) result; ``.png`` shows it min–max scaled to 0..255.
`nnstudio filter IN.mp4 -o OUT.mp4 ...` does the same to every frame, each frame exactly the
PNG a still image of it would give.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from ..core.activations import ACTIVATIONS
from ..core.atomic_write import write_with
from ..core.conv_layer import ConvLayerStage, LayerKernel, read_kernel_argument
from ..core.convolution import PAD_MODES, ConvSettings
from ..core.i18n import translate
from ..core.image_io import load_image, save_png
from ..core.pipeline import ActivationStage, ConvStage, PoolStage, run_pipeline
from ..core.pooling import PoolSettings
from .arguments import output_file, whole
from .video_frames import VIDEO_OUTPUTS, check_pairing, filter_video, report

NAME = "filter"


#: Sizes the filter command accepts; far beyond any teaching use, and small enough that a
#: padded image stays within memory (100 MP images, 1,024 pixels on every side).
MAX_STEP = 1024
_size = whole(1, MAX_STEP)


def _padding(text: str) -> str | int:
    if text in ("valid", "same"):
        return text
    try:
        return whole(0, MAX_STEP)(text)
    except argparse.ArgumentTypeError as exc:
        raise argparse.ArgumentTypeError(
            translate("CliFilter", "{reason} (valid, same or 0 … {limit} pixels)").format(
                reason=exc, limit=MAX_STEP)) from None


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME, help=translate("CliHelp", "convolve an image with a kernel, then an activation and pooling (torch semantics)")
    )
    parser.add_argument("image", help=translate("CliHelp", "the image file, or a video (every frame is filtered)"))
    parser.add_argument("-o", "--output", required=True, type=output_file(".png", ".npy", *VIDEO_OUTPUTS),
                        help=translate("CliHelp", "OUT.png (min-max scaled) or OUT.npy (float32 C,H,W); OUT.mp4 for a video"))
    parser.add_argument("--kernel", default="identity",
                        help=translate("CliHelp", "a preset name, a matrix like '[[0,1,0],[1,-4,1],[0,1,0]]' (each channel "
                                       "on its own), or a layer kernel C_out×C_in×k×k as nested lists or "
                                       "{\"weight\": ..., \"bias\": ...}, inline or in a .json file (torch's conv2d "
                                       "with groups=1)"))
    parser.add_argument("--stride", type=_size, default=1)
    parser.add_argument("--padding", type=_padding, default=0, help=translate("CliHelp", "valid, same or P pixels on every side"))
    parser.add_argument("--pad-mode", choices=PAD_MODES, default="zero")
    parser.add_argument("--dilation", type=_size, default=1)
    parser.add_argument("--gray", action="store_true", help=translate("CliHelp", "convert to gray first (OpenCV RGB→gray)"))
    parser.add_argument("--activation", choices=tuple(ACTIVATIONS), default="none")
    parser.add_argument("--pool", choices=("max", "avg"))
    parser.add_argument("--pool-size", type=_size, default=2)
    parser.add_argument("--pool-stride", type=_size, default=None, help=translate("CliHelp", "default: the pool size"))
    parser.set_defaults(handler=run)


def scale_to_uint8(result: np.ndarray) -> np.ndarray:
    """(C, H, W) float32 → 8-bit gray or RGB, min–max over the whole result."""
    finite = np.nan_to_num(result.astype(np.float64), nan=0.0, posinf=0.0, neginf=0.0)
    lo, hi = float(finite.min()), float(finite.max())
    scaled = np.zeros(finite.shape, np.uint8) if hi <= lo else np.rint((finite - lo) * (255.0 / (hi - lo))).astype(np.uint8)
    return scaled[0] if scaled.shape[0] == 1 else np.ascontiguousarray(scaled.transpose(1, 2, 0))


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    kernel = read_kernel_argument(args.kernel)
    settings = ConvSettings(args.stride, args.padding, args.pad_mode, args.dilation)
    stages = [ConvLayerStage(kernel, settings) if isinstance(kernel, LayerKernel) else ConvStage(kernel, settings)]
    if args.activation != "none":
        stages.append(ActivationStage(args.activation))
    if args.pool:
        stages.append(PoolStage(PoolSettings(args.pool, args.pool_size, args.pool_stride)))

    def filtered(pixels: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(run_pipeline(pixels, stages, gray=args.gray)[-1].chw, np.float32)

    if check_pairing(args.image, args.output):
        result = filter_video(args.image, args.output, lambda frame: scale_to_uint8(filtered(frame)))
        report(args.output, result)
        return 0
    result = filtered(load_image(args.image).pixels)
    if out.suffix.lower() == ".npy":
        write_with(out, lambda handle: np.save(handle, result))  # atomic, exactly this name
    else:
        save_png(out, scale_to_uint8(result))
    c, h, w = result.shape
    print(f"{out} ({c}×{h}×{w})")
    return 0
