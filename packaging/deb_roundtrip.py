"""Install the .deb with apt, use it as a user would, remove it, and show what changed on disk.

    sudo python3 packaging/deb_roundtrip.py packaging/dist/release/nnstudio_0.2.0_amd64.deb OUTDIR

Needs root, apt, xvfb-run, xdotool, ImageMagick's `import` and gio. Steps: a listing of the
file system; `apt install ./DEB` (which also brings the Depends this system lacks); `nnstudio
--version` from a terminal; the menu entry launched with an image as the file manager does
(`gio launch` of the .desktop file with the image: `Exec=nnstudio %f`) in an X server, and a
screenshot of the screen (OUTDIR/window.png); `apt remove nnstudio`; a second listing. It
prints what `dpkg -L` listed, whether any of it is left, and every path that differs between
the two listings outside apt's and dpkg's own records.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SKIP = ("/proc", "/sys", "/dev", "/run", "/tmp", "/work", "/var/cache", "/var/lib/apt/lists",
        "/var/log", "/root/.cache")
BOOKKEEPING = ("/var/lib/dpkg", "/var/lib/apt", "/var/cache")


def listing() -> dict[str, int]:
    found = {}
    for top, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if not os.path.join(top, d).startswith(SKIP)]
        for name in dirs + files:
            path = os.path.join(top, name)
            try:
                found[path] = os.lstat(path).st_size if name in files else -1
            except OSError:
                pass
    return found


def apt(*args: str) -> None:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "-y", "-q", *args], check=True, env=env)


def use_the_app(out: Path) -> None:
    version = subprocess.run(["nnstudio", "--version"], capture_output=True, text=True, check=True)
    print("roundtrip: from a terminal:", version.stdout.strip())
    image = "/opt/nnstudio/_internal/nnstudio/resources/images/coffee.png"
    script = f"""
gio launch /usr/share/applications/org.nnstudio.nnstudio.desktop {image} &
window=$(timeout 120 xdotool search --sync --class nnstudio | head -1)
sleep 8  # the sample and the tabs finish drawing
import -window root {out}/window.png
xdotool getwindowname "$window"
kill "$(xdotool getwindowpid "$window")"
"""
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "sh", "-c", script],
                          capture_output=True, text=True, timeout=300)
    print("roundtrip: window title:", done.stdout.strip(), "; exit", done.returncode)
    if done.returncode != 0:
        print(done.stderr[-3000:])


def packages() -> set[str]:
    done = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Status}\n"], capture_output=True, text=True)
    return {line.split()[0] for line in done.stdout.splitlines() if line.endswith(" installed")}


def main(deb: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    before, had = listing(), packages()
    apt("install", str(deb.resolve()))
    brought = sorted(packages() - had - {"nnstudio"})
    print(f"roundtrip: apt also installed {len(brought)} packages the .deb depends on: {' '.join(brought)}")
    theirs = set()
    for name in brought:
        theirs |= set(subprocess.run(["dpkg", "-L", name], capture_output=True, text=True).stdout.split())
    owned = subprocess.run(["dpkg", "-L", "nnstudio"], capture_output=True, text=True, check=True).stdout.split()
    owned = [p for p in owned if p != "/."]  # dpkg -L names the root as its first entry
    (out / "dpkg-L.txt").write_text("\n".join(owned) + "\n")
    print(f"roundtrip: dpkg -L nnstudio: {len(owned)} paths")
    use_the_app(out)
    apt("remove", "nnstudio")
    after = listing()
    left = [p for p in owned if os.path.lexists(p) and not os.path.isdir(p)]
    left_dirs = [p for p in owned if os.path.isdir(p) and p not in before]
    print(f"roundtrip: after apt remove, {len(left)} of its files and {len(left_dirs)} of its new folders remain")
    changed = sorted(p for p in set(before) | set(after)
                     if before.get(p) != after.get(p) and not p.startswith(BOOKKEEPING) and p not in theirs)
    (out / "changed.txt").write_text("\n".join(f"{before.get(p)} -> {after.get(p)} {p}" for p in changed) + "\n")
    print(f"roundtrip: {len(changed)} paths differ between before and after (outside apt/dpkg "
          "records and the files of the packages apt brought):")
    for path in changed[:60]:
        print(f"  {before.get(path)} -> {after.get(path)}  {path}")
    return 0 if not left and not left_dirs else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
