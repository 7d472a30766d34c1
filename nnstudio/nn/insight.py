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
from .predict import predict_probabilities, predict_values
from .probe import PlaneProbe, probe_plane
from .weights import WeightHistogram, conv_kernels, conv_layer_indices, weight_histograms

#: Test sets up to this size are evaluated for the confusion matrix with every insight.
EVALUATE_LIMIT = 5000
#: Multiply-adds one insight may spend on the plane and the test split (a second or two on
#: one core). A network of 100 million weights would take minutes over a 100 × 100 plane,
#: and neither Stop nor closing the window can interrupt a forward pass: such a network is
#: shown without the plane and the confusion matrix until it is smaller.
VIEW_OPERATIONS = 2_000_000_000


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
    # Regression: the number predicted for each test sample (the Predicted vs true view).
    predicted_values: np.ndarray | None = None


def affordable_samples(model: nn.Sequential, captures: list[LayerCapture]) -> int:
    """How many samples the views may push through `model` for one insight: VIEW_OPERATIONS
    over the multiply-adds of one sample (each layer's weights times the positions of its
    output where a conv layer reuses them, read from the captured output of one sample)."""
    per_sample = 0
    for capture in captures:
        weights = sum(p.numel() for p in model[capture.index].parameters())
        output = capture.output
        positions = int(np.prod(output.shape[2:])) if output.ndim == 4 else 1
        per_sample += weights * positions + int(np.prod(output.shape[1:]))
    return VIEW_OPERATIONS // max(1, per_sample)


def take_insight(model: nn.Sequential, epoch: int, data: DataSet, probe_input: np.ndarray,
                 grid: PlaneGrid | None, evaluate: bool = True, *, copy_model: bool = True) -> Insight:
    """Everything the views need, read from `model` (left as it was). `evaluate=False` skips
    the confusion matrix, the dearest part (a pass over the test split). `copy_model=False`
    takes a CPU model in eval mode that nothing trains as the insight's own, instead of a
    copy: a large untrained network is then held once, not twice."""
    gradients = gradient_norms(model)  # before anything else touches .grad
    snapshot = copy.deepcopy(model).cpu().eval() if copy_model else model
    captures = capture_activations(snapshot, probe_input[None])
    kernels = conv_kernels(snapshot) if conv_layer_indices(snapshot) else None
    room = affordable_samples(snapshot, captures)
    if grid is not None and len(grid.points) > room:
        grid = None
    room -= len(grid.points) if grid is not None else 0
    probe = probe_plane(snapshot, grid, data.task) if grid is not None else None
    confusion = wrong = predicted = values = None
    if data.task == "regress":
        # Cheap next to the plane (one output per sample): every insight, up to the budget.
        if 0 < len(data.x_test) <= room:
            values = predict_values(snapshot, data.x_test)
    elif evaluate and 0 < len(data.x_test) <= min(EVALUATE_LIMIT, room):
        predicted = predict_probabilities(snapshot, data.x_test).argmax(1)
        confusion = confusion_matrix(data.y_test, predicted, data.num_classes)
        wrong = misclassified(data.y_test, predicted)
    # Seeded by the epoch: the same picture for the same epoch, a new draw for the next.
    dropout = tuple(training_dropout_masks(snapshot, probe_input, seed=epoch))
    return Insight(epoch, snapshot, captures, gradients, weight_histograms(snapshot), kernels,
                   probe, confusion, wrong, predicted, dropout, values)
