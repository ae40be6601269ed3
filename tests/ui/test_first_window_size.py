"""The first window (no remembered layout) fits its screen frame and all: its client
area leaves room for a window manager's title bar, so the status bar is on screen at
1024×768 (it was pushed off the bottom when the client area was as tall as the screen).

The offscreen platform has no window manager (and so no frame): there the window's
frame is checked inside the screen, and the room left for a frame is checked on the
size logic itself. Under Xvfb with openbox at 1024×768 the frame is 1018×757 at (3, 5)
and the status bar's bottom row is at y = 756 (it was at 787 of 768 before).
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
import time
deadline = time.monotonic() + 60  # the frame is fitted once the window has one
while not window.screen().availableGeometry().contains(window.frameGeometry()):
    app.processEvents()
    time.sleep(0.01)
    assert time.monotonic() < deadline
from fruitnet_gui.ui.window_size import frame_margins
m = frame_margins(window)
frame, inner = window.frameGeometry(), window.geometry()
available = window.screen().availableGeometry()
bar = window.statusBar()
bottom = bar.mapToGlobal(QPoint(0, bar.height() - 1)).y()
print(json.dumps({
    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
    "client": [inner.width(), inner.height()],
    "available": [available.x(), available.y(), available.width(), available.height()],
    "bar_visible": bar.isVisible(), "bar_bottom": bottom,
    "margins": [m.left(), m.top(), m.right(), m.bottom()],
}))
window.close()
session.trainer.shutdown()
"""


@pytest.mark.parametrize("width, height", [(1024, 768), (1280, 800), (1920, 1080)])
def test_the_first_window_fits_its_screen_frame_and_all(tmp_path, width, height):
    report = run_on_screens(_SCRIPT, [screen(width, height)])
    x, y, w, h = report["frame"]
    ax, ay, aw, ah = report["available"]
    assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, report
    assert report["bar_visible"] and report["bar_bottom"] < ay + ah, report
    # the client area: 1280×800, or the screen's room less the window's own frame
    left, top, right, bottom = report["margins"]
    assert report["client"] == [min(1280, aw - left - right), min(800, ah - top - bottom)]


def test_first_size_takes_the_frame_off_the_room():
    """Where a window manager frames it: the frame inside the screen's room."""
    available = QRect(0, 0, 1024, 768)
    assert first_size(QSize(1280, 800), available, QMargins(1, 24, 1, 1)) == QSize(1022, 743)
    assert first_size(QSize(1280, 800), available, FRAME_ALLOWANCE) == QSize(1016, 732)
    assert first_size(QSize(1280, 800), QRect(0, 0, 1280, 800), FRAME_ALLOWANCE) == QSize(1272, 764)
    assert first_size(QSize(1280, 800), QRect(0, 0, 1920, 1080), FRAME_ALLOWANCE) == QSize(
        1280, 800
    )
