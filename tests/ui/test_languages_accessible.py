"""What a screen reader says follows Help → Language at run time: after each switch
(English → Français → Deutsch → English) no accessible name or description of the
window is left in the language before.

"Left in the language before" is decided from the translations themselves: a text is
left over if it is (with its ``{placeholders}`` filled by anything) the previous
language's form of a message whose form in the new language differs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from fruitnet_gui.i18n import current_language
from fruitnet_gui.ui.language import accessible_texts
from fruitnet_gui.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _forms() -> list[dict[str, str]]:
    """Each message as {"en": source, "fr": …, "de": …}."""
    by_key: dict[tuple[str, str], dict[str, str]] = {}
    for lang in ("fr", "de"):
        root = ET.parse(ROOT / "translations" / f"fruitnet_{lang}.ts").getroot()
        for context in root.iter("context"):
            name = context.findtext("name")
            for m in context.iter("message"):
                source, shown = m.findtext("source"), m.findtext("translation")
                if m.find("translation").get("type") in ("obsolete", "vanished") or not shown:
                    continue
                by_key.setdefault((name, source), {"en": source})[lang] = shown
    return [f for f in by_key.values() if len(f) == 3]


def _pattern(text: str) -> re.Pattern:
    parts = re.split(r"\{[a-z_]+\}", text)
    return re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)


def _worded(text: str) -> bool:
    """Whether ``text`` has a word of its own besides its placeholders ("{path}: {why}"
    has none: it would match any text with a colon in every language)."""
    return re.search(r"[^\W\d_]{3,}", re.sub(r"\{[a-z_]+\}", " ", text)) is not None


@pytest.fixture(scope="module")
def forms() -> list[dict[str, str]]:
    return _forms()


def _left_over(window: MainWindow, forms, before: str, now: str) -> list[str]:
    """The accessible texts of ``window`` that are still in language ``before``."""
    patterns = [_pattern(f[before]) for f in forms if f[before] != f[now] and _worded(f[before])]
    left = []
    for widget, said in accessible_texts(window):
        if any(p.fullmatch(said) for p in patterns):
            left.append(f"{type(widget).__name__} {widget.objectName()!r}: {said[:80]!r}")
    return sorted(set(left))


def test_accessible_names_follow_each_switch_of_language(qtbot, session, tmp_path, forms):
    settings = QSettings(str(tmp_path / "fruitnet.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.error_plot  # noqa: B018 - the plots are made late: make them now
    window.training_plot  # noqa: B018
    window.runs_panel  # noqa: B018
    for _ in range(3):  # a formula shown, crumbs done and to come
        qtbot.mouseClick(window.stepper.buttons["step"], Qt.MouseButton.LeftButton)
    file_menu = window.menuBar().actions()[0]
    # the check sees English where there is English (it is not vacuous)
    english = _left_over(window, forms, "en", "fr")
    assert len(english) > 30, english
    float_button = window.input_dock.findChild(QAbstractButton, "qt_dockwidget_floatbutton")
    assert float_button.accessibleName() == "Float"

    before = "en"
    for code, menu in (("fr", "&Fichier"), ("de", "&Datei"), ("en", "&File")):
        window.findChild(QAction, f"language_{code}").trigger()
        qtbot.waitUntil(lambda menu=menu: file_menu.text() == menu, timeout=60_000)
        assert current_language() == code
        left = _left_over(window, forms, before, code)
        assert left == [], f"{before} → {code}:\n" + "\n".join(left)
        before = code
        if code == "fr":
            assert window.canvas.accessibleName() == "Réseau"
            assert float_button.accessibleName() == "Détacher"  # Qt's own, again
            assert window.canvas.accessibleDescription().startswith("Un réseau 2-2-2")
    assert window.canvas.accessibleName() == "Network canvas"
    assert float_button.accessibleName() == "Float"
