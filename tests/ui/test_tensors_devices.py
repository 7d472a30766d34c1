"""The Devices view races 1 CPU thread against all of them: one measurement per device,
operation and size reaches the table and the plot; Stop ends it; bad sizes keep the state."""

from __future__ import annotations

from nnstudio.ui.generator_worker import WorkerState
from nnstudio.ui.tensors.devices_view import DevicesView


def test_race_fills_the_table_and_the_curves(shown, qtbot):
    view = shown(DevicesView, 1000, 700)
    qtbot.waitUntil(view.race.isEnabled, timeout=60_000)  # the devices are listed on a worker
    assert "1 CPU thread" in view.device_line.text() or "GPU" in view.device_line.text()
    view.sizes.setText("16, 32")
    view.epoch.setChecked(False)  # the epoch has a test of its own: it takes seconds
    view.race.click()
    qtbot.waitUntil(lambda: view.worker.state is WorkerState.FINISHED and view.race.isEnabled(), timeout=120_000)
    devices = [d.key for d in view.devices]
    expected = [(d, op, n) for d in devices for op in ("matmul", "conv") for n in (16, 32)]
    assert [(r.device, r.operation, r.size) for r in view.rows] == expected
    assert view.table.rowCount() == len(expected)
    assert set(view.curves) == {(d, op) for d in devices for op in ("matmul", "conv")}
    curve = view.curves[("cpu-1", "matmul")]
    xs, ys = curve.xData, curve.yData  # the data itself (getData gives the log-scaled plot values)
    assert list(xs) == [16, 32] and all(y > 0 for y in ys)
    assert str(len(expected)) in view.status.text()
    view.shutdown()  # as the Tensors tab does on close: the lister's thread is joined


def test_an_epoch_of_the_preset_is_raced_as_samples_per_second(shown, qtbot):
    view = shown(DevicesView, 1000, 700)
    qtbot.waitUntil(view.race.isEnabled, timeout=60_000)
    assert view.epoch.isChecked() and "GPU" in view.epoch_note.text()
    view.sizes.setText("512")
    view.race.click()
    qtbot.waitUntil(lambda: view.worker.state is WorkerState.FINISHED and view.race.isEnabled(), timeout=240_000)
    epochs = [r for r in view.rows if r.operation == "epoch"]
    assert [r.device for r in epochs] == [d.key for d in view.devices]
    assert all(r.samples_per_s > 0 and r.gflops is None for r in epochs)
    curve = view.curves[("cpu-1", "epoch")]
    assert curve.getViewBox() is view.epoch_plot.getViewBox()  # its own plot: samples/s, not GFLOP/s
    assert list(curve.xData) == [512] and list(curve.yData) == [epochs[0].samples_per_s]
    texts = [view.table.item(r, 4).text() for r in range(view.table.rowCount())]
    assert sum("samples/s" in t for t in texts) == len(epochs)
    view.shutdown()


def test_bad_sizes_are_refused_and_stop_ends_the_race(shown, qtbot):
    view = shown(DevicesView, 1000, 700)
    qtbot.waitUntil(view.race.isEnabled, timeout=60_000)
    view.sizes.setText("16, x")
    assert not view.start_race()
    assert "⚠" in view.status.text() and view.worker is None
    view.sizes.setText("64, 128, 256")
    assert view.start_race()
    view.stop.click()
    qtbot.waitUntil(lambda: view.worker.state is WorkerState.STOPPED and view.race.isEnabled(), timeout=120_000)
    assert len(view.rows) < len(view.devices) * 2 * 3
    assert "Stopped" in view.status.text()
    view.shutdown()
