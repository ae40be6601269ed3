"""The pixel editor, driven with real mouse and keys."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from fruitnet_gui.ui.data.pixel_editor import PixelEditor
from fruitnet_gui.ui.data.pixel_grid import HOVER

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def editor(qtbot, session) -> PixelEditor:
    widget = PixelEditor(session)
    qtbot.addWidget(widget)
    widget.resize(420, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def fruit_editor(editor, session) -> PixelEditor:
    """The 6×6 grid on an empty sheet (the fruit preset itself opens on a drawn apple)."""
    session.load_preset("fruit")
    session.set_network(session.network, "fruit", blank=True)
    assert not session.x.any()
    return editor


def drag(qtbot, editor: PixelEditor, cells: list[int], button=Qt.MouseButton.LeftButton) -> None:
    """Press on the first cell, move over the others, release on the last."""
    grid = editor.grid
    qtbot.mousePress(grid, button, pos=editor.cell_center(cells[0]))
    for index in cells[1:]:
        qtbot.mouseMove(grid, editor.cell_center(index))
    qtbot.mouseRelease(grid, button, pos=editor.cell_center(cells[-1]))


def type_into_cell(qtbot, editor: PixelEditor, index: int, text: str) -> None:
    qtbot.mouseDClick(editor.grid, Qt.MouseButton.LeftButton, pos=editor.cell_center(index))
    qtbot.waitUntil(editor.cell_editor.isVisible)
    line_edit = editor.cell_editor.line_edit
    assert line_edit.hasSelectedText()  # the old value, ready to be typed over
    qtbot.keyClick(line_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def test_grid_follows_the_network_input_shape(editor, session):
    assert editor.shape == (1, 2)
    assert editor.pixels.tolist() == [[0.15, 0.35]]
    session.load_preset("fruit")
    assert editor.shape == (6, 6)
    assert [editor.label_combo.itemText(i) for i in range(2)] == ["red apple", "tomato"]
    assert not editor.undo_button.isEnabled()


def test_a_drag_stroke_paints_a_line_and_restarts_the_iteration(qtbot, fruit_editor, session):
    session.step()
    before = session.iteration.steps[0].value
    drag(qtbot, fruit_editor, [7, 8, 9, 10])  # row 2, columns 2..5
    x = session.x
    assert x[7:11].tolist() == [1.0, 1.0, 1.0, 1.0]
    assert x.sum() == 4.0
    assert session.position == 0
    assert session.iteration.steps[0].value != before
    assert fruit_editor.pixels[1, 1:5].tolist() == [1.0] * 4


def test_a_fast_drag_leaves_no_gap(qtbot, fruit_editor, session):
    drag(qtbot, fruit_editor, [0, 35])  # corner to corner in one move
    assert np.flatnonzero(session.x).tolist() == [0, 7, 14, 21, 28, 35]


def test_the_ink_level_is_what_the_left_button_paints(qtbot, fruit_editor, session):
    fruit_editor.level_spin.setValue(0.4)
    assert fruit_editor.level_slider.value() == 40
    drag(qtbot, fruit_editor, [3])
    assert session.x[3] == pytest.approx(0.4)


def test_right_drag_erases(qtbot, fruit_editor, session):
    session.set_input(np.ones(36))
    drag(qtbot, fruit_editor, [0, 1, 2, 3, 4, 5], button=Qt.MouseButton.RightButton)
    assert session.x[:6].tolist() == [0.0] * 6
    assert session.x[6:].tolist() == [1.0] * 30


def test_a_whole_stroke_is_one_undo_step_and_redo_brings_it_back(qtbot, fruit_editor, session):
    drag(qtbot, fruit_editor, [12, 13, 14])
    drag(qtbot, fruit_editor, [20, 21])
    grid = fruit_editor.grid
    qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL)
    assert np.flatnonzero(session.x).tolist() == [12, 13, 14]
    qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL)
    assert not session.x.any()
    assert not fruit_editor.undo_button.isEnabled()
    qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL | SHIFT)
    assert np.flatnonzero(session.x).tolist() == [12, 13, 14]
    qtbot.keyClick(grid, Qt.Key.Key_Y, CTRL)
    assert np.flatnonzero(session.x).tolist() == [12, 13, 14, 20, 21]
    assert not fruit_editor.redo_button.isEnabled()


def test_undo_and_redo_buttons(qtbot, fruit_editor, session):
    drag(qtbot, fruit_editor, [0])
    qtbot.mouseClick(fruit_editor.undo_button, Qt.MouseButton.LeftButton)
    assert not session.x.any()
    qtbot.mouseClick(fruit_editor.redo_button, Qt.MouseButton.LeftButton)
    assert session.x[0] == 1.0


def test_a_new_edit_after_undo_drops_the_redo(qtbot, fruit_editor, session):
    drag(qtbot, fruit_editor, [0])
    qtbot.keyClick(fruit_editor.grid, Qt.Key.Key_Z, CTRL)
    drag(qtbot, fruit_editor, [5])
    assert not fruit_editor.redo_button.isEnabled()
    qtbot.keyClick(fruit_editor.grid, Qt.Key.Key_Y, CTRL)
    assert np.flatnonzero(session.x).tolist() == [5]


def test_invert(qtbot, editor, session):
    qtbot.mouseClick(editor.invert_button, Qt.MouseButton.LeftButton)
    assert session.x.tolist() == pytest.approx([0.85, 0.65])
    qtbot.keyClick(editor.grid, Qt.Key.Key_Z, CTRL)
    assert session.x.tolist() == [0.15, 0.35]


def test_clear(qtbot, editor, session):
    session.step()
    qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    assert session.x.tolist() == [0.0, 0.0]
    assert session.position == 0
    assert not editor.clear_button.isEnabled()


def test_typing_the_paper_input_reproduces_neth1(qtbot, editor, session):
    qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    assert session.x.tolist() == [0.0, 0.0]
    type_into_cell(qtbot, editor, 0, "0.15")
    type_into_cell(qtbot, editor, 1, "0.35")
    assert not editor.cell_editor.isVisible()
    assert session.x.tolist() == [0.15, 0.35]
    first = session.iteration.steps[0]
    assert first.name == "neth1"
    assert first.value == pytest.approx(0.857, abs=1e-12)
    # the first click of each double-click painted nothing that stays: clear + two typed values
    qtbot.keyClick(editor.grid, Qt.Key.Key_Z, CTRL)
    assert session.x.tolist() == [0.15, 0.0]


def test_enter_on_the_selected_cell_types_a_value(qtbot, fruit_editor, session):
    grid = fruit_editor.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.waitUntil(fruit_editor.cell_editor.isVisible)
    assert fruit_editor.editing == 7
    line_edit = fruit_editor.cell_editor.line_edit
    qtbot.keyClicks(line_edit, "0.6")  # replaces the selected old value
    qtbot.keyClick(line_edit, Qt.Key.Key_Enter)
    assert session.x[7] == pytest.approx(0.6)
    assert np.count_nonzero(session.x) == 1


@pytest.mark.parametrize("text", ["abc", "1.5", "-0.1", "nan", ""])
def test_a_bad_typed_value_shows_a_message_and_changes_nothing(qtbot, editor, session, text):
    type_into_cell(qtbot, editor, 1, text)
    assert editor.cell_editor.isVisible()  # still open, to correct the value
    assert editor.cell_editor.message.isVisible()
    assert editor.cell_editor.message.text()
    assert session.x.tolist() == [0.15, 0.35]
    qtbot.keyClick(editor.cell_editor.line_edit, Qt.Key.Key_Escape)
    assert not editor.cell_editor.isVisible()
    assert session.x.tolist() == [0.15, 0.35]


def test_escape_cancels_typing(qtbot, editor, session):
    qtbot.mouseDClick(editor.grid, Qt.MouseButton.LeftButton, pos=editor.cell_center(0))
    qtbot.waitUntil(editor.cell_editor.isVisible)
    assert editor.cell_editor.line_edit.text() == "0.15"
    qtbot.keyClicks(editor.cell_editor.line_edit, "0.9")
    qtbot.keyClick(editor.cell_editor.line_edit, Qt.Key.Key_Escape)
    assert not editor.cell_editor.isVisible()
    assert session.x.tolist() == [0.15, 0.35]


def test_hovering_a_pixel_tells_which_one(qtbot, fruit_editor):
    grid = fruit_editor.grid
    with qtbot.waitSignal(fruit_editor.pixel_hovered) as blocker:
        qtbot.mouseMove(grid, fruit_editor.cell_center(14))
    assert blocker.args == [14]
    first = grid.cell_rect(0)
    outside = QPoint(int(first.left()) - 1, int(first.top()) - 1)  # just off the grid's corner
    assert grid.cell_at(outside) is None
    with qtbot.waitSignal(fruit_editor.pixel_hovered) as blocker:
        qtbot.mouseMove(grid, outside)
    assert blocker.args == [-1]


def test_a_highlighted_pixel_is_ringed(qtbot, fruit_editor):
    fruit_editor.set_highlighted_pixel(9)
    assert fruit_editor.highlighted_pixel == 9
    rect = fruit_editor.grid.cell_rect(9)
    image = fruit_editor.grid.grab().toImage()
    ring = image.pixelColor(QPoint(int(rect.center().x()), int(rect.top() + 3)))
    assert ring == QColor(HOVER)
    fruit_editor.set_highlighted_pixel(-1)
    image = fruit_editor.grid.grab().toImage()
    assert image.pixelColor(QPoint(int(rect.center().x()), int(rect.top() + 3))) != QColor(HOVER)


def test_painted_cells_show_their_gray(qtbot, fruit_editor):
    drag(qtbot, fruit_editor, [0])
    image = fruit_editor.grid.grab().toImage()
    rect = fruit_editor.grid.cell_rect(0)
    inset = rect.width() * 0.15  # inside the cell, away from its outline and its number
    corner = image.pixelColor(QPoint(int(rect.left() + inset), int(rect.bottom() - inset)))
    empty = image.pixelColor(QPoint(int(rect.right() + inset), int(rect.bottom() - inset)))
    assert corner.lightness() < 60
    assert empty.lightness() > 240


def test_the_label_box_sets_the_target(qtbot, editor, session):
    assert editor.label_combo.currentText() == "tomato"
    session.step()
    editor.label_combo.setFocus()
    qtbot.keyClick(editor.label_combo, Qt.Key.Key_Up)
    assert session.label == "red apple"
    assert session.target.tolist() == [1.0, 0.0]
    assert session.position == 0
    session.set_label("tomato")
    assert editor.label_combo.currentText() == "tomato"


def test_an_input_loaded_elsewhere_is_shown_and_can_be_undone(qtbot, fruit_editor, session):
    drag(qtbot, fruit_editor, [0])
    sample = np.linspace(0, 1, 36)
    session.set_input(sample)
    assert fruit_editor.pixels.ravel().tolist() == pytest.approx(sample.tolist())
    qtbot.keyClick(fruit_editor.grid, Qt.Key.Key_Z, CTRL)
    assert np.flatnonzero(session.x).tolist() == [0]


def test_switching_networks_clears_the_history(qtbot, fruit_editor, session):
    drag(qtbot, fruit_editor, [0, 1])
    assert fruit_editor.undo_button.isEnabled()
    session.load_preset("paper")
    assert fruit_editor.shape == (1, 2)
    assert fruit_editor.pixels.tolist() == [[0.15, 0.35]]
    qtbot.keyClick(fruit_editor.grid, Qt.Key.Key_Z, CTRL)
    assert session.x.tolist() == [0.15, 0.35]
    drag(qtbot, fruit_editor, [1])
    assert session.x.tolist() == [0.15, 1.0]
