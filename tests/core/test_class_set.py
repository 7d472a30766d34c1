"""The learner's own image classes: samples, names, saving as an image folder and opening again."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from nnstudio.core.class_set import SAMPLE_SIZE, ClassSet, open_class_set, to_sample
from nnstudio.core.dataset_registry import DataOptions, load_dataset
from nnstudio.core.errors import InputError
from nnstudio.core.image_folder import load_image_folder
from nnstudio.core.image_io import save_png


def _picture(seed: int, h: int = 90, w: int = 160) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (h, w, 3), dtype=np.uint8)


def test_a_sample_is_the_centre_square_scaled_with_opencv():
    frame = _picture(1)
    sample = to_sample(frame)
    expected = cv2.resize(frame[:, 35:125], (SAMPLE_SIZE, SAMPLE_SIZE), interpolation=cv2.INTER_AREA)
    assert sample.shape == (64, 64, 3) and sample.dtype == np.uint8
    np.testing.assert_array_equal(sample, expected)
    gray = to_sample(frame[:, :, 0])
    assert gray.shape == (64, 64, 3) and (gray[..., 0] == gray[..., 2]).all()


def test_classes_samples_and_counts():
    classes = ClassSet()
    a, b = classes.add_class("고양이"), classes.add_class(" dog ")
    assert classes.names == ["고양이", "dog"]
    classes.add_sample(a, _picture(1))
    classes.add_sample(a, _picture(2))
    classes.add_sample(b, _picture(3))
    assert classes.counts() == [2, 1]
    first = classes.classes[a].samples[1].copy()
    classes.delete_sample(a, 0)
    assert classes.counts() == [1, 1]
    np.testing.assert_array_equal(classes.classes[a].samples[0], first)
    classes.rename_class(b, "강아지")
    images, labels = classes.arrays()
    assert images.shape == (2, 64, 64, 3) and labels.tolist() == [0, 1]
    classes.delete_class(a)
    assert classes.names == ["강아지"]


@pytest.mark.parametrize("name", ["", "  ", "a/b", "x" * 61, "..", "DOG"])
def test_bad_or_taken_names_are_one_sentence(name):
    classes = ClassSet()
    classes.add_class("dog")
    with pytest.raises(InputError) as info:
        classes.add_class(name)
    assert "\n" not in str(info.value) and str(info.value).endswith(".")
    assert classes.names == ["dog"]


def test_save_and_open_round_trip_with_korean_names(tmp_path):
    classes = ClassSet()
    for name, seeds in (("빨강", (1, 2, 3)), ("파랑", (4, 5)), ("초록 공", (6,))):
        index = classes.add_class(name)
        for seed in seeds:
            classes.add_sample(index, _picture(seed))
    folder = classes.save(tmp_path / "내 클래스")
    assert sorted(p.name for p in folder.iterdir()) == sorted(["빨강", "파랑", "초록 공"])
    again = open_class_set(folder)
    assert sorted(again.names) == sorted(classes.names)
    for image_class in classes.classes:
        other = again.classes[again.names.index(image_class.name)]
        assert len(other.samples) == len(image_class.samples)
        for mine, theirs in zip(image_class.samples, other.samples):
            np.testing.assert_array_equal(mine, theirs)  # PNG is lossless
    # The app's own image-folder import reads it as a colour data set of the same pictures.
    images, labels, names = load_image_folder(folder, 64, color=True)
    assert names == sorted(classes.names) and images.shape == (6, 64, 64, 3)
    data = load_dataset("image-folder", DataOptions(folder=str(folder), image_size=64, color=True, test_ratio=0.0))
    assert data.input_shape == (3, 64, 64)
    for label, name in enumerate(names):  # each class's pictures, channels first, in 0..1
        mine = np.stack(classes.classes[classes.names.index(name)].samples).transpose(0, 3, 1, 2) / 255.0
        theirs = data.x_train[data.y_train == label]
        key = lambda a: a.reshape(len(a), -1).sum(1)  # noqa: E731  (the split shuffles)
        np.testing.assert_allclose(theirs[np.argsort(key(theirs))], mine[np.argsort(key(mine))], atol=1e-6)


def test_saving_again_replaces_the_folder_and_leaves_nothing_hidden(tmp_path):
    classes = ClassSet()
    for name in ("a", "b"):
        classes.add_sample(classes.add_class(name), _picture(len(name)))
    folder = classes.save(tmp_path / "set")
    classes.rename_class(1, "c")
    classes.save(folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["set"]
    assert sorted(p.name for p in folder.iterdir()) == ["a", "c"]


def test_saving_over_a_folder_of_other_files_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    classes = ClassSet()
    classes.add_class("a")
    with pytest.raises(InputError, match="already holds other files"):
        classes.save(tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_bad_folders_are_one_sentence(tmp_path):
    with pytest.raises(InputError, match="is not a folder"):
        open_class_set(tmp_path / "missing")
    with pytest.raises(InputError, match="no class sub-folders"):
        open_class_set(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "broken.png").write_bytes(b"not a png")
    with pytest.raises(InputError) as info:
        open_class_set(tmp_path)
    assert "broken.png" in str(info.value) and "\n" not in str(info.value)


def test_dropped_files_and_folders_are_added(tmp_path):
    save_png(tmp_path / "one.png", _picture(1, 30, 40))
    (tmp_path / "more").mkdir()
    save_png(tmp_path / "more" / "two.png", _picture(2))
    save_png(tmp_path / "more" / "three.jpg", _picture(3))
    (tmp_path / "more" / "readme.txt").write_text("skipped: not a picture")
    classes = ClassSet()
    index = classes.add_class("a")
    assert classes.add_files(index, [tmp_path / "one.png", tmp_path / "more"]) == 3
    assert classes.counts() == [3]
