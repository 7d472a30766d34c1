import numpy as np
import pytest
import torch

from nnstudio.core.errors import InputError
from nnstudio.nn.export import export_model, export_onnx, export_torchscript, onnx_max_difference


def _trained_a_little(model, x):
    # Weights away from their init, and batch-norm-free models in eval mode: what users export.
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(3):
        opt.zero_grad()
        model(x).square().mean().backward()
        opt.step()
    return model


def test_onnx_passes_the_checker_and_matches_torch_in_onnxruntime(tmp_path, lenet, digits_batch):
    pytest.importorskip("onnx", reason="ONNX checks need the export extra: pip install 'nnstudio[export]'")
    ort = pytest.importorskip("onnxruntime", reason="ONNX checks need the export extra: pip install 'nnstudio[export]'")
    import onnx

    model = _trained_a_little(lenet, digits_batch)
    path = export_onnx(model, (1, 8, 8), tmp_path / "lenet.onnx")
    onnx.checker.check_model(onnx.load(str(path)), full_check=True)
    # A batch size other than the one traced: the batch axis is dynamic.
    x = np.random.default_rng(0).random((7, 1, 8, 8)).astype(np.float32)
    (got,) = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"input": x})
    model.eval()
    with torch.no_grad():
        ref = model(torch.from_numpy(x)).numpy()
    assert got.shape == (7, 10)
    np.testing.assert_allclose(got, ref, atol=1e-4, rtol=0)
    assert onnx_max_difference(model, path, x) < 1e-4


def test_onnx_of_a_dense_network(tmp_path, make_mlp):
    pytest.importorskip("onnxruntime", reason="ONNX checks need the export extra: pip install 'nnstudio[export]'")
    torch.manual_seed(0)
    model = make_mlp([2, 8, 8, 2])
    path = export_model(model, (2,), tmp_path / "mlp.onnx", "onnx")
    x = np.random.default_rng(1).normal(size=(4, 2)).astype(np.float32)
    assert onnx_max_difference(model, path, x) < 1e-4


@pytest.mark.filterwarnings("ignore:`torch.jit.load` is deprecated:DeprecationWarning")
def test_torchscript_reloads_and_matches(tmp_path, lenet, digits_batch):
    model = _trained_a_little(lenet, digits_batch)
    model.train()
    path = export_torchscript(model, (1, 8, 8), tmp_path / "lenet.pt")
    assert model.training  # the caller's model is untouched
    loaded = torch.jit.load(str(path))
    x = torch.rand(5, 1, 8, 8, generator=torch.Generator().manual_seed(3))
    model.eval()
    with torch.no_grad():
        np.testing.assert_allclose(loaded(x).numpy(), model(x).numpy(), atol=1e-6)


def test_wrong_input_shape_and_format_are_refused(tmp_path, lenet):
    with pytest.raises(InputError, match="does not fit"):
        export_torchscript(lenet, (3, 8, 8), tmp_path / "x.pt")
    with pytest.raises(InputError, match="onnx or torchscript"):
        export_model(lenet, (1, 8, 8), tmp_path / "x.bin", "keras")
    assert not (tmp_path / "x.pt").exists()
