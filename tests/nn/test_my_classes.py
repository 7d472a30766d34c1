"""The cnn_my_classes preset learns three classes recorded from three videos, and the light
augmentation it trains with flips and shifts the training batches only."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import torch

from nnstudio.core.class_set import ClassSet
from nnstudio.core.dataset_registry import DataOptions, load_dataset
from nnstudio.core.video import open_video, write_video
from nnstudio.nn.design import load_design
from nnstudio.nn.train import Trainer, augment_batch, design_data


def test_three_recorded_classes_reach_90_percent(tmp_path, scene_frames):
    classes = ClassSet()
    for kind, name in enumerate(("공", "상자", "줄무늬")):
        path = tmp_path / f"{kind}.avi"
        write_video(path, scene_frames(kind, 30, seed=kind), fps=15)
        index = classes.add_class(name)
        with open_video(path) as reader:
            for frame in reader:
                classes.add_sample(index, frame)
    assert classes.counts() == [30, 30, 30]
    folder = classes.save(tmp_path / "classes")
    design = load_design("cnn_my_classes")
    data = design_data(replace(design, dataset={**design.dataset, "folder": str(folder)}))
    assert data.input_shape == (3, 64, 64) and len(data.x_test) >= 20
    results = list(Trainer(design, data).epochs())
    assert results[-1].test_acc >= 0.9, [round(r.test_acc, 2) for r in results]


def test_augmentation_flips_and_shifts_like_numpy():
    x = torch.arange(2 * 3 * 8 * 8, dtype=torch.float32).reshape(2, 3, 8, 8)
    generator = torch.Generator().manual_seed(3)
    out = augment_batch(x, generator)
    replay = torch.Generator().manual_seed(3)
    flip = torch.rand(2, generator=replay) < 0.5
    dy = torch.randint(-1, 2, (2,), generator=replay)
    dx = torch.randint(-1, 2, (2,), generator=replay)
    for i in range(2):
        image = x[i].numpy()[:, :, ::-1] if flip[i] else x[i].numpy()  # flipped, then shifted
        rows = np.clip(np.arange(8) - int(dy[i]), 0, 7)  # the edge row fills the gap
        cols = np.clip(np.arange(8) - int(dx[i]), 0, 7)
        expected = image[:, rows][:, :, cols]
        np.testing.assert_array_equal(out[i].numpy(), expected)


def test_augmentation_leaves_the_test_split_and_repeats_with_the_seed():
    design = load_design("cnn_shapes")
    data = load_dataset("shapes", DataOptions(n=120, seed=0))
    config = replace(design.training, augment=True, epochs=1)
    runs = [list(Trainer(design, data, config).epochs()) for _ in range(2)]
    assert runs[0][0].train_loss == runs[1][0].train_loss
    plain = Trainer(design, data, replace(config, augment=False))
    assert next(plain.epochs(1)).train_loss != runs[0][0].train_loss
