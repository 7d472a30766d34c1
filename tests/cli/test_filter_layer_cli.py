"""`nnstudio filter IMAGE --kernel KERNEL.json` with a 4-D kernel: the .npy is torch's conv2d
(groups=1, with the bias); a kernel whose C_in does not fit the image exits 2."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image

from nnstudio.cli import main


@pytest.fixture
def image(tmp_path):
    rgb = np.random.default_rng(3).integers(0, 256, (21, 26, 3), dtype=np.uint8)
    path = tmp_path / "in.png"
    Image.fromarray(rgb).save(path)
    return path, rgb


@pytest.mark.parametrize("gray, stride, padding, dilation", [(False, 1, 1, 1), (False, 2, 0, 2), (True, 1, 2, 1)])
def test_layer_kernel_npy_equals_torch(image, tmp_path, gray, stride, padding, dilation):
    path, rgb = image
    c_in = 1 if gray else 3
    rng = np.random.default_rng(7)
    weight = rng.normal(0, 1, (4, c_in, 3, 3)).round(3)
    bias = rng.normal(0, 3, 4).round(3)
    kernel = tmp_path / "layer.json"
    kernel.write_text(json.dumps({"weight": weight.tolist(), "bias": bias.tolist()}))
    out = tmp_path / "out.npy"
    argv = ["filter", str(path), "--kernel", str(kernel), "-o", str(out), "--stride", str(stride),
            "--padding", str(padding), "--dilation", str(dilation)] + (["--gray"] if gray else [])
    assert main(argv) == 0
    x = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)[None] if gray else rgb.transpose(2, 0, 1)
    ref = F.conv2d(torch.from_numpy(x.astype(np.float32))[None], torch.from_numpy(weight.astype(np.float32)),
                   torch.from_numpy(bias.astype(np.float32)), stride=stride, padding=padding, dilation=dilation)[0]
    ours = np.load(out)
    assert ours.shape == tuple(ref.shape) and ours.shape[0] == 4 and ours.dtype == np.float32
    np.testing.assert_allclose(ours, ref.numpy(), rtol=1e-4, atol=1e-2)


def test_bare_nested_lists_without_bias(image, tmp_path):
    path, rgb = image
    kernel = tmp_path / "k.json"
    weight = np.zeros((2, 3, 1, 1))
    weight[0, 0, 0, 0], weight[1, 2, 0, 0] = 1, -1  # map 0 = R, map 1 = −B
    kernel.write_text(json.dumps(weight.tolist()))
    out = tmp_path / "o.npy"
    assert main(["filter", str(path), "--kernel", str(kernel), "-o", str(out)]) == 0
    ours = np.load(out)
    np.testing.assert_array_equal(ours[0], rgb[..., 0].astype(np.float32))
    np.testing.assert_array_equal(ours[1], -rgb[..., 2].astype(np.float32))


@pytest.mark.parametrize("c_in, gray", [(1, False), (3, True), (4, False)])
def test_mismatched_c_in_exits_2_with_one_sentence(image, tmp_path, capsys, c_in, gray):
    path, _rgb = image
    kernel = tmp_path / "k.json"
    kernel.write_text(json.dumps(np.ones((2, c_in, 3, 3)).tolist()))
    out = tmp_path / "o.npy"
    argv = ["filter", str(path), "--kernel", str(kernel), "-o", str(out)] + (["--gray"] if gray else [])
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"expects {c_in} input channel" in err
    assert not out.exists()
