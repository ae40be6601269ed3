"""Every message of the file loaders and savers is said in French and German: each bad
file of the bad-file tests (model, dataset JSON and CSV, image folders, lessons, saving)
is read once in English and once in French (and German), and no message may be left as
its English source, nor keep English words inside a French sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from fruitnet_gui.files.dataset_io import (
    export_image_folder,
    import_csv,
    import_image_folder,
    load_any,
    load_dataset,
    save_dataset,
)
from fruitnet_gui.files.lesson_io import load_lesson
from fruitnet_gui.files.model_io import load_model, save_model
from fruitnet_gui.i18n import use_language
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.data.fruits import generate
from fruitnet_gui.model.errors import FileFormatError
from fruitnet_gui.model.net.network import paper_network
from tests.files import test_dataset_io, test_lesson_io, test_model_io

#: English words that no French or German message keeps (the file's own keys, names
#: and values, such as "layers" or 'pear', are not among them).
_ENGLISH = re.compile(
    r"\b(?:must|got|the|is|are|has|have|not|number|numbers|list|object|text|missing|"
    r"between|line|column|holds|needs?|empty|cannot|unknown|file|folder|expected|value)\b"
)
#: Quoted values from the file, JSON keys and code, which stay as the file spells them.
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'|«[^»]*»|„[^“]*“|\([^()]*p1[^()]*\)")


def _message(read: Callable[[], object], path: Path | None) -> str:
    """What ``read`` says, without the file name that starts it."""
    with pytest.raises(FileFormatError) as info:
        read()
    text = str(info.value)
    if path is not None and text.startswith(f"{path}"):
        text = text[len(str(path)) :].removeprefix(": ").removeprefix(" : ")
    return text


def _cases(tmp: Path) -> list[tuple[str, Callable[[], object], Path | None]]:
    """(name, a call that raises FileFormatError, the file it names) of every bad file."""
    cases = []
    for k, param in enumerate(test_model_io.BROKEN_FILES):
        content = param.values[0]
        if callable(content):
            content = test_model_io._edited(content)
        path = tmp / f"model-{k}.json"
        path.write_bytes(content)
        cases.append((f"model {param.id}", lambda p=path: load_model(p), path))
    for k, (change, _phrase) in enumerate(test_dataset_io.BAD_DOCUMENTS):
        data = test_dataset_io._valid()
        change(data)
        path = test_dataset_io._write_json(tmp / f"dataset-{k}.json", data)
        cases.append((f"dataset {k}", lambda p=path: load_dataset(p), path))
    for k, (text, _phrase) in enumerate(test_dataset_io.BROKEN_JSON):
        path = tmp / f"broken-{k}.json"
        path.write_text(text, encoding="utf-8")
        cases.append((f"json {k}", lambda p=path: load_dataset(p), path))
    fruit = ("red apple", "tomato")
    for k, (text, _phrase) in enumerate(test_dataset_io.BAD_CSV):
        path = tmp / f"bad-{k}.csv"
        path.write_text(text, encoding="utf-8")
        cases.append((f"csv {k}", lambda p=path: import_csv(p, classes=fruit), path))
    for k, (text, _phrase) in enumerate(test_lesson_io.BAD):
        path = tmp / f"lesson-{k}.fnlesson"
        path.write_text(text, encoding="utf-8")
        cases.append((f"lesson {k}", lambda p=path: load_lesson(p), path))
    cases += _folders_and_saving(tmp)
    return cases


def _folders_and_saving(tmp: Path) -> list[tuple[str, Callable[[], object], Path | None]]:
    folder = tmp / "folder"
    (folder / "tomato").mkdir(parents=True)
    broken = folder / "tomato" / "broken.png"
    broken.write_bytes(b"this is not a png")
    empty = tmp / "no-classes"
    empty.mkdir()
    full = tmp / "full"
    (full / "x").mkdir(parents=True)
    Image.new("L", (6, 6)).save(full / "x" / "a.png")
    five = tmp / "five.json"
    save_dataset(Dataset(generate(1, seed=0).images[:, :5, :5], [0, 1], shape=(5, 5)), five)
    return [
        ("no folder", lambda: import_image_folder(tmp / "missing"), tmp / "missing"),
        ("no classes", lambda: import_image_folder(empty), empty),
        ("not an image", lambda: import_image_folder(folder), broken),
        ("export into a full folder", lambda: export_image_folder(generate(1, seed=0), full), full),
        (
            "a bad class folder name",
            lambda: export_image_folder(Dataset(classes=("a/b", "c")), tmp / "new"),
            None,
        ),
        ("5×5 images for 6×6", lambda: load_any(five, shape=(6, 6)), five),
        ("a model saved onto a folder", lambda: save_model(paper_network(), tmp), tmp),
        ("a missing model", lambda: load_model(tmp / "none.json"), tmp / "none.json"),
    ]


def _said(tmp: Path, language: str) -> dict[str, str]:
    tmp.mkdir()
    use_language(language)
    return {name: _message(read, path) for name, read, path in _cases(tmp)}


@pytest.mark.parametrize("language", ["fr", "de"])
def test_no_loader_message_is_left_in_english(tmp_path, language):
    english = _said(tmp_path / "en", "en")
    assert len(english) > 150  # the bad-file tests' cases, every loader's
    translated = _said(tmp_path / language, language)
    left = {name: text for name, text in translated.items() if text == english[name]}
    assert left == {}
    if language == "fr":
        words = {}
        for name, text in translated.items():
            found = _ENGLISH.findall(_QUOTED.sub("", text))
            if found:
                words[name] = (found, text)
        assert words == {}


def test_the_messages_read_as_a_teacher_writes_them(tmp_path):
    """A few whole sentences: French typography (a space before ":" and ";", « »),
    German „…“, numbers with the decimal comma, the file's keys as the file spells them."""
    fr = _said(tmp_path / "fr", "fr")
    assert fr["model layers-too-short"] == (
        "layers doit avoir au moins 3 entrées (couche d'entrée, cachée et de sortie), il en a 2"
    )
    assert fr["model lr-negative"] == "learning_rate doit être supérieur à 0, reçu -0,5"
    assert fr["model lr-string"] == "learning_rate doit être un nombre, reçu le texte « fast »"
    assert fr["csv 5"] == "ligne 2, colonne 2 : 'x' n'est pas un nombre"
    assert fr["csv 13"] == "fichier CSV non valide (fin des données inattendue à la ligne 1)"
    assert fr["dataset 28"] == (
        "samples[0].pixels[1][2] vaut 1,5 ; les pixels doivent être compris entre 0 et 1"
    )
    assert fr["5×5 images for 6×6"] == "les images sont des 5×5, pas des 6×6"
    assert fr["lesson 6"] == 'la clé obligatoire "model" manque'
    de = _said(tmp_path / "de", "de")
    assert de["model classes-duplicate"] == "der Klassenname „tomato“ kommt in classes zweimal vor"
    assert de["csv 11"] == "Zeile 2 hat keine Klasse (label)"
    assert (
        de["model weights-rows"] == "weights[1] muss 2×2 sein (layers [2, 2, 2]), es hat 3 Zeilen"
    )
