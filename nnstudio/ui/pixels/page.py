"""The Pixels tab (its tools arrive with the Pixels issue; until then a placeholder)."""

from ..page import PlaceholderPage


class PixelsPage(PlaceholderPage):
    title = "Pixels"
    description = (
        "See what an image is made of: zoom in to single pixels and their values, change the "
        "bit depth and resolution live, split the channels and compare compressions."
    )
