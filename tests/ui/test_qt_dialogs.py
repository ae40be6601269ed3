"""Qt's own dialogs as FruitNet opens them, in French and German: every label, button
and menu of the file dialog (File → Open…), the colour dialog (a plot's export
background) and the Save / Discard / Cancel box, translated by Qt's translations or,
where those lack a sentence, by FruitNet's (``ui/qt_words.py``)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QColorDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from fruitnet_gui.i18n import use_language

#: Texts that are the same in the language as in English (and paths, names).
SAME = {"Type", "OK", "Name", "Details", "FruitNet", "?", "&HTML:"}


def _texts(dialog: QWidget) -> set[str]:
    out = [w.text() for w in dialog.findChildren(QLabel)]
    out += [w.text() for w in dialog.findChildren(QAbstractButton)]
    out += [w.toolTip() for w in dialog.findChildren(QWidget)]
    out += [a.text() for a in dialog.findChildren(QAction)]
    return {t for t in out if t and t.strip() and not t.startswith("/")}


def _file_dialog(qtbot, save: bool) -> QFileDialog:
    dialog = QFileDialog(None, "FruitNet")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _dialogs(qtbot) -> dict[str, set[str]]:
    """The texts of each dialog, made anew in the current language."""
    out = {}
    for save in (False, True):
        dialog = _file_dialog(qtbot, save)
        out[f"file dialog (save={save})"] = _texts(dialog)
        dialog.close()
    colors = QColorDialog()
    colors.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
    qtbot.addWidget(colors)
    colors.show()
    out["colour dialog"] = _texts(colors)
    colors.close()
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "FruitNet", "?", buttons.Save | buttons.Cancel)
    qtbot.addWidget(box)
    box.show()
    out["message box"] = _texts(box)
    box.close()
    return out


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_qts_dialogs_speak_the_language(qtbot, lang):
    english = _dialogs(qtbot)
    assert "&Look in:" in english["file dialog (save=False)"]  # the check sees English
    use_language(lang)
    for name, texts in _dialogs(qtbot).items():
        left = sorted((texts & english[name]) - SAME)
        assert left == [], (name, left)
