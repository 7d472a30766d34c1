"""The Code view follows the Network tab's design: the shown PyTorch code builds that design
(parameter count and output shape from torch itself); a design with a problem keeps the last
good code; Copy puts the file on the clipboard."""

from __future__ import annotations

import torch
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from nnstudio.nn.design import analyse
from nnstudio.nn.design_file import load_design


def run_code(text: str) -> dict:
    namespace: dict = {"__name__": "shown_code"}
    exec(compile(text, "shown_code.py", "exec"), namespace)  # noqa: S102 (our own generated code)
    return namespace


def test_code_follows_the_network_design(make_main_window, qtbot):
    window = make_main_window()
    window.resize(1280, 800)
    window.show()
    network = next(p for p in window.pages if p.key == "network").network
    window.select_tab("tensors")
    page = window.current_page()
    page.show_view("code")
    view = page.code
    network.open(load_design("lenet_digits"))
    text = view.editors["pytorch"].toPlainText()
    model = run_code(text)["build_model"]()
    analysis = analyse(load_design("lenet_digits"))
    assert sum(p.numel() for p in model.parameters()) == analysis.total_params
    assert tuple(model(torch.zeros(1, 1, 8, 8)).shape) == (1, 10)
    assert "keras.Sequential" in view.editors["keras"].toPlainText()
    assert f"{analysis.total_params:,}" in view.status.text()

    # an edit that breaks the design: the code stays, the status says why
    network.model.remove_layer(5)  # the Flatten: Linear now gets (32, 4, 4)
    assert network.problem() is not None
    assert view.editors["pytorch"].toPlainText() == text
    assert "⚠" in view.status.text() and "lenet_digits" in view.status.text()

    view.findChild(QPushButton, "copy_keras").click()
    assert QGuiApplication.clipboard().text() == view.editors["keras"].toPlainText()
