"""Atomic saves: whatever goes wrong while writing, the previous file is intact, byte for byte,
and no temporary file is left behind."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from nnstudio.core import atomic_write as aw
from nnstudio.core.errors import InputError

OLD = b"the previous file, which must survive\n" * 100


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "result.bin"
    path.write_bytes(OLD)
    return path


def _left_over(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_good_write_replaces_the_file_and_leaves_nothing_else(target):
    aw.write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and _left_over(target.parent) == []


@pytest.mark.parametrize("after", [0, 1, 4096, 100_000])
def test_a_writer_that_dies_after_n_bytes_keeps_the_previous_file(target, after):
    def writer(handle):
        handle.write(b"x" * after)
        raise RuntimeError("the serialiser crashed")

    with pytest.raises(RuntimeError):
        aw.write_with(target, writer)
    assert target.read_bytes() == OLD and _left_over(target.parent) == []


def test_a_full_disk_while_writing_is_one_sentence_and_keeps_the_file(target):
    def writer(handle):
        handle.write(b"x" * 4096)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(InputError, match=r"Could not write result\.bin: the disk is full; nothing was changed\."):
        aw.write_with(target, writer)
    assert target.read_bytes() == OLD and _left_over(target.parent) == []


def test_a_full_disk_found_at_fsync_keeps_the_file(target, monkeypatch):
    # Delayed allocation: the write() calls succeed and the disk turns out full at fsync.
    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(aw.os, "fsync", full)
    with pytest.raises(InputError, match="the disk is full"):
        aw.write_bytes(target, b"new" * 1000)
    assert target.read_bytes() == OLD and _left_over(target.parent) == []


@pytest.mark.parametrize("where", ["mkstemp", "replace"])
def test_permission_denied_keeps_the_file(target, monkeypatch, where):
    def denied(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    if where == "mkstemp":
        monkeypatch.setattr(aw.tempfile, "mkstemp", denied)
    else:
        monkeypatch.setattr(aw.os, "replace", denied)
    with pytest.raises(InputError, match="permission denied"):
        aw.write_bytes(target, b"new")
    assert target.read_bytes() == OLD and _left_over(target.parent) == []


def test_a_missing_folder_is_refused_before_and_during_a_write(tmp_path):
    path = tmp_path / "missing" / "w.pt"
    with pytest.raises(InputError, match="the folder .*missing does not exist"):
        aw.check_writable(path)
    with pytest.raises(InputError, match="Could not write w.pt: the folder does not exist"):
        aw.write_bytes(path, b"x")
    assert not (tmp_path / "missing").exists()


def test_a_folder_in_the_way_is_refused(tmp_path):
    (tmp_path / "out.png").mkdir()
    with pytest.raises(InputError, match="it is a folder"):
        aw.check_writable(tmp_path / "out.png")


def test_permissions_are_those_of_a_plain_open(tmp_path, target):
    target.chmod(0o640)
    aw.write_bytes(target, b"new")
    assert (target.stat().st_mode & 0o777) == 0o640
    fresh = tmp_path / "fresh.bin"
    aw.write_bytes(fresh, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert (fresh.stat().st_mode & 0o777) == 0o666 & ~umask


def test_kill_9_during_a_write_keeps_the_previous_file(target):
    """A real process killed while it writes: the old file is still whole."""
    script = textwrap.dedent(f"""
        import sys, time
        from nnstudio.core.atomic_write import write_with
        def slow(handle):
            for _ in range(10_000):
                handle.write(b"y" * 65536)
                handle.flush()
                print("writing", flush=True)
                time.sleep(0.01)
        write_with({str(target)!r}, slow)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        assert child.stdout.readline().strip() == b"writing"
        while not any(p.stat().st_size > 65536 for p in target.parent.iterdir() if p.name.endswith(".tmp")):
            child.stdout.readline()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert target.read_bytes() == OLD
    # The killed writer's hidden temporary file is all that is left, never a damaged target.
    assert all(name.startswith(".result.bin.") for name in _left_over(target.parent))


def test_file_size_limit_in_a_real_process_is_a_sentence_not_an_abort(tmp_path):
    """RLIMIT_FSIZE makes the kernel refuse writes past a size (EFBIG), as a full disk does:
    TorchScript export and weights saving say so in one sentence and the process lives on
    (libtorch's own file writer used to abort the process here)."""
    out = tmp_path / "model.pt"
    out.write_bytes(OLD)
    script = textwrap.dedent(f"""
        import resource, signal
        import torch
        from torch import nn
        from nnstudio.core.errors import InputError
        from nnstudio.nn.export import export_torchscript
        from nnstudio.nn.weights_file import save_weights
        model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 2))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))
        for write in (lambda: export_torchscript(model, (64,), {str(out)!r}),
                      lambda: save_weights(model, {str(out)!r})):
            try:
                write()
            except InputError as exc:
                print("refused:", exc)
        print("alive")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[-1] == "alive" and len(lines) == 3, done.stdout
    assert all(line.startswith("refused: Could not write model.pt:") for line in lines[:2])
    assert out.read_bytes() == OLD and _left_over(tmp_path) == []
