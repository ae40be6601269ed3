"""Colours, sizes and small drawing helpers of the network canvas.

Signs are a colour-blind-safe Okabe-Ito pair (blue #0072B2 positive, vermillion
#D55E00 negative); dimming blends toward the background instead of using alpha, so the
fruit net's 1406 edges can be drawn opaque.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtGui import QColor, QFont

from fruitnet_gui.model.text import translate

__all__ = [
    "BACKGROUND", "BIAS_FILL", "BIG_DIM", "BIG_PLAIN", "BIG_THRESHOLDS", "BIG_WIDTHS", "DIM",
    "DIM_TEXT", "FOCUS", "HIGHLIGHT", "HOVERED_INPUT", "MUTED_TEXT", "NEGATIVE", "OUTLINE",
    "POSITIVE", "TEXT", "UNKNOWN_HATCH", "UPDATED_FILL", "blend", "blend_rgb", "dim_rgb", "font",
    "parse_number", "value_color", "value_rgb",
]  # fmt: skip

BACKGROUND = QColor("#FFFFFF")
TEXT = QColor("#1A1A1A")
MUTED_TEXT = QColor("#5F5F5F")
DIM_TEXT = QColor("#9A9A9A")
OUTLINE = QColor("#555555")
POSITIVE = QColor("#0072B2")  # Okabe-Ito blue
NEGATIVE = QColor("#D55E00")  # Okabe-Ito vermillion
HIGHLIGHT = QColor("#111111")
FOCUS = QColor("#CC79A7")  # Okabe-Ito reddish purple: the quantity being computed
HOVERED_INPUT = QColor("#009E73")  # Okabe-Ito bluish green: the pixel under the mouse
BIAS_FILL = QColor("#FBF6D0")
UNKNOWN_HATCH = QColor("#A9B3C1")
#: A weight label's fill once its new value is shown (a light yellow: "this changed").
UPDATED_FILL = QColor("#FFF1B8")
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
