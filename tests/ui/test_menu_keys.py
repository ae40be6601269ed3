"""The keyboard in every language: each menu's underlined letters are its own, and
presentation mode speaks the user's language.

Two items of one menu with the same underlined letter (French "C&lavier" and
"&Langue" in Help) make Alt+letter and the letter inside the open menu only move
between them, never open either: a student without a mouse, pressing L for the
keyboard's list, got the language menu and with Enter switched the window to English.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from fruitnet_gui.i18n import use_language
from tests.ui.test_presentation import window  # noqa: F401  (the window, left as found)


def _mnemonic(text: str) -> str | None:
    """The underlined letter of a menu text ("&&" is a literal ampersand)."""
    k = 0
    while (k := text.find("&", k)) >= 0 and k + 1 < len(text):
        if text[k + 1] != "&":
            return text[k + 1].lower()
        k += 2
    return None


def _clashes(title: str, actions: list[QAction]) -> list[str]:
    """Letters used twice among the visible items of one menu, its submenus too."""
    seen: dict[str, list[str]] = {}
    found = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = _mnemonic(action.text())
        if letter:
            seen.setdefault(letter, []).append(action.text())
        if isinstance(action.menu(), QMenu):
            found += _clashes(action.text(), action.menu().actions())
    found += [f"{title}: {letter!r} {texts}" for letter, texts in seen.items() if len(texts) > 1]
    return found


@pytest.mark.parametrize("code", ["en", "fr", "de"])
def test_every_menu_underlines_a_letter_of_its_own(qtbot, window, code):  # noqa: F811
    use_language(code)
    file_menu = window.menuBar().actions()[0]
    expected = {"en": "&File", "fr": "&Fichier", "de": "&Datei"}[code]
    qtbot.waitUntil(lambda: file_menu.text() == expected, timeout=60_000)
    bar = window.menuBar().actions()
    assert _clashes("menu bar", bar) == []
    assert len([a for a in bar if _mnemonic(a.text())]) == len(bar)  # every menu has one


def test_the_check_finds_a_clash():
    """Not vacuous: two items with one letter are found, "&&" is no letter."""
    menu = QMenu()
    for text in ("C&lavier", "&Langue", "Fish && &chips"):
        menu.addAction(text)
    assert _clashes("Aide", menu.actions()) == ["Aide: 'l' ['C&lavier', '&Langue']"]
    assert _mnemonic("Fish && &chips") == "c" and _mnemonic("no letter") is None


def test_presentation_speaks_french(qtbot, window):  # noqa: F811
    use_language("fr")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Fichier", timeout=60_000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.presentation.active, timeout=60_000)
    view = window.presentation.view
    qtbot.waitExposed(view, timeout=60_000)
    qtbot.waitUntil(view.isActiveWindow, timeout=60_000)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.position == 1, timeout=60_000)
    count = view.bar.count_label.text()
    assert count == "Itération 1 · sous-étape <b>1 sur 35</b>", count
    assert view.windowTitle() == f"{window.windowTitle()} — présentation"
    assert view.bar.leave_button.text() == "Quitter (Échap)"
