"""Ctrl+Z undoes a weight typed on the canvas (and training, and a reset), in order,
with the keyboard alone: Edit → Undo names what it will undo, the sub-step walk is
built again for the restored weights, and a focused text field keeps its own Ctrl+Z.

Keys go to whichever widget has the focus, as a person's do (``QTest.keyClick`` on
``QApplication.focusWidget()``): the window's shortcuts are tried first, as in real use.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fruitnet_gui.model.net.naming import html_name
from fruitnet_gui.model.net.network import paper_network
from fruitnet_gui.model.teaching.iteration import Iteration
from fruitnet_gui.ui.stepping.formula_view import format_value
from tests.ui.test_main_window import open_window, plain

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, session, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = open_window(qtbot, session, settings)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.canvas, timeout=60_000)
    return w


def press(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def type_weight(qtbot, window, name: str, value: str) -> None:
    """Up/Down on the canvas until ``name`` is chosen, Enter, type, Enter."""
    canvas = window.canvas
    for _ in range(len(canvas.edge_names()) + 1):
        if canvas._key_edge == name:
            break
        press(Qt.Key.Key_Down)
    assert canvas._key_edge == name
    press(Qt.Key.Key_Return)
    editor = canvas.weight_editor.line_edit
    qtbot.waitUntil(editor.hasFocus, timeout=60_000)
    editor.selectAll()
    QTest.keyClicks(editor, value)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is canvas, timeout=60_000)


def shown_label(window, name: str) -> str:
    return window.canvas.edge_labels()[name][1]


def assert_walk_is_the_models(qtbot, window, session, network) -> None:
    """End reveals the whole iteration: every value shown is ``network``'s own."""
    press(Qt.Key.Key_End)
    qtbot.waitUntil(lambda: session.cursor.at_end, timeout=60_000)
    expected = Iteration(network, session.x, session.target)
    shown = list(window.formula.row_texts().values())  # in the walk's order
    assert shown == [format_value(step.value) for step in expected.quantities()]
    last = expected.quantities()[-1]
    assert plain(window.formula.value_label.text()) == (
        f"{plain(html_name(last.name))} = {format_value(last.value)}"
    )
    press(Qt.Key.Key_Home)


def test_ctrl_z_undoes_a_typed_weight_and_ctrl_shift_z_redoes_it(qtbot, window, session):
    edit = window.undo_action
    assert not edit.isEnabled() and edit.text() == "&Undo"
    assert shown_label(window, "w5") == "w5 = 0.05"
    type_weight(qtbot, window, "w5", "0.9")
    assert session.network.weights[1][0, 0] == pytest.approx(0.9)
    assert shown_label(window, "w5") == "w5 = 0.9"
    assert edit.isEnabled() and edit.text() == "&Undo weight w5 edit"
    type_weight(qtbot, window, "w1", "-0.3")
    assert edit.text() == "&Undo weight w1 edit"
    for _ in range(3):  # a few sub-steps revealed: undo restarts the walk
        press(Qt.Key.Key_Right)

    press(Qt.Key.Key_Z, CTRL)  # w1 back
    assert shown_label(window, "w1") == "w1 = 0.1" and shown_label(window, "w5") == "w5 = 0.9"
    assert session.position == 0 and edit.text() == "&Undo weight w5 edit"
    assert window.statusBar().currentMessage() == "Undone: weight w1 edit"
    assert window.redo_action.text() == "&Redo weight w1 edit"
    press(Qt.Key.Key_Z, CTRL)  # w5 back: the paper's network, bit for bit
    assert shown_label(window, "w5") == "w5 = 0.05"
    assert (session.network.flat_params() == paper_network().flat_params()).all()
    assert not edit.isEnabled()
    assert_walk_is_the_models(qtbot, window, session, paper_network())

    press(Qt.Key.Key_Z, CTRL | SHIFT)  # redo w5
    assert shown_label(window, "w5") == "w5 = 0.9"
    press(Qt.Key.Key_Y, CTRL)  # redo w1 (Ctrl+Y as well, where the platform says so)
    assert shown_label(window, "w1") == "w1 = \u22120.3"
    assert not window.redo_action.isEnabled()
    assert_walk_is_the_models(qtbot, window, session, session.network)
    assert session.network.weights[0][0, 0] == pytest.approx(-0.3)


def test_a_focused_text_field_keeps_its_own_ctrl_z(qtbot, window, session):
    type_weight(qtbot, window, "w5", "0.9")
    window.stepper.practice_action.trigger()
    entry = window.formula.practice.entry
    qtbot.waitUntil(entry.isVisible, timeout=60_000)
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus, timeout=60_000)
    QTest.keyClicks(entry, "0.85")
    press(Qt.Key.Key_Z, CTRL)  # the entry's own undo: the text goes, the weight stays
    assert entry.text() == ""
    assert session.network.weights[1][0, 0] == pytest.approx(0.9)
    assert window.undo_action.text() == "&Undo weight w5 edit"
    # the weight editor's field too: Ctrl+Z there undoes the typing, not the weight
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus, timeout=60_000)
    window.canvas.choose_weight("w2")
    press(Qt.Key.Key_Return)
    editor = window.canvas.weight_editor.line_edit
    qtbot.waitUntil(editor.hasFocus, timeout=60_000)
    before = editor.text()
    QTest.keyClicks(editor, "7")
    press(Qt.Key.Key_Z, CTRL)
    assert editor.text() == before and editor.isVisible()
    assert session.network.weights[1][0, 0] == pytest.approx(0.9)
    press(Qt.Key.Key_Escape)
