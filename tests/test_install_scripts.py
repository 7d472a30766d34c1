"""The tarball's install.sh and uninstall.sh, run on a small stand-in for the unpacked tarball
(the real program folder is 800 MB; these scripts only copy and link it)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the tarball is for Linux")


@pytest.fixture
def tarball(tmp_path):
    """An unpacked tarball whose program is a copy of `sleep`: a real executable, so that
    /proc/PID/exe names it while it runs."""
    import linux_packages

    root = tmp_path / "nnstudio-9.9.9-linux-x86_64"
    (root / "nnstudio" / "_internal").mkdir(parents=True)
    shutil.copy2(shutil.which("sleep"), root / "nnstudio" / "nnstudio")
    (root / "nnstudio" / "_internal" / "data.txt").write_text("data")
    linux_packages.share_tree(root / "share", "Exec=nnstudio %f")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(ROOT / "packaging" / script, root / script)
    (root / "VERSION").write_text("9.9.9\n")
    return root


def listing(home: Path) -> set[str]:
    return {str(p.relative_to(home)) for p in home.rglob("*")}


def sh(*args, home: Path, stdin=subprocess.DEVNULL):
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    return subprocess.run([str(a) for a in args], env=env, capture_output=True, text=True, stdin=stdin, timeout=60)


def test_install_then_uninstall_leaves_the_home_folder_as_it_was(tmp_path, tarball):
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)  # there before: must stay
    (home / ".config" / "nnstudio").mkdir(parents=True)
    (home / ".config" / "nnstudio" / "nnstudio.ini").write_text("[window]\n")
    before = listing(home)

    done = sh("sh", tarball / "install.sh", home=home)
    assert done.returncode == 0, done.stderr
    local = home / ".local"
    program = local / "opt" / "nnstudio-9.9.9" / "nnstudio"
    assert (local / "bin" / "nnstudio").resolve() == program.resolve()
    desktop = (local / "share" / "applications" / "org.nnstudio.nnstudio.desktop").read_text()
    assert f'Exec="{local}/bin/nnstudio" %f' in desktop and "MimeType=image/png;" in desktop
    for size in (48, 128, 256):
        assert (local / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "nnstudio.png").exists()
    assert (local / "share" / "icons" / "hicolor" / "scalable" / "apps" / "nnstudio.svg").exists()
    assert (local / "share" / "metainfo" / "org.nnstudio.nnstudio.metainfo.xml").exists()

    done = sh(local / "share" / "nnstudio" / "uninstall.sh", "--keep-settings", home=home)
    assert done.returncode == 0, done.stderr
    assert listing(home) == before


def test_a_new_version_replaces_the_old_folder_and_settings_go_on_request(tmp_path, tarball):
    home = tmp_path / "home"
    home.mkdir()
    assert sh("sh", tarball / "install.sh", home=home).returncode == 0
    (tarball / "VERSION").write_text("10.0.0\n")
    assert sh("sh", tarball / "install.sh", home=home).returncode == 0
    assert [p.name for p in (home / ".local" / "opt").iterdir()] == ["nnstudio-10.0.0"]
    (home / ".config" / "nnstudio").mkdir(parents=True)
    (home / ".config" / "nnstudio" / "nnstudio.ini").write_text("[window]\n")

    done = sh(home / ".local" / "share" / "nnstudio" / "uninstall.sh", "--remove-settings", home=home)
    assert done.returncode == 0, done.stderr
    assert listing(home) == {".config"}


def test_a_running_nnstudio_is_not_replaced_or_removed(tmp_path, tarball):
    home = tmp_path / "home"
    home.mkdir()
    assert sh("sh", tarball / "install.sh", home=home).returncode == 0
    program = home / ".local" / "opt" / "nnstudio-9.9.9" / "nnstudio"
    running = subprocess.Popen([str(program), "60"])
    try:
        for script in (tarball / "install.sh", home / ".local" / "share" / "nnstudio" / "uninstall.sh"):
            done = sh("sh", script, home=home)
            assert done.returncode == 1 and f"process {running.pid}" in done.stderr
        assert program.exists()
    finally:
        running.kill()
        running.wait()
