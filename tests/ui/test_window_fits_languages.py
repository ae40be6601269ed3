"""The window fits a 1024×768 screen in every language and theme (#15 item 1).

French and German words are longer than English ones: a prompt in one line, a count or
a header that sets its label's minimum width makes the window wider than the screen
(1068 px with Your turn, 1324 px with a lesson, 1756 px after presentation mode, in
French). Each case is a fresh process on an offscreen screen of 1024×768 (the language
and the screen are read once, at the start), which drives the real window:

* Your turn (Y), then the worked example's lesson: the window is no wider than the
  screen's available width, and its minimum size hint fits too (a window manager
  honours the minimum the program sets, not the size it asks for);
* F5: the presentation covers the screen exactly, its minimum fits; Esc puts the window
  back at exactly its geometry from before;
* the user's own choice (a closed dock, zoom 90 %) is what the next start shows: the
  lesson's panels and an automatic zoom-down are not written into the settings.
"""

from __future__ import annotations

import pytest

from tests.ui.screens import run_on_screens, screen

_SCRIPT = r"""
import json, os, tempfile
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fruitnet_gui.i18n import use_language
LANGUAGE, LESSON, THEME = ARGS
use_language(LANGUAGE)
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import theme_manager
from fruitnet_gui.ui.zoom import saved_zoom

def settle():
    for _ in range(8):
        app.processEvents()

def fits(top, area):
    least = top.minimumSizeHint()
    return {"size": [top.width(), top.height()], "least": [least.width(), least.height()],
            "fits": top.width() <= area.width() and least.width() <= area.width()
            and least.height() <= area.height()}

ini = os.path.join(tempfile.mkdtemp(), "s.ini")
settings = QSettings(ini, QSettings.Format.IniFormat)
session = Session()
window = MainWindow(session, settings)
if THEME == "high_contrast":
    window.high_contrast_action.trigger()
elif THEME == "dark":
    theme_manager().set_color_scheme(Qt.ColorScheme.Dark)
window.show()
settle()
area = window.screen().availableGeometry()
report = {"area": [area.width(), area.height()]}
# the user's own choices, before any lesson
window.zoom.set_level(0.9)
window.confusion_dock.close()
settle()
report["docks_before"] = sorted(d.objectName() for d in window.docks() if not d.isHidden())
report["start"] = fits(window, area)
window.stepper.practice_action.trigger()  # Your turn (what Y does)
settle()
report["your_turn"] = fits(window, area)
window.stepper.practice_action.trigger()
window.open_lesson(LESSON)
settle()
report["lesson"] = fits(window, area)
report["lesson_docks"] = sorted(d.objectName() for d in window.docks() if not d.isHidden())
before = window.geometry().getRect()
window.presentation.enter()
settle()
view = window.presentation.view
report["presentation"] = fits(view, view.screen().geometry())
report["presentation_rect"] = view.geometry().getRect()
report["screen_rect"] = view.screen().geometry().getRect()
window.presentation.leave()
settle()
report["before_rect"], report["after_rect"] = before, window.geometry().getRect()
report["after"] = fits(window, area)
report["zoom_after"] = window.zoom.level
session.state.mark_saved()  # a script: nobody to ask Save / Discard
window.close()
# the next normal start, with the same settings
settings.sync()
again = MainWindow(Session(), QSettings(ini, QSettings.Format.IniFormat))
again.show()
settle()
again.zoom.restore()
report["docks_next"] = sorted(d.objectName() for d in again.docks() if not d.isHidden())
report["zoom_saved"] = saved_zoom(QSettings(ini, QSettings.Format.IniFormat))
report["zoom_next"] = again.zoom.level
again.session.state.mark_saved()
again.close()
print(json.dumps(report))
"""

CASES = [("fr", "light"), ("fr", "dark"), ("fr", "high_contrast"), ("de", "light"),
         ("de", "dark"), ("de", "high_contrast"), ("en", "light")]  # fmt: skip


@pytest.mark.parametrize(("language", "theme"), CASES, ids=[f"{a}-{b}" for a, b in CASES])
def test_your_turn_a_lesson_and_presentation_fit_1024(language, theme):
    from pathlib import Path

    lesson = Path(__file__).resolve().parents[2] / "lessons" / "paper-iteration.fnlesson"
    script = f"ARGS = {(language, str(lesson), theme)!r}\n" + _SCRIPT
    report = run_on_screens(script, [screen(1024, 768)], timeout=300)
    for case in ("start", "your_turn", "lesson", "after"):
        assert report[case]["fits"], (case, report[case], report["area"])
    assert report["presentation"]["fits"], report["presentation"]
    assert report["presentation_rect"] == report["screen_rect"]
    assert report["after_rect"] == report["before_rect"]  # Esc: exactly as it was
    assert report["zoom_after"] == pytest.approx(0.9)
    # the lesson showed only its panels; the next start shows the user's own again
    assert report["lesson_docks"] != report["docks_before"]
    assert "confusion_dock" not in report["docks_before"]
    assert report["docks_next"] == report["docks_before"]
    assert report["zoom_saved"] == pytest.approx(0.9)
    assert report["zoom_next"] == pytest.approx(0.9)
