"""The Filters tab: a small CNN on the user's own image, stage by stage, live.

Layout: the pipeline strip on top; below it the selected stage's controls, the before/after
views and the explain panel. Every edit changes the PipelineModel; the model's ``changed``
submits one job to a LatestJobRunner (newest wins) and the result is drawn when it arrives.
The job runs the stages up to the selected one first, so a drag shows the stage being
edited at once; a second job finishes the later stages for the strip.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from ...core.conv_layer import ConvLayerStage
from ...core.errors import InputError
from ...core.explain import explain_conv, explain_pool
from ...core.image_io import LoadedImage
from ...core.operation_catalog import OPERATIONS
from ...core.pipeline import ConvStage, OperationStage, PoolStage
from ..choices import choice_combo
from ..document import ImageDocument
from ..locale_numbers import count
from ..page import Page
from ..workers import LatestJobRunner
from .compare_views import COMPARE_MODES, CompareViews
from .compute import FilterResult, compute
from .conv_layer_editor import MAX_MAPS
from .conv_layer_explain import show_layer_value
from .explain_panel import REGION, ExplainPanel
from .pipeline_model import PipelineModel
from .pipeline_strip import PipelineStrip
from .stage_editor import StageEditor

CORNERS = ("tl", "tr", "br", "bl")  # the perspective operation's corner parameters, in order


class FiltersPage(Page):
    title = QT_TRANSLATE_NOOP("Page", "Filters")
    description = QT_TRANSLATE_NOOP(
        "Page",
        "Slide a filter over the image: edit the kernel, stride, padding and dilation, add an "
        "activation and pooling, and chain them into a small CNN you can see at every stage."
    )

    def __init__(self, document: ImageDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.model = PipelineModel(self)
        self.runner = LatestJobRunner("filters", self)
        self.strip = PipelineStrip(self.model)
        self.editor = StageEditor(self.model)
        self.views = CompareViews()
        self.explain = ExplainPanel()
        # Both narrow, so that a 1024-pixel window holds the row.
        channels = {None: self.tr("all channels"),
                    **{c: self.tr("channel {c} ({name})").format(c=c, name=name)
                       for c, name in enumerate((self.tr("R / gray"), "G", "B"))},
                    **{c: self.tr("channel {c}").format(c=c) for c in range(3, MAX_MAPS)}}  # a conv layer's further maps
        self.channel = choice_combo(
            "view_channel", channels, self.tr("Show every channel (colour) or one channel at a time; a one-channel "
                                              "signed map gets the blue–white–red colour map."), narrow_chars=6)
        self.compare_mode = choice_combo(
            "compare_mode", COMPARE_MODES, self.tr("Beside: the stage's input beside its output, zoom and pan move "
                                                   "both. Split: the input over the output, left of a line you drag."),
            narrow_chars=6, context="CompareViews")
        self.info = QLabel(objectName="map_info", wordWrap=True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(objectName="filters_message", wordWrap=True)
        self.message.setStyleSheet("color: #c0392b;")

        editor_scroll = QScrollArea()
        editor_scroll.setWidget(self.editor)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setMinimumWidth(300)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        info_row = QHBoxLayout()
        info_row.addWidget(self.info, 1)
        info_row.addWidget(self.compare_mode)
        info_row.addWidget(self.channel)
        centre_layout.addWidget(self.views, 1)
        centre_layout.addLayout(info_row)
        centre_layout.addWidget(self.message)
        centre_layout.addWidget(self.explain)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor_scroll)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.strip)
        layout.addWidget(splitter, 1)

        self.result: FilterResult | None = None
        self._explained: tuple[int, int, int] | None = None  # (stage, row, col)
        self._anchor: tuple[int, int] | None = None
        self._step = 0
        self._add_undo_actions()
        self.model.changed.connect(self.recompute)
        self.model.selection_changed.connect(self._on_selection_changed)
        self.channel.currentIndexChanged.connect(self.recompute)
        self.compare_mode.currentIndexChanged.connect(lambda: self.views.set_mode(self.compare_mode.currentData()))
        self.editor.problem.connect(self.show_message)
        self.runner.finished.connect(self._on_result)
        self.runner.failed.connect(self.show_message)
        self.views.pixel_clicked.connect(self.explain_pixel)
        self.views.corners_moved.connect(self._on_corners_moved)
        self.explain.step.connect(self._on_animation_step)
        document.image_changed.connect(self._on_image_changed)
        self._reset_explanation()
        self.recompute()

    def _add_undo_actions(self) -> None:
        """Ctrl+Z / Ctrl+Shift+Z while the tab has focus, as in the Network tab."""
        stack = self.model.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.strip.add_undo_buttons(stack)

    # --- computing ----------------------------------------------------------------------
    def recompute(self) -> None:
        self._submit(selected_first=True)

    def _submit(self, selected_first: bool) -> None:
        # The working copy: a 100-megapixel image would make float32 stages of 1.2 GB each.
        # A newer submit stops this job between stages (the runner cancels it).
        self.runner.submit(compute, self.document.working_pixels, self.model.stages, self.model.gray,
                           self.model.selected, self.channel.currentData(), self.result, selected_first,
                           cancellable=True)

    def busy(self) -> bool:
        return not self.runner.settled

    def catch_up(self) -> None:
        self._on_image_changed(self.document.image)

    def _on_image_changed(self, _image: LoadedImage) -> None:
        if self.skip_hidden_frame():
            return
        self._reset_explanation()
        # A live frame: every stage in one job, so each frame is handed over (and drawn) once.
        self._submit(selected_first=not self.document.is_live)

    def _on_selection_changed(self, _index: int) -> None:
        self._reset_explanation()
        self.recompute()

    def _reset_explanation(self) -> None:
        """Nothing explained: the panel says what to click for the selected stage, so it
        never shows the arithmetic of another stage or of an image no longer there."""
        self.explain.stop()
        self._explained = None
        self.views.mark(None, None)
        stage = self.model.selected_stage()
        if stage is None:
            text = self.tr("This is the input. Select a stage in the strip above, then click a pixel of its "
                           "output (right view) to see how that value was computed.")
        elif isinstance(stage, ConvStage | PoolStage | ConvLayerStage):
            text = self.tr("Click a pixel of the output (right view) to see how stage {n} ({name}) computed it.").format(
                n=self.model.selected, name=stage.describe())
        else:
            text = self.tr("Click a pixel of the output (right view) to read its value. Conv and pooling stages "
                           "also show how a value is computed.")
        self.explain.show_value(text)

    def _on_result(self, result: FilterResult) -> None:
        self.result = result
        self.message.setText(self.tr("⚠ {message}").format(message=result.error) if result.error else "")
        outputs = result.outputs
        self.strip.show_results(result.thumbnails, [o.shape_text for o in outputs], result.complete)
        if not result.complete:
            self._submit(selected_first=False)  # the later stages, for the strip
        i = result.selected
        frame = (self.document.image.width, self.document.image.height)
        before_name = self.tr("input") if i <= 1 else self.tr("stage {n}").format(n=i - 1)
        if i == self.model.selected:
            after_name = outputs[i].label
        else:
            after_name = self.tr("stage {n} (the last one that could run)").format(n=i)
        self.views.display(result.before.pixels, result.after.pixels, frame, (
            self.tr("before: {name} {shape}").format(name=before_name, shape=outputs[max(i - 1, 0)].shape_text),
            self.tr("after: {name} {shape}").format(name=after_name, shape=outputs[i].shape_text)))
        self.info.setText(self._describe(result))
        stage_input = outputs[max(i - 1, 0)].hwc
        self.editor.conv.set_input_shape(stage_input.shape[:2] if i > 0 else None)
        selected = self.model.selected
        self.editor.layer.set_incoming_channels(
            outputs[selected - 1].hwc.shape[2] if 0 < selected <= len(outputs) else None)
        self.editor.pool.shape.setText(self.tr("output shape: {shape}").format(shape=outputs[i].shape_text) if i > 0 else "")
        self.views.show_corners(self._perspective_corners())
        if self._explained and self._explained[0] == i:
            self.explain_pixel(*self._explained[1:])
        elif self._explained is not None:
            self._reset_explanation()  # the explained stage is no longer the one shown

    def _describe(self, result: FilterResult) -> str:
        a = result.after
        if a.signed:
            text = self.tr("signed feature map: min {min}, max {max} ({legend})")
        else:
            text = self.tr("map: min {min}, max {max} ({legend})")
        text = text.format(min=f"{a.minimum:.4g}", max=f"{a.maximum:.4g}", legend=a.legend)
        if a.non_finite:
            text += self.tr(" — {n} values overflowed to ±∞ or NaN (shown as 0): use smaller weights").format(
                n=count(a.non_finite))
        return text + (f"<br>{result.metrics}" if result.metrics else "")

    def show_message(self, text: str) -> None:
        self.message.setText(self.tr("⚠ {message}").format(message=text))

    # --- perspective by dragging ---------------------------------------------------------
    def _perspective_corners(self) -> list[tuple[float, float]] | None:
        stage = self.model.selected_stage()
        if not (isinstance(stage, OperationStage) and stage.name == "perspective"):
            return None
        values = {**OPERATIONS["perspective"].defaults(), **stage.params}
        return [(values[f"{c}_x"], values[f"{c}_y"]) for c in CORNERS]

    def _on_corners_moved(self, fractions: list[tuple[float, float]]) -> None:
        stage = self.model.selected_stage()
        if not (isinstance(stage, OperationStage) and stage.name == "perspective"):
            return
        params = dict(stage.params)
        for corner, (fx, fy) in zip(CORNERS, fractions):
            params[f"{corner}_x"] = float(np.clip(round(fx, 3), -0.5, 1.5))
            params[f"{corner}_y"] = float(np.clip(round(fy, 3), -0.5, 1.5))
        self.model.update_selected("operation", params=params)
        self.editor.operation.load(self.model.selected_stage())

    # --- explaining ---------------------------------------------------------------------
    def explain_pixel(self, row: int, col: int) -> None:
        """Explain output (row, col) of the selected stage in the panel and mark it in the views."""
        if self.result is None or self.result.selected != self.model.selected:
            return  # the selected stage has no output on screen yet (or cannot run)
        i = self.result.selected
        out = self.result.outputs[i].hwc
        if not (0 <= row < out.shape[0] and 0 <= col < out.shape[1]):
            if self._explained is not None and not self.explain.timer.isActive():
                self._reset_explanation()  # the map shrank (stride, pooling): that pixel is gone
            return
        if self._explained is None or self._explained[0] != i or not self.explain.timer.isActive():
            self._anchor, self._step = (row, col), 0
        self._explained = (i, row, col)
        channel = self.channel.currentData() if self.channel.currentData() is not None and self.channel.currentData() < out.shape[2] else 0
        stage = self.model.stages[i - 1] if i > 0 else None
        value = float(out[row, col, channel])
        stage_input = self.result.outputs[i - 1].hwc if i > 0 else None
        try:
            if isinstance(stage, ConvStage) and stage.enabled:
                e = explain_conv(stage_input, stage.kernel, stage.settings, channel, row, col)
                self.explain.show_conv(e, value)
                kh, kw = e.kernel.shape
                r0, c0 = e.origin
                self.views.mark((r0, c0, r0 + e.step * (kh - 1) + 1, c0 + e.step * (kw - 1) + 1), (row, col))
            elif isinstance(stage, ConvLayerStage) and stage.enabled:
                self.views.mark(show_layer_value(self.explain, stage, stage_input, channel, row, col, value), (row, col))
            elif isinstance(stage, PoolStage) and stage.enabled:
                e = explain_pool(stage_input, stage.settings, channel, row, col)
                self.explain.show_pool(e, value)
                k = stage.settings.size if e.kind != "global_avg" else None
                patch = (e.origin[0], e.origin[1], e.origin[0] + k, e.origin[1] + k) if k else (0, 0, *stage_input.shape[:2])
                self.views.mark(patch, (row, col))
            else:
                self.explain.show_value(self.tr("Output ({x}, {y}), channel {c}: {value}. Select a conv or pooling stage to "
                                                "see how a value is computed.").format(x=col, y=row, c=channel,
                                                                                       value=f"{value:.6g}"))
                self.views.mark(None, (row, col))
        except InputError as exc:
            self.show_message(str(exc))

    def _on_animation_step(self) -> None:
        if self.result is None or self._anchor is None:
            self.explain.stop()
            return
        out = self.result.outputs[self.result.selected].hwc
        self._step = (self._step + 1) % (REGION * REGION)
        row = min(self._anchor[0] + self._step // REGION, out.shape[0] - 1)
        col = min(self._anchor[1] + self._step % REGION, out.shape[1] - 1)
        self.explain_pixel(row, col)

    # --- Page ---------------------------------------------------------------------------
    def result_image(self) -> np.ndarray | None:
        """The large (after) view's picture, as shown."""
        return None if self.result is None else self.result.after.pixels

    def shutdown(self) -> None:
        self.explain.stop()
        self.runner.shutdown()
