"""Importing a learner's table in the Network tab: the dialog, the data set, the fitted design."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from nnstudio.core.table_file import read_table
from nnstudio.ui.network.table_import import TableImportDialog


def korean_table(path):
    lines = ["키,몸무게,털 색,종류"] + [f"{30 + (i % 2) * 20 + i % 5},{4 + (i % 2) * 6 + i % 3},{i % 4},"
                                    f"{'고양이' if i % 2 else '개'}" for i in range(80)]
    path.write_bytes(("\n".join(lines) + "\n").encode("cp949"))
    return path


def test_the_dialog_shows_what_it_found_and_the_columns_to_choose(qtbot, tmp_path):
    path = korean_table(tmp_path / "동물.csv")
    dialog = TableImportDialog(str(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10_000)
    assert "80 rows × 4 columns" in dialog.found.text() and "cp949" in dialog.found.text()
    assert dialog.preview.horizontalHeaderItem(3).text() == "종류"
    assert dialog.preview.item(0, 3).text() == read_table(path).head(1)[0][3]
    assert dialog.label.currentText() == "종류"
    dialog.features.item(2).setCheckState(Qt.CheckState.Unchecked)  # not the fur colour
    entry = dialog.entry()
    assert entry["name"] == "table-file" and entry["file"] == str(path)
    assert entry["extra"]["label"] == "종류" and entry["extra"]["features"] == ["키", "몸무게"]
    for i in range(dialog.features.count()):
        dialog.features.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() is False or "Tick at least one" in dialog.found.text()
    assert dialog.result() != TableImportDialog.DialogCode.Accepted
    dialog.done(0)


def test_a_file_that_is_not_a_table_is_one_sentence_in_the_dialog(qtbot, tmp_path):
    (tmp_path / "x.csv").write_bytes(b"\0\1\2binary")
    dialog = TableImportDialog(str(tmp_path / "x.csv"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "⚠" in dialog.found.text(), timeout=10_000)
    assert "not a text table" in dialog.found.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.done(0)


def test_using_a_table_loads_it_and_fits_the_design(network_page, qtbot, tmp_path):
    page = network_page
    document = page.network
    data_panel = page.data_panel
    path = korean_table(tmp_path / "t.csv")
    data_panel.use_table({"name": "table-file", "file": str(path),
                          "extra": {"label": "종류", "features": ["키", "몸무게", "털 색"]}})
    qtbot.waitUntil(lambda: document.data_ready and document.data.name == "t.csv", timeout=10_000)
    qtbot.waitUntil(lambda: tuple(document.design.input) == (3,), timeout=5_000)
    assert document.verdict().error is None  # the output layer gives the 2 classes now
    assert "키, 몸무게, 털 색" in data_panel.summary.text() and "개, 고양이" in data_panel.summary.text()
    document.model.undo_stack.undo()  # the fit is one undoable edit
    assert tuple(document.design.input) != (3,)
