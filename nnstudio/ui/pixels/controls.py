"""The controls of the Pixels tab: bit depth (per mode) and resolution.

Every control carries a tooltip that explains the idea behind it, not the widget. The panel
only builds a PixelSettings; the page runs the conversion.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from ...core.bitdepth import LUMA_WEIGHTS
from ...core.pixel_pipeline import PixelSettings
from ..choices import choice_combo
from ..locale_numbers import count
from .palette_swatches import PaletteSwatches
from .settings_model import PixelSettingsModel

#: Labels and tips are English constants, shown translated (context "ConversionControls").
CONTEXT = "ConversionControls"
MODE_LABELS = {
    "rgb24": QT_TRANSLATE_NOOP("ConversionControls", "Original (8 bits per channel)"),
    "gray8": QT_TRANSLATE_NOOP("ConversionControls", "8-bit gray"),
    "1bit": QT_TRANSLATE_NOOP("ConversionControls", "1-bit black and white"),
    "bits": QT_TRANSLATE_NOOP("ConversionControls", "N bits per channel"),
    "palette": QT_TRANSLATE_NOOP("ConversionControls", "Indexed colour (palette)"),
    "bitplane": QT_TRANSLATE_NOOP("ConversionControls", "Bit planes"),
}
DITHER_LABELS = {
    "none": QT_TRANSLATE_NOOP("ConversionControls", "None"),
    "floyd-steinberg": QT_TRANSLATE_NOOP("ConversionControls", "Floyd–Steinberg"),
    "bayer2": QT_TRANSLATE_NOOP("ConversionControls", "Ordered (Bayer 2×2)"),
    "bayer4": QT_TRANSLATE_NOOP("ConversionControls", "Ordered (Bayer 4×4)"),
    "bayer8": QT_TRANSLATE_NOOP("ConversionControls", "Ordered (Bayer 8×8)"),
}
DITHER_TIP = QT_TRANSLATE_NOOP(
    "ConversionControls",
    "Dithering trades resolution for tones: Floyd–Steinberg pushes each pixel's rounding error "
    "onto its neighbours; ordered dithering compares pixels with a repeating Bayer pattern."
)
INTERP_LABELS = {
    "nearest": QT_TRANSLATE_NOOP("ConversionControls", "Nearest"),
    "bilinear": QT_TRANSLATE_NOOP("ConversionControls", "Bilinear"),
    "bicubic": QT_TRANSLATE_NOOP("ConversionControls", "Bicubic"),
    "area": QT_TRANSLATE_NOOP("ConversionControls", "Area"),
}
INTERP_TIPS = {
    "nearest": QT_TRANSLATE_NOOP("ConversionControls", "Nearest: each new pixel copies one old pixel. Fast, blocky, aliases."),
    "bilinear": QT_TRANSLATE_NOOP("ConversionControls", "Bilinear: blends the 2×2 nearest pixels."),
    "bicubic": QT_TRANSLATE_NOOP("ConversionControls",
                                 "Bicubic: a smooth curve through the 4×4 nearest pixels; sharper than bilinear."),
    "area": QT_TRANSLATE_NOOP("ConversionControls",
                              "Area: averages all the pixels a new pixel covers; the best way to shrink."),
}
PLANE_CHANNELS = {
    "gray": QT_TRANSLATE_NOOP("ConversionControls", "Gray"),
    "r": QT_TRANSLATE_NOOP("ConversionControls", "Red"),
    "g": QT_TRANSLATE_NOOP("ConversionControls", "Green"),
    "b": QT_TRANSLATE_NOOP("ConversionControls", "Blue"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


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
    return value


def _checkbox(text: str, tip: str, name: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setToolTip(tip)
    box.setObjectName(name)
    return box


class ConversionControls(QWidget):
    """A view of a PixelSettingsModel: every control writes its value into the model and is
    redrawn from it, so what the controls show is what the conversion uses."""

    def __init__(self, model: PixelSettingsModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model if model is not None else PixelSettingsModel(self)
        self._bound: dict[str, QWidget] = {}
        self.mode = choice_combo("mode", MODE_LABELS, self.tr("What each pixel is stored as."), narrow_chars=8,
                                 context=CONTEXT)
        for i, key in enumerate(MODE_LABELS):
            self.mode.setItemData(i, self._mode_tips()[key], Qt.ItemDataRole.ToolTipRole)
        self.mode_tip = QLabel(wordWrap=True)
        self.mode_tip.setObjectName("mode_tip")
        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())  # rgb24: nothing to set
        self.pages.addWidget(self._gray_page())
        self.pages.addWidget(self._one_bit_page())
        self.pages.addWidget(self._bits_page())
        self.pages.addWidget(self._palette_page())
        self.pages.addWidget(self._planes_page())
        depth = QGroupBox(self.tr("Bit depth"))
        depth_layout = QVBoxLayout(depth)
        depth_layout.addWidget(self.mode)
        depth_layout.addWidget(self.mode_tip)
        depth_layout.addWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(depth)
        layout.addWidget(self._resolution_box())
        layout.addStretch(1)
        self._bind(self.mode, "mode")
        for name in ("threshold", "otsu", "dither_1bit", "bits", "dither_bits", "colors", "dither_palette",
                     "plane_channel", "plane", "rebuild", "exact_size", "scale", "interp"):
            self._bind(getattr(self, name), name)
        self._bind(self.width_spin, "width")
        self._bind(self.height_spin, "height")
        for box in self.plane_boxes:
            box.toggled.connect(self._on_plane_boxes_toggled)
        self.model.changed.connect(self._sync)
        self._sync()
        for form in self.findChildren(QFormLayout):
            # In a narrow panel a field goes under its label instead of being cut at the side.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def _mode_tips(self) -> dict[str, str]:
        return {
            "rgb24": self.tr("Each pixel as loaded: 8 bits for each of R, G and B = 24 bits, 2^24 = 16,777,216 colours."),
            "gray8": self.tr("One brightness number per pixel, 0 (black) to 255 (white): 8 bits, 256 grays."),
            "1bit": self.tr("One bit per pixel: 0 is black, 1 is white. A threshold or dithering decides which."),
            "bits": self.tr("Keep 2^N evenly spaced levels per channel: fewer bits, fewer colours, visible bands."),
            "palette": self.tr("Indexed colour: each pixel stores the index (0..K-1) of a colour in a palette of K "
                               "colours chosen for this image, ⌈log2 K⌉ bits (4 for 16 colours); the palette "
                               "holds the colours themselves."),
            "bitplane": self.tr("An 8-bit value is 8 bits; plane p shows bit p of every pixel. Plane 7 (worth 128) "
                                "carries the picture, plane 0 (worth 1) looks like noise."),
        }

    # --- pages ---------------------------------------------------------------------------
    def _gray_page(self) -> QWidget:
        r, g, b = LUMA_WEIGHTS
        label = QLabel(self.tr("Gray = {r}·R + {g}·G + {b}·B\n(ITU-R BT.601 luma weights)").format(
            r=f"{r:.3f}", g=f"{g:.3f}", b=f"{b:.3f}"), wordWrap=True)
        label.setToolTip(self.tr("Green looks brightest to the eye and blue darkest, so they weigh differently."))
        return label

    def _one_bit_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.threshold = _slider(0, 255, 128, self.tr("Pixels brighter than the threshold become white (1), the rest "
                                                     "black (0)."), "threshold")
        self.threshold_label = _slider_row(form, self.tr("Threshold"), self.threshold)
        self.otsu = _checkbox(self.tr("Otsu (automatic threshold)"), self.tr("Otsu's method picks the threshold that best "
                              "splits the pixels into a dark and a light group."), "otsu")
        form.addRow(self.otsu)
        self.dither_1bit = choice_combo("dither_1bit", DITHER_LABELS, _tr(DITHER_TIP), narrow_chars=8, context=CONTEXT)
        form.addRow(self.tr("Dithering"), self.dither_1bit)
        return page

    def _bits_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.bits = _slider(1, 8, 4, self.tr("Bits kept per channel: N bits give 2^N levels per channel and 2^(3N) "
                                            "colours."), "bits")
        self.bits_label = QLabel()
        self.bits_label.setObjectName("bits_label")
        self.bits_label.setWordWrap(True)
        form.addRow(self.tr("Bits"), self.bits)
        form.addRow(self.bits_label)
        self.dither_bits = choice_combo("dither_bits", DITHER_LABELS, _tr(DITHER_TIP), narrow_chars=8, context=CONTEXT)
        form.addRow(self.tr("Dithering"), self.dither_bits)
        return page

    def _palette_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.colors = QSpinBox(minimum=2, maximum=256, value=16)
        self.colors.setObjectName("colors")
        self.colors.setToolTip(self.tr("How many colours the palette holds; 256 is the most one byte per pixel can "
                                       "index."))
        form.addRow(self.tr("Colours"), self.colors)
        self.dither_palette = choice_combo("dither_palette", {k: DITHER_LABELS[k] for k in ("none", "floyd-steinberg")},
                                           _tr(DITHER_TIP), narrow_chars=8, context=CONTEXT)
        form.addRow(self.tr("Dithering"), self.dither_palette)
        self.swatches = PaletteSwatches()
        form.addRow(self.swatches)
        return page

    def _planes_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.plane_channel = choice_combo("plane_channel", PLANE_CHANNELS,
                                          self.tr("The 8-bit channel whose bits are shown."), narrow_chars=8,
                                          context=CONTEXT)
        form.addRow(self.tr("Channel"), self.plane_channel)
        self.plane = _slider(0, 7, 7, self.tr("Plane p shows bit p (worth 2^p) of every pixel: white where it is 1."),
                             "plane")
        self.plane_label = _slider_row(form, self.tr("Plane"), self.plane)
        self.rebuild = _checkbox(self.tr("Rebuild from ticked planes"), self.tr("Add up the ticked planes (each worth "
                                 "2^p): the high planes alone already look like the image."), "rebuild")
        form.addRow(self.rebuild)
        grid = QGridLayout()
        self.plane_boxes = []
        for p in range(7, -1, -1):
            box = QCheckBox(str(p))
            box.setChecked(p >= 4)
            box.setToolTip(self.tr("Plane {p}: worth {worth}.").format(p=p, worth=2 ** p))
            grid.addWidget(box, (7 - p) // 4, (7 - p) % 4)
            self.plane_boxes.append(box)
        form.addRow(grid)
        return page

    def _resolution_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Resolution"))
        box.setToolTip(self.tr("Resolution is the number of pixels: fewer pixels, less detail and less memory."))
        form = QFormLayout(box)
        self.scale = QDoubleSpinBox(minimum=0.01, maximum=1.0, singleStep=0.05, value=1.0, decimals=2)
        self.scale.setObjectName("scale")
        self.scale.setToolTip(self.tr("Downsample by this factor in each direction; the result is shown enlarged "
                                      "with nearest neighbour, so its pixels show as blocks."))
        form.addRow(self.tr("Scale"), self.scale)
        self.exact_size = _checkbox(self.tr("Exact size instead (W × H)"), self.tr("Resample to a width and height of "
                                    "your choice; a different aspect ratio stretches the image, since pixels "
                                    "stay square."), "exact_size")
        form.addRow(self.exact_size)
        self.width_spin = QSpinBox(minimum=1, maximum=20000, value=64, objectName="width")
        self.height_spin = QSpinBox(minimum=1, maximum=20000, value=64, objectName="height")
        self.width_spin.setToolTip(self.tr("Width in pixels: the number of columns."))
        self.height_spin.setToolTip(self.tr("Height in pixels: the number of rows."))
        sizes = QHBoxLayout()
        sizes.addWidget(self.width_spin)
        sizes.addWidget(QLabel("×"))
        sizes.addWidget(self.height_spin)
        form.addRow(self.tr("Size"), sizes)
        self.interp = choice_combo("interp", INTERP_LABELS, self.tr("How new pixels get their values."),
                                   narrow_chars=8, context=CONTEXT)
        for i, key in enumerate(INTERP_TIPS):
            self.interp.setItemData(i, _tr(INTERP_TIPS[key]), Qt.ItemDataRole.ToolTipRole)
        self.interp.setCurrentIndex(list(INTERP_TIPS).index("area"))
        form.addRow(self.tr("Interpolation"), self.interp)
        return box

    # --- model <-> view ------------------------------------------------------------------
    def _bind(self, widget: QWidget, name: str) -> None:
        """The widget writes ``name`` into the model when the user changes it."""
        self._bound[name] = widget
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda: self.model.update(**{name: widget.currentData()}))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda on: self.model.update(**{name: bool(on)}))
        else:
            widget.valueChanged.connect(lambda value: self.model.update(**{name: value}))

    def _on_plane_boxes_toggled(self) -> None:
        keep = tuple(7 - i for i, box in enumerate(self.plane_boxes) if box.isChecked())
        self.model.update(keep_planes=keep)

    def _sync(self) -> None:
        """Every control from the model; a control that does not apply is disabled, and a
        check box that does not apply shows unticked (Otsu means nothing to dithering)."""
        s = self.model.state
        shown = {"otsu": s.otsu_used}
        for name, widget in self._bound.items():
            value = shown.get(name, getattr(s, name))
            with QSignalBlocker(widget):
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(0, widget.findData(value)))
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(value)
                else:
                    widget.setValue(value)
        for i, box in enumerate(self.plane_boxes):
            with QSignalBlocker(box):
                box.setChecked(7 - i in s.keep_planes)
            box.setEnabled(s.rebuild)
        self.threshold_label.setText(str(s.threshold))
        self.plane_label.setText(str(s.plane))
        self.pages.setCurrentIndex(self.mode.currentIndex())
        self.mode_tip.setText(self._mode_tips()[s.mode])
        n = s.bits
        self.bits_label.setText(self.tr("{n} bits: 2^{n} = {levels} levels per channel, 2^{n3} = {colours} colours").format(
            n=n, levels=2 ** n, n3=3 * n, colours=count(2 ** (3 * n))))
        self.threshold.setEnabled(s.threshold_applies)
        self.otsu.setEnabled(s.otsu_applies)
        self.plane.setEnabled(not s.rebuild)
        self.scale.setEnabled(not s.exact_size)
        self.width_spin.setEnabled(s.exact_size)
        self.height_spin.setEnabled(s.exact_size)

    def settings(self) -> PixelSettings:
        return self.model.settings()

    def set_image_size(self, width: int, height: int) -> None:
        """A new image: the exact size starts as a quarter of it (each side at least 1)."""
        self.model.update(width=max(1, width // 4), height=max(1, height // 4))

    def show_threshold_used(self, threshold: int | None) -> None:
        """Otsu's choice (or the slider's value) next to the slider."""
        if threshold is not None:
            self.threshold_label.setText(str(threshold))

    def set_mode(self, mode: str) -> None:
        self.model.update(mode=mode)
