"""Where the keyboard focus goes after a question or a panel closes.

A person who answers Cancel to "Save … before …?", or leaves Your turn from the Step
menu, must see where the keys go next: Qt leaves the focus nowhere when the control
that had it is hidden, or when the question was opened from a menu. The control that
had the focus gets it back; if it is gone (hidden, disabled, deleted), the network
canvas does, which shows a focus frame and takes the stepper's keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from fruitnet_gui.ui.main_window import MainWindow

__all__ = ["give_focus_back", "keeping_focus"]


def give_focus_back(
    window: MainWindow, widget: QWidget | None = None, left: QWidget | None = None
) -> None:
    """Focus ``widget`` if it can still take it, else the canvas. Without a ``widget``:
    only if the focus is nowhere visible, or (Qt's guess, the next control in the tab
    chain) inside ``left``, the view the person just left."""
    if widget is None:
        now = QApplication.focusWidget()
        inside = left is not None and now is not None and left.isAncestorOf(now)
        if now is not None and now.isVisible() and not inside:
            return
    elif isValid(widget) and widget.isVisible() and widget.isEnabled():
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    window.canvas.setFocus(Qt.FocusReason.OtherFocusReason)


def keeping_focus(ask: Callable[..., bool], window: MainWindow) -> Callable[..., bool]:
    """``ask`` (Save / Discard / Cancel), after which a Cancel gives the focus back to
    the control that had it when the question was asked."""

    def asking(*args, **kwargs) -> bool:
        before = QApplication.focusWidget()
        answer = ask(*args, **kwargs)
        if not answer:
            give_focus_back(window, before)
        return answer

    return asking
