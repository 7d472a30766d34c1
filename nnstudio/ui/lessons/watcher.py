"""Noticing by itself when the learner has done a step's task.

The watcher listens to the signals of every tab's model (and of the few controls that have no
model of their own: the Pixels side tabs, the Rosenblatt buttons, the Devices race's fields) and, after the burst of
changes one click makes, reads the facts once and says whether the current step's check holds.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.lesson_check import all_hold
from ...core.lesson_format import Step
from .facts import gather


def change_signals(window) -> list:
    """Every signal after which a check may have a different answer."""
    pages = {page.key: page for page in window.pages}
    pixels, filters, network, learning = (pages[k] for k in ("pixels", "filters", "network", "learning"))
    rosenblatt = learning.panels["rosenblatt"]
    tensors = pages["tensors"]
    return [
        window.tabs.currentChanged, window.document.image_changed,
        pixels.settings_model.changed, pixels.side_tabs.currentChanged, pixels.show_channel.currentIndexChanged,
        pixels.compression.format.currentIndexChanged, pixels.compression.quality.valueChanged,
        filters.model.changed, network.network.design_changed, network.network.design_opened,
        network.network.data_changed, network.network.run_state_changed, network.inside.currentChanged,
        network.side.currentChanged,
        *(w.valueChanged for w in (network.training.lr, network.training.epochs, network.training.weight_decay,
                                   network.training.batch, network.training.l1)),
        network.training.schedule.currentIndexChanged, network.training.nesterov.toggled,
        network.training.optimizer.currentIndexChanged, network.training.loss.currentIndexChanged,
        learning.tabs.currentChanged, learning.panels["perceptron"].model.changed,
        rosenblatt.gate.currentIndexChanged, *(b.clicked for b in (rosenblatt.step_button, rosenblatt.epoch_button,
                                                                   rosenblatt.run_button, rosenblatt.reset_button)),
        learning.panels["backprop"].model.changed, learning.panels["activations"].depth_slider.valueChanged,
        tensors.tabs.currentChanged, tensors.tensors.model.changed, tensors.views["broadcast"].model.changed,
        tensors.devices.sizes.textChanged, tensors.devices.epoch.toggled, tensors.devices.race_ended,
    ]


class StepWatcher(QObject):
    """``done_changed(bool)`` whenever the current step's check changes its answer.

    A step counts as done only when its check turns true after having been false while the
    step was shown (``armed``): a state left over from before (the default pipeline already
    has the Sobel kernel a step asks for) is no free pass. Show me makes the check false,
    as ``nnstudio lesson verify`` makes sure for every built-in step.
    """

    done_changed = Signal(bool)
    armed_changed = Signal()

    def __init__(self, window, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.step: Step | None = None
        self.done = False
        self.armed = False
        self._timer = QTimer(self, singleShot=True, interval=0)  # once per burst of signals
        self._timer.timeout.connect(self.evaluate)
        for signal in change_signals(window):
            signal.connect(self._timer.start)

    def watch(self, step: Step | None) -> None:
        self.step = step
        self.done = False
        self.armed = False
        self.evaluate()

    def evaluate(self) -> bool:
        holds = self.step is not None and all_hold(self.step.check, gather(self.window))
        if not holds and not self.armed and self.step is not None:
            self.armed = True
            self.armed_changed.emit()
        done = holds and self.armed
        if done != self.done:
            self.done = done
            self.done_changed.emit(done)
        return done
