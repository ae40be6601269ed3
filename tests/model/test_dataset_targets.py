"""Datasets with target vectors (soft targets such as 0.01/0.99) and datasets of features."""

from __future__ import annotations

import numpy as np
import pytest

from fruitnet_gui.model.data.dataset import Dataset, mismatch, network_for
from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.network import paper_network, random_network
from fruitnet_gui.model.training import TrainingConfig, train

SOFT = [[0.99, 0.01], [0.01, 0.99], [0.2, 0.7]]


def features() -> Dataset:
    """Three samples of three features, of any finite size, with soft targets."""
    values = [[7.5, 150.0, -0.9], [6.0, 120.0, 0.95], [1e6, -1e6, 0.0]]
    return Dataset(values, (), targets=SOFT, kind="features")


def test_targets_are_the_given_vectors_and_labels_their_argmax() -> None:
    ds = features()
    assert ds.kind == "features" and ds.shape == (1, 3) and len(ds) == 3
    np.testing.assert_array_equal(ds.targets(), SOFT)
    assert ds.labels == ("red apple", "tomato", "tomato")
    assert ds.class_counts() == {"red apple": 1, "tomato": 2}
    assert ds.has_soft_targets and ds.soft_rows().tolist() == [True, True, True]
    np.testing.assert_array_equal(ds.target(2), [0.2, 0.7])
    np.testing.assert_array_equal(ds.inputs()[2], [1e6, -1e6, 0.0])


def test_a_tie_is_read_as_numpy_argmax_reads_it_the_first_class() -> None:
    ds = Dataset(np.zeros((1, 1, 2)), (), targets=[[0.5, 0.5]])
    assert ds.labels == ("red apple",)
    with pytest.raises(ModelError, match="not the class of its largest target value"):
        Dataset(np.zeros((1, 1, 2)), ["tomato"], targets=[[0.5, 0.5]])


def test_labels_beside_targets_must_agree() -> None:
    ds = Dataset(np.zeros((2, 2, 2)), ["red apple", "tomato"], targets=[[0.9, 0.1], [0, 1]])
    assert ds.labels == ("red apple", "tomato")
    with pytest.raises(ModelError, match="sample 1: the label 'red apple' is not the class"):
        Dataset(np.zeros((2, 2, 2)), ["red apple", "red apple"], targets=[[0.9, 0.1], [0, 1]])


def test_one_hot_targets_make_a_plain_labelled_dataset() -> None:
    given = Dataset(np.zeros((2, 6, 6)), (), targets=[[1, 0], [0, 1]])
    plain = Dataset(np.zeros((2, 6, 6)), ["red apple", "tomato"])
    assert given == plain and not given.has_soft_targets and not plain.has_soft_targets


def test_label_only_datasets_work_as_before() -> None:
    ds = Dataset(np.zeros((2, 6, 6)), ["tomato", "red apple"])
    assert ds.kind == "images" and not ds.has_soft_targets
    np.testing.assert_array_equal(ds.targets(), [[0, 1], [1, 0]])
    np.testing.assert_array_equal(ds.target(0), [0, 1])


@pytest.mark.parametrize(
    ("targets", "message"),
    [
        ([[0.5, np.nan]], "not a finite number"),
        ([[0.5, np.inf]], "not a finite number"),
        ([[1.5, 0.0]], "target values must lie between 0 and 1"),
        ([[-0.01, 0.5]], "target values must lie between 0 and 1"),
        ([[0.5, 0.2, 0.3]], "one value per class \\(2\\), got 3"),
        ([[0.5, 0.5], [0.5, 0.5]], "one sample needs one target vector of 2 values"),
        ([["a", 0.5]], "must be lists of numbers"),
        (np.array([[True, False]]), "not True/False"),
    ],
)
def test_bad_targets_are_refused_with_one_line(targets: object, message: str) -> None:
    with pytest.raises(ModelError, match=message) as exc:
        Dataset(np.zeros((1, 6, 6)), (), targets=targets)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ([[1.0, np.nan]], "not a finite number"),
        ([[1.0, 2e6]], "feature values must lie between -1,000,000 and 1,000,000"),
        ([[-1e6 - 1, 2.0]], "feature values must lie between"),
    ],
)
def test_bad_features_are_refused(values: object, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        Dataset(values, ["tomato"], kind="features")


def test_features_are_one_row_and_images_stay_in_0_1() -> None:
    with pytest.raises(ModelError, match="one row of values \\(shape 1 × n\\), got 2×2"):
        Dataset(np.zeros((1, 2, 2)), ["tomato"], kind="features")
    with pytest.raises(ModelError, match="pixel values must lie between 0 and 1"):
        Dataset([[[2.0, 0.0]]], ["tomato"])
    with pytest.raises(ModelError, match="kind is images or features"):
        Dataset(None, [], kind="table")


def test_mutations_keep_targets_and_are_atomic() -> None:
    ds = features()
    before = ds.copy()
    for bad in (
        lambda: ds.add([1.0, 2.0, np.nan], "tomato"),
        lambda: ds.add([1.0, 2.0, 3.0], target=[0.5, 1.5]),
        lambda: ds.add([1.0, 2.0, 3.0], "red apple", target=[0.1, 0.9]),
        lambda: ds.add([1.0, 2.0], "tomato"),
        lambda: ds.set_target(0, [0.5]),
        lambda: ds.set_target(7, [0.5, 0.5]),
        lambda: ds.set_pixels(0, [1.0, 2.0, 3e6]),
        lambda: ds.relabel(0, "pear"),
    ):
        with pytest.raises(ModelError):
            bad()
        assert ds == before
    assert ds.add([1.0, 2.0, 3.0], target=[0.1, 0.9]) == 3
    assert ds.add([4.0, 5.0, 6.0], "red apple") == 4
    np.testing.assert_array_equal(ds.targets()[3:], [[0.1, 0.9], [1, 0]])
    ds.set_target(4, [0.3, 0.6])
    assert ds.labels[4] == "tomato"
    ds.relabel(0, "tomato")  # a relabelled sample gets that class's one-hot target
    np.testing.assert_array_equal(ds.target(0), [0, 1])
    ds.remove(1)
    np.testing.assert_array_equal(ds.targets(), [[0, 1], [0.2, 0.7], [0.1, 0.9], [0.3, 0.6]])
    assert ds.subset([1, 0]).targets().tolist() == [[0.2, 0.7], [0.0, 1.0]]
    train_part, test_part = ds.split(0.5, seed=1)
    assert len(train_part) + len(test_part) == 4
    assert train_part.kind == test_part.kind == "features"


def test_the_targets_are_read_only_from_outside() -> None:
    ds = features()
    ds.targets()[0, 0] = 0.5
    ds.target(0)[0] = 0.5
    assert ds.target(0)[0] == 0.99


def test_network_for_features_is_n_h_k_and_mismatch_says_features() -> None:
    ds = features()
    net = network_for(ds, seed=3)
    assert net.layers == (3, 3, 2) and net.input_shape == (1, 3)
    assert mismatch(ds, net) == ""
    assert "the samples have 3 features, but the network takes 2" in mismatch(ds, paper_network())


def test_training_on_soft_targets_equals_the_network_train_step_loop() -> None:
    ds = features()
    ds.set_pixels(2, [3.0, -2.0, 0.5])  # no saturated sigmoid: the comparison means something
    net = random_network((3, 4, 2), seed=5, input_shape=(1, 3), classes=ds.classes)
    config = TrainingConfig(epochs=3, learning_rate=0.5, shuffle=False)
    *_, last = train(net, ds.inputs(), ds.targets(), config)
    expected = net
    for _ in range(3):
        for x, t in zip(ds.inputs(), ds.targets()):
            expected, _ = expected.train_step(x, t)
    np.testing.assert_allclose(
        last.network.flat_params(), expected.flat_params(), rtol=0, atol=1e-12
    )
    # the confusion matrix counts each sample under its label, the argmax of its target
    assert last.confusion.sum(axis=1).tolist() == [1, 2]


def test_batch_training_on_soft_targets_equals_the_mean_gradient_step() -> None:
    ds = features()
    ds.set_pixels(2, [3.0, -2.0, 0.5])
    net = random_network((3, 4, 2), seed=6, input_shape=(1, 3), classes=ds.classes)
    config = TrainingConfig(epochs=2, learning_rate=0.5, mode="batch", shuffle=False)
    *_, last = train(net, ds.inputs(), ds.targets(), config)
    expected = net
    for _ in range(2):
        expected, _ = expected.train_step(ds.inputs(), ds.targets())
    np.testing.assert_allclose(
        last.network.flat_params(), expected.flat_params(), rtol=0, atol=1e-12
    )
