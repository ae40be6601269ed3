"""Training: the fast kernel equals the teaching model; the loop learns the fruit set."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fruitnet_gui.commands import run
from fruitnet_gui.model import PAPER_INPUT, PAPER_TARGET, ModelError, paper_network, random_network
from fruitnet_gui.model.teaching.iteration import Cursor, Iteration
from fruitnet_gui.model.training import OnlineKernel, TrainingConfig, evaluate, train
from fruitnet_gui.model.training.kernel import ReferenceKernel, have_numba, training_kernel

#: The kernel's two forms: NumPy (with SciPy's expit and BLAS), and compiled.
KERNELS = {
    "numpy": {"use_numba": False},
    "numba": {"use_numba": True},
}
kernels = pytest.mark.parametrize(
    "kernel_options",
    [
        pytest.param(options, id=name)
        if name != "numba"
        else pytest.param(
            options,
            id=name,
            marks=pytest.mark.skipif(not have_numba(), reason="Numba is not installed"),
        )
        for name, options in KERNELS.items()
    ],
)


def walk(net, x, t):
    cursor = Cursor(Iteration(net, x, t))
    cursor.finish()
    return cursor.network()


@kernels
def test_online_step_equals_the_sub_step_walk_on_the_paper(kernel_options) -> None:
    kernel = OnlineKernel(paper_network(), **kernel_options)
    kernel.step(PAPER_INPUT, PAPER_TARGET)
    walked = walk(paper_network(), PAPER_INPUT, PAPER_TARGET)
    np.testing.assert_allclose(
        kernel.network().flat_params(), walked.flat_params(), rtol=0, atol=1e-12
    )


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(1, 8), min_size=3, max_size=5),
    st.integers(0, 10_000),
    st.sampled_from([1.0, 0.5, -1.0]),
    st.sampled_from([k for k in KERNELS if k != "numba" or have_numba()]),
)
def test_online_step_equals_the_sub_step_walk_for_any_sizes(
    layers, seed, bias_input, kernel_name
) -> None:
    net = random_network(layers, seed, scale=1.0)
    net.bias_input = bias_input
    rng = np.random.default_rng(seed)
    x, t = rng.uniform(size=layers[0]), rng.uniform(size=layers[-1])
    # one hidden layer: the fast kernel; more: the reference (training_kernel picks)
    kernel = training_kernel(net, **KERNELS[kernel_name])
    assert isinstance(kernel, OnlineKernel) == (len(layers) == 3)
    kernel.run(x[None, :], t[None, :])
    np.testing.assert_allclose(
        kernel.network().flat_params(), walk(net, x, t).flat_params(), atol=1e-12
    )


@settings(max_examples=30, deadline=None)
@given(
    st.tuples(st.integers(1, 9), st.integers(1, 9), st.integers(1, 4)),
    st.integers(0, 10_000),
    st.sampled_from([1.0, -0.5]),
    st.sampled_from([k for k in KERNELS if k != "numba" or have_numba()]),
)
def test_online_runs_of_any_one_hidden_layer_net_equal_the_sub_step_walk(
    layers, seed, bias_input, kernel_name
) -> None:
    # several samples in a row: the compiled loop updates a hidden node's weights and
    # sums the next sample's net input with them in one pass
    net = random_network(layers, seed, scale=2.0)
    net.bias_input = bias_input
    rng = np.random.default_rng(seed)
    xs, ts = rng.uniform(-2, 2, size=(5, layers[0])), rng.uniform(size=(5, layers[-1]))
    kernel = OnlineKernel(net, **KERNELS[kernel_name])
    kernel.run(xs, ts)
    expected = net
    for x, t in zip(xs, ts):
        expected = walk(expected, x, t)
    np.testing.assert_allclose(
        kernel.network().flat_params(), expected.flat_params(), rtol=0, atol=1e-12
    )


@kernels
def test_batch_step_equals_the_vectorized_mean_gradient_step(kernel_options) -> None:
    net = random_network((6, 5, 2), seed=3)
    rng = np.random.default_rng(1)
    xs, ts = rng.uniform(size=(9, 6)), np.eye(2)[rng.integers(0, 2, 9)]
    kernel = OnlineKernel(net, **kernel_options)
    kernel.batch_step(xs, ts)
    expected, _ = net.train_step(xs, ts)
    np.testing.assert_allclose(kernel.network().flat_params(), expected.flat_params(), atol=1e-12)


def test_deeper_nets_train_through_the_reference() -> None:
    # the fast kernel is written for one hidden layer; it refuses others, and
    # training_kernel gives them the vectorized reference
    net = random_network((6, 5, 4, 2), seed=3)
    with pytest.raises(ValueError, match="one hidden layer"):
        OnlineKernel(net)
    kernel = training_kernel(net)
    assert isinstance(kernel, ReferenceKernel)
    rng = np.random.default_rng(1)
    xs, ts = rng.uniform(size=(9, 6)), np.eye(2)[rng.integers(0, 2, 9)]
    kernel.run_batches(xs, ts, 4)
    expected = net
    for start in range(0, 9, 4):
        expected, _ = expected.train_step(xs[start : start + 4], ts[start : start + 4])
    np.testing.assert_allclose(kernel.network().flat_params(), expected.flat_params(), atol=1e-12)


@kernels
def test_an_online_epoch_of_the_fruit_net_equals_the_teaching_model(kernel_options) -> None:
    # 300 updates in a row on the 36-36-2 net, each against Network.train_step
    net = random_network((36, 36, 2), seed=8)
    rng = np.random.default_rng(2)
    xs, ts = rng.uniform(size=(300, 36)), np.eye(2)[rng.integers(0, 2, 300)]
    kernel = OnlineKernel(net, **kernel_options)
    kernel.run(xs, ts)
    expected = net
    for x, t in zip(xs, ts):
        expected, _ = expected.train_step(x, t)
    np.testing.assert_allclose(
        kernel.network().flat_params(), expected.flat_params(), rtol=0, atol=1e-12
    )


@pytest.mark.parametrize(
    "layers", [(36, 1, 2), (35, 3, 1), (7, 5, 3), (36, 37, 2), (3, 36, 4), (4, 4, 1)]
)
@kernels
def test_online_runs_equal_train_step_whatever_the_padding(layers, kernel_options) -> None:
    # the compiled loop pads each node's incoming weights (bias weight included) to a
    # multiple of 4: sizes that need 0-3 padded weights in each layer, many updates
    net = random_network(layers, seed=sum(layers), scale=2.0)
    net.bias_input = -0.5
    rng = np.random.default_rng(len(layers))
    xs, ts = rng.uniform(-2, 2, size=(40, layers[0])), rng.uniform(size=(40, layers[-1]))
    kernel = OnlineKernel(net, **kernel_options)
    kernel.run(xs[:25], ts[:25])
    kernel.run(xs[25:], ts[25:])  # again: nothing of the first call's padding carries over
    expected = net
    for x, t in zip(xs, ts):
        expected, _ = expected.train_step(x, t)
    np.testing.assert_allclose(
        kernel.network().flat_params(), expected.flat_params(), rtol=0, atol=1e-12
    )


def test_one_epoch_of_online_training_on_one_sample_is_one_paper_iteration() -> None:
    *_, last = train(
        paper_network(), PAPER_INPUT[None, :], PAPER_TARGET[None, :], TrainingConfig(epochs=1)
    )
    walked = walk(paper_network(), PAPER_INPUT, PAPER_TARGET)
    np.testing.assert_allclose(last.network.flat_params(), walked.flat_params(), atol=1e-12)


def test_the_paper_net_learns_its_single_sample() -> None:
    snaps = list(
        train(
            paper_network(), PAPER_INPUT[None, :], PAPER_TARGET[None, :], TrainingConfig(epochs=200)
        )
    )
    errors = [r.train_error for r in snaps[-1].history]
    assert len(errors) == 200
    assert errors[-1] < errors[0] / 5
    assert all(b <= a + 1e-12 for a, b in itertools.pairwise(errors))


@pytest.mark.parametrize("mode", ["online", "batch", "minibatch"])
def test_training_is_deterministic_and_reports_every_epoch(mode) -> None:
    net = random_network((4, 3, 2), seed=1)
    rng = np.random.default_rng(0)
    xs, ts = rng.uniform(size=(50, 4)), np.eye(2)[rng.integers(0, 2, 50)]
    cfg = TrainingConfig(epochs=3, mode=mode, batch_size=8, seed=5, report_every=10)
    a = list(train(net, xs, ts, cfg, xs, ts))
    b = list(train(net, xs, ts, cfg, xs, ts))
    assert [r.epoch for r in a[-1].history] == [1, 2, 3]
    assert a[-1].finished and a[-1].reason == "epochs"
    assert np.array_equal(a[-1].network.flat_params(), b[-1].network.flat_params())
    assert np.array_equal(net.flat_params(), random_network((4, 3, 2), seed=1).flat_params())
    fractions = [p.fraction for p in a]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert a[-1].confusion.sum() == 50


def test_target_error_stops_early() -> None:
    snaps = list(
        train(
            paper_network(),
            PAPER_INPUT[None, :],
            PAPER_TARGET[None, :],
            TrainingConfig(epochs=10_000, target_error=0.05),
        )
    )
    assert snaps[-1].reason == "target error"
    assert snaps[-1].history[-1].train_error <= 0.05
    assert len(snaps[-1].history) < 10_000


def test_a_huge_learning_rate_is_refused_and_a_large_one_does_not_crash() -> None:
    with pytest.raises(ModelError, match="too large"):
        list(
            train(
                paper_network(),
                PAPER_INPUT[None, :],
                PAPER_TARGET[None, :],
                TrainingConfig(learning_rate=1e9),
            )
        )
    snaps = list(
        train(
            paper_network(),
            PAPER_INPUT[None, :],
            PAPER_TARGET[None, :],
            TrainingConfig(epochs=5, learning_rate=1000),
        )
    )
    assert snaps[-1].finished
    assert all(np.isfinite(snaps[-1].network.flat_params()))


@pytest.mark.parametrize(
    ("kwargs", "phrase"),
    [({"mode": "sgd"}, "mode"), ({"epochs": 0}, "epochs"), ({"batch_size": 0}, "batch size"),
     ({"target_error": -1.0}, "target error")],
)  # fmt: skip
def test_bad_training_settings_are_refused(kwargs, phrase) -> None:
    with pytest.raises(ModelError, match=phrase):
        TrainingConfig(**kwargs).checked()


def test_evaluate_counts_argmax_hits() -> None:
    net = paper_network()
    err, acc = evaluate(net, PAPER_INPUT[None, :], PAPER_TARGET[None, :])
    assert err == pytest.approx(0.2110661376, abs=1e-9)
    assert acc == 1.0  # outy2 = 0.735 > outy1 = 0.593: "tomato", which is right


def test_fruitnet_train_defaults_reach_95_percent_deterministically(capsys) -> None:
    assert run(["train", "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert len(first["epochs"]) == 50
    assert max(e["test_accuracy"] for e in first["epochs"]) >= 0.95
    assert first["epochs"][-1]["test_accuracy"] >= 0.95
    assert all(e["seconds"] > 0 for e in first["epochs"])
    assert first["model"]["layers"] == [36, 36, 2]
    assert run(["train", "--format", "json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["model"] == first["model"]
    assert [e["test_error"] for e in second["epochs"]] == [e["test_error"] for e in first["epochs"]]


def test_fruitnet_train_text_prints_one_line_per_epoch(capsys, tmp_path) -> None:
    path = tmp_path / "trained.json"
    assert run(["train", "--epochs", "3", "--save-model", str(path)]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.strip()[:1].isdigit()]
    assert [line.split()[0] for line in lines[:3]] == ["1", "2", "3"]
    assert "Confusion matrix" in out
    from fruitnet_gui.files.model_io import load_model

    assert load_model(path).layers == (36, 36, 2)


@pytest.mark.parametrize(
    "argv",
    [["--epochs", "0"], ["--lr", "nan"], ["--mode", "sgd"], ["--dataset", "/nonexistent.json"],
     ["--batch-size", "-3", "--mode", "minibatch"]],
)  # fmt: skip
def test_fruitnet_train_bad_arguments_exit_2_with_one_line(argv, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        code = run(["train", *argv])
        raise SystemExit(code)
    assert info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err and len(err.splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("batch", [32, 300, 1200])
@kernels
def test_batches_of_the_fruit_net_equal_the_teaching_model(batch, kernel_options) -> None:
    # 32: one BLAS call per update; 300 and 1200: long blocks, worked through in pieces
    # of 500 (1200 rows: two whole pieces and a short one)
    net = random_network((36, 36, 2), seed=9)
    net.bias_input = -0.5  # the bias weights' gradient is scaled by it
    rng = np.random.default_rng(3)
    xs, ts = rng.uniform(size=(1200, 36)), np.eye(2)[rng.integers(0, 2, 1200)]
    kernel = OnlineKernel(net, **kernel_options)
    kernel.run_batches(xs, ts, batch)
    kernel.run_batches(xs, ts, batch)  # again: the kept buffers must not carry anything over
    expected = net
    for _ in range(2):
        for start in range(0, len(xs), batch):
            expected, _ = expected.train_step(xs[start : start + batch], ts[start : start + batch])
    np.testing.assert_allclose(
        kernel.network().flat_params(), expected.flat_params(), rtol=0, atol=1e-12
    )


@pytest.mark.skipif(not have_numba(), reason="Numba is not installed")
# outputs: 2 (the fruit net: one backward pass), 4 (a pair, then the last pair), 1,
# 3 and 5 (pairs, then the last one alone)
@pytest.mark.parametrize(
    "layers", [(36, 36, 2), (5, 3, 4), (1, 1, 1), (4, 7, 3), (3, 2, 5), (37, 1, 2)]
)
def test_the_compiled_full_batch_equals_the_teaching_model_for_other_shapes(layers) -> None:
    net = random_network(layers, seed=11, scale=4.0)  # large weights: saturated sigmoids
    rng = np.random.default_rng(12)
    xs, ts = rng.uniform(-3, 3, size=(777, layers[0])), rng.uniform(size=(777, layers[-1]))
    kernel = OnlineKernel(net)
    assert kernel.compiled
    kernel.run_batches(xs, ts, len(xs))
    expected, _ = net.train_step(xs, ts)
    np.testing.assert_allclose(
        kernel.network().flat_params(), expected.flat_params(), rtol=0, atol=1e-12
    )


@pytest.mark.skipif(not have_numba(), reason="Numba is not installed")
def test_the_compiled_sigmoid_equals_scipy_expit_everywhere() -> None:
    from scipy.special import expit

    from fruitnet_gui.model.training._compiled import sigmoid

    # long arrays, so the compiled loop takes its four-at-a-time path, not the tail
    x = np.concatenate([np.linspace(-800, 800, 200_001), np.linspace(-40, 40, 100_001)])
    ours = x.copy()
    sigmoid(ours)
    ref = expit(x)
    # 3 units in the last place at most; below exp(-708) both are 0 to within 1e-307
    np.testing.assert_allclose(ours, ref, rtol=5e-16, atol=1e-307)
    assert ours[x == 0.0][0] == 0.5
    special = np.array([np.nan, np.inf, -np.inf, 1e308, -1e308] * 16)
    out = special.copy()
    sigmoid(out)
    assert np.isnan(out[0::5]).all()  # NaN stays NaN: a diverged net must show as one
    assert (out[1::5] == 1.0).all() and (out[3::5] == 1.0).all()
    assert (out[2::5] < 1e-307).all() and (out[4::5] < 1e-307).all()


@pytest.mark.parametrize("kernel_name", [k for k in KERNELS if k != "numba" or have_numba()])
def test_a_full_batch_from_diverged_weights_stays_nan_in_every_kernel(kernel_name) -> None:
    # a NaN must reach every weight, as it does in the teaching model, so that training
    # can report the divergence (the compiled sigmoid must not turn it into a number)
    kernel = OnlineKernel(random_network((36, 36, 2), seed=1), **KERNELS[kernel_name])
    kernel.A[0][3, 4] = np.nan  # input 3 → hidden 4
    xs = np.random.default_rng(0).uniform(size=(600, 36))
    kernel.run_batches(xs, np.eye(2)[[0, 1] * 300], 600)
    assert np.isnan(kernel.A[0]).all() and np.isnan(kernel.A[1]).all()


def test_train_says_when_every_image_gets_the_same_class(capsys) -> None:
    from fruitnet_gui.train_command import SHIPPED_DATASET

    # three mini-batch epochs are far too few updates: everything comes out as one class
    argv = ["train", "--mode", "minibatch", "--batch-size", "16", "--epochs", "3"]
    argv += ["--dataset", str(SHIPPED_DATASET / "train.json")]
    assert run(argv) == 0
    out = capsys.readouterr().out
    assert "on the training set" in out  # --dataset without --test: no test set
    assert "Every image was predicted as" in out and "Train for more epochs" in out
    assert run(["train", "--epochs", "3"]) == 0
    assert "Every image was predicted" not in capsys.readouterr().out  # it learned


@pytest.mark.parametrize("layers", [(36, 36, 2), (6, 5, 4, 3), (2, 2, 2)])
def test_fast_predict_equals_the_network(layers) -> None:
    from fruitnet_gui.model.training.kernel import predict

    net = random_network(layers, seed=4, scale=3.0)  # large weights: saturated sigmoids too
    net.bias_input = -0.5
    x = np.random.default_rng(5).uniform(-2, 2, size=(1234, layers[0]))  # pieces of 500
    np.testing.assert_allclose(predict(net, x), net.predict(x), rtol=0, atol=1e-12)


def test_training_falls_back_to_the_numpy_loop_when_numba_cannot_start(monkeypatch) -> None:
    # e.g. a read-only install with no writable home: Numba cannot set up its cache
    import sys
    import types

    from fruitnet_gui.model.training import kernel

    broken = types.ModuleType("fruitnet_gui.model.training._compiled")

    def fail(name: str):
        raise RuntimeError("cannot cache function 'online_epoch': no locator available")

    broken.__getattr__ = fail  # type: ignore[method-assign]
    monkeypatch.setitem(sys.modules, "fruitnet_gui.model.training._compiled", broken)
    monkeypatch.setattr(kernel, "_numba_tried", False)
    monkeypatch.setattr(kernel, "_online_epoch", None)
    kernel.warm_up()
    assert not kernel.have_numba()
    net = paper_network()
    k = OnlineKernel(net)
    assert not k.compiled
    k.step(PAPER_INPUT, PAPER_TARGET)
    np.testing.assert_allclose(
        k.network().flat_params(), walk(net, PAPER_INPUT, PAPER_TARGET).flat_params(), atol=1e-12
    )


def test_short_runs_do_not_wait_for_numba_to_load() -> None:
    # Loading Numba takes longer than a short run of the NumPy loop (fruitnet train's
    # default is 25,000 samples); long online runs load it.
    import subprocess
    import sys

    code = (
        "import sys, numpy as np\n"
        "from fruitnet_gui.model import fruit_network\n"
        "from fruitnet_gui.model.training import TrainingConfig, train\n"
        "x = np.random.default_rng(0).uniform(size=(500, 36)); t = np.eye(2)[[0, 1] * 250]\n"
        "config = TrainingConfig(epochs=int(sys.argv[1]), mode=sys.argv[2])\n"
        "list(train(fruit_network(0), x, t, config))\n"
        "print('numba' in sys.modules)\n"
    )
    for mode in ("online", "batch"):
        short = subprocess.run(
            [sys.executable, "-c", code, "50", mode], capture_output=True, text=True
        )
        assert short.stdout.strip() == "False", short.stderr
    if have_numba():
        long = subprocess.run(
            [sys.executable, "-c", code, "300", "online"], capture_output=True, text=True
        )
        assert long.stdout.strip() == "True", long.stderr


def test_fruitnet_train_checks_where_it_will_save_before_training(capsys, tmp_path) -> None:
    # a run of hours must not end in "cannot save here" with the weights lost
    for where in (tmp_path / "missing" / "m.json", tmp_path):
        assert run(["train", "--epochs", "1", "--save-model", str(where)]) == 2
        out, err = capsys.readouterr()
        assert out == ""  # not a line of training
        assert err.count("\n") == 1 and str(where) in err


def test_fruitnet_train_refuses_an_empty_dataset_before_printing(capsys, tmp_path) -> None:
    from fruitnet_gui.files.dataset_io import save_dataset
    from fruitnet_gui.model.data.dataset import Dataset

    path = tmp_path / "empty.json"
    save_dataset(Dataset(np.zeros((0, 6, 6)), np.zeros(0, dtype=int)), path)
    assert run(["train", "--dataset", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "has no images" in err


def test_an_unknown_train_option_points_to_train_help(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        run(["train", "--json"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --json" in err and "(see fruitnet train --help)" in err


def test_fruitnet_train_help_gives_every_default(capsys) -> None:
    with pytest.raises(SystemExit):
        run(["train", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for phrase in ("(default: 50)", "(default: online)", "(default: 32)", "(default: 0.5",
                   "(default: 0)", "(default: text)"):  # fmt: skip
        assert phrase in text


def test_a_huge_learning_rate_that_learnt_nothing_is_named_as_the_cause(capsys) -> None:
    assert run(["train", "--lr", "1000", "--epochs", "2"]) == 0
    out = capsys.readouterr().out
    assert "Every image was predicted as" in out
    assert "learning rate 1000 is very large" in out and "online mode" not in out


def test_a_batch_size_without_minibatch_mode_is_said_to_be_unused(capsys) -> None:
    assert run(["train", "--epochs", "1", "--batch-size", "7"]) == 0
    out, err = capsys.readouterr()
    assert "--batch-size is used only with --mode minibatch" in err
    assert run(["train", "--epochs", "1", "--mode", "minibatch", "--batch-size", "7"]) == 0
    out, err = capsys.readouterr()
    assert "(minibatch of 7," in out and err == ""
    assert run(["train", "--epochs", "1", "--mode", "minibatch", "--batch-size", "1000"]) == 0
    assert "the same as --mode batch" in capsys.readouterr().err


def test_fruitnet_train_json_has_the_settings_and_the_confusion_matrix(capsys) -> None:
    assert run(["train", "--epochs", "2", "--mode", "batch", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["settings"] == {
        "layers": [36, 36, 2], "classes": ["red apple", "tomato"], "train_images": 500,
        "test_images": 150, "epochs": 2, "mode": "batch", "batch_size": None,
        "learning_rate": 0.5, "learning_rate_from": "default",
        "conventions": {
            "error": "half_sum", "bias": "per_node", "update_biases": True,
            "batch_gradient": "mean",
        },
        "seed": 0,
    }  # fmt: skip
    assert data["finished"] == "epochs"
    confusion = data["confusion"]
    assert confusion["on"] == "test" and confusion["classes"] == ["red apple", "tomato"]
    assert np.array(confusion["matrix"]).sum() == 150
    last = data["epochs"][-1]
    hits = np.trace(np.array(confusion["matrix"]))
    assert last["test_accuracy"] == pytest.approx(hits / 150)
    assert 0 <= last["train_accuracy"] <= 1


def test_fruitnet_train_never_saves_over_its_own_data(capsys, tmp_path) -> None:
    import shutil

    from fruitnet_gui.train_command import SHIPPED_DATASET

    data = tmp_path / "train.json"
    shutil.copy(SHIPPED_DATASET / "train.json", data)
    before = data.read_bytes()
    link = tmp_path / "model.json"
    link.symlink_to(data)  # the same file under another name
    for target in (data, link):
        assert run(["train", "--dataset", str(data), "--save-model", str(target)]) == 2
        out, err = capsys.readouterr()
        assert out == "" and "is the training set this run reads" in err
    assert data.read_bytes() == before
    assert run(["train", "--epochs", "1", "--save-model", ""]) == 2
    assert "needs the name of a file" in capsys.readouterr().err


def test_a_trained_model_keeps_the_learning_rate_it_was_trained_with(capsys, tmp_path) -> None:
    from fruitnet_gui.files.model_io import load_model

    path = tmp_path / "lr2.json"
    assert run(["train", "--epochs", "1", "--lr", "2", "--save-model", str(path)]) == 0
    capsys.readouterr()
    assert load_model(path).learning_rate == 2.0


def test_an_empty_test_set_is_said_to_be_empty(capsys, tmp_path) -> None:
    from fruitnet_gui.files.dataset_io import save_dataset
    from fruitnet_gui.model.data.dataset import Dataset

    empty = tmp_path / "empty.json"
    save_dataset(Dataset(np.zeros((0, 6, 6)), np.zeros(0, dtype=int)), empty)
    assert run(["train", "--epochs", "1", "--test", str(empty)]) == 0
    out, err = capsys.readouterr()
    assert "has no images; reporting on the training set" in err
    assert "Confusion matrix on the training set" in out
