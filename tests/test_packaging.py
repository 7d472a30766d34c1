"""Release metadata that a package index and the packaged builds show."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from nnstudio import __version__
from nnstudio.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_one_version_from_the_package_to_the_command_line(capsys):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "nnstudio.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    try:
        main(["--version"])
    except SystemExit:
        pass
    assert capsys.readouterr().out.strip() == f"nnstudio {__version__}"


def test_the_licence_shipped_in_resources_is_the_projects():
    assert (ROOT / "resources" / "licenses" / "nnstudio.txt").read_text() == (ROOT / "LICENSE").read_text()
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt", "THIRD-PARTY.md"):
        assert (ROOT / "resources" / "licenses" / text).stat().st_size > 1000


def test_the_package_index_description_has_no_links_that_only_resolve_in_a_checkout():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    text = (ROOT / project["readme"]["file"]).read_text()
    targets = re.findall(r"\]\(([^)]+)\)", text)
    assert all(t.startswith("https://") for t in targets), targets
    assert "example" not in (ROOT / "pyproject.toml").read_text()


def test_the_readme_names_the_system_packages_the_deb_depends_on():
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    import linux_packages

    readme = (ROOT / "README.md").read_text()
    line = readme.split("sudo apt-get install libegl1", 1)[1].split("\n```", 1)[0]
    listed = ["libegl1", *line.replace("\\", " ").split()]
    assert listed == linux_packages.RUNTIME_PACKAGES
    # every package named is one the bundle's libraries can ask for
    assert set(linux_packages.RUNTIME_PACKAGES) <= set(linux_packages.SYSTEM_LIBRARIES.values())


def test_the_appstream_file_announces_this_version():
    import xml.etree.ElementTree as ET

    component = ET.parse(ROOT / "packaging" / "org.nnstudio.nnstudio.metainfo.xml").getroot()
    newest = component.find("releases/release")
    assert newest.get("version") == __version__
    assert component.findtext("launchable") == "org.nnstudio.nnstudio.desktop"
    assert (ROOT / "packaging" / component.findtext("launchable")).exists()


def test_the_deb_maintainer_comes_from_the_publisher(monkeypatch):
    import sys

    monkeypatch.syspath_prepend(str(ROOT / "packaging"))
    sys.modules.pop("linux_packages", None)
    import linux_packages

    monkeypatch.delenv("NNSTUDIO_MAINTAINER", raising=False)
    assert linux_packages.maintainer() == linux_packages.LOCAL_MAINTAINER
    monkeypatch.setenv("NNSTUDIO_MAINTAINER", "Kim Minji <minji@example.org>")
    assert linux_packages.maintainer() == "Kim Minji <minji@example.org>"
    monkeypatch.setenv("NNSTUDIO_MAINTAINER", "no address")
    try:
        linux_packages.maintainer()
    except SystemExit as exc:
        assert "Name <address>" in str(exc)
    else:
        raise AssertionError("a Maintainer without an address was accepted")


def test_every_package_and_resource_folder_is_listed_for_the_wheel():
    """setuptools installs only the packages pyproject.toml lists: a new sub-package (or a new
    resources/ folder) left out works in a checkout and is missing from every install."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    packages = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "nnstudio").rglob("__init__.py")}
    folders = {f"nnstudio.resources.{p.name}" for p in (ROOT / "resources").iterdir()
               if p.is_dir() and not p.name.startswith((".", "_"))}
    assert packages | folders <= listed, sorted((packages | folders) - listed)
