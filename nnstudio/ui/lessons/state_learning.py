"""The Learning tab's part of a lesson state: the panel shown, the perceptron's weights, a
Rosenblatt run, the backprop position, the activation depth (see apply.py). Sessions keep the
Learning tab in the same words: ``learning_state`` reads it, ``plan_learning`` puts it back."""

from __future__ import annotations

from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.perceptron import GATE_KEYS, ThresholdUnit
from ..learning.panels import PANELS
from .facts import shown
from .state_common import known, once, page, refuse, select_data

BACKPROP_POSITIONS = ("input", "loss", "end")
ROSENBLATT_RUNS = ("reset", "step", "pass", "end")


def plan_learning(spec: dict) -> list:
    actions: list = []
    if "panel" in spec:
        key = spec["panel"]
        known(key, PANELS, QT_TRANSLATE_NOOP("Lessons", "there is no Learning panel {name} (panels: {known})."))
        actions.append(lambda window: page(window, "learning").show_panel(key))
    if "perceptron" in spec:
        values = spec["perceptron"]
        if not isinstance(values, dict) or set(values) - {"w1", "w2", "theta", "bipolar"} or not all(
                isinstance(values[k], (int, float)) and not isinstance(values[k], bool) and -100 <= values[k] <= 100
                for k in ("w1", "w2", "theta") if k in values):
            raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"perceptron\" sets w1, w2 and theta (numbers from −100 "
                                                      "to 100, as the panel's boxes take) and bipolar."))
        actions.append(lambda window: _set_unit(page(window, "learning").panels["perceptron"].model, values))
    if "rosenblatt" in spec:
        actions.append(_rosenblatt(spec["rosenblatt"]))
    if "backprop" in spec:
        actions.append(_backprop(spec["backprop"]))
    if "activations" in spec:
        depth = spec["activations"].get("depth") if isinstance(spec["activations"], dict) else None
        if not (isinstance(depth, int) and 1 <= depth <= 50):
            raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"activations\" sets the depth, a whole number from 1 to 50."))
        actions.append(lambda window: page(window, "learning").panels["activations"].depth_slider.setValue(depth))
    return actions


def learning_state(page) -> dict:
    """The Learning tab now, as ``plan_learning`` reads it (a Rosenblatt run is kept as done
    or not: replaying it to the end gives the same weights, it starts from zero)."""
    unit = page.panels["perceptron"].model.unit
    rosenblatt = page.panels["rosenblatt"]
    state = {"perceptron": {"w1": unit.w1, "w2": unit.w2, "theta": unit.theta, "bipolar": unit.bipolar},
             "rosenblatt": {"gate": rosenblatt.gate.currentData(),
                            "run": "reset" if rosenblatt.trainer.outcome is None else "end"},
             "backprop": {"position": page.panels["backprop"].model.position},
             "activations": {"depth": page.panels["activations"].depth_slider.value()}}
    panel = shown(page.tabs, page.panels)
    return state if panel is None else {"panel": panel, **state}


def _set_unit(model, values: dict) -> None:
    unit = model.unit
    model.set_unit(ThresholdUnit(float(values.get("w1", unit.w1)), float(values.get("w2", unit.w2)),
                                 float(values.get("theta", unit.theta)), bool(values.get("bipolar", unit.bipolar))))


def _rosenblatt(spec: object) -> object:
    if not isinstance(spec, dict) or set(spec) - {"gate", "run"} or spec.get("gate", GATE_KEYS[0]) not in GATE_KEYS \
            or spec.get("run", "reset") not in ROSENBLATT_RUNS:
        raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"rosenblatt\" sets the gate ({gates}) and what to run ({runs})."),
                      gates=", ".join(GATE_KEYS), runs=", ".join(ROSENBLATT_RUNS))

    def act(window) -> None:
        panel = page(window, "learning").panels["rosenblatt"]
        if "gate" in spec:
            select_data(panel.gate, spec["gate"])
        button = {"reset": panel.reset_button, "step": panel.step_button, "pass": panel.epoch_button,
                  "end": panel.run_button}[spec.get("run", "reset")]
        button.click()
    return act


def _backprop(spec: object) -> object:
    position = spec.get("position") if isinstance(spec, dict) else None
    if not isinstance(spec, dict) or set(spec) - {"position", "apply"} or not (
            position is None or position in BACKPROP_POSITIONS or (isinstance(position, int) and position >= -1)):
        raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"backprop\" sets the position (input, loss, end or a step "
                                                  "number) and apply (true)."))

    def act(window) -> None:
        model = page(window, "learning").panels["backprop"].model
        if model.trace is None or model.loading:  # its design is still loading: when it is there
            once(model.changed, lambda: act(window))
            return
        if spec.get("apply"):
            model.apply_update()
        if position is not None:
            steps = model.steps
            target = {"input": -1, "end": len(steps) - 1,
                      "loss": next((i for i, s in enumerate(steps) if s.phase == "loss"), -1)}.get(position, position)
            model.go(target)
    return act
