"""A seeded fuzzer for the command line, shared by tests/cli/test_cli_fuzz.py and
benchmarks/cli_fuzz.py.

Each invocation is one subcommand with arguments drawn from pools of good and hostile values
(numbers out of range, NaN, 2**70, odd text, missing and impossible paths, the hostile fixture
files). The rule checked for every one (README, "What the CLI guarantees"):

- exit 0 with valid output: the file named is there and readable as what it claims to be,
  --json output parses; or
- exit 2 with exactly one line on stderr, never "internal error" nor a traceback, and no
  output file created or changed.

`gui` is left out (it opens a window); `screenshot` is fuzzed only with arguments that are
refused before Qt starts, so no window is made in the test process.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
HOSTILE = REPO / "tests" / "fixtures" / "hostile"

NUMBERS = ["0", "-1", "1", "2", "3.5", "nan", "inf", "-inf", "1e400", str(2**70), str(10**9),
           "", "abc", " 3 ", "0x10", "\u0663", "1_000", "-0", "99999999999999999999999"]
TEXTS = ["", " ", "-", "--", "\u00e9\u00e8", "a" * 5000, "../..", "%s%n", "\u202e", "nul\0byte"]


@dataclass
class Outcome:
    argv: list[str]
    code: int
    stdout: str
    stderr: str
    problems: list[str] = field(default_factory=list)


class Pools:
    """The values arguments are drawn from, with the files made in `work`."""

    def __init__(self, work: Path) -> None:
        from PIL import Image

        self.work = work
        work.mkdir(parents=True, exist_ok=True)
        rgb = np.zeros((12, 16, 3), np.uint8)
        rgb[..., 0] = np.arange(16, dtype=np.uint8) * 15
        Image.fromarray(rgb).save(work / "small.png")
        Image.fromarray(rgb[..., 1]).save(work / "gray.png")
        (work / "folder").mkdir(exist_ok=True)
        (work / "a_file").write_bytes(b"x")
        design = json.loads((REPO / "resources" / "designs" / "mlp_xor.json").read_text())
        design["training"]["epochs"] = 2
        (work / "xor.json").write_text(json.dumps(design))
        self.images = [str(work / "small.png"), str(work / "gray.png")] * 4 + [
            str(p) for p in sorted((HOSTILE / "images").iterdir()) if not p.name.startswith("one_bit")
        ] + [str(work / "folder"), str(work / "missing.png"), ""]
        self.designs = ["mlp_xor", "perceptron_and", "perceptron_xor", str(work / "xor.json")] * 3 + [
            "lenet_digits", "mlp_digits", "no_such_preset", str(work / "folder"), ""
        ] + [str(p) for p in sorted((HOSTILE / "designs").iterdir())]
        rng = random.Random(0)
        for index in range(60):
            path = work / f"random{index}.json"
            path.write_text(json.dumps(random_design(rng)))
            self.designs.append(str(path))
        self.weights = [str(p) for p in sorted((HOSTILE / "weights").iterdir())] + [
            str(work / "missing.pt"), str(work / "folder")]

    def design(self, rng: random.Random) -> str:
        """A random generated design half the time, else one of the fixed pool."""
        if rng.random() < 0.5:
            return str(self.work / f"random{rng.randrange(60)}.json")
        return rng.choice(self.designs)

    def output(self, rng: random.Random, suffixes: list[str]) -> str:
        good = str(self.work / f"out{rng.randrange(1000)}{rng.choice(suffixes)}")
        hostile = [str(self.work / "missing" / "o.png"), str(self.work / "folder"),
                   str(self.work / "a_file" / "o.png"), "", "/", str(self.work / "out.txt"),
                   str(self.work / ("n" * 300 + ".png")), str(self.work / "nul\0.png")]
        return good if rng.random() < 0.7 else rng.choice(hostile)


_LAYER_SETTINGS = {
    "Linear": {"out_features": [1, 2, 3, 10, 0, -1, 2**40, 2.5, "3", None]},
    "Conv2d": {"out_channels": [1, 2, 4, 0, 4096], "kernel_size": [1, 2, 3, [2, 3], 9, 0, [3], [], 3.5, None],
               "stride": [1, 2, 0, [1, 2], 1024], "padding": [0, 1, 2, -1, [1, 0], 100]},
    "MaxPool2d": {"kernel_size": [1, 2, 3, 0, 100, [2]], "stride": [None, 1, 2, 0], "padding": [0, 1, 2]},
    "AvgPool2d": {"kernel_size": [1, 2, 3, 0, [2, 1]], "stride": [None, 1, 2], "padding": [0, 1, 3]},
    "Flatten": {}, "ReLU": {}, "Sigmoid": {}, "Tanh": {}, "GELU": {},
    "Dropout": {"p": [0.0, 0.5, 0.99, 1.0, -0.1, "0.5"]},
    "BatchNorm1d": {"eps": [1e-5, 0.0, 1e-12, 2.0], "momentum": [0.1, 0.0, 1.0, 1.5]},
    "BatchNorm2d": {"eps": [1e-5, 1e-3], "momentum": [0.1, 0.9]},
    "LeakyReLU": {"negative_slope": [0.01, 0.0, 5.0, 11.0, -1.0]},
    "Softmax": {"dim": [1, -1, 0, 2, 5, -3]},
}


def random_design(rng: random.Random) -> dict:
    """A random stack of layers with random (mostly sensible) settings: many are refused by
    the checks, the rest must build and train without anything but a sentence going wrong."""
    image = rng.random() < 0.5
    layers = []
    for _ in range(rng.randint(0, 6)):
        kind = rng.choice(list(_LAYER_SETTINGS))
        layer = {"type": kind}
        for key, values in _LAYER_SETTINGS[kind].items():
            if rng.random() < 0.6 or key in ("out_features", "out_channels", "kernel_size"):
                layer[key] = values[0] if rng.random() < 0.5 else rng.choice(values)
        layers.append(layer)
    if image:
        layers += [{"type": "Flatten"}, {"type": "Linear", "out_features": 10}]
    else:
        layers += [{"type": "Linear", "out_features": rng.choice([2, 2, 1])}]
        if rng.random() < 0.3:
            layers.append({"type": rng.choice(["Sigmoid", "Softmax"])})
    training = {"epochs": 1, "batch_size": rng.choice([1, 2, 4, 32, 4096]),
                "loss": rng.choice(["cross_entropy", "bce", "mse"]),
                "optimizer": rng.choice(["adam", "sgd"]), "lr": rng.choice([0.01, 10.0, 1e-5])}
    return {"version": 1, "name": "random", "input": [1, 8, 8] if image else [2], "layers": layers,
            "dataset": {"name": "digits"} if image else {"name": rng.choice(["gate-xor", "circle"]), **(
                {"n": rng.choice([20, 40, 10, 200])} if rng.random() < 0.5 else {})},
            "training": training}


def _maybe(rng: random.Random, p: float, good, bad_pool):
    return rng.choice(bad_pool) if rng.random() < p else good


def invocation(rng: random.Random, pools: Pools) -> list[str]:
    """One random command line."""
    command = rng.choice(["info", "pixels", "filter", "train", "export", "activations", "screenshot",
                          "backprop", "compare",
                          "train", "export", "filter", "pixels"])
    hostile = 0.35
    argv = [command]
    if command == "info":
        argv += [rng.choice(pools.images)] + (["--json"] if rng.random() < 0.5 else [])
    elif command == "pixels":
        argv += [rng.choice(pools.images), "-o", pools.output(rng, [".png", ".PNG", ".jpg"])]
        argv += ["--mode", _maybe(rng, 0.1, rng.choice(["gray8", "rgb24", "1bit", "bits", "palette", "bitplane"]), TEXTS)]
        for flag, good in (("--bits", str(rng.randint(1, 8))), ("--colors", str(rng.randint(2, 256))),
                           ("--plane", str(rng.randint(0, 7))), ("--threshold", rng.choice(["otsu", "128"])),
                           ("--scale", rng.choice(["0.5", "2"])), ("--resize", rng.choice(["8x8", "3x5"]))):
            if rng.random() < 0.3:
                argv += [flag, _maybe(rng, hostile, good, NUMBERS + ["0x0", "100000x100000", "8x"])]
        if "--scale" in argv and "--resize" in argv and rng.random() < 0.7:
            i = argv.index("--resize")
            del argv[i:i + 2]
    elif command == "filter":
        argv += [rng.choice(pools.images), "-o", pools.output(rng, [".png", ".npy", ".npz"])]
        for flag, good in (("--kernel", rng.choice(["sobel_x", "box_blur", "[[0,1,0],[1,-4,1],[0,1,0]]", "identity"])),
                           ("--stride", str(rng.randint(1, 3))), ("--padding", rng.choice(["same", "valid", "1"])),
                           ("--dilation", str(rng.randint(1, 2))), ("--pool-size", "2"), ("--pool-stride", "2"),
                           ("--pad-mode", rng.choice(["zero", "reflect", "replicate", "wrap"])),
                           ("--activation", rng.choice(["relu", "sigmoid", "none"])), ("--pool", rng.choice(["max", "avg"]))):
            if rng.random() < 0.35:
                argv += [flag, _maybe(rng, hostile, good, NUMBERS + ["[[", "[[1e400]]", "[[nan]]", "[]", "[[1,2],[3]]", "100000"])]
        if rng.random() < 0.2:
            argv.append("--gray")
    elif command == "train":
        argv += [pools.design(rng), "--epochs", _maybe(rng, hostile, rng.choice(["1", "2"]), NUMBERS + ["100001"])]
        for flag, good in (("--lr", "0.05"), ("--batch-size", rng.choice(["1", "4", "100000"])), ("--seed", "7"),
                           ("--dataset", rng.choice(["gate-and", "gate-or", "circle"])), ("--device", "cpu")):
            if rng.random() < 0.3:
                argv += [flag, _maybe(rng, hostile, good, NUMBERS + TEXTS)]
        if rng.random() < 0.4:
            argv += ["--save", pools.output(rng, [".pt"])]
        if rng.random() < 0.5:
            argv.append("--json")
    elif command == "export":
        argv += [pools.design(rng), "--format", _maybe(rng, 0.1, rng.choice(["onnx", "torchscript", "script"]), TEXTS),
                 "-o", pools.output(rng, [".onnx", ".pt", ".py"])]
        if rng.random() < 0.4:
            argv += ["--weights", rng.choice(pools.weights)]
    elif command == "activations":
        argv += [pools.design(rng), "-o", pools.output(rng, [".npz", ".txt"])]
        if rng.random() < 0.6:
            argv += ["--sample", _maybe(rng, hostile, str(rng.randint(0, 3)), NUMBERS + ["4", "1000000"])]
        else:
            argv += ["--input", rng.choice(pools.images)]
        if rng.random() < 0.4:
            argv += ["--weights", rng.choice(pools.weights)]
    elif command == "backprop":
        argv += [rng.choice(["mlp_xor", "perceptron_and", pools.design(rng)])]
        if rng.random() < 0.5:
            argv += ["--sample", _maybe(rng, hostile, str(rng.randint(0, 3)), NUMBERS)]
        elif rng.random() < 0.5:
            argv += ["--input", _maybe(rng, hostile, rng.choice(["0,1", "1,1", "0.5,0.25"]), NUMBERS + ["1,", ",", "nan,1"])]
        for flag, good in (("--target", rng.choice(["0", "1", "0.5,0.5"])), ("--lr", "0.1")):
            if rng.random() < 0.4:
                argv += [flag, _maybe(rng, hostile, good, NUMBERS + TEXTS)]
        if rng.random() < 0.3:
            argv += ["--weights", rng.choice(pools.weights)]
        if rng.random() < 0.5:
            argv.append("--json")
    elif command == "compare":
        argv += [pools.design(rng) for _ in range(rng.randint(1, 2))]
        argv += ["--epochs", _maybe(rng, hostile, "1", NUMBERS)]
        if rng.random() < 0.5:
            argv.append("--json")
    else:  # screenshot: only arguments refused before Qt starts (see the module docstring)
        bad = rng.choice([["--size", rng.choice(NUMBERS + ["10x10", "99999x99999", "axb"])],
                          ["--tab", rng.choice(TEXTS + ["settings"])],
                          ["-o", rng.choice([str(pools.work / "missing" / "s.png"), str(pools.work / "folder"), ""])]])
        argv += ["-o", str(pools.work / "s.png")] + bad
    if rng.random() < 0.03:
        argv.insert(rng.randrange(1, len(argv) + 1), rng.choice(["--bogus", "-x", "--", "--json=1"]))
    return argv


def _outputs(argv: list[str]) -> list[Path]:
    """The files a command line asks to be written."""
    paths = []
    for flag in ("-o", "--output", "--save"):
        if flag in argv[:-1]:
            value = argv[argv.index(flag) + 1]
            if value and "\0" not in value:
                paths.append(Path(value))
    if argv[0] == "export" and "script" in argv and paths and paths[0].name:
        paths.append(paths[0].with_name(paths[0].stem + "_data.npz"))
    return paths


def _snapshot(paths: list[Path]) -> dict[Path, bytes | None]:
    state = {}
    for path in paths:
        try:
            state[path] = path.read_bytes() if path.is_file() else None
        except OSError:
            state[path] = None
    return state


def _valid_output(path: Path, argv: list[str]) -> str | None:
    """None if the written file is what it claims to be, else what is wrong."""
    from PIL import Image

    if not path.is_file() or path.stat().st_size == 0:
        return f"{path} was not written"
    try:
        if argv[0] in ("pixels",):
            Image.open(path).verify()
        elif argv[0] == "filter":
            if path.suffix.lower() == ".npy":
                np.load(path, allow_pickle=False)
            else:
                Image.open(path).verify()
        elif argv[0] == "activations" or path.name.endswith("_data.npz"):
            with np.load(path, allow_pickle=False) as data:
                assert len(data.files) > 0
        elif argv[0] == "train":
            import torch
            assert isinstance(torch.load(path, weights_only=True), dict)
    except Exception as exc:  # noqa: BLE001 (any failure to read it back is the finding)
        return f"{path} is not valid: {type(exc).__name__}: {exc}"
    return None


def judge(argv: list[str], code: int, stdout: str, stderr: str, before: dict) -> list[str]:
    """What breaks the CLI's rule in one finished invocation."""
    problems = []
    if code not in (0, 2):
        problems.append(f"exit {code}")
    if "Traceback" in stderr or "internal error" in stderr:
        problems.append("internal error or traceback")
    if code == 2:
        lines = stderr.strip("\n").split("\n")
        if len(lines) != 1 or not lines[0].strip():
            problems.append(f"{len(lines)} lines on stderr")
        for path, old in before.items():
            now = _snapshot([path])[path]
            if now != old:
                problems.append(f"{path.name} changed although the command failed")
    elif code == 0:
        for path in _outputs(argv):
            wrong = _valid_output(path, argv)
            if wrong:
                problems.append(wrong)
        if "--json" in argv:
            try:
                [json.loads(line) for line in stdout.strip().splitlines()]
            except ValueError:
                problems.append("--json output is not JSON")
    return problems


def run_in_process(argv: list[str]) -> Outcome:
    from nnstudio.cli import main

    before = _snapshot(_outputs(argv))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # --help and --version exit through argparse
            code = exc.code if isinstance(exc.code, int) else 2
    outcome = Outcome(argv, code, out.getvalue(), err.getvalue())
    outcome.problems = judge(argv, code, outcome.stdout, outcome.stderr, before)
    return outcome


def run_subprocess(argv: list[str], timeout: float = 120) -> Outcome:
    before = _snapshot(_outputs(argv))
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "nnstudio", *argv], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=REPO)
    outcome = Outcome(argv, done.returncode, done.stdout, done.stderr)
    outcome.problems = judge(argv, done.returncode, done.stdout, done.stderr, before)
    return outcome


def left_over_temporaries(work: Path) -> list[str]:
    return sorted(p.name for p in work.rglob("*.tmp"))


def command_lines(seed: int, count: int, pools: Pools) -> list[list[str]]:
    rng = random.Random(seed)
    lines = []
    while len(lines) < count:
        argv = invocation(rng, pools)
        if any("\0" in a for a in argv) and rng.random() < 0.5:
            continue  # keep NUL bytes rare: a real shell cannot pass them at all
        lines.append(argv)
    return lines
