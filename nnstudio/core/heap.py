"""How the C heap hands memory back: large blocks go straight back to the system when freed.

glibc serves a block of 128 KiB or more with its own mmap and unmaps it on free, but each
such free raises that threshold (up to 32 MiB), so after the first large numpy array, image
or tensor is freed, the next ones of that size come from the heap, which keeps their pages
once they are freed. A teaching app allocates arrays of 1-100 MB all day (every image shown,
every training run), and the process then grew by hundreds of MB over an afternoon
(benchmarks/memory_repeat.py measures it). Pinning the threshold at 1 MiB keeps small
objects on the fast heap and gives every array back when it dies.

Pinning it also stops glibc from raising the trim threshold with it (to twice the mmap
threshold), so the heap would hand back any free top above 128 KiB and fault it in again at
the next half-megabyte band of a conversion: 3,600 page faults per 1920x1080 dithering. The
trim threshold is set to twice the pinned one, as glibc itself would.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import platform
import sys

M_TRIM_THRESHOLD = -1  # mallopt's parameter numbers, from glibc's malloc.h
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD_BYTES = 1 << 20


def return_large_blocks(threshold: int = MMAP_THRESHOLD_BYTES) -> bool:
    """Serve (and free) heap blocks of `threshold` bytes or more with mmap; glibc Linux only.

    Returns whether the setting took effect (False on other systems or C libraries)."""
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return (bool(libc.mallopt(ctypes.c_int(M_MMAP_THRESHOLD), ctypes.c_int(threshold)))
                and bool(libc.mallopt(ctypes.c_int(M_TRIM_THRESHOLD), ctypes.c_int(2 * threshold))))
    except (OSError, AttributeError):
        return False
