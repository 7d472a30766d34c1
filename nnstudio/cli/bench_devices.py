"""`nnstudio bench-devices [--sizes …] [--ops …] [--repeats R] [--json]`: the same matmul and
convolution raced on each device (see nn/device_bench.py for how it is timed)."""

from __future__ import annotations

from .arguments import whole
from .devices import _ops, _sizes, run_bench

NAME = "bench-devices"


def register(subparsers) -> None:
    bench = subparsers.add_parser(NAME, help="time matmul and conv at growing sizes on each device")
    bench.add_argument("--sizes", type=_sizes, default=None, help="e.g. 64,128,256,512")
    bench.add_argument("--ops", type=_ops, default=("matmul", "conv"), help="matmul, conv, transfer, epoch (comma separated; "
                       "epoch: one training epoch of the cnn_shapes preset, the size being the batch size)")
    bench.add_argument("--repeats", type=whole(1, 100), default=5, help="timed runs per measurement (median)")
    bench.add_argument("--json", action="store_true", help="one JSON object per line")
    bench.set_defaults(handler=run_bench)
