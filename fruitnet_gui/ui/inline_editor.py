"""A small box over a view to type one number: Enter applies, Escape cancels.

Not a view of its own: the network canvas (a weight) and the pixel editor (a cell) each
place one over themselves and check what is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QWidget

__all__ = ["InlineEditor"]

_END_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class InlineEditor(QFrame):
    """A line edit, an optional caption before it and a message line under it.

    Signals
    -------
    committed(str)
        Enter was pressed; the text as typed (the owner parses and applies it, or calls
        :meth:`show_message` with the reason it cannot).
    cancelled
        Escape was pressed.
    """

    committed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        object_name: str,
        message_color: str,
        min_width: int = 90,
        caption: bool = False,
        message_width: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setObjectName(object_name)
        self.caption = QLabel(self) if caption else None
        self.line_edit = QLineEdit(self)
        self.line_edit.setFont(_font(16))
        self.line_edit.setMinimumWidth(min_width)
        self.message = QLabel(self)
        self.message.setFont(_font(14))
        self.message.setStyleSheet(f"color: {message_color};")
        self.message.setWordWrap(True)
        if message_width is not None:
            self.message.setMaximumWidth(message_width)
        self.message.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        column = 0
        if self.caption is not None:
            self.caption.setFont(_font(16, bold=True))
            layout.addWidget(self.caption, 0, 0)
            column = 1
        layout.addWidget(self.line_edit, 0, column)
        layout.addWidget(self.message, 1, 0, 1, column + 1)
        self.line_edit.installEventFilter(self)
        self.hide()

    def eventFilter(self, obj, event: QEvent) -> bool:
        # Enter and Escape end the edit here: passed on, Enter would reach the widget below
        # (and reopen the box), and a window-wide shortcut could steal either key.
        if (
            obj is self.line_edit
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.key() in _END_KEYS
        ):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                if event.key() == Qt.Key.Key_Escape:
                    self.cancelled.emit()
                else:
                    self.committed.emit(self.line_edit.text())
            return True
        return super().eventFilter(obj, event)

    def set_scale(self, factor: float) -> None:
        """Its text ``factor`` times the usual size (the canvas's zoom)."""
        self.line_edit.setFont(_font(round(16 * factor)))
        self.message.setFont(_font(round(14 * factor)))
        if self.caption is not None:
            self.caption.setFont(_font(round(16 * factor), bold=True))
        self.adjustSize()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.adjustSize()
