"""What the dataset readers and writers share: the format's constants and limits, and
the checks and words of their messages (see :mod:`fruitnet_gui.files.dataset_io`)."""

from __future__ import annotations

import json
import math
import operator
import os
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.atomic import atomic_write_text
from fruitnet_gui.files.messages import clip, file_error, printable
from fruitnet_gui.model.data.dataset import Dataset, check_classes
from fruitnet_gui.model.errors import FileFormatError, ModelError
from fruitnet_gui.model.net import limits
from fruitnet_gui.model.net.network import FRUIT_CLASSES

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


class _Cancelled(Exception):
    """The user cancelled a slow import."""


def _report(progress: ProgressCallback | None, fraction: float) -> None:
    if progress is not None and progress(min(max(fraction, 0.0), 1.0)) is False:
        raise _Cancelled
