"""The first window's size: 1280×800, or what the screen has room for, frame included.

``resize`` sets the window's client area; the window manager then adds its title bar
and borders around it. On a 1024×768 projector a client area as tall as the screen's
available height put the status bar below the bottom edge. So the first size is the
available geometry minus the frame: the real frame once the window manager has given
it one (:func:`keep_on_screen`, after the window shows), an allowance before
(:data:`FRAME_ALLOWANCE`, a common title bar and borders), none where no window
manager frames windows (the offscreen platform of the tests).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = [
    "FRAME_ALLOWANCE", "NO_WINDOW_MANAGER", "first_size", "frame_margins", "keep_on_screen",
    "place_first_window",
]  # fmt: skip

#: What a window manager adds before the window is shown and its frame is known
#: (left, top, right, bottom): a title bar of about 30 pixels and thin borders.
FRAME_ALLOWANCE = QMargins(4, 32, 4, 4)
#: Platforms where no window manager puts a title bar on a window (a test's offscreen
#: screen, a kiosk's framebuffer): the window starts as large as the screen, less its
#: thin border once it is shown and known (:func:`keep_on_screen`).
NO_WINDOW_MANAGER = ("offscreen", "minimal", "eglfs", "linuxfb", "vnc")


def frame_margins(window: QWidget) -> QMargins:
    """The frame round ``window``'s client area: the real one once it has one."""
    frame, inner = window.frameGeometry(), window.geometry()
    real = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    if window.isVisible() and (real.top() > 0 or real.left() > 0):
        return real
    if QGuiApplication.platformName() in NO_WINDOW_MANAGER:
        return QMargins()
    return FRAME_ALLOWANCE


def first_size(wanted: QSize, available: QRect, margins: QMargins) -> QSize:
    """The client size for ``wanted``, so that with its frame it fits ``available``."""
    room = available.size().shrunkBy(margins)
    return wanted.boundedTo(room)


def keep_on_screen(window: QWidget) -> bool:
    """Shrink and move ``window`` so that its frame lies inside its screen's available
    geometry (the window manager's frame is known now); True if it had to."""
    screen = window.screen()
    if screen is None:
        return False
    available = screen.availableGeometry()
    if available.contains(window.frameGeometry()):
        return False
    margins = frame_margins(window)
    size = first_size(window.size(), available, margins)
    window.resize(size.expandedTo(window.minimumSize()))
    frame = window.frameGeometry()
    left = min(max(frame.left(), available.left()), available.right() + 1 - frame.width())
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - frame.height())
    window.move(max(left, available.left()), max(top, available.top()))
    return True


def place_first_window(window: QWidget) -> None:
    """At the window's first show: inside its screen, frame and all. Where no window
    manager frames it, its frame is known now and it is placed at once (a test that
    measures the window sees its final size); else 250 ms later, once the window
    manager has framed it, unless the user has resized it meanwhile."""
    if QGuiApplication.platformName() in NO_WINDOW_MANAGER:
        keep_on_screen(window)
        return
    first = window.size()
    QTimer.singleShot(250, window, lambda: window.size() == first and keep_on_screen(window))
