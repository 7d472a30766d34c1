import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnstudio.core.errors import InputError
from nnstudio.core.evaluation import accuracy, confusion_matrix, misclassified


def test_hand_counted_case():
    true = [0, 0, 1, 1, 1, 2]
    pred = [0, 1, 1, 1, 0, 2]
    expected = np.array([[1, 1, 0], [1, 2, 0], [0, 0, 1]])
    np.testing.assert_array_equal(confusion_matrix(true, pred), expected)
    np.testing.assert_array_equal(misclassified(true, pred), [1, 4])
    assert accuracy(expected) == pytest.approx(4 / 6)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), max_size=60))
def test_equals_np_add_at(pairs):
    true = np.array([p[0] for p in pairs], dtype=np.int64)
    pred = np.array([p[1] for p in pairs], dtype=np.int64)
    ref = np.zeros((5, 5), np.int64)
    np.add.at(ref, (true, pred), 1)
    np.testing.assert_array_equal(confusion_matrix(true, pred, 5), ref)
    np.testing.assert_array_equal(misclassified(true, pred), [i for i, (t, p) in enumerate(pairs) if t != p])


def test_bad_labels_are_refused():
    with pytest.raises(InputError):
        confusion_matrix([0, 1], [0])
    with pytest.raises(InputError):
        confusion_matrix([0, 3], [0, 1], n_classes=3)
    with pytest.raises(InputError):
        confusion_matrix([-1], [0])
