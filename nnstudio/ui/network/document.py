"""The Network tab's state: the design, the data set, the training settings and the run.

Panels bind to this one object: they call its methods and redraw from its signals; none of
them talks to another. A run is started with the design, data and settings of that moment
(a Run) and trained by a GeneratorWorker; only the current run's results are passed on, and
when the design, the data set or the weights change, the results on screen are put aside
(`results_forgotten`) so that every view shows the new, untrained network instead of an
earlier one's answers.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from ...core.dataset_registry import DataSet
from ...core.errors import InputError
from ...nn.design import REGRESSION_LOSSES, Analysis, Design, DesignError, TrainingConfig
from ...nn.layers import fmt_shape
from ..generator_worker import GeneratorWorker, WorkerState
from .design_model import DesignModel
from .training_run import (BatchLosses, DeviceKnown, EpochDone, Run, RunState, ViewWishes, design_key,
                           is_epoch, train_run)

#: How long closing the window waits for training threads, in all (each stops after a batch).
CLOSE_JOIN_S = 10.0


#: A long run keeps every epoch's figures for Export run for TensorBoard, but the weights that
#: small networks send with each epoch only for the first epochs and every this-many after.
WEIGHTS_KEPT_EVERY = 50


def kept_for_export(result):
    if result.weights is None or result.epoch <= WEIGHTS_KEPT_EVERY or result.epoch % WEIGHTS_KEPT_EVERY == 0:
        return result
    return replace(result, weights=None)


def run_extras(config: TrainingConfig) -> str:
    """The settings a run's legend adds when they are not the defaults: schedule, L2, L1,
    augmentation."""
    parts = [config.schedule] if config.schedule != "constant" else []
    parts += [f"L2 {config.weight_decay:g}"] if config.weight_decay else []
    parts += [f"L1 {config.l1:g}"] if config.l1 else []
    parts += ["augment"] if config.augment else []
    return f" [{', '.join(parts)}]" if parts else ""


def loss_for_task(config: TrainingConfig, task: str) -> TrainingConfig:
    """The settings with a loss that fits the task: a number to predict keeps mse, mae or
    huber (else mse); classes keep theirs unless it is one of mae and huber (then cross-entropy)."""
    if task == "regress" and config.loss not in REGRESSION_LOSSES:
        return replace(config, loss="mse")
    if task != "regress" and config.loss in ("mae", "huber"):
        return replace(config, loss="cross_entropy")
    return config


class _Refit(QUndoCommand):
    """The design, its loss and the data set's task, changed together: Ctrl+Z restores all
    three (the data set is loaded again as it was)."""

    def __init__(self, document: "NetworkDocument", before: tuple, after: tuple, text: str) -> None:
        super().__init__(text)
        self._document, self._before, self._after = document, before, after
        self._first = True

    def redo(self) -> None:
        # The first time, the data set in `after` is the one just loaded: no need to load it again.
        self._document._restore(*self._after, reload=not self._first)
        self._first = False

    def undo(self) -> None:
        self._document._restore(*self._before, reload=True)


class NetworkDocument(QObject):
    design_opened = Signal()  # a preset or file replaced everything: panels show its settings
    design_changed = Signal()  # any edit of the layers or input (undoable)
    data_changed = Signal()  # `data` is a newly loaded data set
    run_state_changed = Signal(object)  # RunState
    run_started = Signal(object)  # Run
    results_forgotten = Signal()  # no current run: views show the untrained network
    runs_cleared = Signal()  # Reset: earlier runs go too
    epoch_finished = Signal(object)  # nn.train.EpochResult of the current run
    batches_streamed = Signal(object)  # BatchLosses of the current run
    insight_arrived = Signal(object)  # nn.insight.Insight of the current run
    device_known = Signal(str)
    config_restored = Signal()  # undo/redo of a refit set the training settings
    entry_restored = Signal()  # undo/redo of a refit set the data set entry: load it again
    said = Signal(str, bool)  # one sentence for the user, and whether it is an error

    def __init__(self, design: Design, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = DesignModel(design, self)
        self.config: TrainingConfig = design.training
        self.dataset_entry: dict = dict(design.dataset)
        self.data: DataSet | None = None
        self._loading = False
        self._data_problem: str | None = None  # a data set on screen that could not load
        self.run: Run | None = None  # the run whose results are on screen
        self.previous_run: Run | None = None  # put aside; named when its weights are asked for
        self.run_state = RunState.IDLE
        self._count = 0
        self._worker: GeneratorWorker | None = None
        self._retired: list[GeneratorWorker] = []  # told to quit, not yet joined
        self._sequence = 0  # of the current worker's latest state
        self._wishes = ViewWishes()
        self.model.changed.connect(self._on_design_changed)

    # --- the design, the data and the settings --------------------------------------------
    @property
    def design(self) -> Design:
        return self.model.design

    def open(self, design: Design) -> None:
        """A preset or a design file: replaces the layers (undoably), the data set choice and
        the training settings, and ends a run that is going on."""
        self._forget(self.tr("Training stopped: another design was opened."))
        self.model.replace(design, self.tr("Open {name}").format(name=design.name))
        self.config = design.training
        self.dataset_entry = dict(design.dataset)
        self.design_opened.emit()
        self.said.emit(self.description() or self.tr("Opened {name}.").format(name=design.name), False)

    def description(self) -> str:
        """The design's description in the user's language (a preset's is translated, see
        nn/preset_texts.py; a design of one's own is shown as written)."""
        text = self.design.description
        return QCoreApplication.translate("Presets", text) if text else ""

    def set_config(self, config: TrainingConfig) -> None:
        """Settings for the next run (a run keeps the ones it started with)."""
        self.config = config

    def set_dataset_entry(self, entry: dict) -> None:
        """The data set as a design file names it; the data panel loads it."""
        self.dataset_entry = dict(entry)

    def data_loading(self) -> None:
        """A data set is on its way: Train waits for it (a run must not start on the old one)."""
        self._loading = True
        self.data_changed.emit()

    def data_failed(self, message: str, blocking: bool = False) -> None:
        """The load failed: the previous data set stays. `blocking`: it must not be trained
        on either (the learner's own points are on screen, not it); `message` says why."""
        self._loading = False
        self._data_problem = message if blocking else None
        self.said.emit(message, True)
        self.data_changed.emit()

    @property
    def data_ready(self) -> bool:
        return self.data is not None and not self._loading

    def set_data(self, data: DataSet) -> None:
        self._loading = False
        self._data_problem = None
        if self.run is not None and self.run.data is not data:
            self._forget(self.tr("Training stopped: the data set changed."))
        self.data = data
        self.model.set_num_classes(data.outputs)
        self.data_changed.emit()

    def current_design(self) -> Design:
        """The design as a file holds it: layers, the data set entry and the settings."""
        return replace(self.model.design, dataset=dict(self.dataset_entry), training=self.config)

    def problem(self) -> DesignError | None:
        """What stops training: a data set the input does not fit (first: every layer's
        shape follows from it), else the design's first problem."""
        data, design = self.data, self.model.design
        if self._data_problem is not None:
            return DesignError(self._data_problem)
        if data is not None and tuple(design.input) != data.input_shape:
            return DesignError(
                self.tr("The network takes {shape} but {data} gives {given} per sample.").format(
                    shape=fmt_shape(tuple(design.input)), data=data.name, given=fmt_shape(data.input_shape)),
                None, {"op": "input", "label": self.tr("Set the input to {shape}").format(
                    shape=fmt_shape(data.input_shape))})
        return self.model.analysis.error

    def verdict(self) -> Analysis:
        """The analysis with the data set's objection, if any, as its error."""
        analysis, problem = self.model.analysis, self.problem()
        return analysis if problem is analysis.error else Analysis(analysis.input, analysis.layers, problem)

    def fit_to_data(self, entry_before: dict | None = None) -> None:
        """Make the design take the data set's samples and give one output per class, or
        one number (regression) with a loss for numbers: one undoable edit, which also
        restores the data set entry `entry_before` (the task as it was) when undone. A design
        that cannot, such as a CNN given a table, says why."""
        from ...nn.data_fit import fit_design_to_data

        if self.data is None:
            return
        try:
            fitted = fit_design_to_data(self.design, self.data)
        except InputError as exc:
            self.said.emit(str(exc), True)
            return
        config = loss_for_task(self.config, self.data.task)
        entry = dict(self.dataset_entry)
        text = self.tr("Fit the design to {data}").format(data=self.data.name)
        if design_key(fitted) == design_key(self.design) and config == self.config:
            return  # it fits already (a preset made for the set): no edit to undo
        before = (self.design, self.config, dict(entry_before if entry_before is not None else entry))
        self.model.undo_stack.push(_Refit(self, before, (replace(fitted, training=config), config, entry), text))
        layers = self.model.analysis.layers
        out = layers[-1].out_shape if layers and layers[-1].out_shape else (self.data.outputs,)
        sentence = self.tr("The design now takes {n} numbers and gives {outputs} outputs, as {data} needs.").format(
            n=self.data.input_shape[0], outputs=out[0], data=self.data.name)
        if self.data.task == "regress":
            sentence += " " + self.tr("It predicts a number, trained with the {loss} loss.").format(loss=config.loss)
        self.said.emit(sentence, False)

    def _restore(self, design: Design, config: TrainingConfig, entry: dict, reload: bool) -> None:
        """Undo/redo of a refit: the design, the settings and (when `reload`) the data set entry."""
        self.config = config
        self.model._set(design)
        self.config_restored.emit()
        if reload:
            self.dataset_entry = dict(entry)
            self.entry_restored.emit()

    def fix(self) -> None:
        problem = self.problem()
        if problem is not None and problem.fix is not None and problem.fix.get("op") == "input":
            self.model.set_input(self.data.input_shape)
        else:
            self.model.apply_fix()

    def _on_design_changed(self) -> None:
        if self.run is not None and design_key(self.run.design) != design_key(self.model.design):
            self._forget(self.tr("Training stopped: the design changed."))
        self.design_changed.emit()

    # --- what the live views want ---------------------------------------------------------
    def set_view_wishes(self, **changes) -> None:
        """probe_input, plane_grid, evaluate_always: read by the run at its next insight."""
        self._wishes = replace(self._wishes, **changes)

    @property
    def view_wishes(self) -> ViewWishes:
        return self._wishes

    # --- the run ----------------------------------------------------------------------------
    def train(self, steps: int | None = None) -> bool:
        """Start a run with fresh weights (or the opened ones): freely, or `steps` epochs
        and then paused."""
        problem, data = self.problem(), self.data
        if problem is not None or not self.data_ready:
            self.said.emit(str(problem) if problem else self.tr("The data set is still loading."), True)
            return False
        try:
            config = self.config.checked()
        except InputError as exc:
            self.said.emit(str(exc), True)
            return False
        initial = None
        if self.run is not None and self.run.trainer is None and self.run.loaded_model is not None:
            initial = {k: v.detach().clone() for k, v in self.run.loaded_model.state_dict().items()}
        self._retire()
        self._count += 1
        name = self.tr("{name} #{n}").format(name=self.design.name, n=self._count)
        run = Run(self._count, name, self.current_design(), data, config, initial,
                  label=self.tr("{name} ({optimizer}, lr {lr:g}, batch {batch})").format(
                      name=name, optimizer=config.optimizer + (" nesterov" if config.nesterov and config.optimizer == "sgd"
                                                               else ""),
                      lr=config.lr, batch=config.batch_size) + run_extras(config))
        worker = GeneratorWorker(lambda stop: train_run(stop, run, lambda: self._wishes, worker.pause_due),
                                 boundary=is_epoch, name="nnstudio-training", parent=self)
        run.worker = worker
        worker.yielded.connect(self._on_item)
        worker.state_changed.connect(self._on_worker_state)
        worker.errored.connect(self._on_worker_error)
        self.previous_run, self.run, self._worker, self._sequence = self.run, run, worker, 0
        self.run_started.emit(run)
        worker.start(steps)
        return True

    def step(self) -> bool:
        """One more epoch, then pause: from a pause, or as a new run."""
        if self.run_state is RunState.PAUSED and self._worker is not None:
            return self._worker.resume(steps=1)
        if self.run_state.active:
            return False
        return self.train(steps=1)

    def pause_or_resume(self) -> bool:
        if self._worker is None:
            return False
        if self.run_state is RunState.PAUSED:
            return self._worker.resume()
        return self._worker.pause()

    def stop(self) -> bool:
        """Stop after the current batch; returns at once (the thread ends on its own)."""
        return self._worker is not None and self._worker.quit()

    def reset(self) -> None:
        """Stop, forget the trained weights and every run."""
        self._forget(None)
        self.previous_run = None
        self.runs_cleared.emit()

    def trained_model(self):
        """(model, None) if there are weights the GUI may read now, else (None, sentence)."""
        run = self.run
        if run is None and self.previous_run is not None and self.previous_run.model is not None:
            if design_key(self.previous_run.design) != design_key(self.design):
                return None, self.tr("The trained weights belong to {run}, the design before your changes; "
                                     "train this design first, or undo the changes.").format(run=self.previous_run.name)
            run = self.previous_run
        if run is None or run.model is None:
            return None, self.tr("Train the network (or step one epoch) first: there are no weights yet.")
        if not run.model_free():
            return None, self.tr("Pause or stop training first.")
        return run.model, None

    def adopt_weights(self, model, source: str) -> None:
        """Weights opened from a file for the current design: they become the run the views
        show and the weights Train starts from."""
        self._forget(self.tr("Training stopped: other weights were opened."))
        self._count += 1
        run = Run(self._count, source, self.current_design(), self.data, self.config, loaded_model=model)
        self.previous_run, self.run = None, run
        self.run_started.emit(run)

    def shutdown(self) -> None:
        """Stop every training thread and wait for them, at most CLOSE_JOIN_S in all."""
        import time

        self._retire()
        if self.run_state.active or self.run_state is RunState.PAUSED:
            self._set_state(RunState.STOPPED)
        deadline = time.monotonic() + CLOSE_JOIN_S
        for worker in self._retired:
            worker.join(max(0.0, deadline - time.monotonic()))
        self._retired = [w for w in self._retired if w.alive]

    @property
    def training_alive(self) -> bool:
        """Whether any training thread (current or told to quit) is still running."""
        workers = self._retired + ([self._worker] if self._worker is not None else [])
        return any(w.alive for w in workers)

    # --- internals --------------------------------------------------------------------------
    def _retire(self) -> None:
        """Tell the current worker to quit and stop listening to it; never waits."""
        if self._worker is not None:
            self._worker.quit()
            self._retired.append(self._worker)
            self._worker = None
        ended = [w for w in self._retired if not w.alive]
        self._retired = [w for w in self._retired if w.alive]
        for worker in ended:
            worker.deleteLater()  # a child of this document: it would stay as long as the window

    def _forget(self, reason: str | None) -> None:
        """Put the current run aside: its worker quits, its results stop counting."""
        was_active = self.run_state.active or self.run_state is RunState.PAUSED
        if self.run is not None:
            self.previous_run = self.run
        self.run = None
        self._retire()
        self._set_state(RunState.IDLE)
        self.results_forgotten.emit()
        if was_active and reason:
            self.said.emit(reason, False)

    def _set_state(self, state: RunState) -> None:
        if state is not self.run_state:
            self.run_state = state
            self.run_state_changed.emit(state)

    def _on_worker_state(self, state: WorkerState, sequence: int) -> None:
        if self.sender() is not self._worker or sequence <= self._sequence:
            return  # a retired worker, or older than a state already shown
        self._sequence = sequence
        self._set_state(RunState(state.value))

    def _on_worker_error(self, exc: Exception) -> None:
        if self.sender() is not self._worker:
            return
        if isinstance(exc, InputError):
            self.said.emit(str(exc), True)
        else:
            self.said.emit(self.tr("Training stopped: {kind}: {text}").format(kind=type(exc).__name__, text=exc), True)

    def _on_item(self, item) -> None:
        if self.run is None or item.run_id != self.run.id:
            return  # an earlier run's result, still on its way
        if isinstance(item, BatchLosses):
            self.batches_streamed.emit(item)
        elif isinstance(item, EpochDone):
            self.run.results.append(kept_for_export(item.result))
            self.epoch_finished.emit(item.result)
            if item.insight is not None:
                self.insight_arrived.emit(item.insight)
        elif isinstance(item, DeviceKnown):
            self.device_known.emit(item.label)
