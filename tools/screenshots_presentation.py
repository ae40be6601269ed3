"""Presentation mode's screenshots, on a 1024×768 projector (offscreen).

``python tools/screenshots_presentation.py [OUTDIR]`` writes (``tools/screenshots.py``
runs it too):

* ``presentation-1024x768.png``: the paper example in presentation mode at the first
  gradient, ∂Etotal/∂w5, on a 1024×768 screen at 100 %;
* ``presentation-lesson-note.png``: the lesson ``lessons/inner-weights.fnlesson`` in
  presentation mode at a sub-step with the teacher's note.

The screen must be configured before Qt starts: each runs in a fresh process.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.offscreen import run_script, screen  # noqa: E402

OUT = ROOT / "docs" / "screenshots"

_CHILD = r"""
import os, sys, tempfile
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fruitnet_gui.files.lesson_io import load_lesson
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session

def settle():
    for _ in range(20):
        app.processEvents()

session = Session()
settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)
window = MainWindow(session, settings)
window.show()
settle()
if {lesson!r}:
    path = os.path.join({root!r}, "lessons", "inner-weights.fnlesson")
    window.lessons.lesson, window.lessons.path = load_lesson(path), path
    window.lessons.apply(window.lessons.lesson)
    settle()
    while session.current is None or session.current.name not in window.formula.notes:
        if not session.step():
            break
else:
    while session.current is None or session.current.name != "dEtotal/dw5":
        session.step()
window.presentation.enter()
settle()
window.presentation.view.grab().save({out!r})
window.presentation.leave()
window.session.state.mark_saved()  # a script: nobody to ask Save / Discard
window.close()
"""


def render(outdir: Path = OUT) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    shots = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, lesson in (("presentation-1024x768.png", False),
                             ("presentation-lesson-note.png", True)):  # fmt: skip
            out = outdir / name
            code = _CHILD.format(root=str(ROOT), lesson=lesson, out=str(out))
            run_script(code, [screen(1024, 768, name="projector")], log_dir=tmp)
            shots.append(out)
    return shots


if __name__ == "__main__":
    for p in render(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(p)
