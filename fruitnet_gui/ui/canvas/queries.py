"""What the network canvas shows, read back: names, highlights, where a node or a
weight's label is, the font sizes, the zoom. A mixin of
:class:`~fruitnet_gui.ui.canvas.widget.NetworkCanvas` (``self`` is the canvas), kept apart
so the widget, which paints and handles the mouse, stays readable.

Positions are in widget pixels; layouts, label rectangles and font sizes in canvas units
(widget pixels divided by :attr:`zoom`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF

from fruitnet_gui.ui.canvas.painting import qrect

if TYPE_CHECKING:
    from fruitnet_gui.ui.canvas.geometry import Geometry
    from fruitnet_gui.ui.canvas.layout import Layout, Structure

__all__ = ["CanvasQueries"]


class CanvasQueries:
    """The canvas's read side, and its zoom."""

    @property
    def zoom(self) -> float:  # widget pixels per canvas unit (1: as designed)
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Draw everything ``zoom`` times as large (text, nodes, edges, labels)."""
        zoom = float(zoom)
        if abs(zoom - self._zoom) < 1e-9:
            return
        self._zoom = zoom
        self._geometry = self._chrome = None
        self._static.clear()
        self.cancel_edit()
        self.weight_editor.set_scale(zoom)  # the box to type a weight in grows with it
        self._schedule()

    def geometry_now(self) -> tuple[Geometry | None, Structure]:
        """The geometry of the current size and zoom (None if too small), and the
        structure it is for: what :mod:`.text_sizes` checks."""
        return self._ensure_geometry(), self._structure

    def _units(self, pos: QPointF | QPoint) -> QPointF:  # a widget position in canvas units
        return QPointF(pos.x() / self._zoom, pos.y() / self._zoom)

    def _widget_point(self, x: float, y: float) -> QPointF:
        return QPointF(x * self._zoom, y * self._zoom)

    @property
    def is_small(self) -> bool:
        """True when names and values are printed on the nodes and edges."""
        self._ensure_structure()
        return self._structure.small

    def node_names(self) -> list[str]:
        """Every node drawn, bias nodes last (``x1 .. y2, bias_h, bias_y``)."""
        self._ensure_structure()
        return list(self._structure.node_names)

    def named_nodes(self) -> list[str]:
        """The nodes large enough to print their name and value inside."""
        g = self._ensure_geometry()
        if g is None:
            return []
        names = self._structure.node_names
        return [n for n, shown in zip(names, g.layout.labelled.tolist()) if shown]

    def edge_names(self) -> list[str]:
        """Every edge drawn: weights ``w1..`` then bias weights ``bw1..``."""
        self._ensure_structure()
        return list(self._structure.edge_names)

    def highlighted_nodes(self) -> frozenset[str]:
        """Nodes the current sub-step touches (drawn bold; the others are dimmed)."""
        self._ensure_state()
        return self._shown.hl_nodes

    def highlighted_edges(self) -> frozenset[str]:
        """Weights the current sub-step touches."""
        self._ensure_state()
        return self._shown.hl_edges

    @property
    def highlighted_input(self) -> int:
        return self._highlighted_input

    def set_highlighted_input(self, index: int) -> None:
        """Ring input node ``index`` (e.g. the pixel under the mouse); -1 for none."""
        if index != self._highlighted_input:
            self._highlighted_input = index
            self._schedule()

    def node_position(self, name: str) -> QPointF:
        """The centre of node ``name`` in widget coordinates."""
        g = self._ensure_geometry()
        if g is None:
            return QPointF()
        x, y = g.layout.pos[self._structure.node_index[name]]
        return self._widget_point(float(x), float(y))

    def edge_point(self, name: str) -> QPointF:
        """A point that picks edge ``name``: its label on the small net, else a free spot."""
        g = self._ensure_geometry()
        if g is None:
            return QPointF()
        if name in g.labels:
            return self._widget_point(*g.labels[name].box.center)
        k = self._structure.edge_index[name]
        lay = g.layout
        for t in np.linspace(0.3, 0.7, 9):
            p = lay.p0[k] + t * (lay.p1[k] - lay.p0[k])
            pt = self._widget_point(float(p[0]), float(p[1]))
            if self.item_at(pt) == ("edge", name):
                return pt
        p = (lay.p0[k] + lay.p1[k]) / 2
        return self._widget_point(float(p[0]), float(p[1]))

    def edge_labels(self) -> dict[str, tuple[QRectF, str]]:
        """The printed weight labels of the small net: name -> (rectangle, text); a
        label broken over lines has them joined by newlines (rectangles in canvas units,
        as :meth:`canvas_layout`: widget pixels divided by :attr:`zoom`)."""
        g = self._ensure_geometry()
        if g is None:
            return {}
        return {n: (qrect(lb.box), "\n".join(lb.lines)) for n, lb in g.labels.items()}

    def label_font_px(self) -> int:
        """The weight labels' font size in canvas units (0 when none is printed)."""
        g = self._ensure_geometry()
        return next((lb.px for lb in g.labels.values()), 0) if g is not None else 0

    def updated_labels(self) -> frozenset[str]:
        """The weights whose label shows the new value (drawn in the updated style)."""
        g = self._ensure_geometry()
        return frozenset(n for n, lb in g.labels.items() if lb.updated) if g else frozenset()

    def node_text_px(self, name: str) -> tuple[int, int]:
        """The font sizes (name, value) a node prints in, in canvas units; (0, 0) if it
        prints none."""
        g = self._ensure_geometry()
        if g is None:
            return (0, 0)
        k = self._structure.node_index[name]
        return (int(g.layout.name_px[k]), int(g.layout.value_px[k]))

    def canvas_layout(self) -> Layout | None:
        """The Qt-free geometry of the current size (None when too small to draw)."""
        g = self._ensure_geometry()
        return None if g is None else g.layout
