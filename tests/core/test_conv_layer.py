"""The conv layer equals torch.nn.functional.conv2d with groups=1 (and its per-channel mode
groups=C), for any shapes, strides, paddings and dilations; one value taken apart sums to it."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings, strategies as st

from nnstudio.core.conv_layer import (ConvLayerStage, check_layer_kernel, conv_layer_chw, explain_layer_value,
                                      read_kernel_argument, starting_layer)
from nnstudio.core.convolution import ConvSettings
from nnstudio.core.errors import InputError

TORCH_MODES = {"zero": "constant", "reflect": "reflect", "replicate": "replicate", "wrap": "circular"}


def torch_layer(x_chw, weight, bias, s: ConvSettings, groups=1):
    t = torch.from_numpy(np.ascontiguousarray(x_chw, np.float32))[None]
    kh, kw = weight.shape[2:]
    if s.padding == "same":
        pads = []
        for k in (kw, kh):
            total = s.dilation * (k - 1)
            pads += [total // 2, total - total // 2]
    else:
        pads = [int(s.padding)] * 4
    if any(pads):
        t = F.pad(t, pads, mode=TORCH_MODES[s.pad_mode]) if s.pad_mode != "zero" else F.pad(t, pads)
    out = F.conv2d(t, torch.from_numpy(weight), None if bias is None else torch.from_numpy(bias),
                   stride=s.stride, dilation=s.dilation, groups=groups)
    return out[0].numpy()


@st.composite
def layers(draw):
    c_in, c_out = draw(st.integers(1, 4)), draw(st.integers(1, 5))
    k = draw(st.sampled_from([1, 2, 3, 5]))
    dilation = draw(st.integers(1, 3))
    mode = draw(st.sampled_from(["zero", "reflect", "replicate", "wrap"]))
    padding = draw(st.sampled_from(["same", 0, 1, 2]))
    span = dilation * (k - 1) + 1
    h, w = draw(st.integers(max(span, 3), 14)), draw(st.integers(max(span, 3), 14))
    rng = np.random.default_rng(draw(st.integers(0, 2**16)))
    x = rng.uniform(0, 255, (c_in, h, w)).astype(np.float32)
    weight = rng.normal(0, 1, (c_out, c_in, k, k)).astype(np.float32)
    bias = rng.normal(0, 5, c_out).astype(np.float32)
    return x, weight, bias, ConvSettings(draw(st.integers(1, 3)), padding, mode, dilation)


@settings(max_examples=150, deadline=None)
@given(layers())
def test_equals_torch_conv2d_groups_1(case):
    x, weight, bias, s = case
    ours = conv_layer_chw(x, check_layer_kernel(weight, bias), s)
    ref = torch_layer(x, weight, bias, s)
    assert ours.shape == ref.shape and ours.shape[0] == weight.shape[0]
    np.testing.assert_allclose(ours, ref, rtol=1e-4, atol=2e-2)


@settings(max_examples=60, deadline=None)
@given(layers())
def test_per_channel_mode_equals_torch_groups_c(case):
    x, weight, _bias, s = case
    stage = ConvLayerStage(check_layer_kernel(weight), s, depthwise=True)
    ours = stage.apply(np.ascontiguousarray(x.transpose(1, 2, 0))).transpose(2, 0, 1)
    c = x.shape[0]
    ref = torch_layer(x, np.ascontiguousarray(weight[0][:, None]), None, s, groups=c)
    np.testing.assert_allclose(ours, ref, rtol=1e-4, atol=2e-2)


@settings(max_examples=60, deadline=None)
@given(layers(), st.data())
def test_one_value_is_the_sum_over_channels(case, data):
    x, weight, bias, s = case
    kernel = check_layer_kernel(weight, bias)
    out = conv_layer_chw(x, kernel, s)
    o = data.draw(st.integers(0, out.shape[0] - 1))
    r, c = data.draw(st.integers(0, out.shape[1] - 1)), data.draw(st.integers(0, out.shape[2] - 1))
    terms, b, value = explain_layer_value(np.ascontiguousarray(x.transpose(1, 2, 0)), kernel, s, o, r, c)
    assert len(terms) == x.shape[0] and b == pytest.approx(float(bias[o]))
    assert value == pytest.approx(float(out[o, r, c]), rel=1e-4, abs=2e-2)
    for term in terms:
        assert term.total == pytest.approx(float(np.sum(term.patch * term.kernel)))


def test_parameter_counts_equal_torch_modules():
    kernel = starting_layer()
    full = torch.nn.Conv2d(3, 4, 3)
    depthwise = torch.nn.Conv2d(3, 3, 3, groups=3)
    assert kernel.params == sum(p.numel() for p in full.parameters()) == 112
    assert kernel.depthwise_params() == sum(p.numel() for p in depthwise.parameters()) == 30


def test_channel_mismatch_is_one_sentence():
    kernel = check_layer_kernel(np.ones((2, 4, 3, 3)))
    with pytest.raises(InputError) as info:
        conv_layer_chw(np.zeros((3, 8, 8)), kernel)
    assert "4" in str(info.value) and "3" in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("text", ["[[[1]]]", '{"weight": [[[[1]]]], "bias": [1, 2]}', '{"w": 1}', "[[[[1, 2], [3]]]]",
                                  "[[[[NaN]]]]", "nope.json"])
def test_bad_kernels_are_refused(text, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError):
        read_kernel_argument(text)


def test_kernel_argument_forms(tmp_path):
    assert read_kernel_argument("sobel_x").shape == (3, 3)
    assert read_kernel_argument("[[0, 1], [1, 0]]").shape == (2, 2)
    layer = read_kernel_argument('{"weight": [[[[1]], [[2]]]], "bias": [0.5]}')
    assert layer.weight.shape == (1, 2, 1, 1) and layer.bias.tolist() == [0.5]
    path = tmp_path / "k.json"
    path.write_text("[[[[1, 0], [0, 1]]]]")
    assert read_kernel_argument(str(path)).weight.shape == (1, 1, 2, 2)
