"""State of the Backprop panel: which network, which sample, the trace, and how far the learner
has stepped through it.

The steps are: every neuron forward (layer by layer), the loss, every neuron backward (last
layer first), the update. Loading a design builds a torch model, so it runs on a worker; the
trace itself is a few numpy products and is recomputed on the spot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..workers import LatestJobRunner

if TYPE_CHECKING:
    from ...nn.backprop import BackpropTrace, DenseNet

DEFAULT_DESIGN = "mlp_xor"
#: Presets small and dense enough to trace by hand.
TRACEABLE_PRESETS = ("perceptron_and", "perceptron_xor", "mlp_xor")


@dataclass(frozen=True)
class Step:
    phase: str  # "forward", "loss", "backward", "update"
    layer: int = -1  # 0-based Linear layer
    neuron: int = -1


def step_list(widths: list[int]) -> list[Step]:
    steps = [Step("forward", l, j) for l, w in enumerate(widths) for j in range(w)]
    steps.append(Step("loss"))
    steps += [Step("backward", l, j) for l in reversed(range(len(widths))) for j in range(widths[l])]
    steps.append(Step("update"))
    return steps


class BackpropModel(QObject):
    changed = Signal()  # the trace or the position in it changed
    failed = Signal(str)  # one sentence: a design that cannot be traced, a bad file
    loading_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.net: DenseNet | None = None
        self.layers = ()  # the current weights (DenseLayer), changed by apply_update()
        self.sample = 0
        self.lr = 0.1
        self.trace: BackpropTrace | None = None
        self.steps: list[Step] = []
        self.position = -1  # index into steps of the last step shown; -1: only the input
        self.updates = 0  # updates applied since the design was loaded
        self.source = ""
        self._loader = LatestJobRunner("backprop", self)
        self._loader.finished.connect(self._on_loaded)
        self._loader.failed.connect(self._on_failed)

    @property
    def loading(self) -> bool:
        return self._loader.busy

    @property
    def current(self) -> Step | None:
        return self.steps[self.position] if 0 <= self.position < len(self.steps) else None

    def load(self, path_or_preset: str) -> None:
        """Open a design in the background; the current one stays until it has loaded."""
        from ...nn.backprop import open_dense  # noqa: F401 (fails here, not on the worker, if broken)

        self.source = path_or_preset
        self.loading_changed.emit(True)
        self._loader.submit(open_dense, path_or_preset)

    def _on_loaded(self, net: DenseNet) -> None:
        self.net = net
        self.layers = net.layers
        self.lr = net.design.training.lr
        self.sample = min(self.sample, len(net.x_train) - 1)
        self.updates = 0
        self._retrace(keep_position=False)
        self.loading_changed.emit(False)

    def _on_failed(self, message: str) -> None:
        self.loading_changed.emit(False)
        self.failed.emit(message)

    def set_sample(self, index: int) -> None:
        if self.net is not None and index != self.sample and 0 <= index < len(self.net.x_train):
            self.sample = index
            self._retrace(keep_position=False)

    def set_lr(self, lr: float) -> None:
        if lr > 0 and lr != self.lr:
            self.lr = lr
            self._retrace(keep_position=True)

    def go(self, position: int) -> None:
        position = max(-1, min(position, len(self.steps) - 1))
        if position != self.position:
            self.position = position
            self.changed.emit()

    def apply_update(self) -> None:
        """Keep the updated weights: the next trace starts from them (training by hand)."""
        if self.trace is None:
            return
        from ...nn.backprop import DenseLayer

        self.layers = tuple(DenseLayer(t.weight_new, t.bias_new, t.activation)
                            for t in self.trace.layers)
        self.updates += 1
        self._retrace(keep_position=False)

    def _retrace(self, keep_position: bool) -> None:
        from ...nn.backprop import backprop

        net = self.net
        label = int(net.y_train[self.sample])
        self.trace = backprop(list(self.layers), net.x_train[self.sample], label,
                              net.design.training.loss, self.lr)
        self.steps = step_list([len(layer.bias) for layer in self.layers])
        if not keep_position:
            self.position = -1
        self.changed.emit()

    def shutdown(self) -> None:
        self._loader.shutdown()
