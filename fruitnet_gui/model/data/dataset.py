"""Labelled samples: what the network is trained and tested on.

A :class:`Dataset` is one of two kinds:

* ``"images"`` (the fruit): ``n`` grayscale images of ``rows × cols`` pixels with values
  in ``[0, 1]``. Pixel values are "ink": 0 is the empty background (white paper), 1 the
  darkest, most intense mark (see :mod:`fruitnet_gui.model.data.fruits`). An image is fed to
  the network flattened row by row.
* ``"features"`` (a table of measurements): every sample is one row of ``n`` values,
  any finite numbers within :data:`~fruitnet_gui.model.net.limits.MAX_VALUE`; its shape is
  ``1 × n``. The network's inputs need not be gray levels, only finite.

Every sample has a **target vector**, one value in ``[0, 1]`` per class in the order of
``classes``: the one-hot vector of its class label (red apple = [1, 0]), or any vector
in ``[0, 1]`` given explicitly, such as the textbook's soft targets [0.01, 0.99]. A
sample's label (for accuracy, the confusion matrix, the class counts) is then the class
of its largest target value, the first of them on a tie, as :func:`numpy.argmax` (and
so the training code) reads it.

The dataset is **mutable** (the dataset browser adds, removes and relabels samples),
but only through its methods: :attr:`Dataset.images` is a read-only view, so nothing can
slip an unchecked value in. Every mutating method validates its arguments first and
leaves the dataset exactly as it was when it raises :class:`ModelError`.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence

import numpy as np

from fruitnet_gui.model.data.checks import (
    KINDS,
    MAX_CLASS_NAME,
    _check_kind,
    _check_pixels,
    _check_shape,
    _check_target_rows,
    _check_values,
    _clipped,
    _one_hot,
    _shown,
    check_classes,
    class_name_problem,
)
from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.limits import MAX_HIDDEN_FROM_DATA
from fruitnet_gui.model.net.network import FRUIT_CLASSES, Network, fruit_network, random_network
from fruitnet_gui.model.text import translate

__all__ = [
    "KINDS",
    "MAX_CLASS_NAME",
    "Dataset",
    "check_classes",
    "class_name_problem",
    "mismatch",
    "network_for",
]


Label = str | int


class Dataset:
    """Samples (images or rows of features) with one target vector each.

    Parameters
    ----------
    images
        ``n × rows × cols`` values (copied): pixels in ``[0, 1]``, or for features one
        row of finite numbers per sample (``n × 1 × m``, or ``n × m``). May be omitted
        for an empty dataset.
    labels
        One label per sample: a class name or its index in ``classes``. May be empty
        when ``targets`` are given (the labels are then their argmax); if both are
        given, every label must be the argmax of its target.
    classes
        The class names in one-hot order; default ``("red apple", "tomato")``.
    shape
        ``(rows, cols)`` of every sample; taken from ``images`` when omitted, else (6, 6)
        (for features ``(1, m)``, and rows must be 1).
    targets
        ``n × classes`` target values in ``[0, 1]`` (copied); default the one-hot
        vectors of the labels.
    kind
        ``"images"`` (the default) or ``"features"``.

    Raises
    ------
    ModelError
        If the samples, labels, targets or classes cannot be used as given.
    """

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __init__(
        self,
        images: np.ndarray | Sequence[Sequence[Sequence[float]]] | None = None,
        labels: Iterable[Label] = (),
        classes: Iterable[str] = FRUIT_CLASSES,
        shape: Sequence[int] | None = None,
        *,
        targets: np.ndarray | Sequence[Sequence[float]] | None = None,
        kind: str = "images",
    ) -> None:
        self._kind = _check_kind(kind)
        self._classes = check_classes(classes)
        labels = list(labels)
        what = "a sample" if kind == "features" else "an image"
        if images is None:
            if shape is None:
                shape = (6, 6) if kind == "images" else (1, 1)
            self._shape = self._checked_shape(shape)
            arr = np.zeros((0, *self._shape))
        else:
            try:
                arr = np.array(images, dtype=np.float64)
            except (TypeError, ValueError):
                raise ModelError(
                    translate("Checks", "the {_nouns} must be grids of numbers").format(
                        _nouns=self._nouns
                    )
                ) from None
            if kind == "features" and arr.ndim == 2:
                arr = arr.reshape(arr.shape[0], 1, arr.shape[1])
            if arr.ndim != 3:
                if arr.size == 0:
                    default = (6, 6) if kind == "images" else (1, 1)
                    arr = arr.reshape(0, *_check_shape(default if shape is None else shape))
                else:
                    raise ModelError(
                        translate(
                            "Checks",
                            "the {_nouns} must form an n×rows×cols array, got shape {shape}",
                        ).format(_nouns=self._nouns, shape=arr.shape)
                    )
            self._shape = self._checked_shape(arr.shape[1:] if shape is None else shape)
            if arr.shape[1:] != self._shape:
                rows, cols = self._shape
                if kind == "features":
                    raise ModelError(
                        translate(
                            "Checks", "every sample must be {cols} values, got {shape}"
                        ).format(cols=cols, shape=arr.shape[2])
                    )
                raise ModelError(
                    translate(
                        "Checks", "every image must be {rows}×{cols} pixels, got {shape}×{shape2}"
                    ).format(rows=rows, cols=cols, shape=arr.shape[1], shape2=arr.shape[2])
                )
            _check_values(arr, what, kind)
        n = arr.shape[0]
        k = len(self._classes)
        if targets is None:
            if len(labels) != n:
                raise ModelError(
                    translate("Checks", "{n} {_nouns} need {n} labels, got {labels}").format(
                        n=n, _nouns=self._nouns, labels=len(labels)
                    )
                )
            self._labels = np.array([self._label_index(lab) for lab in labels], dtype=np.intp)
            self._targets: np.ndarray | None = None
        else:
            rows = _check_target_rows(targets, n, k)
            wanted = np.argmax(rows, axis=1).astype(np.intp) if n else np.zeros(0, np.intp)
            if labels:
                if len(labels) != n:
                    raise ModelError(
                        translate("Checks", "{n} {_nouns} need {n} labels, got {labels}").format(
                            n=n, _nouns=self._nouns, labels=len(labels)
                        )
                    )
                given = np.array([self._label_index(lab) for lab in labels], dtype=np.intp)
                for i in np.flatnonzero(given != wanted)[:1]:
                    raise ModelError(self._disagree(int(i), int(given[i]), int(wanted[i])))
            self._labels = wanted
            one_hot = np.array_equal(rows, _one_hot(wanted, k))
            self._targets = None if one_hot else rows
            rows.flags.writeable = False
        self._images = arr
        self._images.flags.writeable = False

    # -- helpers -----------------------------------------------------------------------
    @property
    def _nouns(self) -> str:
        return "samples" if self._kind == "features" else "images"

    def _checked_shape(self, shape: Sequence[int]) -> tuple[int, int]:
        dims = _check_shape(shape)
        if self._kind == "features" and dims[0] != 1:
            raise ModelError(
                translate(
                    "Checks",
                    "the samples of a features dataset are one row of values (shape 1 × n), got "
                    "{dims}×{dims2}",
                ).format(dims=dims[0], dims2=dims[1])
            )
        return dims

    def _disagree(self, i: int, given: int, wanted: int) -> str:
        return (
            f"sample {i}: the label {_shown(self._classes[given])} is not the class of its "
            f"largest target value ({_shown(self._classes[wanted])})"
        )

    def _label_index(self, label: Label) -> int:
        if isinstance(label, str):
            try:
                return self._classes.index(label)
            except ValueError:
                raise ModelError(
                    translate(
                        "Checks", "unknown label {_shown}; the classes are {_clipped}"
                    ).format(_shown=_shown(label), _clipped=_clipped(", ".join(self._classes)))
                ) from None
        if isinstance(label, bool | np.bool_):
            raise ModelError(
                translate(
                    "Checks", "a label must be a class name or a class number, got {_shown}"
                ).format(_shown=_shown(label))
            )
        try:
            k = operator.index(label)
        except TypeError:
            raise ModelError(
                translate(
                    "Checks", "a label must be a class name or a class number, got {_shown}"
                ).format(_shown=_shown(label))
            ) from None
        if not 0 <= k < len(self._classes):
            raise ModelError(
                translate(
                    "Checks", "class number {k} does not exist; there are {_classes} classes"
                ).format(k=k, _classes=len(self._classes))
            )
        return k

    def _target_and_label(self, label: Label | None, target: object) -> tuple[np.ndarray, int]:
        """A checked target row and its class index, from a label, a target or both."""
        k = len(self._classes)
        if target is None:
            index = self._label_index(label)  # None: "a label must be a class name…"
            row = np.zeros(k)
            row[index] = 1.0
            return row, index
        row = _check_target_rows(target, 1, k, "the target")[0]
        wanted = int(np.argmax(row))
        if label is not None:
            given = self._label_index(label)
            if given != wanted:
                raise ModelError(
                    translate(
                        "Checks",
                        "the label {label} is not the class of the largest target value "
                        "({largest})",
                    ).format(
                        label=_shown(self._classes[given]), largest=_shown(self._classes[wanted])
                    )
                )
        return row, wanted

    def _check_index(self, index: int) -> int:
        if isinstance(index, bool | np.bool_):
            raise ModelError(
                translate("Checks", "a sample number must be a whole number, got {_shown}").format(
                    _shown=_shown(index)
                )
            )
        try:
            i = operator.index(index)
        except TypeError:
            raise ModelError(
                translate("Checks", "a sample number must be a whole number, got {_shown}").format(
                    _shown=_shown(index)
                )
            ) from None
        if not 0 <= i < len(self):
            raise ModelError(
                translate(
                    "Checks", "there is no sample {i}; the dataset has {self} samples"
                ).format(i=i, self=len(self))
            )
        return i

    def _set(
        self, images: np.ndarray, labels: np.ndarray, targets: np.ndarray | None = None
    ) -> None:
        """Take new arrays (all checked); explicit targets are kept only if one differs
        from the one-hot vector of its label, so a dataset of labels stays one."""
        images.flags.writeable = False
        if targets is not None and np.array_equal(targets, _one_hot(labels, len(self._classes))):
            targets = None
        if targets is not None:
            targets.flags.writeable = False
        self._images = images
        self._labels = labels
        self._targets = targets

    def _new(self, images: np.ndarray, labels: np.ndarray, targets: np.ndarray | None) -> Dataset:
        new = Dataset.__new__(Dataset)
        new._kind = self._kind
        new._classes = self._classes
        new._shape = self._shape
        new._set(images, labels, targets)
        return new

    # -- reading -----------------------------------------------------------------------
    @property
    def kind(self) -> str:
        """``"images"`` (pixels in [0, 1]) or ``"features"`` (rows of finite numbers)."""
        return self._kind

    @property
    def classes(self) -> tuple[str, ...]:
        """Class names in one-hot order."""
        return self._classes

    @property
    def shape(self) -> tuple[int, int]:
        """``(rows, cols)`` of every sample; ``(1, n)`` for features."""
        return self._shape

    @property
    def images(self) -> np.ndarray:
        """All samples, ``n × rows × cols`` float64, read-only (features: ``n × 1 × m``)."""
        return self._images

    @property
    def labels(self) -> tuple[str, ...]:
        """The class name of every sample (the argmax of an explicit target)."""
        return tuple(self._classes[k] for k in self._labels)

    @property
    def label_indices(self) -> np.ndarray:
        """The class index of every sample (a copy)."""
        return self._labels.copy()

    @property
    def has_soft_targets(self) -> bool:
        """Whether some sample's target is not the one-hot vector of its label."""
        return self._targets is not None

    def soft_rows(self) -> np.ndarray:
        """Which samples have a target that is not one-hot (a boolean array)."""
        if self._targets is None:
            return np.zeros(len(self), dtype=bool)
        hot = _one_hot(self._labels, len(self._classes))
        return np.any(self._targets != hot, axis=1)

    def __len__(self) -> int:
        return int(self._images.shape[0])

    def __repr__(self) -> str:
        rows, cols = self._shape
        if self._kind == "features":
            return f"Dataset({len(self)} samples of {cols} features, classes={list(self._classes)})"
        return f"Dataset({len(self)} images of {rows}×{cols}, classes={list(self._classes)})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dataset):
            return NotImplemented
        return (
            self._kind == other._kind
            and self._classes == other._classes
            and self._shape == other._shape
            and np.array_equal(self._labels, other._labels)
            and np.array_equal(self._images, other._images)
            and np.array_equal(self.targets(), other.targets())
        )

    def sample(self, index: int) -> tuple[np.ndarray, str]:
        """One sample (a writable ``rows × cols`` copy) and its label."""
        i = self._check_index(index)
        return self._images[i].copy(), self._classes[self._labels[i]]

    def target(self, index: int) -> np.ndarray:
        """The target vector of sample ``index`` (a copy)."""
        i = self._check_index(index)
        if self._targets is None:
            row = np.zeros(len(self._classes))
            row[self._labels[i]] = 1.0
            return row
        return self._targets[i].copy()

    def inputs(self) -> np.ndarray:
        """The network inputs: ``n × (rows·cols)``, every image flattened row by row."""
        return self._images.reshape(len(self), self._shape[0] * self._shape[1]).copy()

    def targets(self) -> np.ndarray:
        """The target vectors, ``n × k`` float64 in the order of :attr:`classes`: one-hot
        for a label, the explicit vector otherwise."""
        if self._targets is not None:
            return self._targets.copy()
        return _one_hot(self._labels, len(self._classes))

    def class_counts(self) -> dict[str, int]:
        """How many samples each class has, in class order (classes without any count 0)."""
        counts = np.bincount(self._labels, minlength=len(self._classes))
        return {name: int(c) for name, c in zip(self._classes, counts)}

    def copy(self) -> Dataset:
        """An independent copy."""
        t = None if self._targets is None else self._targets.copy()
        return self._new(self._images.copy(), self._labels.copy(), t)

    def subset(self, indices: Sequence[int] | np.ndarray) -> Dataset:
        """A new dataset with the samples at ``indices``, in that order."""
        idx = np.asarray(indices, dtype=np.intp).reshape(-1)
        if idx.size and (idx.min() < 0 or idx.max() >= len(self)):
            raise ModelError(
                translate("Checks", "sample numbers must lie between 0 and {value}").format(
                    value=len(self) - 1
                )
            )
        t = None if self._targets is None else self._targets[idx].copy()
        return self._new(self._images[idx].copy(), self._labels[idx].copy(), t)

    def split(self, test_fraction: float, seed: int = 0) -> tuple[Dataset, Dataset]:
        """A reproducible stratified split into ``(train, test)``.

        From every class (by label), ``round(test_fraction × count)`` samples chosen at
        random (from ``numpy.random.default_rng(seed)``) go to the test set; both parts
        keep the original order of their samples.
        """
        try:
            f = float(test_fraction)
        except (TypeError, ValueError):
            raise ModelError(
                translate(
                    "Checks", "the test fraction must be a number, got {test_fraction}"
                ).format(test_fraction=repr(test_fraction))
            ) from None
        if not 0.0 < f < 1.0:
            raise ModelError(
                translate(
                    "Checks", "the test fraction must lie strictly between 0 and 1, got {f}"
                ).format(f=format(f, "g"))
            )
        rng = np.random.default_rng(seed)
        is_test = np.zeros(len(self), dtype=bool)
        for k in range(len(self._classes)):
            members = np.flatnonzero(self._labels == k)
            n_test = round(f * members.size)
            is_test[rng.permutation(members)[:n_test]] = True
        return self.subset(np.flatnonzero(~is_test)), self.subset(np.flatnonzero(is_test))

    # -- changing ----------------------------------------------------------------------
    def add(
        self,
        pixels: np.ndarray | Sequence[float] | Sequence[Sequence[float]],
        label: Label | None = None,
        *,
        target: np.ndarray | Sequence[float] | None = None,
    ) -> int:
        """Append one sample (``rows × cols``, or flat row by row) with its label, its
        target vector, or both (then the label must be the target's argmax); return its
        index."""
        what = "the sample" if self._kind == "features" else "the image"
        arr = _check_pixels(pixels, self._shape, what, self._kind)
        row, k = self._target_and_label(label, target)
        images = np.concatenate([self._images, arr[np.newaxis]])
        labels = np.append(self._labels, np.intp(k))
        self._set(images, labels, np.concatenate([self.targets(), row[np.newaxis]]))
        return len(self) - 1

    def remove(self, index: int) -> None:
        """Delete sample ``index``; later samples move up by one."""
        i = self._check_index(index)
        t = None if self._targets is None else np.delete(self._targets, i, axis=0)
        self._set(np.delete(self._images, i, axis=0), np.delete(self._labels, i), t)

    def relabel(self, index: int, label: Label) -> None:
        """Give sample ``index`` another class; its target becomes that class's one-hot
        vector (a soft target of another class would contradict the label)."""
        i = self._check_index(index)
        row, k = self._target_and_label(label, None)
        self._replace_target(i, row, k)

    def set_target(self, index: int, target: np.ndarray | Sequence[float]) -> None:
        """Give sample ``index`` an explicit target vector; its label becomes the argmax."""
        i = self._check_index(index)
        row, k = self._target_and_label(None, target)
        self._replace_target(i, row, k)

    def _replace_target(self, i: int, row: np.ndarray, k: int) -> None:
        labels = self._labels.copy()
        labels[i] = k
        targets = self.targets()
        targets[i] = row
        self._set(self._images, labels, targets)

    def set_pixels(
        self, index: int, pixels: np.ndarray | Sequence[float] | Sequence[Sequence[float]]
    ) -> None:
        """Replace the values of sample ``index`` (as when it is edited in the pixel editor)."""
        i = self._check_index(index)
        what = "the sample" if self._kind == "features" else "the image"
        arr = _check_pixels(pixels, self._shape, what, self._kind)
        images = self._images.copy()
        images[i] = arr
        self._set(images, self._labels, self._targets)


def mismatch(data: Dataset, network: Network) -> str:
    """Why ``network`` cannot read ``data`` (input count or classes), or ``""`` if it can."""
    rows, cols = data.shape
    if rows * cols != network.n_inputs:
        if data.kind == "features":
            return (
                f"the samples have {cols} features, but the network takes {network.n_inputs} inputs"
            )
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


def network_for(data: Dataset, seed: int = 0) -> Network:
    """A new network for ``data`` (``fruitnet train`` and the window's import use it):
    the fruit network for 6×6 fruit images, else n-h-k for n inputs and k classes with
    h = min(n, :data:`~fruitnet_gui.model.net.limits.MAX_HIDDEN_FROM_DATA`)."""
    rows, cols = data.shape
    if data.kind == "images" and data.shape == (6, 6) and data.classes == FRUIT_CLASSES:
        return fruit_network(seed)
    n = rows * cols
    hidden = min(n, MAX_HIDDEN_FROM_DATA)
    return random_network(
        (n, hidden, len(data.classes)), seed, input_shape=(rows, cols), classes=data.classes
    )
