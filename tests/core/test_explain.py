"""The explained sum is the value the convolution produced; pooling names the winning input."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from nnstudio.core.convolution import ConvSettings, correlate_hwc
from nnstudio.core.errors import InputError
from nnstudio.core.explain import explain_conv, explain_pool
from nnstudio.core.pooling import PoolSettings, pool_hwc


@pytest.mark.parametrize(
    "cfg",
    [ConvSettings(), ConvSettings(stride=2, padding="same", pad_mode="reflect"), ConvSettings(stride=3, padding=2, pad_mode="wrap", dilation=2), ConvSettings(padding=1, pad_mode="replicate", dilation=3)],
)
def test_explained_sum_equals_the_output_value(cfg):
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 255, (17, 19, 3)).astype(np.float32)
    kernel = rng.normal(size=(3, 3)).astype(np.float32)
    out = correlate_hwc(x, kernel, cfg)
    for row, col, ch in [(0, 0, 0), (out.shape[0] - 1, out.shape[1] - 1, 2), (out.shape[0] // 2, 1, 1)]:
        e = explain_conv(x, kernel, cfg, ch, row, col)
        np.testing.assert_allclose(e.products, e.patch * kernel)
        assert e.total == pytest.approx(float(out[row, col, ch]), rel=1e-5, abs=1e-3)


def test_explained_patch_is_the_input_under_the_kernel():
    x = np.arange(7 * 8, dtype=np.float32).reshape(7, 8, 1)
    e = explain_conv(x, np.ones((3, 3), np.float32), ConvSettings(stride=2, dilation=2), 0, 1, 1)
    assert e.origin == (2, 2) and e.step == 2
    np.testing.assert_array_equal(e.patch, x[2:7:2, 2:7:2, 0])


def test_max_pool_winner_is_torchs_argmax():
    x = np.random.default_rng(5).normal(size=(9, 10, 1)).astype(np.float32)
    cfg = PoolSettings(kind="max", size=3, stride=2, padding=1)
    out = pool_hwc(x, cfg)
    _, idx = F.max_pool2d(torch.from_numpy(x[:, :, 0])[None, None], 3, 2, 1, return_indices=True)
    for row in range(out.shape[0]):
        for col in range(out.shape[1]):
            e = explain_pool(x, cfg, 0, row, col)
            assert e.result == pytest.approx(float(out[row, col, 0]))
            assert e.winner[0] * 10 + e.winner[1] == int(idx[0, 0, row, col])


def test_avg_pool_explanation_and_bad_pixel():
    x = np.random.default_rng(6).normal(size=(6, 6, 2)).astype(np.float32)
    cfg = PoolSettings(kind="avg", size=2)
    e = explain_pool(x, cfg, 1, 2, 1)
    assert e.result == pytest.approx(float(pool_hwc(x, cfg)[2, 1, 1]), rel=1e-6)
    with pytest.raises(InputError, match="outside"):
        explain_pool(x, cfg, 0, 3, 0)
