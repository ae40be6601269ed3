"""With a second screen (a projector beside the laptop), presentation mode goes there."""

from __future__ import annotations

from tests.ui.screens import run_on_screens, screen

_SCRIPT = r"""
import json, os, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session

session = Session()
settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)
window = MainWindow(session, settings)
window.show()
for _ in range(6):
    app.processEvents()
before = window.screen().name()
window.presentation.enter()
for _ in range(6):
    app.processEvents()
view = window.presentation.view
report = {"window_screen": before, "view_screen": view.screen().name(),
          "view": list(view.geometry().getRect())}
window.presentation.leave()
for _ in range(6):
    app.processEvents()
report["back_on"] = window.screen().name()
print(json.dumps(report))
window.session.state.mark_saved()  # a script: nobody to ask Save / Discard
window.close()
"""


def test_presentation_goes_to_the_other_screen(tmp_path):
    screens = [screen(1366, 768, name="laptop"), screen(1024, 768, name="projector", x=1366)]
    report = run_on_screens(_SCRIPT, screens)
    assert report["window_screen"] == "laptop", report
    assert report["view_screen"] == "projector", report
    assert report["view"] == [1366, 0, 1024, 768], report
    assert report["back_on"] == "laptop", report
