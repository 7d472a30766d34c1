"""A learner's table as a data set: one column of labels (any text: categories), the
feature columns as numbers, split into train and test, features standardised with the
mean and spread of the training split only (the test split must not leak into training).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import InputError
from .i18n import translate
from .table_file import Table
from .toy_data import split

#: A label column with more distinct values than this (and numbers in it) is a quantity to
#: predict, not a set of categories.
MAX_CLASSES = 50


@dataclass(frozen=True)
class TableChoice:
    label: str = ""  # a column name or 1-based number; "" = the last column
    features: tuple[str, ...] = ()  # () = every column but the label
    standardise: bool = True
    task: str = "auto"  # "classify", "regress", or "auto": many different numbers are a quantity

    @classmethod
    def from_options(cls, extra: dict) -> TableChoice:
        """From a design's dataset "extra" entry, refusing what it cannot be."""
        unknown = sorted(set(extra) - {"label", "features", "standardise", "encoding", "delimiter", "task"})
        if unknown:
            raise InputError(translate("TableData", "Unknown table option '{key}' in the data set entry.").format(
                key=unknown[0]))
        label, features = extra.get("label", ""), extra.get("features", [])
        if not isinstance(label, (str, int)) or not isinstance(features, (list, tuple)) or not all(
                isinstance(f, (str, int)) for f in features):
            raise InputError(translate("TableData", "The table's label must be a column name and its features a "
                                       "list of column names."))
        task = extra.get("task", "auto")
        if task not in ("auto", "classify", "regress"):
            raise InputError(translate("TableData", "The table's task must be auto, classify or regress, not "
                                       "'{task}'.").format(task=str(task)[:40]))
        return cls(str(label), tuple(str(f) for f in features), bool(extra.get("standardise", True)), task)


def feature_matrix(table: Table, indices: list[int]) -> np.ndarray:
    """The feature columns as float32, or InputError naming the first cell that is not a
    finite number (found by a slow second read, only when the fast one fails)."""
    try:
        values = table.numbers(indices)
    except ValueError:
        values = None
    if values is not None and np.isfinite(values).all():
        return values.astype(np.float32)
    for index in indices:
        for row, cell in table.cells(index):
            try:
                number = float(cell)
            except ValueError:
                number = None
            if number is None or not np.isfinite(number):
                what = (translate("TableData", "is empty") if not cell else
                        translate("TableData", "holds '{cell}', not a number").format(cell=cell[:30]))
                raise InputError(translate("TableData", "Row {row}, column '{column}' {what}: every feature must "
                                           "be a number.").format(row=row, column=table.columns[index], what=what))
    raise InputError(translate("TableData", "The feature columns could not be read as numbers."))


def _class_order(labels: np.ndarray) -> list[str]:
    names = sorted(set(labels.tolist()))
    try:
        return sorted(names, key=float)  # 1, 2, 10 rather than 1, 10, 2
    except ValueError:
        return names


def table_dataset(table: Table, choice: TableChoice, test_ratio: float = 0.25, seed: int = 0):
    """The DataSet the table and the choice give, or InputError with one sentence."""
    from .dataset_registry import DataSet  # the registry loads tables through this module

    label = table.column_index(choice.label) if choice.label else len(table.columns) - 1
    features = ([table.column_index(f) for f in choice.features] if choice.features
                else [i for i in range(len(table.columns)) if i != label])
    if label in features:
        raise InputError(translate("TableData", "Column '{column}' cannot be both the label and a feature.").format(
            column=table.columns[label]))
    if not features:
        raise InputError(translate("TableData", "Choose at least one feature column besides the label."))
    labels = table.texts(label)
    empty = np.flatnonzero(labels == "")
    if len(empty):
        raise InputError(translate("TableData", "Row {row}, column '{column}' is empty: every row needs a label.")
                         .format(row=int(empty[0]) + table.first_data_row, column=table.columns[label]))
    classes = _class_order(labels)
    task = choice.task
    if task == "auto":
        task = "regress" if len(classes) > MAX_CLASSES and _all_numbers(labels) else "classify"
    if task == "regress":
        return _regression(table, choice, label, features, test_ratio, seed)
    if len(classes) < 2:
        raise InputError(translate("TableData", "Column '{column}' has only one class ('{value}'); a classifier "
                                   "needs two or more.").format(column=table.columns[label], value=classes[0]))
    if len(classes) > MAX_CLASSES:
        raise InputError(translate("TableData", "Column '{column}' has {n} different values: too many classes "
                                   "(at most {limit}); to predict it as a number, choose regression.").format(
            column=table.columns[label], n=f"{len(classes):,}", limit=MAX_CLASSES))
    x = feature_matrix(table, features)
    y = _codes(labels, classes)
    x_tr, y_tr, x_te, y_te = split(x, y, test_ratio, seed)
    x_tr, x_te = _standardised(x_tr, x_te, choice.standardise)
    if len(x_tr) < len(classes):
        raise InputError(translate("TableData", "The table has {rows} training rows for {n} classes; it needs at "
                                   "least one row per class.").format(rows=len(x_tr), n=len(classes)))
    name = _name(table)
    return DataSet(name, x_tr.astype(np.float32), y_tr, x_te.astype(np.float32), y_te, tuple(classes),
                   "points" if len(features) == 2 else "table", tuple(table.columns[i] for i in features))


def _name(table: Table) -> str:
    return table.path.replace("\\", "/").rsplit("/", 1)[-1]


def _standardised(x_tr: np.ndarray, x_te: np.ndarray, on: bool) -> tuple[np.ndarray, np.ndarray]:
    """Features scaled with the training rows' mean and spread (the test rows too)."""
    if not on:
        return x_tr, x_te
    mean = x_tr.mean(axis=0)
    spread = x_tr.std(axis=0)
    spread[spread == 0] = 1.0  # a constant column stays 0 instead of dividing by zero
    return (x_tr - mean) / spread, (x_te - mean) / spread


def _all_numbers(labels: np.ndarray) -> bool:
    try:
        values = np.array(labels, dtype=np.float64)
    except ValueError:
        return False
    return bool(np.isfinite(values).all())


def _regression(table: Table, choice: TableChoice, label: int, features: list[int], test_ratio: float, seed: int):
    """The label column as a number to predict (its cells must all be numbers)."""
    from .dataset_registry import DataSet

    try:  # features and target in one pass of numpy's reader (the file is read once, not twice)
        both = table.numbers(features + [label])
    except ValueError:
        both = None
    if both is not None and np.isfinite(both).all():
        x, y = both[:, :-1].astype(np.float32), both[:, -1].astype(np.float32)
    else:  # a bad cell: the slow reads below name it
        x = feature_matrix(table, features)
        y = feature_matrix(table, [label])[:, 0]
    x_tr, y_tr, x_te, y_te = split(x, y, test_ratio, seed)
    x_tr, x_te = _standardised(x_tr, x_te, choice.standardise)
    return DataSet(_name(table), x_tr.astype(np.float32), y_tr, x_te.astype(np.float32), y_te, (),
                   "points" if len(features) == 2 else "table", tuple(table.columns[i] for i in features),
                   task="regress")


def _codes(labels: np.ndarray, classes: list[str]) -> np.ndarray:
    lookup = {name: code for code, name in enumerate(classes)}
    return np.fromiter((lookup[v] for v in labels), dtype=np.int64, count=len(labels))


def feature_names(table: Table, choice: TableChoice) -> tuple[str, ...]:
    label = table.column_index(choice.label) if choice.label else len(table.columns) - 1
    if choice.features:
        return tuple(table.columns[table.column_index(f)] for f in choice.features)
    return tuple(c for i, c in enumerate(table.columns) if i != label)
