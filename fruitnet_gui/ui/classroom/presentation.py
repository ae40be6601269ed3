"""Presentation mode (View → Presentation, F5; Esc leaves): the lesson on a projector.

The window's own live canvas and formula view are moved into one full-screen window
(on a second screen when there is one), beside a bar with the stepper's essentials
(Reset, Back, Step, Phase end, Finish, Next iteration, Play and where the iteration
is); the values table and every other panel stay behind, and the main window is hidden
meanwhile. Nothing is copied: the same widgets show the same session, and the bar's
buttons are the stepper's own actions (their keys work here too). Leaving puts the two
views back into the window and shows it with its geometry and docks as they were.

Sizes: "no text below 14 pt at 1× scale" is measured on the screen, in device pixels:
every text is drawn at least ``14 pt × 96 / 72 = 18.7`` device pixels tall (its font's
pixel size times the screen's scale), at 100 % as at 200 %. The formula view's fonts
all derive from this window's font (its smallest, the conventions line, is 0.95 of
it); the canvas is zoomed so that its smallest text (its floor, see
:mod:`fruitnet_gui.ui.canvas.text_sizes`) is that large. Larger screens get
proportionally larger text, and the user's zoom (Ctrl+=) multiplies it; a zoom at which
the canvas no longer prints every name, value and weight, or the bar is wider than the
screen, is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.model.teaching.iteration import Level
from fruitnet_gui.model.text import translate
from fruitnet_gui.ui.canvas.text_sizes import floor_px, prints_everything, smallest_text_px
from fruitnet_gui.ui.stepping.count import count_text
from fruitnet_gui.ui.zoom import refresh_style_sheets

if TYPE_CHECKING:
    from fruitnet_gui.ui.main_window import MainWindow

__all__ = [
    "MIN_TEXT_PT", "MIN_TEXT_PX", "Presentation", "PresentationView", "add_presentation_action",
    "target_screen",
]  # fmt: skip

#: The smallest text in presentation mode, in points at 1× scale ...
MIN_TEXT_PT = 14.0
#: ... and in device pixels (points at 96 dots per inch).
MIN_TEXT_PX = MIN_TEXT_PT * 96 / 72
#: The formula view's smallest text is this fraction of its font.
_FORMULA_SMALLEST = 0.95
#: A 2-2-2 net looks right in about this many canvas units; larger canvases zoom in.
_CANVAS_UNITS = (900.0, 640.0)


def target_screen(window: QWidget) -> QScreen | None:
    """The screen to present on: another than the window's when there are two or more
    (the projector, while the laptop keeps its own), else the window's."""
    here = window.screen()
    others = [s for s in QGuiApplication.screens() if s is not here]
    return others[0] if others else here


def screen_factor(screen: QScreen) -> float:
    """How much larger than on a 1024×768 projector text is drawn on ``screen``: at
    least 1, and with the square root of the screen's size (a 4K screen 1.7 times, not
    2.8: glyphs above 64 pixels are drawn as paths, several milliseconds a Step)."""
    size = screen.geometry().size() * screen.devicePixelRatio()
    return max(1.0, min(size.width() / 1024, size.height() / 768)) ** 0.5


class PresentationBar(QWidget):
    """The stepper's essentials, large: its own actions on big buttons, and the count."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_bar")
        self._session = window.session
        s = window.stepper
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        for key, action in (
            ("reset", s.reset_action),
            ("back", s.back_action),
            ("step", s.step_action),
            ("phase_end", s.phase_end_action),
            ("finish", s.finish_action),
            ("next_iteration", s.next_iteration_action),
            ("play", s.play_action),
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(f"presentation_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            layout.addWidget(button)
            self.buttons[key] = button
        layout.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("presentation_count")
        self.count_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.count_label)
        self.leave_button = QToolButton()
        self.leave_button.setObjectName("presentation_leave")
        self.leave_button.setText(translate("Presentation", "Leave (Esc)"))
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.leave_button.setAutoRaise(True)
        layout.addWidget(self.leave_button)
        self._session.cursor_moved.connect(self._show_count)
        self._session.iteration_changed.connect(self._show_count)
        self._show_count()

    def set_compact(self, compact: bool) -> None:
        """Icons only (the words in the tooltips) but for Step and Next iteration."""
        for key, button in self.buttons.items():
            words = not compact or key in ("step", "next_iteration") or button.icon().isNull()
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                if words
                else Qt.ToolButtonStyle.ToolButtonIconOnly
            )

    def set_sizes(self, font: QFont, icon_px: int) -> None:
        """The bar's font (Step's in bold) and icon size."""
        self.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        self.buttons["step"].setFont(bold)  # a font of its own: set again with each size
        for button in self.buttons.values():
            button.setIconSize(QSize(icon_px, icon_px))

    def _show_count(self, *_args) -> None:
        session = self._session
        cursor = session.cursor
        shown, n = session.iteration.count(session.position, cursor.level)
        # the stepper's own words ("Itération 1 · sous-étape 5 sur 35"), in the language
        self.count_label.setText(
            count_text(session.iteration_number, shown, n, compact=False,
                       factor=cursor.level is Level.FACTOR)
        )  # fmt: skip
        self.buttons["next_iteration"].setVisible(cursor.at_end)


class PresentationView(QWidget):
    """The full-screen window: the bar over the canvas and the formula view, side by side."""

    #: Esc (or F5) was pressed, or the window was closed: leave presentation mode.
    leave_requested = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(
            translate("Presentation", "{title} — presentation").format(title=window.windowTitle())
        )
        self.setWindowIcon(window.windowIcon())
        self.bar = PresentationBar(window)
        self.bar.leave_button.clicked.connect(self.leave_requested)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("presentation_splitter")
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)
        self.setAutoFillBackground(True)
        # the stepper's keys (→ ← Home End P N Y H) and the zoom's (Ctrl+= Ctrl+− Ctrl+0)
        # work here as in the window
        s = window.stepper
        self.addActions(
            [s.reset_action, s.back_action, s.step_action, s.phase_end_action, s.finish_action,
             s.play_action, s.next_iteration_action, s.practice_action, s.hold_action]
        )  # fmt: skip
        for name in ("zoom_in_action", "zoom_out_action", "zoom_reset_action"):
            if hasattr(window, name):
                self.addAction(getattr(window, name))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            event.accept()
            self.leave_requested.emit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.leave_requested.emit()  # Alt+F4 leaves presentation mode, not the app
        event.ignore()


class Presentation:
    """Presentation mode of one main window: :meth:`enter`, :meth:`leave`, :meth:`toggle`."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.view: PresentationView | None = None
        self._geometry = (QRect(), Qt.WindowState.WindowNoState)
        self._state = QByteArray()
        self._table_hidden = False
        self._zoom = 1.0
        self._refit_timer = QTimer(window)
        self._refit_timer.setObjectName("presentation_refit_timer")
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self.fit)

    @property
    def active(self) -> bool:
        return self.view is not None

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    # -- entering and leaving ------------------------------------------------------------
    def enter(self, screen: QScreen | None = None) -> None:
        """Full screen on ``screen`` (by default :func:`target_screen`)."""
        if self.active:
            return
        w = self.window
        w.stepper.pause()
        zoom = getattr(w, "zoom", None)
        self._zoom = zoom.level if zoom is not None else 1.0
        self._geometry = (w.geometry(), w.windowState())
        self._state = w.saveState()
        screen = screen or target_screen(w)
        view = PresentationView(w)
        view.leave_requested.connect(self.leave)
        canvas = w.takeCentralWidget()  # the window keeps no central widget meanwhile
        self._table_hidden = w.formula.table.isHidden()
        w.formula.table.hide()  # the formula and its numbers get the room
        w.formula.practice.set_stacked(True)  # Check, Hint, Reveal under the question
        view.splitter.addWidget(canvas)
        view.splitter.addWidget(w.formula)
        view.splitter.setStretchFactor(0, 3)
        view.splitter.setStretchFactor(1, 2)
        self.view = view
        if screen is not None:
            view.setScreen(screen)
            view.setGeometry(screen.geometry())
        self._size_fonts()
        w.hide()
        view.showFullScreen()
        if screen is not None:
            width = screen.geometry().width()
            view.splitter.setSizes([round(width * 0.58), width - round(width * 0.58)])
        canvas.show()
        w.formula.show()
        view.activateWindow()
        self._refit = _Refit(view, self._refit_timer, self)
        canvas.installEventFilter(self._refit)
        w.installEventFilter(self._refit)
        w.session.cursor_moved.connect(self._check_fit)
        self.fit()
        if screen is not None and view.geometry() != screen.geometry():
            # Its first sizes (French: 1444 px wide) made the window grow past a 1280
            # screen and set that as its minimum; without a window manager to hold a
            # full-screen window to its screen nothing brings it back: the minimum as
            # it is now, the screen's size, full screen again.
            view.layout().invalidate()
            view.layout().activate()
            view.setGeometry(screen.geometry())
            view.showFullScreen()

    def leave(self) -> None:
        """Back to the window, exactly as it was."""
        view = self.view
        if view is None:
            return
        self._refit_timer.stop()
        self.view = None
        w = self.window
        w.stepper.pause()
        canvas = w.canvas
        canvas.removeEventFilter(self._refit)
        w.removeEventFilter(self._refit)
        w.session.cursor_moved.disconnect(self._check_fit)
        canvas.set_zoom(self._zoom)
        w.setCentralWidget(canvas)
        w.formula_dock.setWidget(w.formula)
        w.formula.table.setHidden(self._table_hidden)
        w.formula.practice.set_stacked(False)
        refresh_style_sheets(w.formula.findChildren(QWidget))  # the window's font again
        view.hide()
        view.deleteLater()
        rect, states = self._geometry
        w.setWindowState(states)
        normal = not states & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen)
        if normal:
            w.setGeometry(rect)
        # the views' fonts and sizes are the window's again only once Qt has delivered
        # their font changes and re-laid them out: before, the formula view still asks
        # for the presentation's width and showing would widen the window (1157 px on
        # a 1024-pixel screen in German)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for widget in [*reversed(w.formula.findChildren(QWidget)), w.formula]:
            if widget.layout() is not None:  # innermost first: each tells its parent
                widget.layout().activate()
        w.show()
        # The docks were never touched; restoring the state regardless would leave a
        # stale copy of each tab bar on screen (Qt 6.11).
        if w.saveState() != self._state:
            w.restoreState(self._state)
        if normal and w.geometry() != rect:
            w.setGeometry(rect)
        zoom = getattr(w, "zoom", None)
        if zoom is not None:
            zoom.fit_window()  # a zoom chosen while presenting may be too large for it
        w.activateWindow()

    # -- sizes ---------------------------------------------------------------------------
    def apply_zoom(self, level: float) -> None:
        """The user's zoom, while presenting: multiplies the presentation's sizes."""
        self._zoom = level
        self._size_fonts()
        self.fit()

    def min_text_px(self) -> float:
        """The smallest text now, in device pixels (what the fonts are sized for)."""
        view = self.view
        if view is None:
            return MIN_TEXT_PX
        screen = view.screen()
        return MIN_TEXT_PX * (screen_factor(screen) if screen is not None else 1.0) * self._zoom

    def _size_fonts(self) -> None:
        view = self.view
        if view is None:
            return
        screen = view.screen()
        ratio = screen.devicePixelRatio() if screen is not None else 1.0
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        # logical pixels of the smallest text, then the font it is 0.95 of, in points
        # (1 % more: the formula view writes its sizes to one decimal of a point)
        px = self.min_text_px() * 1.01 / ratio / _FORMULA_SMALLEST
        font = QFont(view.font())
        font.setPointSizeF(px * 72 / dpi)
        view.setFont(font)
        refresh_style_sheets(view.findChildren(QWidget))
        view.bar.set_sizes(font, round(px * 1.2))
        view.bar.set_compact(False)
        view.layout().activate()
        if screen is not None and view.bar.sizeHint().width() > screen.geometry().width():
            view.bar.set_compact(True)

    def fit(self, at_most: float | None = None) -> None:
        """Zoom the canvas as far as the screen has room for (a 2-2-2 net in about
        900 × 640 canvas units), else to the largest zoom at which it still prints every
        name, value and weight with its smallest text as large as the rest: its smallest
        text of ``m`` canvas units at a zoom of ``least / m``, for m from the floor up.
        ``at_most``: no larger than that (after a sub-step whose longer labels no longer
        fit, the zoom only goes down, so the net does not jump back and forth)."""
        view = self.view
        if view is None:
            return
        canvas = self.window.canvas
        least = self.min_text_px() / canvas.devicePixelRatioF()  # widget pixels
        floor = floor_px(canvas)
        room = min(canvas.width() / _CANVAS_UNITS[0], canvas.height() / _CANVAS_UNITS[1])
        zooms = [least / m for m in range(int(floor), 15)]
        if room * self._zoom > zooms[0]:
            zooms.insert(0, room * self._zoom)
        if at_most is not None:
            zooms = [z for z in zooms if z <= at_most + 1e-9] or zooms[-1:]
        for zoom in zooms:
            canvas.set_zoom(zoom)
            if self._fits():
                return
        # Nothing fits (a canvas too narrow for large text): every name and value cut
        # would be worse than smaller text, so the largest zoom that prints them all.
        for zoom in [zooms[-1] * 0.9**k for k in range(1, 8)]:
            canvas.set_zoom(zoom)
            if prints_everything(canvas):
                return
        canvas.set_zoom(zooms[0])

    def _fits(self) -> bool:
        """Whether the canvas prints everything, its smallest text large enough."""
        canvas = self.window.canvas
        least = self.min_text_px() / canvas.devicePixelRatioF()
        return prints_everything(canvas) and smallest_text_px(canvas) >= least - 1e-6

    def _check_fit(self, _position: int = 0) -> None:
        if self.view is not None and not self._fits():
            self.fit(at_most=self.window.canvas.zoom)

    def misfit(self) -> str:
        """Why the presentation does not fit its screen now ("" if it does)."""
        view = self.view
        if view is None:
            return ""
        view.layout().activate()
        self.fit()
        screen = view.screen()
        if screen is not None and view.bar.minimumSizeHint().width() > screen.geometry().width():
            return translate("Presentation", "the stepper's buttons would be wider than the screen")
        if not prints_everything(self.window.canvas):
            return translate(
                "Presentation", "the network would not show every name, value and weight"
            )
        return ""


class _Refit(QObject):
    """Fits the canvas again after it is resized (full screen, the splitter moved); and
    when the (hidden) window is closed meanwhile (Ctrl+C in the terminal, a session's
    end), leaves presentation first, so the window closes as it was."""

    def __init__(self, parent: QObject, timer: QTimer, presentation: Presentation) -> None:
        super().__init__(parent)
        self._timer = timer
        self._presentation = presentation

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        elif event.type() == QEvent.Type.Close and watched is self._presentation.window:
            self._presentation.leave()
        return False


def add_presentation_action(window: MainWindow, menu) -> None:
    """View → Presentation (F5) as ``window.presentation_action``."""
    action = menu.addAction(translate("Presentation", "&Presentation"))
    action.setObjectName("presentation_action")
    action.setShortcut(QKeySequence(Qt.Key.Key_F5))
    action.setStatusTip(
        translate(
            "Presentation", "Full screen for a projector: the network, the formula and the stepper"
        )
    )
    action.triggered.connect(lambda: window.presentation.toggle())
    window.presentation_action = action
