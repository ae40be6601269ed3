"""The one source of the window's colours: light, dark and high contrast.

The canvas, the formula view, the stepper and the plots take their colours from the
:class:`Theme` in force, never from literals of their own, so that each of the three
is readable: every text colour is chosen to keep a contrast ratio of at least 4.5:1
(WCAG 2's level AA for body text, :func:`contrast_ratio`) against the background it is
drawn on, and ``tests/ui/test_accessibility_themes.py`` checks it on rendered windows.

- **light**: the paper's white, as drawn so far;
- **dark**: follows the system's colour scheme (``QStyleHints.colorScheme()`` and its
  ``colorSchemeChanged`` signal), for students who work with a dark desktop;
- **high contrast**: View → High contrast (kept in the settings), white on black with
  bright accents, for low vision and washed-out projectors. It wins over the scheme.

Weights keep a colour-blind-safe Okabe-Ito pair in every theme: blue for positive and
vermillion for negative on light paper, their lighter sky blue and orange on dark
backgrounds, where the darker two lose contrast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

__all__ = [
    "DARK", "DARK_KEY", "HIGH_CONTRAST", "HIGH_CONTRAST_KEY", "LIGHT", "PLOT_FOCUS_FRAME", "THEMES",
    "Theme",
    "ThemeManager",
    "contrast_ratio", "crumb_styles", "current_theme", "relative_luminance", "style_plot",
    "theme_manager",
]  # fmt: skip

#: Where View → High contrast is remembered.
HIGH_CONTRAST_KEY = "view/high_contrast"
DARK_KEY = "view/dark"
#: A plot's frame while it has the keyboard focus (a Tab stop must show where it is).
PLOT_FOCUS_FRAME = (
    "QGraphicsView { border: 2px solid transparent; } "
    "QGraphicsView:focus { border: 2px solid palette(highlight); }"
)


@dataclass(frozen=True)
class Theme:
    """Every colour the themed views draw with, as ``#RRGGBB``."""

    name: str
    dark: bool
    # the network canvas
    background: str
    text: str
    muted_text: str
    dim_text: str
    outline: str
    positive: str
    negative: str
    highlight: str
    focus: str
    hovered_input: str
    bias_fill: str
    unknown_hatch: str
    updated_fill: str
    #: a weight label's text is its edge's colour moved this far toward ``label_toward``
    label_toward: str
    label_amount: float
    # the window (a Qt palette) and the formula view
    window: str
    window_text: str
    base: str
    alternate_base: str
    button: str
    selection: str
    selection_text: str
    link: str
    disabled_text: str
    accent: str  # the formula view's headline, the Next iteration button
    conventions: str
    formula: str
    slip: str
    differs: str
    current_row: str
    current_row_text: str
    note_fill: str
    note_text: str
    note_frame: str
    teacher_fill: str
    teacher_text: str
    teacher_frame: str
    gradcheck: str
    warning: str  # a message that something went wrong (the panels' status lines)
    # the stepper's phase breadcrumbs
    crumb_current: str
    crumb_current_text: str
    crumb_done: str
    crumb_done_text: str
    crumb_todo_text: str
    # the plots
    plot_background: str
    plot_axis: str
    plot_muted: str
    train_curve: str
    test_curve: str
    stepping_curve: str

    def color(self, role: str) -> QColor:
        """The colour of ``role`` (a field name) as a QColor."""
        return QColor(getattr(self, role))

    def palette(self) -> QPalette:
        """A Qt palette of this theme for the whole application (dark and high contrast)."""
        pal = QPalette()
        roles = QPalette.ColorRole
        for role, value in (
            (roles.Window, self.window),
            (roles.WindowText, self.window_text),
            (roles.Base, self.base),
            (roles.AlternateBase, self.alternate_base),
            (roles.Text, self.window_text),
            (roles.Button, self.button),
            (roles.ButtonText, self.window_text),
            (roles.BrightText, self.window_text),
            (roles.ToolTipBase, self.base),
            (roles.ToolTipText, self.window_text),
            (roles.PlaceholderText, self.disabled_text),
            (roles.Highlight, self.selection),
            (roles.HighlightedText, self.selection_text),
            (roles.Link, self.link),
            (roles.LinkVisited, self.link),
            (roles.Light, self.outline),
            (roles.Midlight, self.button),
            (roles.Mid, self.outline),
            (roles.Dark, self.base),
            (roles.Shadow, "#000000"),
        ):
            pal.setColor(role, QColor(value))
        disabled = QPalette.ColorGroup.Disabled
        for role in (roles.WindowText, roles.Text, roles.ButtonText):
            pal.setColor(disabled, role, QColor(self.disabled_text))
        return pal

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (text, background) pair of this theme's fixed colours, by what it is:
        what the contrast test checks besides the pixels it samples."""
        return {
            "canvas text": (self.text, self.background),
            "canvas muted text": (self.muted_text, self.background),
            "canvas dimmed caption": (self.dim_text, self.background),
            "formula view text": (self.window_text, self.window),
            "formula headline": (self.accent, self.window),
            "formula conventions": (self.conventions, self.window),
            "formula in symbols": (self.formula, self.window),
            "gradient check": (self.gradcheck, self.window),
            "warning": (self.warning, self.window),
            "paper's note": (self.note_text, self.note_fill),
            "teacher's note": (self.teacher_text, self.teacher_fill),
            "table text": (self.window_text, self.base),
            "table alternate rows": (self.window_text, self.alternate_base),
            "table slip": (self.slip, self.base),
            "table difference": (self.differs, self.base),
            "table current row": (self.current_row_text, self.current_row),
            "current phase": (self.crumb_current_text, self.crumb_current),
            "phase done": (self.crumb_done_text, self.crumb_done),
            "phase to come": (self.crumb_todo_text, self.window),
            "plot axis": (self.plot_axis, self.plot_background),
            "plot caption, muted": (self.plot_muted, self.plot_background),
        }


LIGHT = Theme(
    name="light", dark=False,
    background="#FFFFFF", text="#1A1A1A", muted_text="#5F5F5F", dim_text="#767676",
    outline="#555555", positive="#0072B2", negative="#D55E00", highlight="#111111",
    focus="#CC79A7", hovered_input="#009E73", bias_fill="#FBF6D0", unknown_hatch="#A9B3C1",
    updated_fill="#FFF1B8", label_toward="#000000", label_amount=0.45,
    window="#EFEFEF", window_text="#1A1A1A", base="#FFFFFF", alternate_base="#F5F5F5",
    button="#EFEFEF", selection="#1E5AA8", selection_text="#FFFFFF", link="#1E5AA8",
    disabled_text="#6E6E6E", accent="#1E5AA8", conventions="#56616B", formula="#37474F",
    slip="#B3261E", differs="#7A5000", current_row="#FFE9A8", current_row_text="#1A1A1A",
    note_fill="#FFF4CC", note_text="#4A3B00", note_frame="#E0B84C", teacher_fill="#E3F2FD",
    teacher_text="#0D3C61", teacher_frame="#64B5F6", gradcheck="#1B5E20", warning="#A63F00",
    crumb_current="#1E5AA8", crumb_current_text="#FFFFFF", crumb_done="#DCE6F4",
    crumb_done_text="#1E3A66", crumb_todo_text="#5A636B",
    plot_background="#FFFFFF", plot_axis="#37474F", plot_muted="#5F6B76",
    train_curve="#0072B2", test_curve="#E69F00", stepping_curve="#C62828",
)  # fmt: skip

DARK = Theme(
    name="dark", dark=True,
    background="#1E1F22", text="#E8E8E8", muted_text="#B8B8B8", dim_text="#9A9A9A",
    outline="#A0A0A0", positive="#56B4E9", negative="#E69F00", highlight="#F2F2F2",
    focus="#CC79A7", hovered_input="#009E73", bias_fill="#4A4322", unknown_hatch="#5E6673",
    updated_fill="#5A4A12", label_toward="#FFFFFF", label_amount=0.45,
    window="#2B2D30", window_text="#E8E8E8", base="#1E1F22", alternate_base="#26282B",
    button="#3A3C40", selection="#2F6BC4", selection_text="#FFFFFF", link="#8AB4F8",
    disabled_text="#9A9A9A", accent="#8AB4F8", conventions="#B4BEC7", formula="#D5DEE3",
    slip="#FF8A80", differs="#E6B85C", current_row="#5A4A12", current_row_text="#FFFFFF",
    note_fill="#3D3519", note_text="#F3E3A3", note_frame="#8A7430", teacher_fill="#13314A",
    teacher_text="#CFE6FA", teacher_frame="#3C7DB5", gradcheck="#8BD18F", warning="#FFB37A",
    crumb_current="#2F6BC4", crumb_current_text="#FFFFFF", crumb_done="#2E3B52",
    crumb_done_text="#D2DEF0", crumb_todo_text="#A3ACB5",
    plot_background="#1E1F22", plot_axis="#C8CDD2", plot_muted="#A3ACB5",
    train_curve="#56B4E9", test_curve="#E69F00", stepping_curve="#FF7A6E",
)  # fmt: skip

HIGH_CONTRAST = Theme(
    name="high_contrast", dark=True,
    background="#000000", text="#FFFFFF", muted_text="#E6E6E6", dim_text="#C8C8C8",
    outline="#FFFFFF", positive="#56B4E9", negative="#E69F00", highlight="#FFFFFF",
    focus="#F0E442", hovered_input="#00C08B", bias_fill="#3A3A00", unknown_hatch="#A0A0A0",
    updated_fill="#4D3F00", label_toward="#FFFFFF", label_amount=1.0,
    window="#000000", window_text="#FFFFFF", base="#000000", alternate_base="#141414",
    button="#1A1A1A", selection="#F0E442", selection_text="#000000", link="#9CC8FF",
    disabled_text="#8C8C8C", accent="#F0E442", conventions="#E6E6E6", formula="#FFFFFF",
    slip="#FF9E94", differs="#FFD54F", current_row="#F0E442", current_row_text="#000000",
    note_fill="#000000", note_text="#FFFFFF", note_frame="#F0E442", teacher_fill="#000000",
    teacher_text="#FFFFFF", teacher_frame="#56B4E9", gradcheck="#A5E8A9", warning="#FFB37A",
    crumb_current="#F0E442", crumb_current_text="#000000", crumb_done="#333333",
    crumb_done_text="#FFFFFF", crumb_todo_text="#C8C8C8",
    plot_background="#000000", plot_axis="#FFFFFF", plot_muted="#E6E6E6",
    train_curve="#56B4E9", test_curve="#E69F00", stepping_curve="#FF9E94",
)  # fmt: skip

THEMES = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}


def style_plot(widget, theme: Theme) -> None:
    """A pyqtgraph ``PlotWidget``'s background, axes and focus frame in ``theme`` (the
    explore views; the stepping and training plots style their own curves too)."""
    widget.setBackground(theme.plot_background)
    widget.setStyleSheet(PLOT_FOCUS_FRAME)
    item = widget.getPlotItem()
    for name in ("bottom", "left"):
        axis = item.getAxis(name)
        axis.setPen(theme.plot_axis)
        axis.setTextPen(theme.plot_axis)


# -- contrast ----------------------------------------------------------------------------
def relative_luminance(color: QColor | str | int) -> float:
    """WCAG 2's relative luminance of an sRGB colour: 0 for black, 1 for white."""
    c = QColor(color)

    def linear(channel: int) -> float:
        v = channel / 255.0
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue())


def contrast_ratio(a: QColor | str | int, b: QColor | str | int) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


# -- the theme in force ------------------------------------------------------------------
class ThemeManager(QObject):
    """Which theme is in force, and ``changed(Theme)`` when it changes.

    One per application (:func:`theme_manager`). It follows the system's colour scheme
    through ``colorSchemeChanged`` (the scheme it reports, which is kept, so that the
    signal alone decides), View → Dark colours through :meth:`set_dark` and View → High
    contrast through :meth:`set_high_contrast` (which wins).
    Modules that keep colours of their own (the canvas's pre-made QColors) register
    an applier with :meth:`add_applier`; it runs before ``changed`` is emitted.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._high_contrast = False
        self._dark = False
        self._scheme = Qt.ColorScheme.Unknown
        self._appliers: list[Callable[[Theme], None]] = []
        self._theme = LIGHT
        app = QGuiApplication.instance()
        if app is not None:
            hints = QGuiApplication.styleHints()
            self._scheme = hints.colorScheme()
            hints.colorSchemeChanged.connect(self.set_color_scheme)
        self._theme = self._choose()
        if self._theme is not LIGHT:
            self._apply()

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    @property
    def color_scheme(self) -> Qt.ColorScheme:
        return self._scheme

    def add_applier(self, applier: Callable[[Theme], None]) -> None:
        """Call ``applier(theme)`` now and whenever the theme changes (before ``changed``)."""
        self._appliers.append(applier)
        applier(self._theme)

    def set_high_contrast(self, on: bool) -> None:
        """View → High contrast: on wins over the system's scheme."""
        self._high_contrast = bool(on)
        self._update()

    def set_dark(self, on: bool) -> None:
        """View → Dark colours: dark whatever the system's scheme (high contrast wins)."""
        self._dark = bool(on)
        self._update()

    def set_color_scheme(self, scheme: Qt.ColorScheme) -> None:
        """The system's colour scheme changed (connected to ``colorSchemeChanged``)."""
        self._scheme = Qt.ColorScheme(scheme)
        self._update()

    def _choose(self) -> Theme:
        if self._high_contrast:
            return HIGH_CONTRAST
        return DARK if self._dark or self._scheme == Qt.ColorScheme.Dark else LIGHT

    def _update(self) -> None:
        theme = self._choose()
        if theme is self._theme:
            return
        self._theme = theme
        self._apply()
        self.changed.emit(theme)

    def _apply(self) -> None:
        for applier in self._appliers:
            applier(self._theme)
        app = QGuiApplication.instance()
        if app is None:
            return
        from fruitnet_gui.ui import framed_style  # edges of controls seen on dark windows

        dark = self._theme is not LIGHT
        framed_style.set_outline(dark and self._theme.outline, self._theme.disabled_text)
        if self._theme is not LIGHT:
            framed_style.install()
        if self._theme is LIGHT:
            style = getattr(app, "style", None)
            app.setPalette(style().standardPalette() if style is not None else QPalette())
        else:
            app.setPalette(self._theme.palette())
        if hasattr(app, "allWidgets"):
            # A widget with a style sheet keeps the palette it was polished with; once
            # Qt has handed the new palette on (posted events), polish those again.
            QTimer.singleShot(0, app, _repolish_styled)


def _repolish_styled() -> None:
    app = QGuiApplication.instance()
    for widget in app.allWidgets() if hasattr(app, "allWidgets") else ():
        if widget.styleSheet():
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.update()


_MANAGER: ThemeManager | None = None


def theme_manager() -> ThemeManager:
    """The application's theme manager (made on first use, owned by the application)."""
    global _MANAGER
    app = QGuiApplication.instance()
    try:
        fresh = _MANAGER is None or _MANAGER.parent() is not app
    except RuntimeError:  # the application it belonged to is gone
        fresh = True
    if fresh:
        _MANAGER = ThemeManager(app)
    return _MANAGER


def current_theme() -> Theme:
    """The theme in force (light before there is an application)."""
    if QGuiApplication.instance() is None:
        return _MANAGER.theme if _MANAGER is not None else LIGHT
    return theme_manager().theme


_CRUMB_STYLE = "QLabel {{ padding: 3px 10px; border-radius: 10px; {} }}"


def crumb_styles(t: Theme) -> tuple[str, str, str]:
    """The stepper's phase breadcrumbs' looks: current, done, to come."""
    return (
        _CRUMB_STYLE.format(
            f"background: {t.crumb_current}; color: {t.crumb_current_text}; font-weight: bold;"
        ),
        _CRUMB_STYLE.format(f"background: {t.crumb_done}; color: {t.crumb_done_text};"),
        _CRUMB_STYLE.format(f"background: transparent; color: {t.crumb_todo_text};"),
    )
