"""Training as a generator: `for epoch in train(design, data): ...` yields one EpochResult per
epoch, plain floats and numpy arrays, so the GUI, the CLI and the tests all drive it the same
way.

Driving it from a worker thread (no Qt here):

- step one epoch: ``next(iter(trainer.epochs(1)))``; the trainer keeps its model, optimiser
  and epoch count between calls, so calls continue one run;
- stop: set the ``stop`` Event (checked between batches; the unfinished epoch is dropped);
- pause: set the ``pause`` Event (checked between batches; clear it to go on, or set ``stop``);
  not asking for the next epoch pauses between epochs too;
- per batch: ``on_batch(BatchResult)`` (it costs one device sync per batch; leave it out for
  speed, every epoch's ``batch_losses`` holds the same losses);
- reset weights: ``trainer.reset_weights()``;
- live per-batch losses: ``progress_every=0.1`` also yields a BatchProgress (the losses of
  the batches since the last one) at most every 0.1 s inside an epoch: one device read per
  report, not per batch.

Small data sets live on the device as tensors and batches are slices of a shuffled copy: no
DataLoader, no per-sample Python.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from ..core.dataset_registry import DataSet, check_trainable, load_dataset
from ..core.errors import InputError
from ..core.i18n import translate
from ..core.memory_budget import MEMORY_BUDGET
from .build import build_model
from .design import REGRESSION_LOSSES, Design, DesignError, TrainingConfig, analyse, data_options
from .device import training_threads
from .layers import fmt_shape

#: Networks up to this many parameters send their weights with every epoch (neuron view).
SMALL_NETWORK = 300
EVAL_CHUNK = 4096


class TrainingDiverged(InputError):
    """The loss became NaN or infinite."""


@dataclass(frozen=True)
class EpochResult:
    epoch: int  # 1-based
    train_loss: float
    train_acc: float
    test_loss: float
    test_acc: float
    seconds: float
    samples_per_s: float
    batch_losses: np.ndarray  # one loss per batch of this epoch
    device: str
    weights: dict | None = None  # name -> array, only for small networks
    # Regression: train_acc and test_acc hold R² (1 − MSE / variance of the targets).
    task: str = "classify"
    train_mse: float | None = None
    test_mse: float | None = None
    lr: float | None = None  # the learning rate this epoch trained with (before the schedule's step)
    batch_accuracies: np.ndarray | None = None  # classification: the share right in each batch

    def as_json(self) -> dict:
        """The CLI's keys; a figure that does not exist (no test split) is null, not NaN,
        which JSON has no word for. Regression gives MSE and R² instead of accuracies."""
        keys = ("epoch", "train_loss", "train_acc", "test_loss", "test_acc", "seconds", "samples_per_s")
        row = {k: getattr(self, k) for k in keys}
        if self.task == "regress":
            row = {"epoch": self.epoch, "train_loss": self.train_loss, "train_mse": self.train_mse,
                   "train_r2": self.train_acc, "test_loss": self.test_loss, "test_mse": self.test_mse,
                   "test_r2": self.test_acc, "seconds": self.seconds, "samples_per_s": self.samples_per_s}
        return {k: (None if isinstance(v, float) and not np.isfinite(v) else v)
                for k, v in row.items()}


@dataclass(frozen=True)
class BatchResult:
    epoch: int  # 1-based, the epoch this batch belongs to
    batch: int  # 1-based within the epoch
    batches: int  # batches in the epoch
    loss: float  # mean loss over the batch


@dataclass(frozen=True)
class BatchProgress:
    epoch: int  # 1-based, the epoch these batches belong to
    first: int  # 0-based index of the first batch in `losses` within the epoch
    batches: int  # batches in the epoch
    losses: np.ndarray  # mean loss of each batch since the last report


def resolve_device(name: str) -> torch.device:
    """auto -> CUDA if torch sees one, else MPS, else the CPU; a missing device is an error."""
    mps = getattr(torch.backends, "mps", None)
    has_mps = mps is not None and mps.is_available()
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "mps" if has_mps else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise InputError(translate("Train", "CUDA was chosen but torch sees no CUDA GPU; choose Auto or CPU."))
    if name == "mps" and not has_mps:
        raise InputError(translate("Train", "MPS was chosen but this machine has no Apple GPU; choose Auto or CPU."))
    if name not in ("cpu", "cuda", "mps"):
        raise InputError(translate("Train", "Unknown device '{name}'; choose auto, cpu, cuda or mps.").format(name=name))
    return torch.device(name)


def device_name(device: torch.device) -> str:
    if device.type == "cuda":
        return f"cuda ({torch.cuda.get_device_name(device)})"
    return device.type


def limit_threads() -> None:
    """Leave one core to the GUI thread (torch takes them all by default)."""
    torch.set_num_threads(training_threads())


def trim_heap() -> None:
    """Hand the C heap's free pages back to the system (glibc's malloc_trim). Memory torch
    freed on a training thread stays in that thread's malloc arena otherwise, and the
    process keeps it after the run. Nothing happens where there is no glibc."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass


class Trainer:
    """A model, its optimiser and its data on one device; `epochs()` trains it."""

    def __init__(self, design: Design, data: DataSet, config: TrainingConfig | None = None,
                 initial: dict | None = None):
        self.config = (config or design.training).checked()
        check_trainable(data)
        self.task = data.task
        if self.task == "regress" and self.config.loss not in REGRESSION_LOSSES:
            raise DesignError(translate("Train", "'{data}' asks for a number, not a class: train it with a regression "
                                        "loss (mse, mae or huber).").format(data=data.name))
        if self.task == "classify" and self.config.loss in ("mae", "huber"):
            raise DesignError(translate("Train", "The {loss} loss is for predicting numbers (regression); '{data}' "
                                        "has classes: use cross_entropy, bce or mse.").format(loss=self.config.loss,
                                                                                           data=data.name))
        if tuple(design.input) != data.input_shape:
            raise DesignError(translate("Train", "The design takes input {value} but the data set '{name}' gives {value2}; change the input shape or the data set.").format(value=fmt_shape(tuple(design.input)), name=data.name, value2=fmt_shape(data.input_shape)))
        self.device = resolve_device(self.config.device)
        torch.manual_seed(self.config.seed)
        self.model = build_model(design, data.outputs)
        if initial is not None:  # weights to start from (checked against the design already)
            self.model.load_state_dict(initial)
        self.model = self.model.to(self.device)
        # Evaluation runs in chunks; a network with wide layers gets smaller chunks, so that
        # two layers' outputs (in and out) stay within the memory budget checked for training.
        widest = max([math.prod(design.input)]
                     + [math.prod(info.out_shape) for info in analyse(design).layers])
        self._eval_chunk = int(max(1, min(EVAL_CHUNK, MEMORY_BUDGET // (8 * max(widest, 1)))))
        self.loss_kind = self.config.loss
        self._net = self._training_net(self.model)
        self.epoch = 0
        self._generator = torch.Generator().manual_seed(self.config.seed)
        to = lambda a: torch.from_numpy(np.ascontiguousarray(a)).to(self.device)  # noqa: E731
        self.x_train, self.y_train = self._images(to(data.x_train.astype(np.float32))), to(data.y_train)
        self.x_test, self.y_test = self._images(to(data.x_test.astype(np.float32))), to(data.y_test)
        self.num_classes = data.num_classes
        # R² = 1 − MSE / variance of the targets: the share of their spread the network explains.
        self._variance = {"train": float(np.var(data.y_train)) if self.task == "regress" else 1.0,
                          "test": float(np.var(data.y_test)) if self.task == "regress" and len(data.y_test) else 1.0}
        self.has_batchnorm = any(isinstance(m, nn.modules.batchnorm._BatchNorm)
                                 for m in self.model)
        if self.has_batchnorm and min(self.config.batch_size, len(data.x_train)) < 2:
            # Every batch would be one sample, which BatchNorm cannot normalise.
            raise DesignError(translate("Train", "BatchNorm normalises over a batch, so it needs "
                                        "batches of 2 or more samples; raise the batch size."))
        self.optimizer = self._optimizer()
        self.scheduler = self._scheduler()

    @property
    def device_label(self) -> str:
        return device_name(self.device)

    def release(self) -> None:
        """Training is over: drop what only training needs (the optimiser's state, the data's
        copies on the device, the device's cached blocks). The model stays: the views, Save
        weights and Export read it; so do the optimiser's settings (its param groups)."""
        self.optimizer.state.clear()  # momentum / Adam's moments: as large as the model, or twice
        self.x_train = self.y_train = self.x_test = self.y_test = None
        if self.device.type == "cuda":
            torch.cuda.empty_cache()
        trim_heap()

    def _images(self, x: torch.Tensor) -> torch.Tensor:
        """Images (N, C, H, W) on the CPU are stored channels-last (each pixel's channels side
        by side; the same numbers in the same shape): convolutions then give channels-last
        maps, and torch's CPU max pooling is several times faster on those (PyTorch's
        performance guide recommends this order for convolutional networks on the CPU)."""
        if x.dim() == 4 and self.device.type == "cpu":
            # Not x.contiguous(memory_format=...): with one channel that keeps the old strides
            # (both orders hold the same bytes), and torch reads the order from the strides.
            return torch.empty(x.shape, dtype=x.dtype, memory_format=torch.channels_last).copy_(x)
        return x

    def reset_weights(self) -> None:
        """Fresh random weights (seeded) and a fresh optimiser: training starts over."""
        torch.manual_seed(self.config.seed)
        for module in self.model.modules():
            if hasattr(module, "reset_parameters"):
                module.reset_parameters()
        self.optimizer = self._optimizer()
        self.scheduler = self._scheduler()
        self._generator = torch.Generator().manual_seed(self.config.seed)
        self.epoch = 0

    def _training_net(self, model: nn.Sequential) -> nn.Sequential:
        # The losses take raw scores: cross-entropy = log-softmax + NLL, and BCE-with-logits is
        # the stable form of BCE after a sigmoid. So a final Softmax/Sigmoid is skipped while
        # training; it holds no weights, so the saved model is the same.
        last = model[-1]
        if (self.loss_kind == "cross_entropy" and isinstance(last, nn.Softmax)) or (
                self.loss_kind == "bce" and isinstance(last, nn.Sigmoid)):
            return model[:-1] if len(model) > 1 else nn.Sequential(nn.Identity())
        return model

    def _optimizer(self) -> torch.optim.Optimizer:
        c = self.config
        # On CUDA the fused step is one kernel for all parameters instead of several per
        # tensor: small networks are bound by kernel launches there. Same update rule.
        fused = {"fused": True} if self.device.type == "cuda" else {}
        params = self.model.parameters()
        if c.optimizer == "sgd":
            return torch.optim.SGD(params, lr=c.lr, momentum=c.momentum, weight_decay=c.weight_decay,
                                   nesterov=c.nesterov and c.momentum > 0, **fused)
        if c.optimizer == "rmsprop":
            return torch.optim.RMSprop(params, lr=c.lr, weight_decay=c.weight_decay)
        if c.optimizer == "adagrad":
            return torch.optim.Adagrad(params, lr=c.lr, weight_decay=c.weight_decay)
        if c.optimizer == "adamw":
            return torch.optim.AdamW(params, lr=c.lr, weight_decay=c.weight_decay, **fused)
        return torch.optim.Adam(params, lr=c.lr, weight_decay=c.weight_decay, **fused)

    def _scheduler(self):
        """The learning-rate schedule over the configured epochs, stepped at each epoch's end."""
        c = self.config
        if c.schedule == "step":
            return torch.optim.lr_scheduler.StepLR(self.optimizer, step_size=max(1, c.epochs // 3), gamma=0.1)
        if c.schedule == "cosine":
            return torch.optim.lr_scheduler.CosineAnnealingLR(self.optimizer, T_max=max(1, c.epochs))
        return None

    def _l1_penalty(self) -> torch.Tensor | None:
        """rate × Σ|w| over the weights (biases and BatchNorm's scales are left alone)."""
        if self.config.l1 <= 0:
            return None
        return self.config.l1 * sum(p.abs().sum() for name, p in self.model.named_parameters()
                                    if name.endswith("weight") and p.dim() > 1)

    def _loss_and_correct(self, out: torch.Tensor, y: torch.Tensor, reduction: str = "sum"):
        """The loss over the batch ("sum" or "mean" per sample) and which answers were right
        (see _right)."""
        return self._loss(out, y, reduction), self._right(out, y)

    def _loss(self, out: torch.Tensor, y: torch.Tensor, reduction: str = "sum") -> torch.Tensor:
        """The loss over the batch: "sum" or "mean" per sample."""
        if self.task == "regress":  # one output, the number itself
            prediction = out[:, 0]
            return {"mse": F.mse_loss, "mae": F.l1_loss, "huber": F.huber_loss}[self.loss_kind](
                prediction, y.to(prediction.dtype), reduction=reduction)
        if self.loss_kind == "cross_entropy":
            return F.cross_entropy(out, y, reduction=reduction)
        one = out.shape[1] == 1
        target = y.to(out.dtype)[:, None] if one else F.one_hot(y, out.shape[1]).to(out.dtype)
        if self.loss_kind == "bce":
            # Scores are logits here: a final Sigmoid was skipped (see _training_net).
            loss = F.binary_cross_entropy_with_logits(out, target, reduction="sum")
        else:  # mse against one-hot targets (or the label itself for one output)
            loss = F.mse_loss(out, target, reduction="sum") / out.shape[1]
        return loss / len(out) if reduction == "mean" else loss

    @torch.no_grad()
    def _right(self, out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        """Which answers were right, a bool per sample; for regression the squared error of
        each (summed by the caller: "right" becomes the mean squared error)."""
        if self.task == "regress":
            prediction = out[:, 0]
            return (prediction - y.to(prediction.dtype)) ** 2
        if out.shape[1] == 1 and self.loss_kind in ("bce", "mse"):  # one output: a yes/no score
            return (out[:, 0] > (0 if self.loss_kind == "bce" else 0.5)).long() == y
        return out.argmax(1) == y

    @torch.no_grad()
    def evaluate(self, x: torch.Tensor, y: torch.Tensor) -> tuple[float, float]:
        if len(x) == 0:
            return float("nan"), float("nan")
        self.model.eval()
        total, correct = torch.zeros((), device=self.device), torch.zeros((), device=self.device)
        chunk = self._eval_chunk
        for start in range(0, len(x), chunk):
            out = self._net(x[start:start + chunk])
            loss, right = self._loss_and_correct(out, y[start:start + chunk])
            total += loss
            correct += right.sum()
        score = float(correct) / len(x)  # accuracy, or the mean squared error for regression
        if self.task == "regress":
            split = "train" if x is self.x_train else "test"
            return float(total) / len(x), self.r_squared(score, split)
        return float(total) / len(x), score

    def r_squared(self, mse: float, split: str) -> float:
        variance = self._variance[split]
        return 1.0 - mse / variance if variance > 0 else float("nan")

    def epochs(self, count: int | None = None, stop: threading.Event | None = None,
               pause: threading.Event | None = None,
               on_batch: Callable[[BatchResult], None] | None = None,
               progress_every: float | None = None) -> Iterator[EpochResult | BatchProgress]:
        """Train `count` more epochs (the config's by default), yielding after each (and
        BatchProgress inside epochs when `progress_every` is given).

        `stop` and `pause` are checked between batches (see the module docstring); a stopped
        epoch is not yielded and does not count. Raises TrainingDiverged on a NaN loss.
        """
        limit_threads()
        n = len(self.x_train)
        batch = min(self.config.batch_size, n)  # a batch larger than the data is the data
        batches = -(-n // batch)
        for _ in range(self.config.epochs if count is None else count):
            started = time.perf_counter()
            self.model.train()
            order = torch.randperm(n, generator=self._generator).to(self.device)
            xs, ys = self.x_train[order], self.y_train[order]
            # Per-batch figures stay on the device until the epoch ends: reading one back
            # would wait for the GPU after every batch. So do the answers: which were right
            # is worked out once per epoch, for all batches together.
            losses, outs, targets = [], [], []
            seen = reported = 0
            last_report = started
            augment = self.config.augment and xs.dim() == 4
            for index, start in enumerate(range(0, n, batch)):
                if _halted(stop, pause):
                    return
                xb, yb = xs[start:start + batch], ys[start:start + batch]
                if augment:
                    xb = augment_batch(xb, self._generator)
                if len(xb) == 1 and self.has_batchnorm and n > 1:
                    continue  # BatchNorm cannot normalise a batch of one
                out = self._net(xb)
                loss = self._loss(out, yb, "mean")
                self.optimizer.zero_grad(set_to_none=True)
                penalty = self._l1_penalty()
                # The penalty moves the weights; the loss reported is the data's alone, as
                # with weight decay, so that runs with and without it compare.
                (loss if penalty is None else loss + penalty).backward()
                self.optimizer.step()
                losses.append(loss.detach())
                outs.append(out.detach())
                targets.append(yb)
                seen += len(xb)
                if on_batch is not None:
                    on_batch(BatchResult(self.epoch + 1, index + 1, batches, float(losses[-1])))
                if progress_every is not None and time.perf_counter() - last_report >= progress_every:
                    sent = torch.stack(losses[reported:]).float().cpu().numpy()
                    yield BatchProgress(self.epoch + 1, reported, batches, sent)
                    reported, last_report = len(losses), time.perf_counter()
            batch_losses = torch.stack(losses).float().cpu().numpy()
            right = self._right(torch.cat(outs), torch.cat(targets))
            correct = float(right.sum())  # right answers, or summed squared errors
            # One read for all batches, as for the losses (TensorBoard's accuracy per batch).
            batch_accuracies = (_batch_means(right, batch, len(losses)).cpu().numpy()
                                if self.task == "classify" else None)
            train_seconds = time.perf_counter() - started
            self.epoch += 1
            lr = float(self.optimizer.param_groups[0]["lr"])
            if self.scheduler is not None:
                self.scheduler.step()
            train_loss = float(np.dot(batch_losses, _sizes(seen, batch, len(batch_losses))) / seen)
            if not np.isfinite(batch_losses).all():
                raise TrainingDiverged(
                    translate("Train", "loss became NaN at epoch {epoch}; lower the learning rate").format(epoch=self.epoch))
            test_loss, test_acc = self.evaluate(self.x_test, self.y_test)
            seconds = time.perf_counter() - started
            train_score = correct / max(seen, 1)
            extra = {}
            if self.task == "regress":  # the "accuracies" are R²; the errors are kept too
                extra = {"task": "regress", "train_mse": train_score,
                         "test_mse": (1.0 - test_acc) * self._variance["test"] if np.isfinite(test_acc) else test_acc}
                train_score = self.r_squared(train_score, "train")
            yield EpochResult(self.epoch, train_loss, train_score, test_loss,
                              test_acc, seconds, seen / max(train_seconds, 1e-9), batch_losses,
                              device_name(self.device), self._small_weights(), lr=lr,
                              batch_accuracies=batch_accuracies, **extra)

    def _small_weights(self) -> dict | None:
        if sum(p.numel() for p in self.model.parameters()) > SMALL_NETWORK:
            return None
        return {k: v.detach().cpu().numpy().copy() for k, v in self.model.state_dict().items()}

    @torch.no_grad()
    def predict(self, x: np.ndarray) -> np.ndarray:
        """Class scores (after the model's own last layer) for numpy inputs."""
        self.model.eval()
        return self.model(torch.from_numpy(x.astype(np.float32)).to(self.device)).cpu().numpy()


def augment_batch(x: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """Each image (N, C, H, W) flipped left-right with chance 1/2 and shifted by a whole number
    of pixels, up to an eighth of its size each way; the edge pixels fill the gap. Drawn from
    the run's seeded generator, so a run repeats exactly."""
    n, _, h, w = x.shape
    flip = torch.rand(n, generator=generator) < 0.5
    most_y, most_x = max(1, h // 8), max(1, w // 8)
    dy = torch.randint(-most_y, most_y + 1, (n,), generator=generator)
    dx = torch.randint(-most_x, most_x + 1, (n,), generator=generator)
    # An index map per sample (one gather) rather than a Python loop over the batch.
    rows = (torch.arange(h)[None, :] - dy[:, None]).clamp(0, h - 1)  # (n, h)
    cols = (torch.arange(w)[None, :] - dx[:, None]).clamp(0, w - 1)  # (n, w)
    cols = torch.where(flip[:, None], w - 1 - cols, cols)
    rows, cols = rows.to(x.device), cols.to(x.device)
    index = (rows[:, :, None] * w + cols[:, None, :]).reshape(n, 1, h * w).expand(-1, x.shape[1], -1)
    return x.reshape(n, x.shape[1], h * w).gather(2, index).reshape(x.shape)


def _halted(stop: threading.Event | None, pause: threading.Event | None) -> bool:
    """True when asked to stop; while paused, wait here (between batches) until resumed."""
    while pause is not None and pause.is_set():
        if stop is not None and stop.is_set():
            return True
        # Event has no "wait until cleared"; a short poll in the worker thread is enough.
        time.sleep(0.02)
    return stop is not None and stop.is_set()


def _batch_means(right: torch.Tensor, batch: int, count: int) -> torch.Tensor:
    """The share right in each of `count` batches of `batch` samples (the last may be
    shorter), from the bools of all of them in order: a few tensor operations, not a few per
    batch."""
    sizes = torch.from_numpy(_sizes(len(right), batch, count)).to(right.device, torch.float32)
    padded = torch.zeros(count * batch, device=right.device)
    padded[:len(right)] = right
    return padded.view(count, batch).sum(1) / sizes


def _sizes(seen: int, batch: int, count: int) -> np.ndarray:
    sizes = np.full(count, batch, dtype=np.float64)
    if count:
        sizes[-1] = seen - batch * (count - 1)
    return sizes


def train(design: Design, data: DataSet, config: TrainingConfig | None = None,
          stop: threading.Event | None = None) -> Iterator[EpochResult]:
    """Build, then train for the configured epochs, yielding each epoch's result."""
    trainer = Trainer(design, data, config)
    yield from trainer.epochs(stop=stop)


def with_overrides(config: TrainingConfig, **changes) -> TrainingConfig:
    return replace(config, **{k: v for k, v in changes.items() if v is not None}).checked()


def design_data(design: Design, name: str | None = None) -> DataSet:
    """The data set a design names (or `name` instead), with the design's data options."""
    opts = data_options(design.dataset)
    return load_dataset(name or design.dataset["name"], opts)
