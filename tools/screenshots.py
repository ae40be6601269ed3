"""Render the main window offscreen at 1280×800 and save PNGs under docs/screenshots/.

``python tools/screenshots.py [OUTDIR]`` writes:

* ``paper.png``: the paper example at ∂Etotal/∂w1, the first inner weight's gradient
  (the chain rule with the bracket that collects the error from both outputs);
* ``practice.png``: Your turn in pencil mode: a wrong answer for ∂Etotal/∂w1 diagnosed,
  and the second hint;
* ``worksheet.png``: the first page of the paper's blank worksheet;
* ``fruit.png``: the fruit classifier on a tomato, in the middle of the forward pass;
* ``training.png``: after 15 online epochs on the shipped fruit dataset: the training
  panel, the error and accuracy curves;
* ``dataset.png``: the dataset browser with the trained network's predictions;
* ``weights.png``: each hidden node's 36 incoming weights as a 6×6 image.
* ``dark.png`` and ``high-contrast.png``: the paper example at w6's update in the dark
  theme (the system's dark scheme) and in View → High contrast.

``tools/screenshots_presentation.py`` writes the presentation mode ones (1024×768).

No screen is needed: it runs on Qt's offscreen platform with a 1920×1080 virtual screen
(unless ``QT_QPA_PLATFORM`` is set); the layout is kept in a temporary settings file,
never the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if "QT_QPA_PLATFORM" not in os.environ:
    # An offscreen screen as large as a desktop one (the default is 800×800), so the
    # window lays out its docks as it does on a 1280×800 or larger screen.
    _screen = Path(tempfile.gettempdir()) / "fruitnet-screenshots-screen.json"
    _screen.write_text(
        '{"screens": [{"name": "screen0", "x": 0, "y": 0, "width": 1920, "height": 1080,'
        ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session

SIZE = (1280, 800)
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def _settle(app: QApplication) -> None:
    # A script, not library code: let layouts and paced repaints run before grabbing.
    for _ in range(5):
        app.processEvents()


def _window(tmp: str, session: Session) -> MainWindow:
    settings = QSettings(os.path.join(tmp, "screenshots.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings)
    window.resize(*SIZE)
    window.show()
    return window


def _tomato() -> tuple[object, str]:
    try:
        from fruitnet_gui.model.data.fruits import TOMATOES
    except ImportError:  # the fruit drawings are optional for this script
        import numpy as np

        return np.zeros(36), "tomato"
    return TOMATOES[0], "tomato"


def render(outdir: Path = OUT) -> list[Path]:
    """Save both screenshots into ``outdir``; the paths written."""
    app = QApplication.instance() or QApplication([])
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        session = Session()
        window = _window(tmp, session)
        target = session.iteration.by_name["dEtotal/dw1"]
        session.seek(target.index + 1)
        _settle(app)
        path = outdir / "paper.png"
        window.grab().save(str(path))
        written.append(path)

        written += _practice_and_worksheet(app, window, session, outdir)
        written += _themes(app, window, session, outdir)

        session.load_preset("fruit")
        image, label = _tomato()
        session.set_sample(image, label)
        forward_end = session.iteration.phase_range(session.cursor.phase or _forward())[1]
        session.seek(forward_end // 2 + 1)  # an output of a hidden node, mid-forward
        _settle(app)
        path = outdir / "fruit.png"
        window.grab().save(str(path))
        written.append(path)

        window.dataset_browser.load_fruit_dataset()
        window.training_panel.epochs_spin.setValue(15)
        window.training_dock.raise_()
        window.training_panel.train()
        while session.trainer.is_active():
            app.processEvents()
        window.curves_dock.raise_()
        _settle(app)
        path = outdir / "training.png"
        window.grab().save(str(path))
        written.append(path)

        window.dataset_dock.raise_()
        _settle(app)
        path = outdir / "dataset.png"
        window.grab().save(str(path))
        written.append(path)

        window.hidden_dock.raise_()
        _settle(app)
        path = outdir / "weights.png"
        window.grab().save(str(path))
        written.append(path)
        window.session.state.mark_saved()  # a script: nobody to ask Save / Discard
        window.close()
        window.deleteLater()
        _settle(app)
    return written


def _practice_and_worksheet(app, window, session, outdir: Path) -> list[Path]:
    """practice.png: Your turn on the first inner weight, after a wrong answer and a
    hint; worksheet.png: the first page of the paper's blank worksheet (as Qt lays out
    the PDF)."""
    from PySide6.QtCore import QRectF, QUrl
    from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument

    from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, paper_network
    from fruitnet_gui.model.teaching.iteration import Iteration
    from fruitnet_gui.model.teaching.worksheet import Sheet
    from fruitnet_gui.ui.classroom.worksheet_pdf import network_picture

    session.set_pencil(4)
    window.stepper.practice_action.setChecked(True)
    practice = window.formula.practice
    session.seek(session.iteration.by_name["dEtotal/dw1"].index - 5)
    practice.entry.setText("0.0002")  # only y1's error term, 0.0072 × 0.2092 × 0.15
    practice.check_answer()
    practice.show_hint()
    practice.show_hint()
    _settle(app)
    shots = [outdir / "practice.png"]
    window.grab().save(str(shots[0]))
    window.stepper.practice_action.setChecked(False)
    session.set_pencil(None)
    session.reset()

    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4)
    doc = QTextDocument()
    image = network_picture(it)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("network.png"),
                    image.scaledToWidth(640))  # fmt: skip
    doc.setHtml(Sheet(it, "the paper's example").html(False, picture="network.png"))
    doc.setTextWidth(800)
    page = QImage(860, 1100, QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    p = QPainter(page)
    p.translate(30, 30)
    doc.drawContents(p, QRectF(0, 0, 800, 1040))
    p.end()
    shots.append(outdir / "worksheet.png")
    page.save(str(shots[-1]))
    return shots


def render_french(outdir: Path = OUT) -> Path:
    """paper-fr.png: the paper's example mid-iteration in French (Help → Language),
    with decimal commas."""
    from fruitnet_gui.i18n import use_language

    app = QApplication.instance() or QApplication([])
    use_language("fr")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            session = Session()
            window = _window(tmp, session)
            session.seek(session.iteration.by_name["dEtotal/dw1"].index + 1)
            _settle(app)
            path = outdir / "paper-fr.png"
            window.grab().save(str(path))
            window.close()
            window.deleteLater()
            _settle(app)
    finally:
        use_language("en")
    return path


def _themes(app, window, session, outdir: Path) -> list[Path]:
    """dark.png and high-contrast.png: the paper example at w6's update (dimmed items,
    updated weight labels, a highlighted sub-step) in the two other themes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from fruitnet_gui.ui.theme import theme_manager

    session.seek(session.iteration.by_name["w6_new"].index + 1)
    manager, hints = theme_manager(), QGuiApplication.styleHints()
    scheme = manager.color_scheme
    shots = [outdir / "dark.png", outdir / "high-contrast.png"]
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the system says it
    _settle(app)
    window.grab().save(str(shots[0]))
    manager.set_high_contrast(True)  # View → High contrast, not kept in the settings
    _settle(app)
    window.grab().save(str(shots[1]))
    manager.set_high_contrast(False)
    manager.set_color_scheme(scheme)
    _settle(app)
    session.reset()
    return shots


def _forward():
    from fruitnet_gui.model.teaching.iteration import Phase

    return Phase.FORWARD


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    outdir = Path(args[0]) if args else OUT
    for path in [*render(outdir), render_french(outdir)]:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
