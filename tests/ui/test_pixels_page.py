"""The Pixels tab, driven through its real widgets; results checked against OpenCV and numpy."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QSlider, QSpinBox

from nnstudio.core.bitdepth import bit_plane
from nnstudio.core.compression import encode
from nnstudio.core.image_io import image_from_array
from nnstudio.core.samples import load_sample
from nnstudio.ui.qt_image import from_qimage


@pytest.fixture
def page(make_main_window, qtbot):
    window = make_main_window(load_sample("chelsea"))
    window.resize(1280, 800)
    window.show()
    window.select_tab("pixels")
    page = window.pages[0]
    wait_converted(page, qtbot)
    return page


def wait_converted(page, qtbot) -> None:
    """Until the views show the current image with the current control settings."""

    def current() -> bool:
        conv = page.conversion
        return (
            conv is not None
            and conv.image is page.document.image
            and conv.settings == page.controls.settings()
            and conv.show == page.show_channel.currentData()
        )

    qtbot.waitUntil(current, timeout=10_000)


def shown_result(page) -> np.ndarray:
    return page.compare.result.image_item.image


def gray_of(page) -> np.ndarray:
    return cv2.cvtColor(page.document.image.pixels, cv2.COLOR_RGB2GRAY)


def test_threshold_slider_makes_a_black_and_white_image(page, qtbot):
    page.controls.set_mode("1bit")
    page.controls.threshold.setValue(100)
    wait_converted(page, qtbot)
    expected = np.where(gray_of(page) > 100, 255, 0)
    np.testing.assert_array_equal(shown_result(page), expected)
    np.testing.assert_array_equal(page.result_image(), expected)
    assert "Bits per pixel</td><td>&nbsp;1" in page.facts.text()


def test_otsu_matches_opencv_and_shows_its_threshold(page, qtbot):
    page.controls.set_mode("1bit")
    page.controls.otsu.setChecked(True)
    wait_converted(page, qtbot)
    t, expected = cv2.threshold(gray_of(page), 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    np.testing.assert_array_equal(shown_result(page), expected)
    assert page.controls.threshold_label.text() == str(int(t))
    assert not page.controls.threshold.isEnabled()


def test_floyd_steinberg_keeps_the_mean_gray(page, qtbot):
    page.controls.set_mode("1bit")
    page.controls.dither_1bit.setCurrentIndex(page.controls.dither_1bit.findData("floyd-steinberg"))
    wait_converted(page, qtbot)
    result, gray = shown_result(page), gray_of(page)
    assert set(np.unique(result)) == {0, 255}
    assert abs(result.mean() - gray.mean()) <= 0.01 * gray.mean()


def test_bits_slider_limits_levels_and_says_how_many(page, qtbot):
    page.controls.set_mode("bits")
    page.controls.bits.setValue(2)
    wait_converted(page, qtbot)
    result = shown_result(page)
    assert result.shape == page.document.image.pixels.shape
    for c in range(3):
        assert len(np.unique(result[..., c])) <= 4
    assert "2^2 = 4 levels" in page.controls.bits_label.text()
    assert "64 colours" in page.controls.bits_label.text()


def test_palette_swatches_are_the_colours_used(page, qtbot):
    page.controls.set_mode("palette")
    page.controls.colors.setValue(8)
    wait_converted(page, qtbot)
    colours = np.unique(shown_result(page).reshape(-1, 3), axis=0)
    assert len(colours) <= 8
    np.testing.assert_array_equal(np.unique(page.controls.swatches.colours, axis=0), colours)


def test_bit_planes_and_rebuilding(page, qtbot):
    page.controls.set_mode("bitplane")
    page.controls.plane.setValue(0)
    wait_converted(page, qtbot)
    np.testing.assert_array_equal(shown_result(page), bit_plane(gray_of(page), 0))
    page.controls.rebuild.setChecked(True)  # planes 7..4 are ticked at first
    wait_converted(page, qtbot)
    np.testing.assert_array_equal(shown_result(page), gray_of(page) & 0b11110000)


def test_downsampled_result_is_shown_enlarged_over_the_original(page, qtbot):
    page.controls.interp.setCurrentIndex(page.controls.interp.findData("nearest"))
    page.controls.scale.setValue(0.25)
    wait_converted(page, qtbot)
    pixels = page.document.image.pixels
    small = cv2.resize(pixels, (113, 75), interpolation=cv2.INTER_NEAREST)
    np.testing.assert_array_equal(shown_result(page), small)
    rect = page.compare.result.image_item.mapRectToParent(page.compare.result.image_item.boundingRect())
    assert (rect.width(), rect.height()) == (pixels.shape[1], pixels.shape[0])
    assert "113 × 75 = 8,475 pixels" in page.facts.text()


def test_histograms_are_made_only_while_their_tab_is_shown(page, qtbot):
    assert page.side_tabs.currentWidget() is not page.histograms
    assert page.conversion.result_histograms is None
    converted = page.conversion.result
    page.side_tabs.setCurrentWidget(page.histograms)
    qtbot.waitUntil(lambda: page.conversion.result_histograms is not None, timeout=10_000)
    assert page.conversion.result is converted  # the same settings: not converted again
    result = page.result_image()
    np.testing.assert_array_equal(page.histograms.counts["result"]["R"], np.bincount(result[..., 0].ravel(), minlength=256))


def test_channel_views_and_histograms(page, qtbot):
    pixels = page.document.image.pixels
    page.side_tabs.setCurrentWidget(page.histograms)
    page.show_channel.setCurrentIndex(page.show_channel.findData("G"))
    wait_converted(page, qtbot)
    qtbot.waitUntil(lambda: page.conversion.result_histograms is not None, timeout=10_000)
    np.testing.assert_array_equal(page.compare.original.image_item.image, pixels[..., 1])
    counts = page.histograms.counts["original"]
    np.testing.assert_array_equal(counts["G"], np.bincount(pixels[..., 1].ravel(), minlength=256))
    page.show_channel.setCurrentIndex(page.show_channel.findData("H"))
    wait_converted(page, qtbot)
    hsv = cv2.cvtColor(pixels, cv2.COLOR_RGB2HSV_FULL)
    np.testing.assert_array_equal(page.compare.original.image_item.image, hsv[..., 0])
    assert list(page.histograms.counts["result"]) == ["H", "S", "V"]


def test_hover_shows_values_and_the_matrix_follows(page, qtbot):
    page.controls.set_mode("bits")
    page.controls.bits.setValue(3)
    wait_converted(page, qtbot)
    view = page.compare.result
    scene_pos = view.vb.mapViewToScene(QPointF(40.5, 30.5))
    view.graphics.scene().sigMouseMoved.emit(scene_pos)  # what a mouse move over the view emits
    r, g, b = page.document.image.pixels[30, 40]
    assert "x 40, y 30" in page.readout.text()
    assert f"R {r} G {g} B {b} #{r:02X}{g:02X}{b:02X}" in page.readout.text()
    page.matrix.size.setValue(6)
    np.testing.assert_array_equal(page.matrix.values(), page.result_image()[27:33, 37:43])
    assert page.matrix.table.item(0, 0).text() == "\n".join(str(v) for v in page.result_image()[27, 37])


def test_grid_and_values_appear_only_when_zoomed_in(page, qtbot):
    view = page.compare.original
    view.grab()
    assert view.grid.drawn_cells == 0  # the whole image fits: far below 20 px per pixel
    view.vb.setRange(QRectF(100, 100, 8, 6), padding=0)
    qtbot.waitUntil(lambda: (view.grab(), view.grid.drawn_cells > 0)[1], timeout=5000)
    view.grab()  # once more, now that the layout has settled
    r = view.vb.viewRect()  # the aspect lock widens the range asked for
    cols = min(451, np.ceil(r.right())) - max(0, np.floor(r.left()))
    rows = min(300, np.ceil(r.bottom())) - max(0, np.floor(r.top()))
    # Every cell in view gets its value; a margin the widget shows around the box may too.
    assert cols * rows <= view.grid.drawn_cells <= 2 * cols * rows
    view.fit()
    view.grab()
    assert view.grid.drawn_cells == 0


def test_compression_reports_exact_sizes_and_shows_decoded(page, qtbot):
    page.side_tabs.setCurrentWidget(page.compression)
    panel = page.compression
    panel.format.setCurrentIndex(panel.format.findData("jpeg"))
    panel.quality.setValue(10)
    qtbot.waitUntil(lambda: panel.encoded is not None and panel.encoded.fmt == "jpeg"
                    and "quality 10" in panel.report.text(), timeout=10_000)
    expected = encode(page.result_image(), "jpeg", 10)
    assert f"{expected.size:,} bytes" in panel.report.text()
    assert f"{expected.raw_bytes:,} bytes" in panel.report.text()
    panel.show_decoded.setChecked(True)
    np.testing.assert_array_equal(shown_result(page), expected.decoded)


@pytest.mark.parametrize(
    "image",
    [
        image_from_array(np.array([[[10, 200, 30]]], np.uint8), "1x1"),
        image_from_array(np.random.default_rng(0).integers(0, 256, (1, 5000, 3), dtype=np.uint8), "strip"),
        image_from_array(np.random.default_rng(1).integers(0, 65536, (20, 30), dtype=np.uint16), "16-bit gray"),
        load_sample("horse"),  # RGBA
        load_sample("camera"),  # 8-bit gray
    ],
    ids=["1x1", "1x5000", "16-bit", "rgba", "gray"],
)
def test_awkward_images_in_every_mode(page, qtbot, image):
    page.document.set_image(image)
    for mode in ("gray8", "1bit", "bits", "palette", "bitplane", "rgb24"):
        page.controls.set_mode(mode)
        wait_converted(page, qtbot)
        assert shown_result(page).shape[:2] == image.pixels.shape[:2]
    page.compare.result.one_to_one()
    page.compare.fit()


def test_switching_images_while_converting_shows_the_new_one(page, qtbot):
    page.controls.set_mode("palette")
    page.controls.dither_palette.setCurrentIndex(1)
    big = image_from_array(np.random.default_rng(2).integers(0, 256, (1080, 1920, 3), dtype=np.uint8), "big")
    page.document.set_image(big)
    page.document.set_image(load_sample("coins"))
    wait_converted(page, qtbot)
    assert page.result_image().shape[:2] == load_sample("coins").pixels.shape[:2]


def test_save_and_copy_the_result(page, qtbot, tmp_path):
    page.controls.set_mode("1bit")
    wait_converted(page, qtbot)
    window = page.window()
    assert window.save_result(tmp_path / "r.png")
    np.testing.assert_array_equal(np.asarray(Image.open(tmp_path / "r.png")), page.result_image())
    page.copy_result()
    copied = from_qimage(QApplication.clipboard().image())
    np.testing.assert_array_equal(copied[..., 0], page.result_image())


def test_every_control_explains_itself(page):
    panels = (page.controls, page.compression, page.matrix)
    kinds = (QSlider, QComboBox, QCheckBox, QSpinBox)
    widgets = [w for panel in panels for kind in kinds for w in panel.findChildren(kind)]
    widgets += [page.show_channel, page.compare_mode]
    assert len(widgets) > 15
    missing = [w.objectName() or type(w).__name__ for w in widgets if not w.toolTip()]
    assert not missing, missing


def test_exact_size_resamples_to_w_by_h(page, qtbot):
    page.controls.exact_size.setChecked(True)
    page.controls.width_spin.setValue(40)
    page.controls.height_spin.setValue(10)
    wait_converted(page, qtbot)
    pixels = page.document.image.pixels
    np.testing.assert_array_equal(shown_result(page), cv2.resize(pixels, (40, 10), interpolation=cv2.INTER_AREA))
    assert not page.controls.scale.isEnabled()


def test_an_impossible_size_is_one_sentence_and_keeps_the_result(page, qtbot):
    before = page.result_image()
    page.controls.exact_size.setChecked(True)
    page.controls.width_spin.setValue(20000)
    page.controls.height_spin.setValue(20000)
    qtbot.waitUntil(lambda: "megapixels" in page.readout.text(), timeout=10_000)
    assert page.readout.text().startswith("⚠") and "\n" not in page.readout.text()
    np.testing.assert_array_equal(page.result_image(), before)


def test_views_are_linked_and_fit_follows_resizes_until_the_user_zooms(page, qtbot):
    original, result = page.compare.original, page.compare.result
    result.vb.setRange(QRectF(10, 10, 30, 20), padding=0)
    # Linked: the same region; each view keeps square pixels, so its width follows its own shape.
    a, b = original.vb.viewRect(), result.vb.viewRect()
    assert (a.top(), a.height()) == (b.top(), b.height())
    assert abs(a.center().x() - b.center().x()) < 0.5
    result.vb.sigRangeChangedManually.emit([True, True])  # what a wheel or a drag emits
    zoomed = result.vb.viewRect()
    page.window().resize(1100, 700)
    qtbot.waitUntil(lambda: page.window().width() == 1100)
    assert result.vb.viewRect().width() < 100 and not original.auto_fit
    page.compare.fit()
    assert original.vb.viewRect().contains(QRectF(0, 0, 451, 300)) and zoomed != result.vb.viewRect()


def test_facts_give_the_exact_raw_sizes_and_tensor_shapes(page, qtbot):
    rgb = np.random.default_rng(3).integers(0, 256, (30, 64, 3), dtype=np.uint8)  # 64 wide: 1-bit rows fill whole bytes
    page.document.set_image(image_from_array(rgb, "64x30"))
    wait_converted(page, qtbot)
    text = page.facts.text()
    pil = Image.fromarray(rgb)
    # Pillow's raw buffers in the four formats are the reference for W x H x bits / 8.
    for label, mode in (("1-bit", "1"), ("8-bit gray", "L"), ("24-bit RGB", "RGB"), ("32-bit RGBA", "RGBA")):
        assert f"{label}</td><td>&nbsp;{len(pil.convert(mode).tobytes()):,} bytes" in text
    h, w, c = page.document.image.pixels.shape
    assert f"(H, W, C) = ({h}, {w}, {c})" in text
    assert f"(N, C, H, W) = {rgb.transpose(2, 0, 1)[None].shape}" in text


def _on_screen(view, x: float, y: float) -> tuple[int, int]:
    """Widget pixel of an image point of an ImageView."""
    point = view.graphics.mapFromScene(view.vb.mapViewToScene(QPointF(x, y)))
    return point.x(), point.y()


def test_split_shows_the_original_left_of_the_line_and_the_result_right(page, qtbot):
    page.controls.set_mode("1bit")
    wait_converted(page, qtbot)
    page.compare_mode.setCurrentIndex(page.compare_mode.findData("split"))
    view, split = page.compare.result, page.compare.split
    assert not page.compare.original.isVisible() and split.enabled
    np.testing.assert_array_equal(split.image.image, page.document.image.pixels)
    split.set_position(0.5)
    page.compare.fit()
    shot = from_qimage(view.graphics.grab().toImage())[..., :3].astype(int)
    w, h = page.document.image.width, page.document.image.height

    def colourful(x0: float, x1: float) -> float:
        """Share of sampled screen pixels with a colour (not black, white or gray)."""
        samples = [shot[py, px] for x in np.linspace(x0, x1, 12) for y in np.linspace(0.2 * h, 0.8 * h, 12)
                   for px, py in [_on_screen(view, x, y)]]
        return float(np.mean([np.ptp(s) > 30 for s in samples]))

    assert colourful(0.05 * w, 0.45 * w) > 0.5  # the cat, in colour
    assert colourful(0.55 * w, 0.95 * w) == 0  # black and white only
    split.set_position(0.2)
    assert split.clip.rect().width() == pytest.approx(0.2 * w)
    page.compare_mode.setCurrentIndex(page.compare_mode.findData("beside"))
    assert page.compare.original.isVisible() and not split.enabled


def test_controls_that_do_not_apply_are_disabled_and_unticked(page, qtbot):
    controls = page.controls
    controls.set_mode("1bit")
    controls.otsu.setChecked(True)
    wait_converted(page, qtbot)
    assert controls.otsu.isChecked() and not controls.threshold.isEnabled()
    controls.dither_1bit.setCurrentIndex(controls.dither_1bit.findData("floyd-steinberg"))
    wait_converted(page, qtbot)
    # Error diffusion uses no threshold: neither the slider nor Otsu may look active.
    assert not controls.threshold.isEnabled()
    assert not controls.otsu.isEnabled() and not controls.otsu.isChecked()
    assert page.conversion.result.threshold is None
    assert "Threshold used" not in page.facts.text()
    controls.dither_1bit.setCurrentIndex(controls.dither_1bit.findData("none"))
    wait_converted(page, qtbot)
    # Without dithering the user's Otsu choice is back, and it is what the result used.
    assert controls.otsu.isEnabled() and controls.otsu.isChecked() and not controls.threshold.isEnabled()
    t, _ = cv2.threshold(gray_of(page), 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    assert page.conversion.result.threshold == int(t)
    controls.otsu.setChecked(False)
    assert controls.threshold.isEnabled()


def test_settings_model_drives_the_controls_and_the_result(page, qtbot):
    page.settings_model.update(mode="bits", bits=2)
    wait_converted(page, qtbot)
    assert page.controls.mode.currentData() == "bits" and page.controls.bits.value() == 2
    assert len(np.unique(shown_result(page))) <= 4
    page.controls.bits.setValue(3)
    assert page.settings_model.state.bits == 3


def test_a_1bit_result_is_0_and_1_in_every_view(page, qtbot):
    page.controls.set_mode("1bit")
    page.controls.threshold.setValue(100)
    wait_converted(page, qtbot)
    stored = (gray_of(page) > 100).astype(int)  # what a 1-bit format stores: 0 or 1
    y, x = map(int, np.argwhere(stored == 1)[0])
    view = page.compare.result
    view.graphics.scene().sigMouseMoved.emit(view.vb.mapViewToScene(QPointF(x + 0.5, y + 0.5)))
    assert "result 1 (white)" in page.readout.text()
    assert set(np.unique(page.matrix.values())) <= {0, 1}
    np.testing.assert_array_equal(page.matrix.values(), stored[max(0, y - 4):max(0, y - 4) + 8, max(0, x - 4):max(0, x - 4) + 8])
    assert "0 = black, 1 = white" in page.matrix.caption.text()
    assert "0 = black, 1 = white" in view.caption.text()
    # The zoomed grid prints the same stored values in its cells.
    view.vb.setRange(QRectF(x - 3, y - 2, 8, 6), padding=0)
    qtbot.waitUntil(lambda: (view.grab(), view.grid.drawn_cells > 0)[1], timeout=5000)
    for r in range(y - 2, y + 3):
        for c in range(x - 3, x + 4):
            if 0 <= r < stored.shape[0] and 0 <= c < stored.shape[1]:
                assert view.grid.cell_text(r, c) == str(stored[r, c])
    # An 8-bit result keeps its 8-bit values.
    page.controls.set_mode("gray8")
    wait_converted(page, qtbot)
    assert view.grid.cell_text(y, x) == str(gray_of(page)[y, x])


def test_alpha_is_drawn_over_a_checkerboard_with_the_true_shapes(page, qtbot):
    h, w = 48, 64
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., 0] = 200  # red, alpha 0 -> 255 left to right (the alpha.png of the issue)
    rgba[..., 3] = np.linspace(0, 255, w).round().astype(np.uint8)[None, :]
    page.document.set_image(image_from_array(rgba, "alpha"))
    wait_converted(page, qtbot)
    shown = page.compare.original.image_item.image
    # Pillow's alpha_composite over the same checkerboard is the reference.
    from nnstudio.core.transparency import checkerboard
    board = np.repeat(checkerboard(h, w)[..., None], 3, axis=2)
    ref = Image.alpha_composite(Image.fromarray(np.dstack([board, np.full((h, w), 255, np.uint8)])), Image.fromarray(rgba))
    np.testing.assert_allclose(shown.astype(int), np.asarray(ref)[..., :3].astype(int), atol=1)
    assert len(np.unique(shown[:, 0], axis=0)) == 2  # fully transparent: the checkerboard's two grays
    np.testing.assert_array_equal(shown[:, -1], rgba[:, -1, :3])  # opaque: the colour itself
    text = page.facts.text()
    assert f"(H, W, C) = {rgba.shape}" in text
    assert f"(N, C, H, W) = {rgba.transpose(2, 0, 1)[None].shape}" in text


def test_indexed_colour_shows_the_index_and_its_colour(page, qtbot):
    page.controls.set_mode("palette")
    page.controls.colors.setValue(16)
    wait_converted(page, qtbot)
    result = page.conversion.result
    k = len(result.palette)
    np.testing.assert_array_equal(result.palette[result.indices], page.result_image())
    view = page.compare.result
    view.graphics.scene().sigMouseMoved.emit(view.vb.mapViewToScene(QPointF(40.5, 30.5)))
    index = int(result.indices[30, 40])
    r, g, b = result.palette[index]
    assert f"result index {index} = R {r} G {g} B {b} #{r:02X}{g:02X}{b:02X}" in page.readout.text()
    page.matrix.size.setValue(6)
    np.testing.assert_array_equal(page.matrix.values(), result.indices[27:33, 37:43])
    view.vb.setRange(QRectF(37, 27, 8, 6), padding=0)
    qtbot.waitUntil(lambda: (view.grab(), view.grid.drawn_cells > 0)[1], timeout=5000)
    assert view.grid.cell_text(30, 40) == str(index)
    bits = max(1, int(np.ceil(np.log2(k))))
    text = page.facts.text()
    assert f"Bits per pixel</td><td>&nbsp;{bits}<" in text and f"⌈log2 {k}⌉ = {bits} bits" in text
    w, h = page.document.image.width, page.document.image.height
    assert f"{(w * h * bits + 7) // 8 + 3 * k:,} bytes" in text


def test_facts_give_the_files_own_bit_depth_and_colour_type(page, qtbot, tmp_path):
    from nnstudio.core.image_io import load_image

    indices = np.random.default_rng(4).integers(0, 16, (30, 40), dtype=np.uint8)
    im = Image.fromarray(indices, "P")
    im.putpalette(np.random.default_rng(5).integers(0, 256, 48).tolist())
    im.save(tmp_path / "p4.png", bits=4)
    with open(tmp_path / "p4.png", "rb") as f:
        head = f.read(26)
    assert (head[24], head[25]) == (4, 3)  # the header: 4-bit, palette
    page.document.set_image(load_image(tmp_path / "p4.png"))
    wait_converted(page, qtbot)
    text = page.facts.text()
    assert "4-bit palette of 16 colours" in text
    assert f"40 × 30 × 4 / 8 = {40 * 30 * 4 // 8:,} bytes" in text
    gray16 = np.random.default_rng(6).integers(0, 65536, (30, 40), dtype=np.uint16)
    cv2.imwrite(str(tmp_path / "g16.png"), gray16)
    page.document.set_image(load_image(tmp_path / "g16.png"))
    wait_converted(page, qtbot)
    text = page.facts.text()
    assert "16-bit gray" in text and f"40 × 30 × 16 / 8 = {40 * 30 * 2:,} bytes" in text


def test_the_readout_never_describes_an_image_no_longer_shown(page, qtbot):
    view = page.compare.result
    view.graphics.scene().sigMouseMoved.emit(view.vb.mapViewToScene(QPointF(40.5, 30.5)))
    assert "x 40, y 30" in page.readout.text()
    page.document.set_image(image_from_array(np.zeros((20, 30, 3), np.uint8), "black"))
    wait_converted(page, qtbot)
    assert "x 40, y 30" not in page.readout.text() and "Move the mouse" in page.readout.text()


def test_a_value_dragged_back_to_is_shown_without_converting_again(page, qtbot, monkeypatch):
    """N bits with Floyd-Steinberg, dragged 2 → 3 → 2 → 3: the second visits show the results
    of the first (the same pixels as a fresh conversion), converting nothing again."""
    from nnstudio.core.bitdepth import quantize_bits
    from nnstudio.ui.pixels import conversion as conversion_module

    page.controls.set_mode("bits")
    page.controls.dither_bits.setCurrentIndex(page.controls.dither_bits.findData("floyd-steinberg"))
    wait_converted(page, qtbot)
    converted = []
    apply = conversion_module.apply
    monkeypatch.setattr(conversion_module, "apply",
                        lambda pixels, settings, cancelled=None: converted.append(settings.depth.bits)
                        or apply(pixels, settings, cancelled))
    for bits in (2, 3, 2, 3):
        page.controls.bits.setValue(bits)
        wait_converted(page, qtbot)
        expected = quantize_bits(page.document.image.pixels, bits, "floyd-steinberg")
        np.testing.assert_array_equal(shown_result(page), expected)
    assert converted == [2, 3]


def test_recent_conversions_keep_to_their_budget_and_their_image():
    from nnstudio.core.pixel_pipeline import PixelSettings
    from nnstudio.core.bitdepth import BitDepthResult, BitDepthSettings
    from nnstudio.ui.pixels.conversion import Conversion, RecentConversions

    def conversion(image, bits: int) -> Conversion:
        result = np.zeros((100, 100, 3), np.uint8)  # 30,000 bytes
        settings = PixelSettings(BitDepthSettings(mode="bits", bits=bits))
        return Conversion(image, settings, "colour", BitDepthResult(result, 3 * bits, 2**bits, 8**bits),
                          image.pixels, result, None, None)

    first, second = image_from_array(np.zeros((100, 100, 3), np.uint8), "a"), image_from_array(
        np.zeros((100, 100, 3), np.uint8), "b")
    recent = RecentConversions(most=3, budget_bytes=100_000)
    for bits in (1, 2, 3, 4):
        recent.add(conversion(first, bits))
    assert len(recent) == 3  # the oldest went
    assert recent.find(first, PixelSettings(BitDepthSettings(mode="bits", bits=1))) is None
    assert recent.find(first, PixelSettings(BitDepthSettings(mode="bits", bits=4))) is not None
    assert recent.find(second, PixelSettings(BitDepthSettings(mode="bits", bits=4))) is None
    recent.add(conversion(second, 1))  # a new image: the earlier image's results are of no use
    assert len(recent) == 1
    small = RecentConversions(budget_bytes=40_000)
    small.add(conversion(first, 1))
    small.add(conversion(first, 2))
    assert len(small) == 1  # two results would not fit: only the one on show stays
