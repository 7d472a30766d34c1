"""Which compute device training will use, in words a student understands."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..core.i18n import translate


@dataclass(frozen=True)
class DeviceInfo:
    kind: str  # "cuda", "mps" or "cpu": what torch.device() takes
    name: str  # what the status bar says

    def __str__(self) -> str:
        return self.name


def training_threads() -> int:
    """The CPU threads a training run uses: every core but one, which the GUI thread keeps."""
    return max(1, (os.cpu_count() or 2) - 1)


def describe_device() -> DeviceInfo:
    """The device 'Auto' picks: the CUDA GPU, else Apple's MPS, else the CPU.

    Imports torch, which takes a second or two: call it off the GUI thread.
    """
    import torch

    if torch.cuda.is_available():
        return DeviceInfo("cuda", f"GPU: {torch.cuda.get_device_name(0)} (CUDA)")
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return DeviceInfo("mps", "GPU: Apple MPS")
    # What a run will use, not torch.get_num_threads(): that is per thread (OpenMP), and reads
    # whatever the asking thread happened to be set to.
    threads = training_threads()  # a plain name: lupdate skips a call in translate()'s n
    return DeviceInfo("cpu", translate("Device", "CPU (%n thread(s))", None, threads))


def prepare_training() -> None:
    """Load what torch loads on the first optimiser it makes (its compiler stack: about a
    second, holding the interpreter lock). Done in the background at start-up, it keeps the
    window from stalling when the user first clicks Train. The trainer's and the live views'
    modules are imported here too: importing them holds the lock for about 20 ms, which the
    first run's thread otherwise spent just after Train, while the window set the run up."""
    import torch

    from . import insight, train  # noqa: F401  (loaded now, not at the first Train)

    torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
