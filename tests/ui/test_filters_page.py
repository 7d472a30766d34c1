"""The Filters tab driven through its real widgets; results checked against OpenCV / the core."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from nnstudio.core.image_io import image_from_array
from nnstudio.core.kernels import PRESETS, make_kernel
from nnstudio.core.operation_catalog import apply_operation
from nnstudio.core.pipeline import PoolStage


@pytest.fixture
def rgb():
    return np.random.default_rng(0).integers(0, 256, (40, 50, 3), dtype=np.uint8)


@pytest.fixture
def page(make_main_window, qtbot, rgb):
    window = make_main_window(image_from_array(rgb, "test"))
    window.select_tab("filters")
    page = window.pages[1]
    qtbot.waitUntil(lambda: page.result is not None and page.result.complete, timeout=10_000)
    return page


def after(qtbot, page, action):
    """Do something and wait for the complete result it causes (every stage run)."""
    with qtbot.waitSignal(page.runner.finished, timeout=10_000):
        action()
    qtbot.waitUntil(lambda: page.result.complete, timeout=10_000)
    return page.result


def gray_of(rgb):
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)


def test_default_pipeline_is_sobel_relu_maxpool_on_gray(page, rgb):
    ref = cv2.filter2D(gray_of(rgb), cv2.CV_32F, make_kernel("sobel_x"), borderType=cv2.BORDER_CONSTANT)
    outs = page.result.outputs
    np.testing.assert_allclose(outs[1].hwc[:, :, 0], ref, rtol=1e-5, atol=1e-3)
    np.testing.assert_allclose(outs[2].hwc[:, :, 0], np.maximum(ref, 0), rtol=1e-5, atol=1e-3)
    assert outs[3].shape_text == "1×20×25"
    shown = page.views.after_image.image
    np.testing.assert_array_equal(shown, page.result.after.pixels)
    # Diverging colours centred on 0: strong positive responses red, strong negative blue.
    assert np.all(shown[ref > 300][:, 0] > shown[ref > 300][:, 2])
    assert np.all(shown[ref < -300][:, 2] > shown[ref < -300][:, 0])
    assert page.strip.list.item(3).text().endswith("1×20×25")


def test_typing_a_weight_updates_the_result(page, qtbot, rgb):
    table = page.editor.conv.kernel_editor.table
    result = after(qtbot, page, lambda: table.item(1, 1).setText("5"))
    kernel = make_kernel("sobel_x")
    kernel[1, 1] = 5
    ref = cv2.filter2D(gray_of(rgb), cv2.CV_32F, kernel, borderType=cv2.BORDER_CONSTANT)
    np.testing.assert_allclose(result.outputs[1].hwc[:, :, 0], ref, rtol=1e-5, atol=1e-3)
    np.testing.assert_array_equal(page.model.stages[0].kernel, kernel)
    assert page.editor.conv.kernel_editor.preset_combo.currentIndex() == 0


def test_bad_weights_keep_the_previous_kernel_and_say_why(page, qtbot):
    editor = page.editor.conv.kernel_editor
    before = page.model.stages[0].kernel.copy()
    editor.table.item(0, 0).setText("abc")
    assert "not a number" in page.message.text()
    editor.table.item(0, 0).setText("1e39")
    assert "finite" in page.message.text()
    np.testing.assert_array_equal(page.model.stages[0].kernel, before)
    assert editor.table.item(0, 0).text() == "-1"


def test_presets_sizes_sigma_and_normalise(page, qtbot):
    editor = page.editor.conv.kernel_editor
    combo = editor.preset_combo
    index = combo.findData("gaussian")
    assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole) == PRESETS["gaussian"].explanation
    combo.setCurrentIndex(index)
    after(qtbot, page, lambda: combo.activated.emit(index))
    np.testing.assert_allclose(page.model.stages[0].kernel, make_kernel("gaussian", 3, 1.0))
    after(qtbot, page, lambda: editor.size_combo.setCurrentIndex(editor.size_combo.findData(5)))
    after(qtbot, page, lambda: editor.sigma_slider.setValue(20))
    np.testing.assert_allclose(page.model.stages[0].kernel, make_kernel("gaussian", 5, 2.0))
    assert editor.table.rowCount() == 5
    # Sobel sums to 0: normalising is refused with a sentence and the box unticks itself.
    sobel = combo.findData("sobel_x")
    combo.setCurrentIndex(sobel)
    after(qtbot, page, lambda: combo.activated.emit(sobel))
    editor.normalise_box.setChecked(True)
    assert not editor.normalise_box.isChecked() and "sum to 0" in page.message.text()


def test_stride_padding_dilation_and_the_formula(page, qtbot):
    conv = page.editor.conv
    after(qtbot, page, lambda: conv.stride.setValue(2))
    after(qtbot, page, lambda: conv.padding.setCurrentIndex(conv.padding.findData("valid")))
    result = after(qtbot, page, lambda: conv.dilation.setValue(2))
    # n=40: (40 + 0 - 2*(3-1) - 1) // 2 + 1 = 18 ; n=50 -> 23
    assert result.outputs[1].shape_text == "1×18×23"
    text = conv.formula.text()
    assert "⌊(40 + 0 − 2·(3−1) − 1) / 2⌋ + 1 = <b>18</b>" in text and "<b>23</b>" in text
    assert "1×18×23" in page.strip.list.item(1).text()


def test_kernel_larger_than_the_map_is_a_message(make_main_window, qtbot):
    window = make_main_window(image_from_array(np.full((3, 4), 9, np.uint8), "tiny"))
    page = window.pages[1]
    qtbot.waitUntil(lambda: page.result is not None and page.result.complete, timeout=10_000)
    conv = page.editor.conv

    def make_it_too_large():
        conv.padding.setCurrentIndex(conv.padding.findData("valid"))
        conv.kernel_editor.size_combo.setCurrentIndex(conv.kernel_editor.size_combo.findData(7))

    result = after(qtbot, page, make_it_too_large)
    assert "Stage 1" in page.message.text() and "kernel covers 7×7 pixels" in page.message.text()
    assert len(result.outputs) == 1 and result.selected == 0  # only the input could be computed
    assert page.model.stages[0].kernel.shape == (7, 7)  # the edit itself is kept, to be undone


def test_add_move_disable_and_remove_stages(page, qtbot):
    strip = page.strip
    after(qtbot, page, lambda: strip.findChild(type(strip.add_operation), "add_operation") and page.findChild(object, "add_conv").click())
    assert [s.kind for s in page.model.stages] == ["conv", "conv", "activation", "pool"]
    assert page.model.selected == 2 and page.editor.currentWidget() is page.editor.conv
    after(qtbot, page, lambda: page.findChild(object, "move_right").click())
    assert [s.kind for s in page.model.stages] == ["conv", "activation", "conv", "pool"] and page.model.selected == 3
    result = after(qtbot, page, lambda: strip.list.item(3).setCheckState(Qt.CheckState.Unchecked))
    assert not page.model.stages[2].enabled
    np.testing.assert_array_equal(result.outputs[3].hwc, result.outputs[2].hwc)
    after(qtbot, page, lambda: page.findChild(object, "remove_stage").click())
    assert [s.kind for s in page.model.stages] == ["conv", "activation", "pool"]
    assert strip.list.count() == 4


def test_clicking_a_thumbnail_shows_that_stage_large(page, qtbot):
    result = after(qtbot, page, lambda: page.strip.list.setCurrentRow(3))
    assert result.selected == 3 and page.editor.currentWidget() is page.editor.pool
    assert page.views.after_image.image.shape[:2] == (20, 25)
    assert "output shape: 1×20×25" == page.editor.pool.shape.text()


def test_explain_sum_equals_the_clicked_value(page, qtbot):
    page.views.click_frame_point(20.5, 10.5)  # frame = image pixels at stride 1: row 10, col 20
    out = page.result.outputs[1].hwc
    assert page.explain.total == pytest.approx(float(out[10, 20, 0]), rel=1e-5, abs=1e-3)
    assert "Σ products" in page.explain.sum_label.text()
    # A pooling stage names the winner, whose value is the output.
    after(qtbot, page, lambda: page.strip.list.setCurrentRow(3))
    page.views.click_frame_point(21, 11)  # the 20×25 map in a 40×50 frame: row 5, col 10
    pooled = page.result.outputs[3].hwc
    assert page.explain.total == pytest.approx(float(pooled[5, 10, 0]))
    assert isinstance(page.model.stages[2], PoolStage) and "winner" in page.explain.heading.text()


def test_slide_animation_steps_through_outputs(page, qtbot):
    page.explain_pixel(3, 4)
    page.explain.animate.setChecked(True)
    qtbot.waitUntil(lambda: page._explained[1:] == (3, 6), timeout=5_000)
    page.explain.animate.setChecked(False)
    out = page.result.outputs[1].hwc
    assert page.explain.total == pytest.approx(float(out[3, 6, 0]), rel=1e-5, abs=1e-3)


def test_zoom_survives_parameter_changes(page, qtbot):
    page.views.before_box.setRange(xRange=(5, 15), yRange=(5, 15), padding=0)
    kept, kept_after = page.views.view_range(), page.views.after_box.viewRange()
    assert kept_after[1] == kept[1]  # linked: the same rows of the frame in both views
    after(qtbot, page, lambda: page.editor.conv.stride.setValue(3))
    after(qtbot, page, lambda: page.strip.list.setCurrentRow(3))
    assert page.views.view_range() == kept and page.views.after_box.viewRange() == kept_after


def test_operations_and_restoration_metrics(page, qtbot, rgb):
    page.model.select(0)
    after(qtbot, page, lambda: page.model.add("salt_pepper"))
    result = after(qtbot, page, lambda: page.model.add("median"))
    assert page.editor.currentWidget() is page.editor.operation
    size = page.editor.operation.widgets["size"]
    result = after(qtbot, page, lambda: size.setValue(5))
    noisy = result.outputs[1].hwc
    np.testing.assert_array_equal(result.outputs[2].hwc, apply_operation("median", noisy, {"size": 5}))
    assert "PSNR" in page.info.text() and "SSIM" in page.info.text()


def test_gray_toggle_and_result_image(page, qtbot, rgb):
    page.model.select(0)
    result = after(qtbot, page, lambda: page.editor.input_controls.gray.setChecked(False))
    assert result.outputs[0].shape_text == "3×40×50"
    image = page.result_image()
    assert image.dtype == np.uint8 and image.shape == (40, 50, 3)
    np.testing.assert_array_equal(image, rgb)  # the input stage shown as it is


def test_every_control_explains_itself(page):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QSlider

    controls = [w for cls in (QComboBox, QAbstractSpinBox, QSlider, QAbstractButton) for w in page.findChildren(cls)]
    missing = [w.objectName() or type(w).__name__ for w in controls if w.isVisibleTo(page) and not w.toolTip() and w.objectName()]
    assert not missing, missing
    assert "vertical edges" in PRESETS["sobel_x"].explanation


def test_perspective_corners_are_dragged_in_the_before_view(page, qtbot, rgb):
    page.model.select(0)
    after(qtbot, page, lambda: page.model.add("perspective"))
    views = page.views
    assert views.corners.isVisible()
    np.testing.assert_allclose(views.corner_fractions(), [(0.1, 0), (0.9, 0), (1, 1), (0, 1)], atol=1e-6)
    handle = views.corners.getHandles()[0]
    # Drag the top-left corner to (0.3, 0.2) of the frame (50×40 pixels).
    result = after(qtbot, page, lambda: views.corners.movePoint(handle, views.corners.mapFromParent(pg_point(15, 8))))
    stage = page.model.stages[0]
    assert stage.params["tl_x"] == pytest.approx(0.3) and stage.params["tl_y"] == pytest.approx(0.2)
    assert page.editor.operation.widgets["tl_x"].value() == pytest.approx(0.3)
    expected = apply_operation("perspective", gray_of(rgb)[:, :, None], stage.params)
    np.testing.assert_allclose(result.outputs[1].hwc, expected, atol=1e-3)


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


@pytest.mark.parametrize("shape", [(1, 1), (1, 5000), (5000, 1, 3)])
def test_tiny_and_thin_images_give_a_result_or_a_sentence(make_main_window, qtbot, shape):
    pixels = np.random.default_rng(1).integers(0, 256, shape, dtype=np.uint8)
    window = make_main_window(image_from_array(pixels, "thin"))
    page = window.pages[1]
    qtbot.waitUntil(lambda: page.result is not None and page.result.complete, timeout=10_000)
    # The conv ('same' padding) and ReLU run; a 2×2 pool cannot fit in one row or column:
    # its thumbnail stays empty and a sentence says why, the earlier stages stay visible.
    assert len(page.result.outputs) == 3 and page.result.outputs[1].hwc.shape[:2] == shape[:2]
    assert "Stage 3" in page.message.text() and "does not fit" in page.message.text()
    assert page.strip.list.item(3).text().endswith("—") and page.strip.list.item(3).icon().isNull()
    page.views.click_frame_point(0.5, 0.5)
    assert page.explain.total == pytest.approx(float(page.result.outputs[1].hwc[0, 0, 0]), abs=1e-3)


def test_huge_weights_overflow_with_a_clear_note(page, qtbot):
    table = page.editor.conv.kernel_editor.table
    result = after(qtbot, page, lambda: table.item(0, 2).setText("3e38"))
    assert result.after.non_finite > 0
    assert "overflowed" in page.info.text()


def test_editing_a_later_stage_reuses_the_earlier_outputs(page, qtbot):
    first = page.result
    after(qtbot, page, lambda: page.strip.list.setCurrentRow(3))
    result = after(qtbot, page, lambda: page.editor.pool.kind.setCurrentIndex(page.editor.pool.kind.findData("avg")))
    assert result.outputs[1] is first.outputs[1] and result.outputs[2] is first.outputs[2]
    ref = cv2.blur(np.ascontiguousarray(first.outputs[2].hwc[:, :, 0]), (2, 2), anchor=(0, 0))[0::2, 0::2]
    np.testing.assert_allclose(result.outputs[3].hwc[:, :, 0], ref, rtol=1e-5, atol=1e-4)
    # A new image invalidates everything.
    page.document.set_image(image_from_array(np.zeros((8, 8), np.uint8), "black"))
    qtbot.waitUntil(lambda: page.result.outputs[0].hwc.shape[:2] == (8, 8), timeout=10_000)
    assert not page.result.outputs[3].hwc.any()


def test_removing_the_last_stage_selects_the_one_before(page, qtbot):
    after(qtbot, page, lambda: page.model.select(3))
    after(qtbot, page, lambda: page.findChild(object, "remove_stage").click())
    assert [s.kind for s in page.model.stages] == ["conv", "activation"]
    assert page.model.selected == 2 and page.editor.currentWidget() is page.editor.activation


def test_the_selected_stage_comes_first_and_the_rest_follows(page, qtbot, rgb):
    from nnstudio.ui.filters.compute import compute

    stages, pixels = page.model.stages, page.document.image.pixels
    first = compute(pixels, stages, True, 1, None, selected_first=True)
    assert not first.complete and len(first.outputs) == 2 and len(first.thumbnails) == 2
    rest = compute(pixels, stages, True, 1, None, previous=first)
    whole = compute(pixels, stages, True, 1, None)
    assert rest.complete and rest.outputs[1] is first.outputs[1] and rest.after is first.after
    for a, b in zip(rest.outputs, whole.outputs, strict=True):
        np.testing.assert_array_equal(a.hwc, b.hwc)
    np.testing.assert_array_equal(rest.thumbnails[3].pixels, whole.thumbnails[3].pixels)


def test_a_drag_shows_the_edited_stage_then_completes_the_strip(page, qtbot):
    assert page.model.selected == 1
    seen = []
    page.runner.finished.connect(lambda r: seen.append((r.complete, page.strip.list.item(3).icon().isNull())))
    after(qtbot, page, lambda: page.editor.conv.stride.setValue(2))
    # first the conv stage alone, the pool's old thumbnail still in the strip; then the rest
    assert seen[0] == (False, False) and seen[-1][0]
    assert page.result.outputs[3].shape_text == "1×10×12"
    assert page.strip.list.item(3).text().endswith("1×10×12")


def test_split_puts_the_input_over_the_output_left_of_the_line(page, qtbot):
    page.compare_mode.setCurrentIndex(page.compare_mode.findData("split"))
    views = page.views
    assert not views.before_box.isVisible() and views.split.enabled
    assert "left of the line" in views.after_title.text
    w, h = page.document.image.width, page.document.image.height
    qtbot.waitUntil(lambda: views.after_box.width() > views.canvas.width() * 0.8)
    shown = views.after_box.viewRect().intersected(QRectF(0, 0, w, h))
    assert shown.width() * shown.height() > 0.9 * w * h  # the whole picture still in view
    result = after(qtbot, page, lambda: page.editor.conv.stride.setValue(2))
    # the input's picture under the line, stretched over the same frame as the output's
    np.testing.assert_array_equal(views.split.image.image, result.before.pixels)
    frame = views.split.image.mapRectToParent(views.split.image.boundingRect())
    assert (frame.width(), frame.height()) == (page.document.image.width, page.document.image.height)
    views.split.set_position(0.3)
    assert views.split.clip.rect().width() == pytest.approx(0.3 * page.document.image.width)
    page.compare_mode.setCurrentIndex(page.compare_mode.findData("beside"))
    assert views.before_box.isVisible() and not views.split.enabled
    qtbot.waitUntil(lambda: views.before_box.width() > 10)
    assert views.before_box.viewRect().center().y() == pytest.approx(views.after_box.viewRect().center().y(), abs=0.5)


@pytest.mark.parametrize("size", [3, 5, 7])
def test_kernel_weights_are_readable_and_exact_in_the_tooltip(page, qtbot, size):
    editor = page.editor.conv.kernel_editor
    editor.size_combo.setCurrentIndex(editor.size_combo.findData(size))
    for name in PRESETS:
        editor.preset_combo.setCurrentIndex(editor.preset_combo.findData(name))
        editor.preset_combo.activated.emit(editor.preset_combo.currentIndex())
        kernel = make_kernel(name, size)
        np.testing.assert_array_equal(editor.kernel, kernel)
        table = editor.table
        metrics = table.fontMetrics()
        for r in range(size):
            for c in range(size):
                item, value = table.item(r, c), float(kernel[r, c])
                text = item.text()
                # Fits its cell (Qt elides a text that does not, "0...." for a Gaussian).
                assert metrics.horizontalAdvance(text) + 6 <= table.columnWidth(c), (name, text)
                assert abs(float(text) - value) <= max(5e-4, 5e-3 * abs(value)), (name, text, value)
                assert str(np.float32(value)) in item.toolTip()
                assert np.float32(float(item.toolTip().split(": ")[-1])) == np.float32(value)
        assert table.width() <= 7 * 60  # seven columns stay within the editor
    editor.preset_combo.setCurrentIndex(editor.preset_combo.findData("gaussian"))
    editor.preset_combo.activated.emit(editor.preset_combo.currentIndex())
    if size == 3:
        assert editor.table.item(0, 0).text() == "0.075"  # σ 1: 0.0751136...


def test_the_explain_panel_always_explains_the_selected_stage_of_the_current_image(page, qtbot, rgb):
    explain = page.explain
    page.views.click_frame_point(20.5, 10.5)
    assert "Σ products" in explain.sum_label.text() and "patch" in explain.tables.text()
    # Another stage selected: no conv arithmetic under a max pool.
    after(qtbot, page, lambda: page.strip.list.setCurrentRow(3))
    assert explain.tables.text() == "" and explain.sum_label.text() == ""
    assert "Click a pixel" in explain.heading.text() and "max pool" in explain.heading.text()
    page.views.click_frame_point(21, 11)
    assert "winner" in explain.heading.text()
    # A stage added: it is selected, and the panel says what to click for it.
    after(qtbot, page, lambda: page.strip.findChild(QPushButton, "add_conv").click())
    assert page.model.selected == 4
    assert explain.tables.text() == "" and "Click a pixel" in explain.heading.text() and "stage 4" in explain.heading.text()
    page.views.click_frame_point(21, 11)
    assert "Σ products" in explain.sum_label.text()
    # A new image: nothing of the old one stays.
    after(qtbot, page, lambda: page.document.set_image(image_from_array(rgb[::-1].copy(), "flipped")))
    assert explain.sum_label.text() == "" and explain.total is None and "Click a pixel" in explain.heading.text()
    assert not page.views.pixel_marker.isVisible()
    # A stride that removes the explained pixel: the explanation goes, not stays.
    after(qtbot, page, lambda: page.strip.list.setCurrentRow(1))
    page.views.click_frame_point(45.5, 35.5)
    assert "Σ products" in explain.sum_label.text()
    after(qtbot, page, lambda: page.editor.conv.stride.setValue(4))
    assert explain.sum_label.text() == "" and "Click a pixel" in explain.heading.text()
    # The input: says what to do.
    after(qtbot, page, lambda: page.strip.list.setCurrentRow(0))
    assert "Select a stage" in explain.heading.text()


def _choose_preset(editor, name):
    editor.preset_combo.setCurrentIndex(editor.preset_combo.findData(name))
    editor.preset_combo.activated.emit(editor.preset_combo.currentIndex())


def test_a_kernel_summing_to_1_is_shown_as_an_image_and_the_choice_is_explained(page, qtbot, rgb):
    conv = page.editor.conv
    result = after(qtbot, page, lambda: _choose_preset(conv.kernel_editor, "sharpen"))
    sharpened = cv2.filter2D(gray_of(rgb), cv2.CV_32F, make_kernel("sharpen"), borderType=cv2.BORDER_CONSTANT)
    # Automatic: sharpen sums to 1, so its output is the sharpened picture, clipped to 0..255.
    expected = np.clip(np.rint(sharpened), 0, 255).astype(np.uint8)
    np.testing.assert_array_equal(page.views.after_image.image, expected)
    assert not result.after.signed and "clipped to 0..255" in page.info.text()
    assert conv.display.currentData() == "auto" and "sum to 1" in conv.display_note.text()
    assert "Shown as an image" in conv.display_note.text()
    assert result.thumbnails[1].pixels.ndim == 2  # the strip's thumbnail is the picture too
    # The user's choice wins: the same numbers as a signed map.
    result = after(qtbot, page, lambda: conv.display.setCurrentIndex(conv.display.findData("signed")))
    assert result.after.signed and page.views.after_image.image.shape == (*sharpened.shape, 3)
    assert "Shown signed" in conv.display_note.text()
    # An edge detector sums to 0: automatic shows it signed.
    after(qtbot, page, lambda: conv.display.setCurrentIndex(conv.display.findData("auto")))
    result = after(qtbot, page, lambda: _choose_preset(conv.kernel_editor, "sobel_x"))
    assert result.after.signed and "sum to 0" in conv.display_note.text()


def test_sigma_only_for_gaussian_and_canny_under_edge_detection(page, qtbot):
    editor = page.editor.conv.kernel_editor
    for name in PRESETS:
        _choose_preset(editor, name)
        assert editor.sigma_slider.isVisibleTo(editor) == (name == "gaussian"), name
        assert editor.sigma_label.isVisibleTo(editor) == (name == "gaussian"), name
    menus = {action.text(): [a.text() for a in action.menu().actions()] for action in page.strip.add_operation.menu().actions()}
    assert "Canny edges" in menus["Edge detection"]
    assert "Canny edges" not in menus["Threshold"]


def test_the_slide_window_marker_is_visible_at_fit_zoom(page, qtbot):
    big = np.random.default_rng(1).integers(0, 256, (600, 800, 3), dtype=np.uint8)
    after(qtbot, page, lambda: page.document.set_image(image_from_array(big, "big")))
    page.window().resize(1280, 800)
    page.views.before_box.autoRange(padding=0.02)
    page.explain_pixel(300, 400)
    assert page.views.patch_marker.isVisible()
    shot = page.views.canvas.grab().toImage()
    from nnstudio.ui.qt_image import from_qimage
    pixels = from_qimage(shot)[..., :3].astype(int)
    yellow = (pixels[..., 0] > 220) & (pixels[..., 1] > 180) & (pixels[..., 2] < 60)
    # The before view is the left half: its marker spans at least 12 screen pixels.
    ys, xs = np.nonzero(yellow[:, : pixels.shape[1] // 2])
    assert len(xs) and np.ptp(xs) >= 12 and np.ptp(ys) >= 12


def test_filters_edits_are_undoable(page, qtbot, rgb):
    editor = page.editor.conv.kernel_editor
    model = page.model
    assert page.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in page.redo_action.shortcuts()
    result = after(qtbot, page, lambda: _choose_preset(editor, "sharpen"))
    np.testing.assert_array_equal(editor.kernel, make_kernel("sharpen"))
    # Undo: the kernel, its editor and the result are Sobel x's again.
    result = after(qtbot, page, page.undo_action.trigger)
    np.testing.assert_array_equal(model.stages[0].kernel, make_kernel("sobel_x"))
    np.testing.assert_array_equal(editor.kernel, make_kernel("sobel_x"))
    ref = cv2.filter2D(gray_of(rgb), cv2.CV_32F, make_kernel("sobel_x"), borderType=cv2.BORDER_CONSTANT)
    np.testing.assert_allclose(result.outputs[1].hwc[:, :, 0], ref, rtol=1e-5, atol=1e-3)
    after(qtbot, page, page.redo_action.trigger)
    np.testing.assert_array_equal(editor.kernel, make_kernel("sharpen"))
    # A stride held down is one edit: one undo brings stride 1 back.
    for stride in (2, 3, 4):
        page.editor.conv.stride.setValue(stride)
    after(qtbot, page, page.undo_action.trigger)
    assert model.stages[0].settings.stride == 1 and page.editor.conv.stride.value() == 1
    # Adding, removing, moving stages and the gray switch are undone too.
    kinds = [s.kind for s in model.stages]
    after(qtbot, page, lambda: model.add("pool"))
    after(qtbot, page, model.remove_selected)
    after(qtbot, page, lambda: page.strip.findChild(QPushButton, "move_left").click())
    assert [s.kind for s in model.stages] != kinds
    for _ in range(3):
        after(qtbot, page, page.strip.findChild(QPushButton, "undo_filters").click)
    assert [s.kind for s in model.stages] == kinds
    after(qtbot, page, lambda: page.editor.input_controls.gray.setChecked(False))
    assert not model.gray and page.result.outputs[0].hwc.shape[2] == 3
    after(qtbot, page, page.undo_action.trigger)
    assert model.gray and page.editor.input_controls.gray.isChecked() and page.result.outputs[0].hwc.shape[2] == 1


def test_ctrl_z_in_the_tab_undoes(page, qtbot):
    page.window().show()
    qtbot.waitExposed(page.window())
    editor = page.editor.conv.kernel_editor
    after(qtbot, page, lambda: _choose_preset(editor, "box"))
    editor.table.setFocus()
    after(qtbot, page, lambda: qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    np.testing.assert_array_equal(page.model.stages[0].kernel, make_kernel("sobel_x"))
    after(qtbot, page, lambda: qtbot.keyClick(editor.table, Qt.Key.Key_Z,
                                              Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    np.testing.assert_array_equal(page.model.stages[0].kernel, make_kernel("box"))
