"""Numbers in sentences as each language writes them: a percentage with a no-break space
before % in French and German, lists of numbers with " ; " in French, the singular of
"1 juste sur 2"; made in one place (fruitnet_gui.model.text) for the window and the
command line alike."""

from __future__ import annotations

import pytest

from fruitnet_gui.commands import run
from fruitnet_gui.i18n import use_language
from fruitnet_gui.model import text

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("code", "share", "lists"),
    [("en", "93.6%", ", "), ("fr", f"93,6{NBSP}%", " ; "), ("de", f"93,6{NBSP}%", "; ")],
)
def test_a_percentage_and_a_list_in_each_language(code, share, lists) -> None:
    use_language(code)
    assert text.percent(0.936, 1) == share
    assert text.percent(1.0) == share.replace("93.6", "100").replace("93,6", "100")
    assert text.list_separator() == lists


def test_the_decimal_point_kept_in_french_keeps_the_spacing() -> None:
    use_language("fr", keep_point=True)
    assert text.percent(0.5) == f"50{NBSP}%" and text.percent(0.125, 1) == f"12.5{NBSP}%"
    assert text.list_separator() == ", "


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [("en", "1 of 2 right", "2 of 3 right"), ("fr", "1 juste sur 2", "2 justes sur 3"),
     ("de", "1 von 2 richtig", "2 von 3 richtig")],
)  # fmt: skip
def test_right_of_agrees_with_the_count(code, one, two) -> None:
    use_language(code)
    assert text.right_of(1, 2) == one and text.right_of(2, 3) == two
    assert text.right_of(0, 2) == one.replace("1", "0", 1)


def test_trace_lists_the_input_with_a_french_semicolon(capsys) -> None:
    assert run(["trace", "--language", "fr"]) == 0
    out = capsys.readouterr().out
    assert "- Entrée : x1 = 0,15 ; x2 = 0,35" in out
    assert "Écart entre les sorties et la cible" in out
    assert "(comme dans l'article)" in out
