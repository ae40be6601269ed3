"""Rebuild ``train.json`` and ``test.json``: three fruits by two measured features.

Run from anywhere in the checkout::

    python datasets/fruit-features-3/build.py          # write both files
    python datasets/fruit-features-3/build.py --check  # only say whether they are up to date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
# Build from the checkout this script lives in, installed or not.
sys.path.insert(0, str(HERE.parents[1]))

from fruitnet_gui.files.dataset_io import dataset_to_json, save_dataset  # noqa: E402
from fruitnet_gui.model.data.dataset import Dataset  # noqa: E402

CLASSES = ("red apple", "tomato", "banana")
#: (redness, elongation) at the middle of each class, and the spread around it.
CENTRES = {"red apple": (0.60, 0.45), "tomato": (0.88, 0.20), "banana": (0.18, 0.85)}
SPREAD = 0.07
TRAIN_PER_CLASS, TRAIN_SEED = 20, 31
TEST_PER_CLASS, TEST_SEED = 10, 32


def generate(per_class: int, seed: int) -> Dataset:
    """``per_class`` samples of each fruit, shuffled, values rounded to 2 decimals."""
    rng = np.random.default_rng(seed)
    values, labels = [], []
    for name in CLASSES:
        centre = np.array(CENTRES[name])
        points = np.clip(rng.normal(centre, SPREAD, (per_class, 2)), 0.0, 1.0)
        values += np.round(points, 2).tolist()
        labels += [name] * per_class
    order = rng.permutation(len(labels))
    return Dataset([values[i] for i in order], [labels[i] for i in order], classes=CLASSES,
                   kind="features")  # fmt: skip


def build() -> dict[str, Dataset]:
    """The shipped datasets by file name."""
    return {
        "train.json": generate(TRAIN_PER_CLASS, TRAIN_SEED),
        "test.json": generate(TEST_PER_CLASS, TEST_SEED),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with the files instead of writing them"
    )
    args = parser.parse_args(argv)
    stale = []
    for name, ds in build().items():
        path = HERE / name
        counts = ", ".join(f"{n} {c}" for c, n in ds.class_counts().items())
        if args.check:
            current = path.read_text(encoding="utf-8") if path.exists() else None
            ok = current == dataset_to_json(ds)
            print(f"{path}: {'up to date' if ok else 'DIFFERS from the generator'} ({counts})")
            if not ok:
                stale.append(name)
        else:
            save_dataset(ds, path)
            print(f"wrote {path}: {len(ds)} samples ({counts})")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
