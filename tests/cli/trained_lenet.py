"""A lenet_digits whose weights differ from the untrained seed's, saved as `train --save` does:
the CLI tests that read weights (activations, gradcam) start from it."""

import torch

from nnstudio.nn.design_source import design_model, open_design_and_data
from nnstudio.nn.build import save_weights


def perturbed_lenet(folder, seed: int):
    """(model, data, path of its saved weights)."""
    design, data = open_design_and_data("lenet_digits")
    torch.manual_seed(seed)
    model = design_model(design, data)
    for p in model.parameters():
        p.data.add_(torch.randn_like(p) * 0.1)
    path = folder / "w.pt"
    save_weights(model, path)
    return model, data, path
