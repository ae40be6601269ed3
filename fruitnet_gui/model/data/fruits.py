"""The fruit images: hand-drawn 6×6 red apples and tomatoes, and a seeded generator.

Pixel values are **ink**, as in a pencil drawing: 0 is the empty white background and
1 the darkest mark. A red fruit is a mid-to-dark gray (red is dark in grayscale), a
highlight on its skin is a light spot, and the brown stem of an apple and the green
star-shaped calyx of a tomato are drawn darkest (value 1.0, the outline a person would
draw). Shown with gray level ``255 × (1 − value)`` the images look like the fruit.

* A **red apple** is about as tall as it is wide, round, with a stem sticking up out of
  a dimple in its top (the pixel under the stem is lighter than the two lobes beside it)
  and a highlight.
* A **tomato** is wider than it is tall, with a dark five-pointed star (the calyx: one
  point up, two sideways, two down-sideways, or an ×) on the middle of its flat top.

:func:`generate` grows a dataset from the prototypes with shifts, small shape changes,
brightness and contrast changes and Gaussian noise; it uses only
``numpy.random.default_rng(seed)``, so the same arguments give the same images bit for
bit (values are rounded to 4 decimals, so they survive a JSON round trip exactly).
"""

from __future__ import annotations

import numpy as np

from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.network import FRUIT_CLASSES
from fruitnet_gui.model.text import translate

__all__ = [
    "APPLES",
    "CLASSES",
    "MARK",
    "SHAPE",
    "TEST_PER_CLASS",
    "TEST_SEED",
    "TOMATOES",
    "TRAIN_PER_CLASS",
    "TRAIN_SEED",
    "generate",
    "prototypes",
]

CLASSES: tuple[str, ...] = FRUIT_CLASSES
SHAPE: tuple[int, int] = (6, 6)
#: The value of the darkest marks: an apple's stem, a tomato's calyx. Nothing else in a
#: prototype is this dark.
MARK = 1.0
#: How the shipped ``datasets/fruits-6x6`` files are made: ``generate(TRAIN_PER_CLASS,
#: TRAIN_SEED)`` and ``generate(TEST_PER_CLASS, TEST_SEED)``.
TRAIN_SEED = 2024
TEST_SEED = 7
TRAIN_PER_CLASS = 250
TEST_PER_CLASS = 75

# fmt: off
APPLES: tuple[np.ndarray, ...] = (
    # round, stem straight up out of the dimple, highlight upper left
    np.array([
        [0.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        [0.0, 0.5, 0.8, 0.5, 0.8, 0.5],
        [0.0, 0.8, 0.3, 0.8, 0.8, 0.8],
        [0.0, 0.8, 0.8, 0.8, 0.8, 0.8],
        [0.0, 0.6, 0.8, 0.8, 0.8, 0.6],
        [0.0, 0.0, 0.6, 0.7, 0.6, 0.0],
    ]),
    # with a leaf (lighter) beside the stem
    np.array([
        [0.0, 0.0, 1.0, 0.5, 0.0, 0.0],
        [0.4, 0.8, 0.5, 0.8, 0.4, 0.0],
        [0.8, 0.3, 0.8, 0.8, 0.8, 0.0],
        [0.8, 0.8, 0.8, 0.8, 0.8, 0.0],
        [0.6, 0.8, 0.8, 0.8, 0.6, 0.0],
        [0.0, 0.6, 0.7, 0.6, 0.0, 0.0],
    ]),
    # small apple lower in the frame, highlight right
    np.array([
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 1.0, 0.0, 0.0, 0.0],
        [0.0, 0.7, 0.5, 0.8, 0.6, 0.0],
        [0.0, 0.8, 0.8, 0.3, 0.8, 0.0],
        [0.0, 0.8, 0.8, 0.8, 0.8, 0.0],
        [0.0, 0.5, 0.8, 0.8, 0.5, 0.0],
    ]),
    # big dark apple, stem leaning right
    np.array([
        [0.0, 0.0, 0.0, 0.0, 1.0, 0.0],
        [0.0, 0.6, 0.9, 1.0, 0.9, 0.6],
        [0.0, 0.9, 0.9, 0.9, 0.35, 0.9],
        [0.0, 0.9, 0.9, 0.9, 0.9, 0.9],
        [0.0, 0.7, 0.9, 0.9, 0.9, 0.7],
        [0.0, 0.0, 0.7, 0.9, 0.7, 0.0],
    ]),
    # tapering apple with the bumps of a Red Delicious at the bottom
    np.array([
        [0.0, 0.0, 1.0, 0.0, 0.0, 0.0],
        [0.5, 0.8, 0.5, 0.8, 0.5, 0.0],
        [0.8, 0.8, 0.8, 0.3, 0.8, 0.0],
        [0.8, 0.8, 0.8, 0.8, 0.8, 0.0],
        [0.4, 0.8, 0.8, 0.8, 0.4, 0.0],
        [0.0, 0.6, 0.3, 0.6, 0.0, 0.0],
    ]),
)

TOMATOES: tuple[np.ndarray, ...] = (
    # wide, five-pointed calyx in the middle of the top
    np.array([
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        [0.4, 0.6, 1.0, 1.0, 1.0, 0.4],
        [0.6, 0.6, 1.0, 0.6, 1.0, 0.6],
        [0.6, 0.3, 0.6, 0.6, 0.6, 0.6],
        [0.3, 0.6, 0.6, 0.6, 0.6, 0.3],
    ]),
    # smaller, five wide and four tall
    np.array([
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 1.0, 0.0, 0.0, 0.0],
        [0.4, 1.0, 1.0, 1.0, 0.4, 0.0],
        [0.6, 1.0, 0.6, 1.0, 0.6, 0.0],
        [0.6, 0.6, 0.6, 0.3, 0.6, 0.0],
        [0.3, 0.6, 0.6, 0.6, 0.3, 0.0],
    ]),
    # flat beefsteak tomato, three rows tall
    np.array([
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 1.0, 0.0, 0.0, 0.0],
        [0.5, 1.0, 1.0, 1.0, 0.7, 0.4],
        [0.7, 1.0, 0.7, 1.0, 0.7, 0.7],
        [0.4, 0.7, 0.7, 0.7, 0.7, 0.4],
    ]),
    # sepals curling up: the calyx is an ×
    np.array([
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 1.0, 0.0, 1.0, 0.0],
        [0.4, 0.6, 0.6, 1.0, 0.6, 0.4],
        [0.6, 0.6, 1.0, 0.6, 1.0, 0.6],
        [0.6, 0.6, 0.6, 0.6, 0.6, 0.6],
        [0.3, 0.6, 0.6, 0.6, 0.6, 0.3],
    ]),
    # ribbed, with a highlight between the ribs
    np.array([
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 1.0, 0.0, 0.0, 0.0],
        [0.4, 1.0, 1.0, 1.0, 0.6, 0.4],
        [0.6, 1.0, 0.7, 1.0, 0.3, 0.6],
        [0.7, 0.6, 0.7, 0.6, 0.7, 0.6],
        [0.3, 0.6, 0.7, 0.6, 0.7, 0.3],
    ]),
)
# fmt: on

for _proto in (*APPLES, *TOMATOES):
    _proto.flags.writeable = False
del _proto


def prototypes() -> Dataset:
    """The hand-drawn prototypes themselves, apples first."""
    images = np.array([*APPLES, *TOMATOES])
    labels = [CLASSES[0]] * len(APPLES) + [CLASSES[1]] * len(TOMATOES)
    return Dataset(images, labels, CLASSES)


_NEIGHBOURS = ((-1, 0), (1, 0), (0, -1), (0, 1))


def _neighbours(r: int, c: int, shape: tuple[int, int]) -> list[tuple[int, int]]:
    rows, cols = shape
    return [(r + dr, c + dc) for dr, dc in _NEIGHBOURS if 0 <= r + dr < rows and 0 <= c + dc < cols]


def _skin(img: np.ndarray) -> np.ndarray:
    """Pixels of the fruit's skin: drawn, but not the stem or calyx."""
    return (img > 0) & (img < MARK)


def _vary_edge(img: np.ndarray, rng: np.random.Generator) -> None:
    """Drop one skin pixel from the outline, or add one next to it (in place)."""
    skin = _skin(img)
    if rng.random() < 0.5:
        edge = [
            (r, c)
            for r, c in zip(*np.nonzero(skin))
            if any(img[n] == 0 for n in _neighbours(r, c, img.shape))
        ]
        r, c = edge[rng.integers(len(edge))]
        img[r, c] = 0.0
    else:
        outside = [
            (r, c)
            for r, c in zip(*np.nonzero(img == 0))
            if any(skin[n] for n in _neighbours(r, c, img.shape))
        ]
        if outside:
            r, c = outside[rng.integers(len(outside))]
            img[r, c] = np.median(img[skin]) * rng.uniform(0.6, 1.0)


def _vary_stem(img: np.ndarray, rng: np.random.Generator) -> None:
    """Lean the apple's stem, fade it, or give it a leaf (in place)."""
    stem = list(zip(*np.nonzero(img == MARK)))
    r, c = min(stem)  # the tip of the stem: its topmost pixel
    choice = rng.integers(3)
    if choice == 0:
        dc = 1 if rng.random() < 0.5 else -1
        if 0 <= c + dc < img.shape[1] and img[r, c + dc] == 0:
            img[r, c], img[r, c + dc] = 0.0, MARK
    elif choice == 1:
        for p in stem:
            img[p] = rng.uniform(0.75, 0.95)
    else:
        free = [(r, c + dc) for dc in (-1, 1) if 0 <= c + dc < img.shape[1] and img[r, c + dc] == 0]
        if free:
            img[free[rng.integers(len(free))]] = rng.uniform(0.4, 0.6)


def _vary_calyx(img: np.ndarray, rng: np.random.Generator) -> None:
    """Drop or add one point of the tomato's calyx, or fade it (in place)."""
    calyx = list(zip(*np.nonzero(img == MARK)))
    skin = _skin(img)
    body = float(np.median(img[skin]))
    choice = rng.integers(3)
    if choice == 0:
        inside = [(r, c) for r, c in calyx if r + 1 < img.shape[0] and img[r + 1, c] > 0]
        r, c = inside[rng.integers(len(inside))]
        img[r, c] = body
    elif choice == 1:
        near = sorted({n for r, c in calyx for n in _neighbours(r, c, img.shape) if skin[n]})
        if near:
            img[near[rng.integers(len(near))]] = MARK
    else:
        for p in calyx:
            img[p] = rng.uniform(0.8, 0.95)


def _shift(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Move the drawing by up to one pixel each way, where nothing falls off the edge."""
    dys = [0, *([-1] if not img[0].any() else []), *([1] if not img[-1].any() else [])]
    dxs = [0, *([-1] if not img[:, 0].any() else []), *([1] if not img[:, -1].any() else [])]
    dy = dys[rng.integers(len(dys))]
    dx = dxs[rng.integers(len(dxs))]
    return np.roll(img, (dy, dx), axis=(0, 1))


def _augment(proto: np.ndarray, is_tomato: bool, rng: np.random.Generator) -> np.ndarray:
    img = np.array(proto, dtype=np.float64)
    if rng.random() < 0.5:
        (_vary_calyx if is_tomato else _vary_stem)(img, rng)
    if rng.random() < 0.5:
        _vary_edge(img, rng)
    img = _shift(img, rng)
    gain = rng.uniform(0.75, 1.1)  # contrast: how dark the drawing is
    offset = rng.uniform(-0.1, 0.1)  # brightness: of the paper and the drawing alike
    sigma = rng.uniform(0.02, 0.07)
    img = img * gain + offset + rng.normal(0.0, sigma, size=img.shape)
    # clip first, so rounding never yields -0.0
    return np.round(np.clip(img, 0.0, 1.0), 4)


def generate(n_per_class: int, seed: int) -> Dataset:
    """``n_per_class`` varied images of each fruit, shuffled; the same for the same seed.

    Parameters
    ----------
    n_per_class
        How many red apples and how many tomatoes.
    seed
        Seed of ``numpy.random.default_rng``: the only source of randomness.
    """
    if isinstance(n_per_class, bool) or not isinstance(n_per_class, int | np.integer):
        raise ModelError(
            translate(
                "Checks", "the number of images per class must be a whole number, got {value}"
            ).format(value=repr(n_per_class))
        )
    if not 0 <= n_per_class <= 100_000:
        raise ModelError(
            translate(
                "Checks",
                "the number of images per class must lie between 0 and 100000, got {value}",
            ).format(value=n_per_class)
        )
    rng = np.random.default_rng(seed)
    images = np.zeros((2 * n_per_class, *SHAPE))
    labels = np.repeat([0, 1], n_per_class)
    for i, k in enumerate(labels):
        protos = TOMATOES if k else APPLES
        images[i] = _augment(protos[rng.integers(len(protos))], bool(k), rng)
    order = rng.permutation(len(labels))
    return Dataset(images[order], labels[order].tolist(), CLASSES)
