"""Broadcasting explained: the result shape, the stretched values and the failing axis agree
with numpy's and torch's own broadcasting, for any pair of shapes."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given, settings, strategies as st

from nnstudio.core.broadcasting import BroadcastError, apply, example_values, explain, parse_shape
from nnstudio.core.errors import InputError

shapes = st.lists(st.integers(1, 4), min_size=0, max_size=4).map(tuple)


@st.composite
def compatible_pairs(draw):
    """A result shape, and two shapes that broadcast to it (each axis kept, set to 1 or dropped
    from the front)."""
    result = draw(st.lists(st.integers(1, 4), min_size=0, max_size=4).map(tuple))
    def operand():
        sizes = tuple(d if draw(st.booleans()) else 1 for d in result)
        return sizes[draw(st.integers(0, len(sizes))):]
    return operand(), operand()


@settings(max_examples=200, deadline=None)
@given(compatible_pairs())
def test_result_shape_and_values_equal_numpy_and_torch(pair):
    a_shape, b_shape = pair
    cast = explain(a_shape, b_shape)
    assert cast.result == np.broadcast_shapes(a_shape, b_shape)
    assert cast.result == tuple(torch.broadcast_shapes(a_shape, b_shape))
    a, b = example_values(a_shape, 1, 1), example_values(b_shape, 10, 10)
    for op, reference in (("add", np.add), ("mul", np.multiply)):
        big_a, big_b, result = apply(cast, a, b, op)
        np.testing.assert_array_equal(result, reference(a, b))
        torch_op = torch.add if op == "add" else torch.mul
        np.testing.assert_array_equal(result, torch_op(torch.from_numpy(a), torch.from_numpy(b)).numpy())
        # The stretched operands are what numpy's broadcast_to makes of them.
        np.testing.assert_array_equal(big_a, np.broadcast_to(a, cast.result))
        np.testing.assert_array_equal(big_b, np.broadcast_to(b, cast.result))


@settings(max_examples=200, deadline=None)
@given(compatible_pairs())
def test_stretches_name_exactly_the_repeated_axes(pair):
    a_shape, b_shape = pair
    cast = explain(a_shape, b_shape)
    for name, shape in (("A", a_shape), ("B", b_shape)):
        aligned = (1,) * (len(cast.result) - len(shape)) + shape
        expected = {axis for axis, (size, to) in enumerate(zip(aligned, cast.result))
                    if size != to or axis < len(cast.result) - len(shape)}
        assert {s.axis for s in cast.stretched(name)} == expected
        assert all(s.to == cast.result[s.axis] for s in cast.stretched(name))


@settings(max_examples=200, deadline=None)
@given(shapes, shapes)
def test_failures_agree_with_numpy_and_name_the_first_axis_from_the_right(a_shape, b_shape):
    try:
        expected = np.broadcast_shapes(a_shape, b_shape)
    except ValueError:
        expected = None
    if expected is not None:
        assert explain(a_shape, b_shape).result == expected
        return
    with pytest.raises((ValueError, RuntimeError)):  # torch refuses the same pairs
        torch.broadcast_shapes(a_shape, b_shape)
    with pytest.raises(BroadcastError) as info:
        explain(a_shape, b_shape)
    axis = info.value.axis
    m, n = info.value.sizes
    assert a_shape[axis] == m and b_shape[axis] == n and m != n and 1 not in (m, n)
    # every axis to its right fits
    for k in range(axis + 1, 0):
        if -k <= len(a_shape) and -k <= len(b_shape):
            assert a_shape[k] == b_shape[k] or 1 in (a_shape[k], b_shape[k])
    assert f"axis {axis}" in str(info.value) and "\n" not in str(info.value)


def test_the_notes_example():
    cast = explain((3, 3), (1, 3))
    assert cast.result == (3, 3)
    assert [(s.operand, s.axis, s.to) for s in cast.stretches] == [("B", 0, 3)]
    a = np.arange(1, 10).reshape(3, 3)
    b = np.array([[10, 20, 30]])
    assert apply(cast, a, b)[2].tolist() == (a + b).tolist()


@pytest.mark.parametrize("text, shape", [("3,3", (3, 3)), ("(1, 3)", (1, 3)), ("5", (5,)), ("4,", (4,)), ("", ())])
def test_parse_shape(text, shape):
    assert parse_shape(text) == shape


@pytest.mark.parametrize("text", ["x", "3,-1", "3,,3", "1.5", ",".join(["1"] * 9)])
def test_parse_shape_refuses_with_one_sentence(text):
    with pytest.raises(InputError) as info:
        parse_shape(text)
    assert "\n" not in str(info.value)
