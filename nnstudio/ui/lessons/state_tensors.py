"""The Tensors tab's part of a lesson state (see apply.py): the sub-view shown, the tensor
picked, the broadcasting shapes and operation, the Devices race's sizes, and a race started."""

from __future__ import annotations

import math

from ...core.broadcasting import OPS
from ...core.i18n import QT_TRANSLATE_NOOP
from ...nn.device_bench import check_sizes
from ..tensors.broadcast_model import MAX_DRAWN
from ..tensors.tensors_model import ORDER
from .state_common import known, page, refuse

TENSOR_VIEWS = ("tensors", "broadcast", "code", "devices")


def _whole_list(value: object, low: int, high: int) -> bool:
    return isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) and low <= v <= high
                                           for v in value)


def plan_tensors(spec: dict) -> list:
    actions: list = []
    if "tensor" in spec:
        key = spec["tensor"]
        known(key, ORDER, QT_TRANSLATE_NOOP("Lessons", "there is no tensor {name} (tensors: {known})."))
        actions.append(lambda window: page(window, "tensors").tensors.model.select(key))
    for operand in ("a", "b"):
        if operand in spec:
            shape = spec[operand]
            if not _whole_list(shape, 1, MAX_DRAWN) or len(shape) > 5 or math.prod(shape) > MAX_DRAWN:
                raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"{key}\" is a shape: a list of at most 5 sizes whose "
                                                          "product is at most {limit}."), key=operand, limit=MAX_DRAWN)
            actions.append(lambda window, o=operand.upper(), s=shape:
                           page(window, "tensors").views["broadcast"].show_shape(o, s))
    if "op" in spec:
        op = spec["op"]
        known(op, OPS, QT_TRANSLATE_NOOP("Lessons", "there is no broadcasting operation {name} (known: {known})."))
        actions.append(lambda window: page(window, "tensors").views["broadcast"].model.set_op(op))
    if "sizes" in spec:
        sizes = spec["sizes"]
        try:
            ok = _whole_list(sizes, 1, 1 << 30) and bool(sizes) and bool(check_sizes(sizes))
        except ValueError:  # InputError is one
            ok = False
        if not ok:
            raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"sizes\" is a list of whole numbers from 8 to 4096."))
        actions.append(lambda window: page(window, "tensors").devices.sizes.setText(", ".join(map(str, sizes))))
    if "epoch" in spec:
        epoch = spec["epoch"]
        if not isinstance(epoch, bool):
            raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"epoch\" must be true or false."))
        actions.append(lambda window: page(window, "tensors").devices.epoch.setChecked(epoch))
    if "view" in spec:
        view = spec["view"]
        known(view, TENSOR_VIEWS, QT_TRANSLATE_NOOP("Lessons", "there is no Tensors view {name} (views: {known})."))
        actions.append(lambda window: page(window, "tensors").show_view(view))
    if "race" in spec:  # last: the race reads the sizes and the epoch box set above
        if spec["race"] is not True:
            raise refuse(QT_TRANSLATE_NOOP("Lessons", "\"race\" can only be true (start the Devices race)."))
        actions.append(lambda window: page(window, "tensors").devices.start_race())
    return actions
