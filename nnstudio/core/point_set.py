"""Points a learner placed by hand on the 2-D plane: each is (x, y, class). They become a
data set like the built-in ones (split into train and test with the design's share and
seed), and they are saved inside the design file or as a CSV of x, y, class.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import numpy as np

from .atomic_write import write_text
from .errors import InputError
from .i18n import translate
from .toy_data import split

#: Classes a learner can place (each has its own colour in the views).
MAX_POINT_CLASSES = 8
MAX_POINTS = 20_000
#: Coordinates are kept within this range: the views show about -1.5 … 1.5.
LIMIT = 10.0


def checked_points(points: object) -> list[tuple[float, float, int]]:
    """The points as (x, y, class), or InputError naming the first one that is not."""
    if not isinstance(points, (list, tuple)):
        raise InputError(translate("PointSet", "The points must be a list of [x, y, class]."))
    if len(points) > MAX_POINTS:
        raise InputError(translate("PointSet", "{n} points are too many; at most {limit} can be placed.").format(
            n=f"{len(points):,}", limit=f"{MAX_POINTS:,}"))
    out = []
    for number, point in enumerate(points, start=1):
        ok = isinstance(point, (list, tuple)) and len(point) == 3
        if ok:
            x, y, c = point
            ok = (all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (x, y))
                  and isinstance(c, int) and not isinstance(c, bool)
                  and all(math.isfinite(v) and abs(v) <= LIMIT for v in (x, y)) and 0 <= c < MAX_POINT_CLASSES)
        if not ok:
            raise InputError(translate("PointSet", "Point {n} must be [x, y, class] with x and y between -{limit} "
                                       "and {limit} and a class from 0 to {last}.").format(
                n=number, limit=f"{LIMIT:g}", last=MAX_POINT_CLASSES - 1))
        out.append((float(x), float(y), int(c)))
    return out


def points_dataset(points: object, test_ratio: float = 0.25, seed: int = 0, name: str = "my-points"):
    """The placed points as a DataSet: classes 0 … (highest class placed)."""
    from .dataset_registry import DataSet  # the registry builds point sets through this module

    placed = checked_points(points)
    classes = sorted({c for _, _, c in placed})
    if len(classes) < 2:
        raise InputError(translate("PointSet", "Place points of at least two classes: a network needs two to "
                                   "tell apart."))
    x = np.array([(px, py) for px, py, _ in placed], dtype=np.float32)
    y = np.array([c for _, _, c in placed], dtype=np.int64)
    x_tr, y_tr, x_te, y_te = split(x, y, test_ratio, seed)
    if len(x_tr) < 2:
        raise InputError(translate("PointSet", "Place more points: {n} leave no points to train on after the test "
                                   "share.").format(n=len(placed)))
    count = max(classes) + 1
    return DataSet(name, x_tr, y_tr, x_te, y_te, tuple(str(c) for c in range(count)))


def points_from_data(data) -> list[list]:
    """Every point of a 2-D data set (train and test), to start editing from."""
    x = np.concatenate([data.x_train, data.x_test])
    y = np.concatenate([data.y_train, data.y_test])
    return [[round(float(a), 4), round(float(b), 4), int(c)] for (a, b), c in zip(x, y)
            if int(c) < MAX_POINT_CLASSES][:MAX_POINTS]


def save_points_csv(points: list, path: str | Path) -> None:
    """x, y, class per row, with a header; atomic (the old file stays if writing fails)."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["x", "y", "class"])
    writer.writerows([f"{x:g}", f"{y:g}", c] for x, y, c in checked_points(points))
    write_text(path, text.getvalue())


def load_points_csv(path: str | Path) -> list[list]:
    """Points from a CSV of x, y, class (header optional), or InputError naming the row."""
    from .table_file import read_table

    table = read_table(path)
    if len(table.columns) != 3:
        raise InputError(translate("PointSet", "{path} has {n} columns; a points file has 3: x, y, class.").format(
            path=path, n=len(table.columns)))
    points = []
    for number, row in enumerate(table.head(table.rows), start=table.first_data_row):
        try:
            x, y, c = float(row[0]), float(row[1]), float(row[2])
        except ValueError:
            raise InputError(translate("PointSet", "Row {row} of {path} is not x, y, class numbers.").format(
                row=number, path=path)) from None
        if c != int(c):
            raise InputError(translate("PointSet", "Row {row} of {path} has class {c}; classes are whole numbers.")
                             .format(row=number, path=path, c=row[2]))
        points.append([x, y, int(c)])
    checked_points(points)
    return points
