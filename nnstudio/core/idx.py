"""Reader for the IDX files MNIST and Fashion-MNIST ship in (`*-ubyte`, optionally .gz).

The format (yann.lecun.com/exdb/mnist): two zero bytes, a type code, the number of
dimensions, then one big-endian uint32 per dimension and the data, row-major.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np

from .atomic_write import write_bytes
from .errors import InputError

_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}


def read_idx(path: str | Path) -> np.ndarray:
    path = Path(path)
    try:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise InputError(f"Cannot read the IDX file {path.name}: {exc}.") from exc
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] not in _TYPES:
        raise InputError(f"{path.name} is not an IDX file (MNIST's *-ubyte format).")
    ndim = raw[3]
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise InputError(f"{path.name} is cut short: its header is incomplete.")
    shape = tuple(int(d) for d in np.frombuffer(raw, ">u4", ndim, 4))
    dtype = np.dtype(_TYPES[raw[2]])
    count = int(np.prod(shape)) if shape else 1
    if len(raw) - header < count * dtype.itemsize:
        raise InputError(f"{path.name} is cut short: it holds less data than its header says.")
    data = np.frombuffer(raw, dtype, count, header).reshape(shape)
    return data.astype(dtype.newbyteorder("="))


def write_idx(path: str | Path, array: np.ndarray) -> None:
    """Write an array as IDX (uint8, int16/32, float32/64): what tests and exports need."""
    codes = {v.lstrip(">"): k for k, v in _TYPES.items()}
    dtype = np.dtype(array.dtype).newbyteorder(">")
    key = dtype.str.lstrip("<>|")
    if key not in codes:
        raise InputError(f"IDX cannot hold {array.dtype} data.")
    head = bytes([0, 0, codes[key], array.ndim]) + np.array(array.shape, ">u4").tobytes()
    blob = head + np.ascontiguousarray(array, dtype).tobytes()
    path = Path(path)
    write_bytes(path, gzip.compress(blob) if path.suffix == ".gz" else blob)


def _find(folder: Path, stem: str) -> Path | None:
    for candidate in sorted(folder.iterdir()):
        name = candidate.name.replace(".", "-")
        if name.startswith(stem) and "ubyte" in name:
            return candidate
    return None


def load_idx_folder(folder: str | Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """train images, train labels, test images, test labels from an MNIST-style folder."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder.")
    parts = []
    for stem in ("train-images", "train-labels", "t10k-images", "t10k-labels"):
        found = _find(folder, stem)
        if found is None:
            raise InputError(f"{folder.name} has no {stem}-idx*-ubyte file (MNIST's names).")
        parts.append(read_idx(found))
    if len(parts[0]) != len(parts[1]) or len(parts[2]) != len(parts[3]):
        raise InputError("The IDX image and label files hold different numbers of samples.")
    return parts[0], parts[1].astype(np.int64), parts[2], parts[3].astype(np.int64)
