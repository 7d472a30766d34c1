"""The Tensors tab: shapes from 1-D to 5-D, broadcasting, the design as code."""

from .page import TensorsPage

__all__ = ["TensorsPage"]
