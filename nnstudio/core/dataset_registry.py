"""Every data set the Network tab offers, by name, as plain numpy arrays ready to train on.

Images come as float32 (N, 1, H, W) in 0..1 (N, 3, H, W for colour image folders), points as float32 (N, 2); labels are int64.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from .datasets import load_digits
from .errors import InputError
from .i18n import translate
from .idx import load_idx_folder
from .feature_cross import cross, with_features
from .image_folder import load_image_folder
from .memory_budget import check_data_budget
from .point_set import points_dataset
from .regression_data import REGRESSION_SETS, regression_split
from .resources import resource
from .shapes_data import SHAPE_CLASSES, make_shapes
from .table_data import TableChoice, table_dataset
from .table_file import read_table
from .toy_data import GATES, TOY_SETS, gate, split, toy_set


@dataclass(frozen=True)
class DataSet:
    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: tuple[str, ...]
    kind: str = "points"  # "points" (2-D scatter), "images" or "table" (other numbers per sample)
    feature_names: tuple[str, ...] = ()  # a table's feature columns, when it has names
    # 2-D sets whose inputs are features of the point (x₁², sin x₁, …): the points
    # themselves, which the plane views draw, and the feature keys (core.feature_cross).
    plane_train: np.ndarray | None = None
    plane_test: np.ndarray | None = None
    inputs: tuple[str, ...] = ()
    task: str = "classify"  # or "regress": y is a float32 number per sample, class_names is ()

    def plane(self, split: str = "train") -> np.ndarray:
        """The 2-D points of a split as the plane shows them (the inputs, if they are 2-D)."""
        own = self.plane_train if split == "train" else self.plane_test
        return own if own is not None else (self.x_train if split == "train" else self.x_test)

    def network_inputs(self, points: np.ndarray) -> np.ndarray:
        """What the network takes for points of the plane."""
        return cross(points, self.inputs) if self.inputs else np.asarray(points, dtype=np.float32)

    @property
    def input_shape(self) -> tuple[int, ...]:
        return tuple(int(d) for d in self.x_train.shape[1:])

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    def target_range(self) -> tuple[float, float]:
        """Regression: the smallest and largest target over both splits (the views' colour scale)."""
        targets = np.concatenate([self.y_train, self.y_test]).astype(np.float64)
        return float(targets.min()), float(targets.max())

    @property
    def outputs(self) -> int:
        """How many outputs a network for it gives: one per class, or one number."""
        return 1 if self.task == "regress" else self.num_classes


@dataclass(frozen=True)
class DataOptions:
    """What the data picker controls: points and noise for 2-D sets, the test share, a seed."""

    n: int = 1000
    noise: float = 0.1
    test_ratio: float = 0.25
    seed: int = 0
    folder: str = ""  # for "idx-folder" and "image-folder"
    inputs: tuple = ()  # 2-D sets: the input features (core.feature_cross); () = x1, x2
    file: str = ""  # for "table-file": a CSV/TSV whose label and features `extra` names
    image_size: int = 28
    color: bool = False  # "image-folder": keep the pictures' colours (3 input channels)
    extra: dict = field(default_factory=dict)


DATASET_NAMES = (*GATES, *TOY_SETS, "digits", "shapes", "fruit-table", "my-points", *REGRESSION_SETS, "idx-folder",
                 "image-folder", "table-file")


def _images(name: str, images: np.ndarray, labels: np.ndarray, classes, opts: DataOptions,
            scale: float) -> DataSet:
    # Gray (N, H, W) gets its one channel axis; RGB (N, H, W, 3) becomes channels-first.
    x = images.astype(np.float32) / scale
    x = x[:, None] if x.ndim == 3 else np.ascontiguousarray(x.transpose(0, 3, 1, 2))
    # Labels are int64 everywhere (the digits file stores uint8): torch's one_hot and
    # cross-entropy take no other type.
    x_tr, y_tr, x_te, y_te = split(x, labels.astype(np.int64), opts.test_ratio, opts.seed)
    return DataSet(name, x_tr, y_tr, x_te, y_te, tuple(classes), "images")


def load_dataset(name: str, opts: DataOptions | None = None) -> DataSet:
    """The named data set, or InputError naming the choices."""
    opts = opts or DataOptions()
    data = _load(name, opts)
    return with_features(data, opts.inputs) if opts.inputs else data


def _load(name: str, opts: DataOptions) -> DataSet:
    if name in GATES:
        # Four points: the network must fit exactly these, so train and test are the same.
        x, y = gate(name)
        return DataSet(name, x, y, x.copy(), y.copy(), ("0", "1"))
    if name in TOY_SETS:
        # float64 points, noise and angles while generating: about 64 bytes a point.
        check_data_budget(translate("Datasets", "'{name}' with {n} points").format(name=name, n=f"{opts.n:,}"),
                          opts.n * 64)
        x, y = toy_set(name, opts.n, opts.noise, opts.seed)
        x_tr, y_tr, x_te, y_te = split(x, y, opts.test_ratio, opts.seed + 1)
        return DataSet(name, x_tr, y_tr, x_te, y_te, ("0", "1"))
    if name == "digits":
        images, labels = load_digits()
        return _images(name, images, labels, [str(d) for d in range(10)], opts, 16.0)
    if name == "shapes":
        n = opts.n if opts.n != DataOptions.n else 1500
        check_data_budget(translate("Datasets", "'shapes' with {n} images").format(n=f"{n:,}"),
                          n * 28 * 28 * 5)  # uint8 drawn, float32 scaled
        images, labels = make_shapes(n, 28, opts.seed)
        return _images(name, images, labels, SHAPE_CLASSES, opts, 255.0)
    if name == "my-points":
        return points_dataset(opts.extra.get("points", []), opts.test_ratio, opts.seed)
    if name in REGRESSION_SETS:
        check_data_budget(translate("Datasets", "'{name}' with {n} points").format(name=name, n=f"{opts.n:,}"),
                          opts.n * 64)
        x_tr, y_tr, x_te, y_te = regression_split(name, opts.n, opts.noise, opts.seed, opts.test_ratio)
        return DataSet(name, x_tr, y_tr, x_te, y_te, (), "points", task="regress")
    if name == "fruit-table":
        # The bundled example of a table: read through the same path as a learner's own file.
        table = read_table(Path(str(resource("datasets", "fruit_table.csv"))))
        return replace(table_dataset(table, TableChoice(), opts.test_ratio, opts.seed), name=name)
    if name == "table-file":
        if not opts.file:
            raise InputError(translate("Datasets", "The data set 'table-file' needs a file: set \"file\" in the "
                                       "design's dataset."))
        choice = TableChoice.from_options(opts.extra)
        table = read_table(opts.file, str(opts.extra.get("encoding", "auto")), opts.extra.get("delimiter") or None)
        return table_dataset(table, choice, opts.test_ratio, opts.seed)
    if name in ("idx-folder", "image-folder") and not opts.folder:
        raise InputError(translate("DatasetRegistry", "The data set '{name}' needs a folder: set \"folder\" in the design's dataset.").format(name=name))
    if name == "idx-folder":
        x_tr, y_tr, x_te, y_te = load_idx_folder(opts.folder)
        n_classes = int(max(y_tr.max(initial=0), y_te.max(initial=0))) + 1
        prep = lambda a: (a.astype(np.float32) / 255.0)[:, None]  # noqa: E731
        return DataSet(Path(opts.folder).name, prep(x_tr), y_tr, prep(x_te), y_te,
                       tuple(str(c) for c in range(n_classes)), "images")
    if name == "image-folder":
        images, labels, classes = load_image_folder(opts.folder, opts.image_size, bool(opts.color))
        return _images(Path(opts.folder).name, images, labels, classes, opts, 255.0)
    raise InputError(translate("DatasetRegistry", "Unknown data set '{name}'; choose one of {value}.").format(name=name, value=', '.join(DATASET_NAMES)))


def check_trainable(data: DataSet) -> None:
    """Refuse data sets a network cannot learn from, with a sentence saying why."""
    if len(data.x_train) == 0:
        raise InputError(translate("DatasetRegistry", "The data set '{name}' has no training samples.").format(name=data.name))
    if data.task == "regress":
        if not np.isfinite(data.y_train).all() or float(np.ptp(data.y_train)) == 0.0:
            raise InputError(translate("Datasets", "The targets of '{name}' are all the same number: there is "
                                       "nothing to predict.").format(name=data.name))
        return
    if len(np.unique(data.y_train)) < 2:
        raise InputError(translate("DatasetRegistry", "The data set '{name}' has only one class; a classifier needs two or more.").format(name=data.name))
