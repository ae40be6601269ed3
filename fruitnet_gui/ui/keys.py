"""Controls keep the keys they need, though the stepper's keys are the window's.

The stepper's ← → Space Home End work wherever the focus is (window-wide shortcuts).
Qt asks the focused widget first, through a ``ShortcutOverride`` event, and a line
edit says "mine"; but a check box or button does not claim Space, a slider, a tab bar
or a list its arrows, so with the keyboard alone a check box could not be ticked nor a
dock's tab changed (each press stepped the iteration instead). :func:`keep_keys` puts
a small filter on those controls under a widget: there the control's own keys are its
own, everywhere else (the canvas, the plots, the formula view) they step.

A filter on each control, not on the application: an application-wide filter would
run Python for every event of the window, paints and timers included.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QTabBar,
    QWidget,
)

__all__ = ["PASS_STEPPER_KEYS", "KeyKeeper", "keep_keys"]

#: A widget with this property set to True lets the stepper's keys through though it
#: is a list (the formula view's table of values: Up, Down and Enter are all it needs).
PASS_STEPPER_KEYS = "passes_stepper_keys"

K = Qt.Key
_ARROWS = frozenset({K.Key_Left, K.Key_Right, K.Key_Home, K.Key_End})
#: Which of the stepper's plain keys each kind of control uses itself.
CONTROL_KEYS: tuple[tuple[type, frozenset], ...] = (
    (QAbstractButton, frozenset({K.Key_Space})),
    (QComboBox, frozenset({K.Key_Space})),
    (QAbstractSlider, _ARROWS),
    (QTabBar, _ARROWS),
    (QAbstractItemView, _ARROWS | {K.Key_Space}),
)


def _keys_of(widget: QObject) -> frozenset:
    for kind, keys in CONTROL_KEYS:
        if isinstance(widget, kind):
            return keys
    return frozenset()


class KeyKeeper(QObject):
    """The event filter: a plain key the control uses is claimed for it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and event.key() in _keys_of(watched)
        ):
            event.accept()  # the key goes to the control, not to a shortcut
            return True
        return False


def keep_keys(root: QWidget) -> None:
    """Let every focusable control under ``root`` keep its own keys (done once each)."""
    keeper = root.findChild(KeyKeeper, "key_keeper")
    if keeper is None:
        keeper = KeyKeeper(root)
        keeper.setObjectName("key_keeper")
    for widget in root.findChildren(QWidget):
        if (
            widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and _keys_of(widget)
            and not widget.property("fruitnet_keeps_keys")
            and not widget.property(PASS_STEPPER_KEYS)
        ):
            widget.setProperty("fruitnet_keeps_keys", True)
            widget.installEventFilter(keeper)
