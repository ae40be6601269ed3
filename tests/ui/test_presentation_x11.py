"""Presentation mode on a real X server with no window manager (a kiosk, a projector
PC, Xvfb): the full-screen window is the screen, in French too.

Offscreen, Qt itself holds a full-screen window to its screen; on X11 that is the
window manager's job. Without one, the French presentation's first sizes made the
window 1444 px wide on a 1280×800 screen, its formula and its Leave button cut off.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fruitnet_gui.display import display_problem
from tests.xvfb import xvfb

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = r"""
import json, sys, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fruitnet_gui.i18n import use_language
use_language(sys.argv[1])
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session
ini = tempfile.mktemp(suffix=".ini")
window = MainWindow(Session(), QSettings(ini, QSettings.Format.IniFormat))
window.show()
for _ in range(5):
    app.processEvents()
window.presentation.enter()
view = window.presentation.view
for _ in range(10):
    app.processEvents()
print(json.dumps({
    "view": view.geometry().getRect(), "screen": view.screen().geometry().getRect(),
    "full": view.isFullScreen(), "leave": view.bar.leave_button.geometry().right(),
    "count": view.bar.count_label.text(),
}))
window.presentation.leave()
window.session.state.mark_saved()
window.close()
"""


@pytest.fixture(scope="module")
def x_display():
    if shutil.which("Xvfb") is None or not sys.platform.startswith("linux"):
        pytest.skip("needs Xvfb")
    answers = lambda d: display_problem({"DISPLAY": d}) is None  # noqa: E731
    with xvfb(911, "-screen", "0", "1280x800x24", ready=answers) as display:
        yield display


@pytest.mark.parametrize("code", ["fr", "en"])
def test_the_presentation_is_the_screen_without_a_window_manager(x_display, code):
    gone = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "QT_SCALE_FACTOR")
    env = {k: v for k, v in os.environ.items() if k not in gone}
    env.update(DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, code], env=env, cwd=ROOT,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"] == [0, 0, 1280, 800], report
    assert report["view"] == report["screen"] and report["full"], report
    assert report["leave"] < 1280, report  # the Leave button is on the screen
    expected = {"fr": "Itération 1 · sous-étape", "en": "Iteration 1 · sub-step"}[code]
    assert report["count"].startswith(expected), report
