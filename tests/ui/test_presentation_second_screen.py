"""With a second screen (a projector beside the laptop), presentation mode goes there."""

from __future__ import annotations

import json
import os
import subprocess
import sys

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
    screens = [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "projector", "x": 1366, "y": 0, "width": 1024, "height": 768},
    ]
    for s in screens:
        s.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    env["FRUITNET_LOG_DIR"] = str(tmp_path / "log")
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["window_screen"] == "laptop", report
    assert report["view_screen"] == "projector", report
    assert report["view"] == [1366, 0, 1024, 768], report
    assert report["back_on"] == "laptop", report
