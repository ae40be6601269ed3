"""Live zoom on a 1920×1080 screen: Ctrl+= from 100 % grows text, canvas and plots at once
until the window would no longer fit; that level is refused with one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_SCRIPT = r"""
import json, os, tempfile
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session

session = Session()
path = os.path.join(tempfile.mkdtemp(), "s.ini")
window = MainWindow(session, QSettings(path, QSettings.Format.IniFormat))
window.show()
QTest.qWaitForWindowActive(window, 60_000)
plot = window.error_plot
axis = plot.getPlotItem().getAxis("left")
start = {"formula_pt": window.formula.base_point_size, "canvas": window.canvas.zoom,
         "tick_pt": axis.style["tickFont"].pointSizeF() if axis.style["tickFont"] else 0.0}
levels, messages = [], []
for _ in range(12):
    before = window.zoom.level
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    levels.append(window.zoom.level)
    messages.append(window.statusBar().currentMessage())
    if window.zoom.level == before:
        break
room = window.screen().availableGeometry()
need = window.minimumSizeHint()
report = {"start": start, "levels": levels, "last_message": messages[-1],
          "formula_pt": window.formula.base_point_size, "canvas": window.canvas.zoom,
          "tick_pt": axis.style["tickFont"].pointSizeF(),
          "fits": need.width() <= room.width() and need.height() <= room.height()}
window.session.state.mark_saved()  # a script: nobody to ask Save / Discard
window.close()
again = MainWindow(Session(), QSettings(path, QSettings.Format.IniFormat))
report["next_start"] = again.zoom.level
print(json.dumps(report))
"""


def test_ctrl_plus_until_refused(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "s0", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}),
        encoding="utf-8",
    )  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    env["FRUITNET_LOG_DIR"] = str(tmp_path / "log")
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr
    r = json.loads(done.stdout.strip().splitlines()[-1])
    assert r["levels"][0] == 1.1, r  # the first Ctrl+= is taken at once
    assert r["levels"][-1] == r["levels"][-2] < 3.0, r  # then one is refused
    assert "refused" in r["last_message"] and "would need" in r["last_message"], r
    kept = r["levels"][-1]
    assert r["canvas"] == kept
    assert abs(r["formula_pt"] - r["start"]["formula_pt"] * kept) < 0.01, r
    assert r["tick_pt"] > r["start"]["tick_pt"], r
    assert r["fits"], r
    assert r["next_start"] == kept, r
