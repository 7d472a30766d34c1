"""File ▸ Save session / Open session: a session round-trips every tab's state model, the
trained weights and curves; a newer, damaged or incomplete file changes nothing; the last
session comes back at the next start."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace

import numpy as np
import pytest
import torch
from PIL import Image
from PySide6.QtCore import QSettings

from nnstudio.core.pipeline_json import pipeline_to_dict
from nnstudio.core.session_file import MANIFEST, SESSION_VERSION
from nnstudio.core.perceptron import ThresholdUnit
from nnstudio.ui.lessons.state_learning import learning_state
from nnstudio.ui.session import snapshot
from nnstudio.ui.settings import Settings


def _state(window) -> dict:
    """Everything a session holds, read from the models (not from the file)."""
    pixels, filters, network = window.pages[0], window.pages[1], window.pages[2]
    image = window.document.image
    return {
        "pixels": image.pixels.copy(), "alpha": None if image.alpha is None else image.alpha.copy(),
        "name": image.source.name,
        "controls": pixels.settings_model.state,
        "filters": pipeline_to_dict(filters.model.stages, filters.model.gray, filters.model.selected),
        "design": network.network.current_design().to_dict(),
        "tab": window.current_page().key,
        "learning": learning_state(window.pages[3]),
    }


def _assert_same(a: dict, b: dict) -> None:
    np.testing.assert_array_equal(a["pixels"], b["pixels"])
    assert (a["alpha"] is None) == (b["alpha"] is None)
    if a["alpha"] is not None:
        np.testing.assert_array_equal(a["alpha"], b["alpha"])
    for key in ("name", "controls", "filters", "design", "tab", "learning"):
        assert a[key] == b[key], key


@pytest.fixture
def window(make_main_window, qtbot):
    window = make_main_window()
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.pages[2].network.data_ready, timeout=20_000)
    return window


def _save(window, qtbot, path):
    with qtbot.waitSignal(window.sessions._saver.finished, timeout=30_000):
        window.sessions.save(path)


def _open(window, qtbot, path):
    with qtbot.waitSignal(window.sessions._loader.finished, timeout=60_000):
        window.sessions.open(path)


def _change_everything(window, qtbot, tmp_path):
    """A learner's afternoon: their own RGBA image, 2-bit colour, an edited pipeline, another
    design with its data set and training settings changed."""
    rgba = np.zeros((40, 60, 4), np.uint8)
    rgba[..., 0] = np.arange(60, dtype=np.uint8)[None, :] * 4
    rgba[:10, :20, 1] = 200
    rgba[..., 3] = 255
    rgba[20:, 30:, 3] = 90
    Image.fromarray(rgba).save(tmp_path / "mine.png")
    with qtbot.waitSignal(window.document.image_changed, timeout=10_000):
        window.open_path(tmp_path / "mine.png")
    window.pages[0].settings_model.update(mode="bits", bits=2, dither_bits="bayer4", scale=0.5)
    filters = window.pages[1].model
    filters.add("pool")
    filters.select(1)
    filters.update_selected("conv", kernel=np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], np.float32))
    filters.add("gamma")
    filters.set_gray(False)
    network = window.pages[2]
    network.open_preset("mlp_spiral")
    network.network.set_dataset_entry({**network.network.dataset_entry, "noise": 0.3, "n": 400})
    network.data_panel.show_entry()
    network.training.lr.setValue(0.02)
    network.training.epochs.setValue(7)
    learning = window.pages[3]
    learning.panels["perceptron"].model.set_unit(ThresholdUnit(0.75, -1.25, 0.5, False))
    rosenblatt = learning.panels["rosenblatt"].gate
    rosenblatt.setCurrentIndex(rosenblatt.findData("gate-nand"))
    learning.panels["activations"].depth_slider.setValue(17)
    learning.show_panel("activations")
    window.select_tab("filters")


def test_a_session_round_trips_every_tabs_state(window, make_main_window, qtbot, tmp_path):
    _change_everything(window, qtbot, tmp_path)
    before = _state(window)
    path = tmp_path / "afternoon.nnstudio"
    _save(window, qtbot, path)
    assert zipfile.is_zipfile(path)
    manifest = json.loads(zipfile.ZipFile(path).read(MANIFEST))
    assert manifest["version"] == SESSION_VERSION and manifest["network"]["weights"] is None

    other = make_main_window()
    other.show()
    _open(other, qtbot, path)
    _assert_same(before, _state(other))
    assert other.statusBar().currentMessage() == "Opened session afternoon.nnstudio."
    # The views follow the models: the tab's controls show the restored values.
    assert other.pages[0].controls.mode.currentData() == "bits"
    assert other.pages[2].training.lr.value() == pytest.approx(0.02)
    assert other.pages[1].model.undo_stack.canUndo()  # opening a session is one undoable edit
    assert manifest["learning"]["perceptron"] == {"w1": 0.75, "w2": -1.25, "theta": 0.5, "bipolar": False}
    assert other.pages[3].tabs.currentWidget() is other.pages[3].panels["activations"]
    assert other.pages[3].panels["activations"].depth_slider.value() == 17


def test_a_session_from_before_the_learning_tab_was_kept_still_opens(window, make_main_window, qtbot, tmp_path):
    good = tmp_path / "good.nnstudio"
    _save(window, qtbot, good)
    old = tmp_path / "old.nnstudio"
    _write_variant(good, old, lambda m: m.__setitem__(MANIFEST, json.dumps(
        {k: v for k, v in json.loads(m[MANIFEST]).items() if k != "learning"}).encode()))
    learning = window.pages[3]
    learning.panels["activations"].depth_slider.setValue(23)
    _open(window, qtbot, old)
    assert window.statusBar().currentMessage() == "Opened session old.nnstudio."
    assert learning.panels["activations"].depth_slider.value() == 23  # no part: left as it was


def test_the_learners_own_points_come_back(window, make_main_window, qtbot, tmp_path):
    points = [[-0.5, 0.25, 0], [-0.25, 0.5, 0], [-0.75, -0.25, 0], [0.5, -0.5, 1], [0.75, 0.25, 1], [0.25, -0.75, 1]]
    network = window.pages[2]
    network.open_preset("mlp_spiral")
    network.network.set_dataset_entry({"name": "my-points", "extra": {"points": points}, "test_ratio": 0.25})
    network.data_panel.show_entry()
    qtbot.waitUntil(lambda: network.network.data_ready and network.network.data.name == "my-points", timeout=20_000)
    path = tmp_path / "points.nnstudio"
    _save(window, qtbot, path)
    other = make_main_window()
    other.show()
    _open(other, qtbot, path)
    restored = other.pages[2].network
    assert restored.dataset_entry["extra"]["points"] == points
    qtbot.waitUntil(lambda: restored.data_ready and restored.data.name == "my-points", timeout=20_000)
    mine, theirs = network.network.data, restored.data
    np.testing.assert_array_equal(np.concatenate([mine.x_train, mine.x_test]), np.concatenate([theirs.x_train, theirs.x_test]))


def test_trained_weights_and_curves_come_back(window, make_main_window, qtbot, tmp_path):
    network = window.pages[2].network
    network.set_config(replace(network.config, epochs=6))
    with qtbot.waitSignal(network.run_state_changed, timeout=120_000,
                          check_params_cb=lambda state: state.name == "FINISHED"):
        network.train()
    model, _ = network.trained_model()
    weights = {k: v.detach().clone() for k, v in model.state_dict().items()}
    curves = window.pages[2].plots.current
    path = tmp_path / "trained.nnstudio"
    _save(window, qtbot, path)

    other = make_main_window()
    other.show()
    _open(other, qtbot, path)
    restored = other.pages[2].network
    qtbot.waitUntil(lambda: restored.run is not None and restored.run.loaded_model is not None, timeout=30_000)
    model2, why = restored.trained_model()
    assert why is None
    for key, tensor in model2.state_dict().items():
        assert torch.equal(tensor, weights[key]), key
    plot = other.pages[2].plots.current
    for name in ("epochs", "train_loss", "test_loss", "train_acc", "test_acc"):
        np.testing.assert_allclose(getattr(plot, name), getattr(curves, name))
    # The restored weights are the network's: they answer as the trained one did.
    data = restored.data
    x = torch.as_tensor(data.x_test)
    assert torch.equal(model2(x).argmax(1), model(x).argmax(1))


def _write_variant(source, target, change):
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _newer(members):
    manifest = json.loads(members[MANIFEST])
    manifest["version"] = SESSION_VERSION + 1
    members[MANIFEST] = json.dumps(manifest).encode()


def _bad_stage(members):
    manifest = json.loads(members[MANIFEST])
    manifest["filters"]["stages"][1] = {"kind": "activation", "function": "nonsense"}
    members[MANIFEST] = json.dumps(manifest).encode()


def _bad_weights(members):
    manifest = json.loads(members[MANIFEST])
    manifest["network"]["weights"] = "weights.pt"
    members[MANIFEST] = json.dumps(manifest).encode()
    members["weights.pt"] = b"not torch at all"


def _bad_learning(members):
    manifest = json.loads(members[MANIFEST])
    manifest["learning"]["perceptron"]["w1"] = "heavy"
    members[MANIFEST] = json.dumps(manifest).encode()


def _missing_table(members):
    manifest = json.loads(members[MANIFEST])
    manifest["network"]["design"]["dataset"] = {"name": "table-file", "file": "/nowhere/fruit.csv"}
    members[MANIFEST] = json.dumps(manifest).encode()


@pytest.mark.parametrize("change,fragment", [
    (_missing_table, "/nowhere/fruit.csv, which is no longer there"),
    (_newer, "newer nnstudio"),
    (lambda m: m.pop("image.png"), "image.png is missing"),
    (lambda m: m.__setitem__("image.png", b"\x89PNG\r\n\x1a\n broken"), "image cannot be decoded"),
    (_bad_stage, "Filters stage 2"),
    (_bad_weights, "weights"),
    (_bad_learning, "perceptron"),
    (lambda m: m.__setitem__(MANIFEST, json.dumps({**json.loads(m[MANIFEST]), "learning": {"panel": "xor",
                                                                                            "mood": 1}}).encode()),
     "Learning tab"),
    ("truncate", "damaged"),
])
def test_a_bad_file_gets_one_sentence_and_changes_nothing(window, qtbot, tmp_path, change, fragment):
    good = tmp_path / "good.nnstudio"
    _save(window, qtbot, good)
    bad = tmp_path / "bad.nnstudio"
    if change == "truncate":
        bad.write_bytes(good.read_bytes()[:-300])
    else:
        _write_variant(good, bad, change)
    # Something to lose: state that differs from the file's.
    window.pages[0].settings_model.update(mode="gray8")
    window.pages[1].model.add("activation")
    before = _state(window)
    with qtbot.waitSignal(window.load_failed, timeout=60_000) as said:
        window.sessions.open(bad)
    sentence = said.args[0]
    assert fragment in sentence and "\n" not in sentence and "Traceback" not in sentence
    assert sentence in window.statusBar().currentMessage()
    _assert_same(before, _state(window))


def test_new_session_starts_clean(window, qtbot, tmp_path):
    _change_everything(window, qtbot, tmp_path)
    with qtbot.waitSignal(window.sessions._loader.finished, timeout=30_000):
        window.sessions.new_session()
    from nnstudio.core.samples import DEFAULT_SAMPLE, load_sample
    from nnstudio.ui.filters.pipeline_model import default_stages
    from nnstudio.ui.pixels.settings_model import PixelControls

    np.testing.assert_array_equal(window.document.image.pixels, load_sample(DEFAULT_SAMPLE).pixels)
    state = window.pages[0].settings_model.state
    assert replace(state, width=0, height=0) == replace(PixelControls(), width=0, height=0)
    assert window.pages[1].model.stages[0].kind == "conv" and len(window.pages[1].model.stages) == len(default_stages())
    assert window.pages[2].network.design.name == "mlp_xor"


def test_the_last_session_is_saved_on_close_and_restored_at_start(make_main_window, qtbot, tmp_path):
    def settings():
        return Settings(QSettings(str(tmp_path / "nnstudio.ini"), QSettings.Format.IniFormat))

    first = make_main_window(settings=settings())
    first.show()
    qtbot.waitUntil(lambda: first.pages[2].network.data_ready, timeout=20_000)
    first.sessions.remember_on_close = True
    _change_everything(first, qtbot, tmp_path)
    before = _state(first)
    first.close()
    assert (tmp_path / "last-session.nnstudio").is_file()

    second = make_main_window(settings=settings())
    second.show()
    ran = []
    with qtbot.waitSignal(second.sessions._loader.finished, timeout=60_000):
        assert second.sessions.restore_last(then=lambda: ran.append(True))
    _assert_same(before, _state(second))
    assert ran == [True]

    # Without a saved session there is nothing to restore, and the start goes on.
    (tmp_path / "last-session.nnstudio").unlink()
    third = make_main_window(settings=settings())
    assert not third.sessions.restore_last(then=lambda: ran.append("again"))
    assert ran == [True, "again"]


def test_a_window_in_tests_never_writes_a_last_session(make_main_window, tmp_path):
    window = make_main_window(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    window.close()
    assert not (tmp_path / "last-session.nnstudio").exists()


@pytest.mark.parametrize("channels,alpha", [(1, False), (1, True), (3, False), (3, True)])
def test_the_image_is_kept_exactly_in_every_layout(tmp_path, channels, alpha):
    from nnstudio.nn.design_file import load_design
    from nnstudio.ui.filters.pipeline_model import default_stages
    from nnstudio.ui.pixels.settings_model import PixelControls, controls_to_dict

    rng = np.random.default_rng(channels + 2 * alpha)
    pixels = rng.integers(0, 256, (23, 37) if channels == 1 else (23, 37, 3), dtype=np.uint8)
    mask = rng.integers(0, 256, (23, 37), dtype=np.uint8) if alpha else None
    taken = snapshot.Snapshot("pixels", "odd.png", pixels, mask, controls_to_dict(PixelControls()),
                              pipeline_to_dict(default_stages(), True, 1), load_design("mlp_xor").to_dict(), None, None)
    restored = snapshot.load(snapshot.save(tmp_path / "s.nnstudio", taken))
    np.testing.assert_array_equal(restored.image.pixels, pixels)
    if alpha:
        np.testing.assert_array_equal(restored.image.alpha, mask)
    else:
        assert restored.image.alpha is None
    assert restored.image.source.name == "odd.png"
