"""The Network tab's doors to other tools: Export run for TensorBoard (read back, equal to the
run's figures), Open in Netron (with a stand-in netron module, and without netron), and the
one-line notes on what ONNX and the graph are for."""

from __future__ import annotations

import sys
import types
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog

from nnstudio.core.tfevents import event_files, read_events
from nnstudio.ui.network.training_run import RunState


@pytest.fixture
def page(network_page):
    return network_page


def _train(page, qtbot, epochs: int = 3) -> None:
    document = page.network
    document.set_config(replace(document.config, epochs=epochs))
    assert document.train()
    qtbot.waitUntil(lambda: document.run_state is RunState.FINISHED, timeout=30_000)


def _menu_action(page, text: str):
    window = page.window()
    for action in window.menuBar().actions()[0].menu().actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(text)


def test_export_run_for_tensorboard_reads_back_the_runs_figures(page, qtbot, monkeypatch, tmp_path):
    _train(page, qtbot)
    results = page.network.run.results
    assert [r.epoch for r in results] == [1, 2, 3]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    _menu_action(page, "Export run for TensorBoard…").trigger()
    qtbot.waitUntil(lambda: "tensorboard --logdir" in page.message.text(), timeout=20_000)
    (path,) = event_files(tmp_path)
    assert path.parent.parent == tmp_path  # a sub-folder per run
    events = read_events(path)
    for tag, key in (("loss/train", "train_loss"), ("accuracy/test", "test_acc"), ("learning_rate", "lr")):
        got = [(e.step, e.scalars[tag]) for e in events if tag in e.scalars]
        assert [s for s, _ in got] == [r.epoch for r in results]
        np.testing.assert_allclose([v for _, v in got], [getattr(r, key) for r in results], rtol=1e-6)
    assert any("weights/0.weight" in e.histograms for e in events)


def test_histograms_can_be_left_out(page, qtbot, tmp_path):
    _train(page, qtbot, 2)
    _menu_action(page, "    with weight histograms").setChecked(False)
    assert page.tensorboard.export(tmp_path)
    qtbot.waitUntil(lambda: "tensorboard --logdir" in page.message.text(), timeout=20_000)
    (path,) = event_files(tmp_path)
    assert not any(e.histograms for e in read_events(path))


def test_export_without_a_run_is_one_sentence(page, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: pytest.fail("no dialog without a run"))
    page.tensorboard.ask_export()
    assert page.message.text().startswith("⚠ ") and "first" in page.message.text()


def test_export_into_a_file_is_one_sentence(page, qtbot, tmp_path):
    _train(page, qtbot, 1)
    (tmp_path / "file").write_text("x")
    assert page.tensorboard.export(tmp_path / "file")
    qtbot.waitUntil(lambda: page.message.text().startswith("⚠ "), timeout=20_000)
    assert "\n" not in page.message.text()


def test_open_in_netron_starts_netron_on_the_designs_onnx(page, qtbot, monkeypatch):
    onnx = pytest.importorskip("onnx")
    calls = []
    fake = types.ModuleType("netron")
    fake.start = lambda path, browse=True: calls.append((path, browse)) or ("localhost", 8081)
    monkeypatch.setitem(sys.modules, "netron", fake)
    page.inside.graph.note.linkActivated.emit("netron")  # the graph's note: "Open in Netron"
    qtbot.waitUntil(lambda: "localhost:8081" in page.message.text(), timeout=30_000)
    ((path, browse),) = calls
    assert browse and path.endswith(".onnx")
    graph = onnx.load(path).graph
    assert [d.dim_value for d in graph.input[0].type.tensor_type.shape.dim[1:]] == list(page.network.design.input)


def test_open_in_netron_without_netron_says_how_to_install_it(page, qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "netron", None)  # import netron raises ImportError
    _menu_action(page, "Open in Netron").trigger()
    qtbot.waitUntil(lambda: "pip install netron" in page.message.text(), timeout=30_000)
    assert page.netron.last_file.exists() and str(page.netron.last_file) in page.message.text()


def test_onnx_export_says_what_onnx_is_for(page, qtbot, tmp_path):
    _train(page, qtbot, 1)
    assert page.files.export_model(tmp_path / "m.onnx")
    assert all(word in page.message.text() for word in ("Netron", "ONNX Runtime", "OpenVINO"))
    assert "eager" in page.inside.graph.note.text() and page.inside.graph.note.isVisibleTo(page.inside.graph)
