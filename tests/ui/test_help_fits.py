"""Help → Keyboard fits a 1024×768 screen (#15 item 3).

In French the list was a 905-pixel message box: its last rows and OK were off the
screen, with no way to scroll. Now it is a dialog no taller than the screen's room,
whose text scrolls: End brings its last row into view, OK is inside the screen, Esc
closes it. Driven with real keys, in a fresh process on a 1024×768 offscreen screen.
"""

from __future__ import annotations

import pytest

from tests.ui.screens import run_on_screens, screen

_SCRIPT = r"""
import json, os, tempfile
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fruitnet_gui.i18n import use_language
use_language(LANGUAGE)
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session

def settle():
    for _ in range(8):
        app.processEvents()

settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)
window = MainWindow(Session(), settings)
window.show()
settle()
area = window.screen().availableGeometry()
report = {"area": area.getRect()}
for name in ("keyboard_action", "how_to_action"):
    getattr(window, name).trigger()
    settle()
    box = window.message_box
    bar = box.browser.verticalScrollBar()
    ok = box.ok_button
    ok_rect = QRect(ok.mapToGlobal(ok.rect().topLeft()), ok.size())
    QTest.keyClick(box.browser, Qt.Key.Key_End)  # the last rows: scrolled into view
    settle()
    one = {"frame": box.frameGeometry().getRect(), "ok_inside": area.contains(ok_rect),
           "ok_visible": ok.isVisible(), "scrolls": bar.maximum() > 0,
           "at_end": bar.value() == bar.maximum(), "title": box.windowTitle(),
           "inside": area.contains(box.geometry())}
    QTest.keyClick(box.browser, Qt.Key.Key_Escape)
    settle()
    one["closed_by_esc"] = not box.isVisible()
    report[name] = one
window.session.state.mark_saved()
window.close()
print(json.dumps(report))
"""


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_help_keyboard_fits_1024x768_scrolls_and_closes_with_esc(language):
    script = f"LANGUAGE = {language!r}\n" + _SCRIPT
    report = run_on_screens(script, [screen(1024, 768)], timeout=300)
    keyboard = report["keyboard_action"]
    assert keyboard["title"] == {"fr": "Clavier", "de": "Tastatur", "en": "Keyboard"}[language]
    for name in ("keyboard_action", "how_to_action"):
        one = report[name]
        assert one["inside"] and one["ok_visible"] and one["ok_inside"], (name, one, report)
        assert one["at_end"], one
        assert one["closed_by_esc"], one
    if language == "fr":
        assert keyboard["scrolls"], keyboard  # 905 pixels of text: it scrolls
