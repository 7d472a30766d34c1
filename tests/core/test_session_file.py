"""Session files: written atomically (a kill mid-save leaves the previous file), read back
exactly, and every way an archive can be wrong refused with one sentence."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from nnstudio.core.errors import InputError
from nnstudio.core.kernels import make_kernel
from nnstudio.core.convolution import ConvSettings
from nnstudio.core.operation_catalog import OPERATIONS
from nnstudio.core.pipeline import ActivationStage, ConvStage, OperationStage, PoolStage
from nnstudio.core.pipeline_json import pipeline_from_dict, pipeline_to_dict
from nnstudio.core.pooling import PoolSettings
from nnstudio.core.session_file import MANIFEST, SESSION_VERSION, read_session, write_session

ROOT = Path(__file__).parents[2]


def _manifest(**extra) -> dict:
    return {"image": {"member": "image.png", "name": "cat.png"}, **extra}


def test_round_trip(tmp_path):
    path = tmp_path / "a.nnstudio"
    payload = bytes(range(256)) * 100
    write_session(path, _manifest(tab="filters"), {"image.png": payload})
    session = read_session(path)
    assert session.manifest["tab"] == "filters"
    assert session.manifest["version"] == SESSION_VERSION
    assert session.members == {"image.png": payload}


def _rewrite_manifest(path: Path, **changes) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members[MANIFEST])
    manifest.update(changes)
    members[MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "s.nnstudio"
    write_session(path, _manifest(), {"image.png": b"\x89PNG" + bytes(5000)})
    return path


def test_a_newer_format_is_refused_in_one_sentence(saved):
    _rewrite_manifest(saved, version=SESSION_VERSION + 1)
    with pytest.raises(InputError, match="newer nnstudio") as info:
        read_session(saved)
    assert str(info.value).count(".") <= 3 and "\n" not in str(info.value)


def test_a_cut_archive_is_refused(saved):
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="damaged"):
        read_session(saved)


def test_a_flipped_byte_fails_the_checksum(saved):
    data = bytearray(saved.read_bytes())
    at = data.find(bytes(64))  # inside the stored image member
    data[at + 10] ^= 0xFF
    saved.write_bytes(bytes(data))
    with pytest.raises(InputError, match="damaged"):
        read_session(saved)


def test_a_missing_member_is_named(saved):
    with zipfile.ZipFile(saved) as archive:
        manifest = archive.read(MANIFEST)
    with zipfile.ZipFile(saved, "w") as archive:
        archive.writestr(MANIFEST, manifest)
    with pytest.raises(InputError, match="image.png is missing"):
        read_session(saved)


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04garbage"])
def test_not_a_session(tmp_path, content):
    path = tmp_path / "x.nnstudio"
    path.write_bytes(content)
    with pytest.raises(InputError):
        read_session(path)


def test_a_zip_without_a_manifest_or_of_another_format(tmp_path):
    path = tmp_path / "x.nnstudio"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("other.txt", "hello")
    with pytest.raises(InputError, match="no manifest"):
        read_session(path)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(MANIFEST, json.dumps({"format": "something else", "version": 1}))
    with pytest.raises(InputError, match="not an nnstudio session"):
        read_session(path)


_KILLED_WRITER = """
import sys, zipfile
from nnstudio.core.session_file import write_session
original = zipfile.ZipFile.writestr
def writestr(self, name, data, *args, **kwargs):
    original(self, name, data, *args, **kwargs)
    if name == "image.png":  # half-way: the manifest and a big member are in the temporary file
        self.fp.flush()
        print("half-written", flush=True)
        sys.stdin.readline()  # wait here until killed
zipfile.ZipFile.writestr = writestr
write_session(sys.argv[1], {"image": {"member": "image.png", "name": "new.png"}},
              {"image.png": bytes(3_000_000), "weights.pt": bytes(1000)})
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_kill_mid_save_leaves_the_previous_file_intact(tmp_path):
    path = tmp_path / "kept.nnstudio"
    write_session(path, _manifest(tab="pixels"), {"image.png": b"old image"})
    before = path.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout.readline().strip() == "half-written"
        leftovers = [p for p in tmp_path.iterdir() if p.name != path.name]
        assert leftovers and leftovers[0].stat().st_size > 1_000_000  # the new file was under way
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    assert path.read_bytes() == before
    session = read_session(path)
    assert session.manifest["tab"] == "pixels" and session.members["image.png"] == b"old image"


# --- the Filters pipeline as JSON -------------------------------------------------------------
def _every_kind():
    return [
        ConvStage(make_kernel("sobel_x"), ConvSettings(stride=2, padding="same", pad_mode="reflect", dilation=2),
                  display="signed"),
        ConvStage(np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]], np.float32), ConvSettings(padding=1),
                  enabled=False),
        ActivationStage("leaky_relu"),
        PoolStage(PoolSettings("avg", 3, 2, 1)),
        PoolStage(PoolSettings("global_avg")),
        OperationStage("rotate", {**OPERATIONS["rotate"].defaults(), "angle": -30}),
    ]


def test_pipeline_round_trip_keeps_every_stage_exactly():
    stages = _every_kind()
    data = json.loads(json.dumps(pipeline_to_dict(stages, False, 4)))
    back, gray, selected = pipeline_from_dict(data)
    assert (gray, selected) == (False, 4)
    assert len(back) == len(stages)
    for a, b in zip(stages, back):
        assert type(a) is type(b)
        if isinstance(a, ConvStage):
            np.testing.assert_array_equal(a.kernel, b.kernel)
            assert (a.settings, a.enabled, a.display) == (b.settings, b.enabled, b.display)
        else:
            assert a == b


@pytest.mark.parametrize("stage,fragment", [
    ({"kind": "blur"}, "kind"),
    ({"kind": "conv", "kernel": [[1, 2], [3]]}, "kernel"),
    ({"kind": "conv", "kernel": [[float("nan")]]}, "kernel"),
    ({"kind": "conv", "kernel": [[1]], "stride": 0}, "stride"),
    ({"kind": "activation", "function": "softplus"}, "function"),
    ({"kind": "pool", "pool": "max", "size": -1}, "size"),
    ({"kind": "operation", "name": "rotate", "params": {"angle": 1e9}}, "angle"),
    ({"kind": "operation", "name": "rotate", "params": {"evil": 1}}, "rotate"),
    ("conv", "not a stage"),
])
def test_a_stage_that_cannot_be_made_is_refused_by_number(stage, fragment):
    with pytest.raises(InputError, match="stage 2") as info:
        pipeline_from_dict({"stages": [{"kind": "activation", "function": "relu"}, stage]})
    assert fragment in str(info.value)
