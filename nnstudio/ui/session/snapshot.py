"""A session's state: taken from the tabs' state models, written, read back, and put back.

Four steps, each on the thread it belongs to:

- ``capture(window)`` (window's thread, cheap): plain values and read-only arrays from the
  ImageDocument, the Pixels settings model, the Filters PipelineModel and the NetworkDocument,
  and the Learning tab's panels in the words of a lesson state (ui/lessons/state_learning.py).
- ``save(path, snapshot)`` (background): PNG and torch encoding, then one atomic write.
- ``load(path)`` (background): reads the file and checks *every* part (the image decoded by
  the one image loader, each Pixels setting, each Filters stage, the design, the weights
  loaded into a model of that design) before anything is applied.
- ``apply(window, restored)`` (window's thread): only then are the models changed, so a
  file that is damaged anywhere changes nothing at all.
"""

from __future__ import annotations

import io
import math
import tempfile
from dataclasses import dataclass, fields, replace
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication

from ... import __version__
from ...core.errors import InputError
from ...core.image_io import LoadedImage, encode_png, load_image
from ...core.pipeline import Stage
from ...core.pipeline_json import pipeline_from_dict, pipeline_to_dict
from ...core.lesson_format import STATE_KEYS
from ...core.session_file import read_session, write_session
from ..document import working_copy
from ..lessons.state_learning import learning_state, plan_learning
from ..pixels.settings_model import PixelControls, controls_from_dict, controls_to_dict

IMAGE_MEMBER = "image.png"
WEIGHTS_MEMBER = "weights.pt"
CURVE_KEYS = ("epoch", "train_loss", "test_loss", "train_acc", "test_acc")
MAX_EPOCHS_KEPT = 100_000


@dataclass(frozen=True)
class Snapshot:
    tab: str
    image_name: str
    pixels: np.ndarray  # read-only, as the document holds it
    alpha: np.ndarray | None
    pixel_controls: dict
    filters: dict
    design: dict
    weights: dict | None  # name -> CPU tensor (a copy the training thread never touches)
    curves: dict | None  # CURVE_KEYS -> lists, and "label"
    learning: dict | None = None  # the Learning tab, as a lesson state's "learning" part


@dataclass(frozen=True)
class Restored:
    tab: str | None
    image: LoadedImage
    working: np.ndarray
    controls: PixelControls
    stages: list[Stage]
    gray: bool
    selected: int
    design: object  # nn.design.Design
    model: object | None  # a torch module holding the saved weights
    curves: dict | None
    source: str  # the file's name, for messages
    learning: dict | None = None  # checked by plan_learning; None: the Learning tab stays as it is


def _page(window, key: str):
    return next(page for page in window.pages if page.key == key)


# --- window -> file ---------------------------------------------------------------------------
def capture(window) -> Snapshot:
    image = window.document.image
    filters = _page(window, "filters").model
    network_page = _page(window, "network")
    network = network_page.network
    weights = curves = None
    model, _why = network.trained_model() if network.run is not None else (None, None)
    plot = network_page.plots.current
    if model is not None and plot is not None and plot.run_id == network.run.id:
        weights = {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}
        curves = {"label": plot.label, "epoch": plot.epochs.tolist(), "train_loss": plot.train_loss.tolist(),
                  "test_loss": plot.test_loss.tolist(), "train_acc": (plot.train_acc / 100).tolist(),
                  "test_acc": (plot.test_acc / 100).tolist()}
    elif model is not None:
        weights = {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}
    return Snapshot(window.current_page().key, image.source.name, image.pixels, image.alpha,
                    controls_to_dict(_page(window, "pixels").settings_model.state),
                    pipeline_to_dict(filters.stages, filters.gray, filters.selected),
                    network.current_design().to_dict(), weights, curves, learning_state(_page(window, "learning")))


def _image_png(snapshot: Snapshot) -> bytes:
    """Lossless, at OpenCV's fastest PNG level: a session is saved on every close, and a
    photograph's noise barely compresses anyway (benchmarks/session_save_open.py: a 1920 ×
    1080 photo's session saved in 0.4 s instead of 1.1 s with Pillow's default, 5 % larger)."""
    pixels = snapshot.pixels
    if pixels.ndim == 3:
        pixels = cv2.cvtColor(np.ascontiguousarray(pixels), cv2.COLOR_RGB2BGR)
    if snapshot.alpha is not None:
        pixels = np.dstack([pixels, snapshot.alpha])  # BGRA, or gray + alpha
        if pixels.shape[2] == 2:  # OpenCV writes no gray + alpha PNG: Pillow does
            return encode_png(np.dstack([snapshot.pixels, snapshot.alpha]))
    ok, data = cv2.imencode(".png", pixels, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    if not ok:
        return encode_png(snapshot.pixels if snapshot.alpha is None else np.dstack([snapshot.pixels, snapshot.alpha]))
    return data.tobytes()


def _finite(values) -> list:
    return [None if not math.isfinite(v) else float(v) for v in values]


def save(path: str | Path, snapshot: Snapshot) -> Path:
    """Encode and write the session atomically (background thread)."""
    members = {IMAGE_MEMBER: _image_png(snapshot)}
    network = {"design": snapshot.design, "weights": None, "curves": None}
    if snapshot.weights is not None:
        import torch

        buffer = io.BytesIO()
        torch.save(snapshot.weights, buffer)
        members[WEIGHTS_MEMBER] = buffer.getvalue()
        network["weights"] = WEIGHTS_MEMBER
        if snapshot.curves is not None:
            network["curves"] = {k: (v if k == "label" else _finite(v)) for k, v in snapshot.curves.items()}
    manifest = {"app_version": __version__, "tab": snapshot.tab,
                "image": {"member": IMAGE_MEMBER, "name": snapshot.image_name},
                "pixels": snapshot.pixel_controls, "filters": snapshot.filters, "network": network}
    if snapshot.learning is not None:
        manifest["learning"] = snapshot.learning
    return write_session(path, manifest, members)


# --- file -> window ---------------------------------------------------------------------------
def _part(manifest: dict, key: str, name: str):
    if key not in manifest:
        raise InputError(QCoreApplication.translate("Session", "{name} is incomplete: it has no {part} part.").format(name=name, part=key))
    return manifest[key]


def _load_image(data: bytes, stored_name: str, file_name: str) -> LoadedImage:
    with tempfile.TemporaryDirectory(prefix="nnstudio-session-") as folder:
        path = Path(folder) / IMAGE_MEMBER
        path.write_bytes(data)
        try:
            image = load_image(path)
        except InputError:
            raise InputError(QCoreApplication.translate("Session", "{name} is damaged: its image cannot be decoded.").format(name=file_name)) from None
    return replace(image, source=replace(image.source, name=stored_name, path=None))


def _curves(raw, name: str) -> dict | None:
    if raw is None:
        return None
    ok = isinstance(raw, dict) and all(isinstance(raw.get(k), list) for k in CURVE_KEYS)
    if ok:
        lengths = {len(raw[k]) for k in CURVE_KEYS}
        ok = len(lengths) == 1 and lengths.pop() <= MAX_EPOCHS_KEPT and all(
            v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)) for k in CURVE_KEYS for v in raw[k])
    if not ok:
        raise InputError(QCoreApplication.translate("Session", "{name} is damaged: its training curves cannot be read.").format(name=name))
    curves = {k: np.array([np.nan if v is None else v for v in raw[k]], np.float64) for k in CURVE_KEYS}
    curves["label"] = str(raw.get("label", ""))[:200]
    return curves


def _weights(data: bytes, design, name: str):
    from ...nn.build import build_model, load_weights

    model = build_model(design)
    with tempfile.TemporaryDirectory(prefix="nnstudio-session-") as folder:
        path = Path(folder) / WEIGHTS_MEMBER
        path.write_bytes(data)
        try:
            load_weights(model, path)
        except InputError as exc:
            raise InputError(QCoreApplication.translate("Session", "{name}: its weights cannot be used ({reason}).").format(
                name=name, reason=str(exc).rstrip("."))) from None
    return model.eval()


def load(path: str | Path) -> Restored:
    """Read and check a whole session (background thread); InputError with one sentence."""
    from ...nn.design_file import design_from_dict

    path = Path(path)
    session = read_session(path)
    manifest, name = session.manifest, path.name
    image_entry = _part(manifest, "image", name)
    stored_name = image_entry.get("name") if isinstance(image_entry, dict) else None
    image = _load_image(session.members[image_entry["member"]], str(stored_name or name)[:200], name)
    try:
        controls = controls_from_dict(_part(manifest, "pixels", name))
        stages, gray, selected = pipeline_from_dict(_part(manifest, "filters", name))
        network = _part(manifest, "network", name)
        if not isinstance(network, dict) or not isinstance(network.get("design"), dict):
            raise InputError(QCoreApplication.translate("Session", "The network design is missing."))
        design = design_from_dict(network["design"])
        learning = manifest.get("learning")  # sessions from before it was kept have none
        if learning is not None:
            if not isinstance(learning, dict) or set(learning) - set(STATE_KEYS["learning"]):
                raise InputError(QCoreApplication.translate("Session", "The Learning tab's part cannot be read."))
            plan_learning(learning)  # checks every value; InputError names the one that is wrong
    except InputError as exc:
        raise InputError(QCoreApplication.translate("Session", "{name} cannot be opened: {reason}").format(name=name, reason=exc)) from None
    for key in ("file", "folder"):  # an imported data set lives outside the session
        where = design.dataset.get(key)
        if isinstance(where, str) and where and not Path(where).exists():
            raise InputError(QCoreApplication.translate(
                "Session", "{name} trains on {data}, which is no longer there; put it back to open the session.").format(
                name=name, data=where))
    model = _weights(session.members[network["weights"]], design, name) if network.get("weights") else None
    curves = _curves(network.get("curves"), name) if model is not None else None
    tab = manifest.get("tab") if isinstance(manifest.get("tab"), str) else None
    return Restored(tab, image, working_copy(image.pixels), controls, stages, gray, selected, design, model,
                    curves, name, learning)


def defaults(tab: str | None = None) -> Restored:
    """A clean session: the first-start sample, default settings, pipeline and design."""
    from ...core.samples import DEFAULT_SAMPLE, load_sample
    from ...nn.design_file import load_design
    from ..filters.pipeline_model import default_stages
    from ..network.page import DEFAULT_PRESET

    image = load_sample(DEFAULT_SAMPLE)
    return Restored(tab, image, working_copy(image.pixels), PixelControls(), default_stages(), True, 1,
                    load_design(DEFAULT_PRESET), None, None, "")


@dataclass(frozen=True)
class SavedEpoch:
    """An epoch's figures as a session keeps them (the loss plot's add() reads these)."""

    epoch: int
    train_loss: float
    test_loss: float
    train_acc: float
    test_acc: float
    batch_losses: np.ndarray


def apply(window, restored: Restored) -> None:
    """Put a checked session into the models (window's thread; nothing here can refuse)."""
    window.document.set_image(restored.image, restored.working)
    pixels = _page(window, "pixels").settings_model
    pixels.update(**{f.name: getattr(restored.controls, f.name) for f in fields(PixelControls)})
    _page(window, "filters").model.load(restored.stages, restored.gray, restored.selected)
    network_page = _page(window, "network")
    network_page.network.open(restored.design)
    if restored.model is not None:
        _adopt_when_ready(network_page, restored)
    if restored.learning is not None:
        for action in plan_learning(restored.learning):
            action(window)
    if restored.tab in [page.key for page in window.pages]:
        window.select_tab(restored.tab)


def _adopt_when_ready(page, restored: Restored) -> None:
    """The weights join the design once its data set has loaded (the design opened above
    started that); the saved curves come back with them."""
    network = page.network
    design = network.design

    def adopt() -> None:
        if not network.data_ready:
            return
        network.data_changed.disconnect(adopt)
        if network.design is not design or network.problem() is not None:
            return  # the learner changed the design meanwhile: these weights no longer fit
        network.adopt_weights(restored.model, restored.source)
        curves = restored.curves
        if curves is not None and len(curves["epoch"]):
            page.plots.new_run(curves["label"] or restored.source, network.run.id)
            for i in range(len(curves["epoch"])):
                page.plots.add(SavedEpoch(int(curves["epoch"][i]), *(float(curves[k][i]) for k in CURVE_KEYS[1:]),
                                          np.empty(0)), network.run.id)
            page.plots.redraw()

    network.data_changed.connect(adopt)
    adopt()
