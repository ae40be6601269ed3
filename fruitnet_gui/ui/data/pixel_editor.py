"""The input image as a grid of gray pixels to paint, erase and type into.

The grid follows ``session.network.input_shape`` (1×2 for the paper's x1, x2; 6×6 for
the fruit net). Left-drag paints at the chosen ink level, right-drag erases, a
double-click (or Enter on the selected cell) types an exact value. Every edit sends
the whole vector to :meth:`Session.set_input`, which restarts the iteration; a whole
drag stroke is one undo step.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.model.text import class_name, translate
from fruitnet_gui.ui.data.pixel_grid import (
    MAX_UNDO,
    MESSAGE,
    _cells_between,
    _format,
    _PixelGrid,
    parse_gray,
)
from fruitnet_gui.ui.inline_editor import InlineEditor
from fruitnet_gui.ui.session import Session

__all__ = ["PixelEditor"]


class PixelEditor(QWidget):
    """Edit the session's input image; every change restarts the iteration.

    Signals
    -------
    pixel_hovered(int)
        Row-major index of the pixel under the mouse, -1 when the mouse leaves the grid.
    """

    pixel_hovered = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("PixelEditor", "Input editor"))
        self.setAccessibleDescription(
            translate(
                "PixelEditor", "The sample: its pixels or input values, the ink and the label"
            )
        )
        self.session = session
        self._pixels = session.image
        self._undo: list[np.ndarray] = []
        self._redo: list[np.ndarray] = []
        self._stroke_before: np.ndarray | None = None
        self._stroke_value = 0.0
        self._stroke_last: tuple[int, int] | None = None
        self._stroke_cells: set[tuple[int, int]] = set()
        self._last_click: tuple[int, np.ndarray, int] | None = None
        self._applying = False
        self._highlighted = -1
        self._editing = -1

        self.grid = _PixelGrid(self)
        self.grid.pixel_hovered.connect(self.pixel_hovered)
        self.cell_editor = InlineEditor(
            self.grid, object_name="cell_editor", message_color=MESSAGE.name(), message_width=240
        )
        self.cell_editor.committed.connect(self._on_cell_editor_committed)
        self.cell_editor.cancelled.connect(self.cancel_edit)

        self.level_slider = QSlider(Qt.Orientation.Horizontal)
        self.level_slider.setRange(0, 100)
        self.level_slider.setToolTip(
            translate("PixelEditor", "Gray level the left button paints with (0 white, 1 black)")
        )
        self.level_spin = QDoubleSpinBox()
        self.level_spin.setRange(0.0, 1.0)
        self.level_spin.setSingleStep(0.05)
        self.level_spin.setDecimals(2)
        self.level_spin.setToolTip(self.level_slider.toolTip())
        self.level_slider.setAccessibleName(translate("PixelEditor", "Ink: gray level painted"))
        self.level_spin.setAccessibleName(translate("PixelEditor", "Ink: gray level painted"))
        self.level_slider.valueChanged.connect(self._on_level_slider_value_changed)
        self.level_spin.valueChanged.connect(self._on_level_spin_value_changed)
        self.level_spin.setValue(1.0)

        def button(text: str, tip: str, slot) -> QToolButton:
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.clicked.connect(slot)
            return b

        self.clear_button = button(
            translate("PixelEditor", "Clear"),
            translate("PixelEditor", "Set every pixel to 0 (white)"),
            self.clear,
        )
        self.invert_button = button(
            translate("PixelEditor", "Invert"),
            translate("PixelEditor", "Every pixel v becomes 1 − v"),
            self.invert,
        )
        self.undo_button = button(
            translate("PixelEditor", "Undo"),
            translate("PixelEditor", "Undo the last edit (Ctrl+Z)"),
            self.undo,
        )
        self.redo_button = button(
            translate("PixelEditor", "Redo"),
            translate("PixelEditor", "Redo (Ctrl+Shift+Z or Ctrl+Y)"),
            self.redo,
        )

        self.label_combo = QComboBox()
        self.label_combo.setToolTip(
            translate("PixelEditor", "The class this sample belongs to: it sets the target")
        )
        self.label_combo.activated.connect(self._on_label_combo_activated)

        level_row = QHBoxLayout()
        level_row.addWidget(QLabel(translate("PixelEditor", "Ink")))
        level_row.addWidget(self.level_slider, 1)
        level_row.addWidget(self.level_spin)
        buttons = QHBoxLayout()
        for b in (self.clear_button, self.invert_button, self.undo_button, self.redo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        label_row = QHBoxLayout()
        label_row.addWidget(QLabel(translate("PixelEditor", "Label")))
        label_row.addWidget(self.label_combo, 1)
        hint = QLabel(
            translate(
                "PixelEditor",
                "Left-drag paints, right-drag erases, double-click (or Enter) types a value",
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addLayout(level_row)
        layout.addLayout(buttons)
        layout.addLayout(label_row)
        layout.addWidget(hint)

        session.network_changed.connect(self._on_network_changed)
        session.input_changed.connect(self._on_input_changed)
        self._fill_labels()
        self._update_buttons()

    # -- public ---------------------------------------------------------------------------
    @property
    def shape(self) -> tuple[int, int]:
        return self._pixels.shape  # type: ignore[return-value]

    @property
    def pixels(self) -> np.ndarray:
        """The image shown (rows × columns); the session's input once edits are applied."""
        return self._pixels

    @property
    def level(self) -> float:
        """The gray level the left button paints with."""
        return self.level_spin.value()

    def set_level(self, level: float) -> None:
        self.level_spin.setValue(level)

    @property
    def highlighted_pixel(self) -> int:
        return self._highlighted

    def set_highlighted_pixel(self, index: int) -> None:
        """Ring pixel ``index`` (e.g. the input node under the mouse on the canvas); -1 for none."""
        if index != self._highlighted:
            self._highlighted = index
            self.grid.update()

    def cell_center(self, index: int) -> QPoint:
        """The centre of pixel ``index`` in :attr:`grid` coordinates."""
        return self.grid.cell_rect(index).center().toPoint()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def set_cells(self, indices: list[int], value: float) -> None:
        """Set some pixels to ``value`` as one undo step."""
        new = self._pixels.copy()
        new.ravel()[indices] = value
        self._apply_edit(new)

    def clear(self) -> None:
        self._apply_edit(np.zeros_like(self._pixels))

    def invert(self) -> None:
        self._apply_edit(1.0 - self._pixels)

    def undo(self) -> None:
        if self._undo:
            self._redo.append(self._pixels.copy())
            self._commit(self._undo.pop())

    def redo(self) -> None:
        if self._redo:
            self._undo.append(self._pixels.copy())
            self._commit(self._redo.pop())

    def edit_cell(self, index: int) -> None:
        """Open the inline editor over pixel ``index`` to type its exact value."""
        self._editing = index
        self.grid.selected = index
        ed = self.cell_editor
        ed.line_edit.setText(_format(float(self._pixels.ravel()[index])))
        ed.show_message("")
        ed.adjustSize()
        self._place_cell_editor()
        ed.show()
        ed.raise_()
        ed.line_edit.selectAll()
        ed.line_edit.setFocus()

    def cancel_edit(self) -> None:
        """Close the value editor without changing anything."""
        if self._editing < 0 and not self.cell_editor.isVisible():
            return
        had_focus = self.cell_editor.line_edit.hasFocus()
        self._editing = -1
        self.cell_editor.hide()
        if had_focus:
            self.grid.setFocus()

    @property
    def editing(self) -> int:
        """The pixel whose value is being typed, or -1."""
        return self._editing

    # -- keys: undo and redo wherever the focus is inside the editor --------------------
    def _is_history_key(self, event: QKeyEvent) -> bool:
        return (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or event.keyCombination() == QKeySequence("Ctrl+Y")[0]
            or event.keyCombination() == QKeySequence("Ctrl+Shift+Z")[0]
        )

    def event(self, event: QEvent) -> bool:
        # Accepting the override delivers Ctrl+Z here even if the window has an Undo shortcut.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._is_history_key(event)
            and not self.cell_editor.isVisible()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._is_history_key(event):
            super().keyPressEvent(event)
            return
        shift_z = event.keyCombination() == QKeySequence("Ctrl+Shift+Z")[0]
        if event.matches(QKeySequence.StandardKey.Undo) and not shift_z:
            self.undo()
        else:
            self.redo()
        event.accept()

    # -- strokes (called by the grid) ----------------------------------------------------
    def _begin_stroke(self, cell: tuple[int, int], value: float) -> None:
        self.cancel_edit()
        self._stroke_before = self._pixels.copy()
        self._stroke_value = value
        self._stroke_last = cell
        self._stroke_cells = {cell}
        self._paint([cell])

    def _continue_stroke(self, cell: tuple[int, int]) -> None:
        if self._stroke_before is None or self._stroke_last is None or cell == self._stroke_last:
            return
        cells = _cells_between(self._stroke_last, cell)
        self._stroke_last = cell
        self._stroke_cells.update(cells)
        self._paint(cells)

    def _end_stroke(self) -> None:
        before = self._stroke_before
        if before is None:
            return
        self._stroke_before = None
        self._last_click = None
        if not np.array_equal(before, self._pixels):
            self._push_undo(before)
            if len(self._stroke_cells) == 1:
                ((r, c),) = self._stroke_cells
                self._last_click = (r * self.shape[1] + c, before, len(self._undo))

    def _undo_click_on(self, index: int) -> None:
        """Take back what the first click of a double-click on ``index`` painted."""
        last, self._last_click = self._last_click, None
        if last is not None and last[0] == index and len(self._undo) == last[2]:
            self._undo.pop()
            self._commit(last[1])

    def _paint(self, cells: list[tuple[int, int]]) -> None:
        new = self._pixels.copy()
        for r, c in cells:
            new[r, c] = self._stroke_value
        if not np.array_equal(new, self._pixels):
            self._commit(new)

    # -- applying ------------------------------------------------------------------------
    def _apply_edit(self, new: np.ndarray) -> None:
        """One undoable edit."""
        if np.array_equal(new, self._pixels):
            return
        self._push_undo(self._pixels.copy())
        self._commit(new)

    def _push_undo(self, state: np.ndarray) -> None:
        self._undo.append(state)
        del self._undo[:-MAX_UNDO]
        self._redo.clear()
        self._update_buttons()

    def _commit(self, new: np.ndarray) -> None:
        self._applying = True
        try:
            ok = self.session.set_input(new.ravel())
        finally:
            self._applying = False
        self._pixels = new if ok else self.session.image
        self._update_buttons()
        self.grid.update()

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(bool(self._undo))
        self.redo_button.setEnabled(bool(self._redo))
        self.clear_button.setEnabled(bool(np.any(self._pixels)))

    def _place_cell_editor(self) -> None:
        ed = self.cell_editor
        rect = self.grid.cell_rect(self._editing)
        x = int(rect.center().x() - ed.width() / 2)
        y = int(rect.center().y() - ed.line_edit.height() / 2)
        ed.move(
            min(max(x, 0), max(self.grid.width() - ed.width(), 0)),
            min(max(y, 0), max(self.grid.height() - ed.height(), 0)),
        )

    def _fill_labels(self) -> None:
        self.label_combo.blockSignals(True)
        self.label_combo.clear()
        for name in self.session.network.classes:
            self.label_combo.addItem(class_name(name), name)
        self.label_combo.setCurrentIndex(self.label_combo.findData(self.session.label))
        self.label_combo.blockSignals(False)

    # -- slots ---------------------------------------------------------------------------
    def _on_cell_editor_committed(self, text: str) -> None:
        index = self._editing
        if index < 0:
            return
        try:
            value = parse_gray(text)
        except ValueError as exc:
            self.cell_editor.show_message(str(exc))
            self._place_cell_editor()
            return
        self.cancel_edit()
        self.set_cells([index], value)

    def _on_level_slider_value_changed(self, value: int) -> None:
        if round(self.level_spin.value() * 100) != value:
            self.level_spin.setValue(value / 100)

    def _on_level_spin_value_changed(self, value: float) -> None:
        if self.level_slider.value() != round(value * 100):
            self.level_slider.setValue(round(value * 100))

    def _on_label_combo_activated(self, index: int) -> None:
        self.session.set_label(self.label_combo.itemData(index))

    def _on_network_changed(self) -> None:
        self.cancel_edit()
        self._stroke_before = None
        self._last_click = None
        self._pixels = self.session.image
        self._undo.clear()
        self._redo.clear()
        self._highlighted = -1
        self.grid.hovered = -1
        self.grid.selected = 0
        self._fill_labels()
        self._update_buttons()
        self.grid.updateGeometry()
        self.grid.update()

    def _on_input_changed(self) -> None:
        self.label_combo.blockSignals(True)
        self.label_combo.setCurrentIndex(self.label_combo.findData(self.session.label))
        self.label_combo.blockSignals(False)
        if self._applying:
            return
        image = self.session.image
        if image.shape != self._pixels.shape:
            self._on_network_changed()
            return
        if not np.array_equal(image, self._pixels):
            # loaded from elsewhere (a dataset sample): one step back returns to the drawing
            self._push_undo(self._pixels.copy())
            self._stroke_before = None
            self._pixels = image
            self._update_buttons()
            self.grid.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._editing >= 0:
            self._place_cell_editor()
