"""Work split into parts (bands of rows, channels) that a newer request can cancel.

A slider drag asks for a new conversion every few milliseconds, and the one running is
worth nothing once a newer value exists. Work done part by part asks, before each part,
whether it has been cancelled and then stops with `Cancelled` instead of finishing, so the
newest request starts within one part's time (napari's slicer cancels stale work per task
the same way). Pillow and OpenCV release the interpreter lock, so the parts also run side
by side on the cores. Part boundaries depend only on the image's size, never on the machine,
so a result is the same everywhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar


#: Asked before each part: True when a newer request has made the work pointless.
IsCancelled = Callable[[], bool]

#: Rows per band of a banded job (at most MAX_BANDS bands).
ROWS_PER_BAND = 256
MAX_BANDS = 4
#: Band edges fall on multiples of this many rows, so a tiled pattern (the 8x8 Bayer
#: matrix) runs on unbroken from one band into the next.
BAND_ALIGN = 8

T = TypeVar("T")


class Cancelled(Exception):
    """A newer request made this work pointless; nobody waits for its result."""


def check(cancelled: IsCancelled | None) -> None:
    """Raise Cancelled when the work has been cancelled."""
    if cancelled is not None and cancelled():
        raise Cancelled


def row_bands(height: int, rows: int | None = None, most: int | None = None) -> list[slice]:
    """The image's rows in at most ``most`` (MAX_BANDS) bands of about ``rows``
    (ROWS_PER_BAND) rows."""
    rows = ROWS_PER_BAND if rows is None else rows
    most = MAX_BANDS if most is None else most
    count = min(most, max(1, height // rows))
    edges = [0] + [round(height * i / count / BAND_ALIGN) * BAND_ALIGN for i in range(1, count)] + [height]
    return [slice(a, b) for a, b in zip(edges[:-1], edges[1:]) if b > a]


def run_parts(work: Callable[[Any], T], parts: Sequence[Any], cancelled: IsCancelled | None = None) -> list[T]:
    """``work`` applied to every part, side by side on the cores; Cancelled as soon as the
    work is cancelled (the parts already started end first: the threads are joined)."""
    def guarded(part: Any) -> T:
        check(cancelled)
        return work(part)

    if len(parts) == 1:
        return [guarded(parts[0])]
    workers = min(len(parts), os.cpu_count() or 1, 8)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="nnstudio-bands") as pool:
        futures = [pool.submit(guarded, part) for part in parts]
        try:
            return [future.result() for future in futures]
        except Cancelled:
            for future in futures:
                future.cancel()
            raise

