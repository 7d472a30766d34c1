"""Convolution, activation and pooling against torch.nn.functional, number for number."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnstudio.core.activations import ACTIVATIONS, activate
from nnstudio.core.convolution import ConvSettings, conv2d, output_shape, output_size
from nnstudio.core.errors import InputError
from nnstudio.core.pooling import PoolSettings, pool2d

TORCH_PAD = {"zero": "constant", "reflect": "reflect", "replicate": "replicate", "wrap": "circular"}


def torch_conv(x: np.ndarray, kernel: np.ndarray, s: ConvSettings) -> np.ndarray:
    """The reference: F.pad in the given mode, then depthwise conv2d (groups=C)."""
    c = x.shape[0]
    t = torch.from_numpy(np.ascontiguousarray(x, np.float32))[None].double()
    kh, kw = kernel.shape
    if s.padding == "same":
        ph, pw = s.dilation * (kh - 1), s.dilation * (kw - 1)
        pads = (pw // 2, pw - pw // 2, ph // 2, ph - ph // 2)
    else:
        p = 0 if s.padding == "valid" else int(s.padding)
        pads = (p, p, p, p)
    if any(pads):
        t = F.pad(t, pads, mode=TORCH_PAD[s.pad_mode]) if s.pad_mode != "zero" else F.pad(t, pads)
    w = torch.from_numpy(kernel.astype(np.float64))[None, None].repeat(c, 1, 1, 1)
    return F.conv2d(t, w, stride=s.stride, dilation=s.dilation, groups=c)[0].numpy()


def assert_close(ours: np.ndarray, ref: np.ndarray, scale: float) -> None:
    assert ours.shape == ref.shape
    # Relative 1e-4, with an absolute floor for outputs that cancel to about 0.
    np.testing.assert_allclose(ours, ref, rtol=1e-4, atol=1e-4 * max(scale, 1.0))


@st.composite
def conv_case(draw):
    kh = draw(st.integers(1, 7))
    kw = draw(st.sampled_from([kh, draw(st.integers(1, 7))]))
    d = draw(st.integers(1, 3))
    s = draw(st.integers(1, 4))
    mode = draw(st.sampled_from(["zero", "reflect", "replicate", "wrap"]))
    padding = draw(st.sampled_from(["valid", "same", 0, 1, 2, 3]))
    h = draw(st.integers(1, 24))
    w = draw(st.integers(1, 24))
    c = draw(st.sampled_from([1, 3]))
    seed = draw(st.integers(0, 2**31))
    return kh, kw, d, s, mode, padding, h, w, c, seed


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conv_case())
def test_conv2d_matches_torch(case):
    kh, kw, d, s, mode, padding, h, w, c, seed = case
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 255, (c, h, w)).astype(np.float32)
    kernel = rng.uniform(-2, 2, (kh, kw)).astype(np.float32)
    cfg = ConvSettings(stride=s, padding=padding, pad_mode=mode, dilation=d)
    try:
        ref = torch_conv(x, kernel, cfg)
    except RuntimeError:
        # torch refuses (kernel larger than the padded image, reflect pad >= size, ...):
        # nnstudio must refuse too, with a sentence, not a crash.
        with pytest.raises(InputError):
            conv2d(x, kernel, cfg)
        return
    ours = conv2d(x, kernel, cfg)
    assert ours.dtype == np.float32
    assert_close(ours, ref, 255 * np.abs(kernel).sum())


@pytest.mark.parametrize("stride", [1, 2, 3, 4])
@pytest.mark.parametrize("k", [3, 5])
def test_strided_route_matches_torch_on_a_real_size(stride, k):
    rng = np.random.default_rng(k * 10 + stride)
    x = rng.uniform(0, 255, (3, 61, 83)).astype(np.float32)
    kernel = rng.normal(size=(k, k)).astype(np.float32)
    for padding in ("same", 0, 2):
        cfg = ConvSettings(stride=stride, padding=padding)
        assert_close(conv2d(x, kernel, cfg), torch_conv(x, kernel, cfg), 255 * np.abs(kernel).sum())


@st.composite
def pool_case(draw):
    k = draw(st.integers(1, 4))
    s = draw(st.sampled_from([None, 1, 2, 3, 4]))
    p = draw(st.integers(0, k // 2))
    h = draw(st.integers(1, 20))
    w = draw(st.integers(1, 20))
    kind = draw(st.sampled_from(["max", "avg"]))
    return k, s, p, h, w, kind, draw(st.integers(0, 2**31))


@settings(max_examples=60, deadline=None)
@given(pool_case())
def test_pooling_matches_torch(case):
    k, s, p, h, w, kind, seed = case
    x = np.random.default_rng(seed).normal(0, 100, (3, h, w)).astype(np.float32)
    t = torch.from_numpy(x)[None]
    fn = F.max_pool2d if kind == "max" else F.avg_pool2d
    cfg = PoolSettings(kind=kind, size=k, stride=s, padding=p)
    try:
        ref = fn(t, k, stride=s or k, padding=p)[0].numpy()
    except RuntimeError:
        with pytest.raises(InputError):
            pool2d(x, cfg)
        return
    assert_close(pool2d(x, cfg), ref, 100)


def test_global_average_pool_is_one_number_per_channel():
    x = np.random.default_rng(1).normal(size=(3, 9, 13)).astype(np.float32)
    ours = pool2d(x, PoolSettings(kind="global_avg"))
    ref = F.adaptive_avg_pool2d(torch.from_numpy(x)[None], 1)[0].numpy()
    assert ours.shape == (3, 1, 1)
    np.testing.assert_allclose(ours, ref, rtol=1e-5)


@pytest.mark.parametrize(
    "name, fn",
    [("relu", F.relu), ("leaky_relu", F.leaky_relu), ("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("abs", torch.abs), ("none", lambda t: t)],
)
def test_activations_match_torch(name, fn):
    x = np.concatenate([np.linspace(-1e4, 1e4, 101), np.linspace(-5, 5, 101)]).astype(np.float32)
    np.testing.assert_allclose(activate(x, name), fn(torch.from_numpy(x)).numpy(), rtol=1e-5, atol=1e-6)
    assert set(ACTIVATIONS) == {"none", "relu", "leaky_relu", "sigmoid", "tanh", "abs"}


def test_output_size_formula():
    # out = floor((n + 2p - d(k-1) - 1)/s) + 1, checked against torch's conv2d shape.
    for n, k, s, p, d in [(10, 3, 1, 0, 1), (10, 3, 2, 1, 1), (7, 3, 3, 2, 2), (1920, 7, 4, 3, 3)]:
        ref = F.conv2d(torch.zeros(1, 1, n, n), torch.zeros(1, 1, k, k), stride=s, padding=p, dilation=d).shape[-1]
        assert output_size(n, k, s, p, d) == ref
        assert output_shape((n, n), (k, k), ConvSettings(stride=s, padding=p, dilation=d)) == (ref, ref)


def test_kernel_larger_than_image_gets_a_sentence():
    with pytest.raises(InputError, match="kernel covers"):
        conv2d(np.zeros((1, 2, 2), np.float32), np.ones((5, 5), np.float32))


def test_one_pixel_and_one_row_images():
    kernel = np.arange(9, dtype=np.float32).reshape(3, 3)
    one = np.full((1, 1, 1), 7, np.float32)
    assert_close(conv2d(one, kernel, ConvSettings(padding="same")), torch_conv(one, kernel, ConvSettings(padding="same")), 1e3)
    row = np.random.default_rng(0).uniform(0, 255, (3, 1, 5000)).astype(np.float32)
    cfg = ConvSettings(padding=1, pad_mode="replicate", stride=2)
    assert_close(conv2d(row, kernel, cfg), torch_conv(row, kernel, cfg), 255 * 36)


def test_all_zero_kernel_and_huge_values_are_well_defined():
    x = np.random.default_rng(0).uniform(0, 255, (1, 8, 8)).astype(np.float32)
    assert not conv2d(x, np.zeros((3, 3), np.float32)).any()
    huge = conv2d(x, np.full((3, 3), 1e38, np.float32))  # overflows float32 to inf, as torch does
    ref = F.conv2d(torch.from_numpy(x)[None], torch.full((1, 1, 3, 3), 1e38))[0].numpy()
    assert np.array_equal(np.isinf(huge), np.isinf(ref))
