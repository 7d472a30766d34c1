"""CNN vs MLP: mlp_shapes and cnn_shapes trained the same way on the same 28×28 shapes, with
their parameters, accuracies and seconds per epoch in one table (`nnstudio compare`'s figures,
from nn.compare, trained on a worker with progress and Stop).

The notes say a CNN needs far fewer parameters because its filters are shared across the
picture; the table shows it, and that the CNN is at least as accurate.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from .table import fit_rows, fmt, number_table, set_rows
from .worker_bar import WorkerBar

PAIR = ("mlp_shapes", "cnn_shapes")
OWN_EPOCHS = 20  # both presets' own


def _compare(epochs: int):
    def run(stop):
        from ...nn.compare import compare_steps  # torch loads on the worker thread

        yield from compare_steps(list(PAIR), epochs, None, stop)

    return run


class ComparePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_panel")
        intro = QLabel(self.tr(
            "A fully connected network (mlp_shapes) wires every one of the 784 pixels to each of its "
            "neurons; a CNN (cnn_shapes) slides small filters over the picture, the same weights at every "
            "place (shared parameters). Both learn circles, squares and triangles from the same 28×28 "
            "pictures. Train both and compare."))
        intro.setWordWrap(True)
        self.epochs = QSpinBox(objectName="compare_epochs", minimum=1, maximum=200, value=OWN_EPOCHS)
        self.epochs.setToolTip(self.tr("Epochs for each network (both presets train {n} by default).").format(
            n=OWN_EPOCHS))
        self.bar = WorkerBar(self.tr("Train both"), "compare")
        self.bar.start_button.setToolTip(self.tr("Train mlp_shapes, then cnn_shapes, with their own settings."))
        self.bar.start_button.clicked.connect(self.start)
        self.bar.item_arrived.connect(self._on_item)
        self.table = number_table("compare_table")
        self.note = QLabel(objectName="compare_note")
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Epochs:")))
        row.addWidget(self.epochs)
        row.addWidget(self.bar, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.rows: list = []  # nn.compare.ComparisonRow, in order
        self._show_rows()

    def start(self) -> None:
        self.rows = []
        self._show_rows()
        epochs = self.epochs.value()
        self.bar.start(_compare(epochs), epochs * len(PAIR))

    def ready(self) -> bool:
        return not self.bar.running

    def _on_item(self, item) -> None:
        if hasattr(item, "params"):  # a ComparisonRow
            self.rows.append(item)
            self._show_rows()
        else:  # a ComparisonProgress
            self.bar.advance(item.index * item.epochs + item.epoch)
            self.bar.status.setText(self.tr("{name}: epoch {epoch} of {epochs}").format(
                name=item.name, epoch=item.epoch, epochs=item.epochs))

    def _show_rows(self) -> None:
        heads = [self.tr("network"), self.tr("parameters"), self.tr("train accuracy"),
                 self.tr("test accuracy"), self.tr("seconds per epoch"), self.tr("device")]
        rows = [[r.name, f"{r.params:,}", f"{r.train_acc:.1%}", f"{r.test_acc:.1%}",
                 fmt(r.seconds_per_epoch, 3), r.device] for r in self.rows]
        set_rows(self.table, heads, rows)
        for column in range(len(heads)):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        fit_rows(self.table)
        if len(self.rows) == 2:
            mlp, cnn = self.rows
            self.note.setText(self.tr(
                "{mlp} has {ratio} times as many parameters as {cnn} ({p_mlp} vs {p_cnn}); test accuracy "
                "{a_mlp} vs {a_cnn}. The CNN's filters are shared across the picture, so it needs far "
                "fewer weights. Fewer weights is not less work: each filter is applied at every place, "
                "so an epoch took {s_cnn} s for the CNN and {s_mlp} s for the MLP here.").format(
                mlp=mlp.name, cnn=cnn.name, ratio=f"{mlp.params / max(cnn.params, 1):.1f}",
                s_mlp=fmt(mlp.seconds_per_epoch, 3), s_cnn=fmt(cnn.seconds_per_epoch, 3),
                p_mlp=f"{mlp.params:,}", p_cnn=f"{cnn.params:,}", a_mlp=f"{mlp.test_acc:.1%}",
                a_cnn=f"{cnn.test_acc:.1%}"))
        else:
            self.note.setText("")

    def shutdown(self) -> None:
        self.bar.shutdown()
