"""The network canvas without a mouse: choose a weight with the keys, edit it, hear it.

A mixin of :class:`~fruitnet_gui.ui.canvas.widget.NetworkCanvas`, kept apart so the
widget stays readable. Tab gives the canvas the focus (a frame in the palette's
highlight colour shows it); Up and Down choose a weight, drawn as a hovered one and
read out through the canvas's accessible description; Enter or F2 opens its editor;
Escape lets go of it. The stepper's keys (←, →, Space, Home, End) stay the window's.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent, QPainter, QPalette, QPen

from fruitnet_gui.model.text import translate

__all__ = ["KEYS", "CanvasKeyboard"]


#: What the canvas's own keys do (Help → Keyboard lists them with the window's actions).
KEYS = (
    (
        QT_TRANSLATE_NOOP("Keyboard", "Tab"),
        QT_TRANSLATE_NOOP("Keyboard", "Network canvas: take the focus (then Up/Down, Enter)"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Up, Down"),
        QT_TRANSLATE_NOOP("Keyboard", "Network canvas: choose the previous or next weight"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Enter, F2"),
        QT_TRANSLATE_NOOP("Keyboard", "Network canvas: edit the chosen weight"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Escape"),
        QT_TRANSLATE_NOOP(
            "Keyboard", "Network canvas: let go of the chosen weight, or cancel an edit"
        ),
    ),
)


class CanvasKeyboard:
    """Keys, focus frame and accessible description of the canvas (``self`` is it)."""

    _key_edge: str | None = None

    @property
    def chosen_weight(self) -> str | None:
        """The weight chosen with Up/Down (None if none)."""
        return self._key_edge

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        names = self.edge_names()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and names:
            step = 1 if key == Qt.Key.Key_Down else -1
            if self._key_edge in names:
                k = (names.index(self._key_edge) + step) % len(names)
            else:
                k = 0 if step > 0 else len(names) - 1
            self.choose_weight(names[k])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and self._key_edge:
            self.edit_weight(self._key_edge)
        elif key == Qt.Key.Key_Escape and self._key_edge:
            self.choose_weight(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def choose_weight(self, name: str | None) -> None:
        """Show ``name`` as chosen (as if hovered) and say what it is; None: none."""
        self._key_edge = name
        self._hover_item = ("edge", name) if name else None
        self._schedule()
        self.describe()

    def describe(self) -> None:
        """The accessible description: the network, what the keys do, the chosen weight."""
        layers = "-".join(str(n) for n in self.session.network.layers)
        text = translate(
            "NetworkCanvas", "A {layers} network. Up and Down choose a weight, Enter edits it."
        ).format(layers=layers)
        if self._key_edge and self._key_edge in self.edge_names():
            text += " " + self._edge_tooltip(self._key_edge).replace("\n", ". ")
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
            if QAccessible.isActive():
                event = QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
                QAccessible.updateAccessibility(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def paint_focus_frame(self, painter: QPainter) -> None:
        """A frame round the canvas while it has the keyboard focus."""
        if not self.hasFocus():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
        painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
