"""Sessions: the whole state of the app (image, Pixels settings, Filters pipeline, network
design, data set, training settings, trained weights and curves) in one .nnstudio file."""

from .actions import SessionActions

__all__ = ["SessionActions"]
