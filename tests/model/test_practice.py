"""Checking a student's numbers and naming the mistake, on the paper and on any network;
and ``fruitnet check`` on a CSV of answers."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fruitnet_gui.commands import run
from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, paper_network, random_network
from fruitnet_gui.model.teaching.iteration import Iteration
from fruitnet_gui.model.teaching.practice import (
    MISTAKES,
    check,
    diagnose,
    parse_answer,
    wrong_values,
)
from fruitnet_gui.model.teaching.rounding import fixed


@pytest.fixture(scope="module")
def paper() -> Iteration:
    return Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET)


@pytest.mark.parametrize(
    ("name", "typed", "mistake"),
    [
        ("dEtotal/dw5", "-0.1005", "sign"),
        ("w5_new", "0.00025", "sign"),  # the paper's own slip
        ("dEtotal/dw5", "0.4166", "slope"),  # 0.5934 × 0.7020: no out × (1 − out)
        ("outh1", "0.857", "net_for_out"),  # the net input, no sigmoid
        ("dEtotal/dw5", "0.1227", "net_for_out"),  # 0.5934 × 0.2413 × neth1 0.857
        # w1 with the new w5, w6: (0.1432 × −0.0003 + (−0.0515) × 0.4181) × 0.2092 × 0.15
        ("dEtotal/dw1", "-0.000677", "new_weight"),
        # w1 with only y1's term: 0.0072 × 0.2092 × 0.15
        ("dEtotal/dw1", "0.000225", "one_output"),
        ("Ey1", "0.3521", "half_missing"),  # (0 − 0.5934)², the ½ forgotten
        ("Ey1", "0.0880", "half_twice"),
        ("w5_new", "-0.0505", "no_learning_rate"),  # 0.05 − 0.1005
        ("w5_new", "0.0249", "learning_rate_twice"),  # 0.05 − 0.25 × 0.1005
        # nety1 from outputs rounded to 2 decimals: 0.70 × 0.05 + 0.58 × 0.33 + 0.15
        ("nety1", "0.3764", "rounded_early"),
        ("nety1", "0.3787", "typo"),  # 0.3778 with two digits swapped
        ("nety1", "0.3718", "typo"),  # one digit wrong
    ],
)
def test_each_mistake_is_named_on_the_paper(paper, name, typed, mistake) -> None:
    verdict = check(paper, paper.by_name[name], typed)
    assert not verdict.right
    assert verdict.mistake == mistake, verdict
    assert MISTAKES[mistake] in verdict.message


def test_right_answers_are_right_in_exact_and_pencil_mode(paper) -> None:
    # a hand calculation from 4-decimal intermediates is right in exact mode too
    assert check(paper, paper.by_name["nety1"], "0.3779").right
    assert check(paper, paper.by_name["nety1"], "0.3778").right
    assert check(paper, paper.by_name["nety1"], "0,3778").right  # a decimal comma
    assert not check(paper, paper.by_name["nety1"], "0.38").right  # 2 significant digits
    pencil = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4)
    assert check(pencil, pencil.by_name["nety1"], "0.3779").right
    assert not check(pencil, pencil.by_name["nety1"], "0.3778").right
    assert "not a number" in check(paper, paper.by_name["nety1"], "abc").message
    assert parse_answer("−0.5") == parse_answer("-0.5")


@st.composite
def networks(draw):
    layers = draw(st.lists(st.integers(1, 3), min_size=3, max_size=4).map(tuple))
    seed = draw(st.integers(0, 5000))
    net = random_network(layers, seed, scale=1.5)
    x = np.round(np.random.default_rng(seed).uniform(0, 1, layers[0]), 2)
    return Iteration(net, x, np.eye(layers[-1])[0], pencil=draw(st.sampled_from([None, 4])))


@settings(max_examples=30, deadline=None)
@given(networks())
def test_on_any_network_right_is_right_and_each_mistake_is_named(it) -> None:
    for step in it.steps:
        places = it.pencil if it.pencil is not None else 6
        shown = fixed(step.value, places)
        if it.pencil is None and abs(step.value) < 1e-4:
            continue  # 6 decimals would not give 3 significant digits
        assert check(it, step, shown).right, (step.name, shown)
        right = fixed(step.value, places)
        named: set[str] = set()
        for mistake, value in wrong_values(it, step):
            if value is None or not np.isfinite(value):
                continue
            wrong = fixed(value, places)
            if wrong == right or wrong in named:
                continue  # this mistake gives the right value, or another one's
            named.add(wrong)
            got = diagnose(it, step, parse_answer(wrong), places)
            # an earlier mistake in the list may give the same number: then it is named
            first = next(
                m for m, v in wrong_values(it, step)
                if v is not None and np.isfinite(v) and fixed(v, places) == wrong
            )  # fmt: skip
            assert got == first, (step.name, mistake, wrong, got)


# -- fruitnet check -----------------------------------------------------------------------
def _answers(tmp_path, rows) -> str:
    path = tmp_path / "answers.csv"
    path.write_text("name,value\n" + "".join(f"{n},{v}\n" for n, v in rows), encoding="utf-8")
    return str(path)


def test_check_an_all_right_csv_exits_0(tmp_path, capsys, paper) -> None:
    rows = [(s.name, s.numbers.text.rsplit(" = ", 1)[1]) for s in paper.quantities()]
    assert run(["check", _answers(tmp_path, rows[::-1])]) == 0  # any order
    out = capsys.readouterr().out
    assert f"{len(rows)} of {len(rows)} right." in out and "Not answered" not in out


def test_check_one_flipped_sign_exits_1_and_names_it(tmp_path, capsys, paper) -> None:
    rows = [(s.name, s.numbers.text.rsplit(" = ", 1)[1]) for s in paper.quantities()[:14]]
    rows[11] = ("dEtotal/dw5", "-0.1005")
    assert run(["check", _answers(tmp_path, rows), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["first_wrong"] == "dEtotal/dw5" and data["wrong"] == 1
    wrong = next(r for r in data["rows"] if not r["right"])
    assert wrong["mistake"] == "sign" and wrong["line"] == 13
    assert "w5_new" in data["missing"]
    assert run(["check", _answers(tmp_path, rows)]) == 1
    assert "the first wrong one is dEtotal/dw5 (line 13)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        ("neth1,0.857,extra\n", "has 3 fields"),
        ("nothing,1\n", "no sub-step is called 'nothing'"),
        ("neth1,1\nneth1,2\n", "answered twice"),
        ("", "has no answers"),
    ],
)
def test_check_a_bad_csv_exits_2_with_one_line(tmp_path, capsys, content, phrase) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    assert run(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert phrase in err and err.count("\n") == 1
    assert run(["check", str(tmp_path / "missing.csv")]) == 2
    assert run(["check", str(tmp_path)]) == 2  # a folder
    capsys.readouterr()


def test_the_papers_own_slip_is_named_in_pencil_mode_and_form_errors_cost_no_try() -> None:
    from fruitnet_gui.model.teaching.practice import Round

    pencil = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4)
    verdict = check(pencil, pencil.by_name["w5_new"], "0.00025")  # the paper's dropped minus
    assert verdict.mistake == "sign"
    exact = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET)
    short = check(exact, exact.by_name["w5_new"], "-0.00025")  # right, but 2 digits
    assert not short.right and short.form and "Right so far" in short.message
    r = Round(exact)
    step = exact.by_name["outh1"]
    r.try_answer(step, "0.7")  # too few digits: not a try
    r.try_answer(step, "0.70203")
    assert r.answers[step.index].outcome == "first try"
