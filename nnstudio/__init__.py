"""nnstudio: learn neural networks and image processing by doing."""

__version__ = "0.2.0"
