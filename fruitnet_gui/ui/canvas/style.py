"""Colours, sizes and small drawing helpers of the network canvas.

The colours come from the theme in force (:mod:`fruitnet_gui.ui.theme`): they are
QColor objects made once and set in place by :func:`use_theme`, so the painting
modules that imported them draw in a new theme without a lookup per item per frame.
Signs are a colour-blind-safe Okabe-Ito pair (blue #0072B2 positive, vermillion
#D55E00 negative on light paper; sky blue and orange on dark); dimming blends toward
the background instead of using alpha, so the fruit net's 1406 edges can be drawn opaque.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtGui import QColor, QFont

from fruitnet_gui.model.text import translate
from fruitnet_gui.ui.theme import LIGHT, Theme, contrast_ratio, theme_manager

__all__ = [
    "BACKGROUND", "BIAS_FILL", "BIG_DIM", "BIG_PLAIN", "BIG_THRESHOLDS", "BIG_WIDTHS", "DIM",
    "DIM_TEXT", "FOCUS", "HIGHLIGHT", "HOVERED_INPUT", "MUTED_TEXT", "NEGATIVE", "OUTLINE",
    "POSITIVE", "TEXT", "UNKNOWN_HATCH", "UPDATED_FILL", "blend", "blend_rgb", "dim_rgb",
    "follow_theme", "font", "label_ink", "node_ink", "parse_number", "use_theme", "value_color",
    "value_rgb",
]  # fmt: skip

#: The canvas's colours by theme role (see :class:`~fruitnet_gui.ui.theme.Theme`).
_ROLES = {
    "BACKGROUND": "background", "TEXT": "text", "MUTED_TEXT": "muted_text",
    "DIM_TEXT": "dim_text", "OUTLINE": "outline",
    "POSITIVE": "positive",  # Okabe-Ito blue (sky blue on dark)
    "NEGATIVE": "negative",  # Okabe-Ito vermillion (orange on dark)
    "HIGHLIGHT": "highlight",
    "FOCUS": "focus",  # Okabe-Ito reddish purple: the quantity being computed
    "HOVERED_INPUT": "hovered_input",  # Okabe-Ito bluish green: the pixel under the mouse
    "BIAS_FILL": "bias_fill", "UNKNOWN_HATCH": "unknown_hatch",
    #: a weight label's fill once its new value is shown (light yellow: "this changed")
    "UPDATED_FILL": "updated_fill",
}  # fmt: skip
BACKGROUND = LIGHT.color("background")
TEXT = LIGHT.color("text")
MUTED_TEXT = LIGHT.color("muted_text")
DIM_TEXT = LIGHT.color("dim_text")
OUTLINE = LIGHT.color("outline")
POSITIVE = LIGHT.color("positive")
NEGATIVE = LIGHT.color("negative")
HIGHLIGHT = LIGHT.color("highlight")
FOCUS = LIGHT.color("focus")
HOVERED_INPUT = LIGHT.color("hovered_input")
BIAS_FILL = LIGHT.color("bias_fill")
UNKNOWN_HATCH = LIGHT.color("unknown_hatch")
UPDATED_FILL = LIGHT.color("updated_fill")
_theme = LIGHT
#: The least contrast text on the canvas keeps with what it is drawn on (WCAG AA).
READABLE = 4.5
DIM = 0.8  # how far dimmed items of the small net move toward the background
BIG_PLAIN = 0.55  # the fruit net's edges when nothing is highlighted: lighter, not a solid mat
BIG_DIM = 0.87  # ... and when a sub-step is highlighted

# Pen widths of the fruit net's |weight| buckets. A width of exactly 1 takes Qt's
# cosmetic-pen path, which is ten times slower for long lines than any width above 1.
BIG_WIDTHS = (1.2, 2.0, 2.8)
BIG_THRESHOLDS = (0.45, 0.8)  # bucket edges, as fractions of the largest |weight|


@lru_cache(maxsize=4096)
def blend_rgb(rgb: int, toward: int, amount: float) -> QColor:
    a = 1.0 - amount
    c1, c2 = QColor(rgb), QColor(toward)
    return QColor(
        round(c1.red() * a + c2.red() * amount),
        round(c1.green() * a + c2.green() * amount),
        round(c1.blue() * a + c2.blue() * amount),
    )


def blend(color: QColor, toward: QColor, amount: float) -> QColor:
    """An opaque colour ``amount`` of the way from ``color`` to ``toward`` (dims without alpha)."""
    return blend_rgb(color.rgb(), toward.rgb(), amount)


def value_color(v: float) -> QColor:
    """Gray for a value in [0, 1]: 0 is white paper, 1 is (nearly) black ink."""
    return QColor(value_rgb(v))


def value_rgb(v: float) -> int:
    """:func:`value_color` as a 0xAARRGGBB integer."""
    g = round(255 * (1.0 - 0.86 * min(max(v, 0.0), 1.0)))
    return 0xFF000000 | g << 16 | g << 8 | g


@lru_cache(maxsize=1024)
def dim_rgb(rgb: int) -> int:
    """A node's colour dimmed toward the background (cached: there are few distinct ones)."""
    return blend_rgb(rgb, BACKGROUND.rgb(), DIM).rgb()


def use_theme(theme: Theme) -> None:
    """Draw from now on in ``theme``: every colour above is set in place."""
    global _theme
    _theme = theme
    for name, role in _ROLES.items():
        globals()[name].setRgb(QColor(getattr(theme, role)).rgb())
    dim_rgb.cache_clear()  # it blends toward the background
    _ink.cache_clear()


_following: object = None


def follow_theme() -> None:
    """Follow the application's theme (once; the canvas calls it when made)."""
    global _following
    manager = theme_manager()
    if _following is not manager:
        _following = manager
        manager.add_applier(use_theme)


def label_ink(edge: QColor) -> QColor:
    """A weight label's text: its edge's colour, darkened on light paper and lightened
    on dark, so it reads as "this edge" and stays readable."""
    return blend(edge, QColor(_theme.label_toward), _theme.label_amount)


def node_ink(fill: int | None, dim: bool) -> QColor:
    """Text inside a node: the theme's (muted, when dimmed) text colour where it is
    readable on the node's fill, else black or white, whichever reads better (a
    mid-gray node lies between: one of the two always keeps 4.5:1)."""
    if fill is None:  # hatched "not yet known": on the background
        return MUTED_TEXT if dim else TEXT
    return _ink(fill, (MUTED_TEXT if dim else TEXT).rgb())


@lru_cache(maxsize=1024)
def _ink(fill: int, preferred: int) -> QColor:
    if contrast_ratio(preferred, fill) >= READABLE:
        return QColor(preferred)
    black, white = QColor("#000000"), QColor("#FFFFFF")
    return black if contrast_ratio(black, fill) >= contrast_ratio(white, fill) else white


@lru_cache(maxsize=256)
def font(pixels: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(pixels, 7))
    f.setBold(bold)
    return f


def parse_number(text: str) -> float:
    """A finite float from what a person types (``−0,5`` and ``-0.5`` both work)."""
    cleaned = text.strip().replace("−", "-").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(
            translate("Canvas", "“{text}” is not a number").format(text=text.strip())
        ) from None
    if not math.isfinite(value):
        raise ValueError(
            translate("Canvas", "the value must be a finite number (not NaN or infinity)")
        )
    return value
