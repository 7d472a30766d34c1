"""The memory nnstudio lets one network or one data set take, checked before allocating.

A design file or a data set option can ask for any size: 10⁹ points, a Linear layer with
10¹⁰ weights, an input of 100000 × 100000 pixels. Asking torch or numpy for that memory
either fails deep inside with a message nobody can act on, or succeeds and pushes the whole
machine into swap. So the sizes are computed from the numbers first and refused above a
fixed budget, with one sentence that names what is too big and how big it is.
"""

from __future__ import annotations

from .errors import InputError
from .i18n import translate

#: The most memory one network (weights, gradients, optimiser state and one batch's
#: activations) or one data set's arrays may take. A school laptop has 8 GB.
MEMORY_BUDGET = 2 * 1024**3


def human_size(n: int | float) -> str:
    """1536 -> '1.5 KiB', 3e12 -> '2.7 TiB': sizes in sentences about memory."""
    size = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB", "PiB"):
        if size < 1024 or unit == "PiB":
            return f"{int(n)} bytes" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def check_budget(what: str, nbytes: int) -> None:
    """Refuse to allocate `nbytes` for `what` (e.g. "An input of 1×50000×50000") above the budget."""
    if nbytes > MEMORY_BUDGET:
        raise InputError(translate(
            "MemoryBudget", "{what} would take {size} of memory; nnstudio's limit is {budget}.").format(
            what=what, size=human_size(nbytes), budget=human_size(MEMORY_BUDGET)))


def check_data_budget(what: str, nbytes: int) -> None:
    """Refuse a data set whose arrays would take more than the budget, before allocating."""
    if nbytes > MEMORY_BUDGET:
        raise InputError(translate(
            "MemoryBudget", "{what} would take {size} of memory; nnstudio holds data sets of up "
            "to {budget}: use fewer or smaller samples.").format(
            what=what, size=human_size(nbytes), budget=human_size(MEMORY_BUDGET)))
