"""The window and presentation mode on every screen a teacher meets (#13 item 1).

Five screen sizes × three scales; each case is one fresh process (``QT_SCALE_FACTOR``
must be set before Qt starts) on an offscreen screen of that size, which checks the
normal window and then presentation mode:

* every visible control lies inside its window (and the presentation fills the screen;
  the normal window fits the screen wherever its minimum size allows);
* nothing the canvas prints is cut: every name, value and weight is printed, and no
  text is wider than the rectangle it is drawn in;
* in presentation mode, at every sub-step of two iterations of the paper net: the 12
  weight labels cover neither each other nor a node, and every text drawn (canvas,
  formula, stepper buttons, a teacher's note) is at least 14 pt at 1× scale, i.e.
  18.7 device pixels (its font's pixel size × the painter's zoom × the screen's scale).

The text sizes are measured where the text is drawn: ``QPainter.drawText`` is wrapped
in the child process while the canvas renders itself, and the widgets' fonts and the
formula document's character formats are read as Qt shows them.
"""

from __future__ import annotations

import pytest

from tests.ui.screens import run_on_screens, screen

_SCRIPT = r"""
import json, os, sys, tempfile
from PySide6.QtCore import QRect, QRectF, QSettings
from PySide6.QtGui import QFontInfo, QPainter, QTextCursor
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QAbstractSpinBox,
    QApplication, QComboBox, QDockWidget, QLabel, QLineEdit, QWidget)
app = QApplication([])
from fruitnet_gui.ui.canvas.text_sizes import prints_everything
from fruitnet_gui.ui.classroom.presentation import MIN_TEXT_PX
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session

scale = float(os.environ["QT_SCALE_FACTOR"])
drawn = []  # (device px, text fits its rectangle, text)
_draw_text = QPainter.drawText

def draw_text(self, *args):
    # the painter's zoom times its device's pixels per logical pixel (the screen's scale,
    # or for the canvas's cached layers the scale times the zoom)
    zoom = self.worldTransform().m11() * self.device().devicePixelRatioF()
    px = QFontInfo(self.font()).pixelSize() * zoom
    fits = True
    if args and isinstance(args[0], (QRectF, QRect)) and len(args) >= 3:
        advance = max(self.fontMetrics().horizontalAdvance(t) for t in str(args[-1]).split("\n"))
        fits = advance <= args[0].width() + 1
    drawn.append((px, fits, str(args[-1])))
    return _draw_text(self, *args)

QPainter.drawText = draw_text

def settle():
    for _ in range(6):
        app.processEvents()

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QLabel)

def controls_outside(top):
    bad = []
    for w in top.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisible() or w.window() is not top:
            continue
        if any(isinstance(p, QAbstractScrollArea) for p in _parents(w, top)):
            continue  # scrolled into view as needed
        docks = [p for p in _parents(w, top) if isinstance(p, QDockWidget)]
        if docks and not docks[0].geometry().intersects(top.rect()):
            continue  # a dock behind another's tab: Qt keeps it outside the window
        rect = QRect(w.mapTo(top, w.rect().topLeft()), w.size())
        if not top.rect().contains(rect):
            name = w.objectName() or (w.text() if hasattr(w, "text") else "")
            bad.append(f"{type(w).__name__} {name} at {rect.getRect()}")
    return bad

def _parents(w, top):
    p = w.parentWidget()
    while p is not None and p is not top:
        yield p
        p = p.parentWidget()

def widget_text_px(top):
    sizes = []
    for w in top.findChildren(QWidget):
        if not w.isVisible() or w.window() is not top:
            continue
        text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else ""
        if isinstance(w, QAbstractButton) and w.toolButtonStyle().name == "ToolButtonIconOnly" \
                if hasattr(w, "toolButtonStyle") else False:
            text = ""
        if text.strip():
            sizes.append((QFontInfo(w.font()).pixelSize() * scale, w.objectName() or text[:30]))
    return sizes

def document_px(browser):
    doc = browser.document()
    sizes, block = [], doc.begin()
    dpi = browser.logicalDpiY()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid() and frag.text().strip():
                f = frag.charFormat().font()
                pt = f.pointSizeF()
                px = pt * dpi / 72 if pt > 0 else f.pixelSize()
                sizes.append((px * scale, frag.text()[:30]))
            it += 1
        block = block.next()
    return sizes

session = Session()
settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)
window = MainWindow(session, settings)
window.show()
screen = window.screen()
area = screen.availableGeometry()
window.resize(area.width(), area.height())
settle()
report = {"normal": {}, "presentation": {}}
normal = report["normal"]
normal["outside"] = controls_outside(window)
least = window.minimumSizeHint()
normal["fits_screen"] = (window.width() <= area.width() and window.height() <= area.height()) or (
    least.width() > area.width() or least.height() > area.height())
drawn.clear()
window.canvas.grab()
normal["cut"] = [t for _, fits, t in drawn if not fits]
normal["prints_everything"] = prints_everything(window.canvas)

window.presentation.enter()
settle()
view = window.presentation.view
pres = report["presentation"]
pres["geometry"] = view.geometry().getRect()
pres["screen"] = screen.geometry().getRect()
pres["outside"] = controls_outside(view)
canvas = window.canvas
problems, small, cut = [], [], []
notes = {"Ey1": "Ask the class what the half is for before you reveal it."}
window.formula.set_notes(notes)
for iteration in (1, 2):
    while True:
        where = f"iteration {iteration}, sub-step {session.position}"
        labels = canvas.edge_labels()
        lay = canvas.canvas_layout()
        rects = [r for r, _ in labels.values()]
        nodes = [QRectF(x - r, y - r, 2 * r, 2 * r)
                 for (x, y), r in zip(lay.pos.tolist(), lay.radius.tolist())]
        if len(labels) != 12 or not prints_everything(canvas):
            every = prints_everything(canvas)
            problems.append(f"{where}: {len(labels)} labels, every node printed: {every}")
        for i, a in enumerate(rects):
            if any(a.intersects(b) for b in rects[i + 1:]) or any(a.intersects(n) for n in nodes):
                problems.append(f"{where}: a label covers something")
        drawn.clear()
        canvas.grab()
        small += [f"{where}: {t!r} at {px:.1f} px" for px, _, t in drawn if px < MIN_TEXT_PX - 0.01]
        cut += [f"{where}: {t!r}" for _, fits, t in drawn if not fits]
        if session.position in (1, 9, 35):
            settle()
            for px, what in widget_text_px(view) + document_px(window.formula.body):
                if px < MIN_TEXT_PX - 0.01:
                    small.append(f"{where}: widget text {what!r} at {px:.1f} px")
        if not session.step():
            break
    session.next_iteration()
# a lesson's "Your turn" in presentation: its panel's text as large, the net still whole
window.stepper.practice_action.setChecked(True)
session.reset()
session.step()
settle()
for px, what in widget_text_px(view):
    if px < MIN_TEXT_PX - 0.01:
        small.append(f"Your turn: widget text {what!r} at {px:.1f} px")
drawn.clear()
canvas.grab()
small += [f"Your turn: {t!r} at {px:.1f} px" for px, _, t in drawn if px < MIN_TEXT_PX - 0.01]
if not prints_everything(canvas):
    problems.append("Your turn: the canvas does not print every name, value and weight")
pres["outside_practice"] = controls_outside(view)
pres["labels"] = problems
pres["small"] = sorted(set(small))[:20]
pres["cut"] = sorted(set(cut))[:20]
pres["note_shown"] = bool(window.formula.notes)
window.presentation.leave()
settle()
report["back"] = window.centralWidget() is canvas and window.formula_dock.widget() is window.formula
print(json.dumps(report))
window.session.state.mark_saved()  # a script: nobody to ask Save / Discard
window.close()
"""

SIZES = [(1024, 768), (1280, 720), (1366, 768), (1920, 1080), (3840, 2160)]
SCALES = [1.0, 1.5, 2.0]


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(w, h, s) for w, h in SIZES for s in SCALES],
    ids=[f"{w}x{h}@{s:.0%}" for w, h in SIZES for s in SCALES],
)
def test_normal_and_presentation_fit(tmp_path, width, height, scale):
    report = run_on_screens(_SCRIPT, [screen(width, height)], scale=scale, timeout=300)
    normal, pres = report["normal"], report["presentation"]
    assert normal["outside"] == [], normal
    assert normal["fits_screen"], normal
    assert normal["cut"] == [] and normal["prints_everything"], normal
    assert pres["geometry"] == pres["screen"], pres
    assert pres["outside"] == [] and pres["outside_practice"] == [], pres
    assert pres["labels"] == [], pres
    assert pres["small"] == [], pres
    assert pres["cut"] == [], pres
    assert pres["note_shown"]
    assert report["back"]
