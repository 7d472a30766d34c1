"""`nnstudio gradcam DESIGN|PRESET --weights W (--input IMAGE | --sample I) [--layer N]
[--class C] [--method gradcam|saliency] -o OUT.npy|OUT.png`: where did the network look?

``.npy`` is the map itself, float32 (H, W) in [0, 1] at the network's input resolution;
``.png`` is the input picture (enlarged, pixels kept square) with the map laid over it in the
colour scale. --layer counts layers from 1 as the designer and the views do; --class is a
class number from 0 or a class name. The default is the last convolution and the predicted
class.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from ..core.atomic_write import write_with
from ..core.errors import InputError
from ..core.i18n import translate
from .arguments import output_file, whole
from .model_args import add_design_arguments, add_input_arguments, chosen_input, load_model

NAME = "gradcam"


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=translate("CliHelp", "where a trained CNN looked: a Grad-CAM or saliency map "
                                                        "for one input (.npy or .png overlay)"))
    add_design_arguments(parser)
    add_input_arguments(parser)
    parser.add_argument("--layer", type=whole(1, 10_000), metavar="N",
                        help=translate("CliHelp", "the convolution layer, numbered from 1 as in the designer (default: the last)"))
    parser.add_argument("--class", dest="target", metavar="C",
                        help=translate("CliHelp", "the class to explain, a number from 0 or a name (default: the predicted class)"))
    parser.add_argument("--method", choices=("gradcam", "saliency"), default="gradcam")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.npy|OUT.png", type=output_file(".npy", ".png"),
                        help=translate("CliHelp", "OUT.npy: the map (float32 H×W in 0..1); OUT.png: the map over the input"))
    parser.set_defaults(handler=run)


def class_number(text: str | None, names: list[str]) -> int | None:
    """--class as a class number: a whole number, or one of the data set's class names."""
    if text is None:
        return None
    if text.strip() in names:
        return names.index(text.strip())
    try:
        return int(text.strip())
    except ValueError:
        raise InputError(translate("CliGradCam", "--class {text} is neither a class number nor one of the classes "
                                   "({names}).").format(text=repr(text[:40]), names=", ".join(names[:12]))) from None


def run(args: argparse.Namespace) -> int:
    from ..core.heat_overlay import enlarged, input_picture, overlay
    from ..core.image_io import save_png
    from ..nn.gradcam import explain

    if args.weights is None:
        raise InputError(translate("CliGradCam", "A map explains a trained network: give its weights with --weights "
                                   "(saved by `nnstudio train --save`)."))
    design, data, model = load_model(args)
    x = np.asarray(chosen_input(args, design, data)[0], np.float32)
    if x.ndim != 3:
        raise InputError(translate("CliGradCam", "{name} takes a flat input, not a picture; maps need a network "
                                   "with an image input.").format(name=design.name))
    names = [str(name) for name in data.class_names]
    layer = None if args.layer is None else args.layer - 1
    result = explain(model, x, args.method, layer=layer, target=class_number(args.target, names))
    out = Path(args.output)
    if out.suffix.lower() == ".npy":
        write_with(out, lambda handle: np.save(handle, result.heat))  # atomic, exactly this name
    else:
        save_png(out, overlay(enlarged(input_picture(x)), result.heat))
    name = names[result.target] if result.target < len(names) else str(result.target)
    guess = names[result.predicted] if result.predicted < len(names) else str(result.predicted)
    p = float(result.probabilities[result.predicted])
    if result.layer is None:
        text = translate("CliGradCam", "{path}: saliency of class {target} ({name}); predicted {guess} ({p:.0%})")
    else:
        text = translate("CliGradCam", "{path}: Grad-CAM of class {target} ({name}) at layer {layer}; predicted "
                         "{guess} ({p:.0%})")
    print(text.format(path=out, target=result.target, name=name, layer=(result.layer or 0) + 1, guess=guess, p=p))
    return 0
