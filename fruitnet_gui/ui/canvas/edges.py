"""Drawing the network canvas's edges: each one antialiased (the small net), or the fruit
net's 1406 in opaque aliased batches.

Antialiased translucent strokes of 1406 lines take ~300 ms, so the big net's edges are
drawn opaque (dimmed by blending toward the background, not by alpha) and aliased,
grouped by colour and width class with one ``drawLines`` call per group, into the
widget's cached background layer. The groups change only when some edge changes colour
or width class (:func:`edge_buckets`), which an update step rarely does.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QImage, QPainter, QPen

from fruitnet_gui.ui.canvas.style import (
    BACKGROUND,
    BIG_DIM,
    BIG_PLAIN,
    BIG_THRESHOLDS,
    BIG_WIDTHS,
    DIM,
    FOCUS,
    HIGHLIGHT,
    NEGATIVE,
    POSITIVE,
    blend,
)

__all__ = ["DRAW_RUN", "edge_buckets", "paint_big_highlights", "paint_buckets", "paint_small"]

#: The big net's edges are drawn in runs of this many, each run's colours in turn
#: (see :func:`edge_buckets`): ~120 ``drawLines`` calls for the fruit net.
DRAW_RUN = 24

Bucket = tuple[bool, int, list[QLineF]]


def big_widths(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each edge's width class (by |weight| relative to the largest) and pen width."""
    mag = np.abs(weights)
    scale = float(mag.max()) if mag.size and mag.max() > 0 else 1.0
    bucket = np.digitize(mag / scale, BIG_THRESHOLDS)
    return bucket, np.take(BIG_WIDTHS, bucket)


def small_widths(weights: np.ndarray) -> np.ndarray:
    """Pen widths of the small net's edges: 1.5 to 7.5 pixels by |weight|."""
    mag = np.abs(weights)
    scale = float(mag.max()) if mag.size and mag.max() > 0 else 1.0
    return 1.5 + 6.0 * mag / scale


def edge_buckets(
    bucket: np.ndarray, positive: np.ndarray, order: np.ndarray, lines: Sequence[QLineF]
) -> list[Bucket]:
    """The draw groups: (positive, width class, lines).

    Thin before thick, so the strongest weights stay visible in the dense middle.
    Within a width class, the edges go in a fixed shuffled ``order``, a run of them at
    a time, each run's two colours in turn: all of one sign drawn after all of the
    other covered the dense middle in that one colour (a trained net looked all
    negative, with the signs half and half).
    """
    buckets: list[Bucket] = []
    for b in range(len(BIG_WIDTHS)):
        members = order[bucket[order] == b]
        for r, start in enumerate(range(0, len(members), DRAW_RUN)):
            run = members[start : start + DRAW_RUN]
            for sign in (True, False) if r % 2 else (False, True):
                idx = run[positive[run] == sign]
                if len(idx):
                    buckets.append((sign, b, [lines[k] for k in idx]))
    return buckets


def paint_buckets(img: QImage, buckets: Sequence[Bucket], dimming: bool) -> None:
    """Every big-net edge onto ``img`` (a copy of the chrome layer)."""
    p = QPainter(img)
    # Antialiasing 1406 strokes would cost ~300 ms; opaque aliased batches cost ~5.
    for positive, b, lines in buckets:
        color = blend(
            POSITIVE if positive else NEGATIVE, BACKGROUND, BIG_DIM if dimming else BIG_PLAIN
        )
        pen = QPen(color, BIG_WIDTHS[b])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLines(lines)
    p.end()


def paint_small(
    p: QPainter,
    names: Sequence[str],
    lines: Sequence[QLineF],
    widths: np.ndarray,
    weights: np.ndarray,
    *,
    highlighted: Collection[str],
    focus: str | None,
    hover: str | None,
    dimming: bool,
) -> None:
    """The small net's edges, antialiased, the highlighted ones last (on top)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    order = sorted(range(len(lines)), key=lambda k: names[k] in highlighted)
    for k in order:
        name = names[k]
        hl = name in highlighted
        width = float(widths[k]) + (1.5 if hl else 0.0)
        if name in (focus, hover):
            casing = FOCUS if name == focus else HIGHLIGHT
            p.setPen(QPen(casing, width + 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawLine(lines[k])
        color = POSITIVE if weights[k] >= 0 else NEGATIVE
        if dimming and not hl:
            color = blend(color, BACKGROUND, DIM)
        p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawLine(lines[k])


def paint_big_highlights(
    p: QPainter,
    special: list[int],
    lines: Sequence[QLineF],
    widths: np.ndarray,
    weights: np.ndarray,
    casings: Sequence[tuple[int, object]],
) -> None:
    """The few edges of the current sub-step (and the hovered one), over the dim rest;
    ``casings`` are (edge, colour) drawn wider underneath first."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for k, casing in casings:
        p.setPen(QPen(casing, float(widths[k]) + 5))
        p.drawLine(lines[k])
        special.append(k)
    # batched and aliased like the rest: antialiased long lines cost ~60 µs each
    groups: dict[tuple[bool, float], list[QLineF]] = {}
    for k in special:
        key = (bool(weights[k] >= 0), float(widths[k]) + 1)
        groups.setdefault(key, []).append(lines[k])
    for (positive, width), group in groups.items():
        p.setPen(QPen(POSITIVE if positive else NEGATIVE, width))
        p.drawLines(group)
