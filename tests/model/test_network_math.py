"""The vectorized network against finite differences, and the sub-step walk against it."""

from __future__ import annotations

import math
import subprocess
import sys
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fruitnet_gui.model import ModelError, Network, fruit_network, random_network, sigmoid
from fruitnet_gui.model.teaching.iteration import Cursor, Iteration, Level, Phase


@st.composite
def cases(draw, max_layers: int = 4, max_nodes: int = 6):
    """A random network (1 to 3 hidden layers), a sample and a target."""
    hidden = draw(st.lists(st.integers(1, max_nodes), min_size=1, max_size=max_layers - 1))
    layers = [draw(st.integers(1, max_nodes)), *hidden, draw(st.integers(1, 4))]
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    scale = draw(st.sampled_from([0.1, 0.5, 1.0, 2.0]))
    net = random_network(
        layers, seed, scale=scale, learning_rate=draw(st.sampled_from([0.1, 0.5, 2.0]))
    )
    net.bias_input = draw(st.sampled_from([1.0, 0.5, -1.0]))
    x = rng.uniform(0, 1, layers[0])
    t = rng.uniform(0, 1, layers[-1])
    return net, x, t


def finite_difference(net: Network, x: np.ndarray, t: np.ndarray, eps: float = 1e-6):
    """Central differences of E_total for every weight and bias weight."""

    def central(params: np.ndarray) -> np.ndarray:
        # nudges the network's own array in place, and puts every value back
        g = np.zeros_like(params)
        for idx in np.ndindex(params.shape):
            old = params[idx]
            params[idx] = old + eps
            up = float(net.error(x, t))
            params[idx] = old - eps
            down = float(net.error(x, t))
            params[idx] = old
            g[idx] = (up - down) / (2 * eps)
        return g

    return [central(w) for w in net.weights], [central(b) for b in net.biases]


def assert_gradients_match(net: Network, x: np.ndarray, t: np.ndarray) -> None:
    grads = net.gradients(x, t)
    fw, fb = finite_difference(net, x, t)
    for analytic, numeric in zip(grads.weights + grads.biases, fw + fb):
        np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-8)


@settings(max_examples=60, deadline=None)
@given(cases())
def test_backprop_equals_central_finite_differences(case) -> None:
    assert_gradients_match(*case)


@pytest.mark.parametrize("layers", [(36, 36, 2), (6, 5, 4, 3), (2, 2, 2)])
def test_backprop_equals_finite_differences_on_named_shapes(layers) -> None:
    rng = np.random.default_rng(5)
    net = random_network(layers, seed=11)
    x = rng.uniform(0, 1, layers[0])
    t = np.eye(layers[-1])[0]
    assert_gradients_match(net, x, t)


def test_batch_gradient_is_the_mean_of_sample_gradients() -> None:
    net = random_network((5, 4, 3, 2), seed=2)
    rng = np.random.default_rng(3)
    xs, ts = rng.uniform(size=(7, 5)), rng.uniform(size=(7, 2))
    batch = net.gradients(xs, ts)
    singles = [net.gradients(x, t) for x, t in zip(xs, ts)]
    for l in range(3):
        np.testing.assert_allclose(
            batch.weights[l], np.mean([g.weights[l] for g in singles], axis=0)
        )
        np.testing.assert_allclose(batch.biases[l], np.mean([g.biases[l] for g in singles], axis=0))


def walk(it: Iteration) -> Network:
    cursor = Cursor(it)
    while cursor.step():
        pass
    return cursor.network()


@settings(max_examples=60, deadline=None)
@given(cases())
def test_walking_every_sub_step_gives_the_vectorized_step(case) -> None:
    net, x, t = case
    it = Iteration(net, x, t)
    walked = walk(it)
    expected, err = net.train_step(x, t)
    np.testing.assert_allclose(walked.flat_params(), expected.flat_params(), rtol=0, atol=1e-12)
    assert it.error == pytest.approx(err, abs=1e-12)
    # forward values agree with the vectorized forward pass too
    fwd = net.forward(x)
    for s in it.steps:
        if s.kind in ("net", "out"):
            layer, _, j = s.target
            arr = fwd.nets[layer - 1] if s.kind == "net" else fwd.outs[layer]
            assert s.value == pytest.approx(arr[j], abs=1e-12)


def evaluate_shown_numbers(text: str) -> float:
    """The arithmetic a student reads in a sub-step's numbers, e.g.
    ``outh1 = 1 / (1 + exp(-0.8570)) = 0.7020``, computed as written (middle part)."""
    _, expression, _ = text.split(" = ")
    python = expression.replace("×", "*").replace("²", "**2").replace("[", "(").replace("]", ")")
    return eval(python, {"__builtins__": {}, "exp": math.exp})  # digits and operators only


@settings(max_examples=40, deadline=None)
@given(cases())
def test_every_formula_shown_with_numbers_computes_its_value(case) -> None:
    # Weights, input and target with 3 decimals are shown exactly; pencil mode with 12
    # decimals shows every computed operand to 12 decimals. So each formula, evaluated
    # as shown, must give the value it shows: a wrong operand, sign or weight fails.
    net, x, t = case
    net = net.with_params(
        [np.round(w, 3) for w in net.weights], [np.round(b, 3) for b in net.biases]
    )
    it = Iteration(net, np.round(x, 3), np.round(t, 3), pencil=12)
    for s in it.steps:
        shown = s.numbers.text
        assert shown.startswith(s.formula.text.split(" = ")[0] + " = ")
        assert float(shown.split(" = ")[-1]) == pytest.approx(s.value, abs=1e-12)
        assert evaluate_shown_numbers(shown) == pytest.approx(s.value, abs=1e-9), shown


def test_walking_the_fruit_network_gives_the_vectorized_step() -> None:
    net = fruit_network(seed=4)
    rng = np.random.default_rng(0)
    x, t = rng.uniform(size=36), np.array([0.0, 1.0])
    it = Iteration(net, x, t)
    assert len(it.quantities()) == 76 + 3 + 1406 + 1406
    np.testing.assert_allclose(
        walk(it).flat_params(), net.train_step(x, t)[0].flat_params(), rtol=0, atol=1e-12
    )


@settings(max_examples=30, deadline=None)
@given(cases())
def test_stepping_back_to_the_start_restores_the_weights_exactly(case) -> None:
    net, x, t = case
    it = Iteration(net, x, t)
    cursor = Cursor(it)
    while cursor.step():
        pass
    assert cursor.at_end
    while cursor.back():
        pass
    assert cursor.position == 0
    assert np.array_equal(cursor.network().flat_params(), net.flat_params())


@settings(max_examples=30, deadline=None)
@given(cases())
def test_each_back_undoes_exactly_one_step(case) -> None:
    net, x, t = case
    it = Iteration(net, x, t)
    cursor = Cursor(it)
    shown = [cursor.network().flat_params()]
    while cursor.step():
        shown.append(cursor.network().flat_params())
    for expected in reversed(shown[:-1]):
        cursor.back()
        assert np.array_equal(cursor.network().flat_params(), expected)


@settings(max_examples=30, deadline=None)
@given(cases(), st.sampled_from(list(Level)))
def test_grouping_levels_visit_the_same_sub_steps_in_the_same_order(case, level) -> None:
    net, x, t = case
    it = Iteration(net, x, t)
    cursor = Cursor(it, level)
    visited: list[str] = []
    groups = 0
    while True:
        before = cursor.position
        if not cursor.step():
            break
        groups += 1
        visited += [s.id for s in it.steps[before : cursor.position]]
        assert cursor.current_group() == it.steps[before : cursor.position]
    assert visited == [s.id for s in it.steps]
    # coarser levels take fewer (or as many) moves; back retraces the same groups
    backs = 0
    while cursor.back():
        backs += 1
    assert backs == groups
    if level is Level.ITERATION:
        assert groups == 1
    if level is Level.PHASE:
        assert groups == 4


def test_node_level_moves_net_and_out_of_a_node_together() -> None:
    from fruitnet_gui.model import PAPER_INPUT, PAPER_TARGET, paper_network

    cursor = Cursor(Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET), Level.NODE)
    cursor.step()
    assert [s.name for s in cursor.revealed] == ["neth1", "outh1"]
    cursor.step(Level.LAYER)
    assert [s.name for s in cursor.revealed][-2:] == ["neth2", "outh2"]
    cursor.run_to_phase_end()
    assert cursor.current.name == "outy2" and cursor.phase is Phase.FORWARD
    cursor.run_to_phase_end()
    assert cursor.current.name == "Etotal"
    cursor.step(Level.LAYER)  # outer weights: the paper's Part 1
    assert [s.name for s in cursor.current_group() if not s.factor] == [
        "dEtotal/dw5", "dEtotal/dw6", "dEtotal/dw7", "dEtotal/dw8",
    ]  # fmt: skip
    cursor.finish()
    assert cursor.at_end
    cursor.reset()
    assert cursor.at_start and cursor.current is None


def test_updates_use_the_old_weights_for_every_gradient() -> None:
    from fruitnet_gui.model import PAPER_INPUT, PAPER_TARGET, paper_network

    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET)
    first_update = it.phase_range(Phase.UPDATE)[0]
    last_gradient = it.phase_range(Phase.BACKWARD)[1] - 1
    assert last_gradient < first_update
    # the inner gradients are computed with w5 = 0.05 (old), not with w5_new
    assert "× 0.05 =" in it.by_name["dEy1/douth1"].numbers.text  # the first term, with old w5


def test_next_iteration_continues_from_the_updated_weights() -> None:
    from fruitnet_gui.model import PAPER_INPUT, PAPER_TARGET, paper_network

    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET)
    nxt = it.next_iteration()
    assert np.array_equal(nxt.network.flat_params(), it.network_after().flat_params())
    assert nxt.error < it.error


def test_sigmoid_is_finite_and_silent_on_a_wide_range() -> None:
    x = np.linspace(-1e4, 1e4, 200001)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = sigmoid(x)
    assert np.all(np.isfinite(y))
    assert np.all((y >= 0) & (y <= 1))
    assert np.all(np.diff(y) >= 0)
    assert sigmoid(0.0) == 0.5
    assert sigmoid(-1e4) == 0.0 and sigmoid(1e4) == 1.0
    np.testing.assert_allclose(
        sigmoid(np.array([-2.0, 0.857, 3.0])), 1 / (1 + np.exp(-np.array([-2.0, 0.857, 3.0])))
    )


def test_huge_net_inputs_give_finite_sub_steps() -> None:
    net = random_network((3, 2, 2), seed=0, scale=3000.0)
    it = Iteration(net, [1.0, 1.0, 1.0], [1.0, 0.0])
    assert all(np.isfinite(s.value) for s in it.steps)


@pytest.mark.parametrize(
    ("kwargs", "phrase"),
    [
        ({"learning_rate": 0.0}, "learning rate"),
        ({"learning_rate": float("nan")}, "learning rate"),
        ({"learning_rate": 1e9}, "too large"),
        ({"input_shape": (3, 3)}, "input_shape"),
        ({"classes": ("a",)}, "class names"),
    ],
)
def test_bad_settings_are_refused_with_a_message(kwargs, phrase) -> None:
    net = random_network((2, 2, 2))
    with pytest.raises(ModelError, match=phrase):
        Network(net.layers, net.weights, net.biases, **kwargs)


def test_bad_inputs_are_refused() -> None:
    net = random_network((2, 2, 2))
    with pytest.raises(ModelError, match="2 inputs"):
        Iteration(net, [1, 2, 3], [0, 1])
    with pytest.raises(ModelError, match="finite"):
        Iteration(net, [np.nan, 0.0], [0, 1])
    with pytest.raises(ModelError, match="pencil"):
        Iteration(net, [0.0, 0.0], [0, 1], pencil=40)


def test_importing_the_model_loads_no_qt() -> None:
    code = (
        "import sys, fruitnet_gui.model, fruitnet_gui.model.teaching.iteration;"
        "import fruitnet_gui.files.model_io;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
