"""Trained weights on disk: written atomically, and checked before a single tensor is read.

A ``.pt`` file from ``torch.save`` is a zip archive: a small pickle (``data.pkl``) that
describes the tensors, and one stored member per tensor's raw bytes. ``torch.load`` with
``weights_only=True`` never runs code from the pickle, but it inflates whatever the archive
holds: a 2 MB file with one deflated 2 GiB member costs 2 GiB of memory before any shape is
compared. So the archive is inspected with :mod:`zipfile` first: torch never compresses its
members, the storages together may not exceed what the design's own tensors need, and the
file itself may not be larger than that plus its small pickle. Only then is it loaded, and
the result checked key by key (strings only), shape by shape, and for NaN/infinite values.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import torch
from torch import nn

from ..core.atomic_write import write_bytes
from ..core.errors import InputError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from .weight_fit import weights_mismatch

#: Room for the pickle, the archive's small records and its directory beside the storages.
_OVERHEAD = 4 * 1024 * 1024


def save_weights(model: nn.Module, path: str | Path) -> None:
    """Write the model's state dict (on the CPU) atomically; InputError if it cannot."""
    state = {k: v.detach().cpu() for k, v in model.state_dict().items()}
    # Serialised in memory first: torch's zip writer turns a failed write into an unrelated
    # RuntimeError ("unexpected pos"); plain bytes fail with the OSError that says why.
    buffer = io.BytesIO()
    torch.save(state, buffer)
    write_bytes(path, buffer.getvalue())


def _refuse(text: str, path: Path, **values) -> InputError:
    return InputError(translate("WeightsFile", text).format(name=path.name, **values))


def _check_archive(path: Path, needed: int) -> None:
    """The zip-level checks, before torch reads anything."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "There is no weights file {name}."), path) from None
    except OSError:
        raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "{name} cannot be read."), path) from None
    if path.is_dir():
        raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "{name} is a folder, not a weights file."), path)
    # A file for a slightly different network (a wider layer) is read and named layer by
    # layer; one that would inflate to more than twice this design's weights is not read.
    allowed = max(2 * needed, needed + _OVERHEAD)
    if size > allowed + _OVERHEAD:
        raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "The weights in {name} do not fit this design: the file is {size} MB, its "
                      "layers hold {needed} MB."), path,
                      size=f"{size / 1e6:,.1f}", needed=f"{needed / 1e6:,.1f}")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "{name} is not a weights file nnstudio can read (a .pt file saved by "
                      "nnstudio or torch.save)."), path) from None
    if any(m.compress_type != zipfile.ZIP_STORED for m in members):
        raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "{name} holds compressed data, which torch.save never writes; it is not "
                      "a weights file nnstudio opens."), path)
    storages = sum(m.file_size for m in members if "/data/" in m.filename)
    if storages > allowed or sum(m.file_size for m in members) > allowed + _OVERHEAD:
        raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "The weights in {name} do not fit this design: the file declares more "
                      "data than its layers hold."), path)


def load_weights(model: nn.Module, path: str | Path) -> None:
    """Load a state dict saved by save_weights into `model`, or InputError (one sentence)
    with the model unchanged. weights_only, so nothing is unpickled but tensors."""
    path = Path(path)
    expected = model.state_dict()
    needed = sum(t.numel() * t.element_size() for t in expected.values())
    _check_archive(path, needed)
    try:
        state = torch.load(str(path), map_location="cpu", weights_only=True)
    except Exception:  # noqa: BLE001 (torch raises many kinds; its text is not for users)
        raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "{name} is not a weights file nnstudio can read (it is damaged or holds "
                      "more than tensors)."), path) from None
    if not isinstance(state, dict) or not all(isinstance(k, str) for k in state):
        raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "{name} does not hold a state dict of weights (names and tensors)."), path)
    mismatch = weights_mismatch(model, state, path.name)  # the first layer that differs
    if mismatch is not None:
        raise InputError(mismatch)
    for key, tensor in state.items():
        want = expected[key]
        if not isinstance(tensor, torch.Tensor):
            raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "{name} does not hold a state dict of weights (names and tensors)."), path)
        if tensor.is_floating_point() and not bool(torch.isfinite(tensor).all()):
            raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "{name} holds NaN or infinite weights ('{key}')."), path, key=key[:80])
        if tensor.is_floating_point() != want.is_floating_point():
            raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "The weights in {name} do not fit this design ('{key}' has another "
                          "type)."), path, key=key[:80])
    try:
        model.load_state_dict(state)
    except (RuntimeError, TypeError, ValueError):
        raise _refuse(QT_TRANSLATE_NOOP("WeightsFile", "The weights in {name} do not fit this design (different layers or "
                      "sizes)."), path) from None

