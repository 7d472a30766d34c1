"""The built-in and imported data sets, checked against what they must be."""

from __future__ import annotations

import gzip

import numpy as np
import pytest
from PIL import Image

from nnstudio.core.dataset_registry import DataOptions, check_trainable, load_dataset
from nnstudio.core.errors import InputError
from nnstudio.core.idx import read_idx, write_idx


@pytest.mark.parametrize("name, truth", [
    ("gate-and", lambda a, b: a & b), ("gate-or", lambda a, b: a | b),
    ("gate-nand", lambda a, b: 1 - (a & b)), ("gate-xor", lambda a, b: a ^ b),
])
def test_gates_are_their_truth_tables(name, truth):
    data = load_dataset(name)
    a, b = data.x_train[:, 0].astype(int), data.x_train[:, 1].astype(int)
    assert len(data.x_train) == 4
    np.testing.assert_array_equal(data.y_train, truth(a, b))


@pytest.mark.parametrize("name", ["circle", "quadrants", "gauss", "spiral", "moons"])
def test_toy_sets_are_seeded_split_and_two_class(name):
    opts = DataOptions(n=400, noise=0.05, test_ratio=0.25, seed=3)
    a, b = load_dataset(name, opts), load_dataset(name, opts)
    np.testing.assert_array_equal(a.x_train, b.x_train)
    assert a.x_train.shape == (300, 2) and a.x_test.shape == (100, 2)
    assert a.x_train.dtype == np.float32 and set(np.unique(a.y_train)) == {0, 1}
    other = load_dataset(name, DataOptions(n=400, noise=0.05, test_ratio=0.25, seed=4))
    assert not np.array_equal(a.x_train, other.x_train)


def test_quadrants_labels_follow_the_signs_without_noise():
    data = load_dataset("quadrants", DataOptions(n=200, noise=0.0))
    x, y = data.x_train, data.y_train
    np.testing.assert_array_equal(y, (x[:, 0] > 0) ^ (x[:, 1] > 0))


def test_circle_labels_follow_the_radius_without_noise():
    data = load_dataset("circle", DataOptions(n=300, noise=0.0))
    radius = np.hypot(data.x_train[:, 0], data.x_train[:, 1])
    np.testing.assert_array_equal(data.y_train, radius > 0.6)


def test_gauss_classes_sit_round_their_two_centres():
    data = load_dataset("gauss", DataOptions(n=4000, noise=0.0))
    for label, centre in ((0, -0.5), (1, 0.5)):
        np.testing.assert_allclose(data.x_train[data.y_train == label].mean(0), [centre, centre], atol=0.03)


def test_spiral_arms_are_point_reflections_of_each_other():
    data = load_dataset("spiral", DataOptions(n=2000, noise=0.0, test_ratio=0.0))
    x, y = data.x_train, data.y_train
    # The arms are the same curve turned by 180 degrees: for each radius, angles differ by pi.
    for label in (0, 1):
        r = np.hypot(*x[y == label].T)
        angle = np.arctan2(x[y == label][:, 1], x[y == label][:, 0])
        unwrapped = np.mod(angle - r * 2.5 * np.pi - np.pi * label, 2 * np.pi)
        assert np.allclose(np.minimum(unwrapped, 2 * np.pi - unwrapped), 0, atol=1e-4)


def test_noise_spreads_the_points_and_test_ratio_cuts_the_split():
    clean = load_dataset("moons", DataOptions(n=1000, noise=0.0, test_ratio=0.3))
    noisy = load_dataset("moons", DataOptions(n=1000, noise=0.3, test_ratio=0.3))
    assert len(clean.x_test) == 300 and len(clean.x_train) == 700
    assert noisy.x_train.std() > clean.x_train.std()


def test_idx_reader_follows_the_published_layout(tmp_path):
    # Built byte by byte from the format description: 0, 0, type 0x08 (uint8), 3 dimensions,
    # then the sizes as big-endian uint32 and the pixels row-major.
    pixels = np.arange(2 * 3 * 4, dtype=np.uint8)
    raw = bytes([0, 0, 0x08, 3]) + (2).to_bytes(4, "big") + (3).to_bytes(4, "big") + (4).to_bytes(4, "big")
    (tmp_path / "x-idx3-ubyte").write_bytes(raw + pixels.tobytes())
    np.testing.assert_array_equal(read_idx(tmp_path / "x-idx3-ubyte"), pixels.reshape(2, 3, 4))
    labels = bytes([0, 0, 0x08, 1]) + (3).to_bytes(4, "big") + bytes([7, 0, 9])
    (tmp_path / "y-idx1-ubyte.gz").write_bytes(gzip.compress(labels))
    np.testing.assert_array_equal(read_idx(tmp_path / "y-idx1-ubyte.gz"), [7, 0, 9])


def test_digits_are_the_1797_real_images():
    data = load_dataset("digits")
    assert len(data.x_train) + len(data.x_test) == 1797
    assert data.x_train.shape[1:] == (1, 8, 8) and 0 <= data.x_train.min() and data.x_train.max() <= 1
    assert data.num_classes == 10


def test_shapes_are_seeded_images_of_three_classes():
    data = load_dataset("shapes", DataOptions(n=90, seed=1))
    again = load_dataset("shapes", DataOptions(n=90, seed=1))
    np.testing.assert_array_equal(data.x_train, again.x_train)
    assert data.x_train.shape[1:] == (1, 28, 28) and data.class_names == ("circle", "square", "triangle")
    assert data.x_train.max() == 1.0 and (data.x_train.reshape(len(data.x_train), -1).max(1) > 0).all()


def test_idx_folder_round_trip_plain_and_gzip(tmp_path):
    rng = np.random.default_rng(0)
    train = rng.integers(0, 256, (12, 5, 4), dtype=np.uint8)
    test = rng.integers(0, 256, (6, 5, 4), dtype=np.uint8)
    write_idx(tmp_path / "train-images-idx3-ubyte.gz", train)
    write_idx(tmp_path / "train-labels-idx1-ubyte.gz", np.arange(12, dtype=np.uint8) % 3)
    write_idx(tmp_path / "t10k-images-idx3-ubyte", test)
    write_idx(tmp_path / "t10k-labels-idx1-ubyte", np.arange(6, dtype=np.uint8) % 3)
    np.testing.assert_array_equal(read_idx(tmp_path / "t10k-images-idx3-ubyte"), test)
    data = load_dataset("idx-folder", DataOptions(folder=str(tmp_path)))
    np.testing.assert_allclose(data.x_train[:, 0], train / 255.0, rtol=1e-6)
    assert data.num_classes == 3 and data.x_test.shape == (6, 1, 5, 4)


def test_truncated_idx_is_one_sentence(tmp_path):
    path = tmp_path / "t10k-images-idx3-ubyte"
    write_idx(path, np.zeros((4, 3, 3), np.uint8))
    path.write_bytes(path.read_bytes()[:-5])
    with pytest.raises(InputError, match="cut short"):
        read_idx(path)


def test_image_folder_one_subfolder_per_class(tmp_path):
    for k, cls in enumerate(["cats", "dogs"]):
        (tmp_path / cls).mkdir()
        for i in range(3):
            Image.fromarray(np.full((40, 30, 3), 60 * k + i, np.uint8)).save(tmp_path / cls / f"{i}.png")
    data = load_dataset("image-folder", DataOptions(folder=str(tmp_path), image_size=16, test_ratio=0.0))
    assert data.class_names == ("cats", "dogs") and data.x_train.shape == (6, 1, 16, 16)
    bright = data.x_train[:, 0].mean(axis=(1, 2)) > 50 / 255
    np.testing.assert_array_equal(bright, data.y_train == 1)


def test_untrainable_and_unknown_sets_are_refused(tmp_path):
    (tmp_path / "only").mkdir()
    with pytest.raises(InputError, match="two sub-folders"):
        load_dataset("image-folder", DataOptions(folder=str(tmp_path)))
    with pytest.raises(InputError, match="Unknown data set 'mnist'"):
        load_dataset("mnist")
    one_class = load_dataset("gate-and")
    one_class = type(one_class)("ones", one_class.x_train, one_class.y_train * 0, one_class.x_test,
                                one_class.y_test, ("0", "1"))
    with pytest.raises(InputError, match="only one class"):
        check_trainable(one_class)


def test_an_empty_class_folder_and_a_missing_folder_are_named(tmp_path):
    for cls in ("cats", "dogs"):
        (tmp_path / cls).mkdir()
    Image.fromarray(np.zeros((8, 8), np.uint8)).save(tmp_path / "cats" / "a.png")
    with pytest.raises(InputError, match="'dogs'.*holds no images"):
        load_dataset("image-folder", DataOptions(folder=str(tmp_path)))
    with pytest.raises(InputError, match="needs a folder"):
        load_dataset("idx-folder")


@pytest.mark.parametrize("name", ["digits", "shapes", "spiral", "gate-xor"])
def test_labels_are_int64_as_the_docstring_says(name):
    data = load_dataset(name)
    assert data.y_train.dtype == np.int64 and data.y_test.dtype == np.int64
