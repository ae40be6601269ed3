"""Nothing lost by accident: Save / Discard / Cancel before unsaved work would go, File →
Open Recent, and a remembered layout that no longer fits the screen."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from fruitnet_gui.files.model_io import save_model
from fruitnet_gui.model.net.network import paper_network
from fruitnet_gui.ui.canvas.widget import NetworkCanvas
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.unsaved import RECENT_KEY

from .test_main_window import open_window

Button = QMessageBox.StandardButton


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "fruitnet.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, session, settings) -> MainWindow:
    return open_window(qtbot, session, settings)


def answer(qtbot, window: MainWindow, button: Button, asked: list[str]) -> None:
    """When the question shows, note its text and click ``button`` (as a person would)."""

    def click() -> None:
        box = window.unsaved.box
        if box is None or not box.isVisible():
            QTimer.singleShot(20, click)
            return
        asked.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def type_weight(qtbot, window: MainWindow, value: str) -> None:
    """Double-click w5's label on the canvas and type a value, as a student does."""
    canvas = window.findChild(NetworkCanvas)
    rect, _ = canvas.edge_labels()["w5"]
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    editor = canvas.weight_editor.line_edit
    qtbot.waitUntil(editor.isVisible, timeout=60_000)
    editor.selectAll()
    qtbot.keyClicks(editor, value)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_nothing_unsaved_switches_without_asking(qtbot, window, session):
    window.fruit_action.trigger()
    assert window.unsaved.box is None
    assert session.network.layers == (36, 36, 2)


def test_cancel_keeps_a_typed_weight_and_everything_else(qtbot, window, session):
    type_weight(qtbot, window, "0.9")
    assert session.network.weights[1][0, 0] == pytest.approx(0.9)
    session.step()
    session.step()
    asked: list[str] = []
    answer(qtbot, window, Button.Cancel, asked)
    window.fruit_action.trigger()
    assert asked == ["Save a weight you typed before opening the fruit network?"]
    assert session.network.layers == (2, 2, 2)
    assert session.network.weights[1][0, 0] == pytest.approx(0.9)
    assert session.position == 2
    assert window.paper_action.isChecked() and not window.fruit_action.isChecked()
    assert "weights" in session.state.unsaved


def test_discard_switches_and_forgets(qtbot, window, session):
    assert session.set_weight("w5", 0.9)
    answer(qtbot, window, Button.Discard, [])
    window.fruit_action.trigger()
    assert session.network.layers == (36, 36, 2)
    assert session.state.unsaved == {}


def test_save_writes_the_model_then_switches(qtbot, window, session, tmp_path, monkeypatch):
    path = tmp_path / "typed.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    assert session.set_weight("w5", 0.9)
    answer(qtbot, window, Button.Save, [])
    window.fruit_action.trigger()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["format"] == "fruitnet-model"
    assert session.network.layers == (36, 36, 2)
    assert str(path) in window.recent.paths()


def test_a_save_cancelled_in_its_file_dialog_switches_nothing(qtbot, window, session, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: ("", ""))
    )
    assert session.set_weight("w5", 0.9)
    answer(qtbot, window, Button.Save, [])
    window.fruit_action.trigger()
    assert session.network.layers == (2, 2, 2)
    assert session.network.weights[1][0, 0] == pytest.approx(0.9)


def test_a_painted_picture_is_asked_about_before_a_model_opens(qtbot, window, session, tmp_path):
    window.fruit_action.trigger()
    editor = window.editor
    before = session.x.copy()
    grid = editor.grid
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.rect().center())
    assert not (session.x == before).all()
    painted = session.x.copy()
    model = tmp_path / "paper.json"
    save_model(paper_network(), model)
    asked: list[str] = []
    answer(qtbot, window, Button.Cancel, asked)
    assert not window.open_model(str(model))
    assert asked == ["Save the picture you painted before opening paper.json?"]
    assert (session.x == painted).all() and session.network.layers == (36, 36, 2)


def test_practice_answers_are_asked_about_and_a_bad_file_asks_nothing(
    qtbot, window, session, tmp_path
):
    window.stepper.practice_action.setChecked(True)
    panel = window.formula.practice
    panel.entry.setText("0.3")
    panel.check_answer()
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert not window.open_model(str(bad))  # refused before anything is asked
    assert window.unsaved.box is None
    asked: list[str] = []
    answer(qtbot, window, Button.Cancel, asked)
    window.fruit_action.trigger()
    assert asked == ["Save your answers in Your turn before opening the fruit network?"]
    assert panel.round.answers  # still there


def test_closing_with_unsaved_work_asks_and_cancel_keeps_the_window(qtbot, window, session):
    assert session.set_weight("w5", 0.9)
    asked: list[str] = []
    answer(qtbot, window, Button.Cancel, asked)
    assert not window.close()
    assert window.isVisible()
    assert asked == ["Save a weight you typed before closing FruitNet?"]
    answer(qtbot, window, Button.Discard, asked)
    assert window.close()
    assert not window.isVisible()


def test_designer_and_lesson_ask_too(qtbot, window, session):
    from fruitnet_gui.ui.classroom.lesson import LessonController  # noqa: F401

    assert session.set_weight("w5", 0.9)
    window.design_network()
    asked: list[str] = []
    answer(qtbot, window, Button.Cancel, asked)
    window.designer_dialog.accept()
    assert asked == ["Save a weight you typed before making the new network?"]
    assert window.designer_dialog.isVisible()  # the design is kept too
    window.designer_dialog.reject()
    assert session.network.weights[1][0, 0] == pytest.approx(0.9)


def test_open_recent_lists_reopens_and_forgets_missing_files(
    qtbot, window, session, settings, tmp_path
):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    save_model(paper_network(), first)
    save_model(paper_network(), second)
    assert window.open_model(str(first)) and window.open_model(str(second))
    assert window.recent.paths() == [str(second), str(first)]
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions() if a.data()]
    assert texts[0].startswith("&1 second.json") and texts[1].startswith("&2 first.json")
    [action] = [a for a in window.recent_menu.actions() if a.data() == str(first)]
    action.trigger()
    assert window.windowTitle().startswith("FruitNet — first.json")
    assert window.recent.paths()[0] == str(first)
    # the list is kept for the next start
    again = MainWindow(Session(), settings)
    qtbot.addWidget(again)
    assert again.recent.paths() == [str(first), str(second)]
    second.unlink()
    assert not window.recent.open(str(second))
    assert "no longer there" in window.statusBar().currentMessage()
    assert window.recent.paths() == [str(first)]


def test_a_bad_recent_setting_is_no_list(qtbot, session, settings):
    settings.setValue(RECENT_KEY, 42)
    window = open_window(qtbot, session, settings)
    assert window.recent.paths() == []


def test_a_layout_wider_than_the_screen_is_reset(qtbot, session, settings):
    """Panels side by side, as on a wide screen, need more than the 800-pixel offscreen
    screen: the next start puts the default layout back and says why."""
    first = open_window(qtbot, session, settings)
    previous = None
    for dock in first.docks():
        first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if previous is not None:
            first.splitDockWidget(previous, dock, Qt.Orientation.Horizontal)
        dock.show()
        previous = dock
    qtbot.waitUntil(lambda: first.width() > 800, timeout=60_000)
    first.close()
    second = open_window(qtbot, Session(), settings)
    qtbot.waitUntil(lambda: "did not fit" in second.statusBar().currentMessage(), timeout=60_000)
    qtbot.waitUntil(lambda: second.width() <= 800, timeout=60_000)
    assert "the screen has 800×800" in second.statusBar().currentMessage()
    assert second.dockWidgetArea(second.input_dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_a_layout_that_fits_is_kept_without_a_word(qtbot, session, settings):
    first = open_window(qtbot, session, settings)
    first.error_dock.hide()
    first.close()
    second = open_window(qtbot, Session(), settings)
    QApplication.processEvents()  # the check is queued when the window shows
    assert second.error_dock.isHidden()
    assert "did not fit" not in second.statusBar().currentMessage()


def test_reset_layout_brings_back_a_closed_panel(window):
    window.formula_dock.close()
    assert window.formula_dock.isHidden()
    window.reset_layout_action.trigger()
    assert window.formula_dock.isVisible()
