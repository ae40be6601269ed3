"""CSV import and export of datasets (see :mod:`fruitnet_gui.files.dataset_io`).

Plain unquoted CSV is split by hand and converted in chunks (200,000 rows in about two
seconds, with progress and Cancel in the window); quoted CSV goes through :mod:`csv`.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.atomic import atomic_write_text
from fruitnet_gui.files.dataset_common import (
    _CHUNK,
    _NUMBER,
    MAX_SAMPLES,
    ProgressCallback,
    _Bad,
    _Cancelled,
    _check_shape_arg,
    _check_values_limit,
    _infer_classes,
    _names,
    _quoted,
    _report,
    _shape_problem,
    _too_many,
)
from fruitnet_gui.files.messages import clip, file_error, library_reason
from fruitnet_gui.model.data.dataset import Dataset, check_classes
from fruitnet_gui.model.errors import FileFormatError, ModelError
from fruitnet_gui.model.net import limits
from fruitnet_gui.model.text import grouped, translate

__all__ = ["export_csv", "import_csv"]


def _read_text(path: Path) -> str:
    """The file as text: a regular file within the size limit (a pipe or ``/dev/zero``
    is refused unread), UTF-8."""
    raw = jsonio.read_bytes(path, max_bytes=jsonio.MAX_FILE_BYTES)  # looked up now
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise file_error(path, translate("Files", "not a text file (it is not UTF-8)")) from None


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
        raise _Bad(
            translate("DatasetFile", "not a valid CSV file ({reason} on line {line})"),
            reason=library_reason(str(exc)),
            line=reader.line_num,
        ) from None


#: Characters a pixel cell may hold; anything else (``nan``, ``inf``, ``1_0``) is no
#: number here, and a chunk without them is converted in one call.
_NOT_PIXEL = re.compile(r"[^0-9eE+\-.,\s]")


def _collect_rows(text: str, progress: ProgressCallback | None) -> list[_Row]:
    rows = []
    lines = text.count("\n") + 1
    plain = '"' not in text and "\r" not in text.replace("\r\n", "")
    for row in _plain_rows(text) if plain else _quoted_rows(text):
        rows.append(row)
        if len(rows) > MAX_SAMPLES + 1:  # one more for a header
            raise _Bad(
                translate("DatasetFile", "more than the limit of {most} samples"), most=MAX_SAMPLES
            )
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
            return _not_a_number(row.line, j + 2, cell)
        if not 0.0 <= float(cell) <= 1.0:
            return _outside(row.line, j + 2, cell, "pixel")
    return ""


def _not_a_number(line: int, column: int, cell: str) -> str:
    return translate("DatasetFile", "line {line}, column {column}: {cell} is not a number").format(
        line=line, column=column, cell=_quoted(cell, 20)
    )


def _outside(line: int, column: int, cell: str, kind: str) -> str:
    """A cell outside its column's range: a pixel's or a target's (0 to 1), a feature's."""
    if kind == "pixel":
        text = translate(
            "DatasetFile", "line {line}, column {column}: {cell} is outside the pixel range 0 to 1"
        )
    elif kind == "target":
        text = translate(
            "DatasetFile", "line {line}, column {column}: {cell} is outside the target range 0 to 1"
        )
    else:
        text = translate(
            "DatasetFile",
            "line {line}, column {column}: {cell} is outside the feature range -{most} to {most}",
        )
    return text.format(
        line=line, column=column, cell=clip(cell, 20), most=grouped(limits.MAX_VALUE)
    )


def _fast_floats(joined: str) -> np.ndarray | None:
    """The rows of plain numbers in ``joined`` as a matrix, in one NumPy call; None when
    any cell is not a plain number (the slow reader then names the first bad one)."""
    if _NOT_PIXEL.search(joined):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return np.loadtxt(
                io.StringIO(joined), delimiter=",", dtype=np.float64, comments=None, ndmin=2
            )
    except (ValueError, TypeError):  # an empty cell, "1e", "+-1": found below
        return None


def _chunk_pixels(chunk: list[_Row], shape: tuple[int, int]) -> np.ndarray:
    """The pixels of ``chunk`` (rows × pixels), or _Bad naming the first bad cell."""
    n_pixels = shape[0] * shape[1]
    joined = "\n".join(row.pixels for row in chunk)
    values = _fast_floats(joined)
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
                raise _Bad(
                    translate(
                        "DatasetFile",
                        "the header names the label in column {j}; it must be the first",
                    ),
                    j=j,
                )
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
            raise _Bad(
                translate("DatasetFile", "the target columns: {problem}"), problem=exc
            ) from None
        if classes is not None and columns.kind == "images" and tuple(classes) != named:
            raise _Bad(
                translate(
                    "DatasetFile",
                    "the target columns name the classes {names}, not {wanted} (the network's)",
                ),
                names=_names(named),
                wanted=_names(classes),
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
            return _not_a_number(row.line, j + 1, cell)
        value = float(cell)
        if j in targets:
            if not 0.0 <= value <= 1.0:
                return _outside(row.line, j + 1, cell, "target")
        elif kind == "images" and not 0.0 <= value <= 1.0:
            return _outside(row.line, j + 1, cell, "pixel")
        elif abs(value) > limits.MAX_VALUE:
            return _outside(row.line, j + 1, cell, "feature")
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
    values = _fast_floats(joined)
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
        raise _Bad(
            translate(
                "DatasetFile", "the header names no value columns (features, or pixels p1 … pN)"
            )
        )
    if not columns.has_label and not columns.targets:
        raise _Bad(
            translate(
                "DatasetFile",
                "the header names neither a label column (first, named label) nor target "
                "columns ({prefix}<class>)",
            ),
            prefix=_TARGET_PREFIX,
        )
    n_values = len(columns.values)
    if columns.kind == "features":
        shape = (1, n_values)
    elif shape is None:
        shape = _shape_for(n_values)
    elif shape[0] * shape[1] != n_values:
        raise _Bad(
            translate(
                "DatasetFile",
                "the header names {n} pixel columns; {rows}×{cols} images need {wanted}",
            ),
            n=n_values,
            rows=shape[0],
            cols=shape[1],
            wanted=shape[0] * shape[1],
        )
    problem = _shape_problem(shape, columns.kind)
    if problem:
        raise _Bad(_columns_problem(), n=header.cells, problem=problem)
    if len(rows) > MAX_SAMPLES:
        raise _Bad(_too_many(), n=len(rows), most=MAX_SAMPLES)
    _check_values_limit(len(rows), shape, columns.kind)
    labels: list[str] = []
    for row in rows:
        if row.cells != header.cells:
            raise _Bad(
                translate(
                    "DatasetFile",
                    "line {line} has {n} columns, but the header row has {wanted} columns",
                ),
                line=row.line,
                n=row.cells,
                wanted=header.cells,
            )
        label = row.label.strip() if columns.has_label else ""
        if columns.has_label and not label and not columns.targets:
            raise _Bad(_no_label(), line=row.line)
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
            raise _Bad(_not_one_of(), line=row.line, label=_quoted(label), names=_names(names))
    if not columns.targets:
        return Dataset(images, labels, names, shape, kind=columns.kind)
    targets = table[:, [j - offset for j in columns.targets]]
    wanted = np.argmax(targets, axis=1) if len(rows) else np.zeros(0, dtype=np.intp)
    for row, label, k in zip(rows, labels, wanted):
        if label and known[label] != k:
            raise _Bad(
                translate(
                    "DatasetFile",
                    "{where} {label} is not the class of its largest target value ({wanted})",
                ),
                where=translate("DatasetFile", "line {line}: the label").format(line=row.line),
                label=_quoted(label),
                wanted=_quoted(names[k]),
            )
    return Dataset(images, (), names, shape, targets=targets, kind=columns.kind)


def _columns_problem() -> str:
    return translate("DatasetFile", "{n} columns: {problem}")


def _no_label() -> str:
    return translate("DatasetFile", "line {line} has no label")


def _not_one_of() -> str:
    return translate("DatasetFile", "line {line}: the label {label} is not one of {names}")


def _parse_csv(
    text: str,
    classes: Sequence[str] | None,
    shape: tuple[int, int] | None,
    progress: ProgressCallback | None = None,
) -> Dataset:
    rows = _collect_rows(text, progress)
    if not rows:
        raise _Bad(translate("Files", "the file is empty"))
    first = rows[0]
    if _is_header(first):
        columns = _Columns([first.label, *first.pixel_cells()])
        # "label,0.5,0.5" is a row of pixels labelled "label", as it always was
        if not columns.plain and not columns.numbered:
            return _parse_table(rows, columns, classes, shape, progress)
    if shape is None:  # said by the number of columns
        n = first.cells - 1
        if n < 1:
            raise _Bad(
                translate("DatasetFile", "the first row has no pixel columns after the label")
            )
        shape = _shape_for(n)
        problem = _shape_problem(shape)
        if problem:
            raise _Bad(_columns_problem(), n=first.cells, problem=problem)
    n_pixels = shape[0] * shape[1]
    wanted = 1 + n_pixels
    if _is_header(first):
        if first.cells != wanted:
            raise _Bad(
                translate(
                    "DatasetFile",
                    "the header row has {n} columns; {rows}×{cols} images need {wanted} "
                    "(label, p1 ... p{pixels})",
                ),
                n=first.cells,
                rows=shape[0],
                cols=shape[1],
                wanted=wanted,
                pixels=n_pixels,
            )
        rows = rows[1:]
    if len(rows) > MAX_SAMPLES:
        raise _Bad(_too_many(), n=len(rows), most=MAX_SAMPLES)
    _check_values_limit(len(rows), shape)
    labels: list[str] = []
    for row in rows:
        if row.cells != wanted:
            raise _Bad(
                translate(
                    "DatasetFile",
                    "line {line} has {n} columns; {rows}×{cols} images need {wanted} "
                    "(the label, then the pixels row by row)",
                ),
                line=row.line,
                n=row.cells,
                rows=shape[0],
                cols=shape[1],
                wanted=wanted,
            )
        label = row.label.strip()
        if not label:
            raise _Bad(_no_label(), line=row.line)
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
                raise _Bad(_not_one_of(), line=row.line, label=_quoted(label), names=_names(names))
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
        raise file_error(
            path, translate("Files", "the import was cancelled; nothing was changed")
        ) from None


def export_csv(ds: Dataset, path: str | os.PathLike[str]) -> None:
    """Write ``ds`` as CSV, atomically, values exact: a header ``label,p1,...,pN`` (images)
    or ``label,f1,...,fN`` (features), with target columns ``t_<class>`` after the label
    if some target is not one-hot."""
    if not isinstance(ds, Dataset):
        raise FileFormatError(
            translate("Files", "only a Dataset can be exported, not {__name__}").format(
                __name__=type(ds).__name__
            )
        )
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
