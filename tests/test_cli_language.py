"""``fruitnet … --language CODE``: French and German output, decimal commas where a
person reads, the point in JSON and with --decimal-point."""

from __future__ import annotations

import json

import pytest

from fruitnet_gui.commands import run


def _trace(capsys, *args: str) -> str:
    assert run(["trace", *args]) == 0
    return capsys.readouterr().out


def test_trace_in_french_has_french_headings_and_decimal_commas(capsys):
    out = _trace(capsys, "--language", "fr")
    assert out.startswith("# Une itération d'entraînement : exemple de l'article 2-2-2")
    assert "- Taux d'apprentissage η = 0,5" in out
    assert "## Propagation avant" in out and "## Rétropropagation" in out
    assert "    outh1 = 1 / (1 + exp(-0,8570)) = 0,7020" in out
    assert "(tomate)" in out
    # the paper's slip, said in French with its numbers written the French way
    assert "L'article imprime w5_new = 0,00025, mais 0,05 − 0,5 × 0,1005 = −0,00025" in out
    # symbols stay as they are
    assert "∂Etotal/∂w5 = ∂Etotal/∂outy1 × ∂outy1/∂nety1 × ∂nety1/∂w5" in out
    assert "0.7020" not in out


def test_trace_in_german(capsys):
    out = _trace(capsys, "--language", "de", "--pencil", "4")
    assert out.startswith("# Eine Trainingsiteration: Beispiel des Artikels 2-2-2")
    assert "Handrechnung: jedes Zwischenergebnis auf 4 Nachkommastellen gerundet" in out
    assert "## Fehlerrückführung" not in out  # the short phase titles
    assert "## Rückwärts" in out and "0,7020" in out


def test_json_keeps_the_point_in_any_language(capsys):
    data = json.loads(_trace(capsys, "--language", "fr", "--format", "json"))
    step = next(s for s in data["steps"] if s["name"] == "outh1")
    assert step["numbers"] == "outh1 = 1 / (1 + exp(-0.8570)) = 0.7020"
    assert step["value"] == pytest.approx(0.70203348)


def test_decimal_point_keeps_the_point_in_french_words(capsys):
    out = _trace(capsys, "--language", "fr", "--decimal-point")
    assert "# Une itération d'entraînement" in out
    assert "= 0.7020" in out and "0,7020" not in out


def test_an_unknown_language_is_a_one_line_usage_error(capsys):
    assert run(["trace", "--language", "xx"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fruitnet trace: --language: no translation for 'xx'")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["train", "check", "worksheet", "landscape"])
def test_every_command_takes_the_language_options(command, capsys):
    with pytest.raises(SystemExit) as done:
        run([command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "--language CODE" in out and "--decimal-point" in out


def test_the_help_is_in_the_language_asked_for(capsys):
    with pytest.raises(SystemExit):
        run(["trace", "--language", "de", "--help"])
    out = capsys.readouterr().out
    assert "Eine Trainingsiteration eines Netzes Teilschritt für Teilschritt ausgeben" in out
    assert "--pencil N" in out and "jedes Zwischenergebnis auf N Nachkommastellen" in out
