"""Which layer a weights file does not fit, in words: torch's load_state_dict lists every
mismatching key in several lines; a person needs the first layer that differs."""

from __future__ import annotations

from torch import nn

from ..core.i18n import translate


def _layer(model: nn.Module, key: str) -> str:
    index = key.split(".", 1)[0]
    try:
        module = model[int(index)]
    except (ValueError, IndexError, TypeError, KeyError):
        return translate("WeightFit", "'{key}'").format(key=key)
    return translate("WeightFit", "layer {n} ({kind})").format(n=int(index) + 1, kind=type(module).__name__)


def _shape(value) -> str:
    return "(" + ", ".join(map(str, tuple(getattr(value, "shape", ())))) + ")"


def weights_mismatch(model: nn.Module, state: dict, source: str) -> str | None:
    """None if `state` fits `model` key for key and shape for shape, else one sentence
    naming the first layer that differs."""
    own = model.state_dict()
    for key, value in own.items():
        if key not in state:
            return translate("WeightFit", "The weights in {file} do not fit this design: {layer} has no "
                             "'{name}' in the file.").format(file=source, layer=_layer(model, key),
                                                             name=key.split(".")[-1])
        if tuple(getattr(state[key], "shape", ())) != tuple(value.shape):
            return translate("WeightFit", "The weights in {file} do not fit this design: {layer} has "
                             "{name} {here} here but {there} in the file.").format(
                file=source, layer=_layer(model, key), name=key.split(".")[-1],
                here=_shape(value), there=_shape(state[key]))
    extra = [key for key in state if key not in own]
    if extra:
        return translate("WeightFit", "The weights in {file} do not fit this design: the file has "
                         "'{key}', a layer this design does not have.").format(file=source, key=extra[0])
    return None
