"""Rebuild ``train.json`` and ``test.json`` from :mod:`fruitnet_gui.model.data.fruits`, bit for bit.

Run from anywhere in the checkout::

    python datasets/fruits-6x6/build.py          # write both files
    python datasets/fruits-6x6/build.py --check  # only say whether they are up to date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Build from the checkout this script lives in, installed or not.
sys.path.insert(0, str(HERE.parents[1]))

from fruitnet_gui.files.dataset_io import dataset_to_json, save_dataset  # noqa: E402
from fruitnet_gui.model.data.dataset import Dataset  # noqa: E402
from fruitnet_gui.model.data.fruits import (  # noqa: E402
    TEST_PER_CLASS,
    TEST_SEED,
    TRAIN_PER_CLASS,
    TRAIN_SEED,
    generate,
)


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
            print(f"wrote {path}: {len(ds)} images ({counts})")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
