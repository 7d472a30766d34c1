"""The Filters tab (its tools arrive with the Filters issue; until then a placeholder)."""

from ..page import PlaceholderPage


class FiltersPage(PlaceholderPage):
    title = "Filters"
    description = (
        "Slide a filter over the image: edit the kernel, stride, padding and dilation, add an "
        "activation and pooling, and chain them into a small CNN you can see at every stage."
    )
