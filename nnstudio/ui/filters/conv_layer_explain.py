"""One value of a conv layer's output map taken apart in the explain panel: for each input
channel its patch ⊙ its kernel slice, summed; then the sum over channels plus the bias."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...core.conv_layer import ConvLayerStage, explain_layer_value
from ...core.convolution import pad_amounts
from .explain_panel import ExplainPanel, matrix_html


def _num(value: float) -> str:
    return f"{value:.4g}"


def show_layer_value(panel: ExplainPanel, stage: ConvLayerStage, stage_input: np.ndarray, o: int, row: int,
                     col: int, displayed: float) -> tuple[int, int, int, int]:
    """Fill the panel; returns the patch's rectangle in the input (top, left, bottom, right)."""
    kernel, s = stage.kernel, stage.settings
    if stage.depthwise:
        # Per channel: map o is channel o alone, with slice o of map 0; no sum over channels.
        single = ConvLayerStage(type(kernel)(kernel.weight[0:1, o : o + 1], np.zeros(1, np.float32)), s)
        terms, bias, total = explain_layer_value(stage_input[:, :, o : o + 1], single.kernel, s, 0, row, col)
    else:
        terms, bias, total = explain_layer_value(stage_input, kernel, s, o, row, col)
    cells = []
    for term in terms:
        channel = term.channel if not stage.depthwise else o
        patch = matrix_html(term.patch, QCoreApplication.translate("ConvLayerExplain", "channel {c} patch").format(c=channel))
        slice_ = matrix_html(term.kernel, QCoreApplication.translate("ConvLayerExplain", "slice [{o}, {c}]").format(
            o=0 if stage.depthwise else o, c=channel))
        cells.append(f"<td>{patch}</td><td valign='middle'>&nbsp;⊙&nbsp;</td><td>{slice_}</td>"
                     f"<td valign='middle'>&nbsp;= <b>{_num(term.total)}</b>&nbsp;&nbsp;&nbsp;</td>")
    panel.total = total
    if stage.depthwise:
        heading = QCoreApplication.translate("ConvLayerExplain", "Output (x {x}, y {y}), map {o}: per channel, so only channel {o} "
                     "is used and nothing is added across channels.")
    else:
        heading = QCoreApplication.translate("ConvLayerExplain", "Output (x {x}, y {y}), map {o}: each input channel's patch times "
                     "its own kernel slice, then all of them added, plus the bias.")
    panel.heading.setText(heading.format(x=col, y=row, o=o))
    panel.tables.setText("<table><tr>" + "".join(cells) + "</tr></table>")
    parts = " + ".join(_num(t.total) for t in terms)
    panel.sum_label.setText(QCoreApplication.translate("ConvLayerExplain", "Σ over channels: {parts} + bias {bias} = <b>{total}</b> "
                               "&nbsp; (value in the map: {shown})").format(
        parts=parts, bias=_num(bias), total=_num(total), shown=_num(displayed)))
    kh, kw = kernel.weight.shape[2:]
    top = row * s.stride - pad_amounts(s.padding, kh, s.dilation)[0]
    left = col * s.stride - pad_amounts(s.padding, kw, s.dilation)[0]
    return top, left, top + s.dilation * (kh - 1) + 1, left + s.dilation * (kw - 1) + 1
