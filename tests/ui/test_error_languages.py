"""Bad files opened in the window in French (and German): the message the window shows
is a French sentence, and the window keeps what it had.

The files are opened as a person opens them: File → Open model…, the dataset
browser's Open… and Import → Import CSV…, File → Open lesson… (the file dialog answers
with the bad file)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from fruitnet_gui.files.dataset_io import save_dataset
from fruitnet_gui.i18n import use_language
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.data.fruits import generate
from tests.ui.test_main_window import click, open_window


@pytest.fixture
def window(qtbot, session, tmp_path):
    use_language("fr")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return open_window(qtbot, session, settings)


def _answer_the_dialog(monkeypatch, path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )


def test_a_malformed_model_file_is_said_in_french(qtbot, window, session, tmp_path, monkeypatch):
    bad = tmp_path / "cassé.json"
    bad.write_text('{"format": "fruitnet-model", "version": 1, "layers": [2, 2], "weights": [], '
                   '"biases": []}', "utf-8")  # fmt: skip
    _answer_the_dialog(monkeypatch, bad)
    for _ in range(3):
        click(qtbot, window, "step")
    network, title = session.network, window.windowTitle()
    window.open_action.trigger()
    box = window.message_box
    assert box is not None and box.isVisible()
    said = "layers doit avoir au moins 3 entrées (couche d'entrée, cachée et de sortie), il en a 2"
    assert said in box.text()
    assert window.statusBar().currentMessage() == f"{bad} : {said}"  # a space before ":"
    assert session.network is network and session.position == 3
    assert window.windowTitle() == title
    box.close()


def test_a_bad_csv_dataset_is_said_in_french(qtbot, window, session, tmp_path, monkeypatch):
    browser = window.dataset_browser
    assert browser.load_fruit_dataset()
    before = (session.dataset, session.test_set, session.network)
    bad = tmp_path / "mauvais.csv"
    bad.write_text("tomato," + ",".join(["0.5"] * 36) + "\ntomato,x" + ",0.5" * 35 + "\n")
    _answer_the_dialog(monkeypatch, bad)
    browser.actions["import_csv"].trigger()
    said = "ligne 2, colonne 2 : 'x' n'est pas un nombre"
    assert said in browser.message  # the import is done when trigger() returns
    assert said in window.statusBar().currentMessage()
    assert "is not a number" not in browser.message
    assert (session.dataset, session.test_set, session.network) == before


def test_images_of_the_wrong_size_are_said_in_french(qtbot, window, session, tmp_path, monkeypatch):
    browser = window.dataset_browser
    assert browser.load_fruit_dataset()  # the fruit network reads 6×6 images
    before = (session.dataset, session.test_set, session.network)
    small = tmp_path / "petites.json"
    save_dataset(Dataset(generate(1, seed=0).images[:, :5, :5], [0, 1], shape=(5, 5)), small)
    _answer_the_dialog(monkeypatch, small)
    browser.buttons["open"].click()
    said = (
        "les images sont des 5×5 de pomme rouge, tomate, mais le réseau lit 36 entrées de "
        "pomme rouge, tomate"
    )
    assert said in browser.message
    assert said in window.statusBar().currentMessage()
    assert (session.dataset, session.test_set, session.network) == before


def test_a_bad_lesson_is_said_in_french(qtbot, window, session, tmp_path, monkeypatch):
    bad = tmp_path / "leçon.fnlesson"
    bad.write_text('{"format": "fruitnet-lesson", "version": 1, "colour": "red"}', "utf-8")
    _answer_the_dialog(monkeypatch, bad)
    session.seek(5)
    network = session.network
    window.open_lesson_action.trigger()
    said = "clé inconnue 'colour' ; une leçon n'a que format, version, title, model"
    assert said in window.statusBar().currentMessage()
    assert session.network is network and session.position == 5
    assert window.lessons.lesson is None


def test_german_too(qtbot, window, session, tmp_path, monkeypatch):
    use_language("de")  # Help → Language while the window is open
    bad = tmp_path / "kaputt.json"
    bad.write_text('{"format": "fruitnet-model", "version": 9}', "utf-8")
    _answer_the_dialog(monkeypatch, bad)
    network = session.network
    window.open_action.trigger()
    said = "wurde von einem neueren FruitNet geschrieben (Version 9); dieses liest Version 2"
    assert said in window.statusBar().currentMessage()
    assert session.network is network
    window.message_box.close()
