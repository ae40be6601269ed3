"""What a student reads adds up: calculator-true lines, half-up rounding, the factors.

The calculator check follows the contract of docs/FORMATS.md: a numbers line is
``NAME = EXPRESSION = RESULT``; EXPRESSION evaluated with exactly the operands it
shows, and rounded half away from zero to RESULT's decimals, gives RESULT. The check
here is written independently of :mod:`fruitnet_gui.model.teaching.rounding`: it evaluates in
Python's ``decimal`` (as a calculator does) and, as a second opinion, in floats.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, localcontext

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.conventions import BATCH_GRADIENTS, BIASES, ERRORS, Conventions
from fruitnet_gui.model.net.network import (
    PAPER_INPUT,
    PAPER_TARGET,
    fruit_network,
    paper_network,
    random_network,
)
from fruitnet_gui.model.teaching.iteration import Cursor, Iteration, Level
from fruitnet_gui.model.teaching.rounding import fixed, round_half_up

_LITERAL = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)")


def contract_python(expression: str) -> str:
    """The replacements docs/FORMATS.md documents, nothing more."""
    for a, b in (("×", "*"), ("−", "-"), ("²", "**2"), ("[", "("), ("]", ")")):
        expression = expression.replace(a, b)
    return expression.replace("exp", "math.exp").replace("ln(", "math.log(")


def exact_value(expression: str) -> Decimal:
    text = _LITERAL.sub(r'D("\1")', contract_python(expression))
    text = text.replace("math.exp", "E").replace("math.log", "LN")
    with localcontext() as ctx:
        ctx.prec = 60
        return eval(text, {"D": Decimal, "E": lambda d: d.exp(), "LN": lambda d: d.ln()})


def check_line(numbers: str) -> None:
    """Assert that one numbers line is calculator-true."""
    _name, rest = numbers.split(" = ", 1)
    expression, result = rest.rsplit(" = ", 1)
    places = len(result.split(".")[1]) if "." in result else 0
    exact = exact_value(expression)
    with localcontext() as ctx:
        ctx.prec = 60
        got = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert Decimal(result) == got, f"{numbers!r}: the expression gives {exact}"
    # a float calculator agrees but for the last binary digits
    as_float = eval(contract_python(expression), {"math": math})
    assert abs(as_float - float(result)) <= 0.5 * 10.0**-places * (1 + 1e-9) + 1e-12, numbers


def check_iteration(it: Iteration) -> None:
    for s in it.steps:
        check_line(s.numbers.text)
        given_input = s.kind == "f_input" and s.target[0] == 0  # x1 is given, not computed
        if it.pencil is not None and not given_input:  # the value carried forward is shown
            assert fixed(s.value, it.pencil) == s.numbers.text.rsplit(" = ", 1)[1], s.name


# -- the paper and the fruit network ---------------------------------------------------
@pytest.mark.parametrize("pencil", [None, 2, 3, 4, 5, 6])
def test_every_line_of_the_paper_adds_up(pencil) -> None:
    check_iteration(Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=pencil))


def test_the_lines_that_did_not_add_up_now_do() -> None:
    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET)
    # before: "(0.7020 × 0.05) + (0.5841 × 0.33) + (1 × 0.15) = 0.3778" (that is 0.377853)
    assert it.by_name["nety1"].numbers.text == (
        "nety1 = (0.70203 × 0.05) + (0.58407 × 0.33) + (1 × 0.15) = 0.3778"
    )
    # before: "0.05 - 0.5 × 0.1005 = -0.0002541" (that is -0.00025)
    assert it.by_name["w5_new"].numbers.text == "w5_new = 0.05 - 0.5 × 0.10050825 = -0.0002541"


@pytest.mark.parametrize("pencil", [None, 4])
def test_every_line_of_the_fruit_network_adds_up(pencil) -> None:
    from fruitnet_gui.model.data.fruits import APPLES

    check_iteration(Iteration(fruit_network(3), APPLES[0].ravel(), [1.0, 0.0], pencil=pencil))


def test_next_iterations_and_a_trained_network_still_add_up() -> None:
    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET)
    for _ in range(3):
        it = it.next_iteration()
    check_iteration(it)
    it4 = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4).next_iteration()
    check_iteration(it4)


# -- any shape, any convention ---------------------------------------------------------
conventions = st.builds(
    Conventions,
    error=st.sampled_from(ERRORS),
    bias=st.sampled_from(BIASES),
    update_biases=st.booleans(),
    batch_gradient=st.sampled_from(BATCH_GRADIENTS),
)
shapes = st.lists(st.integers(1, 3), min_size=3, max_size=5).map(tuple)  # 1 to 3 hidden


@st.composite
def cases(draw):
    layers = draw(shapes)
    seed = draw(st.integers(0, 2**16))
    conv = draw(conventions)
    net = random_network(layers, seed, scale=draw(st.sampled_from([0.5, 1.0, 2.0])))
    net = net.with_conventions(conv).with_learning_rate(draw(st.sampled_from([0.1, 0.5, 1.3])))
    loss = draw(st.sampled_from(["squared", "squared", "cross_entropy"]))
    if layers[-1] < 2:
        loss = "squared"  # a softmax needs two classes
    hidden = [draw(st.sampled_from(["sigmoid", "tanh", "relu", "linear"])) for _ in layers[2:]]
    out = "softmax" if loss == "cross_entropy" else draw(st.sampled_from(["sigmoid", "tanh"]))
    net = net.with_design([*hidden, out], loss)
    rng = np.random.default_rng(seed)
    x = np.round(rng.uniform(-1, 1, layers[0]), draw(st.integers(1, 3)))
    t = draw(st.sampled_from(["one-hot", "soft"]))
    target = np.eye(layers[-1])[seed % layers[-1]]
    if t == "soft":
        target = np.where(target == 1, 0.99, 0.01)
        if loss == "cross_entropy":  # a probability for each class: they add up to 1
            target = target / target.sum()
    pencil = draw(st.sampled_from([None, 2, 3, 4, 5, 6]))
    bias_input = draw(st.sampled_from([1.0, 0.5, -1.0]))
    net = net.copy()
    net.bias_input = bias_input
    return net, x, target, pencil


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_every_line_adds_up_on_any_network(case) -> None:
    net, x, t, pencil = case
    try:
        it = Iteration(net, x, t, pencil=pencil)
    except ModelError as exc:  # cross-entropy of an output rounded to 0: said, not shown
        assert net.loss == "cross_entropy" and "logarithm" in str(exc)
        return
    check_iteration(it)


@settings(max_examples=60, deadline=None)
@given(cases())
def test_the_walk_equals_the_vectorized_step_under_every_convention(case) -> None:
    net, x, t, _ = case
    it = Iteration(net, x, t)
    expected, err = net.train_step(x, t)
    assert it.error == pytest.approx(err, abs=1e-12)
    np.testing.assert_allclose(it.network_after().flat_params(), expected.flat_params(), atol=1e-12)
    grads = net.gradients(x, t)
    for s in it.steps:
        if s.kind == "gradient":
            l, i, j = s.target
            g = grads.biases[l][j] if i is None else grads.weights[l][i, j]
            assert s.value == pytest.approx(g, abs=1e-12), s.name


# -- rounding as a person does it ------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (0.95485, 4, "0.9549"),  # binary round() gives 0.9548
        (0.24925, 4, "0.2493"),
        (-0.24925, 4, "-0.2493"),  # half away from zero, both signs
        (-0.95485, 4, "-0.9549"),
        (2.675, 2, "2.68"),  # round(2.675, 2) == 2.67
        (-2.675, 2, "-2.68"),
        (0.5, 0, "1"),
        (-0.5, 0, "-1"),
        (-0.00004, 4, "0.0000"),  # no "-0.0000"
        (0.12344999, 4, "0.1234"),
    ],
)
def test_pencil_rounding_is_half_up_of_the_decimal_value(value, places, expected) -> None:
    assert fixed(value, places) == expected
    assert round_half_up(value, places) == float(expected)


def test_a_tie_in_the_paper_rounds_away_from_zero() -> None:
    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4)
    # 0.05 − 0.5 × 0.1005 = −0.00025 exactly: a tie, rounded to −0.0003
    w5 = it.by_name["w5_new"]
    assert w5.numbers.text == "w5_new = 0.05 - 0.5 × 0.1005 = -0.0003"
    assert w5.value == -0.0003


# -- the chain rule, factor by factor --------------------------------------------------
def test_pencil_4_shows_the_papers_own_intermediates() -> None:
    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4)
    shown = {s.name: s.value for s in it.steps}
    for name, printed in {
        "douty1/dnety1": 0.2413,
        "dEtotal/dnety1": 0.1432,  # the output error term, reused for w7 and bw3
        "dEy1/douth1": 0.0072,  # the paper's first term
        "dEy2/douth1": -0.0206,  # and second term
        "dEtotal/douth1": -0.0134,
        "douth1/dneth1": 0.2092,
        "dEtotal/douth2": 0.0437,
        "douth2/dneth2": 0.2429,
        "dEtotal/douty1": 0.5934,
        "dnety1/dw5": 0.7020,
    }.items():
        assert shown[name] == printed, name
    # computed once, referred to afterwards: one sub-step each
    names = [s.name for s in it.steps]
    assert names.count("dEtotal/dnety1") == 1 and names.count("dEtotal/douth2") == 1


def test_factor_order_follows_the_paper_for_w5_and_w1() -> None:
    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET)
    names = [s.name for s in it.steps]
    k = names.index("dEtotal/dw5")
    assert names[k - 4 : k + 1] == [
        "dEtotal/douty1", "douty1/dnety1", "dEtotal/dnety1", "dnety1/dw5", "dEtotal/dw5",
    ]  # fmt: skip
    k = names.index("dEtotal/dw1")
    assert names[k - 5 : k + 1] == [
        "dEy1/douth1", "dEy2/douth1", "dEtotal/douth1", "douth1/dneth1", "dneth1/dw1",
        "dEtotal/dw1",
    ]  # fmt: skip
    # w7 reuses y1's factors: only what is new for it
    k = names.index("dEtotal/dw7")
    assert names[k - 1] == "dnety1/dw7" and names[k - 2] == "dEtotal/dw6"


def test_deeper_networks_show_every_intermediate_a_formula_uses() -> None:
    net = random_network((2, 3, 2, 2), seed=5)
    it = Iteration(net, [0.3, 0.6], [0.0, 1.0])
    names = {s.name for s in it.steps}
    for j in (1, 2, 3):
        assert f"dEtotal/douth1_{j}" in names
    for j in (1, 2):
        assert f"dEtotal/dneth2_{j}" in names  # used by the layer before
    revealed: set[str] = set()
    for s in it.steps:
        for ref in re.findall(r"∂Etotal/∂net(h\d_\d)", s.formula.text.split(" = ", 1)[1]):
            if s.kind == "f_dedout":
                assert f"dEtotal/dnet{ref}" in revealed, (s.name, ref)
        revealed.add(s.name)


@pytest.mark.parametrize("level", list(Level))
def test_every_level_visits_the_same_sub_steps_in_the_same_order(level) -> None:
    it = Iteration(random_network((3, 2, 2), seed=2), [0.1, 0.2, 0.3], [1.0, 0.0])
    cursor = Cursor(it, level)
    seen: list[int] = []
    while cursor.step():
        seen += [s.index for s in cursor.current_group()]
    assert seen == list(range(len(it)))


def test_stepping_back_over_factors_restores_the_weights_exactly() -> None:
    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4)
    cursor = Cursor(it, Level.FACTOR)
    snapshots = [cursor.network().flat_params()]
    while cursor.step():
        snapshots.append(cursor.network().flat_params())
    assert not np.array_equal(snapshots[0], snapshots[-1])
    while cursor.back():
        assert np.array_equal(cursor.network().flat_params(), snapshots[cursor.position])
    # at the quantity level a factor is never shown on its own
    q = Cursor(it, Level.QUANTITY)
    while q.step():
        assert not q.current.factor


# -- notes that are true ---------------------------------------------------------------
def test_each_note_is_about_its_own_quantity() -> None:
    for pencil in (None, 4):
        it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=pencil)
        for w, printed in (("w2", "0.00159221"), ("w3", "0.000981148"), ("w4", "0.003715156")):
            note = it.by_name[f"dEtotal/d{w}"].note
            assert printed in note and "0.000420492" not in note
        for s in it.steps:
            assert "digit for digit" not in s.note
    exact = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET)
    # the exact-mode note promises pencil mode only where pencil mode keeps the promise
    assert "Pencil mode with 4 decimals" in exact.by_name["nety1"].note
    assert "Pencil mode with 4 decimals rounds the way" not in exact.by_name["dEtotal/dw1"].note
    zero = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=0)
    assert "inner gradients" not in zero.by_name["neth1"].note
    assert (
        "to 0" in zero.by_name["neth1"].note
        or "this pencil mode to 0" in zero.by_name["neth1"].note
    )


def test_the_bias_input_is_written_as_its_value() -> None:
    net = paper_network()
    net.bias_input = 0.5
    it = Iteration(net, PAPER_INPUT, PAPER_TARGET)
    assert it.by_name["neth1"].formula.text.endswith("+ (0.5 × bw1)")
    assert it.by_name["neth1"].numbers.text.split(" = ")[1].endswith("(0.5 × 0.8)")
    assert it.by_name["dEtotal/dbw1"].formula.text.endswith("× 0.5")
    check_iteration(it)


def test_the_logarithm_of_a_rounded_zero_is_refused_not_infinite() -> None:
    """An output rounded to 0.00 with target 1: −1 × ln(0.00) is no number. It was
    −Infinity in Decimal, the error term "inf", and the total's line then failed to
    evaluate (a 1-3-3 softmax net at 2 decimals, found by the test above)."""
    from fruitnet_gui.model.teaching.rounding import evaluate

    with pytest.raises(ValueError, match="ln"):
        evaluate("−1 × ln(0.00)")
    with pytest.raises(ValueError):
        evaluate("−0 × ln(0.00)")
    assert float(evaluate("−1 × ln(1.00)")) == 0.0
