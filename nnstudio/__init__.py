"""nnstudio: learn neural networks and image processing by doing."""

__version__ = "0.1.0"
