"""The input image as a grid of gray pixels to paint, erase and type into.

The grid follows ``session.network.input_shape`` (1×2 for the paper's x1, x2; 6×6 for
the fruit net). Left-drag paints at the chosen ink level, right-drag erases, a
double-click (or Enter on the selected cell) types an exact value. Every edit sends
the whole vector to :meth:`Session.set_input`, which restarts the iteration; a whole
drag stroke is one undo step.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.ui.inline_editor import InlineEditor
from fruitnet_gui.ui.session import Session

__all__ = ["PixelEditor"]

HOVER = QColor("#009E73")  # the same bluish green rings the input node on the canvas
GRID_LINE = QColor("#B0B0B0")
MESSAGE = QColor("#B34700")
MAX_UNDO = 200


def _ink(v: float) -> QColor:
    """0 is white paper, 1 is (nearly) black ink: the canvas fills input nodes the same way."""
    g = round(255 * (1.0 - 0.86 * min(max(v, 0.0), 1.0)))
    return QColor(g, g, g)


def _format(v: float) -> str:
    return "0" if v == 0 else f"{v:.4g}"


def parse_gray(text: str) -> float:
    """A gray level in [0, 1] from typed text; ValueError with a readable message otherwise."""
    cleaned = text.strip().replace("−", "-").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(
            f"“{text.strip()}” is not a number: type a gray level from 0 to 1"
        ) from None
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise ValueError(f"{text.strip()} is outside 0 to 1: 0 is white, 1 is black")
    return value


def _cells_between(a: tuple[int, int], b: tuple[int, int]) -> list[tuple[int, int]]:
    """Grid cells on the straight line from a to b (so a fast drag leaves no gaps)."""
    (r0, c0), (r1, c1) = a, b
    n = max(abs(r1 - r0), abs(c1 - c0))
    if n == 0:
        return [b]
    return [(round(r0 + (r1 - r0) * t / n), round(c0 + (c1 - c0) * t / n)) for t in range(1, n + 1)]


class _PixelGrid(QWidget):
    """Paints the cells and turns mouse and keys into edits of its :class:`PixelEditor`."""

    pixel_hovered = Signal(int)

    def __init__(self, editor: PixelEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.hovered = -1
        self.selected = 0

    # -- geometry ------------------------------------------------------------------------
    def cell_size(self) -> float:
        rows, cols = self.editor.shape
        return max(min((self.width() - 2) / cols, (self.height() - 2) / rows), 1.0)

    def cell_rect(self, index: int) -> QRectF:
        rows, cols = self.editor.shape
        s = self.cell_size()
        x0 = (self.width() - s * cols) / 2
        y0 = (self.height() - s * rows) / 2
        r, c = divmod(index, cols)
        return QRectF(x0 + c * s, y0 + r * s, s, s)

    def cell_at(self, pos: QPointF | QPoint) -> tuple[int, int] | None:
        rows, cols = self.editor.shape
        s = self.cell_size()
        x = (pos.x() - (self.width() - s * cols) / 2) / s
        y = (pos.y() - (self.height() - s * rows) / 2) / s
        if 0 <= x < cols and 0 <= y < rows:
            return int(y), int(x)
        return None

    def sizeHint(self) -> QSize:
        rows, cols = self.editor.shape
        s = 110 if max(rows, cols) <= 3 else 48
        return QSize(cols * s + 2, rows * s + 2)

    def minimumSizeHint(self) -> QSize:
        rows, cols = self.editor.shape
        return QSize(cols * 20 + 2, rows * 20 + 2)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pixels = self.editor.pixels
        rows, cols = pixels.shape
        s = self.cell_size()
        value_font = QFont()
        value_font.setPixelSize(max(min(int(s * 0.26), 24), 8))
        name_font = QFont()
        name_font.setPixelSize(max(min(int(s * 0.16), 15), 8))
        for index, v in enumerate(pixels.ravel().tolist()):
            rect = self.cell_rect(index)
            p.fillRect(rect, _ink(v))
            p.setPen(QPen(GRID_LINE, 1))
            p.drawRect(rect)
            # zeros are most of a drawing: print them faintly so the ink stands out
            ink = QColor("#A0A0A0" if v == 0 else "#1A1A1A" if v < 0.5 else "#FFFFFF")
            if s >= 34:
                p.setPen(ink)
                p.setFont(value_font)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, _format(v))
            if s >= 60:
                p.setFont(name_font)
                p.drawText(
                    rect.adjusted(5, 3, -3, -3),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    f"x{index + 1}",
                )
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if self.hasFocus() and 0 <= self.selected < rows * cols:
            p.setPen(QPen(QColor("#0072B2"), 2, Qt.PenStyle.DashLine))
            p.drawRect(self.cell_rect(self.selected).adjusted(3, 3, -3, -3))
        for index in {self.hovered, self.editor.highlighted_pixel}:
            if 0 <= index < rows * cols:
                p.setPen(QPen(HOVER, 4))
                p.drawRect(self.cell_rect(index).adjusted(2, 2, -2, -2))
        p.end()

    # -- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        button = event.button()
        if cell is None or button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            super().mousePressEvent(event)
            return
        self.selected = cell[0] * self.editor.shape[1] + cell[1]
        erase = button == Qt.MouseButton.RightButton
        self.editor._begin_stroke(cell, 0.0 if erase else self.editor.level)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        index = -1 if cell is None else cell[0] * self.editor.shape[1] + cell[1]
        if index != self.hovered:
            self.hovered = index
            self.pixel_hovered.emit(index)
            self.update()
        if cell is not None:
            self.editor._continue_stroke(cell)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.editor._end_stroke()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            return
        index = cell[0] * self.editor.shape[1] + cell[1]
        self.editor._stroke_before = None  # the press of this double-click starts no stroke
        self.editor._undo_click_on(index)  # the first click painted; a double-click means "type"
        self.editor.edit_cell(index)

    def leaveEvent(self, event: QEvent) -> None:
        if self.hovered != -1:
            self.hovered = -1
            self.pixel_hovered.emit(-1)
            self.update()
        super().leaveEvent(event)

    def contextMenuEvent(self, event) -> None:
        event.accept()  # the right button erases; no menu

    # -- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        rows, cols = self.editor.shape
        r, c = divmod(self.selected, cols)
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        key = event.key()
        if key in moves and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            dr, dc = moves[key]
            self.selected = min(max(r + dr, 0), rows - 1) * cols + min(max(c + dc, 0), cols - 1)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.editor.edit_cell(self.selected)
        elif key == Qt.Key.Key_Space:
            self.editor.set_cells([self.selected], self.editor.level)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.editor.set_cells([self.selected], 0.0)
        else:
            super().keyPressEvent(event)  # Ctrl+Z and friends go on to the editor

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


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
        self.level_slider.setToolTip("Gray level the left button paints with (0 white, 1 black)")
        self.level_spin = QDoubleSpinBox()
        self.level_spin.setRange(0.0, 1.0)
        self.level_spin.setSingleStep(0.05)
        self.level_spin.setDecimals(2)
        self.level_spin.setToolTip(self.level_slider.toolTip())
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

        self.clear_button = button("Clear", "Set every pixel to 0 (white)", self.clear)
        self.invert_button = button("Invert", "Every pixel v becomes 1 − v", self.invert)
        self.undo_button = button("Undo", "Undo the last edit (Ctrl+Z)", self.undo)
        self.redo_button = button("Redo", "Redo (Ctrl+Shift+Z or Ctrl+Y)", self.redo)

        self.label_combo = QComboBox()
        self.label_combo.setToolTip("The class this sample belongs to: it sets the target")
        self.label_combo.activated.connect(self._on_label_combo_activated)

        level_row = QHBoxLayout()
        level_row.addWidget(QLabel("Ink"))
        level_row.addWidget(self.level_slider, 1)
        level_row.addWidget(self.level_spin)
        buttons = QHBoxLayout()
        for b in (self.clear_button, self.invert_button, self.undo_button, self.redo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        label_row = QHBoxLayout()
        label_row.addWidget(QLabel("Label"))
        label_row.addWidget(self.label_combo, 1)
        hint = QLabel("Left-drag paints, right-drag erases, double-click (or Enter) types a value")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5F5F5F;")
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
        self.label_combo.addItems(list(self.session.network.classes))
        self.label_combo.setCurrentText(self.session.label)
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
        self.session.set_label(self.label_combo.itemText(index))

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
        self.label_combo.setCurrentText(self.session.label)
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
