"""Every number of the worked example's Steps 2 to 5, from the model API and `fruitnet trace`."""

from __future__ import annotations

import contextlib
import io
import json

import numpy as np
import pytest

from fruitnet_gui.commands import run
from fruitnet_gui.model import PAPER_INPUT, PAPER_TARGET, paper_network
from fruitnet_gui.model.net.naming import Naming
from fruitnet_gui.model.teaching.iteration import Iteration, Phase
from tests.model.paper_values import (
    EXACT,
    EXACT_TOLERANCE,
    PRINTED,
    PRINTED_NODES,
    PRINTED_TOLERANCE,
)


@pytest.fixture(scope="module")
def iteration() -> Iteration:
    return Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET)


@pytest.fixture(scope="module")
def trace_json() -> dict:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert run(["trace", "--format", "json"]) == 0
    return json.loads(buf.getvalue())


def vectorized_values() -> dict[str, float]:
    """The same quantities from the vectorized network, named the paper's way."""
    net = paper_network()
    names = Naming(net.layers)
    fwd = net.forward(PAPER_INPUT)
    grads = net.backward(fwd, PAPER_TARGET)
    new, err = net.train_step(PAPER_INPUT, PAPER_TARGET)
    out: dict[str, float] = {"Etotal": err}
    for l in range(2):
        for j in range(2):
            node = names.node(l + 1, j)
            out[f"net{node}"] = fwd.nets[l][j]
            out[f"out{node}"] = fwd.outs[l + 1][j]
            bias = names.bias(l, j)
            out[f"dEtotal/d{bias}"] = grads.biases[l][j]
            out[f"{bias}_new"] = new.biases[l][j]
            for i in range(2):
                w = names.weight(l, i, j)
                out[f"dEtotal/d{w}"] = grads.weights[l][i, j]
                out[f"{w}_new"] = new.weights[l][i, j]
    return out


@pytest.mark.parametrize("name", sorted(EXACT))
def test_sub_steps_give_the_exact_values(iteration: Iteration, name: str) -> None:
    assert iteration.by_name[name].value == pytest.approx(EXACT[name], abs=EXACT_TOLERANCE)


@pytest.mark.parametrize("name", sorted(EXACT))
def test_vectorized_step_gives_the_exact_values(name: str) -> None:
    assert vectorized_values()[name] == pytest.approx(EXACT[name], abs=EXACT_TOLERANCE)


@pytest.mark.parametrize("name", sorted(EXACT))
def test_trace_json_gives_the_exact_values(trace_json: dict, name: str) -> None:
    values = {s["name"]: s["value"] for s in trace_json["steps"]}
    assert values[name] == pytest.approx(EXACT[name], abs=EXACT_TOLERANCE)


@pytest.mark.parametrize("name", sorted(PRINTED))
def test_every_printed_value_agrees_within_1e_4(iteration: Iteration, name: str) -> None:
    assert iteration.by_name[name].value == pytest.approx(PRINTED[name], abs=PRINTED_TOLERANCE)


def test_w5_new_is_negative_where_the_paper_slipped(iteration: Iteration, trace_json: dict) -> None:
    # The paper prints w5_new = 0.00025, but 0.05 - 0.5 * 0.1005 = -0.00025: a dropped
    # minus sign. The gradient is positive, so gradient descent must lower w5 below 0.
    step = iteration.by_name["w5_new"]
    assert step.value == pytest.approx(-0.00025, abs=1e-5)
    assert step.value < 0
    assert "0.00025" in step.note and "minus sign" in step.note
    json_step = next(s for s in trace_json["steps"] if s["name"] == "w5_new")
    assert json_step["value"] < 0 and "minus sign" in json_step["note"]


def test_sub_steps_come_in_the_papers_order(iteration: Iteration) -> None:
    names = [s.name for s in iteration.quantities()]
    assert names == [
        "neth1", "outh1", "neth2", "outh2", "nety1", "outy1", "nety2", "outy2",
        "Ey1", "Ey2", "Etotal",
        "dEtotal/dw5", "dEtotal/dw6", "dEtotal/dw7", "dEtotal/dw8",
        "dEtotal/dw1", "dEtotal/dw2", "dEtotal/dw3", "dEtotal/dw4",
        "dEtotal/dbw3", "dEtotal/dbw4", "dEtotal/dbw1", "dEtotal/dbw2",
        "w1_new", "w2_new", "w3_new", "w4_new", "w5_new", "w6_new", "w7_new", "w8_new",
        "bw1_new", "bw2_new", "bw3_new", "bw4_new",
    ]  # fmt: skip
    phases = [s.phase for s in iteration.quantities()]
    assert (
        phases
        == [Phase.FORWARD] * 8 + [Phase.ERROR] * 3 + [Phase.BACKWARD] * 12 + [Phase.UPDATE] * 12
    )
    assert len({s.id for s in iteration.steps}) == len(iteration.steps)


def test_formulas_unpack_the_chain_rule_as_the_paper(iteration: Iteration) -> None:
    w5 = iteration.by_name["dEtotal/dw5"]
    assert w5.formula.text == (
        "∂Etotal/∂w5 = ∂Etotal/∂outy1 × ∂outy1/∂nety1 × ∂nety1/∂w5"
        " = (outy1 - targety1) × outy1 × (1 - outy1) × outh1"
    )
    assert w5.numbers.text == "∂Etotal/∂w5 = 0.5934 × 0.2413 × 0.7020 = 0.1005"
    w1 = iteration.by_name["dEtotal/dw1"]
    # inner weights collect the error from both outputs, through w5 and w6
    assert "[(outy1 - targety1) × outy1 × (1 - outy1) × w5 + (outy2 - targety2)" in w1.formula.text
    assert w1.numbers.text == "∂Etotal/∂w1 = (-0.01345) × 0.20918 × 0.15 = -0.0004220"
    assert "∂E<sub>total</sub>/∂w<sub>1</sub>" in w1.formula.html
    assert "out<sub>h1</sub>" in w1.formula.html
    neth1 = iteration.by_name["neth1"]
    assert neth1.formula.text == "neth1 = (x1 × w1) + (x2 × w3) + (1 × bw1)"
    assert neth1.numbers.text == "neth1 = (0.15 × 0.1) + (0.35 × 0.12) + (1 × 0.8) = 0.8570"
    upd = iteration.by_name["w6_new"]
    assert upd.numbers.text == "w6_new = 0.4 - 0.5 × (-0.0362) = 0.4181"
    assert "w<sub>6</sub><sup>new</sup>" in upd.formula.html


def test_sub_steps_name_what_they_touch(iteration: Iteration) -> None:
    neth1 = iteration.by_name["neth1"]
    assert set(neth1.nodes) == {"x1", "x2", "bias_h", "h1"}
    assert set(neth1.edges) == {"w1", "w3", "bw1"}
    w1 = iteration.by_name["dEtotal/dw1"]
    assert set(w1.edges) == {"w1", "w5", "w6"}
    assert {"x1", "h1", "y1", "y2"} <= set(w1.nodes)


def test_pencil_mode_reproduces_the_papers_node_values_digit_for_digit() -> None:
    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4)
    for name, printed in PRINTED_NODES.items():
        assert f"{it.by_name[name].value:.4f}" == printed, name
    # exact arithmetic gives 0.3778 where the paper, working from rounded outh, gets 0.3779
    exact = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET)
    assert f"{exact.by_name['nety1'].value:.4f}" == "0.3778"
    assert it.by_name["nety1"].numbers.text.endswith("= 0.3779")
    # the rounded values are carried forward: outy1 comes from the rounded nety1
    assert it.by_name["dEtotal/dw5"].value == pytest.approx(0.1005, abs=1e-12)
    assert it.by_name["w5_new"].value == pytest.approx(-0.0003, abs=1e-12)


def test_pencil_mode_rounds_every_revealed_value() -> None:
    for decimals in (2, 3, 4, 6):
        it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=decimals)
        for s in it.steps:
            assert s.value == round(s.value, decimals), s.name


def test_trace_markdown_reads_like_the_worked_example(capsys) -> None:
    assert run(["trace"]) == 0
    text = capsys.readouterr().out
    for heading in ("## Forward", "## Error", "## Backward", "## Update"):
        assert heading in text
    assert text.index("## Forward") < text.index("## Error") < text.index("## Backward")
    assert "### nety1 = 0.3778444648" in text
    # calculator-true: outh1 and outh2 carry the digits the result needs
    assert "nety1 = (0.70203 × 0.05) + (0.58407 × 0.33) + (1 × 0.15) = 0.3778" in text
    assert "### w5_new = -0.0002541271" in text
    assert "minus sign" in text
    for name, value in EXACT.items():
        assert f"### {name} = " in text, name
        shown = text.split(f"### {name} = ")[1].split("\n")[0]
        assert float(shown) == pytest.approx(value, abs=EXACT_TOLERANCE)


def test_trace_pencil_prints_the_papers_digits(capsys) -> None:
    assert run(["trace", "--pencil", "4"]) == 0
    text = capsys.readouterr().out
    assert "### nety1 = 0.3779" in text
    assert "### outh1 = 0.7020" in text


def test_trace_json_model_after_is_the_updated_model(trace_json: dict) -> None:
    after = trace_json["model_after"]
    assert after["format"] == "fruitnet-model"
    assert after["layers"] == [2, 2, 2]
    np.testing.assert_allclose(
        np.array(after["weights"][1]),
        [[EXACT["w5_new"], EXACT["w6_new"]], [EXACT["w7_new"], EXACT["w8_new"]]],
        atol=EXACT_TOLERANCE,
    )
    assert trace_json["error"] == pytest.approx(EXACT["Etotal"], abs=EXACT_TOLERANCE)
    assert set(trace_json["steps"][0]) >= {"id", "phase", "name", "value", "formula", "numbers"}
