"""A trained model in files other programs open: ONNX (Netron, ONNX Runtime, OpenVINO) and
TorchScript (C++ libtorch, no Python class needed).

ONNX export uses torch's legacy TorchScript-based exporter (``dynamo=False``), which, unlike
the dynamo exporter, does not pull in onnxscript, but since torch 2.9 imports ``onnx``: that is
a base dependency. Running a file to compare it with torch needs onnxruntime, an optional
extra (``pip install nnstudio[export]``).
"""

from __future__ import annotations

import copy
import io
import warnings
from pathlib import Path

import numpy as np
import torch
from torch import nn

from ..core.atomic_write import check_writable, write_bytes
from ..core.errors import InputError
from ..core.i18n import translate

ONNX_OPSET = 17
FORMATS = ("onnx", "torchscript")


def _example(model: nn.Module, input_shape: tuple[int, ...], batch: int = 2) -> tuple[nn.Module, torch.Tensor]:
    """An eval-mode copy on the CPU (the caller's model keeps its device and mode) and an input."""
    frozen = copy.deepcopy(model).cpu().eval()
    x = torch.zeros((batch, *input_shape), dtype=torch.float32)
    try:
        with torch.no_grad():
            frozen(x)
    except RuntimeError:
        raise InputError(translate("Export", "An input of shape {shape} does not fit this network.").format(
            shape=tuple(input_shape))) from None
    return frozen, x


def export_onnx(model: nn.Module, input_shape: tuple[int, ...], path: str | Path) -> Path:
    """Write the model as ONNX with a variable batch size: input "input" (N, *input_shape),
    output "output"."""
    path = check_writable(path)
    frozen, x = _example(model, input_shape)
    buffer = io.BytesIO()  # serialised in memory, then written atomically
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy exporter warns that it is legacy
        torch.onnx.export(
            frozen, (x,), buffer, dynamo=False, opset_version=ONNX_OPSET,
            input_names=["input"], output_names=["output"],
            dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}},
        )
    return write_bytes(path, buffer.getvalue())


def export_torchscript(model: nn.Module, input_shape: tuple[int, ...], path: str | Path) -> Path:
    """Write the model traced to TorchScript (load with torch.jit.load, no nnstudio needed)."""
    path = check_writable(path)
    frozen, x = _example(model, input_shape)
    buffer = io.BytesIO()
    with torch.no_grad(), warnings.catch_warnings():
        # torch deprecates TorchScript in favour of torch.export, but libtorch (C++) still
        # loads only TorchScript files, which is what this format is for.
        warnings.simplefilter("ignore", DeprecationWarning)
        traced = torch.jit.trace(frozen, x)
        # To bytes in memory, never to a path: libtorch's own file writer throws a C++
        # std::ios_failure on a full disk, which aborts the whole process.
        torch.jit.save(traced, buffer)
    return write_bytes(path, buffer.getvalue())


def export_model(model: nn.Module, input_shape: tuple[int, ...], path: str | Path, fmt: str) -> Path:
    """File ▸ Export model: one entry point for every format. Whatever stops an export is one
    InputError sentence (the status bar in the app, exit 2 on the command line); an OSError
    (a file that cannot be written) passes through for the caller to name the file."""
    writers = {"onnx": export_onnx, "torchscript": export_torchscript}
    if fmt not in writers:
        raise InputError(translate("Export", "Models can be exported as {formats}, not {fmt}.").format(
            formats=" or ".join(FORMATS), fmt=fmt))
    try:
        return writers[fmt](model, input_shape, path)
    except (InputError, OSError):
        raise
    except Exception as exc:  # torch's exporters raise their own types (OnnxExporterError, ...)
        raise InputError(_failure(fmt, exc)) from None


def _failure(fmt: str, exc: Exception) -> str:
    if fmt == "onnx" and (isinstance(exc, ImportError) or "onnx is not installed" in str(exc)):
        return translate("Export", "ONNX export needs the onnx package, which this installation "
                         "lacks: pip install onnx, or export as TorchScript.")
    reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return translate("Export", "The network could not be exported as {format} ({reason}).").format(
        format={"onnx": "ONNX", "torchscript": "TorchScript"}[fmt], reason=reason)


def onnx_max_difference(model: nn.Module, path: str | Path, inputs: np.ndarray) -> float:
    """Check an exported file with onnx.checker and return the largest difference between
    ONNX Runtime's outputs and PyTorch's for `inputs` (a batch). Needs the export extra."""
    try:
        import onnx
        import onnxruntime
    except ImportError:
        raise InputError(translate("Export", "Checking an ONNX file needs onnx and onnxruntime: pip install 'nnstudio[export]'.")) from None
    onnx.checker.check_model(onnx.load(str(path)), full_check=True)
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    x = np.ascontiguousarray(inputs, dtype=np.float32)
    (ours,) = session.run(None, {"input": x})
    frozen = copy.deepcopy(model).cpu().eval()
    with torch.no_grad():
        theirs = frozen(torch.from_numpy(x.copy())).numpy()
    return float(np.abs(ours - theirs).max())


def export_design_onnx(design, outputs: int, path: str | Path, model: nn.Module | None = None) -> Path:
    """The design as ONNX, to look at (Netron): its trained `model` when there is one, else the
    design built with fresh random weights (the layers and shapes are what a viewer shows)."""
    if model is None:
        from .build import build_model

        model = build_model(design, outputs)
    return export_model(model, tuple(design.input), path, "onnx")
