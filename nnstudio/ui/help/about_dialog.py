"""Help ▸ About: what this nnstudio is (version, the libraries under it, the training device)
and under which terms it and its parts may be used (its licence, the components' licences,
the sample images' credits), read from resources/ so that About and the packages agree."""

from __future__ import annotations

import platform
import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QLabel, QTabWidget, QTextBrowser,
                               QVBoxLayout, QWidget)

from ... import __version__
from ...core.resources import resource


def _distribution_version(*names: str) -> str | None:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def versions() -> list[tuple[str, str]]:
    """(component, version) of nnstudio and what it runs on. torch is not imported for this
    (a second or two): its version comes from the package metadata."""
    import cv2
    import numpy
    import PySide6

    torch_version = _distribution_version("torch")
    if torch_version is None and "torch" in sys.modules:  # a bundle may lack the metadata
        torch_version = str(sys.modules["torch"].__version__)
    return [
        ("nnstudio", __version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("PyTorch (torch)", torch_version or "?"),
        ("OpenCV", cv2.__version__),
        ("NumPy", numpy.__version__),
        ("Pillow", _distribution_version("pillow", "Pillow") or "?"),
        ("pyqtgraph", _distribution_version("pyqtgraph") or "?"),
        ("ONNX", _distribution_version("onnx") or "—"),
        (platform.system() or "OS", platform.release()),
    ]


def licence_texts() -> dict[str, str]:
    """File name -> text of every licence text shipped in resources/licenses."""
    folder = resource("licenses")
    return {entry.name: entry.read_text(encoding="utf-8") for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith((".txt", ".md"))}


def bundle_licence_folder() -> Path | None:
    """A packaged build keeps every component's full texts in licenses/ beside the program."""
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent / "licenses"
        return folder if folder.is_dir() else None
    return None


class AboutDialog(QDialog):
    def __init__(self, device: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About nnstudio"))
        self.resize(720, 540)
        self.device = device
        texts = licence_texts()
        self.tabs = QTabWidget(objectName="about_tabs")

        rows = "".join(f"<tr><td><b>{name}</b></td><td>&nbsp;&nbsp;{value}</td></tr>" for name, value in versions())
        summary = QLabel(objectName="about_summary", wordWrap=True)
        summary.setText(
            "<h2>nnstudio {version}</h2><p>{what}</p><table>{rows}</table><p><b>{device_label}</b> {device}</p>"
            "<p>{licence}</p>".format(
                version=__version__,
                what=self.tr("Learn neural networks and image processing by doing."),
                rows=rows, device_label=self.tr("Training device:"), device=device,
                licence=self.tr("nnstudio is free software under the MIT licence; see the Licence tab.")))
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about = QWidget()
        box = QVBoxLayout(about)
        box.addWidget(summary)
        box.addStretch(1)
        self.tabs.addTab(about, self.tr("About"))

        self.tabs.addTab(self._browser("about_licence", texts.get("nnstudio.txt", ""), markdown=False), self.tr("Licence"))

        components = QWidget()
        box = QVBoxLayout(components)
        box.setContentsMargins(0, 0, 0, 0)
        self.component_text = self._browser("about_components", texts.get("THIRD-PARTY.md", ""), markdown=True)
        self.full_texts = QComboBox(objectName="about_full_texts")
        self.full_texts.addItem(self.tr("Overview"), "THIRD-PARTY.md")
        for name in texts:
            if name not in ("THIRD-PARTY.md", "nnstudio.txt"):
                self.full_texts.addItem(name, name)
        self.full_texts.setToolTip(self.tr("The overview of the components, or one licence's full text."))
        self.full_texts.currentIndexChanged.connect(lambda: self._show_component_text(texts))
        box.addWidget(self.full_texts)
        box.addWidget(self.component_text, 1)
        folder = bundle_licence_folder()
        where = QLabel(wordWrap=True, objectName="about_licence_folder")
        where.setText(self.tr("Every bundled component's full licence texts are in {folder}.").format(folder=folder)
                      if folder is not None else
                      self.tr("Installed with pip, each component's licence texts are in its own *.dist-info folder."))
        box.addWidget(where)
        self.tabs.addTab(components, self.tr("Components"))

        credits_md = resource("LICENSES.md").read_text(encoding="utf-8") if resource("LICENSES.md").is_file() else ""
        self.tabs.addTab(self._browser("about_credits", credits_md, markdown=True), self.tr("Sample images"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy versions"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("about_copy")
        copy.setToolTip(self.tr("Copy the versions and the device, for a bug report."))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.version_text()))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def version_text(self) -> str:
        lines = [f"{name}: {value}" for name, value in versions()]
        return "\n".join([*lines, f"device: {self.device}"])

    def _browser(self, name: str, text: str, *, markdown: bool) -> QTextBrowser:
        browser = QTextBrowser(objectName=name)
        browser.setOpenExternalLinks(True)
        if markdown:
            browser.setMarkdown(text)
        else:
            browser.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            browser.setPlainText(text)
        return browser

    def _show_component_text(self, texts: dict[str, str]) -> None:
        name = self.full_texts.currentData()
        if name == "THIRD-PARTY.md":
            self.component_text.setFont(QGuiApplication.font())
            self.component_text.setMarkdown(texts.get(name, ""))
        else:
            self.component_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.component_text.setPlainText(texts.get(name, ""))
