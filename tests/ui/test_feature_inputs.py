"""The data panel's input features: the design follows, the decision plane stays the points'."""

from __future__ import annotations

import numpy as np

from nnstudio.nn.design import load_design


def test_ticking_features_feeds_them_to_the_network_and_fits_its_input(network_page, qtbot):
    document = network_page.network
    document.open(load_design("mlp_spiral"))
    qtbot.waitUntil(lambda: document.data_ready and document.data.name == "spiral", timeout=10_000)
    panel = network_page.data_panel
    panel.inputs["x1^2"].setChecked(True)
    panel.inputs["sin(x2)"].setChecked(True)
    qtbot.waitUntil(lambda: document.data_ready and document.data.inputs == ("x1", "x2", "x1^2", "sin(x2)"),
                    timeout=10_000)
    qtbot.waitUntil(lambda: tuple(document.design.input) == (4,), timeout=5_000)
    assert document.dataset_entry["inputs"] == ["x1", "x2", "x1^2", "sin(x2)"]
    data = document.data
    np.testing.assert_allclose(data.x_train[:, 2], data.plane("train")[:, 0] ** 2, rtol=1e-6)
    inside = network_page.inside
    assert inside.isTabEnabled(inside.indexOf(inside.decision))  # the plane is still the points'
    assert inside.grid is not None and inside.grid.network_inputs.shape[1] == 4
    for key in ("x1", "x2", "x1^2"):
        panel.inputs[key].setChecked(False)
    said = []
    document.said.connect(lambda text, error: said.append((text, error)))
    panel.inputs["sin(x2)"].setChecked(False)  # none at all is refused; the one in use stays
    assert said[-1] == ("Choose at least one input feature.", True)
    assert [k for k, b in panel.inputs.items() if b.isChecked()] == ["sin(x2)"]
    qtbot.waitUntil(lambda: document.data_ready and document.data.inputs == ("sin(x2)",), timeout=10_000)
    qtbot.waitUntil(lambda: tuple(document.design.input) == (1,), timeout=5_000)
    assert document.problem() is None
