"""`nnstudio devices [--json]` and `nnstudio bench-devices [--sizes …] [--ops …] [--json]`:
which devices torch has, and the same matmul and convolution raced on each of them."""

from __future__ import annotations

import argparse
import json

from ..core.i18n import translate
from .arguments import whole

NAME = "devices"


def _sizes(text: str) -> tuple[int, ...]:
    from ..nn.device_bench import MAX_SIZE
    parse = whole(8, MAX_SIZE)
    return tuple(parse(part) for part in text.split(",") if part.strip()) or (parse(text),)


def _ops(text: str) -> tuple[str, ...]:
    from ..nn.device_bench import OPERATIONS
    ops = tuple(part.strip() for part in text.split(",") if part.strip())
    bad = [op for op in ops if op not in OPERATIONS]
    if bad or not ops:
        raise argparse.ArgumentTypeError(translate("CliDevices", "choose from {choices}").format(
            choices=", ".join(OPERATIONS)))
    return ops


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help="list the compute devices torch can use")
    parser.add_argument("--json", action="store_true", help="one JSON object per device")
    parser.set_defaults(handler=run_devices)



def run_devices(args: argparse.Namespace) -> int:
    from ..nn.device_bench import list_devices
    for device in list_devices():
        print(json.dumps(device.to_dict()) if args.json else f"{device.key:<8} {device.name}")
    return 0


def run_bench(args: argparse.Namespace) -> int:
    from ..nn.device_bench import DEFAULT_SIZES, bench, list_devices
    for row in bench(list_devices(), args.sizes or DEFAULT_SIZES, args.ops, args.repeats):
        if args.json:
            print(json.dumps(row.to_dict()), flush=True)
        else:
            rate = (f"{row.gflops:9.2f} GFLOP/s" if row.gflops is not None
                    else f"{row.samples_per_s:9.0f} samples/s" if row.samples_per_s is not None
                    else f"{row.gbytes_per_s:9.2f} GB/s")
            print(f"{row.device:<8} {row.operation:<8} {row.size:>5}  {row.seconds * 1e3:10.3f} ms  {rate}", flush=True)
    return 0
