"""Live prediction for the learner's own classes: each new current image (every camera frame)
through the latest trained copy of the network, off the GUI thread, newest frame wins.

The copy is the one each training insight carries (nn.insight: a CPU model in eval mode,
the GUI's own), so predictions follow training as it goes and never touch the model the
training thread owns. A copy counts only when it was trained on data with these classes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from ...core.class_set import to_sample
from ..document import ImageDocument
from ..workers import LatestJobRunner
from .document import NetworkDocument


@dataclass(frozen=True)
class ClassPrediction:
    run_id: int  # the run whose copy answered
    names: tuple[str, ...]
    probabilities: np.ndarray  # (K,) float32, summing to 1


def predict_picture(model, pixels: np.ndarray, size: int, run_id: int, names: tuple) -> ClassPrediction:
    """On the runner's thread: the picture cut and scaled as samples are, then the model."""
    from ...nn.predict import predict_probabilities

    x = (to_sample(pixels, size).astype(np.float32) / 255.0).transpose(2, 0, 1)[None]
    return ClassPrediction(run_id, names, predict_probabilities(model, x)[0])


class LivePrediction(QObject):
    predicted = Signal(object)  # ClassPrediction
    cleared = Signal()  # no trained copy for these classes (yet)
    failed = Signal(str)

    def __init__(self, images: ImageDocument, network: NetworkDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.images, self.network = images, network
        self.names: tuple[str, ...] = ()
        self._model = None
        self._run_id = -1
        self._size = 64
        self.active = False  # only while the window shows: nothing runs for a hidden one
        self.runner = LatestJobRunner("class-prediction", self)
        self.runner.finished.connect(self._on_predicted)
        self.runner.failed.connect(self.failed)
        network.insight_arrived.connect(self._on_insight)
        network.results_forgotten.connect(self._forget)
        images.image_changed.connect(lambda _image: self.predict_now())

    @property
    def has_model(self) -> bool:
        return self._model is not None

    def set_active(self, active: bool) -> None:
        self.active = active
        self.predict_now()

    def _on_insight(self, insight) -> None:
        run = self.network.run
        data = run.data if run is not None else None
        if data is None or data.kind != "images" or len(data.input_shape) != 3 or data.input_shape[0] != 3:
            return
        self._model, self._run_id, self.names = insight.model, run.id, tuple(data.class_names)
        self._size = int(data.input_shape[1])
        self.predict_now()

    def _forget(self) -> None:
        if self._model is not None:
            self._model, self._run_id = None, -1
            self.cleared.emit()

    def predict_now(self) -> None:
        if self.active and self._model is not None:
            self.runner.submit(predict_picture, self._model, self.images.working_pixels, self._size,
                               self._run_id, self.names)

    def _on_predicted(self, prediction: ClassPrediction) -> None:
        if prediction.run_id == self._run_id:  # a copy forgotten meanwhile answers no more
            self.predicted.emit(prediction)

    def shutdown(self) -> None:
        self.runner.shutdown()
