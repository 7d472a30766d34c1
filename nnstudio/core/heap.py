"""How the C heap hands memory back: large blocks go straight back to the system when freed.

glibc serves a block of 128 KiB or more with its own mmap and unmaps it on free, but each
such free raises that threshold (up to 32 MiB), so after the first large numpy array, image
or tensor is freed, the next ones of that size come from the heap, which keeps their pages
once they are freed. A teaching app allocates arrays of 1-100 MB all day (every image shown,
every training run), and the process then grew by hundreds of MB over an afternoon
(benchmarks/memory_repeat.py measures it). Pinning the threshold at 1 MiB keeps small
objects on the fast heap and gives every array back when it dies.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import platform
import sys

M_MMAP_THRESHOLD = -3  # mallopt's parameter number, from glibc's malloc.h
MMAP_THRESHOLD_BYTES = 1 << 20


def return_large_blocks(threshold: int = MMAP_THRESHOLD_BYTES) -> bool:
    """Serve (and free) heap blocks of `threshold` bytes or more with mmap; glibc Linux only.

    Returns whether the setting took effect (False on other systems or C libraries)."""
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(ctypes.c_int(M_MMAP_THRESHOLD), ctypes.c_int(threshold)))
    except (OSError, AttributeError):
        return False
