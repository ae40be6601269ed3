"""Drawing a big net's edge layer a slice at a time, while training shows snapshots.

A training snapshot changes nearly every edge's width class, so the canvas must redraw
all its edges: 4,736 for a 64-64-10 net, 20-27 ms of the GUI thread in one piece (much
more on a loaded machine), the longest thing the window did while training. Here the
new layer is drawn in slices of at most :data:`SLICE_MS` of painting, one per pass of
the event loop, while the canvas keeps showing the previous layer (the nodes, drawn
every frame, already show the snapshot's values); when the layer is complete the
canvas swaps it in. Each slice draws whole ``drawLines`` groups in the order
:func:`.edges.paint_buckets` draws them, so the finished layer is the same picture
(tested). Stepping and weight edits never go through here: their frame draws the layer
at once (``benchmarks/canvas_redraw.py``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage, QPainter

from fruitnet_gui.ui.canvas import edges

__all__ = ["SLICE_MS", "ProgressiveLayer"]

#: At most this much painting per slice (checked after each ``drawLines`` group).
SLICE_MS = 3.0


class ProgressiveLayer(QObject):
    """One edge layer being drawn in slices; ``done(key, image)`` when it is complete."""

    def __init__(self, done: Callable[[Hashable, QImage], None], parent: QObject) -> None:
        super().__init__(parent)
        self._done = done
        self._timer = QTimer(self)
        self._timer.setObjectName("network_canvas_layer_slices")
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._key: Hashable | None = None
        self._image: QImage | None = None
        self._buckets: Sequence[edges.Bucket] = ()
        self._next = 0
        self._dimming = False

    @property
    def key(self) -> Hashable | None:
        """What the layer being drawn shows, or None when nothing is being drawn."""
        return self._key

    def start(
        self, key: Hashable, chrome: QImage, buckets: Sequence[edges.Bucket], dimming: bool
    ) -> None:
        """Draw ``buckets`` over a copy of ``chrome``; a layer already under way for
        another key is dropped (the newer snapshot is the one worth showing)."""
        if key == self._key:
            return
        self._key, self._image = key, chrome.copy()
        self._buckets, self._next, self._dimming = buckets, 0, dimming
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._key, self._image, self._buckets = None, None, ()

    def _slice(self) -> None:
        if self._image is None:
            return
        end = time.perf_counter() + SLICE_MS / 1000
        p = QPainter(self._image)
        pens = edges.bucket_pens(self._dimming)
        while self._next < len(self._buckets) and time.perf_counter() < end:
            positive, b, lines = self._buckets[self._next]
            p.setPen(pens[positive, b])
            p.drawLines(lines)
            self._next += 1
        p.end()
        if self._next < len(self._buckets):
            self._timer.start()
            return
        key, image = self._key, self._image
        self.cancel()
        self._done(key, image)
