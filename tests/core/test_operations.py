"""Image operations against OpenCV and known properties; PSNR/SSIM; the pipeline of stages."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from nnstudio.core.convolution import ConvSettings, correlate_hwc
from nnstudio.core.errors import InputError
from nnstudio.core.kernels import PRESETS, make_kernel, normalise, parse_kernel
from nnstudio.core.operation_catalog import OPERATIONS, apply_operation
from nnstudio.core.operations import gaussian_noise, psnr, salt_pepper, ssim
from nnstudio.core.pipeline import ActivationStage, ConvStage, OperationStage, PoolStage, run_pipeline
from nnstudio.core.pooling import PoolSettings
from nnstudio.core.samples import load_sample, sample_labels


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    return np.asarray(load_sample(next(iter(sample_labels()))).pixels)


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_every_operation_runs_with_defaults_on_rgb_gray_and_tiny(name, photo):
    small = photo[:40, :50].astype(np.float32)
    small = small if small.ndim == 3 else small[:, :, None]
    for x in (small, small[:, :, :1].copy(), np.full((1, 1, 3), 9, np.float32)):
        out = apply_operation(name, x, {})
        assert out.dtype == np.float32 and out.ndim == 3 and np.all(np.isfinite(out))


def test_operations_match_opencv(photo):
    rgb = photo if photo.ndim == 3 else np.dstack([photo] * 3)
    x = rgb.astype(np.float32)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    np.testing.assert_array_equal(apply_operation("equalize", gray[:, :, None].astype(np.float32), {})[:, :, 0], cv2.equalizeHist(gray))
    _, otsu = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    np.testing.assert_array_equal(apply_operation("otsu", gray[:, :, None].astype(np.float32), {})[:, :, 0], otsu)
    np.testing.assert_array_equal(apply_operation("canny", x, {"low": 40, "high": 120})[:, :, 0], cv2.Canny(gray, 40, 120))
    np.testing.assert_array_equal(apply_operation("flip", x, {"axis": 0}), x[:, ::-1])
    np.testing.assert_array_equal(apply_operation("flip", x, {"axis": 1}), x[::-1])
    np.testing.assert_allclose(apply_operation("rotate", x, {"angle": 0}), x, atol=1e-3)
    np.testing.assert_allclose(apply_operation("gamma", x, {"gamma": 1}), x, atol=1e-3)
    eroded = apply_operation("erode", x, {"size": 3})
    assert np.all(eroded <= x + 1e-6)
    np.testing.assert_array_equal(eroded, cv2.erode(x, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3))))


def test_out_of_range_parameter_is_a_sentence(photo):
    with pytest.raises(InputError, match="between"):
        apply_operation("gamma", np.zeros((4, 4, 1), np.float32), {"gamma": float("nan")})
    with pytest.raises(InputError, match="no image operation"):
        apply_operation("nope", np.zeros((4, 4, 1), np.float32), {})


def test_psnr_matches_opencv_and_ssim_properties(photo):
    clean = photo.astype(np.float32)
    clean = clean if clean.ndim == 3 else clean[:, :, None]
    noisy = gaussian_noise(clean, sigma=25, seed=1)
    assert psnr(clean, noisy) == pytest.approx(cv2.PSNR(clean.astype(np.uint8), noisy.astype(np.uint8)), rel=1e-2)
    assert psnr(clean, clean) == float("inf")
    assert ssim(clean, clean) == pytest.approx(1.0)
    assert ssim(clean, noisy) == pytest.approx(ssim(noisy, clean))
    very_noisy = gaussian_noise(clean, sigma=60, seed=1)
    assert 0 < ssim(clean, very_noisy) < ssim(clean, noisy) < 1
    # Denoising salt and pepper with a median filter must bring the image closer to the clean one.
    sp = salt_pepper(clean, 0.1, seed=2)
    assert psnr(clean, apply_operation("median", sp, {"size": 3})) > psnr(clean, sp) + 5


def test_jpeg_loses_more_at_lower_quality(photo):
    clean = photo.astype(np.float32)
    clean = clean if clean.ndim == 3 else clean[:, :, None]
    high, low = apply_operation("jpeg", clean, {"quality": 95}), apply_operation("jpeg", clean, {"quality": 5})
    assert psnr(clean, low) < psnr(clean, high) < float("inf")
    u8 = clean.astype(np.uint8)
    bgr = cv2.cvtColor(u8, cv2.COLOR_RGB2BGR) if u8.shape[2] == 3 else u8[:, :, 0]
    ref = cv2.imdecode(cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, 5])[1], cv2.IMREAD_UNCHANGED)
    ref = cv2.cvtColor(ref, cv2.COLOR_BGR2RGB) if ref.ndim == 3 else ref[:, :, None]
    np.testing.assert_array_equal(low, ref)


def test_noise_is_seeded():
    x = np.full((8, 8, 1), 100, np.float32)
    assert np.array_equal(gaussian_noise(x, 10, 3), gaussian_noise(x, 10, 3))
    assert not np.array_equal(gaussian_noise(x, 10, 3), gaussian_noise(x, 10, 4))


def test_presets_and_kernel_parsing():
    for name in PRESETS:
        for size in (1, 3, 5, 7):
            k = make_kernel(name, size, sigma=1.2, seed=1)
            assert k.dtype == np.float32 and k.shape[0] == k.shape[1] >= size
    assert make_kernel("gaussian", 5, 1.0).sum() == pytest.approx(1.0)
    assert make_kernel("box", 3).sum() == pytest.approx(1.0)
    np.testing.assert_array_equal(make_kernel("sobel_x"), cv2.getDerivKernels(1, 0, 3)[1] @ cv2.getDerivKernels(1, 0, 3)[0].T)
    assert normalise(np.full((3, 3), 2, np.float32)).sum() == pytest.approx(1.0)
    with pytest.raises(InputError, match="sum to 0"):
        normalise(make_kernel("sobel_x"))
    np.testing.assert_array_equal(parse_kernel("[[1, 2], [3, 4]]"), [[1, 2], [3, 4]])
    for bad in ("[[1, 2], [3]]", "[[1, 'a']]", "blur", "[]", "[[1e39]]"):
        with pytest.raises(InputError):
            parse_kernel(bad)
    deep = "[" * 100_000 + "]" * 100_000  # Python's JSON parser raised RecursionError
    with pytest.raises(InputError) as refused:
        parse_kernel(deep)
    assert len(str(refused.value)) < 400  # one sentence, not the 200,000 characters back


def test_pipeline_matches_the_stages_run_by_hand(photo):
    kernel = make_kernel("sobel_x")
    stages = [
        ConvStage(kernel, ConvSettings(padding="same")),
        ActivationStage("relu"),
        PoolStage(PoolSettings("max", 2)),
        OperationStage("gamma", {"gamma": 2.0}, enabled=False),
    ]
    outs = run_pipeline(photo, stages, gray=True)
    assert len(outs) == 5
    gray = cv2.cvtColor(photo, cv2.COLOR_RGB2GRAY) if photo.ndim == 3 else photo
    np.testing.assert_array_equal(outs[0].chw[0], gray.astype(np.float32))
    conv = correlate_hwc(gray.astype(np.float32)[:, :, None], kernel, ConvSettings(padding="same"))
    np.testing.assert_array_equal(outs[1].hwc, conv)
    np.testing.assert_array_equal(outs[2].hwc, np.maximum(conv, 0))
    h, w = gray.shape
    assert outs[3].shape_text == f"1×{h // 2}×{w // 2}"
    assert outs[4].hwc is outs[3].hwc and outs[4].label.endswith("(off)")


def test_pipeline_error_names_the_stage():
    with pytest.raises(InputError, match="Stage 2"):
        run_pipeline(np.zeros((5, 5), np.uint8), [PoolStage(PoolSettings("max", 4)), ConvStage(np.ones((3, 3), np.float32))])


def test_pipeline_reuses_given_outputs_and_computes_the_rest(photo):
    stages = [ConvStage(make_kernel("box")), ActivationStage("tanh"), PoolStage(PoolSettings("avg", 2))]
    full = run_pipeline(photo, stages)
    from nnstudio.core.pipeline import run_until_error

    again, error = run_until_error(photo, stages, reuse=full[:2])
    assert error is None and again[1] is full[1]
    for a, b in zip(again, full):
        np.testing.assert_array_equal(a.hwc, b.hwc)
