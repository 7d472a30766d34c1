"""The Linux artifacts made from a built bundle: the tarball (with install.sh/uninstall.sh)
and the Debian package. Called by release.py; needs tar, xz, dpkg-deb, dpkg and ldd.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from PIL import Image

import glibc_floor
import make_icon

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "org.nnstudio.nnstudio"
# What Qt's X11/EGL platform plugin needs from the system; README.md's apt-get line lists the
# same packages (tests/test_packaging.py compares them).
RUNTIME_PACKAGES = [
    "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "libxkbcommon0", "libxkbcommon-x11-0",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-xkb1",
]
# Qt's Wayland plugins need these too; every Wayland desktop has them (without them Qt falls
# back to X11 through XWayland).
WAYLAND_PACKAGES = ["libwayland-client0", "libwayland-cursor0", "libwayland-egl1"]
# The system libraries the bundle leaves to the system (PyInstaller does not bundle graphics
# and X11 libraries: they must match the machine's drivers and display server), and the
# Debian package of each. smoke_bundle.py fails on a missing library not named here.
SYSTEM_LIBRARIES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0", "libfontconfig.so.1": "libfontconfig1", "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0", "libwayland-egl.so.1": "libwayland-egl1",
}


def share_tree(share: Path, exec_line: str) -> None:
    """share/applications, share/icons/hicolor (48, 128, 256 px and SVG), share/metainfo."""
    (share / "applications").mkdir(parents=True, exist_ok=True)
    desktop = (HERE / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    desktop = "\n".join(exec_line if line.startswith("Exec=") else line for line in desktop.splitlines())
    (share / "applications" / f"{APP_ID}.desktop").write_text(desktop + "\n", encoding="utf-8")
    icon = Image.open(ROOT / "resources" / "icons" / "nnstudio.png").convert("RGBA")
    for size, picture in make_icon.hicolor_pngs(icon).items():
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        picture.save(folder / "nnstudio.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "nnstudio.svg", scalable / "nnstudio.svg")
    (share / "metainfo").mkdir(exist_ok=True)
    shutil.copy2(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")


def validate(share: Path) -> None:
    """desktop-file-validate and appstreamcli validate, where installed: errors stop the release."""
    checks = [["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
              ["appstreamcli", "validate", "--no-net", str(share / "metainfo" / f"{APP_ID}.metainfo.xml")]]
    for command in checks:
        if shutil.which(command[0]):
            subprocess.run(command, check=True)
        else:
            print(f"release: NOT RUN: {command[0]} (not installed)")


def release_notes(version: str, glibc: str) -> str:
    return f"""# nnstudio {version}

Downloads: `nnstudio_{version}_amd64.deb` (Debian 12, Ubuntu 24.04 and newer:
`sudo apt install ./nnstudio_{version}_amd64.deb`) and `nnstudio-{version}-linux-x86_64.tar.xz`
(any x86-64 Linux desktop, installed for one user by `./install.sh`, removed by
`~/.local/share/nnstudio/uninstall.sh`). Check them against `SHA256SUMS` (`sha256sum -c SHA256SUMS`).

Minimum system: x86-64 Linux with glibc {glibc}, an X11 or Wayland desktop; PyTorch runs on
the CPU (the packages carry the CPU build of torch).
"""


def system_packages(bundle: Path) -> set[str]:
    """The Debian packages owning the system libraries the bundle's files link against."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))  # as the launcher sets it
    paths = set()
    for lib in bundle.rglob("*.so*"):
        if lib.is_file() and not lib.is_symlink():
            out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
            for line in out.splitlines():
                if "=> /" in line:
                    target = line.split("=> ", 1)[1].split(" (", 1)[0]
                    if not Path(target).resolve().is_relative_to(bundle.resolve()):
                        paths.add(target)
    owners = set()
    for path in sorted(paths):
        done = subprocess.run(["dpkg", "-S", str(Path(path).resolve())], capture_output=True, text=True)
        if done.returncode != 0:  # /lib is a link to /usr/lib on Debian 12: try the other spelling
            other = path.replace("/usr/lib/", "/lib/", 1) if path.startswith("/usr/lib/") else "/usr" + path
            done = subprocess.run(["dpkg", "-S", other], capture_output=True, text=True)
        if done.returncode == 0:
            owners.add(done.stdout.split(":", 1)[0])
    return owners


def tarball(bundle: Path, out: Path, version: str, glibc: str) -> Path:
    name = f"nnstudio-{version}-linux-x86_64"
    stage = HERE / "build" / "tarball" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(bundle, stage / "nnstudio", symlinks=True, copy_function=os.link)
    share_tree(stage / "share", "Exec=nnstudio %f")  # install.sh writes the absolute path
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(HERE / script, stage / script)
        (stage / script).chmod(0o755)
    (stage / "VERSION").write_text(version + "\n", encoding="utf-8")
    shutil.copy2(ROOT / "README.md", stage / "README.md")
    shutil.copy2(ROOT / "LICENSE", stage / "LICENSE")
    (stage / "RELEASE-NOTES.md").write_text(release_notes(version, glibc), encoding="utf-8")
    target = out / f"{name}.tar.xz"
    subprocess.run(["tar", "-C", str(stage.parent), "--owner=0", "--group=0", "-cf", str(target),
                    "-I", "xz -T0 -6", name], check=True)
    return target


def copyright_text(bundle: Path) -> str:
    index = (bundle / "licenses" / "INDEX.md").read_text(encoding="utf-8")
    own = (ROOT / "LICENSE").read_text(encoding="utf-8")
    return (
        "nnstudio\n\nnnstudio is under the MIT licence:\n\n" + own +
        "\nThe program in /opt/nnstudio carries the components below (Python, Qt through PySide6,\n"
        "PyTorch, OpenCV, ...). Their full licence texts are in /opt/nnstudio/licenses/, named in\n"
        "the table; the Qt libraries are under LGPL-3.0 (/opt/nnstudio/licenses/LGPL-3.0.txt).\n\n"
        + index
    )


#: Who publishes the .deb: set NNSTUDIO_MAINTAINER="Name <address>" (or release.py
#: --maintainer) for a published build; the default marks a local one.
LOCAL_MAINTAINER = "nnstudio local build <nnstudio@localhost>"


def maintainer() -> str:
    value = os.environ.get("NNSTUDIO_MAINTAINER", "").strip() or LOCAL_MAINTAINER
    if not re.fullmatch(r"[^<>\n]+ <[^<>@\s]+@[^<>@\s]+>", value):
        raise SystemExit(f'release: NNSTUDIO_MAINTAINER must read "Name <address>", not {value!r}')
    if value == LOCAL_MAINTAINER:
        print("release: the .deb names a local maintainer; set NNSTUDIO_MAINTAINER to publish it")
    return value


def deb(bundle: Path, out: Path, version: str, glibc: str) -> Path:
    stage = HERE / "build" / "deb" / f"nnstudio_{version}_amd64"
    shutil.rmtree(stage.parent, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(bundle, stage / "opt" / "nnstudio", symlinks=True, copy_function=os.link)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "nnstudio").symlink_to("/opt/nnstudio/nnstudio")
    share_tree(stage / "usr" / "share", "Exec=nnstudio %f")
    validate(stage / "usr" / "share")
    doc = stage / "usr" / "share" / "doc" / "nnstudio"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(bundle), encoding="utf-8")
    (doc / "RELEASE-NOTES.md").write_text(release_notes(version, glibc), encoding="utf-8")
    found = system_packages(bundle)
    depends = sorted((found | set(RUNTIME_PACKAGES) | set(WAYLAND_PACKAGES)) - {"libc6"})
    size_kib = sum(f.stat().st_size for f in stage.rglob("*") if f.is_file() and not f.is_symlink()) // 1024
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        f"Package: nnstudio\nVersion: {version}\nArchitecture: amd64\n"
        f"Maintainer: {maintainer()}\nInstalled-Size: {size_kib}\n"
        f"Depends: libc6 (>= {glibc}), {', '.join(depends)}\n"
        "Section: education\nPriority: optional\n"
        "Description: learn neural networks and image processing by doing\n"
        " Look at pixels and bit depth, apply live convolution, activation and pooling\n"
        " filters, and design, train and export neural networks with PyTorch (CPU).\n"
        " Sample images and data sets are built in; everything works offline.\n",
        encoding="utf-8")
    for path in [stage, *stage.rglob("*")]:  # dpkg wants 0755 folders, whatever the umask was
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    target = out / f"nnstudio_{version}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(target)], check=True)
    print(f"release: the .deb depends on {', '.join(depends)} and libc6 >= {glibc}")
    return target


def build_all(bundle: Path, out: Path, version: str) -> list[Path]:
    glibc = ".".join(map(str, glibc_floor.floor(bundle)[0]))
    print(f"release: minimum glibc {glibc_floor.describe(bundle)}")
    (out / "RELEASE-NOTES.md").write_text(release_notes(version, glibc), encoding="utf-8")
    return [tarball(bundle, out, version, glibc), deb(bundle, out, version, glibc)]
