"""The Code view: the current design as PyTorch and as Keras 3 code, side by side, each with
a Copy button, and a note on eager execution and dataflow graphs.

It follows the Network tab's design; while the design has a problem the last good code stays,
marked as belonging to the earlier design.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QGridLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ...core.errors import InputError
from ...nn.code_export import keras_code, pytorch_code
from ...nn.design import Design, analyse


class CodeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code_view")
        self.status = QLabel(objectName="code_status")
        self.status.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(8, self.font().pointSize() - 1))
        self.editors: dict[str, QPlainTextEdit] = {}
        grid = QGridLayout()
        titles = {"pytorch": self.tr("PyTorch: nn.Sequential and a training loop"),
                  "keras": self.tr("Keras 3: keras.Sequential, compile and fit")}
        for column, key in enumerate(("pytorch", "keras")):
            editor = QPlainTextEdit(objectName=f"code_{key}")
            editor.setReadOnly(True)
            editor.setFont(mono)
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            copy = QPushButton(self.tr("Copy"), objectName=f"copy_{key}")
            copy.setToolTip(self.tr("Copy the whole file to the clipboard"))
            copy.clicked.connect(lambda _=False, k=key: self.copy(k))
            grid.addWidget(QLabel(f"<b>{titles[key]}</b>"), 0, column)
            grid.addWidget(editor, 1, column)
            grid.addWidget(copy, 2, column)
            self.editors[key] = editor
        note = QLabel(self.tr(
            "<b>Eager or graph?</b> PyTorch runs eagerly: each line computes as Python reaches it, "
            "so print() and a debugger work inside the network. TensorFlow 1 first built a dataflow "
            "graph of the whole computation and then ran it in a session (define, then run). "
            "TensorFlow 2 and Keras 3 are eager by default too, and compile a graph only when asked "
            "(tf.function, jit_compile), as torch.compile does for PyTorch: faster, harder to debug. "
            "The same file runs with <code>nnstudio code DESIGN --framework pytorch|keras -o FILE.py</code>."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(grid, 1)
        layout.addWidget(note)
        self.design: Design | None = None

    def show_design(self, design: Design) -> None:
        """Write this design's code; a design with a problem keeps the previous code."""
        try:
            texts = {"pytorch": pytorch_code(design), "keras": keras_code(design)}
        except InputError as exc:
            if self.design is None:
                self.status.setText(self.tr("No code yet: {problem}").format(problem=exc))
            else:
                self.status.setText(self.tr("⚠ {problem} The code below is of the last design that "
                                            "worked, {name}.").format(problem=exc, name=self.design.name))
            return
        self.design = design
        for key, editor in self.editors.items():
            if editor.toPlainText() != texts[key]:
                editor.setPlainText(texts[key])
        analysis = analyse(design)
        self.status.setText(self.tr("The design {name}: {inputs} in, {outputs} out, {params} trainable "
                                    "parameters in both. Each file defines build_model(); run it to "
                                    "train on stand-in data.").format(
            name=design.name, inputs=tuple(design.input), outputs=tuple(analysis.output_shape),
            params=f"{analysis.total_params:,}"))

    def copy(self, key: str) -> None:
        QGuiApplication.clipboard().setText(self.editors[key].toPlainText())
        self.status.setText(self.tr("Copied the {framework} code.").format(
            framework="PyTorch" if key == "pytorch" else "Keras"))
