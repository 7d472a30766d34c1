"""An export that cannot be written is one sentence and exit 2, never a traceback: a missing
onnx package (as in an install without it) and an exporter that gives up."""

from __future__ import annotations

import sys

import pytest
import torch

from nnstudio.cli import main


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err and "internal error" not in err
    return err


def test_onnx_export_without_the_onnx_package_says_what_to_install(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)  # `import onnx` raises ImportError
    out = tmp_path / "m.onnx"
    assert main(["export", "mlp_xor", "--format", "onnx", "-o", str(out)]) == 2
    assert "pip install onnx" in _one_line(capsys)
    assert not out.exists()


@pytest.mark.parametrize("fmt, exporter, name", [
    ("onnx", (torch.onnx, "export"), "ONNX"),
    ("torchscript", (torch.jit, "trace"), "TorchScript"),
])
def test_an_exporter_that_gives_up_is_one_sentence(tmp_path, capsys, monkeypatch, fmt, exporter, name):
    def refuse(*args, **kwargs):
        raise RuntimeError("Unsupported operator aten::frobnicate\nwith a second line of detail")

    monkeypatch.setattr(*exporter, refuse)
    assert main(["export", "mlp_xor", "--format", fmt, "-o", str(tmp_path / "m.out")]) == 2
    err = _one_line(capsys)
    assert f"could not be exported as {name}" in err and "aten::frobnicate" in err
    assert "second line" not in err
