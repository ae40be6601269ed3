"""Dataset files: FruitNet's JSON format, CSV, and folders of images.

* **JSON** (docs/FORMATS.md)::

    {"format": "fruitnet-dataset", "version": 1, "shape": [6, 6],
     "classes": ["red apple", "tomato"],
     "samples": [{"label": "tomato", "pixels": [[...6 rows of 6...]]}]}

  Written with one pixel row per line, so a person can see each image in the file.
* **CSV**: a header row ``label,p1,...,p36``, then one row per image: the label, then
  the pixels row by row. On import the header may be missing.
* **Image folder**: one sub-folder per class, named after it, holding PNG files (the
  common "image folder" layout). Pixel value ``v`` is stored as the gray level
  ``round(255 × (1 − v))``: 0 (background) is white and 1 (ink) is black, so the
  exported images look like the drawings of :mod:`fruitnet_gui.model.fruits`.

Every problem raises :class:`FileFormatError` with one line that names the file and
what is wrong; nothing is changed then. Saving is atomic (:mod:`fruitnet_gui.files.atomic`).
"""

from __future__ import annotations

import csv
import io
import json
import operator
import os
import re
import shutil
import uuid
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.atomic import atomic_write_text
from fruitnet_gui.files.jsonio import read_json
from fruitnet_gui.model.dataset import Dataset, check_classes
from fruitnet_gui.model.errors import FileFormatError, ModelError
from fruitnet_gui.model.network import FRUIT_CLASSES

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
    "load_dataset",
    "pixels_to_gray",
    "save_dataset",
]

DATASET_FORMAT = "fruitnet-dataset"
DATASET_VERSION = 1
#: More samples than this are refused: far beyond what a teaching app trains on.
MAX_SAMPLES = 200_000
#: Largest image side (rows or columns) a dataset may have.
MAX_SIDE = 256
MAX_CLASSES = 1000
#: Larger images are refused before they are decoded (a "decompression bomb").
MAX_IMAGE_PIXELS = 40_000_000
#: Files with these endings are read from an image folder; every other file is skipped.
IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".pgm", ".ppm", ".pnm"}
)
_KEYS = ("format", "version", "shape", "classes", "samples")
_SAMPLE_KEYS = ("label", "pixels")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_BAD_NAME_CHARS = frozenset('/\\:*?"<>|\0')


class _Bad(Exception):
    """A problem inside a file; the caller adds the file name."""


def _kind(value: object) -> str:
    """How a JSON value is described to a person."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= 20 else value[:17] + "..."
        return f"the text {shown!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return repr(value)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _is_number(value: object) -> bool:
    return type(value) is int or type(value) is float


def _check_shape_arg(shape: Sequence[int]) -> tuple[int, int]:
    try:
        dims = tuple(operator.index(n) for n in shape)
    except TypeError:
        raise FileFormatError(f"the image shape must be two whole numbers, got {shape!r}") from None
    if len(dims) != 2 or not all(1 <= n <= MAX_SIDE for n in dims):
        raise FileFormatError(
            f"the image shape must be two whole numbers from 1 to {MAX_SIDE}, got {list(dims)}"
        )
    return dims  # type: ignore[return-value]


def _natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort ``img2`` before ``img10``."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


def _infer_classes(names: Iterable[str]) -> tuple[str, ...]:
    """The fruit classes (in one-hot order) if every name is a fruit, else the names sorted."""
    found = set(names)
    if found <= set(FRUIT_CLASSES):
        return FRUIT_CLASSES
    return tuple(sorted(found, key=_natural_key))


# -- JSON ------------------------------------------------------------------------------
def _check_header(data: Any) -> tuple[tuple[int, int], tuple[str, ...], list[Any]]:
    if not isinstance(data, dict):
        raise _Bad(f"a dataset file holds one JSON object, not {_kind(data)}")
    if data.get("format") != DATASET_FORMAT:
        if "format" not in data:
            raise _Bad(f'not a FruitNet dataset (no "format": "{DATASET_FORMAT}")')
        raise _Bad(f"not a FruitNet dataset (its format is {_kind(data['format'])})")
    for key in _KEYS:
        if key not in data:
            raise _Bad(f'the key "{key}" is missing')
    for key in data:
        if key not in _KEYS:
            raise _Bad(f'unknown key "{key}" (a dataset has {", ".join(_KEYS)})')
    version = data["version"]
    if type(version) is not int or version != DATASET_VERSION:
        if type(version) is int and version > DATASET_VERSION:
            raise _Bad(f"dataset version {version} is newer than this FruitNet reads (version 1)")
        raise _Bad(f"unsupported dataset version {_kind(version)} (this FruitNet reads version 1)")
    shape = data["shape"]
    if (
        not isinstance(shape, list)
        or len(shape) != 2
        or not all(type(n) is int and 1 <= n <= MAX_SIDE for n in shape)
    ):
        raise _Bad(f'"shape" must be [rows, columns], two whole numbers from 1 to {MAX_SIDE}')
    classes = data["classes"]
    if not isinstance(classes, list):
        raise _Bad(f'"classes" must be a list of class names, not {_kind(classes)}')
    if not classes:
        raise _Bad('"classes" is empty; a dataset needs at least one class')
    if len(classes) > MAX_CLASSES:
        raise _Bad(f'"classes" has {len(classes)} names, more than the limit of {MAX_CLASSES}')
    for i, name in enumerate(classes):
        if not isinstance(name, str) or not name.strip():
            raise _Bad(f"classes[{i}] must be a non-empty name, not {_kind(name)}")
    if len(set(classes)) != len(classes):
        twice = next(name for name in classes if classes.count(name) > 1)
        raise _Bad(f"the class {twice!r} is listed twice")
    samples = data["samples"]
    if not isinstance(samples, list):
        raise _Bad(f'"samples" must be a list, not {_kind(samples)}')
    if len(samples) > MAX_SAMPLES:
        raise _Bad(f"{len(samples)} samples are more than the limit of {MAX_SAMPLES}")
    return (shape[0], shape[1]), tuple(classes), samples


def _check_sample(i: int, sample: Any, shape: tuple[int, int], index: dict[str, int]) -> int:
    if not isinstance(sample, dict):
        raise _Bad(f"samples[{i}] must be an object with a label and pixels, not {_kind(sample)}")
    for key in _SAMPLE_KEYS:
        if key not in sample:
            raise _Bad(f'samples[{i}] has no "{key}"')
    for key in sample:
        if key not in _SAMPLE_KEYS:
            raise _Bad(f'samples[{i}] has an unknown key "{key}" (a sample has label and pixels)')
    label = sample["label"]
    if not isinstance(label, str):
        raise _Bad(f"samples[{i}].label must be a class name, not {_kind(label)}")
    if label not in index:
        raise _Bad(f"samples[{i}].label {label!r} is not one of the classes ({', '.join(index)})")
    rows, cols = shape
    pixels = sample["pixels"]
    if not isinstance(pixels, list) or len(pixels) != rows:
        got = _count(len(pixels), "row") if isinstance(pixels, list) else _kind(pixels)
        raise _Bad(
            f"samples[{i}].pixels must be {rows} rows of {cols} numbers (the shape), got {got}"
        )
    for r, row in enumerate(pixels):
        if not isinstance(row, list) or len(row) != cols:
            got = _count(len(row), "value") if isinstance(row, list) else _kind(row)
            raise _Bad(f"samples[{i}].pixels[{r}] must hold {cols} numbers (the shape), got {got}")
        for c, v in enumerate(row):
            if not _is_number(v):
                raise _Bad(f"samples[{i}].pixels[{r}][{c}] is {_kind(v)}; pixels must be numbers")
            if not 0 <= v <= 1:
                # json reads 1e999 as infinity: say so rather than "outside [0, 1]"
                what = "not a finite number" if v != v or v in (float("inf"), float("-inf")) else v
                raise _Bad(
                    f"samples[{i}].pixels[{r}][{c}] is {what}; pixels must lie between 0 and 1"
                )
    return index[label]


def _dataset_from_json(data: Any) -> Dataset:
    shape, classes, samples = _check_header(data)
    index = {name: k for k, name in enumerate(classes)}
    labels = [_check_sample(i, s, shape, index) for i, s in enumerate(samples)]
    images = np.array([s["pixels"] for s in samples], dtype=np.float64).reshape(-1, *shape)
    return Dataset(images, labels, classes, shape)


def load_dataset(path: str | os.PathLike[str]) -> Dataset:
    """Read a FruitNet JSON dataset file, checking everything in it.

    Raises
    ------
    FileFormatError
        With one line naming the file and the first problem found.
    """
    data = read_json(path)
    try:
        return _dataset_from_json(data)
    except (_Bad, ModelError) as exc:
        raise FileFormatError(f"{path}: {exc}") from None


def dataset_to_json(ds: Dataset) -> str:
    """The JSON text of a dataset, one pixel row per line."""
    if not isinstance(ds, Dataset):
        raise FileFormatError(f"only a Dataset can be saved as a dataset, not {type(ds).__name__}")

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    lines = [
        "{",
        f' "format": {dump(DATASET_FORMAT)},',
        f' "version": {DATASET_VERSION},',
        f' "shape": {dump(list(ds.shape))},',
        f' "classes": {dump(list(ds.classes))},',
    ]
    if not len(ds):
        lines.append(' "samples": []')
    else:
        lines.append(' "samples": [')
        last = len(ds) - 1
        for i, (image, label) in enumerate(zip(ds.images, ds.labels)):
            rows = [f"   {dump(row)}" for row in image.tolist()]
            lines.append(f'  {{"label": {dump(label)}, "pixels": [')
            lines.append(",\n".join(rows) + ("]}" if i == last else "]},"))
        lines.append(" ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def save_dataset(ds: Dataset, path: str | os.PathLike[str]) -> None:
    """Write ``ds`` as a FruitNet JSON dataset file, atomically."""
    atomic_write_text(path, dataset_to_json(ds))


# -- CSV -------------------------------------------------------------------------------
def _read_text(path: Path) -> str:
    try:
        if path.is_dir():
            raise FileFormatError(f"{path}: is a folder, not a file")
        size = path.stat().st_size
        limit = jsonio.MAX_FILE_BYTES  # looked up now, like read_json does
        if size > limit:
            raise FileFormatError(
                f"{path}: the file is {size / 1e6:.1f} MB, larger than the limit of "
                f"{limit / 1e6:.0f} MB"
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FileFormatError(f"{path}: no such file") from None
    except OSError as exc:
        raise FileFormatError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileFormatError(f"{path}: not a text file (it is not UTF-8)") from None


def _parse_csv(text: str, classes: Sequence[str] | None, shape: tuple[int, int]) -> Dataset:
    n_pixels = shape[0] * shape[1]
    wanted = 1 + n_pixels
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise _Bad(f"not a valid CSV file ({exc} on line {reader.line_num})") from None
    if not rows:
        raise _Bad("the file is empty")
    first = rows[0][1]
    # A header has no numbers for pixels; a data row with one typo must not pass as one.
    if first[0].strip().casefold() == "label" or not any(
        _NUMBER.fullmatch(cell.strip()) for cell in first[1:]
    ):
        if len(first) != wanted:
            raise _Bad(
                f"the header row has {len(first)} columns; {shape[0]}×{shape[1]} images need "
                f"{wanted} (label, p1 ... p{n_pixels})"
            )
        rows = rows[1:]
    if len(rows) > MAX_SAMPLES:
        raise _Bad(f"{len(rows)} samples are more than the limit of {MAX_SAMPLES}")
    labels: list[str] = []
    images = np.zeros((len(rows), n_pixels))
    for i, (line, row) in enumerate(rows):
        if len(row) != wanted:
            raise _Bad(
                f"line {line} has {len(row)} columns; {shape[0]}×{shape[1]} images need {wanted} "
                "(the label, then the pixels row by row)"
            )
        label = row[0].strip()
        if not label:
            raise _Bad(f"line {line} has no label")
        for j, cell in enumerate(row[1:]):
            cell = cell.strip()
            if not _NUMBER.fullmatch(cell):
                shown = cell if len(cell) <= 20 else cell[:17] + "..."
                raise _Bad(f"line {line}, column {j + 2}: {shown!r} is not a number")
            v = float(cell)
            if not 0.0 <= v <= 1.0:
                raise _Bad(f"line {line}, column {j + 2}: {cell} is outside the pixel range 0 to 1")
            images[i, j] = v
        labels.append(label)
    if classes is None:
        names = _infer_classes(labels)
    else:
        try:
            names = check_classes(classes)
        except ModelError as exc:
            raise _Bad(str(exc)) from None
        known = set(names)
        for (line, _row), label in zip(rows, labels):
            if label not in known:
                raise _Bad(f"line {line}: the label {label!r} is not one of {', '.join(names)}")
    return Dataset(images.reshape(-1, *shape), labels, names, shape)


def import_csv(
    path: str | os.PathLike[str],
    classes: Sequence[str] | None = None,
    shape: Sequence[int] = (6, 6),
) -> Dataset:
    """Read a CSV file: per row a label, then the pixels row by row; a header row is optional.

    Parameters
    ----------
    classes
        The class names in one-hot order; every label must be one of them. By default the
        fruit classes if every label is a fruit, else the labels found, sorted.
    shape
        ``(rows, cols)`` of the images.
    """
    dims = _check_shape_arg(shape)
    path = Path(path)
    text = _read_text(path)
    try:
        return _parse_csv(text, classes, dims)
    except (_Bad, ModelError) as exc:
        raise FileFormatError(f"{path}: {exc}") from None


def export_csv(ds: Dataset, path: str | os.PathLike[str]) -> None:
    """Write ``ds`` as CSV with a header ``label,p1,...,pN``, atomically; values exact."""
    if not isinstance(ds, Dataset):
        raise FileFormatError(f"only a Dataset can be exported, not {type(ds).__name__}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    n_pixels = ds.shape[0] * ds.shape[1]
    writer.writerow(["label", *(f"p{j + 1}" for j in range(n_pixels))])
    for label, row in zip(ds.labels, ds.inputs().tolist()):
        writer.writerow([label, *(repr(v) for v in row)])
    atomic_write_text(path, out.getvalue())


# -- image folders ---------------------------------------------------------------------
def pixels_to_gray(pixels: np.ndarray) -> np.ndarray:
    """Pixel values (0 = background, 1 = ink) as 8-bit gray levels (255 = white)."""
    return np.round(255.0 * (1.0 - np.asarray(pixels, dtype=np.float64))).astype(np.uint8)


def gray_to_pixels(gray: np.ndarray) -> np.ndarray:
    """Gray levels 0..255 (255 = white) as pixel values rounded to 4 decimals."""
    values = 1.0 - np.asarray(gray, dtype=np.float64) / 255.0
    return np.round(np.clip(values, 0.0, 1.0), 4)


def _image_gray(im: Image.Image) -> np.ndarray:
    """The image as float gray levels 0..255, transparent parts taken as white paper."""
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        im.mode == "P" and "transparency" in im.info
    ):
        rgba = im.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        im = Image.alpha_composite(paper, rgba)
    if im.mode.startswith("I;16") or im.mode == "I":
        return np.asarray(im, dtype=np.float64) / 257.0
    if im.mode == "F":
        return np.clip(np.asarray(im, dtype=np.float64), 0.0, 255.0)
    return np.asarray(im.convert("L"), dtype=np.float64)


def _read_image(path: Path, shape: tuple[int, int]) -> np.ndarray:
    rows, cols = shape
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                if im.width * im.height > MAX_IMAGE_PIXELS:
                    raise FileFormatError(
                        f"{path}: the image is {im.width}×{im.height} pixels, too large to read"
                    )
                im.load()
                gray = _image_gray(im)
    except (
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as exc:
        # Pillow says "cannot identify image file" for anything it cannot decode
        reason = (
            "not an image Pillow can read"
            if isinstance(exc, Image.UnidentifiedImageError)
            else str(exc)
        )
        raise FileFormatError(f"{path}: cannot be read as an image ({reason})") from None
    if gray.shape != (rows, cols):
        scaled = Image.fromarray(gray.astype(np.float32)).resize((cols, rows), Image.Resampling.BOX)
        gray = np.asarray(scaled, dtype=np.float64)
    return gray_to_pixels(gray)


def import_image_folder(folder: str | os.PathLike[str], shape: Sequence[int] = (6, 6)) -> Dataset:
    """Read a folder with one sub-folder of images per class.

    Each image is converted to grayscale (transparent parts count as white), scaled to
    ``shape`` (averaging, the aspect ratio is not kept) and read as ``1 − gray / 255``,
    rounded to 4 decimals: black is 1, white is 0. Files whose names do not end in an
    image suffix (:data:`IMAGE_SUFFIXES`), hidden files and deeper folders are skipped;
    a file with an image suffix that cannot be decoded is an error. Classes are the
    sub-folder names: the fruit classes in their usual order if they are fruits, else
    sorted. Images are ordered by file name (``2.png`` before ``10.png``), then class,
    which restores the order of a dataset written by :func:`export_image_folder`.
    """
    dims = _check_shape_arg(shape)
    folder = Path(folder)
    if not folder.is_dir():
        what = "no such folder" if not folder.exists() else "not a folder"
        raise FileFormatError(f"{folder}: {what}")
    try:
        subfolders = sorted(
            p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")
        )
    except OSError as exc:
        raise FileFormatError(f"{folder}: cannot be read ({exc.strerror or exc})") from None
    if not subfolders:
        raise FileFormatError(
            f"{folder}: has no class sub-folders (expected one folder of images per class, "
            "e.g. 'red apple' and 'tomato')"
        )
    classes = _infer_classes(p.name for p in subfolders)
    found: list[tuple[tuple[tuple[int, int | str], ...], int, Path]] = []
    for sub in subfolders:
        k = classes.index(sub.name)
        try:
            files = [
                p
                for p in sub.iterdir()
                if p.suffix.lower() in IMAGE_SUFFIXES and not p.name.startswith(".") and p.is_file()
            ]
        except OSError as exc:
            raise FileFormatError(f"{sub}: cannot be read ({exc.strerror or exc})") from None
        found.extend((_natural_key(p.stem), k, p) for p in files)
        if len(found) > MAX_SAMPLES:
            raise FileFormatError(f"{folder}: holds more than the limit of {MAX_SAMPLES} images")
    found.sort(key=lambda item: (item[0], item[1], item[2].name))
    images = np.zeros((len(found), *dims))
    for i, (_key, _k, p) in enumerate(found):
        images[i] = _read_image(p, dims)
    return Dataset(images, [k for _key, k, _p in found], classes, dims)


def _folder_name(name: str) -> str:
    if (
        name in (".", "..")
        or name.startswith(".")
        or name != name.strip()
        or any(ch in _BAD_NAME_CHARS for ch in name)
    ):
        raise FileFormatError(
            f"the class name {name!r} cannot be used as a folder name "
            '(no / \\ : * ? " < > |, no leading dot or spaces)'
        )
    return name


def export_image_folder(ds: Dataset, folder: str | os.PathLike[str]) -> None:
    """Write ``ds`` as PNG files, one sub-folder per class (even an empty class).

    Image ``i`` becomes ``<folder>/<class>/<i>.png`` (zero-padded), gray level
    ``round(255 × (1 − v))``. The folder must be new or empty, so that old images do
    not mix with the new ones. All or nothing: the images are written into a hidden
    folder beside it, which takes its name only once every image is written; if one
    cannot be written (a full disk), nothing is left behind.
    """
    if not isinstance(ds, Dataset):
        raise FileFormatError(f"only a Dataset can be exported, not {type(ds).__name__}")
    folder = Path(folder)
    names = [_folder_name(name) for name in ds.classes]
    staging = folder.parent / f".{folder.name}.partial-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        if folder.exists():
            if not folder.is_dir():
                raise FileFormatError(f"{folder}: is a file, not a folder")
            if any(folder.iterdir()):
                raise FileFormatError(
                    f"{folder}: is not empty; choose a new or empty folder so old images do not "
                    "mix with the exported ones"
                )
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()
    except OSError as exc:
        raise FileFormatError(
            f"{folder}: cannot create the folders ({exc.strerror or exc})"
        ) from None
    try:
        for name in names:
            (staging / name).mkdir()
        width = max(5, len(str(len(ds) - 1)))
        for i, (image, label) in enumerate(zip(ds.images, ds.labels)):
            Image.fromarray(pixels_to_gray(image)).save(
                staging / label / f"{i:0{width}d}.png", format="PNG"
            )
        # an empty folder of that name is replaced (POSIX rename); else it is created
        os.replace(staging, folder)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise FileFormatError(
            f"{folder}: cannot write the images ({exc.strerror or exc}); nothing was exported"
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
