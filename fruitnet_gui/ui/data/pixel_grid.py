"""The grid of the pixel editor: painting, erasing and typing gray levels, cell by cell
(the editor around it adds the controls, undo and the label)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from fruitnet_gui.model.text import number, translate
from fruitnet_gui.ui.canvas.style import node_ink

if TYPE_CHECKING:
    from fruitnet_gui.ui.data.pixel_editor import PixelEditor

__all__ = ["GRID_LINE", "HOVER", "MAX_UNDO", "MESSAGE", "parse_gray"]


HOVER = QColor("#009E73")  # the same bluish green rings the input node on the canvas
GRID_LINE = QColor("#B0B0B0")
MESSAGE = QColor("#B34700")
ZERO_TEXT = QColor("#767676")
MAX_UNDO = 200


def _ink(v: float) -> QColor:
    """0 is white paper, 1 is (nearly) black ink: the canvas fills input nodes the same way."""
    g = round(255 * (1.0 - 0.86 * min(max(v, 0.0), 1.0)))
    return QColor(g, g, g)


def _format(v: float) -> str:
    return "0" if v == 0 else number(f"{v:.4g}")


def parse_gray(text: str) -> float:
    """A gray level in [0, 1] from typed text; ValueError with a readable message otherwise."""
    cleaned = text.strip().replace("−", "-").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(
            translate(
                "PixelEditor", "“{text}” is not a number: type a gray level from 0 to 1"
            ).format(text=text.strip())
        ) from None
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise ValueError(
            translate("PixelEditor", "{text} is outside 0 to 1: 0 is white, 1 is black").format(
                text=text.strip()
            )
        )
    return value


def _cells_between(a: tuple[int, int], b: tuple[int, int]) -> list[tuple[int, int]]:
    """Grid cells on the straight line from a to b (so a fast drag leaves no gaps)."""
    (r0, c0), (r1, c1) = a, b
    n = max(abs(r1 - r0), abs(c1 - c0))
    if n == 0:
        return [b]
    return [(round(r0 + (r1 - r0) * t / n), round(c0 + (c1 - c0) * t / n)) for t in range(1, n + 1)]


_GRID_KEYS = (
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space,
    Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2, Qt.Key.Key_Delete, Qt.Key.Key_Backspace,
)  # fmt: skip


class _PixelGrid(QWidget):
    """Paints the cells and turns mouse and keys into edits of its :class:`PixelEditor`."""

    pixel_hovered = Signal(int)

    def __init__(self, editor: PixelEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("pixel_grid")
        self.setAccessibleName(translate("_PixelGrid", "Input pixels"))
        self.setAccessibleDescription(
            translate(
                "_PixelGrid",
                "Arrow keys choose a pixel, Space paints it, Delete clears it, "
                "Enter types its value",
            )
        )
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
            # zeros are most of a drawing: print them lighter so the ink stands out (a
            # gray that still reads at 4.5:1 on white); the others black or white,
            # whichever reads better on the cell's gray
            ink = ZERO_TEXT if v == 0 else node_ink(_ink(v).rgb(), False)
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
    def event(self, event: QEvent) -> bool:
        # The arrows, Space, Enter and Delete are the grid's while it has the focus: the
        # stepper's window-wide shortcuts (← → Space) would take them first otherwise.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _GRID_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return True
        return super().event(event)

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
