"""How long one activation refresh takes: capture every layer of the lenet_digits preset for
one 1x8x8 digit with forward hooks and turn each output into the picture the view shows.

Target: <= 30 ms. Printed next to a plain forward pass of the same model (the floor any
capture must pay) measured in the same run.
"""

from __future__ import annotations

import torch
from timing import median_ms

from nnstudio.core.feature_maps import tile_output
from nnstudio.nn.activations import capture_activations
from nnstudio.nn.design_source import design_model, open_design_and_data


def main() -> None:
    torch.set_num_threads(1)  # as the GUI's worker runs it: one core left for the GUI
    design, data = open_design_and_data("lenet_digits")
    model = design_model(design, data)
    x = data.x_test[:1].copy()

    def refresh():
        return [tile_output(c.output[0], scale="shared") for c in capture_activations(model, x)]

    def capture_only():
        return capture_activations(model, x)

    tensor = torch.from_numpy(x)

    def plain_forward():
        with torch.no_grad():
            return model(tensor)

    refresh_ms, capture_ms, forward_ms = (median_ms(f, 200) for f in (refresh, capture_only, plain_forward))
    print(f"lenet_digits: {len(model)} layers, images per refresh: {len(refresh())}")
    print(f"capture + images (median): {refresh_ms:.3f} ms   target <= 30 ms   {'OK' if refresh_ms <= 30 else 'SLOW'}")
    print(f"capture only (median):     {capture_ms:.3f} ms")
    print(f"plain torch forward:       {forward_ms:.3f} ms   ratio refresh/forward: {refresh_ms / forward_ms:.1f}x")


if __name__ == "__main__":
    main()
