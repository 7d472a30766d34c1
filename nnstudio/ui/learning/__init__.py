"""The Neurons & learning tab: perceptron, Rosenblatt's rule, XOR from gates, backprop with
numbers, activation functions."""

from .page import LearningPage

__all__ = ["LearningPage"]
