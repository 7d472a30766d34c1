"""How one output value was computed: patch ⊙ kernel = products, and their sum.

For pooling, the window with the winning input outlined. An animated mode slides the window
over a small region, one output pixel per tick, so the sliding itself can be watched.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.explain import ConvExplanation, PoolExplanation

STEP_MS = 450
#: The animated mode visits this many output pixels per side, starting at the clicked one.
REGION = 5


def _cell(value: float) -> str:
    if not np.isfinite(value):
        return "−∞" if value < 0 else ("∞" if value > 0 else "NaN")
    return f"{value:.3g}" if abs(value) < 1e4 else f"{value:.2e}"


def matrix_html(m: np.ndarray, title: str, highlight: tuple[int, int] | None = None) -> str:
    rows = []
    for r in range(m.shape[0]):
        cells = []
        for c in range(m.shape[1]):
            style = " style='background:#ffd400;color:black'" if highlight == (r, c) else ""
            cells.append(f"<td align='right'{style}>{_cell(float(m[r, c]))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<b>{title}</b><table border='1' cellspacing='0' cellpadding='2'>{''.join(rows)}</table>"


class ExplainPanel(QWidget):
    step = Signal()  # the animation wants the next output pixel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Click a pixel of the output (right view) to see how it was computed."),
                              objectName="explain_heading", wordWrap=True)
        self.tables = QLabel(objectName="explain_tables")
        self.tables.setTextFormat(Qt.TextFormat.RichText)
        self.sum_label = QLabel(objectName="explain_sum", wordWrap=True)
        self.animate = QPushButton(self.tr("▶ Slide"), objectName="explain_animate", checkable=True)
        self.animate.setToolTip(self.tr("Slide the window step by step over a {n}×{n} block of outputs, starting at the "
                                        "clicked pixel.").format(n=REGION))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.animate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tables)
        layout.addWidget(self.sum_label)
        layout.addStretch(1)
        self.setToolTip(self.tr("A convolution output is the sum of the element-wise products of the kernel and the patch "
                                "under it; these are the actual numbers."))
        self.timer = QTimer(self)
        self.timer.setInterval(STEP_MS)
        self.timer.timeout.connect(self.step)
        self.animate.toggled.connect(self._on_animate)
        self.total: float | None = None

    def _on_animate(self, on: bool) -> None:
        self.animate.setText(self.tr("■ Stop") if on else self.tr("▶ Slide"))
        if on:
            self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.animate.setChecked(False)

    def show_conv(self, e: ConvExplanation, displayed: float) -> None:
        self.total = e.total
        if e.step > 1:
            text = self.tr("Output (x {x}, y {y}), channel {c}: the patch starts at input (x {x0}, y {y0}), taps {step} "
                           "pixels apart (dilation); negative positions are padding.")
        else:
            text = self.tr("Output (x {x}, y {y}), channel {c}: the patch starts at input (x {x0}, y {y0}); negative "
                           "positions are padding.")
        self.heading.setText(text.format(x=e.col, y=e.row, c=e.channel, x0=e.origin[1], y0=e.origin[0], step=e.step))
        self.tables.setText(
            "<table><tr><td>" + matrix_html(e.patch, self.tr("patch")) + "</td><td valign='middle'>&nbsp;⊙&nbsp;</td><td>"
            + matrix_html(e.kernel, self.tr("kernel")) + "</td><td valign='middle'>&nbsp;=&nbsp;</td><td>"
            + matrix_html(e.products, self.tr("products")) + "</td></tr></table>"
        )
        self.sum_label.setText(self.tr("Σ products = <b>{total}</b> &nbsp; (value in the feature map: {shown})").format(
            total=_cell(e.total), shown=_cell(displayed)))

    def show_pool(self, e: PoolExplanation, displayed: float) -> None:
        self.total = e.result
        if e.kind == "global_avg":
            self.heading.setText(self.tr("Channel {c}: the mean of all {n} values of the map.").format(
                c=e.channel, n=e.window.size))
            self.tables.setText("")
        else:
            if e.kind == "max":
                text = self.tr("Output (x {x}, y {y}), channel {c}: max over the window from input (x {x0}, y {y0})")
            else:
                text = self.tr("Output (x {x}, y {y}), channel {c}: average over the window from input (x {x0}, y {y0})")
            text = text.format(x=e.col, y=e.row, c=e.channel, x0=e.origin[1], y0=e.origin[0])
            if e.winner:
                text += self.tr("; the winner is input (x {x}, y {y})").format(x=e.winner[1], y=e.winner[0])
            self.heading.setText(text)
            high = None if e.winner is None else (e.winner[0] - e.origin[0], e.winner[1] - e.origin[1])
            self.tables.setText(matrix_html(e.window, self.tr("window"), high))
        label = self.tr("max") if e.kind == "max" else self.tr("mean")
        self.sum_label.setText(self.tr("{label} = <b>{value}</b> &nbsp; (value in the map: {shown})").format(
            label=label, value=_cell(e.result), shown=_cell(displayed)))

    def show_value(self, text: str) -> None:
        self.total = None
        self.heading.setText(text)
        self.tables.setText("")
        self.sum_label.setText("")
