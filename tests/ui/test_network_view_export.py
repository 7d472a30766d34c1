"""Export PNG/SVG of the Network tab's inside views: a file that cannot be written is one
sentence on the tab's message line (never an exception out of the button's slot), and a
write that fails half-way leaves the previous file byte for byte (core.atomic_write)."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton

from nnstudio.core.errors import InputError


@pytest.fixture
def page(network_page):
    return network_page


def _export_through_the_button(page, monkeypatch, answer: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answer, ""))
    page.findChild(QPushButton, "export_view_png").click()  # above the views, beside their buttons


def _one_sentence(text: str) -> None:
    assert text.startswith("⚠ ") and "\n" not in text and "Traceback" not in text and len(text) < 300, text


def test_export_to_a_missing_folder_is_one_sentence(page, monkeypatch, tmp_path):
    page.inside.setCurrentWidget(page.inside.decision)
    _export_through_the_button(page, monkeypatch, str(tmp_path / "missing" / "plane.png"))
    _one_sentence(page.message.text())
    assert "missing" in page.message.text() and not (tmp_path / "missing").exists()


def test_svg_of_a_plot_is_one_sentence(page, monkeypatch, tmp_path):
    page.inside.setCurrentWidget(page.inside.decision)
    _export_through_the_button(page, monkeypatch, str(tmp_path / "plane.svg"))
    _one_sentence(page.message.text())
    assert ".png" in page.message.text() and not (tmp_path / "plane.svg").exists()


def test_a_good_export_says_what_it_wrote(page, monkeypatch, tmp_path):
    page.inside.setCurrentWidget(page.inside.graph)
    _export_through_the_button(page, monkeypatch, str(tmp_path / "graph.svg"))
    assert "graph.svg" in page.message.text() and not page.message.text().startswith("⚠")
    assert (tmp_path / "graph.svg").read_bytes().lstrip().startswith(b"<?xml")


@pytest.mark.parametrize("view, name", [("graph", "g.png"), ("graph", "g.svg"), ("decision", "plane.png"),
                                        ("activations", "maps.png"), ("draw", "draw.png")])
def test_a_failed_write_keeps_the_previous_file(page, monkeypatch, tmp_path, view, name):
    """The disk fills up while the picture is written: the old file stays as it was and no
    temporary file is left beside it."""
    target = tmp_path / name
    target.write_bytes(b"the previous picture")
    page.inside.setCurrentWidget(getattr(page.inside, view))

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("nnstudio.core.atomic_write.os.fsync", full)
    with pytest.raises(InputError, match="disk is full"):
        page.inside.export_current(target)
    assert target.read_bytes() == b"the previous picture"
    assert os.listdir(tmp_path) == [name]


def test_a_design_save_that_fails_half_way_is_one_sentence_and_keeps_the_file(page, monkeypatch, tmp_path):
    """Save design… onto a disk that fills up: the atomic writer's sentence on the message
    line (it used to escape the slot as InputError), the previous file byte for byte."""
    target = tmp_path / "d.json"
    target.write_bytes(b"the previous design")

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("nnstudio.core.atomic_write.os.fsync", full)
    assert not page.files.save_design(target)
    _one_sentence(page.message.text())
    assert "disk is full" in page.message.text()
    assert target.read_bytes() == b"the previous design" and os.listdir(tmp_path) == ["d.json"]
