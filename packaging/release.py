"""Build nnstudio's release artifacts from a clean checkout, with one command:

    python3 packaging/release.py            # -> packaging/dist/release/

On Linux: nnstudio-VERSION-linux-x86_64.tar.xz (the bundle with install.sh/uninstall.sh),
nnstudio_VERSION_amd64.deb and SHA256SUMS. On Windows and macOS (untested): a .zip of the
bundle (Windows) or of nnstudio.app (macOS) and SHA256SUMS.

Steps: a venv of its own (packaging/build/venv) with torch from PyTorch's CPU index, the pinned
dependencies and build tools (requirements-build.txt) and nnstudio itself (not editable);
PyInstaller with nnstudio.spec; the licence texts into the bundle; a smoke test of the bundle
from a copy outside the checkout; the packages.

  --torch-index URL   where torch comes from (default: PyTorch's CPU index, or the environment
                      variable NNSTUDIO_TORCH_INDEX); "pip" means pip's own configured index
  --cuda              torch from PyPI, which on Linux is the CUDA build (~2.7 GB more)
  --maintainer TEXT   the .deb's Maintainer, "Name <address>" (or NNSTUDIO_MAINTAINER); the
                      default names a local build
  --reuse-bundle      skip the venv and PyInstaller, package packaging/dist/nnstudio as it is
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD, DIST = HERE / "build", HERE / "dist"
BUNDLE, OUT = DIST / "nnstudio", DIST / "release"
CPU_INDEX = "https://download.pytorch.org/whl/cpu"
TORCH = "torch==2.13.0"
WINDOWS, MACOS = sys.platform == "win32", sys.platform == "darwin"


def version() -> str:
    text = (ROOT / "nnstudio" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def run(*args, **kwargs) -> None:
    print("release:", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, **kwargs)


def venv_python() -> Path:
    return BUILD / "venv" / ("Scripts/python.exe" if WINDOWS else "bin/python")


def build_bundle(torch_index: str) -> None:
    python = venv_python()
    if not python.exists():
        venv.create(BUILD / "venv", with_pip=True)
    index = [] if torch_index == "pip" else ["--index-url", torch_index]
    run(python, "-m", "pip", "install", "--quiet", TORCH, *index)
    run(python, "-m", "pip", "install", "--quiet", "-r", HERE / "requirements-build.txt")
    run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", ROOT)
    run(python, "-m", "pip", "check")
    # Outside the checkout: from its root, `import nnstudio` would find the source tree, whose
    # nnstudio/ holds no resources, instead of the installed package.
    run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", BUILD / "work", HERE / "nnstudio.spec", cwd=BUILD)
    # Licence texts of everything inside, from the very distributions that were bundled.
    target = (DIST / "nnstudio.app" / "Contents" / "Resources") if MACOS else BUNDLE
    run(python, HERE / "licenses.py", target / "licenses")


def sha256sums(files: list[Path]) -> Path:
    lines = []
    for path in files:
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    sums = OUT / "SHA256SUMS"
    sums.write_text("".join(lines), encoding="utf-8")
    return sums


def package(ver: str) -> list[Path]:
    if MACOS:  # untested: no macOS builder has run this yet
        # ditto keeps the symbolic links inside the .app, which a plain zip would duplicate
        target = OUT / f"nnstudio-{ver}-macos-{os.uname().machine}.zip"
        run("ditto", "-c", "-k", "--keepParent", DIST / "nnstudio.app", target)
        return [target]
    if WINDOWS:  # untested: no Windows builder has run this yet
        return [Path(shutil.make_archive(str(OUT / f"nnstudio-{ver}-windows-x86_64"), "zip", DIST, "nnstudio"))]
    import linux_packages

    return linux_packages.build_all(BUNDLE, OUT, ver)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--torch-index", default=os.environ.get("NNSTUDIO_TORCH_INDEX", CPU_INDEX))
    parser.add_argument("--cuda", action="store_true", help="bundle PyPI's (CUDA) torch build")
    parser.add_argument("--reuse-bundle", action="store_true")
    parser.add_argument("--maintainer", help='the .deb\'s Maintainer field, "Name <address>"')
    args = parser.parse_args()
    if args.maintainer:
        os.environ["NNSTUDIO_MAINTAINER"] = args.maintainer  # the --reuse-bundle child inherits it
    sys.path.insert(0, str(HERE))
    ver = version()
    times = {}
    start = time.monotonic()
    if not args.reuse_bundle:
        build_bundle("pip" if args.cuda else args.torch_index)
        print(f"release: venv and bundle took {time.monotonic() - start:.0f} s")
    if Path(sys.prefix).resolve() != (BUILD / "venv").resolve():
        # The smoke test and the packages need numpy, Pillow, torch and onnx: the build venv's.
        if not venv_python().exists():
            print("release: no build venv yet; run without --reuse-bundle first", file=sys.stderr)
            return 2
        return subprocess.run([str(venv_python()), __file__, "--reuse-bundle"]).returncode
    if not WINDOWS and not MACOS:
        import smoke_bundle

        t = time.monotonic()
        smoke_bundle.check(BUNDLE)
        times["smoke test"] = time.monotonic() - t
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    t = time.monotonic()
    artifacts = package(ver)
    times["packages"] = time.monotonic() - t
    artifacts.append(sha256sums(artifacts))
    for path in artifacts:
        print(f"release: {path}  {path.stat().st_size / 2**20:.1f} MiB")
    print("release: " + ", ".join(f"{k} {v:.0f} s" for k, v in times.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
