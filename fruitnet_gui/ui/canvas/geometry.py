"""The network canvas's geometry for one size: the Qt-free layout, plus what painting
needs of it (lines, pen widths, draw groups, the labels drawn), kept between frames.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QLineF

from fruitnet_gui.ui.canvas import edges
from fruitnet_gui.ui.canvas.layout import Layout, Structure, canvas_layout
from fruitnet_gui.ui.canvas.painting import QtMeasure, WeightLabel
from fruitnet_gui.ui.canvas.state import Shown
from fruitnet_gui.ui.canvas.weight_labels import Placements, weight_labels

__all__ = ["FEW_EDGES", "Geometry"]

#: Nets with at most this many edges draw each one antialiased, every frame; more go
#: into the cached background layer in aliased batches (312 of them would take ~12 ms).
FEW_EDGES = 64
_MEASURE = QtMeasure()


@dataclass(eq=False)
class Geometry:
    """Where everything is for one widget size and one network structure."""

    layout: Layout
    lines: list[QLineF]
    draw_order: np.ndarray
    buckets: list[edges.Bucket] = field(default_factory=list)
    widths: np.ndarray = field(default_factory=lambda: np.zeros(0))
    labels: dict[str, WeightLabel] = field(default_factory=dict)
    weights_key: bytes = b""
    bucket_key: bytes = b""  # sign and width class of every edge: what the background shows
    placements: Placements = field(default_factory=dict)

    @classmethod
    def build(
        cls, st: Structure, w: int, h: int, classes: Sequence[str], targets: Sequence[str]
    ) -> Geometry:
        lay = canvas_layout(st, w, h, classes, targets, _MEASURE)
        return cls(
            layout=lay,
            lines=[QLineF(*c) for c in np.hstack([lay.p0, lay.p1]).tolist()],
            draw_order=np.random.default_rng(0).permutation(len(lay.p0)),
        )

    def update(self, st: Structure, shown: Shown, key: bytes, scale: float = 1.0) -> None:
        """Pen widths, draw groups (big net) and labels (small net) for the weights shown,
        unless ``key`` (what they depend on) is what they were made for."""
        if key == self.weights_key:
            return
        self.weights_key = key
        w = shown.weights
        self.labels = {}
        if st.small:  # (the layout may come back without the net captions)
            self.labels, self.layout = weight_labels(st, self.layout, shown, self.placements, scale)
        if len(st.edge_names) <= FEW_EDGES:
            self.widths = edges.small_widths(w)
            self.buckets = []
            return
        bucket, self.widths = edges.big_widths(w)
        # An update step moves one weight a little: the background layer (and so the
        # draw buckets) change only if some edge changes colour or width class.
        positive = w >= 0
        bucket_key = (bucket * 2 + positive).astype(np.int8).tobytes()
        if bucket_key == self.bucket_key and self.buckets:
            return
        self.bucket_key = bucket_key
        self.buckets = edges.edge_buckets(bucket, positive, self.draw_order, self.lines)
