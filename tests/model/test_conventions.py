"""The textbook conventions: each against finite differences of its own error, a worked
example of each by hand, and the model file that keeps them."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fruitnet_gui.commands import run
from fruitnet_gui.files.model_io import load_model, model_from_dict, model_to_dict, save_model
from fruitnet_gui.model.errors import FileFormatError, ModelError
from fruitnet_gui.model.net.conventions import BATCH_GRADIENTS, BIASES, ERRORS, PAPER, Conventions
from fruitnet_gui.model.net.network import Network, paper_network, random_network
from fruitnet_gui.model.teaching.iteration import Iteration
from fruitnet_gui.model.training import TrainingConfig, train

conventions = st.builds(
    Conventions,
    error=st.sampled_from(ERRORS),
    bias=st.sampled_from(BIASES),
    update_biases=st.booleans(),
    batch_gradient=st.sampled_from(BATCH_GRADIENTS),
)


def batch_error(net: Network, x: np.ndarray, t: np.ndarray) -> float:
    """The error a batch gradient descends: the mean or the sum over the samples."""
    e = np.asarray(net.error(x, t))
    return float(e.mean() if net.conventions.batch_gradient == "mean" else e.sum())


def finite_differences(net: Network, x: np.ndarray, t: np.ndarray, eps: float = 1e-6):
    """Central differences of the error for every weight and every bias parameter: a
    shared bias is one parameter (all of its layer's entries move together)."""
    gw = [np.zeros_like(w) for w in net.weights]
    gb = [np.zeros_like(b) for b in net.biases]

    def error_with(ws, bs) -> float:
        return batch_error(net.with_params(ws, bs), x, t)

    for l, w in enumerate(net.weights):
        for idx in np.ndindex(w.shape):
            ws_p = [a.copy() for a in net.weights]
            ws_m = [a.copy() for a in net.weights]
            ws_p[l][idx] += eps
            ws_m[l][idx] -= eps
            gw[l][idx] = (error_with(ws_p, net.biases) - error_with(ws_m, net.biases)) / (2 * eps)
    bias = net.conventions.bias
    for l, b in enumerate(net.biases):
        if bias == "none":
            continue
        for j in range(1 if bias == "per_layer" else len(b)):
            bs_p = [a.copy() for a in net.biases]
            bs_m = [a.copy() for a in net.biases]
            if bias == "per_layer":
                bs_p[l] += eps
                bs_m[l] -= eps
            else:
                bs_p[l][j] += eps
                bs_m[l][j] -= eps
            d = (error_with(net.weights, bs_p) - error_with(net.weights, bs_m)) / (2 * eps)
            if bias == "per_layer":
                gb[l][:] = d
            else:
                gb[l][j] = d
    return gw, gb


@settings(max_examples=40, deadline=None)
@given(
    conv=conventions,
    layers=st.lists(st.integers(1, 3), min_size=3, max_size=4).map(tuple),
    seed=st.integers(0, 10_000),
    batch=st.sampled_from([0, 1, 3]),
    design=st.sampled_from(
        [
            (("sigmoid",), "squared"),
            (("tanh",), "squared"),
            (("relu",), "squared"),
            (("linear",), "squared"),
            (("tanh",), "cross_entropy"),
            (("relu",), "cross_entropy"),
        ]
    ),
)
def test_each_activation_and_loss_against_finite_differences(
    conv, layers, seed, batch, design
) -> None:
    hidden, loss = design
    if loss == "cross_entropy" and layers[-1] < 2:
        layers = (*layers[:-1], 2)  # a softmax has two classes at least
    acts = [hidden[0]] * (len(layers) - 2) + ["softmax" if loss == "cross_entropy" else "sigmoid"]
    net = random_network(layers, seed).with_conventions(conv).with_design(acts, loss)
    rng = np.random.default_rng(seed)
    shape = (layers[0],) if batch == 0 else (batch, layers[0])
    x = rng.uniform(-1, 1, shape)
    t = rng.uniform(0, 1, (*shape[:-1], layers[-1]))
    if loss == "cross_entropy":  # a probability for each class
        t = t / t.sum(axis=-1, keepdims=True)
    if "relu" in acts and any(np.any(np.abs(n) < 1e-4) for n in net.forward(x).nets):
        return  # at a kink central differences do not measure a slope
    grads = net.gradients(x, t)
    gw, gb = finite_differences(net, x, t)
    for a, b in zip(grads.weights, gw):
        np.testing.assert_allclose(a, b, atol=1e-7, rtol=1e-5)
    for a, b in zip(grads.biases, gb):
        np.testing.assert_allclose(a, b, atol=1e-7, rtol=1e-5)


@settings(max_examples=40, deadline=None)
@given(
    conv=conventions,
    layers=st.lists(st.integers(1, 3), min_size=3, max_size=4).map(tuple),
    seed=st.integers(0, 10_000),
    batch=st.sampled_from([0, 1, 3]),  # 0: one sample (1-D)
)
def test_each_convention_against_finite_differences(conv, layers, seed, batch) -> None:
    net = random_network(layers, seed).with_conventions(conv)
    rng = np.random.default_rng(seed)
    shape = (layers[0],) if batch == 0 else (batch, layers[0])
    x = rng.uniform(-1, 1, shape)
    t = rng.uniform(0, 1, (*shape[:-1], layers[-1]))  # soft targets too
    grads = net.gradients(x, t)
    gw, gb = finite_differences(net, x, t)
    for a, b in zip(grads.weights, gw):
        np.testing.assert_allclose(a, b, atol=1e-7, rtol=1e-5)
    for a, b in zip(grads.biases, gb):
        np.testing.assert_allclose(a, b, atol=1e-7, rtol=1e-5)
    # biases follow the convention through the update
    after, _ = net.train_step(x, t)
    if not conv.biases_learn:
        for a, b in zip(after.biases, net.biases):
            np.testing.assert_array_equal(a, b)
    if conv.bias == "per_layer":
        assert all(np.all(b == b[0]) for b in after.biases)


# -- one worked example per convention, by hand ---------------------------------------
def tiny(conv: Conventions, bias: float = 0.0) -> Network:
    """1-1-1: x = 1, both weights 0, so neth = 0, outh = 0.5, nety = 0, outy = 0.5."""
    return Network(
        (1, 1, 1), [[[0.0]], [[0.0]]], [[bias], [bias]], learning_rate=1.0, conventions=conv
    )


def test_error_conventions_by_hand() -> None:
    x, t = [1.0], [1.0]
    # half_sum: E = ½ (1 − 0.5)² = 0.125; ∂E/∂outy = 0.5 − 1 = −0.5;
    # ∂E/∂w2 = −0.5 × 0.5 × (1 − 0.5) × outh 0.5 = −0.0625
    net = tiny(PAPER)
    assert net.error(x, t) == pytest.approx(0.125)
    assert net.gradients(x, t).weights[1][0, 0] == pytest.approx(-0.0625)
    # sum: E = (1 − 0.5)² = 0.25; ∂E/∂outy = 2 × (0.5 − 1) = −1; ∂E/∂w2 = −1 × 0.25 × 0.5
    net = tiny(Conventions(error="sum"))
    assert net.error(x, t) == pytest.approx(0.25)
    assert net.gradients(x, t).weights[1][0, 0] == pytest.approx(-0.125)
    it = Iteration(net, x, t)
    assert (
        it.by_name["dEtotal/douty1"].numbers.text == "∂Etotal/∂outy1 = 2 × (0.5000 - 1) = -1.0000"
    )
    # mean over n = 1 output: E = (1/1) × 0.25 = 0.25, the same as the sum here
    net = tiny(Conventions(error="mean"))
    assert net.error(x, t) == pytest.approx(0.25)
    assert net.gradients(x, t).weights[1][0, 0] == pytest.approx(-0.125)


def test_bias_conventions_by_hand() -> None:
    # 1-2-1, x = 1, all weights 0, biases 0.2 into both hidden nodes and the output.
    def net(conv):
        return Network(
            (1, 2, 1), [[[0.0, 0.0]], [[0.0], [0.0]]], [[0.2, 0.2], [0.2]], conventions=conv
        )

    x, t = [1.0], [1.0]
    # per node: outy = σ(0.2) = 0.549834; δy = (0.549834 − 1) × 0.549834 × 0.450166
    # = −0.450166 × 0.247517 = −0.111424; ∂E/∂bw3 = δy × 1; the hidden δ are 0 (weights 0)
    g = net(PAPER).gradients(x, t)
    assert g.biases[1][0] == pytest.approx(-0.111424, abs=1e-6)
    assert g.biases[0].tolist() == [0.0, 0.0]
    # per layer: one shared bias per layer; the output layer's is the same −0.111424
    shared = net(Conventions(bias="per_layer"))
    it = Iteration(shared, x, t)
    assert "dEtotal/dbw2" in it.by_name and "dEtotal/dbw3" not in it.by_name
    assert it.by_name["dEtotal/dbw2"].value == pytest.approx(-0.111424, abs=1e-6)
    assert it.by_name["neth2"].formula.text.endswith("(1 × bw1)")  # h2 shares bw1 with h1
    # none: outy = σ(0) = 0.5, no bias sub-step at all
    it = Iteration(net(PAPER).with_conventions(Conventions(bias="none")), x, t)
    assert it.by_name["outy1"].value == 0.5
    assert not any("bw" in s.name for s in it.steps)
    # fixed biases: the gradient is shown, the update is not made
    it = Iteration(net(Conventions(update_biases=False)), x, t)
    assert "dEtotal/dbw3" in it.by_name and "bw3_new" not in it.by_name
    assert it.network_after().biases[1][0] == 0.2


def test_batch_gradient_mean_or_sum_by_hand() -> None:
    # two identical samples: the summed gradient is twice the mean one
    x = np.array([[1.0], [1.0]])
    t = np.array([[1.0], [1.0]])
    mean = tiny(PAPER).gradients(x, t).weights[1][0, 0]
    total = tiny(Conventions(batch_gradient="sum")).gradients(x, t).weights[1][0, 0]
    assert mean == pytest.approx(-0.0625) and total == pytest.approx(-0.125)


def test_training_follows_the_conventions_through_the_reference() -> None:
    rng = np.random.default_rng(0)
    xs, ts = rng.uniform(size=(20, 3)), np.eye(2)[rng.integers(0, 2, 20)]
    for conv in (Conventions(error="sum"), Conventions(bias="per_layer", batch_gradient="sum")):
        net = random_network((3, 4, 2), seed=1).with_conventions(conv)
        config = TrainingConfig(epochs=2, mode="minibatch", batch_size=4, shuffle=False)
        last = list(train(net, xs, ts, config))[-1]
        expected = net
        for _ in range(2):
            for start in range(0, 20, 4):
                expected, _ = expected.train_step(xs[start : start + 4], ts[start : start + 4])
        np.testing.assert_allclose(last.network.flat_params(), expected.flat_params(), atol=1e-12)
        assert last.network.conventions == conv


# -- files and the command line ---------------------------------------------------------
@pytest.mark.parametrize(
    "conv",
    [PAPER, Conventions(bias="per_layer", error="mean"), Conventions(bias="none"),
     Conventions(update_biases=False, batch_gradient="sum")],
)  # fmt: skip
def test_version_2_files_round_trip(tmp_path, conv) -> None:
    net = random_network((2, 3, 2), seed=4).with_conventions(conv).with_learning_rate(0.3)
    path = tmp_path / "m.json"
    save_model(net, path)
    data = json.loads(path.read_text())
    assert data["version"] == 2 and data["conventions"] == conv.to_dict()
    if conv.bias == "per_layer":
        assert all(len(b) == 1 for b in data["biases"])
    if conv.bias == "none":
        assert "biases" not in data
    back = load_model(path)
    assert back.conventions == conv and back.learning_rate == 0.3
    np.testing.assert_array_equal(back.flat_params(), net.flat_params())


def test_version_1_files_still_load_with_the_papers_conventions() -> None:
    data = model_to_dict(paper_network())
    data["version"] = 1
    for key in ("conventions", "activations", "loss"):
        del data[key]
    assert model_from_dict(data).conventions == PAPER


@pytest.mark.parametrize(
    ("edit", "phrase"),
    [
        ({"conventions": {"error": "squared"}}, "error must be one of half_sum, sum, mean"),
        ({"conventions": {"bias": 3}}, "bias must be one of"),
        ({"conventions": {"update_biases": "yes"}}, "update_biases must be true or false"),
        ({"conventions": {"batch_gradient": None}}, "batch_gradient must be one of"),
        ({"conventions": {"colour": "red"}}, "unknown key 'colour'"),
        ({"conventions": ["half_sum"]}, "conventions must be an object"),
        ({"conventions": {"bias": "none"}}, 'has no "biases" key'),
        ({"conventions": {"bias": "per_layer"}}, "biases[0] must hold 1 value"),
        ({"version": 1}, "needs version 2"),
    ],
)
def test_malformed_conventions_are_refused_with_one_clear_line(edit, phrase) -> None:
    data = model_to_dict(paper_network()) | edit
    with pytest.raises(FileFormatError) as info:
        model_from_dict(data, source="m.json")
    message = str(info.value)
    assert phrase in message and "\n" not in message and message.startswith("m.json: ")


def test_per_layer_biases_must_be_equal() -> None:
    with pytest.raises(ModelError, match="must be equal"):
        Network((1, 2, 1), [[[0, 0]], [[0], [0]]], [[0.1, 0.2], [0.3]],
                conventions=Conventions(bias="per_layer"))  # fmt: skip


def test_trace_json_numbers_follow_the_documented_contract(tmp_path, capsys) -> None:
    from tests.model.test_fidelity import check_line

    for seed, conv in enumerate([PAPER, Conventions(error="sum", bias="per_layer")]):
        net = random_network((3, 2, 2, 2), seed).with_conventions(conv)
        path = tmp_path / f"m{seed}.json"
        save_model(net, path)
        for extra in ([], ["--pencil", "3"]):
            argv = ["trace", "--model", str(path), "--format", "json", "--level", "factor"]
            assert run([*argv, *extra, "--input", "0.1", "0.2", "0.3"]) == 0
            data = json.loads(capsys.readouterr().out)
            assert data["conventions"] == conv.to_dict() and data["level"] == "factor"
            assert any(s["kind"].startswith("f_") for s in data["steps"])
            for s in data["steps"]:
                check_line(s["numbers"])


def test_trace_takes_soft_targets_and_refuses_targets_outside_0_1(capsys) -> None:
    assert run(["trace", "--target", "0.01", "0.99"]) == 0
    assert "targety2 = 0.99" in capsys.readouterr().out
    assert run(["trace", "--target", "1.5", "0"]) == 2
    assert "between 0 and 1" in capsys.readouterr().err


def test_trace_options_change_the_conventions(capsys) -> None:
    assert run(["trace", "--error", "sum", "--fixed-biases", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["conventions"] == replace(PAPER, error="sum", update_biases=False).to_dict()
    assert not any(s["name"].startswith("bw") for s in data["steps"])  # no bias update
    assert run(["trace", "--lr", "0.1", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["learning_rate"] == 0.1


def test_train_uses_the_model_files_learning_rate_unless_lr_is_given(tmp_path, capsys) -> None:
    from fruitnet_gui.model.net.network import fruit_network

    path = tmp_path / "m.json"
    save_model(fruit_network(0).with_learning_rate(0.2), path)
    assert run(["train", "--model", str(path), "--epochs", "1", "--format", "json"]) == 0
    settings_ = json.loads(capsys.readouterr().out)["settings"]
    assert settings_["learning_rate"] == 0.2 and settings_["learning_rate_from"] == "the model file"
    assert run(["train", "--model", str(path), "--epochs", "1", "--lr", "0.7"]) == 0
    assert "learning rate 0.7 from --lr" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("acts", "loss"),
    [(["tanh", "sigmoid"], "squared"), (["relu", "softmax"], "cross_entropy"),
     (["linear", "tanh"], "squared")],
)  # fmt: skip
def test_activations_and_loss_round_trip_and_train_through_the_reference(tmp_path, acts, loss):
    net = random_network((3, 4, 2), seed=2).with_design(acts, loss)
    path = tmp_path / "m.json"
    save_model(net, path)
    back = load_model(path)
    assert back.activations == tuple(acts) and back.loss == loss
    rng = np.random.default_rng(1)
    xs, ts = rng.uniform(size=(12, 3)), np.eye(2)[rng.integers(0, 2, 12)]
    last = list(train(back, xs, ts, TrainingConfig(epochs=2, shuffle=False)))[-1]
    expected = back
    for _ in range(2):
        for x, t in zip(xs, ts):
            expected, _ = expected.train_step(x, t)
    np.testing.assert_allclose(last.network.flat_params(), expected.flat_params(), atol=1e-12)
    assert last.network.activations == tuple(acts)


def test_cross_entropy_by_hand() -> None:
    # 1-1-2, all weights and biases 0: nety = [0, 0], softmax = [0.5, 0.5];
    # target [0, 1]: E = −1 × ln(0.5) = 0.693147; ∂E/∂nety = out − target = [0.5, −0.5]
    net = Network((1, 1, 2), [[[0.0]], [[0.0, 0.0]]], [[0.0], [0.0, 0.0]],
                  activations=["sigmoid", "softmax"], loss="cross_entropy")  # fmt: skip
    assert net.error([1.0], [0.0, 1.0]) == pytest.approx(0.693147, abs=1e-6)
    g = net.gradients([1.0], [0.0, 1.0])
    # outh = σ(0) = 0.5, so ∂E/∂w = δ × 0.5 = [0.25, −0.25]
    np.testing.assert_allclose(g.weights[1], [[0.25, -0.25]])
    it = Iteration(net, [1.0], [0.0, 1.0], pencil=4)
    assert it.by_name["Ey2"].numbers.text == "Ey2 = -1 × ln(0.5000) = 0.6931"
    assert it.by_name["dEtotal/dnety1"].numbers.text == "∂Etotal/∂nety1 = 0.5000 - 0 = 0.5000"
    with pytest.raises(ModelError, match="add up to 1"):
        net.check_target([0.5, 0.6])


def test_a_run_that_blows_up_ends_diverged_on_the_last_network_it_had(tmp_path, capsys) -> None:
    from fruitnet_gui.model.explore.design import design_network

    net = design_network([1, 2, 2], activations=["linear", "linear"], learning_rate=50,
                         init="nice", seed=1, classes=["a", "b"])  # fmt: skip
    xs = np.array([[900.0], [-800.0], [700.0]])
    ts = np.eye(2)[[0, 1, 0]]
    last = list(train(net, xs, ts, TrainingConfig(epochs=50, learning_rate=50)))[-1]
    assert last.finished and last.reason == "diverged"
    assert np.all(np.isfinite(last.network.flat_params()))  # still a network
    # the command line says what to do
    csv = tmp_path / "big.csv"
    csv.write_text("label,size\na,900\nb,-800\na,700\n", encoding="utf-8")
    model = tmp_path / "m.json"
    save_model(net, model)
    code = run(["train", "--dataset", str(csv), "--model", str(model), "--epochs", "50"])
    assert code == 1  # a run that diverged is a failure
    assert "try a smaller learning rate" in capsys.readouterr().err
