"""Putting the app in a lesson step's state (Show me, a solution), through the tabs' models.

``plan_state`` reads a whole state and checks every value against what the tabs offer (a
preset that exists, a Pixels mode, a kernel, a data set …) before anything changes; it
returns the actions that change the app, in a fixed order (image, Pixels, Filters, Network,
Learning, Tensors, then the tab to show). So a state the app cannot reach is refused with one sentence
and the app stays as it was. Each action uses the tab's own model or control, as a user's
click would: the views redraw from the same signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path

from ...core.bitdepth import MODES
from ...core.compression import FORMATS
from ...core.dataset_registry import DATASET_NAMES
from ...core.errors import InputError
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.image_io import load_image
from ...core.samples import load_sample, sample_labels
from ..network.data_panel import IMPORTS  # sets the user picks a file for: not for lessons
from ..pixels.page import SHOW_LABELS
from ..pixels.settings_model import PixelControls
from .facts import (INSIDE_VIEWS, NETWORK_SIDE, PIXELS_SIDE, TRAINING_FIELDS, inside_views, network_sides,
                    pixels_sides, tab_page)
from .stages import make_stage
from .state_common import index_of, known, page, refuse, select_data
from .state_learning import plan_learning
from .state_tensors import plan_tensors

Action = Callable[[object], None]  # takes the MainWindow


def plan_state(state: dict, base: Path | None) -> list[Action]:
    """The actions that put the app in ``state``; InputError (the reason) when it cannot be
    reached. The caller adds which step it is."""
    actions: list[Action] = []
    if "image" in state:
        actions.append(_image(state["image"], base))
    if "pixels" in state:
        actions += _pixels(state["pixels"])
    if "filters" in state:
        actions.append(_filters(state["filters"]))
    if "network" in state:
        actions += _network(state["network"], base)
    if "learning" in state:
        actions += plan_learning(state["learning"])
    if "tensors" in state:
        actions += plan_tensors(state["tensors"])
    if "tab" in state:
        actions.append(lambda window, key=state["tab"]: window.select_tab(key))
    return actions


def apply_actions(window, actions: list[Action]) -> None:
    for action in actions:
        action(window)


# --- image ----------------------------------------------------------------------------------
def _image(name: str, base: Path | None) -> Action:
    if name in sample_labels():
        return lambda window: window.document.set_image(load_sample(name))
    path = Path(name) if Path(name).is_absolute() or base is None else base / name
    if not path.is_file():
        raise refuse(QT_TRANSLATE_NOOP("Lessons", "there is no sample or image file called {name}."), name=repr(name))
    return lambda window: window.document.set_image(load_image(path))


# --- Pixels ---------------------------------------------------------------------------------
def _pixels(spec: dict) -> list[Action]:
    defaults = PixelControls()
    controls = {}
    for f in fields(PixelControls):
        if f.name not in spec:
            continue
        value, default = spec[f.name], getattr(defaults, f.name)
        if isinstance(default, tuple):
            value = tuple(value) if isinstance(value, list) else value
        kind = float if isinstance(default, float) else type(default)
        ok = isinstance(value, kind) or (kind is float and isinstance(value, int))
        if not ok or isinstance(value, bool) != isinstance(default, bool):
            raise refuse(QT_TRANSLATE_NOOP("Lessons", "the Pixels setting {key} cannot be {value}."),
                key=f.name, value=repr(spec[f.name]))
        controls[f.name] = float(value) if kind is float else value
    if "mode" in controls and controls["mode"] not in MODES:
        raise refuse(QT_TRANSLATE_NOOP("Lessons", "there is no Pixels mode {mode} (modes: {modes})."),
            mode=repr(controls["mode"]),
                      modes=", ".join(MODES))
    try:
        replace(defaults, **controls).settings()
    except (InputError, TypeError, ValueError) as exc:
        raise refuse(QT_TRANSLATE_NOOP("Lessons", "the Pixels settings cannot be used: {reason}"), reason=exc) from None
    actions: list[Action] = []
    if controls:
        actions.append(lambda window: page(window, "pixels").settings_model.update(**controls))
    if "side" in spec:
        key = spec["side"]
        index_of(key, PIXELS_SIDE, "side")
        actions.append(lambda window: _show(page(window, "pixels"), "side_tabs", pixels_sides, key))
    if "show" in spec:
        show = spec["show"]
        if show not in SHOW_LABELS:
            raise refuse(QT_TRANSLATE_NOOP("Lessons", "the Pixels view cannot show {value} (choices: {choices})."),
                value=repr(show),
                          choices=", ".join(SHOW_LABELS))
        actions.append(lambda window: select_data(page(window, "pixels").show_channel, show))
    if "compression" in spec:
        actions.append(_compression(spec["compression"]))
    return actions


def _compression(spec: object) -> Action:
    if not isinstance(spec, dict) or set(spec) - {"format", "quality"}:
        raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"compression\" holds a \"format\" and a \"quality\"."))
    fmt, quality = spec.get("format"), spec.get("quality")
    if fmt is not None and fmt not in FORMATS:
        raise refuse(QT_TRANSLATE_NOOP("Lessons", "there is no compression format {value} (formats: {choices})."),
            value=repr(fmt),
                      choices=", ".join(FORMATS))
    if quality is not None and not (isinstance(quality, int) and not isinstance(quality, bool) and 1 <= quality <= 100):
        raise refuse(QT_TRANSLATE_NOOP("Lessons", "the compression quality must be a whole number from 1 to 100."))

    def act(window) -> None:
        panel = page(window, "pixels").compression
        if fmt is not None:
            select_data(panel.format, fmt)
        if quality is not None:
            panel.quality.setValue(quality)
    return act


# --- Filters --------------------------------------------------------------------------------
def _filters(spec: dict) -> Action:
    gray = spec.get("gray")
    if gray is not None and not isinstance(gray, bool):
        raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"gray\" must be true or false."))
    stages = None
    if "stages" in spec:
        if not isinstance(spec["stages"], list):
            raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"stages\" must be a list of stages."))
        stages = []
        for number, item in enumerate(spec["stages"], 1):
            try:
                stages.append(make_stage(item))
            except InputError as exc:
                raise refuse(QT_TRANSLATE_NOOP("Lessons", "Filters stage {n}: {reason}"),
                    n=number, reason=exc) from None
    select = spec.get("select")
    if select is not None and not (isinstance(select, int) and 0 <= select <= len(stages or ()) + 50):
        raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"select\" must be a stage number (0 is the input)."))

    def act(window) -> None:
        model = page(window, "filters").model
        model.load(stages if stages is not None else model.stages, model.gray if gray is None else gray,
                   select if select is not None else min(1, len(stages or model.stages)),
                   text=translate("Lessons", "Lesson step"))
    return act


# --- Network --------------------------------------------------------------------------------
def _network(spec: dict, base: Path | None) -> list[Action]:
    from ...nn.design import PRESETS, TrainingConfig, check_layer
    from ...nn.design_file import load_design

    actions: list[Action] = []
    if "preset" in spec:
        name = spec["preset"]
        known(name, PRESETS, QT_TRANSLATE_NOOP("Lessons", "there is no preset {name} (presets: {known})."))
        actions.append(lambda window: page(window, "network").open_preset(name))
    if "design" in spec:
        path = Path(spec["design"]) if base is None else base / spec["design"]
        load_design(path)  # DesignError (one sentence) when it cannot be opened
        actions.append(lambda window: page(window, "network").open_design(path))
    if "layers" in spec:
        layers = spec["layers"]
        if not isinstance(layers, list) or not layers:
            raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"layers\" must be a list of layers as a design file "
                                                      "writes them."))
        for index, layer in enumerate(layers):
            check_layer(index, layer)
        actions.append(lambda window: _set_layers(page(window, "network"), layers))
    if "dataset" in spec:
        entry = spec["dataset"]
        if not isinstance(entry, dict) or entry.get("name") not in DATASET_NAMES or entry["name"] in IMPORTS:
            raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"dataset\" must name a built-in data set, like "
                                                      "{{\"name\": \"spiral\"}}."))
        options = {k: v for k, v in entry.items() if k != "name"}
        actions.append(lambda window: page(window, "network").data_panel.choose(entry["name"], options))
    if "training" in spec:
        training = spec["training"]
        if not isinstance(training, dict) or set(training) - set(TRAINING_FIELDS):
            raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"training\" may set {keys}."), keys=", ".join(TRAINING_FIELDS))
        replace(TrainingConfig(), **training).checked()
        actions.append(lambda window: _set_training(page(window, "network").training, training))
    if "view" in spec:
        view = spec["view"]
        index_of(view, INSIDE_VIEWS, "view")
        actions.append(lambda window: _show(page(window, "network"), "inside", inside_views, view))
    if "side" in spec:
        side = spec["side"]
        index_of(side, NETWORK_SIDE, "side")
        actions.append(lambda window: _show(page(window, "network"), "side", network_sides, side))
    return actions


def _show(owner, tabs: str, pages_of, key: str) -> None:
    """Show the page ``key`` of the tab widget ``owner.<tabs>`` (pages_of(owner) names them)."""
    widget = getattr(owner, tabs)
    widget.setCurrentWidget(tab_page(widget, pages_of(owner)[key]))


def _set_layers(page, layers: list[dict]) -> None:
    design = page.network.design
    page.model.replace(design.with_layers(layers), translate("Lessons", "Lesson step"))


def _set_training(panel, training: dict) -> None:
    """Through the Training panel's fields, as a user types them (they write the document)."""
    for key, value in training.items():
        widget = {"loss": panel.loss, "optimizer": panel.optimizer, "lr": panel.lr, "batch_size": panel.batch,
                  "epochs": panel.epochs, "weight_decay": panel.weight_decay, "seed": panel.seed,
                  "nesterov": panel.nesterov, "schedule": panel.schedule, "l1": panel.l1}.get(key)
        if widget is None:  # momentum has no field: it goes to the document directly
            panel.document.set_config(replace(panel.document.config, **{key: value}))
        elif hasattr(widget, "findData"):
            select_data(widget, value)
        elif hasattr(widget, "setChecked"):
            widget.setChecked(bool(value))
        else:
            widget.setValue(value)


