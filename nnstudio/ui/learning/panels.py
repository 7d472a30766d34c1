"""The sub-tabs of the Neurons & learning tab, by key: how to build each and its title.

Titles are marked for translation here and translated where they are shown (LearningPage).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .activation_panel import ActivationPanel
from .backprop_panel import BackpropPanel
from .compare_panel import ComparePanel
from .perceptron_panel import PerceptronPanel
from .rosenblatt_panel import RosenblattPanel
from .vanishing_panel import VanishingPanel
from .xor_panel import XorPanel

PANELS = {
    "perceptron": (PerceptronPanel, QT_TRANSLATE_NOOP("LearningPage", "Perceptron")),
    "rosenblatt": (RosenblattPanel, QT_TRANSLATE_NOOP("LearningPage", "Rosenblatt's rule")),
    "xor": (XorPanel, QT_TRANSLATE_NOOP("LearningPage", "XOR from gates")),
    "backprop": (BackpropPanel, QT_TRANSLATE_NOOP("LearningPage", "Backprop with numbers")),
    "activations": (ActivationPanel, QT_TRANSLATE_NOOP("LearningPage", "Activations and slopes")),
    "vanishing": (VanishingPanel, QT_TRANSLATE_NOOP("LearningPage", "Vanishing gradients")),
    "compare": (ComparePanel, QT_TRANSLATE_NOOP("LearningPage", "CNN vs MLP")),
}
