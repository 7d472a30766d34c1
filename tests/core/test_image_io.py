"""The loader on every kind of input a user may drop on the window, good and bad."""

from __future__ import annotations

import struct
import zlib

import cv2
import numpy as np
import pytest
from PIL import Image, ImageOps

from nnstudio.core.errors import InputError
from nnstudio.core.image_io import MAX_PIXELS, image_from_array, load_image, save_png, to_uint8


def _asymmetric_rgb(h: int = 40, w: int = 60) -> np.ndarray:
    """An image no flip or rotation maps onto itself: tells orientation and channel order."""
    img = np.zeros((h, w, 3), np.uint8)
    img[..., 0] = np.linspace(0, 255, w, dtype=np.uint8)[None, :]
    img[..., 1] = np.linspace(0, 255, h, dtype=np.uint8)[:, None]
    img[:5, :5, 2] = 255  # a blue top-left corner
    return img


def test_rgb_png_keeps_channel_order_and_orientation(tmp_path):
    rgb = _asymmetric_rgb()
    path = tmp_path / "a.png"
    Image.fromarray(rgb).save(path)
    loaded = load_image(path)
    np.testing.assert_array_equal(loaded.pixels, rgb)
    assert loaded.source.info() == {
        "width": 60, "height": 40, "channels": 3, "dtype": "uint8", "bits_per_channel": 8,
        "colour_type": "RGB", "palette_entries": None, "transparency": "none", "bits_per_pixel": 24,
        "bytes_source": 7200, "bytes_1bit": 300, "bytes_gray8": 2400, "bytes_rgb24": 7200, "bytes_rgba32": 9600,
    }
    assert loaded.alpha is None and not loaded.pixels.flags.writeable


def test_pure_red_written_by_opencv_loads_as_red(tmp_path):
    bgr = np.zeros((4, 4, 3), np.uint8)
    bgr[..., 2] = 255  # OpenCV's red is the last channel
    cv2.imwrite(str(tmp_path / "red.png"), bgr)
    assert load_image(tmp_path / "red.png").pixels[0, 0].tolist() == [255, 0, 0]


def test_empty_file_is_refused(tmp_path):
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        load_image(tmp_path / "empty.png")


def test_text_file_named_png_is_refused(tmp_path):
    (tmp_path / "notes.png").write_text("this is not an image\n")
    with pytest.raises(InputError, match="not an image nnstudio can read"):
        load_image(tmp_path / "notes.png")


def test_truncated_jpeg_is_refused(tmp_path):
    Image.fromarray(_asymmetric_rgb(200, 300)).save(tmp_path / "full.jpg", quality=90)
    data = (tmp_path / "full.jpg").read_bytes()
    (tmp_path / "cut.jpg").write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated"):
        load_image(tmp_path / "cut.jpg")


def test_cmyk_jpeg_becomes_rgb(tmp_path):
    cmyk = Image.new("CMYK", (30, 20), (0, 255, 255, 0))  # full magenta + yellow = red
    cmyk.save(tmp_path / "cmyk.jpg", quality=95)
    loaded = load_image(tmp_path / "cmyk.jpg")
    reference = np.array(Image.open(tmp_path / "cmyk.jpg").convert("RGB"))
    np.testing.assert_array_equal(loaded.pixels, reference)
    r, g, b = loaded.pixels[10, 15].tolist()
    assert r > 200 and g < 60 and b < 60
    assert loaded.source.channels == 4 and loaded.source.mode == "CMYK"


def test_16bit_gray_png_keeps_its_depth_in_the_facts(tmp_path):
    gray16 = (np.arange(64 * 32, dtype=np.uint32).reshape(32, 64) * 32).astype(np.uint16)
    cv2.imwrite(str(tmp_path / "g16.png"), gray16)
    loaded = load_image(tmp_path / "g16.png")
    assert loaded.source.bits_per_channel == 16 and loaded.source.dtype == "uint16"
    expected = np.rint(gray16 / 257.0).astype(np.uint8)
    np.testing.assert_array_equal(loaded.pixels, expected)


def test_16bit_rgba_png_is_rgb_ordered_and_keeps_alpha(tmp_path):
    rgba16 = np.zeros((8, 10, 4), np.uint16)
    rgba16[..., 0] = 65535  # red
    rgba16[..., 3] = 257 * 128
    cv2.imwrite(str(tmp_path / "c16.png"), cv2.cvtColor(rgba16, cv2.COLOR_RGBA2BGRA))
    loaded = load_image(tmp_path / "c16.png")
    assert loaded.pixels[0, 0].tolist() == [255, 0, 0]
    assert loaded.alpha is not None and int(loaded.alpha[0, 0]) == 128
    assert loaded.source.bits_per_channel == 16 and loaded.source.channels == 4


def test_rgba_png_keeps_alpha_separately(tmp_path):
    rgba = np.dstack([_asymmetric_rgb(), np.full((40, 60), 77, np.uint8)])
    Image.fromarray(rgba, "RGBA").save(tmp_path / "rgba.png")
    loaded = load_image(tmp_path / "rgba.png")
    np.testing.assert_array_equal(loaded.pixels, rgba[..., :3])
    np.testing.assert_array_equal(loaded.alpha, rgba[..., 3])
    assert loaded.source.has_alpha and loaded.source.channels == 4


def test_palette_png_expands_to_its_colours(tmp_path):
    img = Image.fromarray(_asymmetric_rgb()).quantize(colors=16)
    img.save(tmp_path / "p.png")
    loaded = load_image(tmp_path / "p.png")
    np.testing.assert_array_equal(loaded.pixels, np.array(img.convert("RGB")))
    assert loaded.source.mode == "P" and loaded.alpha is None


def test_palette_png_with_transparency_gets_alpha(tmp_path):
    img = Image.new("P", (6, 4), 0)
    img.putpalette([255, 0, 0, 0, 255, 0] + [0] * 762)
    img.putpixel((1, 1), 1)
    img.info["transparency"] = 0
    img.save(tmp_path / "pt.png", transparency=0)
    loaded = load_image(tmp_path / "pt.png")
    assert loaded.alpha is not None
    assert int(loaded.alpha[0, 0]) == 0 and int(loaded.alpha[1, 1]) == 255
    assert loaded.pixels[1, 1].tolist() == [0, 255, 0]


def test_exif_rotated_jpeg_is_turned_upright(tmp_path):
    stored = _asymmetric_rgb(40, 60)
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to display"
    Image.fromarray(stored).save(tmp_path / "rot.jpg", exif=exif, quality=95)
    loaded = load_image(tmp_path / "rot.jpg")
    assert loaded.pixels.shape == (60, 40, 3) and loaded.source.exif_rotated
    reference = np.array(ImageOps.exif_transpose(Image.open(tmp_path / "rot.jpg")))
    np.testing.assert_array_equal(loaded.pixels, reference)
    # the blue corner that was top-left is top-right after a clockwise quarter turn
    assert loaded.pixels[1, -2, 2] > 200 and loaded.pixels[1, 1, 2] < 60


def test_non_ascii_path(tmp_path):
    folder = tmp_path / "Bilder – 画像"
    folder.mkdir()
    path = folder / "Katze_ÄÖÜ_猫.png"
    Image.fromarray(_asymmetric_rgb()).save(path)
    assert load_image(path).source.name == "Katze_ÄÖÜ_猫.png"


def _png_header_only(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 256)  # far too few pixels: decoding this would fail

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize("width,height", [(20_000, 20_000), (200_000, 600)])
def test_too_large_image_is_refused_from_its_header(tmp_path, width, height):
    # A header that claims gigapixels and no pixel data: decoding it would fail, so a
    # "too large" message proves the check ran on the header alone.
    (tmp_path / "huge.png").write_bytes(_png_header_only(width, height))
    assert width * height > MAX_PIXELS
    with pytest.raises(InputError, match="too large"):
        load_image(tmp_path / "huge.png")


def test_one_bit_png(tmp_path):
    bits = np.zeros((10, 16), bool)
    bits[::2, ::3] = True
    Image.fromarray(bits).convert("1").save(tmp_path / "b.png")
    loaded = load_image(tmp_path / "b.png")
    assert loaded.source.bits_per_channel == 1 and set(np.unique(loaded.pixels)) <= {0, 255}
    np.testing.assert_array_equal(loaded.pixels == 255, bits)


def test_gray_with_alpha(tmp_path):
    la = np.dstack([np.full((5, 7), 10, np.uint8), np.full((5, 7), 200, np.uint8)])
    Image.fromarray(la, "LA").save(tmp_path / "la.png")
    loaded = load_image(tmp_path / "la.png")
    assert loaded.is_gray and int(loaded.alpha[0, 0]) == 200 and int(loaded.pixels[0, 0]) == 10


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_image(tmp_path / "nope.png")
    with pytest.raises(InputError, match="folder"):
        load_image(tmp_path)


def test_image_from_array_copies_and_freezes():
    arr = _asymmetric_rgb()
    loaded = image_from_array(arr, "x")
    arr[0, 0] = 1
    assert loaded.pixels[0, 0].tolist() != [1, 1, 1] and arr.flags.writeable
    with pytest.raises(InputError):
        image_from_array(np.zeros((0, 4), np.uint8), "empty")
    with pytest.raises(InputError):
        image_from_array(np.zeros((4, 4, 5), np.uint8), "five channels")


def test_to_uint8_scalings():
    assert to_uint8(np.array([0, 257, 65535], np.uint16)).tolist() == [0, 1, 255]
    assert to_uint8(np.array([False, True])).tolist() == [0, 255]
    assert to_uint8(np.array([0.0, 0.5, 1.0])).tolist() == [0, 128, 255]
    assert to_uint8(np.array([np.nan, 2.0, 4.0])).tolist() == [0, 128, 255]


def test_save_png_round_trip_and_bad_folder(tmp_path):
    rgb = _asymmetric_rgb()
    save_png(tmp_path / "out.png", rgb)
    np.testing.assert_array_equal(np.array(Image.open(tmp_path / "out.png")), rgb)
    with pytest.raises(InputError, match="Could not write"):
        save_png(tmp_path / "missing-folder" / "out.png", rgb)
