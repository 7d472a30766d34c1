"""The preset designs' descriptions, marked for translation.

The descriptions live in resources/designs/*.json in English (a design file stores text, never
a translation); lupdate reads only code, so each one is repeated here under the context
"Presets", and the Network tab shows ``translate("Presets", design.description)``. A design of
the user's own is shown as written. tests/nn/test_preset_texts.py fails when a preset's
description differs from its entry here: copy the new text, then run
``python -m nnstudio.ui.translations update``.
"""

from __future__ import annotations

from ..core.i18n import QT_TRANSLATE_NOOP

PRESET_DESCRIPTIONS = {
    "perceptron_and": QT_TRANSLATE_NOOP(
        "Presets",
        "A perceptron: one neuron, a weighted sum of the two inputs against a threshold (Linear "
        "with one output + Sigmoid, read as a step at 0.5), trained by gradient descent on the "
        "sigmoid with binary cross-entropy rather than Rosenblatt's rule: a step's slope is 0 "
        "wherever it is defined, so a gradient would never move the weights; the sigmoid is a "
        "step with a slope. The Learning tab shows the step neuron and Rosenblatt's rule. AND is "
        "linearly separable, so it is learned."),
    "perceptron_xor": QT_TRANSLATE_NOOP(
        "Presets",
        "A perceptron: one neuron, a weighted sum of the two inputs against a threshold (Linear "
        "with one output + Sigmoid, read as a step at 0.5), trained by gradient descent on the "
        "sigmoid with binary cross-entropy rather than Rosenblatt's rule: a step's slope is 0 "
        "wherever it is defined, so a gradient would never move the weights; the sigmoid is a "
        "step with a slope. The Learning tab shows the step neuron and Rosenblatt's rule. XOR is "
        "not linearly separable: no straight line splits it, so the perceptron never gets more "
        "than 3 of the 4 points right."),
    "mlp_xor": QT_TRANSLATE_NOOP(
        "Presets",
        "A multi-layer perceptron: one hidden layer of 4 neurons bends the boundary, so XOR, "
        "which no straight line separates, is learned."),
    "mlp_spiral": QT_TRANSLATE_NOOP(
        "Presets",
        "Two interleaved spiral arms: two hidden layers of ReLU neurons learn the winding "
        "boundary."),
    "mlp_digits": QT_TRANSLATE_NOOP(
        "Presets",
        "8×8 handwritten digits, flattened to 64 numbers and classified by a dense network with "
        "dropout."),
    "lenet_digits": QT_TRANSLATE_NOOP(
        "Presets",
        "A small LeNet: convolutions find strokes, pooling shrinks the maps, dense layers decide "
        "the digit."),
    "cnn_shapes": QT_TRANSLATE_NOOP(
        "Presets",
        "Circles, squares and triangles at any size and place: a small CNN learns corners and "
        "curves."),
    "deep_sigmoid_spiral": QT_TRANSLATE_NOOP(
        "Presets",
        "Six sigmoid layers on the spiral, trained with plain SGD (momentum 0.9). A sigmoid's "
        "slope is at most 1/4, so the gradient shrinks at every layer on its way back: in every "
        "epoch the first layer's gradient is more than a thousand times smaller than the last "
        "one's (vanishing gradients). The first layers barely learn, and the network stays at "
        "chance (50 % on the test set) for all 40 epochs."),
    "deep_relu_spiral": QT_TRANSLATE_NOOP(
        "Presets",
        "The same six layers and the same training with ReLU, whose slope is 1 wherever it is "
        "active: from epoch 5 on the first layer's gradient is about as strong as the last one's "
        "(a tenth to twenty times as strong), and the spiral is learned (over 90 % on the test "
        "set after 40 epochs)."),
    "overfit_mlp": QT_TRANSLATE_NOOP(
        "Presets",
        "Overfitting: 40 noisy training points (the circle set, 160 more kept for testing) and a "
        "network with 17,154 weights. It learns every training point, noise included, so train "
        "accuracy reaches 100% while test accuracy stays far below and the test loss rises: it "
        "memorised instead of learning the circle."),
    "overfit_mlp_dropout": QT_TRANSLATE_NOOP(
        "Presets",
        "The overfitting network with Dropout (p = 0.7) after each hidden layer: while training, "
        "each pass switches off a random 70% of the hidden units, so no unit can memorise single "
        "points; at evaluation all units work. The gap between train and test accuracy closes."),
    "overfit_mlp_l2": QT_TRANSLATE_NOOP(
        "Presets",
        "The overfitting network with weight decay (L2, 0.01): every step also pulls each weight "
        "towards 0, so the network keeps a smooth boundary instead of bending around each noisy "
        "point. The gap between train and test accuracy closes."),
    "mlp_shapes": QT_TRANSLATE_NOOP(
        "Presets",
        "The shapes of cnn_shapes for a fully connected network: the 28×28 picture flattened to "
        "784 numbers, every pixel wired to each of 128 neurons. Over 100,000 weights, four times "
        "the CNN's, and less accurate: it must learn a circle separately at every place and size,"
        " where a convolution's filter is shared across the picture."),
    "mlp_table": QT_TRANSLATE_NOOP(
        "Presets",
        "A small MLP for a table of numbers: one hidden layer of 16 ReLU neurons. Its input and "
        "output sizes follow the table it is given (File ▸ Import table… or nnstudio train --data)."),
    "mlp_regress": QT_TRANSLATE_NOOP(
        "Presets",
        "Regression: two hidden layers of 16 tanh neurons predict a number (the height of a hill "
        "and a valley over the plane), trained with mean squared error."),
    "cnn_my_classes": QT_TRANSLATE_NOOP(
        "Presets",
        "Your own image classes at 64×64 in colour: two small convolution blocks find colours and "
        "edges, and flipped, shifted copies of each picture while training make a few dozen "
        "samples a class enough."),
}
