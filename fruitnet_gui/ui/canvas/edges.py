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
from itertools import pairwise

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

__all__ = [
    "DRAW_RUN", "bucket_pens", "edge_buckets", "edge_order", "paint_big_highlights",
    "paint_buckets", "paint_buckets_with", "paint_small",
]  # fmt: skip

#: The big net's edges are drawn in runs of this many, each run's colours in turn
#: (see :func:`edge_order`): ~60 ``drawLines`` calls for the fruit net.
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


def edge_order(bucket: np.ndarray, positive: np.ndarray, order: np.ndarray) -> list[int]:
    """Every edge in the order it is drawn (the reference :func:`edge_buckets` batches).

    Thin before thick, so the strongest weights stay visible in the dense middle.
    Within a width class, the edges go in a fixed shuffled ``order``, a run of them at
    a time, each run's two colours in turn: all of one sign drawn after all of the
    other covered the dense middle in that one colour (a trained net looked all
    negative, with the signs half and half).
    """
    # The loop this stands for (kept readable here, it is ~10× slower on 1406 edges):
    #   for each class b: members = order[bucket[order] == b]; for each run r of DRAW_RUN
    #   members: its edges of sign (r odd) first, then the others, each in member order.
    classes = bucket[order]
    grouped = order[np.argsort(classes, kind="stable")]  # by class, shuffled within
    sizes = np.bincount(classes, minlength=len(BIG_WIDTHS))
    starts = np.repeat(np.cumsum(sizes) - sizes, sizes)
    run = (np.arange(len(grouped)) - starts) // DRAW_RUN
    later = positive[grouped] != (run % 2 == 1)  # even runs: negative first; odd: positive
    key = bucket[grouped].astype(np.int64) * (2 * len(order) + 2) + run * 2 + later
    return grouped[np.argsort(key, kind="stable")].tolist()


def edge_buckets(
    bucket: np.ndarray, positive: np.ndarray, order: np.ndarray, lines: Sequence[QLineF]
) -> list[Bucket]:
    """The draw groups: (positive, width class, lines), in :func:`edge_order`.

    Consecutive edges with the same pen share one group (one ``drawLines`` call): a
    run that ends with one colour is followed by one that starts with it, so the fruit
    net needs ~60 calls, not ~120; the picture is the one drawn edge by edge (tested).
    """
    drawn = np.asarray(edge_order(bucket, positive, order), dtype=np.intp)
    pens = bucket[drawn].astype(np.int64) * 2 + positive[drawn]
    cuts = np.flatnonzero(np.diff(pens)) + 1
    ordered = [lines[k] for k in drawn.tolist()]
    bounds = [0, *cuts.tolist(), len(drawn)]
    return [
        (bool(pens[a] % 2), int(pens[a] // 2), ordered[a:b]) for a, b in pairwise(bounds) if b > a
    ]


def _pen(positive: bool, b: int, dimming: bool) -> QPen:
    color = blend(POSITIVE if positive else NEGATIVE, BACKGROUND, BIG_DIM if dimming else BIG_PLAIN)
    pen = QPen(color, BIG_WIDTHS[b])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def bucket_pens(dimming: bool) -> dict[tuple[bool, int], QPen]:
    """The pen of each (positive, width class) group."""
    return {
        (positive, b): _pen(positive, b, dimming)
        for positive in (False, True)
        for b in range(len(BIG_WIDTHS))
    }


def paint_buckets(img: QImage, buckets: Sequence[Bucket], dimming: bool) -> None:
    """Every big-net edge onto ``img`` (a copy of the chrome layer)."""
    p = QPainter(img)
    paint_buckets_with(p, buckets, dimming)
    p.end()


def paint_buckets_with(p: QPainter, buckets: Sequence[Bucket], dimming: bool) -> None:
    """Every big-net edge with ``p`` (aliased; the painter's pen is left changed)."""
    # Antialiasing 1406 strokes would cost ~300 ms; opaque aliased batches cost ~5.
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pens = bucket_pens(dimming)
    for positive, b, lines in buckets:
        p.setPen(pens[positive, b])
        p.drawLines(lines)


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
