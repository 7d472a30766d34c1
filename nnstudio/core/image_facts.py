"""Facts about an image that do not depend on its pixels: sizes in bytes, tensor shapes."""

from __future__ import annotations

from dataclasses import dataclass

#: Bits per pixel of the four classic uncompressed formats the app compares.
BITS_1BIT = 1
BITS_GRAY8 = 8
BITS_RGB24 = 24
BITS_RGBA32 = 32


def uncompressed_bytes(width: int, height: int, bits_per_pixel: int) -> int:
    """Bytes of a raw bitmap: W x H x bits / 8, rounded up to a whole byte.

    Rows are not padded (BMP pads each row to 4 bytes; a bare bitmap does not).
    """
    return (width * height * bits_per_pixel + 7) // 8


@dataclass(frozen=True)
class ImageSource:
    """What the file was before nnstudio turned it into 8-bit gray or RGB."""

    name: str  # shown to the user: a file name, "clipboard", or a sample's name
    path: str | None  # None for samples, patterns and pasted images
    format: str  # "PNG", "JPEG", ... or "array" for generated and pasted pixels
    width: int
    height: int
    channels: int  # of the source, alpha included: 1 gray, 2 gray+alpha, 3 RGB, 4 RGBA
    dtype: str  # numpy name of the source samples: "bool", "uint8", "uint16", "float32"
    bits_per_channel: int
    has_alpha: bool
    mode: str = ""  # Pillow's mode string, for the curious ("P", "CMYK", "I;16", ...)
    exif_rotated: bool = False
    # What the file stores, when the file says (PNG's header): colour type, palette size and
    # where transparency comes from ("alpha" channel, "tRNS" chunk, or "" for none).
    colour_type: str = ""  # "gray", "gray+alpha", "RGB", "RGBA", "palette"; "" derives it
    palette_entries: int | None = None  # K colours of a palette image
    transparency: str = ""

    @property
    def colour(self) -> str:
        """The colour type: the file's own, or one derived from the channels."""
        if self.colour_type:
            return self.colour_type
        return {1: "gray", 2: "gray+alpha", 3: "RGB", 4: "CMYK" if self.mode == "CMYK" else "RGBA"}.get(self.channels, "")

    @property
    def bits_per_pixel(self) -> int:
        """Bits the source stores per pixel: one index for a palette image, else every sample."""
        if self.colour == "palette":
            return self.bits_per_channel
        return self.bits_per_channel * self.channels

    def byte_sizes(self) -> dict[str, int]:
        """Uncompressed size as 1-bit, 8-bit gray, 24-bit RGB and 32-bit RGBA."""
        w, h = self.width, self.height
        return {
            "bytes_1bit": uncompressed_bytes(w, h, BITS_1BIT),
            "bytes_gray8": uncompressed_bytes(w, h, BITS_GRAY8),
            "bytes_rgb24": uncompressed_bytes(w, h, BITS_RGB24),
            "bytes_rgba32": uncompressed_bytes(w, h, BITS_RGBA32),
        }

    def source_bytes(self) -> int:
        """The source's own uncompressed size: W x H x its bits per pixel / 8 (a palette
        image's palette not included)."""
        return uncompressed_bytes(self.width, self.height, self.bits_per_pixel)

    def info(self) -> dict[str, int | str | None]:
        """The facts ``nnstudio info --json`` prints."""
        return {
            "width": self.width,
            "height": self.height,
            "channels": self.channels,
            "dtype": self.dtype,
            "bits_per_channel": self.bits_per_channel,
            "colour_type": self.colour,
            "palette_entries": self.palette_entries,
            "transparency": self.transparency or ("alpha" if self.has_alpha else "none"),
            "bits_per_pixel": self.bits_per_pixel,
            "bytes_source": self.source_bytes(),
            **self.byte_sizes(),
        }


def human_bytes(n: int) -> str:
    """1536 -> '1.5 KiB'; exact bytes stay available to whoever needs them."""
    size = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{n} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")
