"""The threshold perceptron, Rosenblatt's rule and XOR from gates, against the definitions."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnstudio.core.perceptron import (GATE_INPUTS, GATE_KEYS, TEXTBOOK_AND, TEXTBOOKS,
                                      ThresholdUnit, gate_targets, gates_computed, step,
                                      xor_from_gates)
from nnstudio.core.rosenblatt import RosenblattTrainer
from nnstudio.core.toy_data import gate


def test_the_textbook_and_fires_only_when_both_inputs_are_on():
    assert TEXTBOOK_AND.bias == pytest.approx(-0.7)
    sums = TEXTBOOK_AND.weighted_sum(GATE_INPUTS)
    assert sums.tolist() == pytest.approx([0.0, 0.5, 0.5, 1.0])
    assert TEXTBOOK_AND.output(GATE_INPUTS).tolist() == [0, 0, 0, 1]
    assert gates_computed(TEXTBOOK_AND) == ("gate-and",)


@pytest.mark.parametrize("key", ["gate-and", "gate-or", "gate-nand"])
def test_textbook_weights_reproduce_their_gate_and_the_data_set(key):
    x, y = gate(key)
    assert TEXTBOOKS[key].output(x).tolist() == y.tolist()


def test_bipolar_variant_answers_plus_or_minus_one():
    unit = ThresholdUnit(0.5, 0.5, 0.7, bipolar=True)
    assert unit.output(GATE_INPUTS).tolist() == [-1, -1, -1, 1]
    assert gates_computed(unit) == ("gate-and",)
    assert step(np.array([-1.0, 0.0, 2.0]), bipolar=True).tolist() == [-1, -1, 1]


@given(st.floats(-3, 3), st.floats(-3, 3), st.floats(-3, 3))
def test_output_is_the_step_of_w_dot_x_plus_bias_and_the_line_is_the_boundary(w1, w2, theta):
    unit = ThresholdUnit(w1, w2, theta)
    expected = (GATE_INPUTS @ np.array([w1, w2]) + unit.bias > 0).astype(int)
    assert unit.output(GATE_INPUTS).tolist() == expected.tolist()
    assert "gate-xor" not in gates_computed(unit)  # no single line separates XOR
    # A subnormal w2 puts the line at x2 = ±inf in float64; the panel's weights have 3 decimals.
    if abs(w2) >= 1e-3:
        xs = np.array([-1.0, 0.3, 2.0])
        on_line = unit.weighted_sum(np.stack([xs, unit.line(xs)], axis=1))
        assert on_line == pytest.approx(np.full(3, theta), abs=1e-6 * (1 + abs(theta)))


def _check_rule(trainer, record, w_before, b_before):
    x = np.array(record.x)
    assert record.output == int(w_before @ x + b_before > 0)
    assert record.error == record.target - record.output
    assert np.allclose(record.delta_w, trainer.lr * record.error * x)
    assert np.allclose(np.array(record.w), w_before + trainer.lr * record.error * x)
    assert record.b == pytest.approx(b_before + trainer.lr * record.error)


@pytest.mark.parametrize("key", ["gate-and", "gate-or", "gate-nand"])
@given(lr=st.sampled_from([0.05, 0.1, 0.25, 0.5, 1.0]),
       w=st.tuples(st.integers(-10, 10), st.integers(-10, 10), st.integers(-10, 10)))
@settings(max_examples=30, deadline=None)
def test_rosenblatt_converges_on_separable_gates(key, lr, w):
    trainer = RosenblattTrainer(key, lr, (w[0] / 10, w[1] / 10), w[2] / 10)
    while trainer.outcome is None and trainer.epoch <= 500:
        w_before, b_before = trainer.w.copy(), trainer.b
        _check_rule(trainer, trainer.step(), w_before, b_before)
    assert trainer.outcome is not None and trainer.outcome.converged
    assert trainer.unit.output(GATE_INPUTS).tolist() == gate_targets(key).tolist()
    last_pass = trainer.history[-4:]
    assert all(r.error == 0 and r.epoch == trainer.outcome.epochs for r in last_pass)


@given(lr=st.sampled_from([0.05, 0.1, 0.25, 1.0]),
       w=st.tuples(st.integers(-10, 10), st.integers(-10, 10), st.integers(-10, 10)),
       bipolar=st.booleans())
@settings(max_examples=30, deadline=None)
def test_rosenblatt_never_settles_on_xor_and_cycles(lr, w, bipolar):
    trainer = RosenblattTrainer("gate-xor", lr, (w[0] / 10, w[1] / 10), w[2] / 10, bipolar)
    outcome = trainer.run(max_epochs=500)
    assert not outcome.converged and outcome.cycling
    # Keep going well past the cycle: every pass still has a mistake, and the weights at the
    # end of each pass come back after `period` passes.
    ends = []
    for _ in range(4 * outcome.period + 4):
        records = trainer.run_epoch()
        assert any(r.error != 0 for r in records)
        ends.append(records[-1].w + (records[-1].b,))
    for i in range(len(ends) - outcome.period):
        assert ends[i] == pytest.approx(ends[i + outcome.period])


def test_xor_from_nand_or_and_is_xor():
    rows = xor_from_gates()
    assert [r.y for r in rows] == gate_targets("gate-xor").tolist()
    assert [r.nand for r in rows] == gate_targets("gate-nand").tolist()
    assert [r.or_ for r in rows] == gate_targets("gate-or").tolist()


def test_gate_keys_are_the_data_sets_gates():
    for key in GATE_KEYS:
        assert gate_targets(key).tolist() == gate(key)[1].tolist()
