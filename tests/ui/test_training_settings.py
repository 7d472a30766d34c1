"""The Training panel's optimiser, schedule and regularisation reach the run, and its legend."""

from __future__ import annotations

import torch

from nnstudio.ui.network.training_run import RunState


def test_optimiser_schedule_and_l1_from_the_panel_train_and_name_the_run(network_page, qtbot):
    document = network_page.network
    panel = network_page.training
    panel.optimizer.setCurrentIndex(panel.optimizer.findData("sgd"))
    assert panel.nesterov.isEnabled()
    panel.nesterov.setChecked(True)
    panel.schedule.setCurrentIndex(panel.schedule.findData("cosine"))
    panel.l1.setValue(0.001)
    panel.epochs.setValue(3)
    config = document.config
    assert (config.optimizer, config.nesterov, config.schedule, config.l1, config.epochs) == ("sgd", True, "cosine",
                                                                                             0.001, 3)
    assert document.train()
    qtbot.waitUntil(lambda: document.run_state is RunState.FINISHED, timeout=30_000)
    run = document.run
    assert isinstance(run.trainer.optimizer, torch.optim.SGD) and run.trainer.optimizer.defaults["nesterov"]
    assert run.trainer.optimizer.param_groups[0]["lr"] < config.lr  # cosine brought it down
    assert "sgd nesterov" in run.label and "[cosine, L1 0.001]" in run.label
    panel.optimizer.setCurrentIndex(panel.optimizer.findData("adamw"))
    assert not panel.nesterov.isEnabled() and document.config.optimizer == "adamw"
