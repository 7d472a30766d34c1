"""What the "inside" views show about a network at one moment of its training.

Taken on the training thread between epochs (a few times a second at most), from a CPU copy
of the model, so the GUI gets plain arrays and a model of its own: the views never touch
the model that is training.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np
from torch import nn

from ..core.dataset_registry import DataSet
from ..core.decision_grid import PlaneGrid
from ..core.evaluation import confusion_matrix, misclassified
from .activations import LayerCapture, capture_activations
from .dropout_masks import training_dropout_masks
from .gradients import GradientNorms, gradient_norms
from .predict import predict_probabilities
from .probe import PlaneProbe, probe_plane
from .weights import WeightHistogram, conv_kernels, conv_layer_indices, weight_histograms

#: Test sets up to this size are evaluated for the confusion matrix with every insight.
EVALUATE_LIMIT = 5000


@dataclass(frozen=True)
class Insight:
    epoch: int
    model: nn.Sequential  # a CPU copy in eval mode: the GUI's own (draw to predict)
    captures: list[LayerCapture]  # every layer's output for the probe input
    gradients: GradientNorms  # of the epoch's last batch
    histograms: list[WeightHistogram]
    kernels: np.ndarray | None  # the first conv layer's kernels, if there is one
    probe: PlaneProbe | None  # 2-D data sets: outputs over the plane
    confusion: np.ndarray | None  # on the test split
    wrong: np.ndarray | None  # indices of misclassified test samples
    predicted: np.ndarray | None
    dropout: tuple = ()  # dropout_masks.DropoutMask of each Dropout layer for the probe input


def take_insight(model: nn.Sequential, epoch: int, data: DataSet, probe_input: np.ndarray,
                 grid: PlaneGrid | None, evaluate: bool = True) -> Insight:
    """Everything the views need, read from `model` (left as it was). `evaluate=False` skips
    the confusion matrix, the dearest part (a pass over the test split)."""
    gradients = gradient_norms(model)  # before anything else touches .grad
    snapshot = copy.deepcopy(model).cpu().eval()
    captures = capture_activations(snapshot, probe_input[None])
    kernels = conv_kernels(snapshot) if conv_layer_indices(snapshot) else None
    probe = probe_plane(snapshot, grid) if grid is not None else None
    confusion = wrong = predicted = None
    if evaluate and 0 < len(data.x_test) <= EVALUATE_LIMIT:
        predicted = predict_probabilities(snapshot, data.x_test).argmax(1)
        confusion = confusion_matrix(data.y_test, predicted, data.num_classes)
        wrong = misclassified(data.y_test, predicted)
    # Seeded by the epoch: the same picture for the same epoch, a new draw for the next.
    dropout = tuple(training_dropout_masks(snapshot, probe_input, seed=epoch))
    return Insight(epoch, snapshot, captures, gradients, weight_histograms(snapshot), kernels,
                   probe, confusion, wrong, predicted, dropout)
