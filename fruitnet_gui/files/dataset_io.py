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
#: The version written when a dataset needs it (features, or soft targets); plain
#: labelled images are written as version 1.
DATASET_VERSION = 2
#: Versions this FruitNet reads.
DATASET_VERSIONS = (1, 2)
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
#: Keys only version 2 knows (``kind`` is optional there: ``"images"`` by default).
_V2_KEYS = ("kind",)
_SAMPLE_KEYS = ("label", "pixels")
#: A version 2 sample: a label, a target or both, and its values (pixels or values).
_V2_SAMPLE_KEYS = {
    "images": ("label", "target", "pixels"),
    "features": ("label", "target", "values"),
}
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


def _shape_problem(dims: Sequence[int], kind: str = "images") -> str:
    """Why ``dims`` cannot be the shape of a dataset's samples, or ``""``."""
    if len(dims) != 2 or not all(type(n) is int and n >= 1 for n in dims):
        return "the image shape must be two whole numbers from 1 up (rows, columns)"
    rows, cols = dims
    if kind == "features" and rows * cols > MAX_PIXELS:
        return (
            f"{_big(cols)} features are more than FruitNet takes: at most {MAX_PIXELS} "
            "(the most inputs a network has)"
        )
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


def _check_values_limit(n_images: int, shape: tuple[int, int], kind: str = "images") -> None:
    """Refuse a dataset with too many pixel values, before they are read (raises _Bad)."""
    values = n_images * shape[0] * shape[1]
    if values > MAX_VALUES:
        what = (
            f"samples of {shape[1]} features are {values:,} values" if kind == "features"
            else f"images of {shape[0]}×{shape[1]} are {values:,} pixel values"
        )  # fmt: skip
        raise _Bad(f"{n_images} {what}, more than the limit of {MAX_VALUES:,}")


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
class _Header:
    """What a dataset file's header says: version, kind, shape, classes and samples."""

    __slots__ = ("classes", "kind", "samples", "shape", "version")

    def __init__(
        self,
        version: int,
        kind: str,
        shape: tuple[int, int],
        classes: tuple[str, ...],
        samples: list[Any],
    ) -> None:
        self.version, self.kind, self.shape = version, kind, shape
        self.classes, self.samples = classes, samples


def _check_version(data: dict[str, Any]) -> int:
    version = data["version"]
    if type(version) is not int or version not in DATASET_VERSIONS:
        if type(version) is int and version > DATASET_VERSION:
            raise _Bad(
                f"dataset version {_big(version)} is newer than this FruitNet reads "
                f"(versions 1 and {DATASET_VERSION})"
            )
        raise _Bad(
            f"unsupported dataset version {_kind(version)} "
            f"(this FruitNet reads versions 1 and {DATASET_VERSION})"
        )
    return version


def _check_kind(data: dict[str, Any], version: int) -> str:
    if "kind" not in data:
        return "images"
    if version == 1:
        raise _Bad('"kind" is new in version 2; a version 1 dataset holds images')
    kind = data["kind"]
    if kind not in ("images", "features"):
        raise _Bad(f'"kind" must be "images" or "features", not {_kind(kind)}')
    return kind


def _check_header(data: Any) -> _Header:
    if not isinstance(data, dict):
        raise _Bad(f"a dataset file holds one JSON object, not {_kind(data)}")
    if data.get("format") != DATASET_FORMAT:
        if "format" not in data:
            raise _Bad(f'not a FruitNet dataset (no "format": "{DATASET_FORMAT}")')
        raise _Bad(f"not a FruitNet dataset (its format is {_kind(data['format'])})")
    for key in _KEYS:
        if key not in data:
            raise _Bad(f'the key "{key}" is missing')
    version = _check_version(data)
    known = _KEYS if version == 1 else _KEYS + _V2_KEYS
    for key in data:
        if key not in known:
            if key in _V2_KEYS:
                continue  # said by _check_kind
            raise _Bad(f'unknown key "{_plain(key)}" (a dataset has {", ".join(known)})')
    kind = _check_kind(data, version)
    shape = data["shape"]
    if (
        not isinstance(shape, list)
        or len(shape) != 2
        or not all(type(n) is int and n >= 1 for n in shape)
    ):
        raise _Bad('"shape" must be [rows, columns], two whole numbers from 1 up')
    if kind == "features" and shape[0] != 1:
        raise _Bad(
            f'"shape" of a features dataset must be [1, n] (one row of n values), '
            f"got [{_big(shape[0])}, {_big(shape[1])}]"
        )
    problem = _shape_problem(shape, kind)
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
    _check_values_limit(len(samples), (shape[0], shape[1]), kind)
    return _Header(version, kind, (shape[0], shape[1]), tuple(classes), samples)


def _check_sample(i: int, sample: Any, head: _Header, index: dict[str, int]) -> list[float] | None:
    """Check one sample; return its target vector, or None if it has only a label."""
    keys = _SAMPLE_KEYS if head.version == 1 else _V2_SAMPLE_KEYS[head.kind]
    values_key = keys[-1]
    if not isinstance(sample, dict):
        raise _Bad(
            f"samples[{i}] must be an object with a label and {values_key}, not {_kind(sample)}"
        )
    for key in sample:
        if key not in keys:
            raise _Bad(f'samples[{i}] has an unknown key "{_plain(key)}" ({_sample_has(head)})')
    if values_key not in sample:
        raise _Bad(f'samples[{i}] has no "{values_key}"')
    if "label" not in sample and "target" not in sample:
        raise _Bad(f'samples[{i}] has no "label"' + ("" if head.version == 1 else ' or "target"'))
    label = _check_label(i, sample, index)
    target = _check_target(i, sample, head.classes)
    if label is not None and target is not None:
        wanted = max(range(len(target)), key=lambda k: (target[k], -k))  # argmax, first of ties
        if label != wanted:
            raise _Bad(
                f"samples[{i}].label {_quoted(head.classes[label])} is not the class of its "
                f"largest target value ({_quoted(head.classes[wanted])})"
            )
    if head.kind == "features":
        _check_values(i, sample["values"], head.shape[1])
    else:
        _check_pixels(i, sample["pixels"], head.shape)
    return target


def _sample_has(head: _Header) -> str:
    if head.version == 1:
        return "a sample has label and pixels; target needs version 2"
    return "a sample has " + ", ".join(_V2_SAMPLE_KEYS[head.kind])


def _check_label(i: int, sample: dict[str, Any], index: dict[str, int]) -> int | None:
    if "label" not in sample:
        return None
    label = sample["label"]
    if not isinstance(label, str):
        raise _Bad(f"samples[{i}].label must be a class name, not {_kind(label)}")
    if label not in index:
        raise _Bad(
            f"samples[{i}].label {_quoted(label)} is not one of the classes ({_names(index)})"
        )
    return index[label]


def _check_target(i: int, sample: dict[str, Any], classes: tuple[str, ...]) -> list[float] | None:
    if "target" not in sample:
        return None
    target = sample["target"]
    k = len(classes)
    if not isinstance(target, list) or len(target) != k:
        got = _count(len(target), "value") if isinstance(target, list) else _kind(target)
        raise _Bad(f"samples[{i}].target must be {_count(k, 'number')} (one per class), got {got}")
    for j, v in enumerate(target):
        if not _is_number(v):
            raise _Bad(f"samples[{i}].target[{j}] is {_kind(v)}; targets must be numbers")
        if not 0 <= v <= 1:
            raise _Bad(f"samples[{i}].target[{j}] is {_kind(v)}; targets must lie between 0 and 1")
    return target


def _check_pixels(i: int, pixels: Any, shape: tuple[int, int]) -> None:
    rows, cols = shape
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


def _check_values(i: int, values: Any, n: int) -> None:
    """A features sample: ``n`` numbers within ±MAX_VALUE (the network's input limit)."""
    if not isinstance(values, list) or len(values) != n:
        got = _count(len(values), "value") if isinstance(values, list) else _kind(values)
        raise _Bad(f"samples[{i}].values must be {n} numbers (the shape), got {got}")
    for j, v in enumerate(values):
        if not _is_number(v):
            raise _Bad(f"samples[{i}].values[{j}] is {_kind(v)}; values must be numbers")
        if abs(v) > limits.MAX_VALUE:
            raise _Bad(
                f"samples[{i}].values[{j}] is {_kind(v)}; values must lie between "
                f"-{limits.MAX_VALUE:,.0f} and {limits.MAX_VALUE:,.0f}"
            )


def _dataset_from_json(data: Any) -> Dataset:
    head = _check_header(data)
    index = {name: k for k, name in enumerate(head.classes)}
    given = [_check_sample(i, s, head, index) for i, s in enumerate(head.samples)]
    key = "values" if head.kind == "features" else "pixels"
    images = np.array([s[key] for s in head.samples], dtype=np.float64).reshape(-1, *head.shape)
    if all(t is None for t in given):
        labels = [index[s["label"]] for s in head.samples]
        return Dataset(images, labels, head.classes, head.shape, kind=head.kind)
    k = len(head.classes)
    targets = np.zeros((len(given), k))
    for i, (s, t) in enumerate(zip(head.samples, given)):
        if t is None:
            targets[i, index[s["label"]]] = 1.0
        else:
            targets[i] = t
    return Dataset(images, (), head.classes, head.shape, targets=targets, kind=head.kind)


def load_dataset(path: str | os.PathLike[str]) -> Dataset:
    """Read a FruitNet JSON dataset file, checking everything in it.

    Raises
    ------
    FileFormatError
        With one line naming the file and the first problem found.
    """
    raw = jsonio.read_bytes(path, max_bytes=jsonio.MAX_FILE_BYTES)
    # Before parsing: a 64 MB file of a million tiny samples would take seconds and most
    # of a gigabyte to parse, only to be refused. Every sample has a "label" or a
    # "target" key; a label or a class name can add one more each.
    keys = max(raw.count(b'"label"'), raw.count(b'"target"'))
    if keys > 2 * MAX_SAMPLES + MAX_CLASSES:
        raise file_error(path, f"holds more samples than the limit of {MAX_SAMPLES}")
    data = jsonio.parse_json(path, raw)
    try:
        return _dataset_from_json(data)
    except (_Bad, ModelError) as exc:
        raise file_error(path, str(exc)) from None


def dataset_to_json(ds: Dataset) -> str:
    """The JSON text of a dataset, one pixel row (or one sample of features) per line.

    Version 1 when it holds labelled images only (every FruitNet reads it), else
    version 2. A sample whose target is not one-hot gets ``"target"`` beside its
    ``"label"`` (the argmax), so a person still sees its class.
    """
    if not isinstance(ds, Dataset):
        raise FileFormatError(f"only a Dataset can be saved as a dataset, not {type(ds).__name__}")

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    features = ds.kind == "features"
    version = 2 if features or ds.has_soft_targets else 1
    lines = [
        "{",
        f' "format": {dump(DATASET_FORMAT)},',
        f' "version": {version},',
        *([f' "kind": {dump(ds.kind)},'] if features else []),
        f' "shape": {dump(list(ds.shape))},',
        f' "classes": {dump(list(ds.classes))},',
    ]
    if not len(ds):
        lines.append(' "samples": []')
    else:
        lines.append(' "samples": [')
        last = len(ds) - 1
        soft = ds.soft_rows()
        targets = ds.targets().tolist()
        for i, (image, label) in enumerate(zip(ds.images, ds.labels)):
            head = f'  {{"label": {dump(label)}, '
            if soft[i]:
                head += f'"target": {dump(targets[i])}, '
            end = "}" if i == last else "},"
            if features:
                lines.append(f'{head}"values": {dump(image[0].tolist())}{end}')
                continue
            rows = [f"   {dump(row)}" for row in image.tolist()]
            lines.append(f'{head}"pixels": [')
            lines.append(",\n".join(rows) + "]" + end)
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


#: A header cell naming a target column: ``t_`` and the class name.
_TARGET_PREFIX = "t_"


class _Columns:
    """What a CSV header names: is there a label column (the first), which columns hold
    the target vector (``t_<class>``, in class order) and which the values."""

    __slots__ = ("_value_names", "classes", "has_label", "kind", "targets", "values")

    def __init__(self, cells: list[str]) -> None:
        names = [cell.strip() for cell in cells]
        self.has_label = bool(names) and names[0].casefold() == "label"
        for j, name in enumerate(names[1:], start=2):
            if name.casefold() == "label":
                raise _Bad(f"the header names the label in column {j}; it must be the first")
        start = 1 if self.has_label else 0
        self.targets = [j for j in range(start, len(names)) if names[j].startswith(_TARGET_PREFIX)]
        self.values = [j for j in range(start, len(names)) if j not in set(self.targets)]
        self.classes = tuple(names[j][len(_TARGET_PREFIX) :] for j in self.targets)
        self._value_names = [names[j] for j in self.values]
        pixels = [f"p{j + 1}" for j in range(len(self.values))]
        is_images = [names[j].casefold() for j in self.values] == pixels
        self.kind = "images" if is_images else "features"

    @property
    def numbered(self) -> bool:
        """Whether a value column is named by a number (then the row is no header of
        features: a mislabelled data row)."""
        return any(_NUMBER.fullmatch(name) for name in self._value_names)

    @property
    def plain(self) -> bool:
        """A header of the CSV of images FruitNet always read: ``label,p1,...,pN``."""
        return self.has_label and not self.targets and self.kind == "images"


def _table_classes(
    columns: _Columns, labels: list[str], classes: Sequence[str] | None
) -> tuple[str, ...]:
    """The classes of a CSV with target columns or features: named by its target
    columns, else ``classes``, else the labels found.

    A CSV of features says its own classes (as it says its shape): ``classes`` only
    orders its labels if they are all among them; the caller sees whether the network
    can read the data. Images with target columns must have ``classes``."""
    if columns.targets:
        try:
            named = check_classes(columns.classes)
        except ModelError as exc:
            raise _Bad(f"the target columns: {exc}") from None
        if classes is not None and columns.kind == "images" and tuple(classes) != named:
            raise _Bad(
                f"the target columns name the classes {_names(named)}, not "
                f"{_names(classes)} (the network's)"
            )
        return named
    if classes is not None and (columns.kind == "images" or set(labels) <= set(classes)):
        try:
            return check_classes(classes)
        except ModelError as exc:
            raise _Bad(str(exc)) from None
    return _infer_classes(labels)


def _column_problem(row: _Row, cells: list[str], columns: _Columns, kind: str) -> str:
    """The first cell of ``row`` that is no value of its column, said; ``""`` if none."""
    offset = 1 if columns.has_label else 0
    targets = set(columns.targets)
    for j, cell in enumerate(cells, start=offset):
        cell = cell.strip()
        if not _NUMBER.fullmatch(cell):
            return f"line {row.line}, column {j + 1}: {_quoted(cell, 20)} is not a number"
        value = float(cell)
        if j in targets:
            if not 0.0 <= value <= 1.0:
                return (
                    f"line {row.line}, column {j + 1}: {clip(cell, 20)} is outside the target "
                    "range 0 to 1"
                )
        elif kind == "images" and not 0.0 <= value <= 1.0:
            return (
                f"line {row.line}, column {j + 1}: {clip(cell, 20)} is outside the pixel "
                "range 0 to 1"
            )
        elif abs(value) > limits.MAX_VALUE:
            return (
                f"line {row.line}, column {j + 1}: {clip(cell, 20)} is outside the feature "
                f"range -{limits.MAX_VALUE:,.0f} to {limits.MAX_VALUE:,.0f}"
            )
    return ""


def _chunk_table(chunk: list[_Row], columns: _Columns, n: int) -> np.ndarray:
    """The numbers of ``chunk`` (rows × the ``n`` columns after the label), or _Bad."""
    if columns.has_label:
        texts = [row.pixels for row in chunk]
        cells = [row.pixel_cells() for row in chunk]
    else:
        texts = [row.label + "," + row.pixels if row.pixels else row.label for row in chunk]
        cells = [[row.label, *row.pixel_cells()] for row in chunk]
    joined = "\n".join(texts)
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
    if values is not None and values.shape == (len(chunk), n):
        offset = 1 if columns.has_label else 0
        t = [j - offset for j in columns.targets]
        v = [j - offset for j in columns.values]
        targets, rest = values[:, t], values[:, v]
        lo, hi = (0.0, 1.0) if columns.kind == "images" else (-limits.MAX_VALUE, limits.MAX_VALUE)
        ok = (targets >= 0.0) & (targets <= 1.0)
        if ok.all() and ((rest >= lo) & (rest <= hi)).all():
            return values
    for row, row_cells in zip(chunk, cells):
        problem = _column_problem(row, row_cells, columns, columns.kind)
        if problem:
            raise _Bad(problem)
    return np.array([[float(c) for c in row_cells] for row_cells in cells], dtype=np.float64)


def _parse_table(
    rows: list[_Row],
    columns: _Columns,
    classes: Sequence[str] | None,
    shape: tuple[int, int] | None,
    progress: ProgressCallback | None,
) -> Dataset:
    """A CSV whose header names target columns or features (``rows[0]`` is the header)."""
    header, rows = rows[0], rows[1:]
    if not columns.values:
        raise _Bad("the header names no value columns (features, or pixels p1 … pN)")
    if not columns.has_label and not columns.targets:
        raise _Bad(
            "the header names neither a label column (first, named label) nor target "
            f"columns ({_TARGET_PREFIX}<class>)"
        )
    n_values = len(columns.values)
    if columns.kind == "features":
        shape = (1, n_values)
    elif shape is None:
        shape = _shape_for(n_values)
    elif shape[0] * shape[1] != n_values:
        raise _Bad(
            f"the header names {n_values} pixel columns; {shape[0]}×{shape[1]} images need "
            f"{shape[0] * shape[1]}"
        )
    problem = _shape_problem(shape, columns.kind)
    if problem:
        raise _Bad(f"{header.cells} columns: {problem}")
    if len(rows) > MAX_SAMPLES:
        raise _Bad(f"{len(rows)} samples are more than the limit of {MAX_SAMPLES}")
    _check_values_limit(len(rows), shape, columns.kind)
    labels: list[str] = []
    for row in rows:
        if row.cells != header.cells:
            raise _Bad(
                f"line {row.line} has {row.cells} columns, but the header row has "
                f"{header.cells} columns"
            )
        label = row.label.strip() if columns.has_label else ""
        if columns.has_label and not label and not columns.targets:
            raise _Bad(f"line {row.line} has no label")
        labels.append(label)
    n = header.cells - (1 if columns.has_label else 0)
    table = np.zeros((len(rows), n))
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        table[start : start + len(chunk)] = _chunk_table(chunk, columns, n)
        _report(progress, 0.3 + 0.7 * (start + len(chunk)) / len(rows))
    names = _table_classes(columns, [lab for lab in labels if lab], classes)
    offset = 1 if columns.has_label else 0
    images = table[:, [j - offset for j in columns.values]].reshape(-1, *shape)
    known = {name: k for k, name in enumerate(names)}
    for row, label in zip(rows, labels):
        if label and label not in known:
            raise _Bad(f"line {row.line}: the label {_quoted(label)} is not one of {_names(names)}")
    if not columns.targets:
        return Dataset(images, labels, names, shape, kind=columns.kind)
    targets = table[:, [j - offset for j in columns.targets]]
    wanted = np.argmax(targets, axis=1) if len(rows) else np.zeros(0, dtype=np.intp)
    for row, label, k in zip(rows, labels, wanted):
        if label and known[label] != k:
            raise _Bad(
                f"line {row.line}: the label {_quoted(label)} is not the class of its "
                f"largest target value ({_quoted(names[k])})"
            )
    return Dataset(images, (), names, shape, targets=targets, kind=columns.kind)


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
    if _is_header(first):
        columns = _Columns([first.label, *first.pixel_cells()])
        # "label,0.5,0.5" is a row of pixels labelled "label", as it always was
        if not columns.plain and not columns.numbered:
            return _parse_table(rows, columns, classes, shape, progress)
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

    A header may also name target columns ``t_<class>`` (every class, in one-hot order:
    they give the classes, and each row's target vector) and, instead of ``p1..pN``,
    columns of features of any names: the file is then a dataset of features, with
    any finite values within ±1,000,000 (docs/FORMATS.md).

    Parameters
    ----------
    classes
        The class names in one-hot order; every label must be one of them (and target
        columns must name them). By default the classes of the target columns, else the
        fruit classes if every label is a fruit, else the labels found, sorted.
    shape
        ``(rows, cols)`` of the images; ``None``: said by the number of columns (square
        if it can be, 37 columns are 6×6 images, else one row). A CSV of features has
        its own shape, one row of its features.
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
    """Write ``ds`` as CSV, atomically, values exact: a header ``label,p1,...,pN`` (images)
    or ``label,f1,...,fN`` (features), with target columns ``t_<class>`` after the label
    if some target is not one-hot."""
    if not isinstance(ds, Dataset):
        raise FileFormatError(f"only a Dataset can be exported, not {type(ds).__name__}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    n_values = ds.shape[0] * ds.shape[1]
    letter = "f" if ds.kind == "features" else "p"
    soft = ds.has_soft_targets
    t_names = [_TARGET_PREFIX + name for name in ds.classes] if soft else []
    writer.writerow(["label", *t_names, *(f"{letter}{j + 1}" for j in range(n_values))])
    targets = ds.targets().tolist() if soft else [[]] * len(ds)
    for label, target, row in zip(ds.labels, targets, ds.inputs().tolist()):
        writer.writerow([label, *(repr(v) for v in target), *(repr(v) for v in row)])
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
    ``round(255 × (1 − v))``. Features and soft targets have no place in it: they are
    refused, not lost. The folder must be new or empty, so that old images do
    not mix with the new ones. All or nothing: the images are written into a hidden
    folder beside it, which takes its name only once every image is written; if one
    cannot be written (a full disk), nothing is left behind.
    """
    if not isinstance(ds, Dataset):
        raise FileFormatError(f"only a Dataset can be exported, not {type(ds).__name__}")
    folder = Path(folder)
    if ds.kind == "features":
        raise file_error(
            folder, "a dataset of features holds no images; export it as CSV or JSON instead"
        )
    if ds.has_soft_targets:
        raise file_error(
            folder,
            "an image folder keeps only labels, and this dataset has soft targets; "
            "export it as CSV or JSON to keep them",
        )
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
