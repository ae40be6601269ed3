"""The first window (no remembered layout) fits its screen frame and all: its client
area leaves room for a window manager's title bar, so the status bar is on screen at
1024×768 (it was pushed off the bottom when the client area was as tall as the screen).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMargins, QRect, QSize

from fruitnet_gui.ui.window_size import FRAME_ALLOWANCE, first_size
from tests.ui.screens import run_on_screens, screen

_SCRIPT = r"""
import json, os, tempfile
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session
settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)
session = Session()
window = MainWindow(session, settings)
window.show()
for _ in range(30):
    app.processEvents()
frame, inner = window.frameGeometry(), window.geometry()
available = window.screen().availableGeometry()
bar = window.statusBar()
bottom = bar.mapToGlobal(QPoint(0, bar.height() - 1)).y()
print(json.dumps({
    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
    "client": [inner.width(), inner.height()],
    "available": [available.x(), available.y(), available.width(), available.height()],
    "bar_visible": bar.isVisible(), "bar_bottom": bottom,
}))
window.close()
session.trainer.shutdown()
"""


@pytest.mark.parametrize("width, height", [(1024, 768), (1280, 800), (1920, 1080)])
def test_the_first_window_fits_its_screen_frame_and_all(tmp_path, width, height):
    report = run_on_screens(tmp_path, _SCRIPT, [screen(width, height)])
    x, y, w, h = report["frame"]
    ax, ay, aw, ah = report["available"]
    assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, report
    assert report["bar_visible"] and report["bar_bottom"] < ay + ah, report
    # the client area leaves a title bar's room below 1280×800, and is 1280×800 above
    room = QSize(aw, ah).shrunkBy(FRAME_ALLOWANCE)
    want = QSize(1280, 800).boundedTo(room)
    assert report["client"] == [want.width(), want.height()], report
    if width == 1920:
        assert report["client"] == [1280, 800]
    else:
        assert report["client"][1] <= ah - FRAME_ALLOWANCE.top(), report


def test_first_size_takes_the_frame_off_the_room():
    available = QRect(0, 0, 1024, 768)
    assert first_size(QSize(1280, 800), available, QMargins(1, 24, 1, 1)) == QSize(1022, 743)
    assert first_size(QSize(800, 600), available, QMargins(1, 24, 1, 1)) == QSize(800, 600)
