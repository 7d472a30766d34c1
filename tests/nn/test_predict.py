import numpy as np
import pytest
import torch
from torch import nn

from nnstudio.core.errors import InputError
from nnstudio.core.evaluation import confusion_matrix
from nnstudio.nn.predict import predict_probabilities


def test_probabilities_equal_softmax_of_a_forward_pass_in_batches(lenet):
    x = torch.rand(50, 1, 8, 8, generator=torch.Generator().manual_seed(0))
    lenet.train()
    got = predict_probabilities(lenet, x.numpy(), batch_size=16)
    lenet.eval()
    with torch.no_grad():
        ref = torch.softmax(lenet(x), dim=1).numpy()
    np.testing.assert_allclose(got, ref, atol=1e-6)
    # With predictions as argmax, the confusion matrix counts every sample once.
    labels = np.arange(50) % 10
    assert confusion_matrix(labels, got.argmax(1), 10).sum() == 50


def test_softmax_output_layer_is_not_applied_twice():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 4), nn.Softmax(dim=1))
    x = np.random.default_rng(0).normal(size=(5, 3)).astype(np.float32)
    with torch.no_grad():
        ref = model(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(predict_probabilities(model, x), ref, atol=1e-6)


def test_wrong_shape_is_refused(lenet):
    with pytest.raises(InputError):
        predict_probabilities(lenet, np.zeros((2, 64), np.float32))
    assert lenet.training
