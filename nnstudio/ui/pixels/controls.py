"""The controls of the Pixels tab: bit depth (per mode) and resolution.

Every control carries a tooltip that explains the idea behind it, not the widget. The panel
only builds a PixelSettings; the page runs the conversion.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.bitdepth import LUMA_WEIGHTS, BitDepthSettings
from ...core.pixel_pipeline import PixelSettings
from ..choices import choice_combo
from .palette_swatches import PaletteSwatches

MODE_LABELS = {
    "rgb24": "Original (8 bits per channel)",
    "gray8": "8-bit gray",
    "1bit": "1-bit black and white",
    "bits": "N bits per channel",
    "palette": "Indexed colour (palette)",
    "bitplane": "Bit planes",
}
MODE_TIPS = {
    "rgb24": "Each pixel as loaded: 8 bits for each of R, G and B = 24 bits, 2^24 = 16,777,216 colours.",
    "gray8": "One brightness number per pixel, 0 (black) to 255 (white): 8 bits, 256 grays.",
    "1bit": "One bit per pixel: 0 is black, 1 is white. A threshold or dithering decides which.",
    "bits": "Keep 2^N evenly spaced levels per channel: fewer bits, fewer colours, visible bands.",
    "palette": "8-bit colour: each pixel stores the index (0..K-1) of a colour in a palette of "
    "K colours chosen for this image, unlike 8-bit gray, whose 256 values are fixed grays.",
    "bitplane": "An 8-bit value is 8 bits; plane p shows bit p of every pixel. Plane 7 (worth 128) "
    "carries the picture, plane 0 (worth 1) looks like noise.",
}
DITHER_LABELS = {
    "none": "None",
    "floyd-steinberg": "Floyd–Steinberg",
    "bayer2": "Ordered (Bayer 2×2)",
    "bayer4": "Ordered (Bayer 4×4)",
    "bayer8": "Ordered (Bayer 8×8)",
}
DITHER_TIP = (
    "Dithering trades resolution for tones: Floyd–Steinberg pushes each pixel's rounding error "
    "onto its neighbours; ordered dithering compares pixels with a repeating Bayer pattern."
)
INTERP_TIPS = {
    "nearest": "Nearest: each new pixel copies one old pixel. Fast, blocky, aliases.",
    "bilinear": "Bilinear: blends the 2×2 nearest pixels.",
    "bicubic": "Bicubic: a smooth curve through the 4×4 nearest pixels; sharper than bilinear.",
    "area": "Area: averages all the pixels a new pixel covers; the best way to shrink.",
}


def _slider(lo: int, hi: int, value: int, tip: str, name: str) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(lo, hi)
    slider.setValue(value)
    slider.setToolTip(tip)
    slider.setObjectName(name)
    return slider


def _slider_row(form: QFormLayout, label: str, slider: QSlider) -> QLabel:
    """Add the slider with its value printed beside it; returns that value label."""
    value = QLabel(str(slider.value()))
    row = QHBoxLayout()
    row.addWidget(slider, 1)
    row.addWidget(value)
    form.addRow(label, row)
    slider.valueChanged.connect(lambda v: value.setText(str(v)))
    return value


def _checkbox(text: str, tip: str, name: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setToolTip(tip)
    box.setObjectName(name)
    return box


class ConversionControls(QWidget):
    settings_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = choice_combo("mode", MODE_LABELS, "What each pixel is stored as.", narrow_chars=8)
        for i, key in enumerate(MODE_LABELS):
            self.mode.setItemData(i, MODE_TIPS[key], Qt.ItemDataRole.ToolTipRole)
        self.mode_tip = QLabel(wordWrap=True)
        self.mode_tip.setObjectName("mode_tip")
        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())  # rgb24: nothing to set
        self.pages.addWidget(self._gray_page())
        self.pages.addWidget(self._one_bit_page())
        self.pages.addWidget(self._bits_page())
        self.pages.addWidget(self._palette_page())
        self.pages.addWidget(self._planes_page())
        depth = QGroupBox("Bit depth")
        depth_layout = QVBoxLayout(depth)
        depth_layout.addWidget(self.mode)
        depth_layout.addWidget(self.mode_tip)
        depth_layout.addWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(depth)
        layout.addWidget(self._resolution_box())
        layout.addStretch(1)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self._on_mode_changed()

    # --- pages ---------------------------------------------------------------------------
    def _gray_page(self) -> QWidget:
        r, g, b = LUMA_WEIGHTS
        label = QLabel(f"Gray = {r:.3f}·R + {g:.3f}·G + {b:.3f}·B\n(ITU-R BT.601 luma weights)")
        label.setToolTip("Green looks brightest to the eye and blue darkest, so they weigh differently.")
        return label

    def _one_bit_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.threshold = _slider(0, 255, 128, "Pixels brighter than the threshold become white (1), the rest black (0).", "threshold")
        self.threshold_label = _slider_row(form, "Threshold", self.threshold)
        self.otsu = _checkbox("Otsu (automatic threshold)", "Otsu's method picks the threshold that best "
                              "splits the pixels into a dark and a light group.", "otsu")
        form.addRow(self.otsu)
        self.dither_1bit = choice_combo("dither_1bit", DITHER_LABELS, DITHER_TIP, narrow_chars=8)
        form.addRow("Dithering", self.dither_1bit)
        for signal in (self.threshold.valueChanged, self.otsu.toggled, self.dither_1bit.currentIndexChanged):
            signal.connect(self._on_changed)
        return page

    def _bits_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.bits = _slider(1, 8, 4, "Bits kept per channel: N bits give 2^N levels per channel and 2^(3N) colours.", "bits")
        self.bits_label = QLabel()
        self.bits_label.setObjectName("bits_label")
        self.bits_label.setWordWrap(True)
        form.addRow("Bits", self.bits)
        form.addRow(self.bits_label)
        self.dither_bits = choice_combo("dither_bits", DITHER_LABELS, DITHER_TIP, narrow_chars=8)
        form.addRow("Dithering", self.dither_bits)
        for signal in (self.bits.valueChanged, self.dither_bits.currentIndexChanged):
            signal.connect(self._on_changed)
        return page

    def _palette_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.colors = QSpinBox(minimum=2, maximum=256, value=16)
        self.colors.setObjectName("colors")
        self.colors.setToolTip("How many colours the palette holds; 256 is the most one byte per pixel can index.")
        form.addRow("Colours", self.colors)
        self.dither_palette = choice_combo("dither_palette", {k: DITHER_LABELS[k] for k in ("none", "floyd-steinberg")}, DITHER_TIP,
                                           narrow_chars=8)
        form.addRow("Dithering", self.dither_palette)
        self.swatches = PaletteSwatches()
        form.addRow(self.swatches)
        for signal in (self.colors.valueChanged, self.dither_palette.currentIndexChanged):
            signal.connect(self._on_changed)
        return page

    def _planes_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.plane_channel = choice_combo("plane_channel", {"gray": "Gray", "r": "Red", "g": "Green", "b": "Blue"},
                                          "The 8-bit channel whose bits are shown.", narrow_chars=8)
        form.addRow("Channel", self.plane_channel)
        self.plane = _slider(0, 7, 7, "Plane p shows bit p (worth 2^p) of every pixel: white where it is 1.", "plane")
        self.plane_label = _slider_row(form, "Plane", self.plane)
        self.rebuild = _checkbox("Rebuild from ticked planes", "Add up the ticked planes (each worth 2^p): "
                                 "the high planes alone already look like the image.", "rebuild")
        form.addRow(self.rebuild)
        grid = QGridLayout()
        self.plane_boxes = []
        for p in range(7, -1, -1):
            box = QCheckBox(str(p))
            box.setChecked(p >= 4)
            box.setToolTip(f"Plane {p}: worth {2 ** p}.")
            box.toggled.connect(self._on_changed)
            grid.addWidget(box, (7 - p) // 4, (7 - p) % 4)
            self.plane_boxes.append(box)
        form.addRow(grid)
        for signal in (self.plane_channel.currentIndexChanged, self.plane.valueChanged, self.rebuild.toggled):
            signal.connect(self._on_changed)
        return page

    def _resolution_box(self) -> QGroupBox:
        box = QGroupBox("Resolution")
        box.setToolTip("Resolution is the number of pixels: fewer pixels, less detail and less memory.")
        form = QFormLayout(box)
        self.scale = QDoubleSpinBox(minimum=0.01, maximum=1.0, singleStep=0.05, value=1.0, decimals=2)
        self.scale.setObjectName("scale")
        self.scale.setToolTip("Downsample by this factor in each direction; the result is shown enlarged "
                              "with nearest neighbour, so its pixels show as blocks.")
        form.addRow("Scale", self.scale)
        self.exact_size = _checkbox("Exact size instead (W × H)", "Resample to a width and height of your "
                                    "choice; a different aspect ratio stretches the image, since pixels "
                                    "stay square.", "exact_size")
        form.addRow(self.exact_size)
        self.width_spin = QSpinBox(minimum=1, maximum=20000, value=64, objectName="width")
        self.height_spin = QSpinBox(minimum=1, maximum=20000, value=64, objectName="height")
        self.width_spin.setToolTip("Width in pixels: the number of columns.")
        self.height_spin.setToolTip("Height in pixels: the number of rows.")
        sizes = QHBoxLayout()
        sizes.addWidget(self.width_spin)
        sizes.addWidget(QLabel("×"))
        sizes.addWidget(self.height_spin)
        form.addRow("Size", sizes)
        for signal in (self.exact_size.toggled, self.width_spin.valueChanged, self.height_spin.valueChanged):
            signal.connect(self._on_changed)
        self.interp = choice_combo("interp", {k: k.capitalize() for k in INTERP_TIPS}, "How new pixels get their values.",
                                   narrow_chars=8)
        for i, key in enumerate(INTERP_TIPS):
            self.interp.setItemData(i, INTERP_TIPS[key], Qt.ItemDataRole.ToolTipRole)
        self.interp.setCurrentIndex(list(INTERP_TIPS).index("area"))
        form.addRow("Interpolation", self.interp)
        self.scale.valueChanged.connect(self._on_changed)
        self.interp.currentIndexChanged.connect(self._on_changed)
        return box

    # --- state ----------------------------------------------------------------------------
    def settings(self) -> PixelSettings:
        mode = self.mode.currentData()
        dither = {"1bit": self.dither_1bit, "bits": self.dither_bits, "palette": self.dither_palette}.get(mode)
        keep = tuple(7 - i for i, box in enumerate(self.plane_boxes) if box.isChecked())
        depth = BitDepthSettings(
            mode=mode,
            threshold=None if self.otsu.isChecked() else self.threshold.value(),
            dither=dither.currentData() if dither is not None else "none",
            bits=self.bits.value(),
            colors=self.colors.value(),
            plane=self.plane.value(),
            keep_planes=keep if self.rebuild.isChecked() else None,
            channel=self.plane_channel.currentData(),
        )
        if self.exact_size.isChecked():
            size = (self.width_spin.value(), self.height_spin.value())
            return PixelSettings(depth, size=size, interp=self.interp.currentData())
        scale = self.scale.value()
        return PixelSettings(depth, scale=None if scale >= 1.0 else scale, interp=self.interp.currentData())

    def set_image_size(self, width: int, height: int) -> None:
        """A new image: the exact size starts as a quarter of it (each side at least 1)."""
        for spin, value in ((self.width_spin, width), (self.height_spin, height)):
            spin.blockSignals(True)
            spin.setValue(max(1, value // 4))
            spin.blockSignals(False)

    def show_threshold_used(self, threshold: int | None) -> None:
        """Otsu's choice (or the slider's value) next to the slider."""
        if threshold is not None:
            self.threshold_label.setText(str(threshold))

    def set_mode(self, mode: str) -> None:
        self.mode.setCurrentIndex(list(MODE_LABELS).index(mode))

    def _on_mode_changed(self) -> None:
        self.pages.setCurrentIndex(self.mode.currentIndex())
        self.mode_tip.setText(MODE_TIPS[self.mode.currentData()])
        self._on_changed()

    def _on_changed(self) -> None:
        n = self.bits.value()
        self.bits_label.setText(f"{n} bits: 2^{n} = {2 ** n} levels per channel, 2^{3 * n} = {2 ** (3 * n):,} colours")
        one_bit_dithered = self.dither_1bit.currentData() != "none"
        self.threshold.setEnabled(not self.otsu.isChecked() and not one_bit_dithered)
        self.otsu.setEnabled(not one_bit_dithered)
        self.plane.setEnabled(not self.rebuild.isChecked())
        self.scale.setEnabled(not self.exact_size.isChecked())
        self.width_spin.setEnabled(self.exact_size.isChecked())
        self.height_spin.setEnabled(self.exact_size.isChecked())
        for box in self.plane_boxes:
            box.setEnabled(self.rebuild.isChecked())
        self.settings_changed.emit()
