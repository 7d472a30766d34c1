"""Data sets shipped with nnstudio, as plain numpy arrays."""

from __future__ import annotations

import numpy as np

from .resources import resource


def load_digits() -> tuple[np.ndarray, np.ndarray]:
    """The UCI handwritten digits: images (1797, 8, 8) uint8 in 0..16, labels (1797,) 0..9.

    E. Alpaydin and C. Kaynak, Optical Recognition of Handwritten Digits, UCI Machine
    Learning Repository, 1998, CC BY 4.0 (see resources/LICENSES.md).
    """
    with resource("datasets", "digits.npz").open("rb") as f:
        data = np.load(f)
        return data["images"], data["labels"]
