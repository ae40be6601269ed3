"""Save / Discard / Cancel with the keyboard alone, in every language (Alt+S, Alt+D,
Esc), and Qt's own words (standard buttons, file dialogs) in the user's language."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from fruitnet_gui.i18n import use_language
from fruitnet_gui.ui.main_window import MainWindow

from .test_main_window import open_window

Button = QMessageBox.StandardButton


def press(qtbot, window: MainWindow, key: Qt.Key, modifier, shown: dict) -> None:
    """When the question shows, note its buttons' texts and press ``key`` in it (in
    the button that has the focus, as a keyboard user's key press goes)."""

    def go() -> None:
        box = window.unsaved.box
        if box is None or not box.isVisible():
            QTimer.singleShot(20, go)
            return
        if QApplication.activeWindow() is not box:  # a window manager activates it;
            box.activateWindow()  # the offscreen platform waits to be asked
            QTimer.singleShot(20, go)
            return
        shown.update({b: box.button(b).text() for b in (Button.Save, Button.Discard,
                                                        Button.Cancel)})  # fmt: skip
        qtbot.keyClick(QApplication.focusWidget() or box, key, modifier)
        # a key that answers nothing fails the test instead of leaving the box open
        QTimer.singleShot(60_000, box, lambda: (shown.update(unanswered=True), box.reject()))

    QTimer.singleShot(0, go)


@pytest.mark.parametrize(
    "language, discard, save, texts",
    [
        ("en", Qt.Key.Key_D, Qt.Key.Key_S, ("&Save", "&Discard", "Cancel")),
        ("fr", Qt.Key.Key_N, Qt.Key.Key_E, ("&Enregistrer", "&Ne pas enregistrer", "Annuler")),
        ("de", Qt.Key.Key_V, Qt.Key.Key_S, ("&Speichern", "&Verwerfen", "Abbrechen")),
    ],
)
def test_alt_letters_answer_the_question(qtbot, session, tmp_path, monkeypatch,
                                         language, discard, save, texts):  # fmt: skip
    use_language(language)
    settings = QSettings(str(tmp_path / "fruitnet.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, session, settings)
    # Esc: Cancel, everything stays
    assert session.set_weight("w5", 0.9)
    shown: dict = {}
    press(qtbot, window, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, shown)
    window.fruit_action.trigger()
    assert (shown[Button.Save], shown[Button.Discard], shown[Button.Cancel]) == texts
    assert session.network.layers == (2, 2, 2) and "weights" in session.state.unsaved
    # Alt + Discard's letter: the fruit network, the typed weight let go
    press(qtbot, window, discard, Qt.KeyboardModifier.AltModifier, shown)
    window.fruit_action.trigger()
    assert "unanswered" not in shown
    assert session.network.layers == (36, 36, 2)
    assert "weights" not in session.state.unsaved
    # Alt + Save's letter: the model file is written, then the paper example opens
    path = tmp_path / "typed.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    assert session.set_weight("w1", 0.5)
    press(qtbot, window, save, Qt.KeyboardModifier.AltModifier, shown)
    window.paper_action.trigger()
    assert "unanswered" not in shown
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "fruitnet-model"
    assert session.network.layers == (2, 2, 2)


def test_qt_speaks_french_in_its_own_buttons_and_dialogs(qtbot):
    use_language("fr")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", Button.Ok | Button.Cancel)
    qtbot.addWidget(box)
    assert box.button(Button.Cancel).text() == "Annuler"
    dialog = QFileDialog(None, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {b.text() for b in dialog.findChildren(type(box.button(Button.Cancel)))}
    assert "Annuler" in labels, labels
    use_language("de")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", Button.Ok | Button.Cancel)
    qtbot.addWidget(box)
    assert box.button(Button.Cancel).text() == "Abbrechen"
    dialog.close()
