import numpy as np
import torch

from nnstudio.nn.predict import predict_probabilities
from nnstudio.nn.quick_fit import quick_fit


def test_learns_xor_and_records_every_epoch(make_mlp):
    torch.manual_seed(0)
    model = make_mlp([2, 8, 2])
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]] * 8, dtype=np.float32)
    y = np.array([0, 1, 1, 0] * 8)
    records = list(quick_fit(model, x, y, epochs=60, lr=0.05, batch_size=8))
    assert [r.epoch for r in records] == list(range(1, 61))
    assert records[-1].loss < records[0].loss
    # The reported accuracy agrees with a separate evaluation of the model.
    predicted = predict_probabilities(model, x).argmax(1)
    assert records[-1].accuracy == 1.0 and (predicted == y).all()
    assert records[0].gradients.names == ("0: Linear", "2: Linear")
    assert [h.name for h in records[0].histograms] == ["0: Linear", "2: Linear"]
