"""With the keyboard alone (issue #15, item 4): no mouse event in this file.

Keys go to whichever widget has the focus, as a person's keys do (``QTest.keyClick`` on
``QApplication.focusWidget()``); the window's shortcuts are tried first, as in real use.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from fruitnet_gui.model.net.naming import html_name
from fruitnet_gui.ui.stepping.formula_view import format_value
from fruitnet_gui.ui.window_parts import behind_a_tab
from tests.ui.test_main_window import EXACT, agrees, open_window, plain


@pytest.fixture
def window(qtbot, session, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = open_window(qtbot, session, settings)  # shown and active
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=60_000)
    return w


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def tab_to(qtbot, widget: QWidget, limit: int = 80) -> None:
    """Press Tab until ``widget`` has the focus (it must come within ``limit`` presses)."""
    for _ in range(limit):
        if focused() is widget:
            return
        press(Qt.Key.Key_Tab)
    assert focused() is widget, f"Tab never reached {widget}"


def test_a_student_without_a_mouse_steps_through_the_whole_iteration(qtbot, window, session):
    formula = window.formula
    # A fresh window gives the focus to the canvas: the stepper's keys work at once.
    assert focused() is window.canvas
    assert formula.accessibleDescription().startswith("No sub-step revealed yet")
    steps = session.iteration.quantities()  # a Step reveals a quantity and its factors
    for k, step in enumerate(steps):
        press(Qt.Key.Key_Right if k % 2 else Qt.Key.Key_Space)
        assert session.current is step
        # what a screen reader is told on every step: the formula as plain text
        said = formula.accessibleDescription()
        assert f"{step.formula.text}. {step.numbers.text}" in said
        assert f"{k + 1} of {len(steps)}" in said
    assert session.cursor.at_end
    table = formula.row_texts()
    assert set(table) == set(EXACT)
    for name, expected in EXACT.items():
        assert agrees(table[name], expected), (name, table[name], expected)
    last = steps[-1]
    shown = f"{plain(html_name(last.name))} = {format_value(last.value)}"
    assert plain(formula.value_label.text()) == shown
    assert "Iteration complete" in formula.part_text("explanation")
    # Back, Home, End and N: undo one, start again, finish, go round again.
    press(Qt.Key.Key_Left)
    assert session.current is steps[-2]
    press(Qt.Key.Key_Home)
    assert session.position == 0
    press(Qt.Key.Key_End)
    assert session.cursor.at_end
    press(Qt.Key.Key_N)
    assert session.iteration_number == 2 and session.position == 0


def test_a_weight_is_chosen_and_edited_with_the_keys(qtbot, window, session):
    canvas = window.canvas
    assert focused() is canvas
    press(Qt.Key.Key_Down)  # the first weight
    assert canvas.chosen_weight == "w1"
    assert "w1" in canvas.accessibleDescription()
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Up)
    assert canvas.chosen_weight == "w1"
    press(Qt.Key.Key_Return)
    editor = canvas.weight_editor.line_edit
    qtbot.waitUntil(editor.hasFocus, timeout=60_000)
    assert editor.accessibleName() == "New value of w1"
    QTest.keyClicks(editor, "0.3")
    press(Qt.Key.Key_Return)
    assert canvas.edge_labels()["w1"][1] == "w1 = 0.3"
    assert focused() is canvas  # back where the student was
    press(Qt.Key.Key_Right)  # and the keys step again
    assert session.position == 1
    assert "0.3" in window.formula.part_text("numbers")


def test_controls_keep_their_own_keys(qtbot, window, session):
    stepper = window.stepper
    tab_to(qtbot, stepper.pencil_check)
    press(Qt.Key.Key_Space)  # ticks the box; it does not step
    assert stepper.pencil_check.isChecked() and session.pencil == 4
    assert session.position == 0
    tab_to(qtbot, window.editor.grid)
    grid = window.editor.grid
    before = grid.selected
    press(Qt.Key.Key_Right)  # the next pixel, not the next sub-step
    assert grid.selected == before + 1 and session.position == 0
    bar = next(b for b in window.findChildren(QTabBar) if b.isVisible() and b.count() > 2)
    tab_to(qtbot, bar)
    index = bar.currentIndex()
    press(Qt.Key.Key_Right)  # the dock's next tab
    assert bar.currentIndex() == (index + 1) % bar.count() and session.position == 0
    tab_to(qtbot, window.canvas)
    press(Qt.Key.Key_Right)
    assert session.position == 1


def test_the_canvas_shows_where_the_focus_is(qtbot, window):
    canvas = window.canvas
    frame = canvas.palette().color(QPalette.ColorRole.Highlight)
    assert focused() is canvas
    qtbot.waitUntil(lambda: canvas.grab().toImage().pixelColor(1, 60) == frame, timeout=60_000)
    press(Qt.Key.Key_Tab)
    assert focused() is not canvas
    qtbot.waitUntil(lambda: canvas.grab().toImage().pixelColor(1, 60) != frame, timeout=60_000)


def test_help_keyboard_lists_every_shortcut(qtbot, window):
    window.keyboard_action.trigger()
    box = window.message_box
    assert box is not None and box.windowTitle() == "Keyboard"
    text = plain(box.text())
    actions = [
        a for a in window.findChildren(QAction) if any(not k.isEmpty() for k in a.shortcuts())
    ]
    assert len(actions) >= 12  # the stepper's, Your turn, Hold, Open, Save, Quit, Help …
    for action in actions:
        for key in action.shortcuts():
            assert key.toString(QKeySequence.SequenceFormat.NativeText) in text, action.text()
        assert action.text().replace("&", "") in text
    for words in ("Up, Down", "Tab, Shift+Tab", "Ctrl+Z"):
        assert words in text


def test_every_tab_stop_of_ours_shows_that_it_has_the_focus(qtbot, window):
    """The canvas, the pixel grid and the plots: each looks different with the focus."""
    window.error_plot  # noqa: B018 - the plots are made late: make them now
    press(Qt.Key.Key_Right)  # a row in the table of values
    views = [
        (None, lambda: window.canvas),
        (None, lambda: window.editor.grid),
        (window.formula_dock, lambda: window.formula.table),
        (window.error_dock, lambda: window.error_plot),
        (window.curves_dock, lambda: window.training_plot.graphics),
    ]
    for dock, view_of in views:
        if dock is not None:
            dock.raise_()  # the error plot and the curves share a place, as tabs
        view = view_of()
        qtbot.waitUntil(view.isVisible, timeout=60_000)
        assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
        tab_to(qtbot, view)
        with_focus = view.grab().toImage()
        press(Qt.Key.Key_Tab)
        assert focused() is not view
        qtbot.waitUntil(lambda v=view, i=with_focus: v.grab().toImage() != i, timeout=60_000)


def test_enter_on_a_row_of_the_values_goes_back_to_it(qtbot, window, session):
    for _ in range(5):
        press(Qt.Key.Key_Right)
    table = window.formula.table
    tab_to(qtbot, table)
    assert table.currentItem().text(0) == session.current.name == "nety1"  # where we are
    for _ in range(3):
        press(Qt.Key.Key_Up)  # outh2, neth2, outh1
    row = table.currentItem()
    assert row is not None and row.text(0) == "outh1"
    press(Qt.Key.Key_Return)
    assert session.current.name == "outh1" and session.position == 2


def test_tab_reaches_every_control_and_comes_back(qtbot, window):
    """No control out of reach and no trap: one round of Tab from the canvas visits
    every visible control that takes the focus, and Shift+Tab goes back the same way.
    A panel that is a tab behind another is skipped (Qt calls its controls visible: a
    keyboard user landed on them unseen, and Space pressed a hidden Open button)."""
    window.error_plot  # noqa: B018 - the plots are made late: make them now
    qtbot.waitUntil(window.error_plot.isVisible, timeout=60_000)
    reachable = {
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None and not behind_a_tab(w)
    }  # fmt: skip
    assert any(behind_a_tab(w) for w in window.dataset_browser.findChildren(QWidget))
    assert focused() is window.canvas
    order = [window.canvas]
    for _ in range(len(reachable) + 5):
        press(Qt.Key.Key_Tab)
        if focused() is window.canvas:
            break
        order.append(focused())
    assert focused() is window.canvas, "Tab never came back to the canvas"
    assert len(order) == len(set(order))
    missing = reachable - set(order)
    assert not missing, [f"{type(w).__name__} {w.objectName()}" for w in missing]
    unseen = [f"{type(w).__name__} {w.accessibleName()}" for w in order if behind_a_tab(w)]
    assert not unseen, unseen
    for expected in (window.editor.grid, window.formula.table, window.error_plot):
        assert expected in order
    back = []
    for _ in order:
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        back.append(focused())
    assert back == [*reversed(order[1:]), window.canvas]
