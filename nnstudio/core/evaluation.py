"""How a classifier did on a test split: the confusion matrix and the samples it got wrong."""

from __future__ import annotations

import numpy as np

from .errors import InputError
from .i18n import translate


def _labels(true: np.ndarray, predicted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    true, predicted = np.asarray(true).ravel(), np.asarray(predicted).ravel()
    if true.shape != predicted.shape:
        raise InputError(translate("Evaluation", "There are {size} true labels but {size2} predictions.").format(size=true.size, size2=predicted.size))
    if true.size and (true.min() < 0 or predicted.min() < 0):
        raise InputError(translate("Evaluation", "Class labels must be 0 or more."))
    return true.astype(np.int64), predicted.astype(np.int64)


def confusion_matrix(true: np.ndarray, predicted: np.ndarray, n_classes: int | None = None) -> np.ndarray:
    """(K, K) int64 counts: row = true class, column = predicted class."""
    true, predicted = _labels(true, predicted)
    seen = int(max(true.max(initial=-1), predicted.max(initial=-1))) + 1
    k = seen if n_classes is None else int(n_classes)
    if seen > k:
        raise InputError(translate("Evaluation", "A label {value} does not fit {k} classes.").format(value=seen - 1, k=k))
    return np.bincount(true * k + predicted, minlength=k * k).reshape(k, k)


def misclassified(true: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    """Indices of the samples whose prediction is wrong, in order."""
    true, predicted = _labels(true, predicted)
    return np.flatnonzero(true != predicted)


def accuracy(matrix: np.ndarray) -> float:
    """Fraction of samples on the diagonal (0 for an empty matrix)."""
    total = matrix.sum()
    return float(np.trace(matrix) / total) if total else 0.0
