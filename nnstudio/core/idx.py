"""Reader for the IDX files MNIST and Fashion-MNIST ship in (`*-ubyte`, optionally .gz).

The format (yann.lecun.com/exdb/mnist): two zero bytes, a type code, the number of
dimensions, then one big-endian uint32 per dimension and the data, row-major.
"""

from __future__ import annotations

import gzip
import math
from pathlib import Path

import numpy as np

from .atomic_write import write_bytes
from .errors import InputError
from .i18n import translate
from .memory_budget import check_data_budget

#: Labels are class numbers; each class gets a name and an output neuron.
MAX_CLASSES = 1000

_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}


def read_idx(path: str | Path) -> np.ndarray:
    """The array in an IDX file. The header's shape is checked against the memory budget
    before the data is read (or, for .gz, inflated), so a small file cannot ask for GBs."""
    path = Path(path)
    try:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as handle:
            head = handle.read(4)
            if len(head) < 4 or head[0] != 0 or head[1] != 0 or head[2] not in _TYPES:
                raise InputError(translate("Idx", "{name} is not an IDX file (MNIST's *-ubyte format).").format(name=path.name))
            ndim = head[3]
            dims = handle.read(4 * ndim)
            if len(dims) < 4 * ndim:
                raise InputError(translate("Idx", "{name} is cut short: its header is incomplete.").format(name=path.name))
            shape = tuple(int(d) for d in np.frombuffer(dims, ">u4", ndim))
            dtype = np.dtype(_TYPES[head[2]])
            count = math.prod(shape)
            check_data_budget(path.name, count * dtype.itemsize)
            raw = handle.read(count * dtype.itemsize)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise InputError(translate("Idx", "Cannot read the IDX file {name}: {exc}.").format(name=path.name, exc=exc)) from exc
    if len(raw) < count * dtype.itemsize:
        raise InputError(translate("Idx", "{name} is cut short: it holds less data than its header says.").format(name=path.name))
    data = np.frombuffer(raw, dtype, count).reshape(shape)
    return data.astype(dtype.newbyteorder("="))


def write_idx(path: str | Path, array: np.ndarray) -> None:
    """Write an array as IDX (uint8, int16/32, float32/64): what tests and exports need."""
    codes = {v.lstrip(">"): k for k, v in _TYPES.items()}
    dtype = np.dtype(array.dtype).newbyteorder(">")
    key = dtype.str.lstrip("<>|")
    if key not in codes:
        raise InputError(translate("Idx", "IDX cannot hold {dtype} data.").format(dtype=array.dtype))
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
        raise InputError(translate("Idx", "{folder} is not a folder.").format(folder=folder))
    parts = []
    for stem in ("train-images", "train-labels", "t10k-images", "t10k-labels"):
        found = _find(folder, stem)
        if found is None:
            raise InputError(translate("Idx", "{name} has no {stem}-idx*-ubyte file (MNIST's names).").format(name=folder.name, stem=stem))
        parts.append(read_idx(found))
    if len(parts[0]) != len(parts[1]) or len(parts[2]) != len(parts[3]):
        raise InputError(translate("Idx", "The IDX image and label files hold different numbers of samples."))
    if parts[0].ndim != 3 or parts[2].ndim != 3 or parts[1].ndim != 1 or parts[3].ndim != 1:
        raise InputError(translate("Datasets", "{name}: IDX images must be (N, height, width) and "
                                   "labels (N,).").format(name=folder.name))
    labels = np.concatenate([parts[1].ravel(), parts[3].ravel()])
    if labels.size and (labels.min() < 0 or labels.max() >= MAX_CLASSES):
        raise InputError(translate("Datasets", "{name}: IDX labels must be class numbers from 0 to "
                                   "{top}.").format(name=folder.name, top=MAX_CLASSES - 1))
    return parts[0], parts[1].astype(np.int64), parts[2], parts[3].astype(np.int64)
