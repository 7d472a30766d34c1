"""`nnstudio train DESIGN.json|PRESET ...`: train a design without the GUI, same core code.

With --json every epoch is one JSON object on its own line, then a final line with
"final": true, the last epoch's figures and the device, so scripts and tests can read it.
"""

from __future__ import annotations

import argparse
import json

from ..core.errors import InputError

NAME = "train"


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help="train a network design (a JSON file or a preset)")
    parser.add_argument("design", help="a design file, or a preset name such as mlp_xor")
    parser.add_argument("--dataset", help="train on this data set instead of the design's")
    parser.add_argument("--epochs", type=int, help="number of epochs")
    parser.add_argument("--batch-size", type=int, help="samples per optimiser step")
    parser.add_argument("--lr", type=float, help="learning rate")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"), help="where to train")
    parser.add_argument("--seed", type=int, help="random seed (weights, shuffling)")
    parser.add_argument("--save", metavar="WEIGHTS", help="save the trained weights here")
    parser.add_argument("--json", action="store_true", help="one JSON object per epoch")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # torch is imported here, not at start-up: the other commands stay fast.
    from ..nn.build import save_weights
    from ..nn.design import load_design
    from ..nn.train import Trainer, design_data, with_overrides

    design = load_design(args.design)
    config = with_overrides(design.training, epochs=args.epochs, batch_size=args.batch_size,
                            lr=args.lr, device=args.device, seed=args.seed)
    data = design_data(design, args.dataset)
    trainer = Trainer(design, data, config)
    if not args.json:
        print(f"Training {design.name} on {data.name} ({len(data.x_train)} train, "
              f"{len(data.x_test)} test samples) on {trainer.device_label}")
    last = None
    for result in trainer.epochs():
        last = result
        if args.json:
            print(json.dumps(result.as_json()), flush=True)
        else:
            print(f"epoch {result.epoch:4d}  loss {result.train_loss:.4f}  acc {result.train_acc:6.1%}"
                  f"  test loss {result.test_loss:.4f}  test acc {result.test_acc:6.1%}"
                  f"  {result.seconds * 1000:.0f} ms", flush=True)
    if last is None:
        raise InputError("No epoch was trained; ask for at least one.")
    if args.save:
        try:
            save_weights(trainer.model, args.save)
        except OSError as exc:
            raise InputError(f"Could not write {args.save}: {exc.strerror or exc}.") from None
    if args.json:
        # train_acc is measured while training (dropout on); train_acc_eval measures the
        # training split as test_acc measures the test split, so the two compare fairly.
        _, train_acc_eval = trainer.evaluate(trainer.x_train, trainer.y_train)
        params = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad)
        print(json.dumps({**last.as_json(), "final": True, "device": last.device,
                          "train_acc_eval": train_acc_eval, "params": params}), flush=True)
    else:
        print(f"final: test accuracy {last.test_acc:.1%} after {last.epoch} epochs"
              + (f"; weights saved to {args.save}" if args.save else ""))
    return 0
