"""What a French student types into and reads from the window's small editors: a
weight's editor starts with a decimal comma and takes one, and the texts around
numbers (a spin box's " décimales") follow Help → Language at run time."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from fruitnet_gui.i18n import use_language
from fruitnet_gui.ui.zoom import platform_font
from tests.ui.test_languages import _open, settings  # noqa: F401  (a fixture)


def test_the_weight_editor_writes_and_takes_a_decimal_comma(qtbot, session, settings):  # noqa: F811
    use_language("fr")
    window = _open(qtbot, session, settings)
    canvas = window.canvas
    point = canvas.edge_point("w1")
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(point.x()), int(point.y())))
    editor = canvas.weight_editor
    qtbot.waitUntil(editor.isVisible, timeout=60_000)
    assert canvas.editing == "w1"
    assert editor.line_edit.text() == "0,1"  # the paper's w1, as a French student writes it
    editor.line_edit.selectAll()
    qtbot.keyClicks(editor.line_edit, "0,3")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=60_000)
    assert "w1 = 0,3" in {t for _r, t in canvas.edge_labels().values()}


def test_a_spin_boxs_words_follow_the_language(qtbot, session, settings):  # noqa: F811
    window = _open(qtbot, session, settings)
    spin = window.training_panel.batch_spin
    assert spin.suffix() == " samples"
    file_menu = window.menuBar().actions()[0]
    window.findChild(QAction, "language_fr").trigger()
    qtbot.waitUntil(lambda: file_menu.text() == "&Fichier", timeout=60_000)
    assert spin.suffix().strip() == "exemples"
    window.findChild(QAction, "language_de").trigger()
    qtbot.waitUntil(lambda: file_menu.text() == "&Datei", timeout=60_000)
    assert spin.suffix().strip() == "Beispiele"


def test_zooms_refusal_is_said_in_french(qtbot, session, settings):  # noqa: F811
    use_language("fr")
    window = _open(qtbot, session, settings)
    action = window.findChild(QAction, "zoom_out_action")
    for _ in range(20):  # down to the smallest level, then once more
        action.trigger()
    assert window.zoom.message.startswith("Le zoom est au plus petit (80"), window.zoom.message
    assert window.statusBar().currentMessage() == window.zoom.message
    window.close()
    QApplication.setFont(platform_font())  # the application's font is every later test's
