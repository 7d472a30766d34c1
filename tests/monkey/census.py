"""What is alive in the monkey's process: a census taken at the end of the warm-up and at the
end of the run, to say where memory that stays goes (the driver's ``--census``).

Counts, through the garbage collector: torch tensors (and the bytes of their distinct
storages, which tracemalloc never sees: torch's CPU allocator is native), numpy arrays that
own their memory, Qt wrapper objects by class, nnstudio objects by class, and the items of
every QGraphicsScene. ``diff`` gives the classes whose count grew most.
"""

from __future__ import annotations

import gc
import warnings
from collections import Counter


def take() -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # isinstance on torch's deprecated module aliases warns
        return _take()


def _take() -> dict:
    gc.collect()
    import numpy as np

    try:
        import torch
    except ImportError:  # pragma: no cover - the app always has torch
        torch = None
    from shiboken6 import Shiboken

    tensors, storages = 0, {}
    roots = {}  # id -> the array that owns the memory
    image_bytes = 0
    qt, ours = Counter(), Counter()
    scenes = []
    tracked = gc.get_objects()

    def note_array(array) -> None:
        while isinstance(array.base, np.ndarray):
            array = array.base
        roots[id(array)] = array

    # Arrays are not tracked by the collector: they are found as what tracked objects refer
    # to (and what untracked tuples among those refer to).
    seen = set()
    stack = list(tracked)
    while stack:
        for ref in gc.get_referents(stack.pop()):
            if isinstance(ref, np.ndarray):
                note_array(ref)
            elif isinstance(ref, tuple) and not gc.is_tracked(ref) and id(ref) not in seen:
                seen.add(id(ref))
                stack.append(ref)
    for obj in tracked:
        kind = type(obj)
        if torch is not None and isinstance(obj, torch.Tensor):
            tensors += 1
            try:
                storage = obj.untyped_storage()
                if storage.device.type == "cpu":
                    storages[storage.data_ptr()] = max(storages.get(storage.data_ptr(), 0), storage.nbytes())
            except (RuntimeError, NotImplementedError):
                pass
        elif isinstance(obj, Shiboken.Object):
            qt[kind.__name__] += 1
            if kind.__name__ in ("QImage", "QPixmap"):
                try:
                    image_bytes += obj.sizeInBytes() if kind.__name__ == "QImage" else obj.width() * obj.height() * 4
                except RuntimeError:
                    pass
            if kind.__name__ == "QGraphicsScene" or any(c.__name__ == "QGraphicsScene" for c in kind.__mro__):
                scenes.append(obj)
        module = getattr(kind, "__module__", "")
        if isinstance(module, str) and module.startswith(("nnstudio", "pyqtgraph")):
            ours[f"{module}.{kind.__qualname__}"] += 1
    scene_items = 0
    for scene in scenes:
        try:
            scene_items += len(scene.items())
        except RuntimeError:  # its C++ object is gone
            pass
    import sys

    return {"modules": sorted(sys.modules), "tensors": tensors, "tensor_mb": round(sum(storages.values()) / 2**20, 1),
            "arrays": len(roots), "array_mb": round(sum(a.nbytes for a in roots.values()) / 2**20, 1),
            "image_mb": round(image_bytes / 2**20, 1),
            "scenes": len(scenes), "scene_items": scene_items,
            "qt": dict(qt), "objects": dict(ours)}


def diff(before: dict, after: dict, top: int = 25) -> dict:
    """The totals before and after, and the classes whose count grew most."""
    out = {key: [before[key], after[key]] for key in ("tensors", "tensor_mb", "arrays", "array_mb",
                                                        "image_mb", "scenes", "scene_items")}
    for group in ("qt", "objects"):
        grew = Counter(after[group])
        grew.subtract(before[group])
        out[group] = [(name, before[group].get(name, 0), after[group].get(name, 0))
                      for name, change in grew.most_common(top) if change > 0]
    # modules imported after the warm-up (their code and data stay): by package, with how many
    earlier = set(before["modules"])
    new = [name for name in after["modules"] if name not in earlier]
    out["imported"] = sorted(Counter(name.split(".")[0] for name in new).items(), key=lambda kv: -kv[1])
    return out


_births: dict[int, tuple] = {}


def track_births(*classes) -> None:
    """Remember where each instance of `classes` is made (the innermost nnstudio frames), so
    that ``births()`` can say which places made the ones still alive."""
    import traceback
    import weakref

    for cls in classes:
        original = cls.__init__

        def init(self, *args, __original=original, **kwargs):
            __original(self, *args, **kwargs)
            frames = [f for f in traceback.extract_stack()[:-1] if "nnstudio" in f.filename][-4:]
            where = " < ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames))
            try:
                _births[id(self)] = (weakref.ref(self), type(self).__name__, where)
            except TypeError:
                _births[id(self)] = (lambda obj=self: obj, type(self).__name__, where)

        cls.__init__ = init


def births() -> dict:
    """Alive tracked instances, counted by class and birthplace."""
    gc.collect()
    alive = Counter()
    for ref, name, where in _births.values():
        if ref() is not None:
            alive[f"{name} @ {where}"] += 1
    return dict(alive)
