"""What the dataset readers and writers share: the format's constants and limits, and
the checks and words of their messages (see :mod:`fruitnet_gui.files.dataset_io`)."""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from fruitnet_gui.files.messages import clip, file_error, printable
from fruitnet_gui.model.net import limits
from fruitnet_gui.model.net.network import FRUIT_CLASSES
from fruitnet_gui.model.text import grouped, number, translate

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
    """A problem inside a file; the caller adds the file name. ``text`` is translated
    already; ``values`` are put in its placeholders."""

    def __init__(self, text: str, **values: Any) -> None:
        super().__init__(text.format(**values) if values else text)


def _kind(value: object) -> str:
    """How a JSON value is described to a person."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if value is None:
        return "null"
    if isinstance(value, str):
        return translate("DatasetFile", "the text {text}").format(text=_quoted(value))
    if isinstance(value, list):
        return translate("DatasetFile", "a list")
    if isinstance(value, dict):
        return translate("DatasetFile", "an object")
    if isinstance(value, int) and abs(value) >= 10**15:
        return translate("DatasetFile", "a huge number")
    return number(clip(repr(value), 30))


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
    """``n`` and its noun ("value", "number", "row"), singular or plural."""
    if n == 1:
        words = {
            "value": translate("DatasetFile", "{n} value"),
            "number": translate("DatasetFile", "{n} number"),
            "row": translate("DatasetFile", "{n} row"),
        }
    else:
        words = {
            "value": translate("DatasetFile", "{n} values"),
            "number": translate("DatasetFile", "{n} numbers"),
            "row": translate("DatasetFile", "{n} rows"),
        }
    return words[noun].format(n=n)


def _is_number(value: object) -> bool:
    return type(value) is int or type(value) is float


def _shape_problem(dims: Sequence[int], kind: str = "images") -> str:
    """Why ``dims`` cannot be the shape of a dataset's samples, or ``""``."""
    if len(dims) != 2 or not all(type(n) is int and n >= 1 for n in dims):
        return translate(
            "DatasetFile", "the image shape must be two whole numbers from 1 up (rows, columns)"
        )
    rows, cols = dims
    if kind == "features" and rows * cols > MAX_PIXELS:
        return translate(
            "DatasetFile",
            "{n} features are more than FruitNet takes: at most {most} "
            "(the most inputs a network has)",
        ).format(n=_big(cols), most=MAX_PIXELS)
    if rows * cols > MAX_PIXELS:
        side = math.isqrt(MAX_PIXELS)
        return translate(
            "DatasetFile",
            "images of {rows}×{cols} pixels are larger than FruitNet takes: "
            "at most {most} pixels ({side}×{side})",
        ).format(rows=_big(rows), cols=_big(cols), most=MAX_PIXELS, side=side)
    return ""


def _big(n: int) -> str:
    text = str(n)
    return text if len(text) <= 12 else text[:6] + "…"


def _check_shape_arg(shape: Sequence[int]) -> tuple[int, int]:
    try:
        dims = tuple(operator.index(n) for n in shape)
    except TypeError:
        raise file_error(
            None,
            translate(
                "DatasetFile", "the image shape must be two whole numbers, got {what}"
            ).format(what=repr(shape)),
        ) from None
    problem = _shape_problem(dims)
    if problem:
        raise file_error(None, problem)
    return dims  # type: ignore[return-value]


def _check_values_limit(n_images: int, shape: tuple[int, int], kind: str = "images") -> None:
    """Refuse a dataset with too many pixel values, before they are read (raises _Bad)."""
    values = n_images * shape[0] * shape[1]
    if values > MAX_VALUES:
        if kind == "features":
            text = translate(
                "DatasetFile",
                "{n} samples of {cols} features are {values} values, more than the limit of {most}",
            )
        else:
            text = translate(
                "DatasetFile",
                "{n} images of {rows}×{cols} are {values} pixel values, more than the limit of "
                "{most}",
            )
        raise _Bad(
            text, n=n_images, rows=shape[0], cols=shape[1], values=grouped(values),
            most=grouped(MAX_VALUES),
        )  # fmt: skip


def _too_many() -> str:
    """The one sentence for too many samples, with ``{n}`` and ``{most}``."""
    return translate("DatasetFile", "{n} samples are more than the limit of {most}")


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


# -- CSV -------------------------------------------------------------------------------


class _Cancelled(Exception):
    """The user cancelled a slow import."""


def _report(progress: ProgressCallback | None, fraction: float) -> None:
    if progress is not None and progress(min(max(fraction, 0.0), 1.0)) is False:
        raise _Cancelled
