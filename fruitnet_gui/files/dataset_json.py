"""The FruitNet JSON dataset format (docs/FORMATS.md): reading it, checking every
header key and sample with one whole sentence in the user's language for the first
problem, and writing it (see :mod:`fruitnet_gui.files.dataset_io`)."""

from __future__ import annotations

import json
import os
from typing import Any

import numpy as np

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.atomic import atomic_write_text
from fruitnet_gui.files.dataset_common import (
    _KEYS,
    _SAMPLE_KEYS,
    _V2_KEYS,
    _V2_SAMPLE_KEYS,
    DATASET_FORMAT,
    DATASET_VERSION,
    DATASET_VERSIONS,
    MAX_CLASSES,
    MAX_SAMPLES,
    _Bad,
    _big,
    _check_values_limit,
    _count,
    _is_number,
    _kind,
    _names,
    _plain,
    _quoted,
    _shape_problem,
    _too_many,
)
from fruitnet_gui.files.messages import file_error
from fruitnet_gui.model.data.dataset import Dataset, check_classes
from fruitnet_gui.model.errors import FileFormatError, ModelError
from fruitnet_gui.model.net import limits
from fruitnet_gui.model.text import grouped, translate

__all__ = ["dataset_to_json", "load_dataset", "save_dataset"]


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
                translate(
                    "DatasetFile",
                    "dataset version {version} is newer than this FruitNet reads "
                    "(versions 1 and {newest})",
                ),
                version=_big(version),
                newest=DATASET_VERSION,
            )
        raise _Bad(
            translate(
                "DatasetFile",
                "unsupported dataset version {what} (this FruitNet reads versions 1 and {newest})",
            ),
            what=_kind(version),
            newest=DATASET_VERSION,
        )
    return version


def _check_kind(data: dict[str, Any], version: int) -> str:
    if "kind" not in data:
        return "images"
    if version == 1:
        raise _Bad(
            translate("DatasetFile", '"kind" is new in version 2; a version 1 dataset holds images')
        )
    kind = data["kind"]
    if kind not in ("images", "features"):
        raise _Bad(
            translate("DatasetFile", '"kind" must be "images" or "features", not {what}'),
            what=_kind(kind),
        )
    return kind


def _check_header(data: Any) -> _Header:
    if not isinstance(data, dict):
        raise _Bad(
            translate("DatasetFile", "a dataset file holds one JSON object, not {what}"),
            what=_kind(data),
        )
    if data.get("format") != DATASET_FORMAT:
        if "format" not in data:
            raise _Bad(
                translate("DatasetFile", 'not a FruitNet dataset (no "format": "{format}")'),
                format=DATASET_FORMAT,
            )
        raise _Bad(
            translate("DatasetFile", "not a FruitNet dataset (its format is {what})"),
            what=_kind(data["format"]),
        )
    for key in _KEYS:
        if key not in data:
            raise _Bad(translate("DatasetFile", 'the key "{key}" is missing'), key=key)
    version = _check_version(data)
    known = _KEYS if version == 1 else _KEYS + _V2_KEYS
    for key in data:
        if key not in known:
            if key in _V2_KEYS:
                continue  # said by _check_kind
            raise _Bad(
                translate("DatasetFile", 'unknown key "{key}" (a dataset has {keys})'),
                key=_plain(key),
                keys=", ".join(known),
            )
    kind = _check_kind(data, version)
    shape = data["shape"]
    if (
        not isinstance(shape, list)
        or len(shape) != 2
        or not all(type(n) is int and n >= 1 for n in shape)
    ):
        raise _Bad(
            translate("DatasetFile", '"shape" must be [rows, columns], two whole numbers from 1 up')
        )
    if kind == "features" and shape[0] != 1:
        raise _Bad(
            translate(
                "DatasetFile",
                '"shape" of a features dataset must be [1, n] (one row of n values), '
                "got [{rows}, {cols}]",
            ),
            rows=_big(shape[0]),
            cols=_big(shape[1]),
        )
    problem = _shape_problem(shape, kind)
    if problem:
        raise _Bad('"shape": {problem}', problem=problem)
    classes = data["classes"]
    if not isinstance(classes, list):
        raise _Bad(
            translate("DatasetFile", '"classes" must be a list of class names, not {what}'),
            what=_kind(classes),
        )
    if not classes:
        raise _Bad(
            translate("DatasetFile", '"classes" is empty; a dataset needs at least one class')
        )
    if len(classes) > MAX_CLASSES:
        raise _Bad(
            translate("DatasetFile", '"classes" has {n} names, more than the limit of {most}'),
            n=len(classes),
            most=MAX_CLASSES,
        )
    for i, name in enumerate(classes):
        if not isinstance(name, str) or not name.strip():
            raise _Bad(
                translate("DatasetFile", "classes[{i}] must be a non-empty name, not {what}"),
                i=i,
                what=_kind(name),
            )
    if len(set(classes)) != len(classes):
        twice = next(name for name in classes if classes.count(name) > 1)
        raise _Bad(
            translate("DatasetFile", "the class {name} is listed twice"), name=_quoted(twice)
        )
    try:
        check_classes(classes)
    except ModelError as exc:
        raise _Bad(str(exc)) from None
    samples = data["samples"]
    if not isinstance(samples, list):
        raise _Bad(
            translate("DatasetFile", '"samples" must be a list, not {what}'), what=_kind(samples)
        )
    if len(samples) > MAX_SAMPLES:
        raise _Bad(_too_many(), n=len(samples), most=MAX_SAMPLES)
    _check_values_limit(len(samples), (shape[0], shape[1]), kind)
    return _Header(version, kind, (shape[0], shape[1]), tuple(classes), samples)


def _check_sample(i: int, sample: Any, head: _Header, index: dict[str, int]) -> list[float] | None:
    """Check one sample; return its target vector, or None if it has only a label."""
    keys = _SAMPLE_KEYS if head.version == 1 else _V2_SAMPLE_KEYS[head.kind]
    values_key = keys[-1]
    if not isinstance(sample, dict):
        raise _Bad(
            translate(
                "DatasetFile", "samples[{i}] must be an object with a label and {key}, not {what}"
            ),
            i=i,
            key=values_key,
            what=_kind(sample),
        )
    for key in sample:
        if key not in keys:
            raise _Bad(
                translate("DatasetFile", 'samples[{i}] has an unknown key "{key}" ({has})'),
                i=i,
                key=_plain(key),
                has=_sample_has(head),
            )
    if values_key not in sample:
        raise _Bad(translate("DatasetFile", 'samples[{i}] has no "{key}"'), i=i, key=values_key)
    if "label" not in sample and "target" not in sample:
        if head.version == 1:
            raise _Bad(translate("DatasetFile", 'samples[{i}] has no "{key}"'), i=i, key="label")
        raise _Bad(translate("DatasetFile", 'samples[{i}] has no "label" or "target"'), i=i)
    label = _check_label(i, sample, index)
    target = _check_target(i, sample, head.classes)
    if label is not None and target is not None:
        wanted = max(range(len(target)), key=lambda k: (target[k], -k))  # argmax, first of ties
        if label != wanted:
            raise _Bad(
                translate(
                    "DatasetFile",
                    "{where} {label} is not the class of its largest target value ({wanted})",
                ),
                where=f"samples[{i}].label",
                label=_quoted(head.classes[label]),
                wanted=_quoted(head.classes[wanted]),
            )
    if head.kind == "features":
        _check_values(i, sample["values"], head.shape[1])
    else:
        _check_pixels(i, sample["pixels"], head.shape)
    return target


def _sample_has(head: _Header) -> str:
    if head.version == 1:
        return translate("DatasetFile", "a sample has label and pixels; target needs version 2")
    return translate("DatasetFile", "a sample has {keys}").format(
        keys=", ".join(_V2_SAMPLE_KEYS[head.kind])
    )


def _check_label(i: int, sample: dict[str, Any], index: dict[str, int]) -> int | None:
    if "label" not in sample:
        return None
    label = sample["label"]
    if not isinstance(label, str):
        raise _Bad(
            translate("DatasetFile", "samples[{i}].label must be a class name, not {what}"),
            i=i,
            what=_kind(label),
        )
    if label not in index:
        raise _Bad(
            translate(
                "DatasetFile", "samples[{i}].label {label} is not one of the classes ({names})"
            ),
            i=i,
            label=_quoted(label),
            names=_names(index),
        )
    return index[label]


def _check_target(i: int, sample: dict[str, Any], classes: tuple[str, ...]) -> list[float] | None:
    if "target" not in sample:
        return None
    target = sample["target"]
    k = len(classes)
    if not isinstance(target, list) or len(target) != k:
        got = _count(len(target), "value") if isinstance(target, list) else _kind(target)
        raise _Bad(
            translate(
                "DatasetFile", "samples[{i}].target must be {count} (one per class), got {got}"
            ),
            i=i,
            count=_count(k, "number"),
            got=got,
        )
    for j, v in enumerate(target):
        where = f"samples[{i}].target[{j}]"
        if not _is_number(v):
            raise _Bad(
                translate("DatasetFile", "{where} is {what}; targets must be numbers"),
                where=where,
                what=_kind(v),
            )
        if not 0 <= v <= 1:
            raise _Bad(
                translate("DatasetFile", "{where} is {what}; targets must lie between 0 and 1"),
                where=where,
                what=_kind(v),
            )
    return target


def _check_pixels(i: int, pixels: Any, shape: tuple[int, int]) -> None:
    rows, cols = shape
    if not isinstance(pixels, list) or len(pixels) != rows:
        got = _count(len(pixels), "row") if isinstance(pixels, list) else _kind(pixels)
        raise _Bad(
            translate(
                "DatasetFile",
                "samples[{i}].pixels must be {rows} rows of {cols} numbers (the shape), got {got}",
            ),
            i=i,
            rows=rows,
            cols=cols,
            got=got,
        )
    for r, row in enumerate(pixels):
        if not isinstance(row, list) or len(row) != cols:
            got = _count(len(row), "value") if isinstance(row, list) else _kind(row)
            raise _Bad(
                translate("DatasetFile", "{where} must hold {cols} numbers (the shape), got {got}"),
                where=f"samples[{i}].pixels[{r}]",
                cols=cols,
                got=got,
            )
        for c, v in enumerate(row):
            where = f"samples[{i}].pixels[{r}][{c}]"
            if not _is_number(v):
                raise _Bad(
                    translate("DatasetFile", "{where} is {what}; pixels must be numbers"),
                    where=where,
                    what=_kind(v),
                )
            if not 0 <= v <= 1:
                raise _Bad(
                    translate("DatasetFile", "{where} is {what}; pixels must lie between 0 and 1"),
                    where=where,
                    what=_kind(v),
                )


def _check_values(i: int, values: Any, n: int) -> None:
    """A features sample: ``n`` numbers within ±MAX_VALUE (the network's input limit)."""
    if not isinstance(values, list) or len(values) != n:
        got = _count(len(values), "value") if isinstance(values, list) else _kind(values)
        raise _Bad(
            translate("DatasetFile", "{where} must be {n} numbers (the shape), got {got}"),
            where=f"samples[{i}].values",
            n=n,
            got=got,
        )
    for j, v in enumerate(values):
        where = f"samples[{i}].values[{j}]"
        if not _is_number(v):
            raise _Bad(
                translate("DatasetFile", "{where} is {what}; values must be numbers"),
                where=where,
                what=_kind(v),
            )
        if abs(v) > limits.MAX_VALUE:
            raise _Bad(
                translate(
                    "DatasetFile", "{where} is {what}; values must lie between -{most} and {most}"
                ),
                where=where,
                what=_kind(v),
                most=grouped(limits.MAX_VALUE),
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
        raise file_error(
            path,
            translate("DatasetFile", "holds more samples than the limit of {most}").format(
                most=MAX_SAMPLES
            ),
        )
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
        raise FileFormatError(
            translate("DatasetFile", "only a Dataset can be saved as a dataset, not {type}").format(
                type=type(ds).__name__
            )
        )

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
