"""``fruitnet train``: train headless, one line per epoch, or JSON."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TextIO

from fruitnet_gui.files.messages import file_message, said_by, shown_path
from fruitnet_gui.model.data.dataset import Dataset, network_for
from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import class_name, number, percent, translate
from fruitnet_gui.model.training import Progress, TrainingConfig, train
from fruitnet_gui.resources import DATASETS

__all__ = ["SHIPPED_DATASET", "train_command"]

#: The fruit images that come with FruitNet (see datasets/fruits-6x6/README.md).
SHIPPED_DATASET = DATASETS / "fruits-6x6"


def _load(
    path: str | Path,
    err: TextIO,
    like: Dataset | Network | None = None,
) -> Dataset:
    """A dataset JSON, a CSV file or an image folder, read as the window reads them.

    A CSV file or an image folder is read with the image shape and classes of ``like``
    (the model to start from, or the training set for the test set) if there is one;
    notes (images scaled to the grid) go to ``err``.
    """
    from fruitnet_gui.files.dataset_io import load_any

    classes = shape = None
    if isinstance(like, Dataset):
        classes, shape = like.classes, like.shape
    elif isinstance(like, Network):
        classes, shape = like.classes, like.input_shape
    notes: list[str] = []
    data = load_any(path, classes, shape, notes=notes)
    for note in notes:
        err.write(said_by("fruitnet train", file_message(path, note)) + "\n")
    return data


def _start_model(args: argparse.Namespace) -> Network | None:
    if not args.model:
        return None
    from fruitnet_gui.files.model_io import load_model

    return load_model(args.model)


def _network_for(data: Dataset, args: argparse.Namespace, start: Network | None) -> Network:
    """The model to start from, or a new one for the data (:func:`network_for`): the
    fruit network for 6×6 fruit images, else n-h-k with h = min(n, 256) for n inputs
    (pixels or features)."""
    rows, cols = data.shape
    if start is not None:
        net = start
        if net.n_inputs != rows * cols or net.classes != data.classes:
            if data.kind == "features":
                has = translate("TrainCommand", "{n} features").format(n=cols)
            else:
                has = translate("TrainCommand", "{rows}×{cols} images").format(rows=rows, cols=cols)
            raise FruitNetError(
                file_message(
                    args.model,
                    translate(
                        "TrainCommand",
                        "the model takes {n} inputs for {classes}, but the dataset has {has} "
                        "of {data_classes}",
                    ).format(
                        n=net.n_inputs,
                        classes=list(net.classes),
                        has=has,
                        data_classes=list(data.classes),
                    ),
                )
            )
        return net
    return network_for(data, args.seed)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return False


def _design(net: Network) -> str:
    """``" (tanh, softmax output, cross-entropy)"``; nothing for the paper's sigmoids."""
    hidden = sorted(set(net.activations[:-1]))
    parts = [] if hidden == ["sigmoid"] else ["/".join(hidden)]
    if net.loss == "cross_entropy":
        parts.append(translate("TrainCommand", "softmax output, cross-entropy"))
    return f" ({', '.join(parts)})" if parts else ""


def _bar(fraction: float, width: int = 30) -> str:
    filled = round(fraction * width)
    return "[" + "#" * filled + "." * (width - filled) + "] " + percent(fraction, 1).rjust(7)


#: From this learning rate on, a run that learnt nothing is blamed on it.
LARGE_LEARNING_RATE = 10.0


def _percent(value: float | None) -> str:
    return "-" if value is None else percent(value, 1)


def _advice(config: TrainingConfig) -> str:
    """What to try when every image came out as one class."""
    if config.learning_rate >= LARGE_LEARNING_RATE:
        return translate(
            "TrainCommand",
            "The learning rate {lr} is very large: such steps push the sigmoids to 0 or 1, "
            "where their slope, and so every gradient, is about 0. Try {paper}, the paper's.",
        ).format(lr=number(f"{config.learning_rate:g}"), paper=number("0.5"))
    if config.mode != "online":
        return translate(
            "TrainCommand",
            "Train for more epochs, or in online mode (one update per image: more updates "
            "per epoch than batches).",
        )
    return translate("TrainCommand", "Train for more epochs.")


def train_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    start = _start_model(args)
    if args.dataset:
        data = _load(args.dataset, err, start)
        test = _load(args.test, err, data) if args.test else None
    else:
        data = _load(SHIPPED_DATASET / "train.json", err)
        test = (
            _load(args.test, err, data) if args.test else _load(SHIPPED_DATASET / "test.json", err)
        )
    if len(data) == 0:
        raise FruitNetError(
            file_message(
                args.dataset or translate("TrainCommand", "the training set"),
                translate("TrainCommand", "has no images to train on"),
            )
        )
    if test is not None and (
        test.shape != data.shape or test.classes != data.classes or test.kind != data.kind
    ):
        raise FruitNetError(
            translate(
                "TrainCommand",
                "the test set must have the same kind, shape and classes as the training set",
            )
        )
    if test is not None and len(test) == 0:
        said = file_message(
            args.test, translate("TrainCommand", "has no images; reporting on the training set")
        )
        err.write(said_by("fruitnet train", said) + "\n")
        test = None
    from fruitnet_gui.commands import apply_conventions

    net = apply_conventions(_network_for(data, args, start), args)
    # one learning rate: the model file's (the presets' 0.5) unless --lr is given
    lr = net.learning_rate if args.lr is None else args.lr
    lr_from = "--lr" if args.lr is not None else ("the model file" if args.model else "default")
    config = TrainingConfig(
        epochs=args.epochs,
        learning_rate=lr,
        mode=args.mode,
        batch_size=TrainingConfig.batch_size if args.batch_size is None else args.batch_size,
        seed=args.seed,
    ).checked()
    if args.save_model is not None:  # now, not after a long run that could not be kept
        from fruitnet_gui.files.atomic import check_can_save

        if not args.save_model.strip():
            raise FruitNetError(
                translate("TrainCommand", "--save-model needs the name of a file to save to")
            )
        check_can_save(args.save_model)
        roles = (
            (translate("TrainCommand", "is the training set this run reads"), args.dataset),
            (translate("TrainCommand", "is the test set this run reads"), args.test),
        )
        for role, source in roles:
            if source and _same_file(args.save_model, source):
                raise FruitNetError(
                    file_message(
                        args.save_model,
                        translate(
                            "TrainCommand", "{role}; save the model under another name"
                        ).format(role=role),
                    )
                )
    if args.batch_size is not None and config.mode != "minibatch":
        said = translate("TrainCommand", "--batch-size is used only with --mode minibatch")
        err.write(said_by("fruitnet train", said) + "\n")
    elif config.mode == "minibatch" and config.batch_size >= len(data):
        said = translate(
            "TrainCommand",
            "a batch of {size} holds all {n} images: one update per epoch, the same as "
            "--mode batch",
        ).format(size=config.batch_size, n=len(data))
        err.write(said_by("fruitnet train", said) + "\n")
    show_bar = args.format == "text" and err.isatty()
    last: Progress | None = None
    printed = 0
    if args.format == "text":
        how = {
            "online": translate("TrainCommand", "online"),
            "batch": translate("TrainCommand", "batch"),
            "minibatch": translate("TrainCommand", "minibatch of {n}").format(n=config.batch_size),
        }[config.mode]
        if data.kind == "features":
            on = translate("TrainCommand", "{n} samples").format(n=len(data))
        else:
            on = translate("TrainCommand", "{n} images").format(n=len(data))
        if test is not None:
            on += translate("TrainCommand", ", testing on {n}").format(n=len(test))
        out.write(
            translate(
                "TrainCommand",
                "Training {layers} on {on} ({how}, learning rate {lr} from {source}, seed {seed})",
            ).format(
                layers="-".join(map(str, net.layers)) + _design(net),
                on=on,
                how=how,
                lr=number(f"{config.learning_rate:g}"),
                source={
                    "default": translate("TrainCommand", "default"),
                    "the model file": translate("TrainCommand", "the model file"),
                    "--lr": translate("TrainCommand", "--lr"),
                }.get(lr_from, lr_from),
                seed=config.seed,
            )
            + "\n"
            + translate("Trace", "Conventions: {text}").format(text=net.conventions.describe())
            + "\n"
        )
        heads = [
            translate("TrainCommand", "epoch"),
            translate("TrainCommand", "train error"),
            translate("TrainCommand", "train acc"),
            translate("TrainCommand", "test error"),
            translate("TrainCommand", "test acc"),
        ]
        widths = [max(w, len(h)) for w, h in zip((5, 11, 9, 10, 8), heads)]
        out.write("  ".join(f"{h:>{w}}" for h, w in zip(heads, widths)) + "\n")
    from fruitnet_gui.model.training.run import TrainingRun

    # the run's record, as the window keeps it: a saved model says what made it
    record = TrainingRun(config, net.copy(), data.inputs(), data.targets(),
                         test.inputs() if test is not None else None,
                         test.targets() if test is not None else None, number=1)  # fmt: skip
    for progress in train(*record.args()):
        last = progress
        record.track(progress)
        if args.format == "text":
            while printed < len(progress.history):
                r = progress.history[printed]
                printed += 1
                test_err = "-" if r.test_error is None else number(f"{r.test_error:.6f}")
                if show_bar:
                    err.write("\r\033[K")
                cells = (
                    str(r.epoch),
                    number(f"{r.train_error:.6f}"),
                    _percent(r.train_accuracy),
                    test_err,
                    _percent(r.test_accuracy),
                )
                out.write("  ".join(f"{c:>{w}}" for c, w in zip(cells, widths)) + "\n")
                out.flush()
            if show_bar and not progress.finished:
                err.write("\r" + _bar(progress.fraction))
                err.flush()
    assert last is not None
    if show_bar:
        err.write("\r\033[K")
    if last.reason == "diverged":
        said = translate(
            "TrainCommand", "the error became infinite or NaN; try a smaller learning rate"
        )
        err.write(said_by("fruitnet train", said) + "\n")
    if args.save_model is not None:
        from fruitnet_gui.files.model_io import save_model

        record.end("finished" if last.finished else "stopped", last.reason)
        save_model(last.network, args.save_model,
                   {"settings": record.settings(), "summary": record.summary()})  # fmt: skip
    if args.format == "json":
        from fruitnet_gui.files.model_io import model_to_dict

        data_out = {
            "settings": {
                "layers": list(net.layers),
                "classes": list(data.classes),
                "train_images": len(data),
                "test_images": 0 if test is None else len(test),
                "epochs": config.epochs,
                "mode": config.mode,
                "batch_size": config.batch_size if config.mode == "minibatch" else None,
                "learning_rate": config.learning_rate,
                "learning_rate_from": lr_from,
                "conventions": net.conventions.to_dict(),
                "seed": config.seed,
            },
            "finished": last.reason,
            "epochs": [
                {
                    "epoch": r.epoch,
                    "train_error": r.train_error,
                    "train_accuracy": r.train_accuracy,
                    "test_error": r.test_error,
                    "test_accuracy": r.test_accuracy,
                    "seconds": r.seconds,
                }
                for r in last.history
            ],
            "confusion": None
            if last.confusion is None
            else {
                "on": "test" if test is not None else "training",
                "rows": "true class",
                "columns": "predicted class",
                "classes": list(data.classes),
                "matrix": last.confusion.tolist(),
            },
            "model": model_to_dict(last.network),
        }
        json.dump(data_out, out, indent=1, allow_nan=False)
        out.write("\n")
    else:
        if last.confusion is not None:
            names = [class_name(c) for c in (test or data).classes]
            if test:
                heading = translate(
                    "TrainCommand",
                    "Confusion matrix on the test set (rows: true class, columns: predicted)",
                )
            else:
                heading = translate(
                    "TrainCommand",
                    "Confusion matrix on the training set (rows: true class, columns: predicted)",
                )
            out.write(f"\n{heading}\n")
            width = max(len(c) for c in names)
            out.write(" " * (width + 2) + "  ".join(f"{c:>{width}}" for c in names) + "\n")
            for c, row in zip(names, last.confusion):
                out.write(f"{c:>{width}}  " + "  ".join(f"{v:>{width}}" for v in row) + "\n")
            predicted = last.confusion.sum(axis=0)
            if len(names) > 1 and int(predicted.max()) == int(predicted.sum()):
                only = names[int(predicted.argmax())]  # as shown
                if data.kind == "features":
                    every = translate(
                        "TrainCommand",
                        "Every sample was predicted as {name}: the network cannot tell the "
                        "classes apart yet.",
                    )
                else:
                    every = translate(
                        "TrainCommand",
                        "Every image was predicted as {name}: the network cannot tell the "
                        "classes apart yet.",
                    )
                out.write(f"{every.format(name=only)} {_advice(config)}\n")
        if args.save_model is not None:
            # printable on a strict UTF-8 terminal even if the name is not UTF-8
            saved = translate("TrainCommand", "Saved the trained model to {path}")
            out.write(saved.format(path=shown_path(args.save_model)) + "\n")
    return 1 if last.reason == "diverged" else 0
