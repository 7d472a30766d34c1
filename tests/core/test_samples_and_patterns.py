"""Built-in images, test patterns, image facts and the digits data set."""

from __future__ import annotations

import numpy as np
import pytest

from nnstudio.core.datasets import load_digits
from nnstudio.core.errors import InputError
from nnstudio.core.image_facts import human_bytes, uncompressed_bytes
from nnstudio.core.patterns import checkerboard, color_bars, gray_ramp, zone_plate
from nnstudio.core.samples import DEFAULT_SAMPLE, PHOTOS, load_sample, sample_labels


@pytest.mark.parametrize("name", list(sample_labels()))
def test_every_sample_loads(name):
    image = load_sample(name)
    assert image.pixels.dtype == np.uint8 and image.width > 0 and image.height > 0
    assert image.source.name == name and image.source.path is None


def test_default_sample_is_a_photo():
    assert DEFAULT_SAMPLE in PHOTOS


def test_unknown_sample():
    with pytest.raises(InputError, match="no sample called"):
        load_sample("nope")


def test_gray_ramp_holds_every_level_left_to_right():
    ramp = gray_ramp(512, 4)
    assert np.unique(ramp).size == 256
    assert np.all(np.diff(ramp[0].astype(int)) >= 0)
    assert ramp[0, 0] == 0 and ramp[0, -1] == 255


def test_color_bars_are_saturated_and_rgb_ordered():
    bars = color_bars(512, 256)
    assert bars[0, 0].tolist() == [255, 255, 255]
    assert bars[0, 5 * 64 + 1].tolist() == [255, 0, 0]  # sixth bar: red
    assert bars[0, -1].tolist() == [0, 0, 0]
    bottom = bars[-1]
    assert bottom[:, 2].max() == 255 and bottom[:, 0].max() == 0  # last ramp is blue


def test_checkerboard_alternates():
    board = checkerboard(64, 8)
    assert board[0, 0] == 0 and board[0, 8] == 255 and board[8, 8] == 0
    assert board.mean() == pytest.approx(127.5)


def test_zone_plate_is_symmetric_and_bright_at_the_centre():
    plate = zone_plate(256)
    np.testing.assert_array_equal(plate, plate[::-1, :])
    np.testing.assert_array_equal(plate, plate.T)
    assert plate[127:129, 127:129].min() >= 254


def test_uncompressed_bytes_rounds_up_to_whole_bytes():
    assert uncompressed_bytes(3, 3, 1) == 2  # 9 bits
    assert uncompressed_bytes(8, 1, 1) == 1
    assert uncompressed_bytes(1920, 1080, 24) == 6_220_800
    assert human_bytes(512) == "512 bytes" and human_bytes(1536) == "1.5 KiB"
    assert human_bytes(6_220_800) == "5.9 MiB"


def test_digits_data_set():
    images, labels = load_digits()
    assert images.shape == (1797, 8, 8) and labels.shape == (1797,)
    assert images.max() == 16 and images.min() == 0
    assert sorted(np.unique(labels).tolist()) == list(range(10))
    assert np.bincount(labels).min() >= 170
