"""`nnstudio backprop DESIGN|PRESET [--weights W] [--sample I | --input x1,x2,…] [--target T]
[--lr LR] [--json]`: one sample through a small dense network, forward and backward, by the
chain-rule formulas, and one gradient-descent step.

Per layer: z, a, ∂L/∂a, f′(z), ∂L/∂z, ∂L/∂W, ∂L/∂b and the updated W and b; then the loss
before and after the step. --sample takes sample I of the training split (its label is the
target unless --target says otherwise); --input takes numbers typed in, and then --target is
needed: a class label, or for BCE and MSE one number per output.
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from ..core.errors import InputError
from ..core.i18n import translate
from ..nn.design_limits import TRAINING_RANGES
from .arguments import number, whole
from .model_args import add_design_arguments

NAME = "backprop"


def _numbers(text: str, what: str) -> tuple[float, ...]:
    try:
        values = tuple(float(part) for part in text.split(","))
    except ValueError:
        raise InputError(translate("CLI", "{what} must be numbers separated by commas, such as "
                                   "0,1.").format(what=what)) from None
    if not all(np.isfinite(values)):
        raise InputError(translate("CLI", "{what} must be finite numbers.").format(what=what))
    return values


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help=translate("CliHelp", "backpropagation with numbers for one sample"))
    add_design_arguments(parser)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--sample", type=whole(0, 2**31 - 1), metavar="I",
                        help=translate("CliHelp", "sample I of the training split (default 0)"))
    source.add_argument("--input", metavar="x1,x2,…", help=translate("CliHelp", "the input, typed in"))
    parser.add_argument("--target", metavar="T",
                        help=translate("CliHelp", "a class label, or one number per output (BCE, MSE)"))
    lr = TRAINING_RANGES["lr"]
    parser.add_argument("--lr", type=number(lr.minimum, lr.maximum),
                        help=translate("CliHelp", "learning rate of the step (the design's by default)"))
    parser.add_argument("--json", action="store_true", help=translate("CliHelp", "print one JSON object"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..nn.backprop import SampleChoice, trace_design
    from .model_args import load_model

    values = _numbers(args.input, "--input") if args.input is not None else None
    target = None
    if args.target is not None:
        numbers = _numbers(args.target, "--target")
        target = numbers[0] if len(numbers) == 1 else list(numbers)
    design, data, model = load_model(args)
    trace = trace_design(design, model, data.x_train, data.y_train,
                         SampleChoice(args.sample, values), target, args.lr)
    if args.json:
        print(json.dumps({"design": design.name, **trace.as_json()}))
        return 0
    np.set_printoptions(precision=4, suppress=True)
    print(translate("CLI", "{name}: input {x}, target {target}, loss {loss}").format(
        name=design.name, x=trace.x, target=trace.target, loss=trace.loss_kind))
    for index, layer in enumerate(trace.layers, 1):
        print(translate("CLI", "layer {n} ({f}): z = {z}  a = {a}").format(
            n=index, f=layer.activation, z=layer.z, a=layer.a))
    print(translate("CLI", "loss L = {loss:.6f}").format(loss=trace.loss))
    for index, layer in reversed(list(enumerate(trace.layers, 1))):
        print(translate("CLI", "layer {n}: dL/da = {da}  dL/dz = {dz}  dL/db = {db}").format(
            n=index, da=layer.dL_da, dz=layer.dL_dz, db=layer.dL_db))
        print(translate("CLI", "  dL/dW =\n{dw}").format(dw=layer.dL_dW))
    print(translate("CLI", "after W <- W - {lr:g} dL/dW: loss {new:.6f} (was {old:.6f})").format(
        lr=trace.lr, new=trace.new_loss, old=trace.loss))
    return 0
