"""The fruit drawings, the generator and the shipped datasets/fruits-6x6 files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from fruitnet_gui.files.dataset_io import dataset_to_json, load_dataset
from fruitnet_gui.model import ModelError, fruit_network
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.data.fruits import (
    APPLES,
    MARK,
    TEST_PER_CLASS,
    TEST_SEED,
    TOMATOES,
    TRAIN_PER_CLASS,
    TRAIN_SEED,
    generate,
    prototypes,
)

DATA = Path(__file__).resolve().parents[2] / "datasets" / "fruits-6x6"


@pytest.fixture(scope="module")
def train() -> Dataset:
    return load_dataset(DATA / "train.json")


@pytest.fixture(scope="module")
def test() -> Dataset:
    return load_dataset(DATA / "test.json")


def _box(mask: np.ndarray) -> tuple[int, int]:
    """Height and width of the smallest box around the True pixels."""
    rows, cols = np.nonzero(mask)
    return int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)


def test_there_are_at_least_four_different_drawings_of_each_fruit() -> None:
    assert len(APPLES) >= 4 and len(TOMATOES) >= 4
    flat = {p.tobytes() for p in (*APPLES, *TOMATOES)}
    assert len(flat) == len(APPLES) + len(TOMATOES)
    for proto in (*APPLES, *TOMATOES):
        assert proto.shape == (6, 6)
        assert proto.min() >= 0 and proto.max() == MARK  # a stem or a calyx
    ds = prototypes()
    assert ds.class_counts() == {"red apple": len(APPLES), "tomato": len(TOMATOES)}


def _body_rows(img: np.ndarray) -> np.ndarray:
    """Rows of the fruit's body: three or more drawn pixels that are not stem or calyx."""
    return np.nonzero(((img > 0) & (img < MARK)).sum(axis=1) >= 3)[0]


@pytest.mark.parametrize("apple", APPLES)
def test_an_apple_is_round_with_a_stem_out_of_a_dimple_and_a_highlight(apple: np.ndarray) -> None:
    rows = _body_rows(apple)
    skin = (apple > 0) & (apple < MARK)
    height = rows.max() - rows.min() + 1
    assert height >= _box(skin[rows.min() :])[1]  # as tall as wide, unlike a tomato
    stem_r = min(np.nonzero(apple == MARK)[0])
    assert stem_r < rows.min()  # the stem sticks up above the body
    # a dimple: in the top row of the body, a pixel lighter than both its neighbours,
    # or the stem's base
    top = apple[rows.min()]
    assert any(top[c] == MARK or top[c - 1] > top[c] < top[c + 1] for c in range(1, 5))
    # a highlight: a light spot inside the darker skin
    assert apple[rows.min() + 1 : rows.max(), 1:5].min() <= 0.35 < 0.7 <= np.median(apple[skin])


@pytest.mark.parametrize("tomato", TOMATOES)
def test_a_tomato_is_wider_than_tall_with_a_star_on_top(tomato: np.ndarray) -> None:
    body_rows = np.nonzero((tomato > 0).sum(axis=1) >= 3)[0]
    height = body_rows.max() - body_rows.min() + 1
    width = _box(tomato > 0)[1]
    assert width > height
    calyx = np.nonzero(tomato == MARK)
    assert len(calyx[0]) >= 4  # a star: a centre and several points
    # it sits on the top half of the fruit, in the middle
    assert calyx[0].max() <= body_rows.min() + 1
    assert calyx[1].min() >= 1 and calyx[1].max() <= 4


def test_generate_is_reproducible_bit_for_bit() -> None:
    a, b = generate(30, seed=5), generate(30, seed=5)
    assert a == b
    assert a.images.tobytes() == b.images.tobytes()
    assert generate(30, seed=6) != a


def test_generated_images_are_balanced_valid_and_rounded_to_4_decimals() -> None:
    ds = generate(40, seed=1)
    assert len(ds) == 80
    assert ds.class_counts() == {"red apple": 40, "tomato": 40}
    assert ds.classes == ("red apple", "tomato") and ds.shape == (6, 6)
    assert ds.images.min() >= 0 and ds.images.max() <= 1
    np.testing.assert_array_equal(np.round(ds.images, 4), ds.images)
    assert not np.any(np.signbit(ds.images))  # no -0.0
    # shuffled, not all apples first
    assert set(ds.labels[:40]) == {"red apple", "tomato"}
    assert len(generate(0, seed=1)) == 0


@pytest.mark.parametrize(
    ("n", "message"), [(-1, "between 0"), (2.5, "whole number"), (True, "whole")]
)
def test_generate_refuses_a_bad_count(n: object, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        generate(n, seed=0)  # type: ignore[arg-type]


def test_shipped_files_rebuild_bit_for_bit(train: Dataset, test: Dataset) -> None:
    for shipped, n, seed, name in (
        (train, TRAIN_PER_CLASS, TRAIN_SEED, "train.json"),
        (test, TEST_PER_CLASS, TEST_SEED, "test.json"),
    ):
        built = generate(n, seed)
        assert shipped.labels == built.labels
        assert shipped.images.tobytes() == built.images.tobytes()
        assert (DATA / name).read_text(encoding="utf-8") == dataset_to_json(built)


def test_build_script_says_the_files_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(DATA / "build.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("up to date") == 2


def test_shipped_files_are_big_balanced_and_do_not_overlap(train: Dataset, test: Dataset) -> None:
    assert len(train) >= 400 and len(test) >= 100
    assert train.class_counts() == {"red apple": len(train) // 2, "tomato": len(train) // 2}
    assert test.class_counts() == {"red apple": len(test) // 2, "tomato": len(test) // 2}
    seen = {img.tobytes() for img in train.images}
    assert not any(img.tobytes() in seen for img in test.images)


def best_single_pixel_accuracy(ds: Dataset) -> np.ndarray:
    """Per pixel, the accuracy of the best rule "class A if the pixel > t, else class B"."""
    x, y = ds.inputs(), ds.label_indices
    n, n_ones = len(y), int(y.sum())
    best = np.zeros(x.shape[1])
    for j in range(x.shape[1]):
        order = np.argsort(x[:, j], kind="stable")
        values, ones = x[order, j], y[order]
        ones_below = np.concatenate([[0], np.cumsum(ones)])
        k = np.arange(n + 1)
        # zeros at or below the cut plus ones above it, for every cut between distinct values
        acc = ((k - ones_below) + (n_ones - ones_below)) / n
        cut = np.concatenate([[True], values[1:] != values[:-1], [True]])
        best[j] = np.maximum(acc, 1 - acc)[cut].max()
    return best


def test_the_threshold_helper_finds_a_deciding_pixel() -> None:
    images = np.zeros((4, 6, 6))
    images[2:, 3, 3] = 0.9
    ds = Dataset(images, [0, 0, 1, 1])
    best = best_single_pixel_accuracy(ds)
    assert best[3 * 6 + 3] == 1.0 and best[0] == 0.5


def test_no_single_pixel_decides_the_class(train: Dataset) -> None:
    best = best_single_pixel_accuracy(train)
    assert best.max() < 0.85, f"pixel x{best.argmax() + 1} alone gets {best.max():.1%}"


def test_the_fruit_network_learns_it_online(train: Dataset, test: Dataset) -> None:
    net = fruit_network(seed=0)
    x, t = train.inputs(), train.targets()
    for _epoch in range(10):
        for xi, ti in zip(x, t):
            net, _ = net.train_step(xi, ti)
    predicted = net.predict(test.inputs()).argmax(axis=1)
    accuracy = np.mean(predicted == test.targets().argmax(axis=1))
    assert accuracy >= 0.95
