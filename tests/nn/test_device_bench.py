"""Racing devices: one row per device, operation and size, rates computed from the measured
time and the operation's known FLOP count, the CPU's thread count restored; the CLI contract.
The CUDA rows are checked on a machine with a GPU."""

from __future__ import annotations

import json
import threading

import pytest
import torch

from nnstudio.cli import main
from nnstudio.core.errors import InputError
from nnstudio.nn.device_bench import bench, flops, list_devices


def test_cpu_one_thread_and_all_threads_are_listed():
    devices = {d.key: d for d in list_devices()}
    assert devices["cpu-1"].threads == 1
    assert devices["cpu-all"].threads == torch.get_num_threads()
    assert ("cuda" in devices) == torch.cuda.is_available()


def test_one_row_per_device_operation_and_size_with_rates_from_the_flop_count():
    before = torch.get_num_threads()
    devices = [d for d in list_devices() if d.kind == "cpu"]
    rows = list(bench(devices, (16, 32), ("matmul", "conv"), repeats=2))
    assert [(r.device, r.operation, r.size) for r in rows] == [
        (d.key, op, n) for d in devices for op in ("matmul", "conv") for n in (16, 32)]
    for row in rows:
        assert row.seconds > 0
        assert row.gflops == pytest.approx(flops(row.operation, row.size) / row.seconds / 1e9)
    assert flops("matmul", 32) == 2 * 32**3  # a multiply and an add per term
    assert torch.get_num_threads() == before


def test_epoch_rows_time_one_training_epoch_of_the_preset():
    from nnstudio.nn import epoch_bench
    from nnstudio.nn.design import load_design
    from nnstudio.nn.train import design_data

    cpu = [d for d in list_devices() if d.key == "cpu-1"]
    (row,) = bench(cpu, (600,), ("epoch",), repeats=3)
    assert (row.operation, row.size, row.gflops) == ("epoch", 600, None)
    train_samples = len(design_data(load_design(epoch_bench.EPOCH_PRESET)).x_train)
    assert epoch_bench.samples() == train_samples
    assert row.samples_per_s == pytest.approx(train_samples / row.seconds)


def test_an_epoch_takes_one_optimiser_step_per_batch(monkeypatch):
    from nnstudio.nn.epoch_bench import epoch_work, samples

    steps = []
    real = torch.optim.Adam.step
    monkeypatch.setattr(torch.optim.Adam, "step", lambda self, *a, **k: steps.append(1) or real(self, *a, **k))
    run = epoch_work(700, "cpu")
    run.warm_up()
    assert len(steps) == 3
    run()
    assert len(steps) == 3 + -(-samples() // 700)


def test_a_set_stop_event_ends_the_race():
    stop = threading.Event()
    stop.set()
    assert list(bench(list_devices(), (16,), stop=stop)) == []


def test_bad_sizes_and_operations_are_refused():
    with pytest.raises(InputError):
        list(bench(list_devices(), (4,)))
    with pytest.raises(InputError):
        list(bench(list_devices(), (16,), ("fft",)))


def test_cli_json_lines(capsys):
    assert main(["devices", "--json"]) == 0
    keys = [json.loads(line)["key"] for line in capsys.readouterr().out.splitlines()]
    assert keys[:2] == ["cpu-1", "cpu-all"]
    assert main(["bench-devices", "--sizes", "16,24", "--ops", "matmul", "--repeats", "1", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    cpu = [r for r in rows if r["device"].startswith("cpu")]
    assert [(r["device"], r["size"]) for r in cpu] == [("cpu-1", 16), ("cpu-1", 24), ("cpu-all", 16), ("cpu-all", 24)]
    assert all(r["seconds"] > 0 and r["gflops"] > 0 for r in rows)
    assert main(["bench-devices", "--sizes", "5000"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA GPU on this machine")
def test_cuda_rows_are_synchronised_and_include_the_transfer():
    cuda = [d for d in list_devices() if d.kind.startswith("cuda")][:1]
    rows = list(bench(cuda, (256, 1024), ("matmul", "transfer"), repeats=3))
    assert {(r.operation, r.size) for r in rows} == {("matmul", 256), ("matmul", 1024), ("transfer", 256), ("transfer", 1024)}
    matmul = {r.size: r for r in rows if r.operation == "matmul"}
    # synchronised: 64× the work cannot take less time than the small one
    assert matmul[1024].seconds > matmul[256].seconds
    assert all(r.gbytes_per_s > 0 for r in rows if r.operation == "transfer")


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA GPU on this machine")
def test_cuda_epoch_is_timed_and_larger_batches_go_faster():
    cuda = [d for d in list_devices() if d.kind.startswith("cuda")][:1]
    rows = {r.size: r for r in bench(cuda, (16, 1024), ("epoch",), repeats=1)}
    assert rows[1024].samples_per_s > rows[16].samples_per_s  # a full GPU step vs a launch-bound one
