"""core.overfitting: named only when the test loss clearly rises while the training loss falls."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from nnstudio.core.overfitting import PATIENCE, detect_overfitting


def curves(n=60, turn=20):
    epochs = np.arange(1, n + 1)
    train = np.exp(-epochs / 15)
    test = 0.5 + 0.002 * (epochs - turn) ** 2
    train_acc = np.minimum(1, 0.5 + epochs / 60)
    test_acc = np.full(n, 0.8)
    return epochs, train, test, train_acc, test_acc


def test_the_epoch_of_the_lowest_test_loss_is_marked_with_the_gap():
    found = detect_overfitting(*curves())
    assert found is not None and found.epoch == 20
    assert found.best_test_loss == 0.5 and found.test_loss > found.best_test_loss
    assert found.train_loss < found.train_loss_then
    assert found.gap == 1 - 0.8


def test_nothing_while_both_losses_fall_or_the_training_loss_rises_too():
    epochs, train, _, train_acc, test_acc = curves()
    assert detect_overfitting(epochs, train, train + 0.1, train_acc, test_acc) is None
    epochs, train, test, train_acc, test_acc = curves()
    assert detect_overfitting(epochs, test, test, train_acc, test_acc) is None  # train rises too


def test_nothing_too_early_or_for_a_small_wobble():
    epochs, train, test, train_acc, test_acc = curves(n=20 + PATIENCE - 1)
    assert detect_overfitting(epochs, train, test, train_acc, test_acc) is None
    wobble = 0.5 + 0.01 * np.sin(np.arange(60))
    assert detect_overfitting(np.arange(60), np.linspace(1, 0.1, 60), wobble, np.ones(60), np.ones(60)) is None


@given(st.lists(st.floats(0.01, 10), min_size=1, max_size=50), st.lists(st.floats(0.01, 10), min_size=1, max_size=50))
def test_any_curves_either_nothing_or_a_real_rise_after_the_minimum(train, test):
    n = min(len(train), len(test))
    train, test = np.array(train[:n]), np.array(test[:n])
    found = detect_overfitting(np.arange(1, n + 1), train, test, np.ones(n), np.ones(n))
    if found is not None:
        best = int(np.argmin(test))
        assert found.epoch == best + 1 and test[-1] > test[best] and train[-1] < train[best]


def test_nan_or_mismatched_curves_are_refused():
    epochs, train, test, train_acc, test_acc = curves()
    test = test.copy()
    test[5] = np.nan
    assert detect_overfitting(epochs, train, test, train_acc, test_acc) is None
    assert detect_overfitting(epochs[:-1], train, test, train_acc, test_acc) is None
