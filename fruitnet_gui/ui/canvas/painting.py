"""Painting the network canvas's nodes and weight labels (the Qt side of the layout).

The widget decides what is shown (values, highlight, dimming); these functions draw
it where :mod:`.layout` and :mod:`.labels` put it. Node discs are pre-rendered sprites:
antialiased discs cost ~25 µs each to draw and ~2 µs to blit, and the fruit net has 76.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen, QPixmap

from fruitnet_gui.model.text import translate
from fruitnet_gui.ui.canvas.labels import short_number
from fruitnet_gui.ui.canvas.layout import Box, Layout, Structure, text_chord
from fruitnet_gui.ui.canvas.state import Shown
from fruitnet_gui.ui.canvas.style import (
    BACKGROUND,
    BIAS_FILL,
    DIM,
    DIM_TEXT,
    FOCUS,
    HIGHLIGHT,
    HOVERED_INPUT,
    MUTED_TEXT,
    NEGATIVE,
    OUTLINE,
    POSITIVE,
    UNKNOWN_HATCH,
    UPDATED_FILL,
    blend,
    dim_rgb,
    font,
    label_ink,
    node_ink,
    value_rgb,
)

__all__ = [
    "UPDATED_DIM", "NodeLook", "QtMeasure", "Sprites", "VectorNodes", "WeightLabel",
    "label_colors", "paint_disc", "paint_label", "paint_node_text", "paint_nodes",
]  # fmt: skip

CAPTION_PX = 14
UPDATED_DIM = 0.5  # how far a dimmed updated label's fill moves toward the background
BIAS_CAPTION_PX = 13


class QtMeasure:
    """:class:`.layout.TextMeasure` with Qt's font metrics (cached: labels are measured
    many times while they are placed)."""

    def width(self, text: str, px: int, bold: bool = False) -> float:
        return _advance(text, px, bold)

    def height(self, px: int) -> float:
        return _height(px)


@lru_cache(maxsize=8192)
def _advance(text: str, px: int, bold: bool) -> float:
    return QFontMetricsF(font(px, bold)).horizontalAdvance(text)


@lru_cache(maxsize=64)
def _height(px: int) -> float:
    return QFontMetricsF(font(px)).height()


_MEASURE = QtMeasure()


def qrect(box: Box) -> QRectF:
    return QRectF(box.left, box.top, box.width, box.height)


class Sprites:
    """A node's disc (or the bias node's square), drawn once and blitted after that."""

    def __init__(self) -> None:
        self._cache: dict[tuple, QPixmap] = {}

    def get(
        self,
        r: float,
        bias: bool,
        fill: int | None,
        outline: int,
        pen_width: float,
        dim: bool,
        ratio: float,
    ) -> QPixmap:
        key = (r, bias, fill, outline, pen_width, dim, ratio)
        sprite = self._cache.get(key)
        if sprite is not None:
            return sprite
        if len(self._cache) > 2000:
            self._cache.clear()
        half = r + pen_width / 2 + 1
        side = math.ceil(2 * half * ratio)
        sprite = QPixmap(side, side)
        sprite.setDevicePixelRatio(ratio)
        sprite.fill(Qt.GlobalColor.transparent)
        half = side / ratio / 2
        p = QPainter(sprite)
        paint_disc(p, half, half, r, bias, fill, outline, pen_width, dim)
        p.end()
        self._cache[key] = sprite
        return sprite

    def draw(self, p: QPainter, x: float, y: float, r: float, bias: bool, fill: int | None,
             outline: int, pen_width: float, dim: bool, ratio: float) -> None:  # fmt: skip
        """The node's sprite, centred on (x, y)."""
        draw_sprite(p, self.get(r, bias, fill, outline, pen_width, dim, ratio), x, y, ratio)


class VectorNodes(Sprites):
    """Nodes drawn as shapes, not blitted: for a picture that must stay a vector drawing
    (File → Export picture… as SVG)."""

    def draw(self, p: QPainter, x: float, y: float, r: float, bias: bool, fill: int | None,
             outline: int, pen_width: float, dim: bool, ratio: float) -> None:  # fmt: skip
        p.save()
        paint_disc(p, x, y, r, bias, fill, outline, pen_width, dim)
        p.restore()


def paint_disc(p: QPainter, x: float, y: float, r: float, bias: bool, fill: int | None,
               outline: int, pen_width: float, dim: bool) -> None:  # fmt: skip
    """A node's disc (the bias node's rounded square) centred on (x, y); hatched when
    its value is not known yet (``fill`` None)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(QColor(outline), pen_width))
    if fill is None:
        # an opaque background makes the hatch paint white between its lines
        p.setBackgroundMode(Qt.BGMode.OpaqueMode)
        p.setBackground(BACKGROUND)
        hatch = blend(UNKNOWN_HATCH, BACKGROUND, DIM) if dim else UNKNOWN_HATCH
        p.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
    else:
        p.setBrush(QColor(fill))
    rect = QRectF(x - r, y - r, 2 * r, 2 * r)
    if bias:
        p.drawRoundedRect(rect, r * 0.3, r * 0.3)
    else:
        p.drawEllipse(rect)
    p.setBackgroundMode(Qt.BGMode.TransparentMode)


@dataclass
class NodeLook:
    """What one node prints: its name and value (or the bias input), and the caption."""

    k: int
    name: str
    value: str
    bias: bool
    ink: QColor
    dim: bool
    caption: str = ""  # "net = 0.8570" once known


def paint_node_text(p: QPainter, g: Layout, look: NodeLook, measure: QtMeasure) -> None:
    """The name over the value inside the disc (fonts from the layout, shrunk further for
    a long typed value so it is never cut), or the bias input in its square."""
    x, y = g.pos[look.k].tolist()
    r = float(g.radius[look.k])
    p.setPen(look.ink)
    if look.bias:
        room = 2 * r - 6
        px = int(min(r, 24))
        while px > 7 and measure.width(look.value, px, True) > room:
            px -= 1
        p.setFont(font(px, bold=True))
        p.drawText(QRectF(x - r, y - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, look.value)
        return
    name_px, value_px = int(g.name_px[look.k]), int(g.value_px[look.k])
    room = text_chord(r, name_px, value_px)
    while value_px > 7 and measure.width(look.value, value_px) > room:
        value_px -= 1
    nh, vh = measure.height(name_px), measure.height(value_px)
    top = y - (nh + vh) / 2 + 1
    p.setFont(font(name_px, bold=True))
    p.drawText(QRectF(x - r, top, 2 * r, nh), Qt.AlignmentFlag.AlignCenter, look.name)
    p.setFont(font(value_px))
    p.drawText(QRectF(x - r, top + nh, 2 * r, vh), Qt.AlignmentFlag.AlignCenter, look.value)


def paint_caption(p: QPainter, g: Layout, look: NodeLook, measure: QtMeasure) -> None:
    """ "net = …" under a node, or "bias" under a bias node, on a background patch."""
    text = translate("Canvas", "bias") if look.bias else look.caption
    if not text:
        return
    px = BIAS_CAPTION_PX if look.bias else CAPTION_PX
    box = qrect(g.caption_box(look.k, measure.width(text, px) + 6))
    if not look.bias:
        p.fillRect(box, BACKGROUND)  # edges pass under it: keep the text clean
    p.setFont(font(px))
    p.setPen(DIM_TEXT if look.dim else MUTED_TEXT)
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def bias_text(bias_input: float) -> str:
    """What the bias node prints: the network's bias input, shortly (1, 0.5, −1)."""
    return short_number(float(bias_input))


@dataclass
class WeightLabel:
    """A weight label as drawn: its box, lines, font size and look."""

    box: Box
    lines: tuple[str, ...]
    px: int
    positive: bool
    emphasized: bool  # the current sub-step's weight
    updated: bool  # its new value is revealed
    dim: bool


def label_colors(label: WeightLabel) -> tuple[QColor, QColor, QColor]:
    """(text, fill, frame) of a weight label in the theme in force."""
    edge = POSITIVE if label.positive else NEGATIVE
    frame = blend(edge, BACKGROUND, DIM) if label.dim else edge
    fill = BACKGROUND
    if label.updated:  # dimmed only halfway: "this changed" must stay visible
        fill = blend(UPDATED_FILL, BACKGROUND, UPDATED_DIM) if label.dim else UPDATED_FILL
    # dimmed less than the rest: every weight stays readable from the back of a room
    return (MUTED_TEXT if label.dim else label_ink(edge)), fill, frame


def paint_label(p: QPainter, label: WeightLabel) -> None:
    """A rounded box in the edge's colour; bold and a thicker frame for the current
    sub-step's weights, a tinted fill once the new value is shown."""
    ink, fill, frame = label_colors(label)
    p.setPen(QPen(frame, 2.4 if label.emphasized else 1.0))
    p.setBrush(fill)
    rect = qrect(label.box)
    p.drawRoundedRect(rect, 4, 4)
    p.setPen(ink)
    p.setFont(font(label.px, bold=label.emphasized))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\n".join(label.lines))


def draw_sprite(p: QPainter, sprite: QPixmap, x: float, y: float, ratio: float) -> None:
    half = sprite.width() / ratio / 2
    p.drawPixmap(QPointF(x - half, y - half), sprite)


def paint_nodes(
    p: QPainter,
    st: Structure,
    lay: Layout,
    shown: Shown,
    sprites: Sprites,
    *,
    rings: set[int],
    bias_input: float,
    ratio: float,
) -> None:
    """Every node: its sprite, the focus and hover rings, the text inside and under it.

    ``rings`` are the input nodes ringed (hovered, or pointed at from the pixel editor).
    """
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    n_in = st.layers[0]
    dimming = shown.dimming
    # Plain Python numbers: 76 nodes a frame, and NumPy scalars cost ~10× as much.
    plain_outline, hl_outline = OUTLINE.rgb(), HIGHLIGHT.rgb()
    bias_fill = BIAS_FILL.rgb()
    bias_value = bias_text(bias_input)
    for k, (name, (x, y), r, v, bias, labelled) in enumerate(
        zip(
            st.node_names,
            lay.pos.tolist(),
            lay.radius.tolist(),
            shown.values.tolist(),
            st.is_bias.tolist(),
            lay.labelled.tolist(),
        )
    ):
        big = r > 12
        hl = name in shown.hl_nodes
        dim = dimming and not hl
        known = v == v  # not NaN
        ringed = k < n_in and k in rings
        if name == shown.focus_node or ringed:
            rect = QRectF(x - r, y - r, 2 * r, 2 * r)
            grow = 5 if big else 3
            p.setBrush(Qt.BrushStyle.NoBrush)
            for color, on in ((FOCUS, name == shown.focus_node), (HOVERED_INPUT, ringed)):
                if on:
                    p.setPen(QPen(color, grow))
                    p.drawEllipse(rect.adjusted(-grow, -grow, grow, grow))
        fill = bias_fill if bias else (value_rgb(v) if known else None)
        outline = hl_outline if hl else plain_outline
        if dim:
            outline = dim_rgb(outline)
            if fill is not None:
                fill = dim_rgb(fill)
        pen_width = (3.0 if big else 2.0) if hl else 1.2
        sprites.draw(p, x, y, r, bias, fill, outline, pen_width, dim, ratio)
        if not (bias or labelled):
            continue
        # muted when dimmed, and black or white where the theme's text would not read
        ink = node_ink(fill, dim)
        look = NodeLook(k, name, bias_value, bias, ink, dim)
        if not bias:
            look.value = _value_text(shown, k < n_in, v, known)
            net = shown.revealed(f"net{name}") if lay.captions else None
            look.caption = "" if net is None else f"net = {shown.fmt.computed(net)}"
        paint_node_text(p, lay, look, _MEASURE)
        if st.small and (look.caption or bias):
            paint_caption(p, lay, look, _MEASURE)


def _value_text(shown: Shown, given: bool, v: float, known: bool) -> str:
    if not known:
        return "?"
    return shown.fmt.given(v) if given else shown.fmt.computed(v)
