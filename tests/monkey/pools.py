"""Files the monkey's file dialogs answer with: good ones and hostile ones, by kind.

Built once per run in a scratch folder, plus every file of ``tests/fixtures/hostile/`` (the
shared hostile fixtures) when that folder exists.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
HOSTILE_FIXTURES = REPO / "tests" / "fixtures" / "hostile"
DESIGNS = REPO / "resources" / "designs"

KINDS = ("image", "design", "weights", "folder")


@dataclass
class Pools:
    """Paths by kind; ``save`` are targets for save dialogs (some of them impossible)."""

    folder: Path
    open: dict[str, list[str]] = field(default_factory=dict)
    save: list[str] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)

    def all_files(self) -> list[str]:
        return [p for paths in self.open.values() for p in paths]


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims width × height but holds no pixel data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IEND", b"")


def _hostile_designs() -> dict[str, object]:
    conv = {"type": "Conv2d", "out_channels": 2, "kernel_size": 3}
    base = {"version": 1, "name": "hostile", "input": [1, 8, 8],
            "layers": [conv, {"type": "Flatten"}, {"type": "Linear", "out_features": 3}],
            "dataset": {"name": "shapes"}}
    cases: dict[str, object] = {}
    for tag, kernel in (("list1", [3]), ("empty", []), ("float", 3.5), ("string", "3"), ("null", None)):
        cases[f"kernel-{tag}"] = {**base, "layers": [{**conv, "kernel_size": kernel}, *base["layers"][1:]]}
    cases["type-list"] = {**base, "layers": [{"type": ["Linear"], "out_features": 2}]}
    cases["huge-int"] = {**base, "layers": [{"type": "Linear", "out_features": 2 ** 70}]}
    cases["negative"] = {**base, "input": [1, -8, 8]}
    cases["input-nested"] = {**base, "input": [[2]]}
    cases["no-layers"] = {**base, "layers": []}
    cases["layers-not-list"] = {**base, "layers": {"type": "ReLU"}}
    cases["string-momentum"] = {**base, "training": {"optimizer": "sgd", "momentum": "fast"}}
    cases["nan-dropout"] = {**base, "layers": [{"type": "Flatten"}, {"type": "Dropout", "p": float("nan")},
                                               {"type": "Linear", "out_features": 3}]}
    cases["softmax-dim"] = {**base, "layers": [{"type": "Flatten"}, {"type": "Linear", "out_features": 3},
                                               {"type": "Softmax", "dim": 5}]}
    cases["batch-fraction"] = {**base, "training": {"batch_size": 2.5, "epochs": 0.5}}
    cases["seed-huge"] = {**base, "training": {"seed": 2 ** 70}}
    cases["not-an-object"] = [1, 2, 3]
    cases["dataset-huge"] = {**base, "dataset": {"name": "spiral", "n": 10 ** 9}}
    return cases


def build_pools(folder: Path) -> Pools:
    folder.mkdir(parents=True, exist_ok=True)
    pools = Pools(folder)
    rng = np.random.default_rng(0)
    images = []
    for name, array in (("rgb.png", rng.integers(0, 256, (48, 64, 3), dtype=np.uint8)),
                        ("gray.png", rng.integers(0, 256, (40, 30), dtype=np.uint8)),
                        ("rgba.png", rng.integers(0, 256, (20, 20, 4), dtype=np.uint8)),
                        ("one-pixel.png", np.zeros((1, 1, 3), np.uint8)),
                        ("tall.png", rng.integers(0, 256, (600, 3, 3), dtype=np.uint8))):
        Image.fromarray(array).save(folder / name)
        images.append(folder / name)
    Image.fromarray(rng.integers(0, 256, (64, 80, 3), dtype=np.uint8)).save(folder / "photo.jpg", quality=80)
    Image.fromarray(rng.integers(0, 65535, (32, 32), dtype=np.uint16)).save(folder / "deep16.png")
    images += [folder / "photo.jpg", folder / "deep16.png"]
    (folder / "empty.png").write_bytes(b"")
    (folder / "text.png").write_text("this is not a picture")
    (folder / "truncated.png").write_bytes((folder / "rgb.png").read_bytes()[:200])
    (folder / "bomb.png").write_bytes(_png_claiming(30000, 30000))
    (folder / "folder.png").mkdir(exist_ok=True)
    images += [folder / n for n in ("empty.png", "text.png", "truncated.png", "bomb.png", "folder.png", "missing.png")]

    designs = sorted(DESIGNS.glob("*.json"))
    hostile = folder / "designs"
    hostile.mkdir(exist_ok=True)
    for name, content in _hostile_designs().items():
        (hostile / f"{name}.json").write_text(json.dumps(content))
    (hostile / "latin1.json").write_bytes('{"name": "caf\xe9"}'.encode("latin-1"))
    (hostile / "deep.json").write_text("[" * 5000 + "]" * 5000)
    (hostile / "not-json.json").write_text("{ this is not json")
    (hostile / "empty.json").write_bytes(b"")
    designs += sorted(hostile.glob("*.json"))

    (folder / "junk.pt").write_bytes(os.urandom(256))
    (folder / "empty.pt").write_bytes(b"")
    (folder / "text.pt").write_text("weights")
    weights = [folder / n for n in ("junk.pt", "empty.pt", "text.pt", "trained.pt")]

    if HOSTILE_FIXTURES.is_dir():
        for path in sorted(HOSTILE_FIXTURES.rglob("*")):
            if not path.is_file() or path.stat().st_size > 5_000_000:
                continue  # the multi-megabyte cases belong to the long runs' own checks
            suffix = path.suffix.lower()
            (designs if suffix == ".json" else weights if suffix in (".pt", ".pth") else images).append(path)

    pools.open = {"image": [str(p) for p in images], "design": [str(p) for p in designs],
                  "weights": [str(p) for p in weights]}
    readonly = folder / "readonly"
    readonly.mkdir(exist_ok=True)
    readonly.chmod(0o555)
    pools.save = [str(folder / "out" / n) for n in ("result.png", "design.json", "trained.pt", "model.onnx",
                                                   "model.pt", "train.py", "view.png", "view.svg")]
    (folder / "out").mkdir(exist_ok=True)
    pools.save += [str(folder / "missing-folder" / "x.png"), str(readonly / "x.json"), str(folder / "folder.png"),
                   str(folder / "trained.pt"), str(folder / "out" / "no-suffix")]
    digits = folder / "image-folder"
    for label in ("a", "b"):
        (digits / label).mkdir(parents=True, exist_ok=True)
        for i in range(3):
            Image.fromarray(rng.integers(0, 256, (12, 12), dtype=np.uint8)).save(digits / label / f"{i}.png")
    pools.folders = [str(folder), str(digits), str(folder / "missing-folder"), str(folder / "rgb.png"), str(hostile)]
    return pools
