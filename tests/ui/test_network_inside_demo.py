import numpy as np

from nnstudio.ui.app import create_application
from nnstudio.ui.network.inside_demo import InsideDemo, build_models


def test_demo_window_feeds_every_view(qtbot, tmp_path):
    create_application()
    data = build_models(epochs=0.1)
    demo = InsideDemo(data)
    qtbot.addWidget(demo.window)
    demo.window.resize(1600, 900)
    demo.window.show()
    assert len(demo.activations.tilings) == len(data["lenet"])
    assert demo.decision.plane_rgb.shape == (100, 100, 3)
    (earlier,) = demo.gradients.earlier_runs
    assert earlier == "deep_relu_spiral · SGD, lr 0.05, batch 32" and len(demo.gradients.curves) == 7
    assert demo.weights.kernel_tiling.count == data["lenet"][0].out_channels == 16
    assert demo.draw.probabilities.shape == (10,) and np.isclose(demo.draw.probabilities.sum(), 1)
    assert demo.confusion.matrix.sum() == len(data["y_test"])
    assert demo.graph.edge_texts[0] == "(N, 1, 8, 8)"
    paths = demo.save(tmp_path)
    assert len(paths) == 8 and all(p.stat().st_size > 1000 for p in paths)
