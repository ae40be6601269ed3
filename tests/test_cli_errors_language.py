"""``fruitnet … --language fr|de``: a bad file's message and argparse's own words
(usage, options, errors) in the language asked for, with the exit status of English."""

from __future__ import annotations

import json

import pytest

from fruitnet_gui.commands import run


def _bad_model(tmp_path):
    path = tmp_path / "bad.json"
    data = {"format": "fruitnet-model", "version": 1, "layers": [2, 2], "weights": []}
    path.write_text(json.dumps(data | {"biases": []}), encoding="utf-8")
    return path


def _status_and_err(capsys, *argv: str) -> tuple[int, str]:
    """The exit status (returned, or argparse's SystemExit) and what went to stderr."""
    try:
        status = run(list(argv))
    except SystemExit as done:
        status = done.code
    return status, capsys.readouterr().err


def test_a_bad_model_file_is_said_in_french_with_the_same_status(tmp_path, capsys):
    bad = str(_bad_model(tmp_path))
    english = _status_and_err(capsys, "trace", "--model", bad)
    french = _status_and_err(capsys, "trace", "--language", "fr", "--model", bad)
    assert english[0] == french[0] == 2
    assert english[1] == (
        f"fruitnet trace: {bad}: layers must have at least 3 entries (input, hidden and output "
        "layer), it has 2\n"
    )
    assert french[1] == (
        f"fruitnet trace : {bad} : layers doit avoir au moins 3 entrées (couche d'entrée, cachée "
        "et de sortie), il en a 2\n"
    )


def test_a_bad_csv_for_train_is_said_in_german(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("tomato," + ",".join(["0.5"] * 36) + "\ntomato,x" + ",0.5" * 35 + "\n")
    english = _status_and_err(capsys, "train", "--dataset", str(bad))
    german = _status_and_err(capsys, "train", "--language", "de", "--dataset", str(bad))
    assert english[0] == german[0] == 2
    assert "line 2, column 2: 'x' is not a number" in english[1]
    assert german[1] == f"fruitnet train: {bad}: Zeile 2, Spalte 2: 'x' ist keine Zahl\n"


def test_the_language_may_come_before_the_command(tmp_path, capsys):
    status, err = _status_and_err(capsys, "--language", "fr", "trace", "--model", str(tmp_path))
    assert status == 2
    assert err == f"fruitnet trace : {tmp_path} : est un dossier, pas un fichier\n"


def test_help_in_french_has_french_argparse_words(capsys):
    with pytest.raises(SystemExit) as done:
        run(["--language", "fr", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation : fruitnet [-h] [--language CODE]")
    assert "\narguments positionnels\u00a0:\n" in out and "\noptions\u00a0:\n" in out
    assert "afficher ce message d'aide et quitter" in out
    assert "en, fr ou de : la langue de la sortie" in out  # the option's own help
    for english in ("usage:", "positional arguments", "show this help message"):
        assert english not in out


def test_a_subcommands_help_in_french(capsys):
    with pytest.raises(SystemExit):
        run(["train", "--language", "fr", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation : fruitnet train [-h]")
    assert "afficher ce message d'aide et quitter" in out and "usage:" not in out


def test_usage_errors_in_french_keep_status_2(capsys):
    english = _status_and_err(capsys, "trace", "--preset", "nope")
    french = _status_and_err(capsys, "trace", "--language", "fr", "--preset", "nope")
    assert english[0] == french[0] == 2
    assert "invalid choice: 'nope'" in english[1]
    assert french[1] == (
        "fruitnet trace : erreur : argument --preset : choix non valide : 'nope' "
        "(choisissez parmi 'paper', 'fruit') (voir fruitnet trace --help)\n"
    )
    status, err = _status_and_err(capsys, "check", "--language", "fr")
    assert status == 2 and "les arguments suivants sont obligatoires : ANSWERS" in err


def test_german_help_and_errors(capsys):
    with pytest.raises(SystemExit):
        run(["--language", "de", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: fruitnet") and "diese Hilfe anzeigen und beenden" in out
    assert "\nOptionen:\n" in out and "Positionsargumente:" in out
    status, err = _status_and_err(capsys, "trace", "--language", "de", "--bogus")
    assert status == 2 and "fruitnet trace: Fehler: unbekannte Argumente: --bogus" in err
