"""The facts of the image and of the result: size, channels, bit depth, bytes, tensor shapes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...core.bitdepth import BitDepthResult
from ...core.image_facts import ImageSource, uncompressed_bytes
from ...core.image_io import LoadedImage
from ..locale_numbers import byte_size as _bytes
from ..locale_numbers import count


class FactsPanel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facts")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(self.tr("Uncompressed size = width × height × bits per pixel / 8."))

    def show_facts(self, image: LoadedImage, result: BitDepthResult | None) -> None:
        src = image.source
        w, h = src.width, src.height
        # The arrays the file becomes: colour channels, and alpha as one more channel.
        c = (1 if image.is_gray else 3) + (1 if image.alpha is not None else 0)
        sizes = src.byte_sizes()
        rows = [
            (self.tr("Size"), self.tr("{w} × {h} = {n} pixels").format(w=w, h=h, n=count(w * h))),
            (self.tr("Channels"), self._channels(src)),
            (self.tr("Source"), self._source(src)),
            (self.tr("Source size"), self.tr("{w} × {h} × {bits} / 8 = {size}").format(
                w=w, h=h, bits=src.bits_per_pixel, size=_bytes(src.source_bytes()))),
            (self.tr("1-bit"), _bytes(sizes["bytes_1bit"])),
            (self.tr("8-bit gray"), _bytes(sizes["bytes_gray8"])),
            (self.tr("24-bit RGB"), _bytes(sizes["bytes_rgb24"])),
            (self.tr("32-bit RGBA"), _bytes(sizes["bytes_rgba32"])),
            ("numpy / OpenCV", f"(H, W, C) = ({h}, {w}, {c})" if c > 1 else f"(H, W) = ({h}, {w})"),
            ("PyTorch", f"(N, C, H, W) = (1, {c}, {h}, {w})"),
        ]
        if result is not None:
            rh, rw = result.image.shape[:2]
            rows += [
                ("<b>{}</b>".format(self.tr("Result")), ""),
                (self.tr("Size"), self.tr("{w} × {h} = {n} pixels").format(w=rw, h=rh, n=count(rw * rh))),
                (self.tr("Bits per pixel"), str(result.bits_per_pixel)),
                (self.tr("Levels per channel"), count(result.levels_per_channel)),
                (self.tr("Colours possible"), count(result.colours)),
                (self.tr("Uncompressed"), _bytes(uncompressed_bytes(rw, rh, result.bits_per_pixel))),
            ]
            if result.palette is not None:
                rows += self._indexed_rows(result, rw, rh)
            if result.threshold is not None:
                rows.append((self.tr("Threshold used"), str(result.threshold)))
        cells = "".join(f"<tr><td>{k}</td><td>&nbsp;{v}</td></tr>" for k, v in rows)
        title = self.tr("Image: {name}").format(name=f"<b>{src.name}</b>")
        self.setText(f"{title}<table>{cells}</table>")

    def _indexed_rows(self, result: BitDepthResult, w: int, h: int) -> list[tuple[str, str]]:
        """An indexed image stores an index per pixel (ceil(log2 K) bits) plus the palette."""
        k, bits = len(result.palette), result.bits_per_pixel
        pixels, palette = uncompressed_bytes(w, h, bits), k * 3
        return [
            (self.tr("Palette"), self.tr("{k} colours × 24 bits = {bytes}").format(k=k, bytes=_bytes(palette))),
            (self.tr("Index bits"), self.tr("⌈log2 {k}⌉ = {bits} bits per pixel").format(k=k, bits=bits)),
            (self.tr("Indexed size"), self.tr("{w} × {h} × {bits} / 8 + {palette} = {total}").format(
                w=w, h=h, bits=bits, palette=palette, total=_bytes(pixels + palette))),
        ]

    def _channels(self, src: ImageSource) -> str:
        if src.transparency == "tRNS":
            return self.tr("{n} (transparency from the tRNS chunk)").format(n=src.channels)
        if src.has_alpha:
            return self.tr("{n} (with alpha)").format(n=src.channels)
        return str(src.channels)

    def _source(self, src: ImageSource) -> str:
        """'4-bit palette of 16 colours (PNG)', '16-bit gray+alpha (PNG)', ..."""
        if src.colour == "palette" and src.palette_entries:
            kind = self.tr("{bits}-bit palette of {k} colours").format(bits=src.bits_per_channel, k=src.palette_entries)
        else:
            colour = {"gray": self.tr("gray"), "gray+alpha": self.tr("gray+alpha"),
                      "palette": self.tr("palette")}.get(src.colour, src.colour or src.dtype)
            kind = self.tr("{bits}-bit {colour}").format(bits=src.bits_per_channel, colour=colour)
        detail = src.format + (", " + src.mode if src.mode else "")
        return self.tr("{kind} ({detail}), {bpp} bits per pixel").format(kind=kind, detail=detail, bpp=src.bits_per_pixel)
