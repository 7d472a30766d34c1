"""core.heap: freed large arrays go back to the system (glibc Linux; elsewhere a no-op)."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from nnstudio.core.heap import return_large_blocks

CHILD = r"""
import sys
import numpy as np
from nnstudio.core.heap import return_large_blocks

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

if sys.argv[1] == "pinned":
    assert return_large_blocks()
# glibc raises its mmap threshold when a large mmapped block is freed; the next blocks of
# that size then come from the heap and stay resident once freed.
block = np.ones(20 << 20, np.uint8)
del block
before = rss_mb()
blocks, pins = [], []
for _ in range(5):  # 30 MB, touched, each followed by a small block that stays
    blocks.append(np.ones(6 << 20, np.uint8))
    pins.append(np.ones(4096, np.uint8))
del blocks
print(rss_mb() - before)
"""


def _kept_mb(mode: str) -> float:
    done = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                    reason="mallopt is glibc's")
def test_freed_large_arrays_leave_the_process():
    assert _kept_mb("default") > 20  # what the fix is for: glibc keeps them (30 MB)
    assert _kept_mb("pinned") < 5


def test_it_says_whether_it_took_effect():
    assert return_large_blocks() is (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc")


FAULTS_CHILD = r"""
import resource, sys
import numpy as np
from nnstudio.core.heap import return_large_blocks

if sys.argv[1] == "pinned":
    assert return_large_blocks()
np.ones(4 << 20, np.uint8)  # glibc's own rule: a freed mmapped block raises both thresholds
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(50):  # half a megabyte, written and freed: a band of a conversion
    np.ones(512 << 10, np.uint8)
print((resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before) / 50)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                    reason="mallopt is glibc's")
def test_a_block_below_the_threshold_is_reused_not_faulted_in_again():
    def faults_per_block(mode: str) -> float:
        done = subprocess.run([sys.executable, "-c", FAULTS_CHILD, mode], capture_output=True, text=True, check=True)
        return float(done.stdout.strip().splitlines()[-1])

    pages = (512 << 10) // 4096
    assert faults_per_block("default") < pages / 4  # glibc's default keeps it
    assert faults_per_block("pinned") < pages / 4  # and so does the pinned threshold
