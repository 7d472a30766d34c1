"""The Network tab: design a network visually and train it with PyTorch."""

from .page import NetworkPage

__all__ = ["NetworkPage"]
