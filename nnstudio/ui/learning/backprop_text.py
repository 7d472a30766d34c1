"""The sentence and the arithmetic for each step of a backprop trace, numbers written out.

Every formula is shown with the numbers that go into it and the number that comes out, so a
learner can redo it on paper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from .backprop_model import Step

if TYPE_CHECKING:
    from ...nn.backprop import BackpropTrace

MAX_TERMS = 8  # a sum longer than this is shown with "…"


def n(value: float) -> str:
    """A number as the view writes it: 4 decimals, negative numbers in brackets in products."""
    return f"{float(value) + 0.0:.4f}"


def p(value: float) -> str:
    text = n(value)
    return f"({text})" if text.startswith("-") else text


def vec(values) -> str:
    return "[" + ", ".join(n(v) for v in np.ravel(values)) + "]"


def _sum(terms: list[str]) -> str:
    if len(terms) > MAX_TERMS:
        terms = terms[:MAX_TERMS - 1] + ["…"]
    return " + ".join(terms)


def _input_name(layer: int, i: int) -> str:
    return f"x{i + 1}" if layer == 0 else f"a{layer}_{i + 1}"


F_NAMES = {"sigmoid": "σ", "tanh": "tanh", "relu": "ReLU", "identity": "", "softmax": "softmax"}


def explain(trace: BackpropTrace, step: Step | None) -> str:
    if step is None:
        return QCoreApplication.translate("BackpropText", "The input x = {x} with target {t}. Press Next to compute the first neuron.").format(
            x=vec(trace.x), t=vec(trace.target))
    if step.phase == "forward":
        return _forward(trace, step.layer, step.neuron)
    if step.phase == "loss":
        return _loss(trace)
    if step.phase == "backward":
        return _backward(trace, step.layer, step.neuron)
    return _update(trace)


def _forward(trace: BackpropTrace, l: int, j: int) -> str:
    layer = trace.layers[l]
    w, a_in = layer.weight[j], layer.input
    names = [f"w{j + 1},{i + 1}·{_input_name(l, i)}" for i in range(len(a_in))]
    numbers = [f"{p(w[i])}·{p(a_in[i])}" for i in range(len(a_in))]
    lines = [QCoreApplication.translate("BackpropText", "Layer {l}, neuron {j}: forward").format(l=l + 1, j=j + 1),
             f"z = {_sum(names)} + b{j + 1}",
             f"  = {_sum(numbers)} + {p(layer.bias[j])}",
             f"  = {n(layer.z[j])}"]
    kind = layer.activation
    if kind == "identity":
        lines.append(QCoreApplication.translate("BackpropText", "a = z = {a}   (no activation: the score itself)").format(a=n(layer.a[j])))
    elif kind == "softmax":
        lines.append(QCoreApplication.translate("BackpropText", "a = softmax(z)_{j} = e^z{j} / Σ e^z = {a}   (needs every z of the layer)")
                     .format(j=j + 1, a=n(layer.a[j])))
    else:
        lines.append(f"a = {F_NAMES[kind]}(z) = {F_NAMES[kind]}({n(layer.z[j])}) = {n(layer.a[j])}")
    return "\n".join(lines)


def _loss(trace: BackpropTrace) -> str:
    last = trace.layers[-1]
    a, t = last.a, trace.target
    kind = trace.loss_kind
    if kind == "cross_entropy":
        c = int(t[0])
        if last.activation == "softmax":
            body = f"L = −log a_{c + 1} = −log {n(a[c])} = {n(trace.loss)}"
        else:
            probs = np.exp(a - a.max()) / np.exp(a - a.max()).sum()
            body = (QCoreApplication.translate("BackpropText", "p = softmax(a) = {p}").format(p=vec(probs)) + "\n"
                    + f"L = −log p_{c + 1} = −log {n(probs[c])} = {n(trace.loss)}")
        head = QCoreApplication.translate("BackpropText", "Loss: cross-entropy against class {c}").format(c=c)
    elif kind == "bce":
        head = QCoreApplication.translate("BackpropText", "Loss: binary cross-entropy against t = {t}").format(t=vec(t))
        if last.activation == "sigmoid":
            body = f"L = −Σ [t·log a + (1 − t)·log(1 − a)] = {n(trace.loss)}"
        else:
            body = f"L = −Σ [t·log σ(a) + (1 − t)·log(1 − σ(a))] = {n(trace.loss)}"
    else:
        head = QCoreApplication.translate("BackpropText", "Loss: mean squared error against t = {t}").format(t=vec(t))
        terms = [f"({n(ai)} − {n(ti)})²" for ai, ti in zip(a, t)]
        body = f"L = (1/{len(a)})·[{_sum(terms)}] = {n(trace.loss)}"
    return f"{head}\n{body}"


def _dl_da_last(trace: BackpropTrace, j: int) -> str:
    last = trace.layers[-1]
    a, t, kind = last.a, trace.target, trace.loss_kind
    value = n(last.dL_da[j])
    if kind == "cross_entropy":
        tj = 1.0 if j == int(t[0]) else 0.0
        if last.activation == "softmax":
            return f"∂L/∂a{j + 1} = −t{j + 1}/a{j + 1} = {value}"
        probs = np.exp(a - a.max()) / np.exp(a - a.max()).sum()
        return f"∂L/∂a{j + 1} = p{j + 1} − t{j + 1} = {n(probs[j])} − {n(tj)} = {value}"
    if kind == "bce":
        if last.activation == "sigmoid":
            return (f"∂L/∂a{j + 1} = (a − t)/(a(1 − a)) = ({n(a[j])} − {n(t[j])})/"
                    f"({n(a[j])}·{n(1 - a[j])}) = {value}")
        return f"∂L/∂a{j + 1} = σ(a) − t = {value}"
    return f"∂L/∂a{j + 1} = 2(a − t)/{len(a)} = 2·({n(a[j])} − {n(t[j])})/{len(a)} = {value}"


def _f_prime(kind: str, layer, j: int) -> str:
    if kind == "sigmoid":
        return f"σ′(z) = a(1 − a) = {n(layer.a[j])}·{n(1 - layer.a[j])} = {n(layer.f_prime[j])}"
    if kind == "tanh":
        return f"tanh′(z) = 1 − a² = 1 − {p(layer.a[j])}² = {n(layer.f_prime[j])}"
    if kind == "relu":
        return QCoreApplication.translate("BackpropText", "ReLU′(z) = 1 if z > 0 else 0 = {v}").format(v=n(layer.f_prime[j]))
    return QCoreApplication.translate("BackpropText", "f′(z) = 1 (no activation)")


def _backward(trace: BackpropTrace, l: int, j: int) -> str:
    layer = trace.layers[l]
    lines = [QCoreApplication.translate("BackpropText", "Layer {l}, neuron {j}: backward").format(l=l + 1, j=j + 1)]
    if l == len(trace.layers) - 1:
        lines.append(_dl_da_last(trace, j))
    else:
        after = trace.layers[l + 1]
        terms = [f"{p(after.weight[k, j])}·{p(after.dL_dz[k])}" for k in range(len(after.dL_dz))]
        lines.append(QCoreApplication.translate("BackpropText", "∂L/∂a{j} = Σₖ wₖ,{j}·∂L/∂zₖ over the neurons k of layer {l2} (what each "
                        "neuron it feeds sends back)")
                     .format(j=j + 1, l2=l + 2))
        lines.append(f"  = {_sum(terms)} = {n(layer.dL_da[j])}")
    if layer.f_prime is None:  # softmax
        lines.append(QCoreApplication.translate("BackpropText", "∂L/∂z{j} = a{j}·(∂L/∂a{j} − Σᵢ aᵢ·∂L/∂aᵢ) = {v}   (the softmax mixes its "
                        "outputs; with cross-entropy this is a − t)").format(j=j + 1,
                                                                              v=n(layer.dL_dz[j])))
    else:
        lines.append(_f_prime(layer.activation, layer, j))
        lines.append(f"∂L/∂z{j + 1} = ∂L/∂a{j + 1}·f′(z{j + 1}) = {p(layer.dL_da[j])}·"
                     f"{p(layer.f_prime[j])} = {n(layer.dL_dz[j])}")
        if l == len(trace.layers) - 1 and trace.loss_kind == "bce" and layer.activation == "sigmoid":
            lines.append(QCoreApplication.translate("BackpropText", "   (σ meets binary cross-entropy: this is a − t)"))
    grads = [f"{p(layer.dL_dz[j])}·{p(x)} = {n(g)}" for x, g in zip(layer.input, layer.dL_dW[j])]
    lines.append(QCoreApplication.translate("BackpropText", "∂L/∂w{j},i = ∂L/∂z{j}·{src}i:").format(
        j=j + 1, src="x" if l == 0 else f"a{l}_"))
    lines += [f"  i = {i + 1}: {g}" for i, g in enumerate(grads[:MAX_TERMS])]
    lines.append(f"∂L/∂b{j + 1} = ∂L/∂z{j + 1} = {n(layer.dL_db[j])}")
    return "\n".join(lines)


def _update(trace: BackpropTrace) -> str:
    lines = [QCoreApplication.translate("BackpropText", "Update: every weight and bias moves against its gradient, η = {lr}").format(
        lr=f"{trace.lr:g}"), "W ← W − η·∂L/∂W,   b ← b − η·∂L/∂b"]
    first = trace.layers[0]
    lines.append(QCoreApplication.translate("BackpropText", "for example W1,1: {w} − {lr}·{g} = {new}").format(
        w=n(first.weight[0, 0]), lr=f"{trace.lr:g}", g=p(first.dL_dW[0, 0]),
        new=n(first.weight_new[0, 0])))
    change = trace.new_loss - trace.loss
    lines.append(QCoreApplication.translate("BackpropText", "Loss on the same sample: {old} → {new} ({change:+.4f})").format(
        old=n(trace.loss), new=n(trace.new_loss), change=change))
    lines.append(QCoreApplication.translate("BackpropText", "Apply update keeps the new weights; do it again and again to train by hand."))
    return "\n".join(lines)
