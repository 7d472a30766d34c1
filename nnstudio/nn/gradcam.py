"""Where did the network look? Grad-CAM and saliency maps for one input of a trained CNN.

Grad-CAM (Selvaraju et al. 2017): run the input forward, keep the chosen conv layer's output
A (C, h, w) through a forward hook, take the gradient of the class score (the logit, before
softmax) with respect to A, weight each channel by the spatial mean of its gradient, sum the
weighted channels, keep the positive part (ReLU), upsample bilinearly to the input's size and
scale to [0, 1]. Saliency (Simonyan et al. 2013): |d score / d input|, the largest over the
input channels, scaled to [0, 1].

Both scale min–max as pytorch-grad-cam does; a map that is the same everywhere (no evidence
at all, e.g. every weighted channel negative) is all zeros. The model runs in eval mode and
goes back to the mode it was in; the gradients are taken with torch.autograd.grad, so no
parameter's ``.grad`` changes and a map can be made between two training steps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from ..core.errors import InputError
from ..core.i18n import translate
from .activations import as_model_batch, layer_name

METHODS = ("gradcam", "saliency")


@dataclass(frozen=True)
class HeatMap:
    """One map and what produced it (the view shows the class, layer and method with it)."""

    heat: np.ndarray  # float32 (H, W) in [0, 1] at the input's resolution, read-only
    method: str  # "gradcam" or "saliency"
    layer: int | None  # the conv layer's index in the Sequential (None for saliency)
    target: int  # the class whose score was explained
    probabilities: np.ndarray  # softmax of the logits, float32 (classes,)

    @property
    def predicted(self) -> int:
        return int(np.argmax(self.probabilities))


def conv_layers(model: nn.Module) -> list[int]:
    """Indices (in the Sequential) of the Conv2d layers Grad-CAM can look at."""
    if not isinstance(model, nn.Sequential):
        return []
    return [i for i, layer in enumerate(model) if isinstance(layer, nn.Conv2d)]


def explain(model: nn.Sequential, x: np.ndarray, method: str = "gradcam", layer: int | None = None,
            target: int | None = None) -> HeatMap:
    """The map of ``method`` for one input ``x`` shaped like the network's input (C, H, W).

    ``layer`` is a Conv2d's index in the Sequential (default: the last one, whose maps are the
    most about classes); ``target`` the class (default: the predicted one). InputError in one
    sentence for a model without convolutions, a layer or class out of range, or an input that
    does not fit.
    """
    if method not in METHODS:
        raise InputError(translate("GradCam", "The method must be gradcam or saliency, not {method}.").format(
            method=str(method)[:40]))
    x = np.asarray(x)
    if x.ndim != 3:
        raise InputError(translate("GradCam", "Grad-CAM and saliency need an image input (channels, height, "
                                   "width), not one of shape {shape}.").format(shape=tuple(x.shape)))
    if method == "gradcam":
        layer = check_layer(model, layer)
    was_training = model.training
    model.eval()
    try:
        return _explain(model, x, method, layer, target)
    except RuntimeError as exc:
        raise InputError(translate("GradCam", "An input of shape {shape} does not fit this network ({reason}).").format(
            shape=tuple(x.shape), reason=_first_line(exc))) from None
    finally:
        model.train(was_training)


def check_layer(model: nn.Sequential, layer: int | None) -> int:
    """``layer`` when it is a conv layer of the model (the last conv layer when None)."""
    convs = conv_layers(model)
    if not convs:
        raise InputError(translate("GradCam", "This network has no convolution layer; Grad-CAM needs one "
                                   "(saliency works for any network)."))
    if layer is None:
        return convs[-1]
    if layer not in convs:
        names = ", ".join(str(i + 1) for i in convs)
        if 0 <= layer < len(model):
            raise InputError(translate("GradCam", "Layer {name} is not a convolution; the convolution layers "
                                       "are {names}.").format(name=layer_name(layer, type(model[layer]).__name__),
                                                              names=names))
        raise InputError(translate("GradCam", "There is no layer {number}; the convolution layers are {names}.").format(
            number=layer + 1, names=names))
    return layer


def _explain(model: nn.Sequential, x: np.ndarray, method: str, layer: int | None, target: int | None) -> HeatMap:
    batch = as_model_batch(model, x[None])
    kept: list[torch.Tensor] = []
    handle = None
    if method == "saliency":
        batch.requires_grad_(True)
    else:
        handle = model[layer].register_forward_hook(lambda _m, _a, out: kept.append(out))
    try:
        with torch.enable_grad():
            logits = model(batch)
            if logits.ndim != 2:
                raise InputError(translate("GradCam", "The network's output has shape {shape}; Grad-CAM needs "
                                           "one score per class.").format(shape=tuple(logits.shape)))
            classes = logits.shape[1]
            if target is None:
                target = int(logits[0].argmax())
            elif not 0 <= target < classes:
                raise InputError(translate("GradCam", "Class {target} does not exist; this network has classes "
                                           "0 … {last}.").format(target=target, last=classes - 1))
            score = logits[0, target]
            wrt = batch if method == "saliency" else kept[0]
            (grad,) = torch.autograd.grad(score, wrt)
    finally:
        if handle is not None:
            handle.remove()
    if method == "saliency":
        raw = grad[0].abs().amax(dim=0)
    else:
        weights = grad[0].mean(dim=(1, 2))  # one weight per channel: the spatial mean of its gradient
        cam = F.relu((weights[:, None, None] * kept[0][0].detach()).sum(dim=0))
        raw = F.interpolate(cam[None, None], size=tuple(x.shape[1:]), mode="bilinear", align_corners=False)[0, 0]
    probabilities = torch.softmax(logits.detach()[0].float(), dim=0).cpu().numpy()
    return HeatMap(_normalised(raw.detach()), method, layer if method == "gradcam" else None, int(target),
                   _readonly(probabilities))


def _normalised(raw: torch.Tensor) -> np.ndarray:
    heat = raw.cpu().double().numpy()
    heat = np.nan_to_num(heat, nan=0.0, posinf=0.0, neginf=0.0)
    lo, hi = float(heat.min()), float(heat.max())
    scaled = np.zeros_like(heat) if hi <= lo else (heat - lo) / (hi - lo)
    return _readonly(scaled.astype(np.float32))


def _readonly(array: np.ndarray) -> np.ndarray:
    array = np.array(array, dtype=np.float32)
    array.flags.writeable = False
    return array


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
