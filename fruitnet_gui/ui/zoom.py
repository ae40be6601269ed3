"""Live zoom: Ctrl+= / Ctrl+− / Ctrl+0 make text, canvas and plots larger or smaller at once.

One zoom level (80–300 %) scales the application font (so every widget and dialog that
does not set its own size), the network canvas (:meth:`NetworkCanvas.set_zoom`) and the
pyqtgraph plots' axis fonts, while the window is open; it is kept in the settings for the
next start. It lives beside View → Size of everything (``QT_SCALE_FACTOR``, which Qt
reads only at its start, and ``fruitnet-gui --scale``): the two multiply.

A level at which the window (or the presentation, when it is on) would no longer fit its
screen is refused: the old level stays and the status bar says why in one line. Zooming
out is always allowed, so a window that is already too large can be made to fit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from fruitnet_gui.model.text import percent, translate

if TYPE_CHECKING:
    from fruitnet_gui.ui.main_window import MainWindow

__all__ = [
    "ZOOMS", "ZOOM_KEY", "Zoom", "add_zoom_actions", "platform_font", "refresh_style_sheets",
    "saved_zoom",
]  # fmt: skip

ZOOM_KEY = "view/zoom"
#: The levels Ctrl+= and Ctrl+− step through.
ZOOMS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)


def saved_zoom(settings: QSettings) -> float:
    """The zoom level kept in ``settings`` (1.0 if none, or if it is not a level)."""
    try:
        value = float(settings.value(ZOOM_KEY, 1.0))
    except (TypeError, ValueError):
        return 1.0
    return min(ZOOMS, key=lambda z: abs(z - value)) if ZOOMS[0] <= value <= ZOOMS[-1] else 1.0


_PLATFORM_FONT: list[QFont] = []


def refresh_style_sheets(widgets) -> None:
    """Widgets with a style sheet of their own keep the font they had when it was
    applied (Qt does not pass them a new application or parent font): apply it again."""
    # collected first: restyling a widget may make or delete (sheet-less) helpers of it
    styled = [(widget, widget.styleSheet()) for widget in widgets]
    for widget, sheet in styled:
        if sheet:
            widget.setStyleSheet(sheet)


def platform_font() -> QFont:
    """The application's font as it was before the first zoom (the one 100 % means)."""
    if not _PLATFORM_FONT:
        app = QApplication.instance()
        _PLATFORM_FONT.append(QFont(app.font()) if app is not None else QFont())
    return QFont(_PLATFORM_FONT[0])


class Zoom(QObject):
    """The window's zoom level: applied at once, refused where it would not fit.

    Signals
    -------
    changed(float)
        The level now applied (after a change that was not refused).
    """

    changed = Signal(float)

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        # the font everything is scaled from: the platform's, as it was before any zoom
        self._base_font = platform_font()
        self._base_pt = self._base_font.pointSizeF() if self._base_font.pointSizeF() > 0 else 9.0
        self._axis_widths: dict[int, float | None] = {}
        self.level = 1.0
        self.message = ""  # the last refusal, also shown in the status bar

    # -- commands ------------------------------------------------------------------------
    def restore(self) -> None:
        """Apply the level kept from the last time (if it fits this screen)."""
        level = saved_zoom(self._settings)
        if level != 1.0:
            self.set_level(level, remember=False)

    def zoom_in(self) -> bool:
        bigger = [z for z in ZOOMS if z > self.level + 1e-9]
        return self.set_level(bigger[0]) if bigger else self._refuse("largest")

    def zoom_out(self) -> bool:
        smaller = [z for z in ZOOMS if z < self.level - 1e-9]
        return self.set_level(smaller[-1]) if smaller else self._refuse("smallest")

    def reset(self) -> bool:
        return self.set_level(1.0)

    def set_level(self, level: float, *, remember: bool = True) -> bool:
        """Apply ``level``; False (nothing changed, the reason in the status bar) where
        a larger level would not fit the screen."""
        old = self.level
        if abs(level - old) < 1e-9:
            return True
        self._apply(level)
        if level > old:
            problem = self._misfit()
            if problem:
                self._apply(old)
                return self._refuse("fit", level, problem)
        self.level = level
        self.message = ""
        if remember:  # written out when the window closes (a sync here costs 25 ms)
            self._settings.setValue(ZOOM_KEY, level)
        said = translate("Zoom", "Zoom {percent} (Ctrl+0: {whole})").format(
            percent=percent(level), whole=percent(1.0)
        )
        self._window.statusBar().showMessage(said, 5000)
        self.changed.emit(level)
        return True

    def fit_window(self) -> None:
        """Zoom out until the window fits its screen (after presentation mode, whose
        larger zoom the window may not hold); says so if it had to. The smaller level
        is not kept in the settings: it is this screen's need, not the user's choice."""
        start = self.level
        while self.level > ZOOMS[0] and self._misfit():
            # not remembered: the user's own level comes back at the next start
            smaller = [z for z in ZOOMS if z < self.level - 1e-9]
            self.set_level(smaller[-1], remember=False)
        if self.level != start:
            self.message = translate(
                "Zoom", "Zoom {start} does not fit the window: now {level}."
            ).format(start=percent(start), level=percent(self.level))
            self._window.statusBar().showMessage(self.message, 15000)

    # -- applying ------------------------------------------------------------------------
    def _apply(self, level: float) -> None:
        window = self._window
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_pt * level)
        QApplication.setFont(font)  # every widget without a size of its own ...
        # ... once Qt delivers the change it posts: now, so the sizes can be checked
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        # this window's widgets (its dialogs and docks are its children), not every
        # widget alive: others may be on their way out
        refresh_style_sheets(window.findChildren(QWidget))
        self._zoom_dock_titles(font, level)
        presentation = getattr(window, "presentation", None)
        if presentation is not None and presentation.active:
            presentation.apply_zoom(level)
        else:
            window.canvas.set_zoom(level)
        self._zoom_plots(level)

    def _zoom_dock_titles(self, font: QFont, level: float) -> None:
        """A dock paints its title in the font it was made with while its own font is
        the application's (Qt 6): at any other level each dock gets a font of its own,
        the same but for kerning, so that it paints the title in that."""
        from PySide6.QtWidgets import QDockWidget

        own = QFont(font)
        own.setKerning(not font.kerning())
        for dock in self._window.findChildren(QDockWidget):
            dock.setFont(QFont() if level == 1.0 else own)

    def _zoom_plots(self, level: float) -> None:
        """pyqtgraph draws its axes with fonts of its own: they follow the level too."""
        import sys

        pg = sys.modules.get("pyqtgraph")
        if pg is None:  # no plot made yet; each is zoomed as it is made (see plot_made)
            return
        tick = QFont(self._base_font)
        tick.setPointSizeF(self._base_pt * level)
        # the axes live in the plots' graphics scenes, not among the window's children
        for view in self._window.findChildren(pg.GraphicsView):
            for axis in view.scene().items():
                if not isinstance(axis, pg.AxisItem):
                    continue
                axis.setStyle(tickFont=tick)
                axis.label.setFont(tick)
                key = id(axis)
                if key not in self._axis_widths:
                    self._axis_widths[key] = axis.fixedWidth
                width = self._axis_widths[key]
                if width is not None and axis.orientation in ("left", "right"):
                    axis.setWidth(round(width * level))

    def plot_made(self) -> None:
        """A plot made after the level was applied is zoomed too."""
        if self.level != 1.0:
            self._zoom_plots(self.level)

    def _misfit(self) -> str:
        """Why the window (or the presentation) does not fit its screen now ("" if it does)."""
        window = self._window
        presentation = getattr(window, "presentation", None)
        if presentation is not None and presentation.active:
            return presentation.misfit()
        screen = window.screen()
        if screen is None:
            return ""
        room = screen.availableGeometry().size()
        # (not minimumSize(): the layout sets it on the window later, when it activates)
        need = window.minimumSizeHint()
        if need.width() > room.width() or need.height() > room.height():
            return translate(
                "Zoom", "the window would need {need} and the screen has {room}"
            ).format(need=f"{need.width()}×{need.height()}", room=f"{room.width()}×{room.height()}")
        return ""

    def _refuse(self, why: str, level: float = 0.0, problem: str = "") -> bool:
        if why == "fit":
            self.message = translate(
                "Zoom", "Zoom {level} refused: {problem}; it stays at {current}."
            ).format(level=percent(level), problem=problem, current=percent(self.level))
        elif why == "largest":
            self.message = translate("Zoom", "Zoom is at its largest ({current}).").format(
                current=percent(self.level)
            )
        else:
            self.message = translate("Zoom", "Zoom is at its smallest ({current}).").format(
                current=percent(self.level)
            )
        self._window.statusBar().showMessage(self.message, 15000)
        return False


def add_zoom_actions(window: MainWindow, menu) -> None:
    """View → Zoom in (Ctrl+=, Ctrl++), Zoom out (Ctrl+−), Actual size (Ctrl+0), as
    ``window.zoom_in_action`` and so on."""
    from PySide6.QtGui import QKeySequence

    for name, text, keys, slot in (
        ("zoom_in", translate("Zoom", "Zoom &in"), ("Ctrl+=", "Ctrl++"), window.zoom.zoom_in),
        ("zoom_out", translate("Zoom", "Zoom &out"), ("Ctrl+-",), window.zoom.zoom_out),
        ("zoom_reset", translate("Zoom", "&Actual size"), ("Ctrl+0",), window.zoom.reset),
    ):
        action = menu.addAction(text)
        action.setObjectName(f"{name}_action")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False, s=slot: s())
        setattr(window, f"{name}_action", action)
