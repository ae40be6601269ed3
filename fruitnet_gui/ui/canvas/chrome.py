"""The network canvas's still parts: layer titles, class names with targets, the legend.

Drawn once into the canvas's cached background layer (redrawn on a resize, a new
network or a new sample); plain functions of what they show, so they can be read and
tested apart from the widget.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QImage, QLinearGradient, QPainter, QPen

from fruitnet_gui.model.net.naming import Naming
from fruitnet_gui.model.text import translate
from fruitnet_gui.ui.canvas.layout import (
    LEGEND_ROW,
    Layout,
    legend_rows,
    output_px,
    target_text,
)
from fruitnet_gui.ui.canvas.painting import QtMeasure
from fruitnet_gui.ui.canvas.style import (
    BACKGROUND,
    FOCUS,
    MUTED_TEXT,
    NEGATIVE,
    OUTLINE,
    POSITIVE,
    TEXT,
    UNKNOWN_HATCH,
    font,
    value_color,
)

__all__ = [
    "chrome_image", "paint_chrome", "paint_legend", "paint_outputs", "paint_titles",
]  # fmt: skip

_MEASURE = QtMeasure()
#: The layer titles shrink to this size before the short titles are used.
TITLE_MIN_PX = 11
_TEXT_OFFSET = {"scale": 112, "hatch": 22, "positive": 36, "negative": 36, "ring": 22}


def paint_titles(
    p: QPainter, titles: Sequence[str], short: Sequence[str], xs: Sequence[float], width: float
) -> None:
    """Each layer's title over its column at ``xs``; ``short`` where the long ones do not fit.

    Titles must not run into each other: the first and last are pushed inward at the
    canvas's edges, so a wide one there can reach its neighbour even when the columns
    are far apart. The font shrinks down to 11 pixels, then the short titles ("input",
    "hidden", "output") are used, then they are elided.
    """
    p.setPen(TEXT)
    room = min((b - a for a, b in pairwise(xs)), default=float(width)) - 12
    size = 17
    while size > TITLE_MIN_PX and titles_overlap(
        titles, xs, QFontMetricsF(font(size, True)), width
    ):
        size -= 1
    if titles_overlap(titles, xs, QFontMetricsF(font(size, True)), width):
        titles = short
    bold = font(size, bold=True)
    fm = QFontMetricsF(bold)
    p.setFont(bold)
    for x, title in zip(xs, titles):
        text = fm.elidedText(title, Qt.TextElideMode.ElideRight, max(room, 40.0))
        tw = fm.horizontalAdvance(text) + 4
        left = min(max(x - tw / 2, 6), width - tw - 6)
        p.drawText(QRectF(left, 8, tw, 28), Qt.AlignmentFlag.AlignCenter, text)


def titles_overlap(
    titles: Sequence[str], xs: Sequence[float], fm: QFontMetricsF, width: float
) -> bool:
    """Whether titles centred over their columns (kept inside the canvas) would come
    within 12 pixels of each other."""
    spans = []
    for x, title in zip(xs, titles):
        tw = fm.horizontalAdvance(title) + 4
        left = min(max(x - tw / 2, 6), width - tw - 6)
        spans.append((left, left + tw))
    return any(a[1] + 12 > b[0] for a, b in pairwise(spans))


def paint_outputs(
    p: QPainter,
    centres: Sequence[Sequence[float]],
    radii: Sequence[float],
    classes: Sequence[str],
    targets: Sequence[str],
    width: float,
) -> None:
    """Class name and target beside each output node (on one line when they are close)."""
    spacing = centres[1][1] - centres[0][1] if len(centres) > 1 else math.inf
    p.setFont(font(output_px(width) if spacing >= 46 else 13))
    for (x, y), r, name, target in zip(centres, radii, classes, targets):
        left = x + r + 14
        room = width - left - 4
        if spacing < 46:  # no room for two lines
            p.setPen(TEXT)
            p.drawText(
                QRectF(left, y - 10, room, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                translate("Canvas", "{name}: target {value}").format(name=name, value=target),
            )
            continue
        p.setPen(TEXT)
        p.drawText(
            QRectF(left, y - 21, room, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            name,
        )
        p.setPen(MUTED_TEXT)
        p.drawText(
            QRectF(left, y + 1, room, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            target_text(target),
        )


def paint_legend(p: QPainter, top: float, width: float) -> None:
    """The legend, in rows from ``top``."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setFont(font(14))
    for r, row in enumerate(legend_rows(width, _MEASURE)):
        y = top + 6 + r * LEGEND_ROW
        for x, symbol, text in row:
            if symbol == "scale":
                p.setPen(TEXT)
                p.drawText(QPointF(x, y + 13), "0")
                grad = QLinearGradient(x + 12, 0, x + 92, 0)
                grad.setColorAt(0, value_color(0))
                grad.setColorAt(1, value_color(1))
                p.setPen(QPen(OUTLINE, 1))
                p.setBrush(grad)
                p.drawRect(QRectF(x + 12, y, 80, 16))
                p.setPen(TEXT)
                p.drawText(QPointF(x + 96, y + 13), "1")
            elif symbol == "hatch":
                p.setBackgroundMode(Qt.BGMode.OpaqueMode)
                p.setBackground(BACKGROUND)
                p.setPen(QPen(OUTLINE, 1))
                p.setBrush(QBrush(UNKNOWN_HATCH, Qt.BrushStyle.BDiagPattern))
                p.drawEllipse(QRectF(x, y, 16, 16))
                p.setBackgroundMode(Qt.BGMode.TransparentMode)
            elif symbol in ("positive", "negative"):
                p.setPen(QPen(POSITIVE if symbol == "positive" else NEGATIVE, 4))
                p.drawLine(QPointF(x, y + 8), QPointF(x + 30, y + 8))
            elif symbol == "ring":
                p.setPen(QPen(FOCUS, 4))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QRectF(x + 2, y + 2, 13, 13))
            p.setPen(TEXT)
            p.drawText(QPointF(x + _TEXT_OFFSET.get(symbol, 0), y + 13), text)


def paint_chrome(
    p: QPainter,
    lay: Layout,
    naming: Naming,
    input_shape: tuple[int, int],
    classes: Sequence[str],
    targets: Sequence[str],
) -> None:
    """Titles over the columns, class names and targets beside the outputs, and the
    legend (where the layout kept room for it)."""
    width = lay.width
    rows, cols = input_shape
    titles = [naming.layer_title(l) for l in range(len(lay.column_x))]
    if rows > 1:
        titles[0] += translate("Canvas", " ({rows}×{cols} pixels)").format(rows=rows, cols=cols)
    short = [naming.layer_title(l, short=True) for l in range(len(titles))]
    paint_titles(p, titles, short, lay.column_x, width)
    layers = naming.layers
    start = sum(layers) - layers[-1]
    outputs = slice(start, start + layers[-1])
    paint_outputs(
        p, lay.pos[outputs].tolist(), lay.radius[outputs].tolist(), classes, targets, width
    )
    if lay.legend_top < lay.height - 6:
        paint_legend(p, lay.legend_top, width)


def chrome_image(pixels: QSize, ratio: float, lay: Layout, static: tuple) -> QImage:
    """The background layer's still parts on an opaque image (fastest to draw on) of
    ``pixels``, drawn at ``ratio`` pixels a unit; ``static`` is (naming, input shape,
    classes, targets), as :func:`paint_chrome` takes them."""
    img = QImage(pixels, QImage.Format.Format_RGB32)
    img.setDevicePixelRatio(ratio)
    img.fill(BACKGROUND)
    p = QPainter(img)
    paint_chrome(p, lay, *static)
    p.end()
    return img
