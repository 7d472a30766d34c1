"""`nnstudio broadcast SHAPE_A SHAPE_B [--op add|mul] [--values] [--json]`: how two shapes
broadcast, which operand is repeated along which axis, or the axis that fails (exit 2)."""

from __future__ import annotations

import argparse
import json

from ..core.broadcasting import OP_SYMBOLS, OPS, apply, describe, example_values, explain, fmt_shape, parse_shape
from ..core.i18n import translate

NAME = "broadcast"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME, help="explain how two shapes broadcast (numpy and torch rules)")
    parser.add_argument("shape_a", metavar="SHAPE_A", help="sizes separated by commas, e.g. 3,3")
    parser.add_argument("shape_b", metavar="SHAPE_B", help="sizes separated by commas, e.g. 1,3")
    parser.add_argument("--op", choices=tuple(OPS), default="add")
    parser.add_argument("--values", action="store_true",
                        help="also print example arrays (A = 1, 2, 3, …; B = 10, 20, 30, …) and the result")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    a, b = parse_shape(args.shape_a), parse_shape(args.shape_b)
    cast = explain(a, b)  # BroadcastError (an InputError): one sentence, exit 2
    report = {
        "a": list(cast.a), "b": list(cast.b), "op": args.op, "result": list(cast.result),
        "a_aligned": list(cast.a_aligned), "b_aligned": list(cast.b_aligned),
        "stretched": [{"operand": s.operand, "axis": s.axis, "from": s.size, "to": s.to, "added": s.added}
                      for s in cast.stretches],
    }
    if args.values:
        va, vb = example_values(a, 1, 1), example_values(b, 10, 10)
        big_a, big_b, result = apply(cast, va, vb, args.op)
        report.update(a_values=va.tolist(), b_values=vb.tolist(), a_stretched=big_a.tolist(),
                      b_stretched=big_b.tolist(), result_values=result.tolist())
    if args.json:
        print(json.dumps(report))
        return 0
    print(translate("CliBroadcast", "{a} {op} {b} → {result}").format(
        a=fmt_shape(cast.a), op=OP_SYMBOLS[args.op], b=fmt_shape(cast.b), result=fmt_shape(cast.result)))
    for line in describe(cast):
        print("  " + line)
    if args.values:
        for label, key in (("A", "a_values"), ("B", "b_values"), ("A ⇢", "a_stretched"),
                           ("B ⇢", "b_stretched"), ("=", "result_values")):
            print(f"{label}\n{_array_text(report[key])}")
    return 0


def _array_text(values) -> str:
    import numpy as np  # printing only
    return np.array2string(np.asarray(values), precision=4, suppress_small=True, threshold=200)
