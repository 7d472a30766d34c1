"""The Pixels tab: pixels, bitmaps, resolution, bit depth, channels and compression, live."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QSizePolicy,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.bitdepth import BitDepthResult
from ...core.image_io import LoadedImage
from ..choices import choice_combo
from ..document import ImageDocument
from ..page import Page, owning_new_windows
from ..qt_image import to_qimage
from ..workers import LatestJobRunner
from .compare_view import COMPARE_MODES, CompareView
from .compression_panel import CompressionPanel
from .controls import ConversionControls
from .conversion import Conversion, RecentConversions, run_conversion
from .facts import FactsPanel
from .histogram import HistogramPanel
from .pixel_matrix import PixelMatrix
from .settings_model import PixelSettingsModel

#: While a camera or video plays, the readout and the numbers grid follow the frames this often.
LIVE_READOUT_S = 0.25
SHOW_LABELS = {"colour": QT_TRANSLATE_NOOP("PixelsPage", "All channels"),
               "R": QT_TRANSLATE_NOOP("PixelsPage", "R as gray"),
               "G": QT_TRANSLATE_NOOP("PixelsPage", "G as gray"),
               "B": QT_TRANSLATE_NOOP("PixelsPage", "B as gray"),
               "H": QT_TRANSLATE_NOOP("PixelsPage", "H (hue) as gray"),
               "S": QT_TRANSLATE_NOOP("PixelsPage", "S (saturation) as gray"),
               "V": QT_TRANSLATE_NOOP("PixelsPage", "V (value) as gray")}


class PixelsPage(Page):
    title = QT_TRANSLATE_NOOP("Page", "Pixels")
    description = QT_TRANSLATE_NOOP(
        "Page",
        "See what an image is made of: zoom in to single pixels and their values, change the "
        "bit depth and resolution live, split the channels and compare compressions."
    )

    def __init__(self, document: ImageDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        with owning_new_windows(self):  # pyqtgraph menus made here belong to the page
            self.conversion: Conversion | None = None
            self._hover: tuple[float, float] | None = None
            self._readout_at = 0.0  # when the readout and numbers grid last followed a new result
            self._matrix_region: tuple[int, tuple[int, int]] | None = None
            self.settings_model = PixelSettingsModel(self)
            self.controls = ConversionControls(self.settings_model)
            self.compare = CompareView()
            self.matrix = PixelMatrix()
            self.facts = FactsPanel()
            self.histograms = HistogramPanel()
            self.compression = CompressionPanel()
            self.readout = QLabel(self.tr("Move the mouse over the image to read its pixels."))
            self.readout.setObjectName("readout")
            self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # A long readout must not widen the window; it is cut at the right edge instead.
            self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self._build_layout()
            self._runner = LatestJobRunner("pixels", self)
            self._recent = RecentConversions()  # a value dragged back to shows again at once
            self._runner.finished.connect(self._on_converted)
            self._runner.failed.connect(self._show_error)
            self.settings_model.changed.connect(self._submit)
            self.show_channel.currentIndexChanged.connect(self._submit)
            self.compare.hovered.connect(self._on_hovered)
            self.compression.decoded_changed.connect(self._show_result_view)
            self.side_tabs.currentChanged.connect(self._on_side_tab_changed)
            document.image_changed.connect(self._on_image_changed)
            self.controls.set_image_size(document.image.width, document.image.height)
        self._submit()

    def _build_layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        # Never narrower than the controls need: a sentence cut at the side is not read.
        # Taller controls than the window scroll up and down.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar().sizeHint().width()
        need = self.controls.minimumSizeHint().width() + bar + 2 * scroll.frameWidth()
        scroll.setMinimumWidth(need)
        scroll.setMaximumWidth(max(290, need))
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        fit, one = QPushButton(self.tr("Fit")), QPushButton("1:1")
        for button in (fit, one):
            button.setMaximumWidth(48)
        fit.setToolTip(self.tr("Show the whole image."))
        one.setToolTip(self.tr("One image pixel on one screen pixel. Zoom further (wheel) and each pixel becomes a "
                               "square with its value."))
        fit.clicked.connect(self.compare.fit)
        one.clicked.connect(self.compare.one_to_one)
        # Both narrow, so that the bar fits a 1024-pixel window.
        self.compare_mode = choice_combo(
            "compare_mode", COMPARE_MODES,
            self.tr("Beside: the original beside (or above) the result, zoom and pan move both. Split: the original "
                    "over the result, left of a line you drag. Result: the result alone, bigger."), narrow_chars=4,
            context="CompareView")
        self.compare_mode.currentIndexChanged.connect(self._on_compare_mode_changed)
        self.show_channel = choice_combo(
            "show_channel", SHOW_LABELS,
            self.tr("A colour image is three gray images (channels) stacked: R, G, B, or hue, saturation and value "
                    "(HSV). Show one of them on its own."), narrow_chars=6, context="PixelsPage")
        copy = QPushButton(self.tr("Copy result"), objectName="copy_result")
        copy.setToolTip(self.tr("Copy the result image to the clipboard (File ▸ Save result as… saves it)."))
        copy.clicked.connect(self.copy_result)
        bar = QHBoxLayout()
        bar.setSpacing(4)  # the bar sets the centre's least width: a 1024-pixel window must hold it
        for w in (fit, one, self.compare_mode, QLabel(self.tr("Show")), self.show_channel):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(copy)
        centre = QVBoxLayout()
        centre.addLayout(bar)
        centre.addWidget(self.compare, 1)
        centre.addWidget(self.readout)
        self.side_tabs = QTabWidget(objectName="side_tabs")
        self.side_tabs.addTab(self.matrix, self.tr("Numbers"))
        self.side_tabs.addTab(self.facts, self.tr("Facts"))
        self.side_tabs.addTab(self.histograms, self.tr("Histograms"))
        self.side_tabs.addTab(self.compression, self.tr("Compression"))
        # At least as wide as its tab titles: a narrow window must not cut "Compression".
        bar = self.side_tabs.tabBar()
        titles = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        self.side_tabs.setMinimumWidth(max(240, titles + 8))
        self.side_tabs.setMaximumWidth(max(340, titles + 8))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll)
        layout.addLayout(centre, 1)
        layout.addWidget(self.side_tabs)

    # --- Page API ------------------------------------------------------------------------
    def result_image(self) -> np.ndarray | None:
        if self.conversion is None or self.conversion.image is not self.document.image:
            return self.document.image.pixels
        return self.conversion.result.image

    def shutdown(self) -> None:
        self._runner.shutdown()
        self.compression.shutdown()

    def copy_result(self) -> None:
        result = self.result_image()
        if result is not None:
            QApplication.clipboard().setImage(to_qimage(result))
            self._set_readout(self.tr("Copied the result to the clipboard."))

    # --- conversion ------------------------------------------------------------------------
    def busy(self) -> bool:
        return not self._runner.settled

    def catch_up(self) -> None:
        self._on_image_changed(self.document.image)

    def _on_image_changed(self, image: LoadedImage) -> None:
        if self.skip_hidden_frame():
            return
        same_size = self.conversion is not None and self.conversion.image.pixels.shape[:2] == image.pixels.shape[:2]
        if not (self.document.is_live and same_size):  # a live frame keeps the reading under the mouse
            self._hover = None
        self.controls.set_image_size(image.width, image.height)
        self._submit()

    def _submit(self) -> None:
        try:
            settings = self.controls.settings()
        except ValueError as exc:  # InputError: one sentence, previous result kept
            self._show_error(str(exc))
            return
        show = self.show_channel.currentData()
        with_histograms = self.side_tabs.currentWidget() is self.histograms
        image = self.document.image
        previous = self._recent.find(image, settings) or self.conversion
        self._runner.submit(run_conversion, image, settings, show, previous, with_histograms, cancellable=True)

    def _on_compare_mode_changed(self) -> None:
        self.compare.set_mode(self.compare_mode.currentData())
        self._show_result_view()  # its caption says what is where

    def _on_side_tab_changed(self) -> None:
        shown = self.side_tabs.currentWidget() is self.histograms
        if shown and self.conversion is not None and self.conversion.result_histograms is None:
            self._submit()  # the histograms were skipped while nobody looked at them

    def _on_converted(self, conversion: Conversion) -> None:
        if conversion.image is not self.document.image:
            return  # made from an image that has since been replaced
        self.conversion = conversion
        self._recent.add(conversion)
        image = conversion.image
        self.compare.set_original(conversion.original_view)
        self._show_result_view()
        self.compare.arrange()
        self.controls.swatches.set_colours(conversion.result.palette)
        self.controls.show_threshold_used(conversion.result.threshold)
        self.facts.show_facts(image, conversion.result)
        if conversion.result_histograms is not None:
            self.histograms.set_histograms("original", conversion.original_histograms)
            self.histograms.set_histograms("result", conversion.result_histograms)
        self.compression.set_input(conversion.result.image, image.pixels)
        if self.document.is_live and time.perf_counter() - self._readout_at < LIVE_READOUT_S:
            return  # the numbers grid costs ~10 ms: a few times a second is what can be read
        self._readout_at = time.perf_counter()
        x, y = self._hover or (image.width / 2, image.height / 2)
        if self._hover is None:  # what it said was about another image or another result
            self._set_readout(self.tr("Move the mouse over the image to read its pixels."))
        self._update_readout(x, y, hovering=self._hover is not None)

    def _show_result_view(self) -> None:
        conv = self.conversion
        if conv is None:
            return
        decoded = self.compression.decoded()
        shown = conv.result_view if decoded is None or decoded.shape != conv.result.image.shape else decoded
        # The grid prints what the format stores: 0 and 1 for a 1-bit result, shown 0 and 255.
        step = conv.result.value_step if shown is conv.result_view else 1
        # An indexed result stores an index per pixel: the grid prints it on the pixel's colour.
        indices = conv.result.indices if shown is conv.result_view and conv.show == "colour" else None
        self.compare.result.set_image(shown, extent=(conv.image.width, conv.image.height), divisor=step, values=indices)
        h, w = conv.result.image.shape[:2]
        if self.compare.mode == "split":
            text = self.tr("Original left of the line, result right: {mode}, {w} × {h}")
        else:
            text = self.tr("Result: {mode}, {w} × {h}")
        text = text.format(mode=self.controls.mode.currentText(), w=w, h=h)
        if shown is decoded:
            text += self.tr(" (decoded)")
        elif step != 1:
            text += self.tr(" — stores 0 and 1, shown as 0 = black, 1 = white")
        elif indices is not None:
            text += self.tr(" — stores a palette index per pixel, shown as its colour")
        if conv.image.alpha is not None:
            text += self.tr(" (colour only: conversions drop the alpha channel)")
        self.compare.result.caption.setText(text)
        src = conv.image.source
        self.compare.original.caption.setText(self.tr("Original: {w} × {h}, {bits}-bit {dtype}").format(
            w=src.width, h=src.height, bits=src.bits_per_channel, dtype=src.dtype))

    def _show_error(self, message: str) -> None:
        self._set_readout(self.tr("⚠ {message}").format(message=message))

    def _set_readout(self, text: str) -> None:
        # A narrow window cuts the line at its right edge; the tooltip keeps it whole.
        self.readout.setText(text)
        self.readout.setToolTip(text)

    # --- reading pixels ---------------------------------------------------------------------
    def _on_hovered(self, x: float, y: float) -> None:
        self._hover = (x, y)
        self._update_readout(x, y, hovering=True)

    def _update_readout(self, x: float, y: float, *, hovering: bool) -> None:
        conv = self.conversion
        if conv is None:
            return
        at = self.compare.original.pixel_at(x, y)
        res_at = self.compare.result.pixel_at(x, y)
        if at is None or res_at is None:
            return
        col, row = at
        image = conv.image
        original = _describe(image.pixels[row, col], None if image.alpha is None else image.alpha[row, col])
        result = _describe_result(conv.result, res_at)
        where = f"x {col}, y {row}"
        if res_at != at:
            where = self.tr("{where} (result pixel {x}, {y})").format(where=where, x=res_at[0], y=res_at[1])
        if hovering:
            self._set_readout(self.tr("{where}  │  original {original}  │  result {result}").format(
                where=where, original=original, result=result))
        if conv.result.value_step != 1:
            label = self.tr("Result, 1 bit per pixel: the 0s and 1s it stores (0 = black, 1 = white)")
        elif conv.result.indices is not None:
            label = self.tr("Result: the palette index each pixel stores, on its palette colour")
        else:
            label = self.tr("Result")
        region = (id(conv), res_at)
        if region != self._matrix_region:  # moving within one pixel changes nothing there
            self._matrix_region = region
            self.matrix.show_region(conv.result.image, res_at[0], res_at[1], label, conv.result.value_step,
                                    conv.result.indices)


def _describe_result(result: BitDepthResult, at: tuple[int, int]) -> str:
    """The result's pixel (col, row) as the format stores it: '1 (white)' for 1-bit,
    'index 5 = R 200 G 10 B 30 #C80A1E' for indexed colour, else as _describe."""
    col, row = at
    value = result.image[row, col]
    if result.indices is not None:
        index = int(result.indices[row, col])
        return QCoreApplication.translate("PixelsPage", "index {index} = {colour}").format(
            index=index, colour=_describe(result.palette[index], None))
    if result.value_step != 1:
        stored = int(result.stored(int(np.atleast_1d(value)[0])))
        colour = QCoreApplication.translate("PixelsPage", "white") if stored else QCoreApplication.translate("PixelsPage", "black")
        return QCoreApplication.translate("PixelsPage", "{value} ({colour})").format(value=stored, colour=colour)
    return _describe(value, None)


def _describe(value: np.ndarray, alpha: int | None) -> str:
    """'R 200 G 10 B 30 #C80A1E', 'gray 77 #4D4D4D', with ' A 255' when there is alpha."""
    values = np.atleast_1d(value).astype(int)
    if len(values) == 1:
        text = QCoreApplication.translate("PixelsPage", "gray {v} {hex}").format(
            v=values[0], hex=f"#{values[0]:02X}{values[0]:02X}{values[0]:02X}")
    else:
        r, g, b = values[:3]
        text = f"R {r} G {g} B {b} #{r:02X}{g:02X}{b:02X}"
    return text + (f" A {int(alpha)}" if alpha is not None else "")
