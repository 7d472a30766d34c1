"""Design files on disk: read with every value checked, written atomically.

A file may be anything: megabytes of description, text that is not UTF-8, lists nested
thousands deep, numbers with hundreds of digits, a list where a name should be. Nothing of it
reaches a Design (and so the canvas, the inspector or torch) before it has passed the checks
here and in design.py; every refusal is one sentence (DesignError, an InputError).
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

from ..core.atomic_write import write_text
from ..core.dataset_registry import DATASET_NAMES, DataOptions
from ..core.errors import InputError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.resources import resource
from .design import (CLASS_SET_PRESETS, PRESETS, REGRESSION_PRESETS, VERSION, Design, DesignError, TrainingConfig,
                     input_problem)
from .design_limits import (DATA_RANGES, MAX_DEPTH, MAX_FILE_BYTES, MAX_LAYERS, MAX_NAME,
                            MAX_NUMBER, MAX_TEXT, check_range, json_depth, short_repr, wild_number)

_TOP_KEYS = {"version", "name", "description", "input", "layers", "dataset", "training"}
_MAX_FOLDER = 4096


def _refuse(text: str, **values) -> DesignError:
    return DesignError(translate("DesignFile", text).format(**values))


def data_options(dataset: dict) -> DataOptions:
    """The DataOptions a design's "dataset" entry asks for (its keys besides "name"), each
    value checked against design_limits.DATA_RANGES."""
    options = {k: v for k, v in dataset.items() if k != "name"}
    allowed = {f.name for f in fields(DataOptions)}
    bad = sorted(set(options) - allowed)
    if bad:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "Unknown data set option {key} (allowed: name, {allowed})."),
                      key=short_repr(bad[0]), allowed=", ".join(sorted(allowed)))
    for key, value in options.items():
        if key in DATA_RANGES:
            try:
                check_range(translate("DesignFile", "dataset"), key, value, DATA_RANGES)
            except InputError as exc:
                raise DesignError(str(exc)) from None
    folder = options.get("folder", "")
    if not isinstance(folder, str) or len(folder) > _MAX_FOLDER or "\0" in folder:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "dataset: 'folder' must be the path of a folder, not {value}."),
                      value=short_repr(folder))
    path = options.get("file", "")
    if not isinstance(path, str) or len(path) > _MAX_FOLDER or "\0" in path:
        raise _refuse("dataset: 'file' must be the path of a table file, not {value}.", value=short_repr(path))
    if not isinstance(options.get("color", False), bool):
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "dataset: 'color' must be true or false, not {value}."),
                      value=short_repr(options["color"]))
    if not isinstance(options.get("extra", {}), dict):
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "dataset: 'extra' must be an object."))
    return DataOptions(**options)


def _text(data: dict, key: str, default: str, limit: int) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "The design's {key} must be text, not {value}."), key=key, value=short_repr(value))
    if len(value) > limit:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "The design's {key} is {n} characters long; at most {limit} are allowed."),
                      key=key, n=f"{len(value):,}", limit=f"{limit:,}")
    return value


def design_from_dict(data: dict) -> Design:
    """A Design from parsed JSON, every part's type and range checked (DesignError if not).

    Layer settings are checked by analyse()/validate() so that the designer can show a file
    with a bad layer marked; everything else (and the layers' own types) is checked here."""
    if not isinstance(data, dict):
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "A design file must hold one JSON object."))
    if json_depth(data) > MAX_DEPTH:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "The design nests lists or objects more than {limit} deep; no design needs that."),
                      limit=MAX_DEPTH)
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "Unknown design key {key} (allowed: {allowed})."), key=short_repr(unknown[0]),
                      allowed=", ".join(sorted(_TOP_KEYS)))
    version = data.get("version", VERSION)
    if isinstance(version, bool) or version != VERSION:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "This design file has version {version}; nnstudio reads version {ours}."),
                      version=short_repr(version), ours=VERSION)
    if "input" not in data or "layers" not in data:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "A design needs an \"input\" shape and a \"layers\" list."))
    layers = data["layers"]
    if not isinstance(layers, list) or not all(isinstance(layer, dict) for layer in layers):
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "\"layers\" must be a list of layer objects."))
    if len(layers) > MAX_LAYERS:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "The design has {n} layers; nnstudio builds networks of up to {limit}."),
                      n=f"{len(layers):,}", limit=MAX_LAYERS)
    for index, layer in enumerate(layers):
        if "type" in layer and not isinstance(layer["type"], str):  # a missing one: analyse()
            raise DesignError(translate("DesignFile", "layer {number}: \"type\" must be a layer name such as "
                                        "\"Linear\", not {value}.").format(
                number=index + 1, value=short_repr(layer.get("type"))), index)
        # Layer settings are range-checked later, by analyse(), so that the designer can mark
        # the block; but a number no setting can hold (NaN, infinite, past 2**31) must not
        # reach the canvas or the inspector at all: Qt raises OverflowError on it.
        for key, value in layer.items():
            if (wild := wild_number(value)) is not None:
                raise DesignError(translate("DesignFile", "layer {number}: '{key}' must be a finite number of at "
                                            "most {limit}, not {value}.").format(
                    number=index + 1, key=str(key)[:40], limit=f"{MAX_NUMBER:,}",
                    value=short_repr(wild)), index)
    training = data.get("training", {})
    if not isinstance(training, dict):
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "\"training\" must be an object of settings."))
    names = {f.name for f in fields(TrainingConfig)}
    bad = sorted(set(training) - names)
    if bad:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "Unknown training setting {key} (allowed: {allowed})."), key=short_repr(bad[0]),
                      allowed=", ".join(sorted(names)))
    config = TrainingConfig(**training).checked()
    dataset = data.get("dataset", {"name": "gate-xor"})
    if not isinstance(dataset, dict) or "name" not in dataset:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "\"dataset\" must be an object with a \"name\"."))
    if not isinstance(dataset["name"], str) or dataset["name"] not in DATASET_NAMES:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "Unknown data set {name}; choose one of {choices}."),
                      name=short_repr(dataset["name"]), choices=", ".join(DATASET_NAMES))
    data_options(dataset)  # refused now, not when training starts
    inp = data["input"]
    if not isinstance(inp, list):
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "\"input\" must be a list such as [2] or [1, 28, 28]."))
    # Unlike a layer's setting, which the designer marks on its block, the input shape
    # feeds every view at once (the neuron view, the image conversion): refused here.
    if (problem := input_problem(inp)) is not None:
        raise problem
    return Design(tuple(inp), tuple(dict(layer) for layer in layers), dict(dataset), config,
                  _text(data, "name", "untitled", MAX_NAME),
                  _text(data, "description", "", MAX_TEXT))


def parse_design(raw: bytes | str, where: str) -> Design:
    """A Design from the bytes of a file (or pasted text); `where` names it in sentences."""
    if len(raw) > MAX_FILE_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "{where} is {size} kB; a design file is at most {limit} kB."), where=where,
                      size=f"{len(raw) / 1000:,.0f}", limit=f"{MAX_FILE_BYTES / 1000:,.0f}")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "{where} is not UTF-8 text (byte {at} cannot be read); save it as UTF-8."),
                          where=where, at=exc.start) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "{where} is not valid JSON ({reason}, line {line})."), where=where,
                      reason=exc.msg, line=exc.lineno) from None
    except RecursionError:
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "The design nests lists or objects more than {limit} deep; no design needs that."),
                      limit=MAX_DEPTH) from None
    except ValueError:  # a number with thousands of digits, refused by Python's int()
        raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "{where} holds a number too long to read."), where=where) from None
    return design_from_dict(data)


def load_design(path_or_preset: str | Path) -> Design:
    """A design from a JSON file, or a preset by name (e.g. "mlp_xor")."""
    text = str(path_or_preset)
    if text in PRESETS or text in REGRESSION_PRESETS or text in CLASS_SET_PRESETS:
        return parse_design(resource("designs", text + ".json").read_bytes(), text)
    path = Path(text)
    try:
        if not path.is_file():
            raise InputError(translate("DesignFile", "'{name}' is neither a design file nor a preset ({presets}).").format(
                name=text[:80],
                presets=", ".join(PRESETS)))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(QT_TRANSLATE_NOOP("DesignFile", "{where} is {size} kB; a design file is at most {limit} kB."), where=path.name,
                          size=f"{size / 1000:,.0f}", limit=f"{MAX_FILE_BYTES / 1000:,.0f}")
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)  # a file growing meanwhile is still bounded
    except InputError:
        raise
    except (OSError, ValueError) as exc:  # permission, a name with a NUL byte, too long, ...
        reason = getattr(exc, "strerror", None) or translate("DesignFile", "not a usable file name")
        raise InputError(translate("DesignFile", "{name} cannot be read: {reason}.").format(
            name=path.name[:80] or text[:80], reason=str(reason).lower())) from None
    return parse_design(raw, path.name)


def design_for_class_set(folder: str | Path, classes: int) -> Design:
    """cnn_my_classes trained on the class set saved in `folder`, with one output per class."""
    from dataclasses import replace

    design = load_design(CLASS_SET_PRESETS[0])
    layers = [dict(layer) for layer in design.layers]
    layers[-1]["out_features"] = int(classes)
    return replace(design, layers=tuple(layers), dataset={**design.dataset, "folder": str(folder)})


def save_design(design: Design, path: str | Path) -> None:
    """Write the design as JSON, atomically (InputError if it cannot be written)."""
    write_text(path, json.dumps(design.to_dict(), indent=2, ensure_ascii=False) + "\n")
