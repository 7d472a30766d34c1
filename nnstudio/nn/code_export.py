'''The design as code a learner can copy: PyTorch (an ``nn.Sequential`` and a minimal training
loop) and Keras 3 (a ``keras.Sequential``), each a file that defines ``build_model()`` and
trains only when run as a program.

Both build the same network: the same layers, output shape and number of trainable
parameters (tests check every preset). The Keras file keeps PyTorch's channel-first layout
(``image_data_format = "channels_first"``) so that shapes read the same in both; BatchNorm's
running mean and variance are weights in Keras but buffers in PyTorch, which is why Keras's
``count_params()`` is larger by two numbers per channel while the trainable counts agree.
'''

from __future__ import annotations

from pathlib import Path

from ..core.atomic_write import write_text
from ..core.errors import InputError
from ..core.i18n import translate
from .design import Design, validate
from .script_export import _layer_code

FRAMEWORKS = ("pytorch", "keras")

_TORCH_LOSS = {"cross_entropy": "nn.CrossEntropyLoss()", "bce": "nn.BCEWithLogitsLoss()", "mse": "nn.MSELoss()",
               "mae": "nn.L1Loss()", "huber": "nn.HuberLoss()"}
#: The losses for a number to predict (regression) other than MSE: their targets are numbers.
_NUMBER_LOSSES = {"mae": "keras.losses.MeanAbsoluteError()", "huber": "keras.losses.Huber()"}

_TORCH = '''\
"""{name}: {description}

PyTorch, written by nnstudio. build_model() returns the network; run this file to train it
for a few epochs on stand-in random data (replace x and y with your own).
"""

import torch
from torch import nn

INPUT_SHAPE = {input_shape}  # one sample, without the batch axis
NUM_OUTPUTS = {outputs}


def build_model():
    return nn.Sequential(
{layers}
    )


if __name__ == "__main__":
    torch.manual_seed({seed})
    model = build_model()
    print(model)
    print("trainable parameters:", sum(p.numel() for p in model.parameters() if p.requires_grad))
    x = torch.randn(256, *INPUT_SHAPE)  # stand-in data: put your own here
    y = {targets}
    net = model{train_slice}  # {train_note}
    loss_fn = {loss}
    optimizer = {optimizer}
    for epoch in range({epochs}):
        for start in range(0, len(x), {batch_size}):
            xb, yb = x[start:start + {batch_size}], y[start:start + {batch_size}]
            loss = loss_fn(net(xb), yb)
            optimizer.zero_grad()
            loss.backward()  # autograd: gradients of the loss for every parameter
            optimizer.step()
        print(f"epoch {{epoch + 1}}: loss {{loss.item():.4f}}")
'''

_KERAS = '''\
"""{name}: {description}

Keras 3, written by nnstudio. build_model() returns the network; run this file to train it
for a few epochs on stand-in random data (replace x and y with your own). Keras 3 runs on
PyTorch, TensorFlow or JAX; this file asks for PyTorch unless KERAS_BACKEND says otherwise.
"""

import os

os.environ.setdefault("KERAS_BACKEND", "torch")

import keras  # noqa: E402 (the backend is chosen before the import)
import numpy as np  # noqa: E402
from keras import layers  # noqa: E402

# PyTorch's layout, (channels, height, width), so the shapes read as in nnstudio.
keras.config.set_image_data_format("channels_first")

INPUT_SHAPE = {input_shape}  # one sample, without the batch axis
NUM_OUTPUTS = {outputs}


def build_model():
    return keras.Sequential([
        keras.Input(shape=INPUT_SHAPE),
{layers}
    ])


if __name__ == "__main__":
    keras.utils.set_random_seed({seed})
    model = build_model()
    model.summary()
    x = np.random.randn(256, *INPUT_SHAPE).astype("float32")  # stand-in data: put your own here
    y = {targets}
    model.compile(optimizer={optimizer}, loss={loss})
    model.fit(x, y, epochs={epochs}, batch_size={batch_size})
'''


def _k(value) -> str:
    return repr(tuple(value)) if isinstance(value, (list, tuple)) else repr(value)


def _keras_layer(kind: str, s: dict, in_shape) -> list[str]:
    """The Keras layers that do what one PyTorch layer does (a padded conv is two)."""
    pad = s.get("padding", 0)
    padding = [f"layers.ZeroPadding2D(padding={_k(pad)})"] if pad not in (0, [0, 0], (0, 0), None) else []
    if kind == "Linear":
        return [f"layers.Dense({s['out_features']}, use_bias={s['bias']!r})"]
    if kind == "Conv2d":
        return padding + [f"layers.Conv2D({s['out_channels']}, kernel_size={_k(s['kernel_size'])}, "
                          f"strides={_k(s['stride'])}, use_bias={s['bias']!r})"]
    if kind in ("MaxPool2d", "AvgPool2d"):
        name = "MaxPooling2D" if kind == "MaxPool2d" else "AveragePooling2D"
        note = "  # PyTorch pads max pooling with -inf" if padding and kind == "MaxPool2d" else ""
        stride = s.get("stride")
        strides = _k(stride) if stride not in (None, 0) else "None"
        return padding + [f"layers.{name}(pool_size={_k(s['kernel_size'])}, strides={strides}),{note}"]
    if kind == "Flatten":
        return ["layers.Flatten()"]
    if kind == "Dropout":
        return [f"layers.Dropout({s['p']!r})"]
    if kind in ("BatchNorm1d", "BatchNorm2d"):
        # Keras's momentum weighs the old average; PyTorch's the new batch.
        return [f"layers.BatchNormalization(axis=1, epsilon={s['eps']!r}, momentum={1 - s['momentum']!r})"]
    if kind == "ReLU":
        return ["layers.ReLU()"]
    if kind == "LeakyReLU":
        return [f"layers.LeakyReLU(negative_slope={s['negative_slope']!r})"]
    if kind in ("Sigmoid", "Tanh", "GELU"):
        return [f'layers.Activation("{kind.lower()}")']
    if kind == "Softmax":
        return [f"layers.Softmax(axis={s['dim']!r})"]
    raise InputError(translate("CodeExport", "The layer {type} has no Keras version here.").format(type=kind))


def _keras_layers(design: Design) -> str:
    lines = []
    for info in validate(design).layers:
        made = _keras_layer(info.type, info.settings, info.in_shape)
        for i, line in enumerate(made):
            comment = f"  # -> {tuple(info.out_shape)}" if i == len(made) - 1 and "#" not in line else ""
            lines.append(f"        {line}{'' if line.endswith(',') or '#' in line else ','}{comment}")
    return "\n".join(lines)


_TORCH_OPTIMISERS = {"sgd": "SGD", "rmsprop": "RMSprop", "adagrad": "Adagrad", "adam": "Adam", "adamw": "AdamW"}


def torch_optimizer_code(c, lr: str | None = None) -> str:
    """The torch.optim constructor for a TrainingConfig, as code; `lr` names a variable that
    holds the learning rate (else its value is written)."""
    return f"torch.optim.{_TORCH_OPTIMISERS[c.optimizer]}(model.parameters(), lr={lr or repr(c.lr)}{_arguments(c)})"


def _keras_optimizer(c) -> str:
    # Keras's weight_decay is decoupled (as AdamW's); PyTorch's adds it to the gradient.
    return f"keras.optimizers.{_TORCH_OPTIMISERS[c.optimizer]}(learning_rate={c.lr!r}{_arguments(c)})"


def _arguments(c) -> str:
    """The optimiser's arguments after the learning rate; both frameworks name them alike."""
    extra = ""
    if c.optimizer == "sgd":
        extra = f", momentum={c.momentum!r}" + (", nesterov=True" if c.nesterov and c.momentum > 0 else "")
    if c.weight_decay:
        extra += f", weight_decay={c.weight_decay!r}"
    return extra


def _last_skipped(design: Design) -> bool:
    """The loss takes raw scores: a final Softmax (cross-entropy) or Sigmoid (BCE) is left out
    while training, as nnstudio's own training does."""
    last = design.layers[-1]["type"] if design.layers else ""
    loss = design.training.loss
    return len(design.layers) > 1 and ((loss == "cross_entropy" and last == "Softmax") or (loss == "bce" and last == "Sigmoid"))


def pytorch_code(design: Design) -> str:
    analysis = validate(design)
    outputs = analysis.output_shape[0] if len(analysis.output_shape) == 1 else analysis.output_shape
    c = design.training
    loss = c.loss
    if loss == "cross_entropy":
        targets = "torch.randint(0, NUM_OUTPUTS, (256,))"
    elif loss in _NUMBER_LOSSES:
        targets = "torch.randn(256, NUM_OUTPUTS)"
    else:
        targets = "torch.randint(0, 2, (256, NUM_OUTPUTS)).float()"
    optimizer = torch_optimizer_code(c)
    skip = _last_skipped(design)
    return _TORCH.format(
        name=design.name, description=design.description or "a network designed in nnstudio.",
        input_shape=tuple(design.input), outputs=outputs, layers="\n".join(_layer_code(design, None)),
        seed=c.seed, targets=targets, loss=_TORCH_LOSS[loss], optimizer=optimizer,
        epochs=min(c.epochs, 5), batch_size=c.batch_size, train_slice="[:-1]" if skip else "",
        train_note=f"the loss takes raw scores: the final {design.layers[-1]['type']} is left out while training"
        if skip else "the whole network")


def keras_code(design: Design) -> str:
    analysis = validate(design)
    outputs = analysis.output_shape[0] if len(analysis.output_shape) == 1 else analysis.output_shape
    c = design.training
    last = design.layers[-1]["type"] if design.layers else ""
    if c.loss == "cross_entropy":
        targets = "np.random.randint(0, NUM_OUTPUTS, 256)"
        loss = f"keras.losses.SparseCategoricalCrossentropy(from_logits={last != 'Softmax'})"
    elif c.loss == "bce":
        targets = "np.random.randint(0, 2, (256, NUM_OUTPUTS)).astype(\"float32\")"
        loss = f"keras.losses.BinaryCrossentropy(from_logits={last != 'Sigmoid'})"
    elif c.loss in _NUMBER_LOSSES:
        targets = "np.random.normal(size=(256, NUM_OUTPUTS)).astype(\"float32\")"
        loss = _NUMBER_LOSSES[c.loss]
    else:
        targets = "np.random.randint(0, 2, (256, NUM_OUTPUTS)).astype(\"float32\")"
        loss = "keras.losses.MeanSquaredError()"
    optimizer = _keras_optimizer(c)
    return _KERAS.format(
        name=design.name, description=design.description or "a network designed in nnstudio.",
        input_shape=tuple(design.input), outputs=outputs, layers=_keras_layers(design), seed=c.seed,
        targets=targets, loss=loss, optimizer=optimizer, epochs=min(c.epochs, 5), batch_size=c.batch_size)


def design_code(design: Design, framework: str) -> str:
    if framework not in FRAMEWORKS:
        raise InputError(translate("CodeExport", "Unknown framework {name}; choose pytorch or keras.").format(
            name=repr(framework)))
    return pytorch_code(design) if framework == "pytorch" else keras_code(design)


def write_code(design: Design, framework: str, path: str | Path) -> Path:
    text = design_code(design, framework)  # refuses a bad design before anything is written
    path = Path(path)
    write_text(path, text)
    return path
