"""Controls whose edges can be seen on dark and high-contrast windows (WCAG 1.4.11).

Qt's Fusion style draws the frames of spin boxes, line edits, combo boxes and buttons,
the box of a check box and a slider's groove in the window colour darkened by 40 %: on
the high-contrast theme's black window that is black (1:1), on the dark theme's gray
hardly more. WCAG 1.4.11 (non-text contrast) asks 3:1 for what identifies a control.
:class:`FramedStyle` is a proxy of the style in use that lets it draw everything as
before and then outlines those parts in the theme's ``outline`` colour (white in high
contrast); in the light theme it draws nothing of its own. The theme manager installs
it the first time a dark theme is applied (:func:`install`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

__all__ = ["FramedStyle", "install", "set_outline"]

_PE = QStyle.PrimitiveElement
_CC = QStyle.ComplexControl
_SC = QStyle.SubControl

#: The colours the edges are outlined in (enabled, disabled), or None (the light theme:
#: Qt's own look).
_outline: tuple[QColor, QColor] | None = None


def set_outline(color: str | None, disabled: str | None = None) -> None:
    """Outline controls in ``color`` (disabled ones in ``disabled``) from now on (None:
    not at all)."""
    global _outline
    _outline = (QColor(color), QColor(disabled or color)) if color else None


class FramedStyle(QProxyStyle):
    """The style in use, with each control's edge outlined in the theme's colour."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if _outline is None:
            return
        if element in (_PE.PE_IndicatorCheckBox, _PE.PE_FrameLineEdit):
            _frame(painter, option, QRectF(option.rect))
        elif element == _PE.PE_IndicatorRadioButton:
            _frame(painter, option, QRectF(option.rect), round_=True)
        elif element == _PE.PE_PanelButtonCommand:
            _frame(painter, option, QRectF(option.rect), radius=2.0)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if _outline is None:
            return
        if control in (_CC.CC_SpinBox, _CC.CC_ComboBox) and getattr(option, "frame", True):
            _frame(painter, option, QRectF(option.rect), radius=2.0)
        elif control == _CC.CC_Slider:
            for part in (_SC.SC_SliderGroove, _SC.SC_SliderHandle):
                rect = self.subControlRect(control, option, part, widget)
                _frame(painter, option, QRectF(rect), radius=2.0)


def _frame(painter: QPainter, option, rect: QRectF, *, radius: float = 0.0,
           round_: bool = False) -> None:  # fmt: skip
    """A one-pixel line just inside ``rect`` (dimmed for a disabled control)."""
    if rect.width() < 3 or rect.height() < 3 or _outline is None:
        return
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_ or radius > 0)
    painter.setPen(QPen(_outline[0 if enabled else 1], 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = rect.adjusted(0.5, 0.5, -0.5, -0.5)
    if round_:
        painter.drawEllipse(inner)
    elif radius:
        painter.drawRoundedRect(inner, radius, radius)
    else:
        painter.drawRect(inner)
    painter.restore()


_installed: FramedStyle | None = None


def install() -> None:
    """Make the application's style a :class:`FramedStyle` of the one in use (once)."""
    global _installed
    app = QApplication.instance()
    if app is None or not hasattr(app, "setStyle"):
        return
    if isinstance(app.style(), FramedStyle):
        return
    style = FramedStyle(app.style().name())
    app.setStyle(style)
    _installed = style  # Qt owns it; Python keeps the wrapper alive
