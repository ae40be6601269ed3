"""The paper net's labels in the real window, at the sizes and scales a teacher uses.

Each case is a fresh process (``QT_SCALE_FACTOR`` must be set before Qt starts) with
an offscreen screen of the given size, the window filling it, stepped through two
iterations; every sub-step's labels are checked in the canvas as the window sizes it.
"""

from __future__ import annotations

import pytest

from tests.ui.screens import run_on_screens, screen

_SCRIPT = r"""
import json, os, sys, tempfile
from PySide6.QtCore import QRectF, QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fruitnet_gui.ui.canvas.widget import NetworkCanvas
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session

session = Session()
settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)
window = MainWindow(session, settings)
window.show()
area = window.screen().availableGeometry()
window.resize(area.width(), area.height())
for _ in range(10):
    app.processEvents()
canvas = window.findChild(NetworkCanvas)
problems, sizes = [], set()
for iteration in (1, 2):
    while True:
        labels = canvas.edge_labels()
        lay = canvas.canvas_layout()
        rects = [r for r, _ in labels.values()]
        nodes = [QRectF(x - r, y - r, 2 * r, 2 * r)
                 for (x, y), r in zip(lay.pos.tolist(), lay.radius.tolist())]
        where = f"iteration {iteration}, sub-step {session.position}"
        if len(labels) != 12:
            problems.append(f"{where}: {len(labels)} labels")
        for i, a in enumerate(rects):
            if any(a.intersects(b) for b in rects[i + 1:]) or any(a.intersects(n) for n in nodes):
                problems.append(f"{where}: a label covers something")
        sizes.add(canvas.label_font_px())
        if not session.step():
            break
    session.next_iteration()
node_px = min(canvas.node_text_px(n)[1] for n in ("x1", "h1", "y1"))
print(json.dumps({"canvas": canvas.size().toTuple(), "problems": problems,
                  "label_px": sorted(sizes), "value_px": node_px}))
window.close()
"""


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1024, 768, 1.0), (1280, 720, 1.5), (1920, 1080, 2.0)],
    ids=["1024x768@100%", "1280x720@150%", "1920x1080@200%"],
)
def test_every_label_in_the_real_window(tmp_path, width, height, scale):
    report = run_on_screens(_SCRIPT, [screen(width, height)], scale=scale)
    assert report["problems"] == [], report
    # at 150 % and more the floor is 8 logical pixels (12 or more on the screen)
    assert min(report["label_px"]) * scale >= 10, report
    assert report["value_px"] * scale >= 11, report
