"""A design made to fit a learner's own table: the input takes as many numbers as the table
has feature columns, and the last Linear layer gives one output per class (or one number
for a regression, without a final Softmax). A design that
cannot be fitted that way (say, a convolution that needs an image) is refused with the
sentence its analysis gives.
"""

from __future__ import annotations

from dataclasses import replace

from ..core.dataset_registry import DataSet
from ..core.errors import InputError
from ..core.i18n import translate
from .design import Design, analyse, apply_fix


def fit_design_to_data(design: Design, data: DataSet) -> Design:
    fitted = replace(design, input=list(data.input_shape))
    if data.task == "regress" and len(design.layers) > 1 and design.layers[-1].get("type") == "Softmax":
        # A softmax over the one output of a regression is always 1: the number goes unscaled.
        fitted = fitted.with_layers(list(design.layers[:-1]))
    verdict = analyse(fitted, data.outputs)
    error = verdict.error
    if error is not None and error.fix is not None and error.fix.get("key") == "out_features":
        fitted = apply_fix(fitted, error.fix, error.index)
        error = analyse(fitted, data.outputs).error
    if error is not None:
        raise InputError(translate("DataFit", "{design} cannot take {data} ({n} numbers per row, {classes} "
                                   "classes): {why}.").format(design=design.name, data=data.name,
                                                              n=data.input_shape[0] if data.input_shape else 0,
                                                              classes=data.outputs, why=str(error).rstrip(".")))
    return fitted
