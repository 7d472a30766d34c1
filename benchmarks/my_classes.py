"""The learner's own image classes: how long the cnn_my_classes preset takes to learn three
classes of 30 frames (recorded from synthetic videos, as the tests do), with augmentation
against the same run without it, and what one live prediction of a 1280×720 frame costs
against cutting the frame to a sample alone (the part the GUI thread could not avoid).

    python benchmarks/my_classes.py [--frames 30]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from nnstudio.core.class_set import ClassSet, to_sample
from nnstudio.core.scene_frames import scene_frames
from nnstudio.core.video import open_video, write_video
from nnstudio.nn.design_file import design_for_class_set
from nnstudio.nn.train import Trainer, design_data
from nnstudio.ui.network.live_prediction import predict_picture


def record(folder: Path, frames: int) -> Path:
    classes = ClassSet()
    for kind in range(3):
        path = folder / f"{kind}.avi"
        write_video(path, scene_frames(kind, frames, seed=kind), fps=15)
        index = classes.add_class(f"class {kind}")
        with open_video(path) as reader:
            for frame in reader:
                classes.add_sample(index, frame)
    return classes.save(folder / "classes")


def train(design, data, augment: bool) -> tuple[float, float]:
    started = time.perf_counter()
    results = list(Trainer(design, data, replace(design.training, augment=augment)).epochs())
    return time.perf_counter() - started, results[-1].test_acc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        folder = record(Path(scratch), args.frames)
        recorded = time.perf_counter() - started
        design = design_for_class_set(folder, 3)
        data = design_data(design)
        list(Trainer(design, data, replace(design.training, epochs=2)).epochs())  # warm-up: torch's first calls
        plain_s, plain_acc = train(design, data, augment=False)
        augmented_s, augmented_acc = train(design, data, augment=True)
        print(f"record + save 3 × {args.frames} frames: {recorded:.2f} s")
        print(f"cnn_my_classes, {design.training.epochs} epochs on {len(data.x_train)} samples: "
              f"{augmented_s:.2f} s with augmentation (test accuracy {augmented_acc:.0%}), "
              f"{plain_s:.2f} s without ({plain_acc:.0%}); ratio {augmented_s / plain_s:.2f}")
        model = Trainer(design, data).model.eval()
        frame = np.random.default_rng(0).integers(0, 256, (720, 1280, 3), dtype=np.uint8)
        for _ in range(3):  # warm-up
            predict_picture(model, frame, 64, 0, ())
        repeats = 50
        started = time.perf_counter()
        for _ in range(repeats):
            predict_picture(model, frame, 64, 0, ())
        predict_ms = (time.perf_counter() - started) / repeats * 1000
        started = time.perf_counter()
        for _ in range(repeats):
            to_sample(frame)
        cut_ms = (time.perf_counter() - started) / repeats * 1000
        print(f"live prediction of a 1280×720 frame: {predict_ms:.2f} ms "
              f"({1000 / predict_ms:.0f} frames/s on the worker); cutting it to 64×64 alone: {cut_ms:.2f} ms "
              f"(ratio {predict_ms / cut_ms:.1f})")


if __name__ == "__main__":
    main()
