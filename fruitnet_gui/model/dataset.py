"""Labelled grayscale images: what the network is trained and tested on.

A :class:`Dataset` holds ``n`` images of ``rows × cols`` pixels with values in
``[0, 1]`` and one class label per image. Pixel values are "ink": 0 is the empty
background (white paper), 1 the darkest, most intense mark (see
:mod:`fruitnet_gui.model.fruits`). An image is fed to the network flattened row by row,
and its target is the one-hot vector of its class in the order of ``classes``.

The dataset is **mutable** (the dataset browser adds, removes and relabels samples),
but only through its methods: :attr:`Dataset.images` is a read-only view, so nothing can
slip an unchecked value in. Every mutating method validates its arguments first and
leaves the dataset exactly as it was when it raises :class:`ModelError`.
"""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Iterable, Sequence

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.network import FRUIT_CLASSES, Network

__all__ = ["MAX_CLASS_NAME", "Dataset", "check_classes", "class_name_problem", "mismatch"]

Label = str | int

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
        raise ModelError("the classes must be a list of names, not one string")
    names = tuple(classes)
    if not names:
        raise ModelError("a dataset needs at least one class")
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise ModelError(f"every class name must be a non-empty text, got {_shown(name)}")
        problem = class_name_problem(name)
        if problem:
            raise ModelError(problem)
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ModelError(f"the class {_shown(name)} is named twice")
        seen.add(name)
    return names


def _check_shape(shape: Sequence[int]) -> tuple[int, int]:
    try:
        dims = tuple(operator.index(n) for n in shape)
    except TypeError:
        raise ModelError(f"the image shape must be two whole numbers, got {shape!r}") from None
    if len(dims) != 2 or dims[0] < 1 or dims[1] < 1:
        raise ModelError(f"the image shape must be two positive whole numbers, got {list(dims)}")
    return dims  # type: ignore[return-value]


def _check_pixels(pixels: object, shape: tuple[int, int], what: str = "the image") -> np.ndarray:
    """One image as a fresh float64 ``rows × cols`` array (a flat row-by-row list is accepted)."""
    if isinstance(pixels, np.ndarray) and pixels.dtype == np.bool_:
        raise ModelError(f"{what} must hold numbers between 0 and 1, not True/False")
    try:
        arr = np.array(pixels, dtype=np.float64)
    except (TypeError, ValueError):
        raise ModelError(f"{what} must be a grid of numbers between 0 and 1") from None
    rows, cols = shape
    if arr.shape == (rows * cols,):
        arr = arr.reshape(rows, cols)
    if arr.shape != (rows, cols):
        got = "×".join(map(str, arr.shape)) or "one number"
        raise ModelError(f"{what} must be {rows}×{cols} pixels, got {got}")
    _check_values(arr, what)
    return arr


def _check_values(arr: np.ndarray, what: str) -> None:
    if not np.all(np.isfinite(arr)):
        raise ModelError(f"{what} contains a value that is not a finite number (NaN or infinity)")
    if arr.size and (arr.min() < 0.0 or arr.max() > 1.0):
        bad = arr[(arr < 0.0) | (arr > 1.0)][0]
        raise ModelError(f"pixel values must lie between 0 and 1, but {what} has {bad:g}")


class Dataset:
    """Grayscale images with one class label each.

    Parameters
    ----------
    images
        ``n × rows × cols`` pixel values in ``[0, 1]`` (copied). May be omitted for an
        empty dataset.
    labels
        One label per image: a class name or its index in ``classes``.
    classes
        The class names in one-hot order; default ``("red apple", "tomato")``.
    shape
        ``(rows, cols)`` of every image; taken from ``images`` when omitted, else (6, 6).

    Raises
    ------
    ModelError
        If the images, labels or classes cannot be used as given.
    """

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __init__(
        self,
        images: np.ndarray | Sequence[Sequence[Sequence[float]]] | None = None,
        labels: Iterable[Label] = (),
        classes: Iterable[str] = FRUIT_CLASSES,
        shape: Sequence[int] | None = None,
    ) -> None:
        self._classes = check_classes(classes)
        labels = list(labels)
        if images is None:
            if shape is None:
                shape = (6, 6)
            self._shape = _check_shape(shape)
            arr = np.zeros((0, *self._shape))
        else:
            try:
                arr = np.array(images, dtype=np.float64)
            except (TypeError, ValueError):
                raise ModelError("the images must be grids of numbers between 0 and 1") from None
            if arr.ndim != 3:
                if arr.size == 0:
                    arr = arr.reshape(0, *_check_shape((6, 6) if shape is None else shape))
                else:
                    raise ModelError(
                        f"the images must form an n×rows×cols array, got shape {arr.shape}"
                    )
            self._shape = _check_shape(arr.shape[1:] if shape is None else shape)
            if arr.shape[1:] != self._shape:
                rows, cols = self._shape
                raise ModelError(
                    f"every image must be {rows}×{cols} pixels, got {arr.shape[1]}×{arr.shape[2]}"
                )
            _check_values(arr, "an image")
        if len(labels) != arr.shape[0]:
            raise ModelError(f"{arr.shape[0]} images need {arr.shape[0]} labels, got {len(labels)}")
        self._labels = np.array([self._label_index(lab) for lab in labels], dtype=np.intp)
        self._images = arr
        self._images.flags.writeable = False

    # -- helpers -----------------------------------------------------------------------
    def _label_index(self, label: Label) -> int:
        if isinstance(label, str):
            try:
                return self._classes.index(label)
            except ValueError:
                raise ModelError(
                    f"unknown label {_shown(label)}; "
                    f"the classes are {_clipped(', '.join(self._classes))}"
                ) from None
        if isinstance(label, bool | np.bool_):
            raise ModelError(f"a label must be a class name or a class number, got {_shown(label)}")
        try:
            k = operator.index(label)
        except TypeError:
            raise ModelError(
                f"a label must be a class name or a class number, got {_shown(label)}"
            ) from None
        if not 0 <= k < len(self._classes):
            raise ModelError(
                f"class number {k} does not exist; there are {len(self._classes)} classes"
            )
        return k

    def _check_index(self, index: int) -> int:
        if isinstance(index, bool | np.bool_):
            raise ModelError(f"a sample number must be a whole number, got {_shown(index)}")
        try:
            i = operator.index(index)
        except TypeError:
            raise ModelError(
                f"a sample number must be a whole number, got {_shown(index)}"
            ) from None
        if not 0 <= i < len(self):
            raise ModelError(f"there is no sample {i}; the dataset has {len(self)} samples")
        return i

    def _set(self, images: np.ndarray, labels: np.ndarray) -> None:
        images.flags.writeable = False
        self._images = images
        self._labels = labels

    # -- reading -----------------------------------------------------------------------
    @property
    def classes(self) -> tuple[str, ...]:
        """Class names in one-hot order."""
        return self._classes

    @property
    def shape(self) -> tuple[int, int]:
        """``(rows, cols)`` of every image."""
        return self._shape

    @property
    def images(self) -> np.ndarray:
        """All images, ``n × rows × cols`` float64, read-only."""
        return self._images

    @property
    def labels(self) -> tuple[str, ...]:
        """The class name of every image."""
        return tuple(self._classes[k] for k in self._labels)

    @property
    def label_indices(self) -> np.ndarray:
        """The class index of every image (a copy)."""
        return self._labels.copy()

    def __len__(self) -> int:
        return int(self._images.shape[0])

    def __repr__(self) -> str:
        rows, cols = self._shape
        return f"Dataset({len(self)} images of {rows}×{cols}, classes={list(self._classes)})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dataset):
            return NotImplemented
        return (
            self._classes == other._classes
            and self._shape == other._shape
            and np.array_equal(self._labels, other._labels)
            and np.array_equal(self._images, other._images)
        )

    def sample(self, index: int) -> tuple[np.ndarray, str]:
        """One image (a writable copy) and its label."""
        i = self._check_index(index)
        return self._images[i].copy(), self._classes[self._labels[i]]

    def inputs(self) -> np.ndarray:
        """The network inputs: ``n × (rows·cols)``, every image flattened row by row."""
        return self._images.reshape(len(self), self._shape[0] * self._shape[1]).copy()

    def targets(self) -> np.ndarray:
        """One-hot targets, ``n × k`` float64, in the order of :attr:`classes`."""
        out = np.zeros((len(self), len(self._classes)))
        out[np.arange(len(self)), self._labels] = 1.0
        return out

    def class_counts(self) -> dict[str, int]:
        """How many images each class has, in class order (classes without images count 0)."""
        counts = np.bincount(self._labels, minlength=len(self._classes))
        return {name: int(c) for name, c in zip(self._classes, counts)}

    def copy(self) -> Dataset:
        """An independent copy."""
        new = Dataset.__new__(Dataset)
        new._classes = self._classes
        new._shape = self._shape
        new._set(self._images.copy(), self._labels.copy())
        return new

    def subset(self, indices: Sequence[int] | np.ndarray) -> Dataset:
        """A new dataset with the samples at ``indices``, in that order."""
        idx = np.asarray(indices, dtype=np.intp).reshape(-1)
        if idx.size and (idx.min() < 0 or idx.max() >= len(self)):
            raise ModelError(f"sample numbers must lie between 0 and {len(self) - 1}")
        new = Dataset.__new__(Dataset)
        new._classes = self._classes
        new._shape = self._shape
        new._set(self._images[idx].copy(), self._labels[idx].copy())
        return new

    def split(self, test_fraction: float, seed: int = 0) -> tuple[Dataset, Dataset]:
        """A reproducible stratified split into ``(train, test)``.

        From every class, ``round(test_fraction × count)`` images chosen at random (from
        ``numpy.random.default_rng(seed)``) go to the test set; both parts keep the
        original order of their samples.
        """
        try:
            f = float(test_fraction)
        except (TypeError, ValueError):
            raise ModelError(f"the test fraction must be a number, got {test_fraction!r}") from None
        if not 0.0 < f < 1.0:
            raise ModelError(f"the test fraction must lie strictly between 0 and 1, got {f:g}")
        rng = np.random.default_rng(seed)
        is_test = np.zeros(len(self), dtype=bool)
        for k in range(len(self._classes)):
            members = np.flatnonzero(self._labels == k)
            n_test = round(f * members.size)
            is_test[rng.permutation(members)[:n_test]] = True
        return self.subset(np.flatnonzero(~is_test)), self.subset(np.flatnonzero(is_test))

    # -- changing ----------------------------------------------------------------------
    def add(
        self, pixels: np.ndarray | Sequence[float] | Sequence[Sequence[float]], label: Label
    ) -> int:
        """Append one image (``rows × cols``, or flat row by row); return its index."""
        arr = _check_pixels(pixels, self._shape)
        k = self._label_index(label)
        images = np.concatenate([self._images, arr[np.newaxis]])
        self._set(images, np.append(self._labels, np.intp(k)))
        return len(self) - 1

    def remove(self, index: int) -> None:
        """Delete sample ``index``; later samples move up by one."""
        i = self._check_index(index)
        self._set(np.delete(self._images, i, axis=0), np.delete(self._labels, i))

    def relabel(self, index: int, label: Label) -> None:
        """Give sample ``index`` another class."""
        i = self._check_index(index)
        k = self._label_index(label)
        labels = self._labels.copy()
        labels[i] = k
        self._labels = labels

    def set_pixels(
        self, index: int, pixels: np.ndarray | Sequence[float] | Sequence[Sequence[float]]
    ) -> None:
        """Replace the image of sample ``index`` (as when it is edited in the pixel editor)."""
        i = self._check_index(index)
        arr = _check_pixels(pixels, self._shape)
        images = self._images.copy()
        images[i] = arr
        self._set(images, self._labels)


def mismatch(data: Dataset, network: Network) -> str:
    """Why ``network`` cannot read ``data`` (pixel count or classes), or ``""`` if it can."""
    rows, cols = data.shape
    if rows * cols != network.n_inputs:
        return (
            f"the images are {rows}×{cols} = {rows * cols} pixels, but the network takes "
            f"{network.n_inputs} inputs"
        )
    if tuple(data.classes) != tuple(network.classes):
        return (
            f"the dataset's classes {list(data.classes)} are not the network's "
            f"{list(network.classes)}"
        )
    return ""
