"""The Activations panel: curves equal to torch's, the maxima marked, depth as a power."""

import numpy as np
import pytest
import torch

from nnstudio.ui.learning.activation_panel import ActivationPanel
from nnstudio.ui.learning.table import cell_texts


def test_curves_are_torchs_and_the_sigmoid_slope_peaks_at_a_quarter(shown):
    panel = shown(ActivationPanel, 1280, 760)
    f_item, df_item = panel.items["sigmoid"][:2]
    x, f = f_item.getData()
    _, df = df_item.getData()
    xt = torch.tensor(x, requires_grad=True)
    torch.sigmoid(xt).sum().backward()
    np.testing.assert_allclose(f, torch.sigmoid(xt).detach().numpy(), rtol=1e-10)
    np.testing.assert_allclose(df, xt.grad.numpy(), rtol=1e-9)
    marker = panel.items["sigmoid"][2]
    assert marker.data["y"][0] == pytest.approx(df.max()) == pytest.approx(0.25)
    rows = {r[0]: r for r in cell_texts(panel.table)}
    assert rows["sigmoid σ"][2] == "0.250"


def test_the_depth_slider_shows_a_quarter_to_the_power_n(shown):
    panel = shown(ActivationPanel)
    panel.depth_slider.setValue(5)
    assert f"{0.25 ** 5:.3g}" in panel.depth_label.text()
    assert "After 5 sigmoid layer" in panel.depth_label.text()
    assert panel.depth_line.value() == 5
    rows = {r[0]: r for r in cell_texts(panel.table)}
    assert rows["sigmoid σ"][-1] == f"{0.25 ** 5:.3g}" and rows["ReLU"][-1] == "1"


def test_unticking_a_function_hides_its_curves_and_its_legend_entry(shown):
    panel = shown(ActivationPanel)
    assert panel.checks["gelu"].isChecked() is False
    assert not any(item.isVisible() for item in panel.items["gelu"])
    panel.checks["gelu"].setChecked(True)
    assert all(item.isVisible() for item in panel.items["gelu"])
    legend_names = [label.text for _, label in panel.slopes.getPlotItem().legend.items]
    assert "GELU" in legend_names
    panel.checks["sigmoid"].setChecked(False)
    legend_names = [label.text for _, label in panel.slopes.getPlotItem().legend.items]
    assert "sigmoid σ" not in legend_names
