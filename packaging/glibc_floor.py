"""The oldest glibc a bundle runs on: the highest GLIBC_x.y symbol version that any of its
ELF files asks for (readelf's version-needs section).

    python packaging/glibc_floor.py packaging/dist/nnstudio     -> "2.36 (libfoo.so needs GLIBC_2.36)"

The bundle carries its own Python, Qt and torch, but not glibc: the system's must be at least
this one. Wheels are built for old glibc (manylinux); what raises the floor is what came from
the build host (its libpython and system libraries), so build on the oldest system to support.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

NEED = re.compile(r"Name: GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def glibc_needs(path: Path) -> set[tuple[int, ...]]:
    out = subprocess.run(["readelf", "--version-info", "--wide", str(path)],
                         capture_output=True, text=True).stdout
    needs = out.split("Version needs section", 1)[-1] if "Version needs section" in out else ""
    return {tuple(int(n) for n in m.groups() if n is not None) for m in NEED.finditer(needs)}


def floor(bundle: Path) -> tuple[tuple[int, ...], str]:
    """(highest version, the file that needs it)."""
    best, who = (0,), ""
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and is_elf(path):
            for version in glibc_needs(path):
                if version > best:
                    best, who = version, path.name
    return best, who


def describe(bundle: Path) -> str:
    version, who = floor(bundle)
    text = ".".join(map(str, version))
    return f"{text} ({who} needs GLIBC_{text})"


if __name__ == "__main__":
    print(describe(Path(sys.argv[1])))
