"""Smoke test of a built bundle, run from a copy outside the checkout with a clean environment
(no PYTHONPATH, no venv, a fresh HOME): what a user's machine sees.

    python packaging/smoke_bundle.py packaging/dist/nnstudio     (release.py runs it)

Checks: every shared library finds its dependencies (ldd), --version, a screenshot of each
tab, `train`, every export format, `activations`, and an image opened from the command line
in a real window under Xvfb when xvfb-run is there. Needs numpy, Pillow, torch and onnx in
the Python that runs it (the build venv has them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image


def clean_env(home: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(home)}


def missing_libraries(bundle: Path) -> dict[str, set[str]]:
    """{library name: the bundle's files that need it} for what neither the bundle nor the
    system provides (with LD_LIBRARY_PATH set as the launcher sets it)."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    missing: dict[str, set[str]] = {}
    for lib in bundle.rglob("*.so*"):
        if lib.is_file() and not lib.is_symlink():
            out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
            for line in out.splitlines():
                if "not found" in line:
                    missing.setdefault(line.split("=>")[0].strip(), set()).add(lib.name)
    return missing


def colours(png: Path) -> int:
    shot = np.asarray(Image.open(png).convert("RGB"))
    return len(np.unique(shot.reshape(-1, 3), axis=0))


def check(bundle: Path) -> None:
    from linux_packages import SYSTEM_LIBRARIES

    missing = missing_libraries(bundle)
    unknown = {name: users for name, users in missing.items() if name not in SYSTEM_LIBRARIES}
    assert not unknown, f"libraries neither bundled nor in the .deb's Depends: {unknown}"
    for name, users in sorted(missing.items()):  # left to the system, and this one lacks them
        print(f"smoke: this system lacks {name} (package {SYSTEM_LIBRARIES[name]}), "
              f"needed by {', '.join(sorted(users))}")
    with tempfile.TemporaryDirectory(prefix="nnstudio-smoke-") as tmp:
        work = Path(tmp)
        copy = work / "nnstudio"
        shutil.copytree(bundle, copy, symlinks=True)
        home = work / "home"
        home.mkdir()
        env = clean_env(home)

        def nnstudio(*args: str) -> str:
            done = subprocess.run([str(copy / "nnstudio"), *args], cwd=work, env=env,
                                  capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, f"nnstudio {' '.join(args)}: exit {done.returncode}\n{done.stderr}"
            return done.stdout

        print("smoke:", nnstudio("--version").strip())
        tabs = nnstudio("screenshot", "--help").split("--tab {", 1)[1].split("}", 1)[0].split(",")
        for tab in tabs:  # every tab the command offers
            shot = work / f"{tab}.png"
            nnstudio("screenshot", "--tab", tab, "-o", str(shot))
            shutil.copy2(shot, bundle.parent / f"smoke-{tab}.png")  # to look at
            count = colours(shot)
            # a blank or half-drawn window has a few dozen; the flattest tab (Learning) ~800
            assert count > 300, f"the {tab} tab's screenshot looks blank ({count} colours)"
            print(f"smoke: screenshot of the {tab} tab, {count} colours")

        lines = nnstudio("train", "mlp_xor", "--epochs", "60", "--seed", "0", "--json",
                         "--save", str(work / "w.pt")).splitlines()
        final = json.loads(lines[-1])
        assert final.get("final") and final["test_acc"] >= 0.9, final
        print(f"smoke: train mlp_xor: test accuracy {final['test_acc']:.2f} on {final['device']}")

        import onnx
        import torch

        nnstudio("export", "mlp_xor", "--weights", str(work / "w.pt"), "--format", "onnx", "-o", str(work / "m.onnx"))
        onnx.checker.check_model(onnx.load(str(work / "m.onnx")), full_check=True)
        nnstudio("export", "mlp_xor", "--weights", str(work / "w.pt"), "--format", "torchscript", "-o", str(work / "m.pt"))
        scripted = torch.jit.load(str(work / "m.pt"))
        assert tuple(scripted(torch.zeros(3, 2)).shape) == (3, 2)
        nnstudio("export", "mlp_xor", "--format", "script", "-o", str(work / "train_xor.py"))
        compile((work / "train_xor.py").read_text(encoding="utf-8"), "train_xor.py", "exec")
        assert (work / "train_xor_data.npz").stat().st_size > 0
        print("smoke: export as ONNX (passes onnx.checker), TorchScript (loads in torch), script")

        nnstudio("activations", "lenet_digits", "--sample", "0", "-o", str(work / "a.npz"))
        with np.load(work / "a.npz") as maps:
            assert maps["0_Conv2d"].ndim == 4 and maps["0_Conv2d"].shape[0] == 1, dict(maps)
            print(f"smoke: activations: {len(maps.files)} layers")

        xcb_needs = {name for name, users in missing.items() if "libqxcb.so" in users or "libQt6XcbQpa.so.6" in users}
        if not shutil.which("xvfb-run") or xcb_needs:
            print("smoke: NOT RUN: the window test under Xvfb, which needs xvfb-run and "
                  f"the X11 libraries ({', '.join(sorted(xcb_needs)) or 'xvfb-run'} missing)")
        else:
            window_test(copy, work, env)


def window_test(copy: Path, work: Path, env: dict[str, str]) -> None:
    """Open an image from the command line in a real X11 window; it must still be running."""
    env = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"}
    image = work / "pixels.png"
    try:
        done = subprocess.run(["xvfb-run", "-a", "timeout", "20", str(copy / "nnstudio"), str(image)],
                              env=env, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        raise AssertionError("the window did not close after 20 s") from None
    # 124: timeout stopped it after 20 s of running, which is what a working window does
    assert done.returncode == 124, f"the window exited with {done.returncode}:\n{done.stderr[-2000:]}"
    print("smoke: the window ran 20 s under Xvfb with an image from the command line")


if __name__ == "__main__":
    check(Path(sys.argv[1]).resolve())
    print("smoke: the bundle works")
