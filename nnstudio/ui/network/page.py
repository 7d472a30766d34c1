"""The Network tab (its designer arrives with the Network issue; until then a placeholder)."""

from ..page import PlaceholderPage


class NetworkPage(PlaceholderPage):
    title = "Network"
    description = (
        "Design a neural network from blocks, train it with PyTorch on the CPU or a GPU, and "
        "watch the loss fall and the activation maps change as it learns."
    )
