"""The Dataset: what it holds, what it feeds the network, and how it refuses bad input."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fruitnet_gui.model import FRUIT_CLASSES, ModelError
from fruitnet_gui.model.data.dataset import Dataset


def _image(seed: int, shape: tuple[int, int] = (6, 6)) -> np.ndarray:
    return np.round(np.random.default_rng(seed).uniform(0, 1, size=shape), 4)


@pytest.fixture
def ds() -> Dataset:
    images = np.array([_image(k) for k in range(5)])
    return Dataset(images, ["red apple", "tomato", "tomato", "red apple", "tomato"])


def test_an_empty_dataset_is_6x6_with_the_fruit_classes() -> None:
    empty = Dataset()
    assert len(empty) == 0
    assert empty.shape == (6, 6)
    assert empty.classes == FRUIT_CLASSES == ("red apple", "tomato")
    assert empty.images.shape == (0, 6, 6)
    assert empty.inputs().shape == (0, 36)
    assert empty.targets().shape == (0, 2)
    assert empty.class_counts() == {"red apple": 0, "tomato": 0}
    assert Dataset([], [], shape=(1, 2)).shape == (1, 2)


def test_labels_are_names_and_targets_are_one_hot_in_class_order(ds: Dataset) -> None:
    assert ds.labels == ("red apple", "tomato", "tomato", "red apple", "tomato")
    assert ds.label_indices.tolist() == [0, 1, 1, 0, 1]
    # the paper: red apple = [1, 0], tomato = [0, 1]
    np.testing.assert_array_equal(ds.targets(), [[1, 0], [0, 1], [0, 1], [1, 0], [0, 1]])
    assert ds.targets().dtype == np.float64
    assert ds.class_counts() == {"red apple": 2, "tomato": 3}


def test_labels_may_be_given_as_class_numbers() -> None:
    three = Dataset(np.zeros((3, 1, 2)), [2, 0, "b"], classes=("a", "b", "c"))
    assert three.labels == ("c", "a", "b")
    np.testing.assert_array_equal(three.targets(), [[0, 0, 1], [1, 0, 0], [0, 1, 0]])


def test_inputs_are_the_images_flattened_row_by_row(ds: Dataset) -> None:
    x = ds.inputs()
    assert x.shape == (5, 36)
    np.testing.assert_array_equal(x[1, :6], ds.images[1, 0])  # x1..x6 = top row
    np.testing.assert_array_equal(x[1, 6:12], ds.images[1, 1])
    x[:] = 5.0  # a copy: the dataset is untouched
    assert ds.images.max() <= 1.0


def test_images_cannot_be_changed_behind_the_datasets_back(ds: Dataset) -> None:
    with pytest.raises(ValueError):
        ds.images[0, 0, 0] = np.nan
    pixels, label = ds.sample(0)
    pixels[:] = 0.5  # the sample is a copy
    assert not np.all(ds.images[0] == 0.5)
    assert label == "red apple"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"images": np.zeros((2, 6, 5)), "labels": [0, 1], "shape": (6, 6)}, "6×6"),
        ({"images": np.zeros((2, 36)), "labels": [0, 1]}, "n×rows×cols"),
        ({"images": np.full((1, 6, 6), np.nan), "labels": [0]}, "NaN"),
        ({"images": np.full((1, 6, 6), 1.5), "labels": [0]}, "between 0 and 1"),
        ({"images": np.full((1, 6, 6), -0.1), "labels": [0]}, "between 0 and 1"),
        ({"images": np.zeros((2, 6, 6)), "labels": [0]}, "2 labels"),
        ({"images": np.zeros((1, 6, 6)), "labels": ["pear"]}, "unknown label 'pear'"),
        ({"images": np.zeros((1, 6, 6)), "labels": [2]}, "class number 2"),
        ({"images": np.zeros((1, 6, 6)), "labels": [True]}, "class name or a class number"),
        ({"classes": ()}, "at least one class"),
        ({"classes": ("tomato", "tomato")}, "named twice"),
        ({"classes": ("tomato", "")}, "non-empty"),
        ({"classes": "tomato"}, "not one string"),
        ({"shape": (0, 6)}, "positive"),
    ],
)
def test_bad_construction_is_refused_with_a_clear_message(kwargs: dict, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        Dataset(**kwargs)


def test_add_appends_a_grid_or_a_flat_row_by_row_image(ds: Dataset) -> None:
    img = _image(99)
    assert ds.add(img, "tomato") == 5
    assert ds.add(img.ravel(), 0) == 6
    assert len(ds) == 7
    assert ds.labels[-2:] == ("tomato", "red apple")
    np.testing.assert_array_equal(ds.images[5], img)
    np.testing.assert_array_equal(ds.images[6], img)
    assert ds.class_counts() == {"red apple": 3, "tomato": 4}
    with pytest.raises(ValueError):  # still read-only after a change
        ds.images[0, 0, 0] = 0.5


@pytest.mark.parametrize(
    ("pixels", "label", "message"),
    [
        (np.zeros((5, 6)), "tomato", "must be 6×6 pixels, got 5×6"),
        (np.zeros(35), "tomato", "must be 6×6 pixels"),
        (0.5, "tomato", "got one number"),
        (np.full((6, 6), np.nan), "tomato", "NaN"),
        (np.full((6, 6), np.inf), "tomato", "not a finite number"),
        (np.full((6, 6), 1.01), "tomato", "between 0 and 1, but the image has 1.01"),
        (np.full((6, 6), -0.5), "tomato", "between 0 and 1"),
        ([["a"] * 6] * 6, "tomato", "grid of numbers"),
        (np.zeros((6, 6), dtype=bool), "tomato", "not True/False"),
        (np.zeros((6, 6)), "pear", "unknown label 'pear'; the classes are red apple, tomato"),
        (np.zeros((6, 6)), 5, "class number 5"),
        (np.zeros((6, 6)), None, "class name or a class number"),
    ],
)
def test_add_validates_and_leaves_the_dataset_unchanged(
    ds: Dataset, pixels: object, label: object, message: str
) -> None:
    before = ds.copy()
    with pytest.raises(ModelError, match=message):
        ds.add(pixels, label)  # type: ignore[arg-type]
    assert ds == before


def test_remove_relabel_and_set_pixels(ds: Dataset) -> None:
    third = ds.images[3].copy()
    ds.remove(2)
    assert len(ds) == 4
    assert ds.labels == ("red apple", "tomato", "red apple", "tomato")
    np.testing.assert_array_equal(ds.images[2], third)
    ds.relabel(0, "tomato")
    ds.relabel(1, 0)
    assert ds.labels == ("tomato", "red apple", "red apple", "tomato")
    ds.set_pixels(3, np.ones(36))
    np.testing.assert_array_equal(ds.images[3], np.ones((6, 6)))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda d: d.remove(5), "there is no sample 5; the dataset has 5 samples"),
        (lambda d: d.remove(-1), "there is no sample -1"),
        (lambda d: d.remove(1.0), "whole number"),
        (lambda d: d.remove(True), "whole number"),
        (lambda d: d.relabel(9, "tomato"), "there is no sample 9"),
        (lambda d: d.relabel(0, "pear"), "unknown label"),
        (lambda d: d.relabel(0, 2), "class number 2"),
        (lambda d: d.set_pixels(0, np.full((6, 6), 2.0)), "between 0 and 1"),
        (lambda d: d.set_pixels(0, np.zeros((6, 7))), "6×6"),
        (lambda d: d.set_pixels(7, np.zeros((6, 6))), "no sample 7"),
        (lambda d: d.sample(5), "no sample 5"),
    ],
)
def test_bad_changes_are_refused_and_change_nothing(ds: Dataset, call, message: str) -> None:
    before = ds.copy()
    with pytest.raises(ModelError, match=message):
        call(ds)
    assert ds == before


def test_copy_is_independent(ds: Dataset) -> None:
    twin = ds.copy()
    assert twin == ds and twin is not ds
    twin.relabel(0, "tomato")
    twin.add(np.zeros((6, 6)), "tomato")
    assert ds.labels[0] == "red apple" and len(ds) == 5
    assert twin != ds


def test_split_is_stratified_disjoint_and_reproducible() -> None:
    images = np.array([_image(k) for k in range(40)])
    labels = ["red apple"] * 30 + ["tomato"] * 10
    ds = Dataset(images, labels)
    train, test = ds.split(0.2, seed=3)
    assert test.class_counts() == {"red apple": 6, "tomato": 2}
    assert train.class_counts() == {"red apple": 24, "tomato": 8}
    # every image lands in exactly one part
    rows = {img.tobytes() for img in ds.images}
    parts = [img.tobytes() for img in (*train.images, *test.images)]
    assert len(parts) == 40 and set(parts) == rows
    again = ds.split(0.2, seed=3)
    assert again[0] == train and again[1] == test
    other = ds.split(0.2, seed=4)
    assert other[1] != test
    assert train.classes == test.classes == ds.classes


@pytest.mark.parametrize("fraction", [0, 1, -0.1, 1.5, float("nan"), "half"])
def test_split_refuses_a_fraction_outside_0_1(ds: Dataset, fraction: object) -> None:
    with pytest.raises(ModelError, match="test fraction"):
        ds.split(fraction, seed=0)  # type: ignore[arg-type]


_ops = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 1000), st.integers(0, 1)),
        st.tuples(st.just("remove"), st.integers(-2, 12), st.just(0)),
        st.tuples(st.just("relabel"), st.integers(-2, 12), st.integers(0, 2)),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(_ops)
def test_any_sequence_of_changes_matches_a_plain_list(ops: list[tuple[str, int, int]]) -> None:
    ds = Dataset()
    model: list[tuple[bytes, int]] = []
    for op, a, b in ops:
        valid = True
        try:
            if op == "add":
                img = _image(a)
                ds.add(img, b)
                model.append((img.tobytes(), b))
            elif op == "remove":
                ds.remove(a)
                valid = 0 <= a < len(model)
                del model[a]
            else:
                ds.relabel(a, b)
                valid = 0 <= a < len(model) and b < 2
                model[a] = (model[a][0], b)
        except ModelError:
            valid = False
        assert valid or len(ds) == len(model)
        assert [img.tobytes() for img in ds.images] == [img for img, _ in model]
        assert ds.label_indices.tolist() == [k for _, k in model]


def test_mismatch_says_why_a_network_cannot_read_a_dataset() -> None:
    from fruitnet_gui.model import fruit_network, paper_network
    from fruitnet_gui.model.data.dataset import mismatch
    from fruitnet_gui.model.data.fruits import generate

    fruits = generate(2, seed=0)
    assert mismatch(fruits, fruit_network(0)) == ""
    assert "36 pixels, but the network takes 2 inputs" in mismatch(fruits, paper_network())
    renamed = Dataset(fruits.images, fruits.labels, classes=("tomato", "red apple"))
    assert "are not the network's" in mismatch(renamed, fruit_network(0))
