"""Help ▸ Show log: the session's log in a small window, to read or copy into a bug report."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from .session_log import session_log


class LogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("log_dialog")
        self.setWindowTitle(self.tr("nnstudio log"))
        self.resize(760, 420)
        self.summary = QLabel()
        self.summary.setObjectName("log_summary")
        self.text = QPlainTextEdit()
        self.text.setObjectName("log_text")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy all"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("log_copy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(buttons)

    def refresh(self) -> None:
        log = session_log()
        errors = log.errors
        self.summary.setText(
            self.tr("No errors this session.") if errors == 0
            else self.tr("%n error(s) this session; the newest is at the end.", None, errors)
        )
        self.text.setPlainText(log.text())
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.maximum())
