"""Race the same work on every device torch has: a matrix multiply and a convolution at
growing sizes, on the CPU with 1 thread and with all threads, and on CUDA or MPS when present.

Timing is honest: one warm-up run per (device, operation, size) is left out (it pays for
kernel selection, memory allocation, the GPU's lazy start), the device is synchronised
before the clock starts and before it stops (a GPU call returns before the GPU has finished),
and the median of the timed repeats is reported. The data is created on the device first, so
the timings are of the arithmetic, not of copying to the GPU; ``transfer`` rows time that copy
separately, because it is what makes a GPU slow on small work.

``epoch`` rows time one training epoch of a small CNN preset (nn/epoch_bench.py); their size
is the batch size, and their rate is samples per second rather than GFLOP/s. An epoch takes
far longer than one matmul, so it is timed at most EPOCH_REPEATS times, after a warm-up of a
few training steps.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from ..core.errors import InputError
from ..core.i18n import translate

OPERATIONS = ("matmul", "conv", "transfer", "epoch")
EPOCH_REPEATS = 1
DEFAULT_SIZES = (64, 128, 256, 512)
MAX_SIZE = 4096
CONV_CHANNELS = 16


@dataclass(frozen=True)
class Device:
    key: str  # "cpu-1", "cpu-all", "cuda", "mps"
    kind: str  # what torch.device() takes
    threads: int | None  # CPU threads used (None on a GPU)
    name: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class BenchRow:
    device: str
    operation: str
    size: int
    seconds: float  # median of the timed repeats
    gflops: float | None  # 10⁹ floating-point operations per second (None for transfer)
    gbytes_per_s: float | None = None  # for transfer
    samples_per_s: float | None = None  # for epoch (size is then the batch size)

    def to_dict(self) -> dict:
        return asdict(self)


def list_devices() -> list[Device]:
    """The CPU with 1 thread and with all of them, then each CUDA GPU, then MPS.

    torch is imported here, not with the module: the window imports this module and must not
    wait seconds for torch (the device list is made on a worker)."""
    import torch

    threads = torch.get_num_threads()
    devices = [Device("cpu-1", "cpu", 1, translate("DeviceBench", "CPU, 1 thread")),
               Device("cpu-all", "cpu", threads, translate("DeviceBench", "CPU, all %n thread(s)", None, threads))]
    if torch.cuda.is_available():
        for index in range(torch.cuda.device_count()):
            devices.append(Device("cuda" if index == 0 else f"cuda:{index}", f"cuda:{index}", None,
                                  f"GPU: {torch.cuda.get_device_name(index)} (CUDA)"))
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        devices.append(Device("mps", "mps", None, "GPU: Apple MPS"))
    return devices


def _sync(kind: str) -> None:
    import torch

    if kind.startswith("cuda"):
        torch.cuda.synchronize(kind)
    elif kind == "mps":
        torch.mps.synchronize()


def flops(operation: str, n: int) -> float | None:
    """Floating-point operations of one run: 2n³ for an n × n matmul; for the convolution
    (1, 16, n, n) → 16 maps, 3 × 3, padding 1: 2 · 16 · 16 · 9 · n² (a multiply and an add)."""
    if operation == "matmul":
        return 2.0 * n**3
    if operation == "conv":
        return 2.0 * CONV_CHANNELS * CONV_CHANNELS * 9 * n * n
    return None


def _work(operation: str, n: int, kind: str):
    """A function doing one run on the device, its inputs already there."""
    import torch
    import torch.nn.functional as F

    generator = torch.Generator().manual_seed(0)
    if operation == "matmul":
        a = torch.randn(n, n, generator=generator).to(kind)
        b = torch.randn(n, n, generator=generator).to(kind)
        return lambda: a @ b
    if operation == "conv":
        x = torch.randn(1, CONV_CHANNELS, n, n, generator=generator).to(kind)
        w = torch.randn(CONV_CHANNELS, CONV_CHANNELS, 3, 3, generator=generator).to(kind)
        return lambda: F.conv2d(x, w, padding=1)
    if operation == "epoch":
        from .epoch_bench import epoch_work

        return epoch_work(n, kind)
    host = torch.randn(n, n, generator=generator)  # transfer: an n × n float32 matrix to the device
    return lambda: host.to(kind)


def check_sizes(sizes) -> tuple[int, ...]:
    sizes = tuple(int(s) for s in sizes)
    if not sizes or any(not 8 <= s <= MAX_SIZE for s in sizes):
        raise InputError(translate("DeviceBench", "Sizes must be whole numbers from 8 to {limit}, such as "
                                   "64,128,256.").format(limit=MAX_SIZE))
    return sizes


def bench(devices: list[Device], sizes=DEFAULT_SIZES, operations=("matmul", "conv"), repeats: int = 5,
          stop: threading.Event | None = None) -> Iterator[BenchRow]:
    """One BenchRow per device, operation and size, as each is measured. The CPU's thread
    count is set for each CPU device and restored afterwards."""
    import torch

    sizes = check_sizes(sizes)
    unknown = [op for op in operations if op not in OPERATIONS]
    if unknown:
        raise InputError(translate("DeviceBench", "Unknown operation {op}; choose from {choices}.").format(
            op=unknown[0], choices=", ".join(OPERATIONS)))
    before = torch.get_num_threads()
    try:
        for device in devices:
            if device.threads is not None:
                torch.set_num_threads(device.threads)
            for operation in operations:
                if operation == "transfer" and device.kind == "cpu":
                    continue  # nothing to copy: the data already lives in main memory
                for n in sizes:
                    if stop is not None and stop.is_set():
                        return
                    run = _work(operation, n, device.kind)
                    with torch.no_grad():
                        getattr(run, "warm_up", run)()  # warm-up, not timed
                        _sync(device.kind)
                        times = []
                        for _ in range(min(repeats, EPOCH_REPEATS) if operation == "epoch" else repeats):
                            _sync(device.kind)
                            start = time.perf_counter()
                            run()
                            _sync(device.kind)
                            times.append(time.perf_counter() - start)
                    seconds = statistics.median(times)
                    work = flops(operation, n)
                    gbps = (n * n * 4 / seconds / 1e9) if operation == "transfer" else None
                    rate = None
                    if operation == "epoch":
                        from .epoch_bench import samples

                        rate = samples() / seconds
                    yield BenchRow(device.key, operation, n, seconds,
                                   None if work is None else work / seconds / 1e9, gbps, rate)
    finally:
        torch.set_num_threads(before)
