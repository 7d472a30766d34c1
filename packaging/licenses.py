"""Copy the licence texts of every bundled component into one folder:

    python packaging/licenses.py DEST     (run by the build venv's python: release.py does)

DEST/ gets nnstudio's own texts (resources/licenses: MIT, the Qt LGPL-3.0 and GPL-3.0 texts,
THIRD-PARTY.md), Python's licence, and one folder per installed distribution with the licence
files of its *.dist-info (the build tools, which are not bundled, left out), plus an INDEX.md:
component, version, licence, files. The .deb's copyright file is made from the INDEX.
"""

from __future__ import annotations

import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD_TOOLS = {"pip", "setuptools", "wheel", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph",
               "packaging", "nnstudio"}
LICENCE_WORDS = ("licen", "copying", "notice", "authors")


def licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    text = meta.get("License") or ""
    if not text or len(text) > 80:  # some put the whole text there
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        text = ", ".join(classifiers) or "see the files"
    return text.replace("\n", " ")


def licence_files(dist: metadata.Distribution) -> list[tuple[metadata.PackagePath, Path]]:
    files = []
    for item in dist.files or []:
        parts = [p.lower() for p in item.parts]
        in_metadata = parts[0].endswith((".dist-info", ".libs")) or "licenses" in parts
        named = any(word in parts[-1] for word in LICENCE_WORDS)
        # torch's dist-info holds its third_party licence files under licenses/third_party/
        if named and (in_metadata or len(parts) <= 2) and not parts[-1].endswith((".py", ".pyc")):
            files.append((item, Path(item.locate())))
    return [(item, f) for item, f in files if f.is_file()]


def python_licence() -> Path | None:
    candidates = [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
                  Path(sys.base_prefix) / "LICENSE.txt",
                  Path(f"/usr/share/doc/python{sys.version_info.major}.{sys.version_info.minor}/copyright")]
    return next((c for c in candidates if c.is_file()), None)


def collect(dest: Path) -> list[tuple[str, str, str, list[str]]]:
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for text in sorted((ROOT / "resources" / "licenses").iterdir()):
        shutil.copy2(text, dest / text.name)
    rows = [("nnstudio", _own_version(), "MIT", ["nnstudio.txt"]),
            ("Qt 6 (inside PySide6-Essentials)", "", "LGPL-3.0-only", ["LGPL-3.0.txt", "GPL-3.0.txt"])]
    found = python_licence()
    if found:
        shutil.copy2(found, dest / "Python.txt")
        rows.append(("Python", sys.version.split()[0], "PSF-2.0", ["Python.txt"]))
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"].lower()):
        name = dist.metadata["Name"]
        if name.lower() in BUILD_TOOLS:
            continue
        folder = dest / f"{name}-{dist.version}"
        copied = []
        for item, src in licence_files(dist):
            # the path inside the distribution: torch has dozens of third_party/*/LICENSE
            target = folder / Path(*item.parts[1:] if item.parts[0].endswith(".dist-info") else item.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
            copied.append(target)
        files = ([f"{folder.name}/ ({len(copied)} files)"] if len(copied) > 3 else
                 [str(c.relative_to(dest).as_posix()) for c in copied]) or ["(none shipped; see THIRD-PARTY.md)"]
        if name.lower().startswith(("pyside6", "shiboken6")):  # their wheels carry no texts
            files = ["LGPL-3.0.txt", "GPL-3.0.txt"]
        rows.append((name, dist.version, licence(dist), files))
    lines = ["# Licences of the components in this build", "",
             "| component | version | licence | files |", "|---|---|---|---|"]
    lines += [f"| {n} | {v} | {lic} | {', '.join(files)} |" for n, v, lic, files in rows]
    (dest / "INDEX.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows


def _own_version() -> str:
    text = (ROOT / "nnstudio" / "__init__.py").read_text(encoding="utf-8")
    return text.split('__version__ = "', 1)[1].split('"', 1)[0]


if __name__ == "__main__":
    rows = collect(Path(sys.argv[1]))
    print(f"licenses: {len(rows)} components into {sys.argv[1]}")
