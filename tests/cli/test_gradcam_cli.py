"""`nnstudio gradcam`: the saved map against Grad-CAM and saliency computed here with torch."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from trained_lenet import perturbed_lenet
import torch
import torch.nn.functional as F

from nnstudio.cli import main
from nnstudio.core.heat_overlay import colour_scale
from nnstudio.nn.build import save_weights
from nnstudio.nn.design_source import design_model, open_design_and_data


@pytest.fixture(scope="module")
def lenet(tmp_path_factory):
    """lenet_digits with weights other than the untrained seed's, saved as `train --save` does."""
    return perturbed_lenet(tmp_path_factory.mktemp("w"), seed=11)


def reference_map(model, x: np.ndarray, layer: int | None, target: int | None) -> np.ndarray:
    """Grad-CAM (layer given) or saliency (layer None) with .backward() and retain_grad()."""
    model.eval().zero_grad()
    inputs = torch.tensor(x[None], dtype=torch.float32, requires_grad=True)
    t = inputs
    kept = None
    for i, module in enumerate(model):
        t = module(t)
        if i == layer:
            kept = t
            kept.retain_grad()
    target = int(t.argmax()) if target is None else target
    t[0, target].backward()
    if layer is None:
        raw = inputs.grad[0].abs().amax(0)
    else:
        cam = torch.relu((kept.grad[0].mean((1, 2))[:, None, None] * kept[0]).sum(0)).detach()
        raw = F.interpolate(cam[None, None], size=x.shape[1:], mode="bilinear", align_corners=False)[0, 0]
    raw = raw.numpy()
    return (raw - raw.min()) / (raw.max() - raw.min())


@pytest.mark.parametrize("extra, layer, target", [
    ([], 2, None),                                   # defaults: the last conv layer (block 3), predicted class
    (["--layer", "1", "--class", "4"], 0, 4),
    (["--method", "saliency", "--class", "7"], None, 7),
])
def test_the_saved_map_equals_torch(tmp_path, lenet, extra, layer, target):
    model, data, weights = lenet
    out = tmp_path / "m.npy"
    assert main(["gradcam", "lenet_digits", "--weights", str(weights), "--sample", "9", "-o", str(out), *extra]) == 0
    heat = np.load(out)
    assert heat.shape == (8, 8) and heat.dtype == np.float32
    assert heat.min() >= 0.0 and heat.max() <= 1.0
    np.testing.assert_allclose(heat, reference_map(model, data.x_test[9], layer, target), atol=1e-5)


def test_a_picture_is_converted_like_the_app_and_the_png_is_an_overlay(tmp_path, lenet, capsys):
    model, _data, weights = lenet
    picture = np.zeros((64, 48, 3), np.uint8)
    cv2.circle(picture, (24, 32), 14, (255, 255, 255), 5)
    cv2.imwrite(str(tmp_path / "p.png"), picture)
    assert main(["gradcam", "lenet_digits", "--weights", str(weights), "--input", str(tmp_path / "p.png"),
                 "--class", "0", "-o", str(tmp_path / "m.npy")]) == 0
    gray = cv2.cvtColor(picture, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255
    x = cv2.resize(gray, (8, 8), interpolation=cv2.INTER_AREA)[None]
    heat = np.load(tmp_path / "m.npy")
    np.testing.assert_allclose(heat, reference_map(model, x, 2, 0), atol=1e-5)
    assert main(["gradcam", "lenet_digits", "--weights", str(weights), "--input", str(tmp_path / "p.png"),
                 "--class", "0", "-o", str(tmp_path / "m.png")]) == 0
    assert "class 0" in capsys.readouterr().out
    png = cv2.cvtColor(cv2.imread(str(tmp_path / "m.png")), cv2.COLOR_BGR2RGB)
    assert png.shape == (256, 256, 3)  # 8×8 enlarged 32 times, pixels square
    # The hottest input pixel's block carries the scale's colour for 1 blended over the picture.
    y, x0 = np.unravel_index(np.argmax(heat), heat.shape)
    hot = colour_scale(np.ones((1, 1), np.float32))[0, 0].astype(float)
    block = png[y * 32 + 15: y * 32 + 17, x0 * 32 + 15: x0 * 32 + 17].reshape(-1, 3).astype(float).mean(0)
    base = np.round(np.clip(np.asarray(x[0, y, x0]), 0, 1) * 255)
    np.testing.assert_allclose(block, 0.55 * base + 0.45 * hot, atol=10)  # jet is steep near 1


@pytest.mark.parametrize("args, words", [
    (["lenet_digits", "--sample", "0"], "--weights"),
    (["lenet_digits", "--weights", "W", "--sample", "0", "--layer", "2"], "not a convolution"),
    (["lenet_digits", "--weights", "W", "--sample", "0", "--layer", "99"], "no layer 99"),
    (["lenet_digits", "--weights", "W", "--sample", "0", "--class", "10"], "Class 10 does not exist"),
    (["lenet_digits", "--weights", "W", "--sample", "0", "--class", "cat"], "neither a class number"),
    (["lenet_digits", "--weights", "W", "--sample", "100000"], "--sample must be between"),
    (["lenet_digits", "--weights", "missing.pt", "--sample", "0"], "missing.pt"),
    (["lenet_digits", "--weights", "W", "--input", "nothing.png"], "nothing.png"),
    (["mlp_digits", "--weights", "MLP", "--sample", "0"], "no convolution layer"),
])
def test_bad_arguments_exit_2_with_one_sentence(tmp_path, lenet, capsys, args, words):
    _model, _data, weights = lenet
    mlp_weights = tmp_path / "mlp.pt"
    mlp_design, mlp_data = open_design_and_data("mlp_digits")
    save_weights(design_model(mlp_design, mlp_data), mlp_weights)
    args = [str(weights) if a == "W" else str(mlp_weights) if a == "MLP" else a for a in args]
    out = tmp_path / "m.npy"
    assert main(["gradcam", *args, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "internal error" not in err, err
    assert not out.exists()


def test_the_output_must_be_npy_or_png(tmp_path, lenet, capsys):
    assert main(["gradcam", "lenet_digits", "--weights", str(lenet[2]), "--sample", "0", "-o", str(tmp_path / "m.jpg")]) == 2
    assert ".npy or .png" in capsys.readouterr().err
