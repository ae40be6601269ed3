"""The checks a dataset makes of what it is given (names, shapes, values, targets), each
raising :class:`ModelError` with one sentence; kept apart from :class:`Dataset`."""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Iterable, Sequence

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.limits import MAX_VALUE
from fruitnet_gui.model.text import translate

__all__ = ["check_classes", "class_name_problem"]


#: The kinds of dataset: gray-level images, or rows of any finite numbers.
KINDS = ("images", "features")


#: Longer class names are surely not names (they would not fit anywhere on screen); the
#: same bound as in model files.
MAX_CLASS_NAME = 200
#: Characters no class name may hold: control characters and line breaks (a name is one
#: line on the canvas and in messages) and lone surrogates (``"\ud800"`` from JSON, or a
#: folder name that is not UTF-8), which no file can be saved with.
_BAD_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def _shown(name: object) -> str:
    """A name for a message: its repr, at most about 40 characters."""
    text = repr(name)  # escapes line breaks, control characters and lone surrogates
    return text if len(text) <= 40 else text[:39] + "…"


def _clipped(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def class_name_problem(name: str) -> str:
    if len(name) > MAX_CLASS_NAME:
        return f"a class name is {len(name)} characters long; at most {MAX_CLASS_NAME}"
    if any(unicodedata.category(ch) in _BAD_CATEGORIES for ch in name):
        return (
            f"the class name {_shown(name)} holds a line break, a control character or "
            "text that is not valid Unicode"
        )
    return ""


def check_classes(classes: Iterable[str]) -> tuple[str, ...]:
    """Class names as a tuple, or :class:`ModelError` if they cannot name one-hot outputs."""
    if isinstance(classes, str):
        raise ModelError(translate("Checks", "the classes must be a list of names, not one string"))
    names = tuple(classes)
    if not names:
        raise ModelError(translate("Checks", "a dataset needs at least one class"))
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise ModelError(
                translate(
                    "Checks", "every class name must be a non-empty text, got {_shown}"
                ).format(_shown=_shown(name))
            )
        problem = class_name_problem(name)
        if problem:
            raise ModelError(problem)
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ModelError(
                translate("Checks", "the class {_shown} is named twice").format(_shown=_shown(name))
            )
        seen.add(name)
    return names


def _check_shape(shape: Sequence[int]) -> tuple[int, int]:
    try:
        dims = tuple(operator.index(n) for n in shape)
    except TypeError:
        raise ModelError(
            translate("Checks", "the image shape must be two whole numbers, got {shape}").format(
                shape=repr(shape)
            )
        ) from None
    if len(dims) != 2 or dims[0] < 1 or dims[1] < 1:
        raise ModelError(
            translate(
                "Checks", "the image shape must be two positive whole numbers, got {list}"
            ).format(list=list(dims))
        )
    return dims  # type: ignore[return-value]


def _check_kind(kind: object) -> str:
    if not isinstance(kind, str) or kind not in KINDS:
        raise ModelError(
            translate("Checks", "a dataset's kind is images or features, got {_shown}").format(
                _shown=_shown(kind)
            )
        )
    return kind


def _check_pixels(
    pixels: object, shape: tuple[int, int], what: str = "the image", kind: str = "images"
) -> np.ndarray:
    """One sample as a fresh float64 ``rows × cols`` array (a flat row-by-row list is
    accepted)."""
    numbers = "numbers between 0 and 1" if kind == "images" else "numbers"
    if isinstance(pixels, np.ndarray) and pixels.dtype == np.bool_:
        raise ModelError(
            translate("Checks", "{what} must hold {numbers}, not True/False").format(
                what=what, numbers=numbers
            )
        )
    try:
        arr = np.array(pixels, dtype=np.float64)
    except (TypeError, ValueError):
        raise ModelError(
            translate("Checks", "{what} must be a grid of {numbers}").format(
                what=what, numbers=numbers
            )
        ) from None
    rows, cols = shape
    if arr.shape == (rows * cols,):
        arr = arr.reshape(rows, cols)
    if arr.shape != (rows, cols):
        got = "×".join(map(str, arr.shape)) or "one number"
        if kind == "features":
            raise ModelError(
                translate("Checks", "{what} must be {cols} values, got {got}").format(
                    what=what, cols=cols, got=got
                )
            )
        raise ModelError(
            translate("Checks", "{what} must be {rows}×{cols} pixels, got {got}").format(
                what=what, rows=rows, cols=cols, got=got
            )
        )
    _check_values(arr, what, kind)
    return arr


def _check_values(arr: np.ndarray, what: str, kind: str = "images") -> None:
    """Pixels in [0, 1]; features any finite number within ±MAX_VALUE."""
    if not np.all(np.isfinite(arr)):
        raise ModelError(
            translate(
                "Checks", "{what} contains a value that is not a finite number (NaN or infinity)"
            ).format(what=what)
        )
    lo, hi = (0.0, 1.0) if kind == "images" else (-MAX_VALUE, MAX_VALUE)
    if arr.size and (arr.min() < lo or arr.max() > hi):
        bad = arr[(arr < lo) | (arr > hi)][0]
        if kind == "images":
            raise ModelError(
                translate(
                    "Checks", "pixel values must lie between 0 and 1, but {what} has {bad}"
                ).format(what=what, bad=format(bad, "g"))
            )
        raise ModelError(
            translate(
                "Checks",
                "feature values must lie between -{max_value} and {max_value}, but {what} "
                "has {bad}",
            ).format(max_value=format(MAX_VALUE, ",.0f"), what=what, bad=format(bad, "g"))
        )


def _check_target_rows(targets: object, n: int, k: int, what: str = "the targets") -> np.ndarray:
    """``n × k`` target values in [0, 1] as a fresh float64 array (one row: a flat list)."""
    if isinstance(targets, np.ndarray) and targets.dtype == np.bool_:
        raise ModelError(
            translate("Checks", "{what} must hold numbers between 0 and 1, not True/False").format(
                what=what
            )
        )
    try:
        arr = np.array(targets, dtype=np.float64)
    except (TypeError, ValueError):
        raise ModelError(
            translate("Checks", "{what} must be lists of numbers between 0 and 1").format(what=what)
        ) from None
    if n == 1 and arr.shape == (k,):
        arr = arr.reshape(1, k)
    if arr.size == 0 and n == 0:
        arr = arr.reshape(0, k)
    if arr.shape != (n, k):
        if arr.ndim == 2 and arr.shape[0] == n:
            raise ModelError(
                translate(
                    "Checks", "a target vector needs one value per class ({k}), got {shape}"
                ).format(k=k, shape=arr.shape[1])
            )
        if n == 1:
            raise ModelError(
                translate("Checks", "one sample needs one target vector of {k} values").format(k=k)
            )
        raise ModelError(
            translate("Checks", "{n} samples need {n} target vectors of {k} values").format(
                n=n, k=k
            )
        )
    if not np.all(np.isfinite(arr)):
        raise ModelError(
            translate(
                "Checks", "{what} contain a value that is not a finite number (NaN or infinity)"
            ).format(what=what)
        )
    if arr.size and (arr.min() < 0.0 or arr.max() > 1.0):
        bad = arr[(arr < 0.0) | (arr > 1.0)][0]
        raise ModelError(
            translate(
                "Checks",
                "target values must lie between 0 and 1 (a sigmoid's range), but {what} have {bad}",
            ).format(what=what, bad=format(bad, "g"))
        )
    return arr


def _one_hot(labels: np.ndarray, k: int) -> np.ndarray:
    out = np.zeros((len(labels), k))
    out[np.arange(len(labels)), labels] = 1.0
    return out
