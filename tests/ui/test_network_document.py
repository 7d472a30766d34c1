"""NetworkDocument on its own (no window): runs, their identity, and their end."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
import torch
from PySide6.QtCore import QCoreApplication

from nnstudio.nn.design import load_design
from nnstudio.nn.train import design_data
from nnstudio.ui.app import create_application
from nnstudio.ui.network.document import NetworkDocument
from nnstudio.ui.network.training_run import RunState


@pytest.fixture
def document(qtbot):
    create_application()
    doc = NetworkDocument(load_design("mlp_xor"))
    doc.set_data(design_data(doc.design))
    doc.set_config(replace(doc.config, device="cpu"))
    yield doc
    doc.shutdown()
    assert not doc.training_alive


def settled(doc) -> bool:
    return doc.run_state in (RunState.FINISHED, RunState.STOPPED, RunState.FAILED, RunState.PAUSED)


def test_a_run_finishes_and_its_model_is_free_at_once(document, qtbot):
    """The state arrives after the run's last results, and then the model may be read
    (the export test used to fail: "finished" while the thread was still alive)."""
    results = []
    document.epoch_finished.connect(results.append)
    assert document.train()
    qtbot.waitUntil(lambda: document.run_state is RunState.FINISHED, timeout=30_000)
    assert len(results) == document.config.epochs == results[-1].epoch
    model, why = document.trained_model()
    assert why is None and isinstance(model, torch.nn.Sequential)


def test_results_of_an_earlier_run_are_dropped(document, qtbot):
    document.set_config(replace(document.config, epochs=100_000))
    assert document.train()
    first = document.run
    qtbot.waitUntil(lambda: first.epochs_done > 2, timeout=20_000)
    results = []
    document.epoch_finished.connect(results.append)
    document.open(load_design("perceptron_xor"))  # ends the run; its queued results must not count
    assert document.run is None and document.run_state is RunState.IDLE
    qtbot.waitUntil(lambda: not first.worker.alive, timeout=5_000)
    # The thread has ended, so all it sent is queued: deliver it (it must be dropped).
    QCoreApplication.processEvents()
    assert results == []


def test_a_run_keeps_its_design_and_save_weights_says_whose_they_are(document, qtbot):
    assert document.train()
    qtbot.waitUntil(lambda: document.run_state is RunState.FINISHED, timeout=30_000)
    trained = document.run.model
    document.model.set_setting(0, "out_features", 8)  # an edit: the weights no longer fit
    assert document.run is None
    model, why = document.trained_model()
    assert model is None and "mlp_xor #1" in why and "before your changes" in why
    document.model.undo_stack.undo()  # back to the design the run trained
    model, why = document.trained_model()
    assert model is trained and why is None


@pytest.mark.parametrize("then", ["reset", "train", "stop", "pause_stop", "close", "open"])
def test_step_then_anything_ends_cleanly(document, qtbot, then):
    """Issue 11: Step 1 epoch followed by Reset, Train, Pause-then-stop or close froze."""
    document.set_config(replace(document.config, epochs=100_000))
    assert document.step()
    started = time.perf_counter()
    if then == "reset":
        document.reset()
    elif then == "train":
        document.train()
    elif then == "stop":
        document.stop()
    elif then == "pause_stop":
        document.pause_or_resume()
        document.stop()
    elif then == "open":
        document.open(load_design("perceptron_and"))
    else:
        document.shutdown()
    assert time.perf_counter() - started < 0.5  # the GUI thread never waits for training
    if then == "train":
        document.stop()
    qtbot.waitUntil(lambda: document.run_state in (RunState.IDLE, RunState.STOPPED, RunState.PAUSED,
                                                   RunState.FINISHED), timeout=5_000)
    document.shutdown()
    assert not document.training_alive


def test_step_trains_one_epoch_each_time(document, qtbot):
    epochs = []
    document.epoch_finished.connect(lambda r: epochs.append(r.epoch))
    assert document.step()
    qtbot.waitUntil(lambda: document.run_state is RunState.PAUSED, timeout=10_000)
    assert document.step()
    qtbot.waitUntil(lambda: document.run_state is RunState.PAUSED and len(epochs) == 2, timeout=10_000)
    assert epochs == [1, 2]
    assert document.trained_model()[1] is None  # paused: the model may be read
    document.pause_or_resume()
    qtbot.waitUntil(lambda: document.run_state is RunState.FINISHED, timeout=30_000)
    assert epochs == list(range(1, document.config.epochs + 1))


def test_every_result_names_its_run(document, qtbot):
    from nnstudio.ui.network.training_run import EpochDone

    seen = []
    assert document.train()
    document.run.worker.yielded.connect(seen.append)
    qtbot.waitUntil(lambda: document.run_state is RunState.FINISHED, timeout=30_000)
    assert seen and {item.run_id for item in seen} == {document.run.id}
    assert any(isinstance(item, EpochDone) and item.insight is not None for item in seen)


@pytest.mark.parametrize("end", ["finish", "stop"])
def test_a_run_that_ended_lets_go_of_what_only_training_needs(document, qtbot, end):
    """After the last epoch or Stop, the optimiser's state and the data's device copies are
    released; the trained model stays, equal to what the views and Save weights read."""
    if end == "stop":
        document.set_config(replace(document.config, epochs=100_000))
    assert document.train()
    run = document.run
    if end == "stop":
        qtbot.waitUntil(lambda: run.epochs_done > 2, timeout=20_000)
        assert document.stop()
    qtbot.waitUntil(lambda: document.run_state in (RunState.FINISHED, RunState.STOPPED), timeout=30_000)
    qtbot.waitUntil(lambda: not run.worker.alive, timeout=10_000)
    trainer = run.trainer
    assert not trainer.optimizer.state and trainer.x_train is None and trainer.x_test is None
    model, problem = document.trained_model()
    assert problem is None and model is trainer.model
    x = torch.as_tensor(document.data.x_test)
    with torch.no_grad():
        answers = model(x).argmax(1)
    if end == "finish":  # mlp_xor's default run learns XOR
        assert answers.tolist() == document.data.y_test.tolist()


def test_earlier_runs_and_their_workers_are_let_go(document, qtbot):
    """Each Train starts a run with its own worker; once a run is neither on screen nor the
    one put aside, nothing keeps it (its model, optimiser and data copies), and its ended
    worker is deleted. The monkey found every run of a session alive at its end."""
    import gc
    import weakref

    from nnstudio.ui.generator_worker import GeneratorWorker

    document.set_config(replace(document.config, epochs=2))
    runs = []
    for _ in range(6):
        assert document.train()
        runs.append(weakref.ref(document.run))
        qtbot.waitUntil(lambda: document.run_state is RunState.FINISHED, timeout=30_000)
        qtbot.waitUntil(lambda: not document.run.worker.alive, timeout=10_000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, 0)  # deferred deletes
    gc.collect()
    alive = [ref() for ref in runs if ref() is not None]
    assert alive == [document.previous_run, document.run]
    assert len(document.findChildren(GeneratorWorker)) <= 2
