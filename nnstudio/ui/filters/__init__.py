"""The Filters tab: live convolution, activation and pooling, and image-processing operations."""

from .page import FiltersPage

__all__ = ["FiltersPage"]
