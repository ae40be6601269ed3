"""Access keys (Alt+letter, the underlined letter of a menu or a button) are unique in
English, French and German: among the menu bar's titles and the window's always-visible
buttons (the stepper's, and Your turn's Check, Hint, Reveal), and within each menu."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QMenu

from fruitnet_gui.i18n import use_language

_KEY = re.compile(r"&(?!&)(.)")


def access_key(text: str) -> str | None:
    """The letter after a single ``&`` ("&&" is a written ampersand), lowercased."""
    found = _KEY.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> list[str]:
    """The texts whose access key another of ``texts`` has too."""
    keys = Counter(k for k in map(access_key, texts) if k)
    return sorted(t for t in texts if (k := access_key(t)) and keys[k] > 1)


def test_the_check_finds_a_clash() -> None:
    assert access_key("&Aide") == "a" and access_key("R&&D") is None
    assert clashes(["&Aide", "&affichage", "&Fichier"]) == ["&Aide", "&affichage"]


def _menus(menu: QMenu, path: str):
    yield path, menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus(action.menu(), f"{path} → {action.text()}")


@pytest.mark.parametrize("code", ["en", "fr", "de"])
def test_access_keys_are_unique_in_every_language(qtbot, session, tmp_path, code) -> None:
    from tests.ui.test_main_window import open_window

    use_language(code)
    window = open_window(qtbot, session, QSettings(str(tmp_path / "s.ini"),
                                                   QSettings.Format.IniFormat))  # fmt: skip
    window.stepper.practice_action.setChecked(True)  # Your turn: Check, Hint, Reveal shown
    qtbot.waitUntil(lambda: window.formula.practice.isVisible(), timeout=60_000)
    bar = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    buttons = [
        b.text() for b in window.findChildren(QAbstractButton)
        if b.isVisible() and b.window() is window and access_key(b.text())
    ]  # fmt: skip
    assert len(bar) == 7 and all(access_key(t) for t in bar), bar
    problems = []
    if clashes(bar + buttons):
        problems.append(("menu bar and buttons", clashes(bar + buttons)))
    # View's panel items are the docks' own toggles (Qt gives them the dock's title) and
    # the Size menu's items are numbers: those may go without a key
    docks = {dock.toggleViewAction() for dock in window.docks()}
    for action in window.menuBar().actions():
        for path, menu in _menus(action.menu(), action.text()):
            shown = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
            texts = [a.text() for a in shown]
            if clashes(texts):
                problems.append((path, clashes(texts)))
            missing = [
                a.text() for a in shown
                if access_key(a.text()) is None and a.isEnabled() and a not in docks
                and not a.text()[0].isdigit()
            ]  # fmt: skip
            if missing:
                problems.append((path, ["no access key", *missing]))
    assert problems == [], (code, problems)
