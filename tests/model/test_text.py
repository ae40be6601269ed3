"""The model's text hook and decimal separator (fruitnet_gui.model.text), Qt-free."""

from __future__ import annotations

import pytest

from fruitnet_gui.model import text
from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, paper_network
from fruitnet_gui.model.teaching.iteration import Iteration
from fruitnet_gui.model.teaching.rounding import evaluate
from fruitnet_gui.model.teaching.worksheet import Sheet


@pytest.fixture
def comma():
    text.set_decimal_separator(",")
    yield
    text.set_decimal_separator(".")


def test_without_a_translator_the_text_stays_english():
    assert text.translate("Trace", "Input: {values}") == "Input: {values}"
    assert text.translate("Training", "%n images", None, 3) == "3 images"
    assert text.number("-0.0002541") == "-0.0002541"


def test_a_translator_is_asked_with_the_context_and_remembers_the_source():
    asked = []

    def french(context, source, disambiguation=None, n=-1):
        asked.append((context, source))
        return {"&File": "&Fichier"}.get(source, source)

    text.set_translator(french)
    try:
        assert text.translate("Menus", "&File") == "&Fichier"
        assert asked == [("Menus", "&File")]
        assert text.source_of("&Fichier") == ("Menus", "&File")
    finally:
        text.set_translator(None)


def test_the_decimal_comma_changes_numbers_only(comma):
    assert text.number("0.857") == "0,857"
    # operands: every decimal point, and a function's comma becomes a semicolon
    assert text.numbers_in("(0.15 × 0.1) + max(0, 0.3778)") == "(0,15 × 0,1) + max(0 ; 0,3778)"
    assert text.list_separator() == "; "
    with pytest.raises(ValueError):
        text.set_decimal_separator(";")


@pytest.mark.parametrize("typed", ["0,7020", "0.7020", " 0,7020 ", "−0,7020"])
def test_a_typed_number_may_have_a_comma(typed):
    assert abs(text.parse_number(typed)) == pytest.approx(0.702)


def test_formulas_show_commas_but_their_text_keeps_the_point(comma):
    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET)
    step = it.by_name["neth1"]
    assert step.numbers.text == "neth1 = (0.15 × 0.1) + (0.35 × 0.12) + (1 × 0.8) = 0.8570"
    assert step.numbers.display == "neth1 = (0,15 × 0,1) + (0,35 × 0,12) + (1 × 0,8) = 0,8570"
    assert "0,8570" in step.numbers.html and "0.8570" not in step.numbers.html
    # the calculator check still reads the plain text (with the point)
    expression = step.numbers.text.split(" = ")[1]
    assert float(evaluate(expression)) == pytest.approx(0.857)
    # names keep their digits and never get a comma
    assert it.by_name["outh1"].formula.display == "outh1 = 1 / (1 + exp(-neth1))"


def test_a_worksheet_key_in_comma_mode_keeps_the_moodle_answers_with_the_point(comma):
    from fruitnet_gui.model.teaching.worksheet import moodle_xml

    sheet = Sheet(Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4), "paper")
    key = sheet.markdown(key=True)
    assert "x1 = 0,15; x2 = 0,35" in key
    assert "= 0,7020" in key
    assert sheet.answer(sheet.steps[1]) == "0.7020"  # data, not display
    quiz = moodle_xml([("paper", sheet)])
    assert "<text>0.7020</text>" in quiz
