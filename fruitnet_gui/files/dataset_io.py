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
The limits of :mod:`fruitnet_gui.model.limits` (image size, samples, pixel values) are
checked before the work they bound. The slow readers (CSV, image folders) report their
progress to an optional callback, which can also cancel them.
"""

from __future__ import annotations

import csv
import io
import json
import math
import operator
import os
import re
import shutil
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.atomic import atomic_write_text, remove_leftovers, staging_name
from fruitnet_gui.files.messages import clip, file_error, printable
from fruitnet_gui.model import limits
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
    "load_any",
    "load_dataset",
    "pixels_to_gray",
    "save_dataset",
]

DATASET_FORMAT = "fruitnet-dataset"
DATASET_VERSION = 1
#: More samples than this are refused: far beyond what a teaching app trains on.
MAX_SAMPLES = limits.MAX_SAMPLES
#: Most pixels (rows × columns) a dataset's images may have: the most inputs a network has.
MAX_PIXELS = limits.MAX_IMAGE_SIDE**2
#: Most pixel values (images × pixels) in one dataset.
MAX_VALUES = limits.MAX_DATASET_VALUES
MAX_CLASSES = 1000
#: Larger image files are refused before they are decoded (a "decompression bomb").
MAX_IMAGE_PIXELS = limits.MAX_IMAGE_FILE_PIXELS
#: Rows of a CSV file (and images of a folder) handled between two progress reports.
_CHUNK = 5000

#: Told how far a slow import is (0 to 1); returning False cancels it.
ProgressCallback = Callable[[float], "bool | None"]
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
        return f"the text {_quoted(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, int) and abs(value) >= 10**15:
        return "a huge number"
    return clip(repr(value), 30)


def _quoted(text: str, limit: int = 30) -> str:
    """A name or value from a file, quoted, printable and short."""
    return repr(clip(printable(text), limit))


def _plain(text: str, limit: int = 30) -> str:
    """A key from a file, printable and short, to be put in double quotes."""
    return clip(printable(text), limit)


def _names(names: Iterable[str]) -> str:
    """Class names for a message, at most about 80 characters of them."""
    return clip(", ".join(printable(n) for n in names), 80)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _is_number(value: object) -> bool:
    return type(value) is int or type(value) is float


def _shape_problem(dims: Sequence[int]) -> str:
    """Why ``dims`` cannot be the shape of a dataset's images, or ``""``."""
    if len(dims) != 2 or not all(type(n) is int and n >= 1 for n in dims):
        return "the image shape must be two whole numbers from 1 up (rows, columns)"
    rows, cols = dims
    if rows * cols > MAX_PIXELS:
        side = math.isqrt(MAX_PIXELS)
        return (
            f"images of {_big(rows)}×{_big(cols)} pixels are larger than FruitNet takes: "
            f"at most {MAX_PIXELS} pixels ({side}×{side})"
        )
    return ""


def _big(n: int) -> str:
    text = str(n)
    return text if len(text) <= 12 else text[:6] + "…"


def _check_shape_arg(shape: Sequence[int]) -> tuple[int, int]:
    try:
        dims = tuple(operator.index(n) for n in shape)
    except TypeError:
        raise file_error(
            None, f"the image shape must be two whole numbers, got {shape!r}"
        ) from None
    problem = _shape_problem(dims)
    if problem:
        raise file_error(None, problem)
    return dims  # type: ignore[return-value]


def _check_values_limit(n_images: int, shape: tuple[int, int]) -> None:
    """Refuse a dataset with too many pixel values, before they are read (raises _Bad)."""
    values = n_images * shape[0] * shape[1]
    if values > MAX_VALUES:
        raise _Bad(
            f"{n_images} images of {shape[0]}×{shape[1]} are {values:,} pixel values, "
            f"more than the limit of {MAX_VALUES:,}"
        )


def _natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort ``img2`` before ``img10``.

    Only decimal digits count as a number: ``"²".isdigit()`` is true, but ``int("²")``
    fails, so a file named ``².png`` used to raise ValueError.
    """
    return tuple(
        (0, int(part)) if part.isdecimal() else (1, part.casefold())
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
            raise _Bad(f'unknown key "{_plain(key)}" (a dataset has {", ".join(_KEYS)})')
    version = data["version"]
    if type(version) is not int or version != DATASET_VERSION:
        if type(version) is int and version > DATASET_VERSION:
            raise _Bad(
                f"dataset version {_big(version)} is newer than this FruitNet reads (version 1)"
            )
        raise _Bad(f"unsupported dataset version {_kind(version)} (this FruitNet reads version 1)")
    shape = data["shape"]
    if (
        not isinstance(shape, list)
        or len(shape) != 2
        or not all(type(n) is int and n >= 1 for n in shape)
    ):
        raise _Bad('"shape" must be [rows, columns], two whole numbers from 1 up')
    problem = _shape_problem(shape)
    if problem:
        raise _Bad(f'"shape": {problem}')
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
        raise _Bad(f"the class {_quoted(twice)} is listed twice")
    try:
        check_classes(classes)
    except ModelError as exc:
        raise _Bad(str(exc)) from None
    samples = data["samples"]
    if not isinstance(samples, list):
        raise _Bad(f'"samples" must be a list, not {_kind(samples)}')
    if len(samples) > MAX_SAMPLES:
        raise _Bad(f"{len(samples)} samples are more than the limit of {MAX_SAMPLES}")
    _check_values_limit(len(samples), (shape[0], shape[1]))
    return (shape[0], shape[1]), tuple(classes), samples


def _check_sample(i: int, sample: Any, shape: tuple[int, int], index: dict[str, int]) -> int:
    if not isinstance(sample, dict):
        raise _Bad(f"samples[{i}] must be an object with a label and pixels, not {_kind(sample)}")
    for key in _SAMPLE_KEYS:
        if key not in sample:
            raise _Bad(f'samples[{i}] has no "{key}"')
    for key in sample:
        if key not in _SAMPLE_KEYS:
            raise _Bad(
                f'samples[{i}] has an unknown key "{_plain(key)}" (a sample has label and pixels)'
            )
    label = sample["label"]
    if not isinstance(label, str):
        raise _Bad(f"samples[{i}].label must be a class name, not {_kind(label)}")
    if label not in index:
        raise _Bad(
            f"samples[{i}].label {_quoted(label)} is not one of the classes ({_names(index)})"
        )
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
                what = _kind(v)
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
    raw = jsonio.read_bytes(path, max_bytes=jsonio.MAX_FILE_BYTES)
    # Before parsing: a 64 MB file of a million tiny samples would take seconds and most
    # of a gigabyte to parse, only to be refused. Every sample has a "label" key; a
    # label or a class name can add one more each.
    if raw.count(b'"label"') > 2 * MAX_SAMPLES + MAX_CLASSES:
        raise file_error(path, f"holds more samples than the limit of {MAX_SAMPLES}")
    data = jsonio.parse_json(path, raw)
    try:
        return _dataset_from_json(data)
    except (_Bad, ModelError) as exc:
        raise file_error(path, str(exc)) from None


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
    """The file as text: a regular file within the size limit (a pipe or ``/dev/zero``
    is refused unread), UTF-8."""
    raw = jsonio.read_bytes(path, max_bytes=jsonio.MAX_FILE_BYTES)  # looked up now
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise file_error(path, "not a text file (it is not UTF-8)") from None


class _Row:
    """One non-blank CSV row: its line, label, number of cells and its pixel cells (the
    text after the label, or the cells themselves when :mod:`csv` unquoted them)."""

    __slots__ = ("cells", "label", "line", "pixels", "split")

    def __init__(
        self, line: int, label: str, cells: int, pixels: str, split: list[str] | None = None
    ) -> None:
        self.line, self.label, self.cells, self.pixels = line, label, cells, pixels
        self.split = split

    def pixel_cells(self) -> list[str]:
        return self.pixels.split(",") if self.split is None else self.split


def _plain_rows(text: str) -> Iterator[_Row]:
    """The rows of a CSV text without quotes, split by hand: several times faster than
    :mod:`csv` on 200,000 rows, and the same cells for such a text."""
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip() or not line.replace(",", "").strip():
            continue
        label, _comma, pixels = line.partition(",")
        yield _Row(number, label, line.count(",") + 1, pixels)


def _quoted_rows(text: str) -> Iterator[_Row]:
    """The rows of any CSV text, read by :mod:`csv`."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                yield _Row(reader.line_num, row[0], len(row), ",".join(row[1:]), row[1:])
    except csv.Error as exc:
        raise _Bad(f"not a valid CSV file ({exc} on line {reader.line_num})") from None


#: Characters a pixel cell may hold; anything else (``nan``, ``inf``, ``1_0``) is no
#: number here, and a chunk without them is converted in one call.
_NOT_PIXEL = re.compile(r"[^0-9eE+\-.,\s]")


def _report(progress: ProgressCallback | None, fraction: float) -> None:
    if progress is not None and progress(min(max(fraction, 0.0), 1.0)) is False:
        raise _Cancelled


class _Cancelled(Exception):
    """The user cancelled a slow import."""


def _collect_rows(text: str, progress: ProgressCallback | None) -> list[_Row]:
    rows = []
    lines = text.count("\n") + 1
    plain = '"' not in text and "\r" not in text.replace("\r\n", "")
    for row in _plain_rows(text) if plain else _quoted_rows(text):
        rows.append(row)
        if len(rows) > MAX_SAMPLES + 1:  # one more for a header
            raise _Bad(f"more than the limit of {MAX_SAMPLES} samples")
        if len(rows) % _CHUNK == 0:
            _report(progress, 0.3 * row.line / lines)
    return rows


def _is_header(first: _Row) -> bool:
    """A header has no numbers for pixels; a data row with one typo must not pass as one."""
    return first.label.strip().casefold() == "label" or not any(
        _NUMBER.fullmatch(cell.strip()) for cell in first.pixel_cells()
    )


def _shape_for(n_pixels: int) -> tuple[int, int]:
    """The image shape of ``n_pixels`` values when a CSV says no more: square if it can be
    (36 is 6×6), else one row."""
    side = math.isqrt(n_pixels)
    return (side, side) if side * side == n_pixels else (1, n_pixels)


def _cell_problem(row: _Row, shape: tuple[int, int]) -> str:
    """The first cell of ``row`` that is not a pixel value, said; ``""`` if there is none."""
    for j, cell in enumerate(row.pixel_cells()):
        cell = cell.strip()
        if not _NUMBER.fullmatch(cell):
            return f"line {row.line}, column {j + 2}: {_quoted(cell, 20)} is not a number"
        if not 0.0 <= float(cell) <= 1.0:
            return (
                f"line {row.line}, column {j + 2}: {clip(cell, 20)} is outside the pixel "
                "range 0 to 1"
            )
    return ""


def _chunk_pixels(chunk: list[_Row], shape: tuple[int, int]) -> np.ndarray:
    """The pixels of ``chunk`` (rows × pixels), or _Bad naming the first bad cell."""
    n_pixels = shape[0] * shape[1]
    joined = "\n".join(row.pixels for row in chunk)
    values = None
    if not _NOT_PIXEL.search(joined):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                values = np.loadtxt(
                    io.StringIO(joined), delimiter=",", dtype=np.float64, comments=None, ndmin=2
                )
        except (ValueError, TypeError):  # an empty cell, "1e", "+-1": found below
            values = None
    if values is not None and values.shape == (len(chunk), n_pixels):
        bad = ~((values >= 0.0) & (values <= 1.0))
        if not bad.any():
            return values
    for row in chunk:
        problem = _cell_problem(row, shape)
        if problem:
            raise _Bad(problem)
    return np.array([[float(c) for c in row.pixel_cells()] for row in chunk], dtype=np.float64)


def _parse_csv(
    text: str,
    classes: Sequence[str] | None,
    shape: tuple[int, int] | None,
    progress: ProgressCallback | None = None,
) -> Dataset:
    rows = _collect_rows(text, progress)
    if not rows:
        raise _Bad("the file is empty")
    first = rows[0]
    if shape is None:  # said by the number of columns
        n = first.cells - 1
        if n < 1:
            raise _Bad("the first row has no pixel columns after the label")
        shape = _shape_for(n)
        problem = _shape_problem(shape)
        if problem:
            raise _Bad(f"{first.cells} columns: {problem}")
    n_pixels = shape[0] * shape[1]
    wanted = 1 + n_pixels
    if _is_header(first):
        if first.cells != wanted:
            raise _Bad(
                f"the header row has {first.cells} columns; {shape[0]}×{shape[1]} images need "
                f"{wanted} (label, p1 ... p{n_pixels})"
            )
        rows = rows[1:]
    if len(rows) > MAX_SAMPLES:
        raise _Bad(f"{len(rows)} samples are more than the limit of {MAX_SAMPLES}")
    _check_values_limit(len(rows), shape)
    labels: list[str] = []
    for row in rows:
        if row.cells != wanted:
            raise _Bad(
                f"line {row.line} has {row.cells} columns; {shape[0]}×{shape[1]} images need "
                f"{wanted} (the label, then the pixels row by row)"
            )
        label = row.label.strip()
        if not label:
            raise _Bad(f"line {row.line} has no label")
        labels.append(label)
    images = np.zeros((len(rows), n_pixels))
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        images[start : start + len(chunk)] = _chunk_pixels(chunk, shape)
        _report(progress, 0.3 + 0.7 * (start + len(chunk)) / len(rows))
    if classes is None:
        names = _infer_classes(labels)
    else:
        try:
            names = check_classes(classes)
        except ModelError as exc:
            raise _Bad(str(exc)) from None
        known = set(names)
        for row, label in zip(rows, labels):
            if label not in known:
                raise _Bad(
                    f"line {row.line}: the label {_quoted(label)} is not one of {_names(names)}"
                )
    return Dataset(images.reshape(-1, *shape), labels, names, shape)


def import_csv(
    path: str | os.PathLike[str],
    classes: Sequence[str] | None = None,
    shape: Sequence[int] | None = (6, 6),
    *,
    progress: ProgressCallback | None = None,
) -> Dataset:
    """Read a CSV file: per row a label, then the pixels row by row; a header row is optional.

    Parameters
    ----------
    classes
        The class names in one-hot order; every label must be one of them. By default the
        fruit classes if every label is a fruit, else the labels found, sorted.
    shape
        ``(rows, cols)`` of the images; ``None``: said by the number of columns (square
        if it can be, 37 columns are 6×6 images, else one row).
    progress
        Called with the fraction done (0 to 1) every few thousand rows; returning
        ``False`` cancels the import (:class:`FileFormatError`).
    """
    dims = None if shape is None else _check_shape_arg(shape)
    path = Path(path)
    text = _read_text(path)
    try:
        return _parse_csv(text, classes, dims, progress)
    except (_Bad, ModelError) as exc:
        raise file_error(path, str(exc)) from None
    except _Cancelled:
        raise file_error(path, "the import was cancelled; nothing was changed") from None


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


#: An image larger than this many times the grid (each way) is first reduced by a whole
#: factor in Pillow, so that a photo is never held as millions of float64 values.
_REDUCE_ABOVE = 8


def _reduced(im: Image.Image, shape: tuple[int, int]) -> Image.Image:
    """A large image shrunk by a whole factor, still at least 8 times the grid each way."""
    rows, cols = shape
    factor = min(im.width // (cols * _REDUCE_ABOVE), im.height // (rows * _REDUCE_ABOVE))
    if factor < 2:
        return im
    if im.mode.startswith("I;16"):
        im = im.convert("I")  # keeps the 16 bits that RGB would clip
    elif im.mode not in ("L", "LA", "RGB", "RGBA", "I", "F"):
        im = im.convert("RGBA" if "transparency" in im.info or "A" in im.mode else "RGB")
    return im.reduce(factor)


def _read_image(path: Path, shape: tuple[int, int]) -> tuple[np.ndarray, tuple[int, int]]:
    """One image file as pixel values on the grid, and its own size (width, height)."""
    rows, cols = shape
    try:
        with warnings.catch_warnings():
            # a damaged file may make Pillow warn on the way; only the outcome counts
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                size = (im.width, im.height)
                if im.width * im.height > MAX_IMAGE_PIXELS:
                    raise file_error(
                        path,
                        f"the image is {im.width}×{im.height} pixels, larger than the limit "
                        f"of {MAX_IMAGE_PIXELS // 1_000_000} million pixels",
                    )
                im.load()
                gray = _image_gray(_reduced(im, shape))
    except FileFormatError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise file_error(
            path,
            f"the image is larger than the limit of {MAX_IMAGE_PIXELS // 1_000_000} million "
            "pixels (it is refused undecoded)",
        ) from None
    except Image.UnidentifiedImageError:
        raise file_error(
            path, "cannot be read as an image (not an image Pillow can read)"
        ) from None
    except Exception as exc:
        # Pillow's decoders raise what they meet in a damaged file: OSError, SyntaxError,
        # ValueError, but also IndexError (an iCCP chunk cut off after the image data),
        # struct.error, EOFError, ZeroDivisionError. Each is a bad image, nothing more.
        reason = str(exc) or type(exc).__name__
        raise file_error(path, f"cannot be read as an image ({clip(reason, 80)})") from None
    if gray.shape != (rows, cols):
        scaled = Image.fromarray(gray.astype(np.float32)).resize((cols, rows), Image.Resampling.BOX)
        gray = np.asarray(scaled, dtype=np.float64)
    return gray_to_pixels(gray), size


def _class_folder_name(sub: Path) -> str:
    """A class folder's name as a class name, or FileFormatError."""
    name = sub.name
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in name):  # bytes that are not UTF-8
        raise file_error(
            sub, "the folder's name is not UTF-8 text, so it cannot name a class; rename it"
        )
    try:
        check_classes([name])
    except ModelError as exc:
        raise file_error(sub, f"cannot name a class ({exc})") from None
    return name


def _scaling_note(sizes: list[tuple[int, int]], shape: tuple[int, int]) -> str:
    """What the import did to image sizes, for the user (``""`` if nothing)."""
    rows, cols = shape
    other = [(w, h) for w, h in sizes if (h, w) != (rows, cols)]
    if not other:
        return ""
    larger = [(w, h) for w, h in other if w * h > rows * cols]
    w, h = max(other, key=lambda s: s[0] * s[1])
    how = "scaled down" if len(larger) == len(other) else "scaled"
    return (
        f"{len(other)} of {len(sizes)} images were {how} to the {rows}×{cols} grid "
        f"(the largest was {w}×{h} pixels)"
    )


def import_image_folder(
    folder: str | os.PathLike[str],
    shape: Sequence[int] = (6, 6),
    *,
    progress: ProgressCallback | None = None,
    notes: list[str] | None = None,
) -> Dataset:
    """Read a folder with one sub-folder of images per class.

    Each image is converted to grayscale (transparent parts count as white), scaled to
    ``shape`` (averaging, the aspect ratio is not kept) and read as ``1 − gray / 255``,
    rounded to 4 decimals: black is 1, white is 0. Files whose names do not end in an
    image suffix (:data:`IMAGE_SUFFIXES`), hidden files and deeper folders are skipped;
    a file with an image suffix that cannot be decoded is an error. Classes are the
    sub-folder names: the fruit classes in their usual order if they are fruits, else
    sorted. Images are ordered by file name (``2.png`` before ``10.png``), then class,
    which restores the order of a dataset written by :func:`export_image_folder`.

    ``progress`` is called with the fraction done (returning False cancels); ``notes``
    receives a sentence for the user if images had to be scaled.
    """
    dims = _check_shape_arg(shape)
    folder = Path(folder)
    try:
        is_dir = folder.is_dir()
    except (OSError, ValueError):
        is_dir = False
    if not is_dir:
        what = "no such folder" if not os.path.lexists(folder) else "not a folder"
        raise file_error(folder, what)
    try:
        subfolders = sorted(
            p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")
        )
    except OSError as exc:
        raise file_error(folder, f"cannot be read ({exc.strerror or exc})") from None
    if not subfolders:
        raise file_error(
            folder,
            "has no class sub-folders (expected one folder of images per class, "
            "e.g. 'red apple' and 'tomato')",
        )
    classes = _infer_classes(_class_folder_name(p) for p in subfolders)
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
            raise file_error(sub, f"cannot be read ({exc.strerror or exc})") from None
        found.extend((_natural_key(p.stem), k, p) for p in files)
        if len(found) > MAX_SAMPLES:
            raise file_error(folder, f"holds more than the limit of {MAX_SAMPLES} images")
    try:
        _check_values_limit(len(found), dims)
    except _Bad as exc:
        raise file_error(folder, str(exc)) from None
    found.sort(key=lambda item: (item[0], item[1], item[2].name))
    images = np.zeros((len(found), *dims))
    sizes: list[tuple[int, int]] = []
    try:
        for i, (_key, _k, p) in enumerate(found):
            images[i], size = _read_image(p, dims)
            sizes.append(size)
            if (i + 1) % 50 == 0:
                _report(progress, (i + 1) / len(found))
    except _Cancelled:
        raise file_error(folder, "the import was cancelled; nothing was changed") from None
    note = _scaling_note(sizes, dims)
    if note and notes is not None:
        notes.append(note)
    try:
        return Dataset(images, [k for _key, k, _p in found], classes, dims)
    except ModelError as exc:
        raise file_error(folder, str(exc)) from None


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
    what a CSV or an image folder is read as; a JSON dataset must match them.
    """
    where = Path(path)
    if where.is_dir():
        return import_image_folder(where, (6, 6) if shape is None else shape, notes=notes)
    if where.suffix.lower() == ".csv":
        return import_csv(where, classes, shape)
    data = load_dataset(where)
    if shape is not None and data.shape != tuple(shape):
        raise file_error(
            where, f"the images are {data.shape[0]}×{data.shape[1]}, not {shape[0]}×{shape[1]}"
        )
    if classes is not None and data.classes != tuple(classes):
        raise file_error(where, f"the classes are {_names(data.classes)}, not {_names(classes)}")
    return data


def _folder_name(name: str) -> str:
    if (
        name in (".", "..")
        or name.startswith(".")
        or name != name.strip()
        or any(ch in _BAD_NAME_CHARS for ch in name)
    ):
        raise file_error(
            None,
            f"the class name {_quoted(name)} cannot be used as a folder name "
            '(no / \\ : * ? " < > |, no leading dot or spaces)',
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
    staging = staging_name(folder)
    remove_leftovers(folder.parent if str(folder.parent) else ".")
    try:
        if folder.exists():
            if not folder.is_dir():
                raise file_error(folder, "is a file, not a folder")
            if any(folder.iterdir()):
                raise file_error(
                    folder,
                    "is not empty; choose a new or empty folder so old images do not "
                    "mix with the exported ones",
                )
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()
    except OSError as exc:
        raise file_error(folder, f"cannot create the folders ({exc.strerror or exc})") from None
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
        raise file_error(
            folder, f"cannot write the images ({exc.strerror or exc}); nothing was exported"
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
