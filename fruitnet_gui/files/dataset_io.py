"""Dataset files: FruitNet's JSON format, CSV, and folders of images.

* **JSON** (docs/FORMATS.md)::

    {"format": "fruitnet-dataset", "version": 1, "shape": [6, 6],
     "classes": ["red apple", "tomato"],
     "samples": [{"label": "tomato", "pixels": [[...6 rows of 6...]]}]}

  Written with one pixel row per line, so a person can see each image in the file.
  Version 2 adds ``"kind": "features"`` (samples ``{"label": ..., "values": [...]}``,
  any finite numbers) and a sample's ``"target": [0.01, 0.99]``; a dataset that uses
  neither is still written as version 1, which every FruitNet reads.
* **CSV**: a header row ``label,p1,...,p36``, then one row per image: the label, then
  the pixels row by row. On import the header may be missing. A header with target
  columns ``t_<class>`` adds target vectors; a header naming other columns than
  ``p1..pN`` makes it a CSV of features (``label,t_red apple,t_tomato,size,weight``).
* **Image folder**: one sub-folder per class, named after it, holding PNG files (the
  common "image folder" layout). Pixel value ``v`` is stored as the gray level
  ``round(255 × (1 − v))``: 0 (background) is white and 1 (ink) is black, so the
  exported images look like the drawings of :mod:`fruitnet_gui.model.data.fruits`.

Every problem raises :class:`FileFormatError` with one line that names the file and
what is wrong; nothing is changed then. Saving is atomic (:mod:`fruitnet_gui.files.atomic`).
The limits of :mod:`fruitnet_gui.model.net.limits` (image size, samples, pixel values) are
checked before the work they bound. The slow readers (CSV, image folders) report their
progress to an optional callback, which can also cancel them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from fruitnet_gui.files.dataset_common import (
    DATASET_FORMAT,
    DATASET_VERSION,
    IMAGE_SUFFIXES,
    MAX_SAMPLES,
    _names,
)
from fruitnet_gui.files.dataset_csv import export_csv, import_csv
from fruitnet_gui.files.dataset_images import (
    export_image_folder,
    gray_to_pixels,
    import_image_folder,
    pixels_to_gray,
)
from fruitnet_gui.files.dataset_json import dataset_to_json, load_dataset, save_dataset
from fruitnet_gui.files.messages import file_error
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.text import translate

__all__ = [
    "DATASET_FORMAT",
    "DATASET_VERSION",
    "IMAGE_SUFFIXES",
    "MAX_SAMPLES",
    "dataset_to_json",
    "export_csv",
    "export_image_folder",
    "gray_to_pixels",
    "import_csv",
    "import_image_folder",
    "load_any",
    "load_dataset",
    "pixels_to_gray",
    "save_dataset",
]


def load_any(
    path: str | os.PathLike[str],
    classes: Sequence[str] | None = None,
    shape: Sequence[int] | None = None,
    *,
    notes: list[str] | None = None,
) -> Dataset:
    """Whatever the window imports: an image folder, a CSV file (``.csv``) or a FruitNet
    dataset (JSON), through the same loaders and with the same errors.

    ``classes`` and ``shape`` (default: said by the file; 6×6 for an image folder) are
    what a CSV or an image folder is read as; a JSON dataset must match them. A dataset
    of features (JSON or CSV) has its own shape, 1 × its number of features.
    """
    where = Path(path)
    if where.is_dir():
        return import_image_folder(where, (6, 6) if shape is None else shape, notes=notes)
    if where.suffix.lower() == ".csv":
        return import_csv(where, classes, shape)
    data = load_dataset(where)
    # features say their own shape (1 × n); the caller compares the number of inputs
    if shape is not None and data.kind == "images" and data.shape != tuple(shape):
        raise file_error(
            where,
            translate(
                "DatasetFile", "the images are {rows}×{cols}, not {want_rows}×{want_cols}"
            ).format(
                rows=data.shape[0], cols=data.shape[1], want_rows=shape[0], want_cols=shape[1]
            ),
        )
    if classes is not None and data.classes != tuple(classes):
        raise file_error(
            where,
            translate("DatasetFile", "the classes are {names}, not {wanted}").format(
                names=_names(data.classes), wanted=_names(classes)
            ),
        )
    return data
