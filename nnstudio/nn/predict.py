"""Class probabilities of a model for a batch of inputs, whatever its last layer is."""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from ..core.errors import InputError
from .activations import as_model_batch
from ..core.i18n import translate


def output_probabilities(model: nn.Sequential, outputs: torch.Tensor) -> torch.Tensor:
    """(N, K>=2) class probabilities from the model's raw outputs.

    A model that ends in Softmax or Sigmoid already gives probabilities; otherwise its outputs
    are logits: softmax over several, sigmoid of a single one (binary cross-entropy's view).
    """
    last = model[-1] if len(model) else None
    if outputs.ndim != 2:
        raise InputError(translate("Predict", "The network's output is shaped {value}, not (samples, classes).").format(value=tuple(outputs.shape)))
    if outputs.shape[1] == 1:
        p = outputs if isinstance(last, nn.Sigmoid) else torch.sigmoid(outputs)
        return torch.cat([1 - p, p], dim=1)
    return outputs if isinstance(last, nn.Softmax) else torch.softmax(outputs, dim=1)


def predict_probabilities(model: nn.Sequential, inputs: np.ndarray | torch.Tensor, batch_size: int = 1024) -> np.ndarray:
    """(N, K) float32 probabilities, in eval mode without gradients, in batches; the model's
    training mode is restored. Feed the argmax to core.evaluation for a confusion matrix."""
    chunks = _in_batches(model, inputs, batch_size, lambda outputs: output_probabilities(model, outputs))
    return np.concatenate(chunks) if chunks else np.zeros((0, 0), np.float32)


def predict_values(model: nn.Sequential, inputs: np.ndarray, batch_size: int = 1024) -> np.ndarray:
    """(N,) float32: the number a regression network predicts for each input (its first
    output, as the training loss reads it), in eval mode without gradients."""
    chunks = _in_batches(model, inputs, batch_size, lambda outputs: outputs[:, 0])
    return np.concatenate(chunks) if chunks else np.zeros(0, np.float32)


def _in_batches(model: nn.Sequential, inputs, batch_size: int, read) -> list[np.ndarray]:
    """`read(outputs)` of every batch as float32 arrays, in eval mode without gradients; the
    model's training mode is restored; an input the network cannot take is InputError."""
    was_training = model.training
    chunks = []
    try:
        model.eval()
        with torch.no_grad():
            for start in range(0, len(inputs), batch_size):
                batch = as_model_batch(model, inputs[start : start + batch_size])
                try:
                    outputs = model(batch)
                except RuntimeError as exc:
                    raise InputError(translate("Predict", "An input of shape {value} does not fit this network.").format(value=tuple(batch.shape))) from exc
                chunks.append(read(outputs).cpu().float().numpy())
    finally:
        model.train(was_training)
    return chunks
