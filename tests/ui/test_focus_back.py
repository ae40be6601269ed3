"""The focus is always somewhere a person can see (#15 item 5), driven with real keys.

* Cancel in "Save … before …?" gives the focus back to the control that asked;
* Hint (Space on the button) keeps the focus on Hint for the second hint, then puts it
  in the answer field, its text selected;
* leaving Your turn from the Step menu puts the focus on the canvas, not nowhere.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from fruitnet_gui.model.text import QT_TRANSLATE_NOOP
from fruitnet_gui.ui.main_window import MainWindow

from .test_main_window import open_window
from .test_unsaved import type_weight


@pytest.fixture
def window(qtbot, session, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "fruitnet.ini"), QSettings.Format.IniFormat)
    w = open_window(qtbot, session, settings)
    yield w
    session.state.mark_saved()


def focused():
    return QApplication.focusWidget()


def _escape_the_question(qtbot, window: MainWindow, asked: list[str]) -> None:
    """When "Save … before …?" shows, press Esc on it (Cancel), as a person does."""

    def escape() -> None:
        box = window.unsaved.box
        if box is None or not box.isVisible():
            QTimer.singleShot(20, escape)
            return
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape)


def _back_in_the_window(qtbot, window: MainWindow) -> None:
    # a window manager activates the window again once its question closes; the
    # offscreen platform does not: do what it does
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=60_000)


def test_cancel_gives_the_focus_back_to_the_button_that_asked(qtbot, window, session):
    session.state.unsaved["weights"] = QT_TRANSLATE_NOOP("Unsaved", "a weight you typed")
    window.dataset_dock.show()
    window.dataset_dock.raise_()
    button = window.dataset_browser.buttons["fruit"]
    qtbot.waitUntil(button.isVisible, timeout=60_000)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is button, timeout=60_000)
    asked: list[str] = []
    _escape_the_question(qtbot, window, asked)
    qtbot.keyClick(button, Qt.Key.Key_Space)  # "Load the fruit dataset" with the keyboard
    assert asked and "before" in asked[0]
    assert session.network.layers == (2, 2, 2)  # cancelled: nothing changed
    _back_in_the_window(qtbot, window)
    qtbot.waitUntil(lambda: focused() is button, timeout=60_000)


def test_cancel_after_a_typed_weight_focuses_the_canvas(qtbot, window, session):
    """The trial's case: a weight typed on the canvas (its editor closes: the focus is
    nowhere), then Network → the fruit network, and Esc to the question."""
    type_weight(qtbot, window, "0,9")
    assert "weights" in session.state.unsaved
    asked: list[str] = []
    _escape_the_question(qtbot, window, asked)
    window.fruit_action.trigger()  # what the Network menu's item does
    assert asked and session.network.layers == (2, 2, 2)
    _back_in_the_window(qtbot, window)
    qtbot.waitUntil(lambda: focused() is window.canvas, timeout=60_000)
    assert window.canvas.isVisible()


def test_hint_twice_with_space_then_the_answer_field(qtbot, window):
    panel = window.formula.practice
    qtbot.keyClick(window, Qt.Key.Key_Y)  # Your turn
    qtbot.waitUntil(panel.isVisible, timeout=60_000)
    qtbot.waitUntil(lambda: focused() is panel.entry, timeout=60_000)
    qtbot.keyClicks(panel.entry, "0,5")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Tab)  # Check
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # Hint
    assert focused() is panel.hint_button
    qtbot.keyClick(panel.hint_button, Qt.Key.Key_Space)
    assert "Hint" in panel.hint_label.text() and "= ?" not in panel.hint_label.text()
    assert focused() is panel.hint_button  # a second Space: the second hint
    qtbot.keyClick(panel.hint_button, Qt.Key.Key_Space)
    assert "= ?" in panel.hint_label.text()  # the formula with its numbers
    assert focused() is panel.entry and panel.entry.selectedText() == "0,5"


def test_leaving_your_turn_from_the_step_menu_focuses_the_canvas(qtbot, window):
    panel = window.formula.practice
    window.stepper.practice_action.trigger()
    qtbot.waitUntil(lambda: focused() is panel.entry, timeout=60_000)
    step_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Step"
    )
    assert window.stepper.practice_action in step_menu.actions()
    window.stepper.practice_action.trigger()  # what Step → Your turn does
    assert not panel.isVisible()
    assert focused() is window.canvas and window.canvas.isVisible()
