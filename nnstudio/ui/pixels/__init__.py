"""The Pixels tab: pixels, bitmaps, resolution, bit depth, channels and compression."""

from .page import PixelsPage

__all__ = ["PixelsPage"]
