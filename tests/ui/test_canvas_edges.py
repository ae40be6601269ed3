"""The fruit net's batched edge layer is the picture drawn one edge at a time."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPen

from fruitnet_gui.ui.canvas import edges
from fruitnet_gui.ui.canvas.style import (
    BACKGROUND,
    BIG_DIM,
    BIG_PLAIN,
    BIG_WIDTHS,
    NEGATIVE,
    POSITIVE,
    blend,
)
from fruitnet_gui.ui.canvas.widget import NetworkCanvas


def edge_by_edge(chrome: QImage, order, weights, lines, dimming: bool) -> QImage:
    """The reference: each edge alone with its own pen, in the order the module documents."""
    bucket, _ = edges.big_widths(weights)
    img = chrome.copy()
    p = QPainter(img)
    for k in order:
        color = POSITIVE if weights[k] >= 0 else NEGATIVE
        pen = QPen(blend(color, BACKGROUND, BIG_DIM if dimming else BIG_PLAIN))
        pen.setWidthF(BIG_WIDTHS[bucket[k]])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLine(lines[k])
    p.end()
    return img


def documented_order(bucket, positive, shuffled) -> list[int]:
    """Thin before thick; per class, runs of DRAW_RUN in the shuffled order, each run's
    colours in turn (negative first in even runs), written as the plain loop."""
    drawn = []
    for b in range(len(BIG_WIDTHS)):
        members = [k for k in shuffled if bucket[k] == b]
        for r, start in enumerate(range(0, len(members), edges.DRAW_RUN)):
            run = members[start : start + edges.DRAW_RUN]
            for sign in (True, False) if r % 2 else (False, True):
                drawn += [k for k in run if bool(positive[k]) == sign]
    return drawn


def test_the_draw_order_is_the_documented_one():
    rng = np.random.default_rng(3)
    for n in (1, 5, 24, 25, 97, 1406):
        bucket = rng.integers(0, len(BIG_WIDTHS), n)
        positive = rng.random(n) < 0.5
        shuffled = rng.permutation(n)
        got = edges.edge_order(bucket, positive, shuffled)
        assert got == documented_order(bucket, positive, shuffled.tolist())


def test_batched_edges_are_the_picture_drawn_one_by_one(qtbot, session):
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    canvas.resize(1280, 800)
    session.load_preset("fruit")
    top = float(np.abs(session.network.weights[0]).max())
    session.set_weight("w7", -1.2 * top)  # a new largest |weight|: every class changes
    canvas.grab()
    g = canvas._geometry
    weights = canvas._shown.weights
    bucket, _ = edges.big_widths(weights)
    assert len(set(bucket.tolist())) == len(BIG_WIDTHS)
    order = documented_order(bucket, weights >= 0, g.draw_order.tolist())
    assert sum(len(lines) for *_, lines in g.buckets) == len(order) == 1406
    assert len(g.buckets) < 80  # consecutive edges with one pen share a drawLines call
    for dimming in (False, True):
        batched = canvas._chrome.copy()
        edges.paint_buckets(batched, g.buckets, dimming)
        reference = edge_by_edge(canvas._chrome, order, weights, g.lines, dimming)
        assert batched == reference
    canvas._prerender.stop()


def test_a_training_snapshot_is_drawn_in_slices_and_ends_as_the_same_picture(qtbot, session):
    from fruitnet_gui.model.net.network import random_network
    from fruitnet_gui.ui.canvas import progressive

    session.set_network(random_network((64, 64, 10), 0, input_shape=(8, 8)))
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    canvas.resize(1280, 800)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.grab()  # the session's own edges, drawn at once; their layer when idle
    qtbot.waitUntil(lambda: len(canvas._static) == 2, timeout=60_000)
    snapshot = random_network((64, 64, 10), 1, input_shape=(8, 8))
    canvas.set_live_network(snapshot)
    canvas.grab()
    # the frame still shows the last layer; the snapshot's is under way, in slices
    assert canvas._slices.key is not None
    assert canvas._slices.key not in canvas._static
    drawn = canvas._slices.key
    slices = []
    real = progressive.ProgressiveLayer._slice

    def counted(self):
        slices.append(self._next)
        real(self)

    progressive.ProgressiveLayer._slice = counted
    try:
        qtbot.waitUntil(lambda: drawn in canvas._static, timeout=60_000)
    finally:
        progressive.ProgressiveLayer._slice = real
    assert slices  # drawn by the timer, between frames
    g = canvas._geometry
    reference = canvas._chrome.copy()
    edges.paint_buckets(reference, g.buckets, drawn[1])
    assert canvas._static[drawn] == reference
    canvas.set_live_network(None)  # back to stepping: no slice left running
    assert canvas._slices.key is None


def test_new_edges_are_drawn_onto_the_frame_then_kept_as_the_layer(qtbot, session):
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    canvas.resize(1280, 800)
    canvas.show()  # (a hidden widget gets a resize event with every grab)
    qtbot.waitExposed(canvas)
    session.load_preset("fruit")
    canvas._static.clear()
    first = canvas.grab().toImage()  # every edge drawn onto the frame itself
    assert not canvas._static and canvas._prerender.isActive()
    # a second frame before the window is idle (stepping fast) draws the layer and
    # keeps it; the frames after it blit it; all show the same picture
    second = canvas.grab().toImage()
    assert len(canvas._static) == 1
    kept = next(iter(canvas._static.values()))
    assert canvas.grab().toImage() == second == first
    assert next(iter(canvas._static.values())) is kept
    qtbot.waitUntil(lambda: len(canvas._static) == 2, timeout=60_000)  # idle: the other dimming
    assert not canvas._prerender.isActive()
