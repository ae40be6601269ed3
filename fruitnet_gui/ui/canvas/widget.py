"""The network drawn as the paper draws it: layers in columns, bias "1" nodes, weights.

Nodes are filled by their revealed value (0 = white, 1 = black, like the ink of the
input pixels; not yet computed = hatched), edges are coloured by sign with a
colour-blind-safe pair and sized by magnitude, and the current sub-step's nodes and
edges are highlighted while everything else is dimmed. The small net (at most
:data:`SMALL_NET_MAX_NODES` nodes per layer) also prints every name and value, as the
paper's figures do. Clicking a weight edits it in place.

The fruit net has 1406 edges. Antialiased translucent strokes of that many lines take
~300 ms, so they are drawn opaque (dimmed by blending toward the background, not by
alpha) and aliased, grouped by colour and width class with one ``drawLines`` call per
group, into a cached background layer that also holds the titles and the legend. It is
redrawn only when an edge changes colour or width class, the dimming switches on or
off, or the size changes; any other frame blits it and draws the few highlighted edges
and the nodes (pre-rendered sprites) on top. Redraws are paced by a ~30 fps timer that
runs only while something changed. ``benchmarks/canvas_redraw.py`` measures it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from fruitnet_gui.model.iteration import Iteration
from fruitnet_gui.model.naming import Naming, text_name
from fruitnet_gui.model.network import Network
from fruitnet_gui.ui.canvas.chrome import (
    LEGEND_ROW,
    legend_rows,
    paint_legend,
    paint_outputs,
    paint_titles,
)
from fruitnet_gui.ui.canvas.style import (
    BACKGROUND,
    BIAS_FILL,
    BIG_DIM,
    BIG_PLAIN,
    DIM,
    DIM_TEXT,
    FOCUS,
    HIGHLIGHT,
    HOVERED_INPUT,
    MUTED_TEXT,
    NEGATIVE,
    OUTLINE,
    POSITIVE,
    TEXT,
    UNKNOWN_HATCH,
    parse_number,
)
from fruitnet_gui.ui.canvas.style import BIG_THRESHOLDS as _BIG_THRESHOLDS
from fruitnet_gui.ui.canvas.style import BIG_WIDTHS as _BIG_WIDTHS
from fruitnet_gui.ui.canvas.style import blend as _blend
from fruitnet_gui.ui.canvas.style import dim_rgb as _dim_rgb
from fruitnet_gui.ui.canvas.style import font as _font
from fruitnet_gui.ui.canvas.style import value_rgb as _value_rgb
from fruitnet_gui.ui.inline_editor import InlineEditor
from fruitnet_gui.ui.session import Session

__all__ = ["SMALL_NET_MAX_NODES", "NetworkCanvas", "parse_number"]

#: Nets with at most this many nodes in every layer print names and values.
SMALL_NET_MAX_NODES = 12
#: Nets with at most this many edges draw each one antialiased, every frame; more go
#: into the cached background layer in aliased batches (312 of them would take ~12 ms).
FEW_EDGES = 64

#: The big net's edges are drawn in runs of this many, each run's colours in turn (see
#: :meth:`NetworkCanvas._build_edges`): ~120 ``drawLines`` calls for the fruit net.
DRAW_RUN = 24

FRAME_MS = 33
PRERENDER_MS = 40  # after the frame that needed a new edge layer


@dataclass
class _Geometry:
    """Where everything is for one widget size and one network structure."""

    pos: np.ndarray  # (nodes, 2) centres
    radius: np.ndarray  # (nodes,)
    labelled: np.ndarray  # (nodes,) bool: big enough to print name and value
    p0: np.ndarray  # (edges, 2)
    p1: np.ndarray  # (edges, 2)
    column_x: list[float]
    top: float
    legend_top: float
    lines: list[QLineF] = field(default_factory=list)
    buckets: list[tuple[bool, int, list[QLineF]]] = field(default_factory=list)
    widths: np.ndarray = field(default_factory=lambda: np.zeros(0))
    labels: dict[str, tuple[QRectF, str]] = field(default_factory=dict)
    weights_key: bytes = b""
    crowded: bool = False  # not every weight label fits: label only the current ones
    label_texts: tuple[str, ...] = ()
    all_labels: dict[str, tuple[QRectF, str]] = field(default_factory=dict)
    bucket_key: bytes = b""  # sign and width class of every edge: what the background shows
    draw_order: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.intp))
    label_px: int = 15  # the weight labels' font size


class NetworkCanvas(QWidget):
    """Draws ``session.shown_network`` and the current sub-step; click a weight to edit it.

    Signals
    -------
    input_node_hovered(int)
        Index of the input node under the mouse, -1 when the mouse leaves it.
    """

    input_node_hovered = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMinimumSize(320, 240)
        self._timer = QTimer(self)
        self._timer.setObjectName("network_canvas_frame_timer")
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_frame_timer)
        # After a new edge layer is drawn, its other dimming is drawn when the window is
        # idle, so the first Step (which dims everything else) finds it ready.
        self._prerender = QTimer(self)
        self._prerender.setObjectName("network_canvas_prerender_timer")
        self._prerender.setSingleShot(True)
        self._prerender.setInterval(PRERENDER_MS)
        self._prerender.timeout.connect(self._on_prerender)
        self._dirty = False
        self._structure_dirty = True
        self._state_dirty = True
        self._geometry: _Geometry | None = None
        # background layers by what they show; the last two are kept (dimmed and not)
        self._static: dict[tuple, QImage] = {}
        self._chrome: QImage | None = None
        self._chrome_key: tuple = ()
        self._sprites: dict[tuple, QPixmap] = {}
        self._hovered_input = -1
        self._highlighted_input = -1
        self._hover_item: tuple[str, str] | None = None
        self._editing: str | None = None
        self._iteration: Iteration | None = None
        self._live: Network | None = None  # a training snapshot shown instead of the session's
        self.weight_editor = InlineEditor(
            self, object_name="weight_editor", message_color="#B34700", min_width=140, caption=True
        )
        self.weight_editor.committed.connect(self._on_editor_committed)
        self.weight_editor.cancelled.connect(self.cancel_edit)
        session.network_changed.connect(self._on_network_changed)
        session.iteration_changed.connect(self._on_iteration_changed)
        session.cursor_moved.connect(self._on_cursor_moved)
        session.input_changed.connect(self._on_input_changed)
        session.error_occurred.connect(self._on_error_occurred)

    # -- public ---------------------------------------------------------------------------
    def set_live_network(self, network: Network | None) -> None:
        """Show ``network`` (a training snapshot) with the editor's input flowing through it,
        instead of the session's iteration; ``None`` goes back to the session."""
        if network is not None and network.layers != self.session.network.layers:
            network = None  # a snapshot of a network the session no longer shows
        self._live = network
        self._state_dirty = True
        self._schedule()

    @property
    def live_network(self) -> Network | None:
        return self._live

    @property
    def is_small(self) -> bool:
        """True when names and values are printed on the nodes and edges."""
        self._ensure_structure()
        return self._small

    def node_names(self) -> list[str]:
        """Every node drawn, bias nodes last (``x1 .. y2, bias_h, bias_y``)."""
        self._ensure_structure()
        return list(self._node_names)

    def named_nodes(self) -> list[str]:
        """The nodes large enough to print their name and value inside."""
        g = self._ensure_geometry()
        if g is None:
            return []
        return [n for n, shown in zip(self._node_names, g.labelled.tolist()) if shown]

    def edge_names(self) -> list[str]:
        """Every edge drawn: weights ``w1..`` then bias weights ``bw1..``."""
        self._ensure_structure()
        return list(self._edge_names)

    def highlighted_nodes(self) -> frozenset[str]:
        """Nodes the current sub-step touches (drawn bold; the others are dimmed)."""
        self._ensure_state()
        return self._hl_nodes

    def highlighted_edges(self) -> frozenset[str]:
        """Weights the current sub-step touches."""
        self._ensure_state()
        return self._hl_edges

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
        x, y = g.pos[self._node_index[name]]
        return QPointF(float(x), float(y))

    def edge_point(self, name: str) -> QPointF:
        """A point that picks edge ``name``: its label on the small net, else a free spot."""
        g = self._ensure_geometry()
        if g is None:
            return QPointF()
        if name in g.labels:
            return g.labels[name][0].center()
        k = self._edge_index[name]
        for t in np.linspace(0.3, 0.7, 9):
            p = g.p0[k] + t * (g.p1[k] - g.p0[k])
            pt = QPointF(float(p[0]), float(p[1]))
            if self.item_at(pt) == ("edge", name):
                return pt
        p = (g.p0[k] + g.p1[k]) / 2
        return QPointF(float(p[0]), float(p[1]))

    def edge_labels(self) -> dict[str, tuple[QRectF, str]]:
        """The printed weight labels of the small net: name -> (rectangle, text)."""
        g = self._ensure_geometry()
        return {} if g is None else dict(g.labels)

    def item_at(self, pos: QPointF | QPoint) -> tuple[str, str] | None:
        """``("node", name)``, ``("edge", name)`` or None under a widget position."""
        g = self._ensure_geometry()
        if g is None:
            return None
        p = np.array([pos.x(), pos.y()], dtype=np.float64)
        point = QPointF(p[0], p[1])
        for name, (rect, _) in g.labels.items():
            if rect.contains(point):
                return ("edge", name)
        d = np.hypot(*(g.pos - p).T)
        k = int(np.argmin(d))
        if d[k] <= g.radius[k] + 3:
            return ("node", self._node_names[k])
        # distance from p to every edge segment at once
        seg = g.p1 - g.p0
        length2 = np.einsum("ij,ij->i", seg, seg)
        length2[length2 == 0] = 1.0
        t = np.clip(np.einsum("ij,ij->i", p - g.p0, seg) / length2, 0.0, 1.0)
        dist = np.hypot(*(g.p0 + t[:, None] * seg - p).T)
        tolerance = np.maximum(g.widths / 2 + 2.5, 5.0 if self._small else 3.5)
        dist[dist > tolerance] = np.inf
        k = int(np.argmin(dist))
        return ("edge", self._edge_names[k]) if np.isfinite(dist[k]) else None

    def tooltip_at(self, pos: QPointF | QPoint) -> str:
        """The hover text of whatever lies under ``pos`` ("" for empty space)."""
        item = self.item_at(pos)
        if item is None:
            return ""
        return self._node_tooltip(item[1]) if item[0] == "node" else self._edge_tooltip(item[1])

    def edit_weight(self, name: str, at: QPointF | None = None) -> None:
        """Open the inline editor for weight ``name`` near ``at`` (its edge by default)."""
        self._ensure_state()
        k = self._edge_index[name]
        ed = self.weight_editor
        self._editing = name
        ed.caption.setText(f"{name} =")
        ed.line_edit.setText(f"{float(self._weights[k]):.10g}")
        ed.show_message("")
        ed.adjustSize()
        p = at if at is not None else self.edge_point(name)
        x = min(max(int(p.x()) - ed.width() // 2, 2), max(self.width() - ed.width() - 2, 2))
        y = min(max(int(p.y()) + 14, 2), max(self.height() - ed.height() - 2, 2))
        ed.move(x, y)
        ed.show()
        ed.raise_()
        ed.line_edit.selectAll()
        ed.line_edit.setFocus()

    @property
    def editing(self) -> str | None:
        """The weight being edited, or None."""
        return self._editing

    def cancel_edit(self) -> None:
        """Close the weight editor without changing anything."""
        if self._editing is None and not self.weight_editor.isVisible():
            return
        had_focus = self.weight_editor.line_edit.hasFocus()
        self._editing = None
        self.weight_editor.hide()
        self.weight_editor.show_message("")
        if had_focus:
            self.setFocus()

    def sizeHint(self) -> QSize:
        return QSize(960, 600)

    # -- session signals -----------------------------------------------------------------
    def _on_network_changed(self) -> None:
        self._iteration = None
        self._live = None
        self.cancel_edit()
        self._structure_dirty = True
        self._state_dirty = True
        self._schedule()

    def _on_iteration_changed(self) -> None:
        # Let go of the old iteration now: freeing its ~50,000 objects (fruit net) belongs
        # to the restart, not to the next frame.
        self._iteration = None
        self._state_dirty = True
        self._schedule()

    def _on_cursor_moved(self, _position: int) -> None:
        self._state_dirty = True
        self._schedule()

    def _on_input_changed(self) -> None:
        self._state_dirty = True
        self._schedule()

    def _on_error_occurred(self, message: str) -> None:
        if self._editing is not None:
            self.weight_editor.show_message(message)

    def _on_editor_committed(self, text: str) -> None:
        name = self._editing
        if name is None:
            return
        try:
            value = parse_number(text)
        except ValueError as exc:
            self.weight_editor.show_message(str(exc))
            return
        if self.session.set_weight(name, value):
            self.cancel_edit()
        # otherwise error_occurred has put the reason under the box, which stays open

    # -- frame pacing --------------------------------------------------------------------
    def _schedule(self) -> None:
        self._dirty = True
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def _on_frame_timer(self) -> None:
        if self._dirty:
            self._dirty = False
            self.update()
        else:
            self._timer.stop()

    def _on_prerender(self) -> None:
        g = self._geometry
        if g is None or self._few_edges or self._live is not None or not self.isVisible():
            return
        for dimming in (False, True):
            self._static_layer(g, dimming)  # draws the one that is missing, if any

    def hideEvent(self, event) -> None:
        self._timer.stop()  # never leave a timer running for a hidden or closed canvas
        self._prerender.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._dirty = False
        self.update()

    # -- derived state -------------------------------------------------------------------
    def _ensure_structure(self) -> None:
        if not self._structure_dirty:
            return
        layers = self.session.network.layers
        naming = Naming(layers)
        self._naming = naming
        self._layers = layers
        self._small = max(layers) <= SMALL_NET_MAX_NODES
        n_edges = sum(a * b + b for a, b in pairwise(layers))
        self._few_edges = n_edges <= FEW_EDGES
        names = [n for layer in naming.nodes for n in layer]
        names += [naming.bias_node(l) for l in range(len(layers) - 1)]
        self._node_names = names
        self._node_index = {n: k for k, n in enumerate(names)}
        self._node_layer = np.array([naming.node_index[n][0] for n in names])
        self._node_j = np.array([naming.node_index[n][1] for n in names])
        self._is_bias = self._node_j < 0
        edge_names: list[str] = []
        src: list[int] = []
        dst: list[int] = []
        idx = self._node_index
        for l in range(len(layers) - 1):
            for i in range(layers[l]):
                for j in range(layers[l + 1]):
                    edge_names.append(naming.weight(l, i, j))
                    src.append(idx[naming.node(l, i)])
                    dst.append(idx[naming.node(l + 1, j)])
        for l in range(len(layers) - 1):
            for j in range(layers[l + 1]):
                edge_names.append(naming.bias(l, j))
                src.append(idx[naming.bias_node(l)])
                dst.append(idx[naming.node(l + 1, j)])
        # Edge k is Network.flat_params()[k]: all weights row-major, then all biases.
        self._edge_names = edge_names
        self._edge_index = {n: k for k, n in enumerate(edge_names)}
        self._edge_src = np.array(src, dtype=np.intp)
        self._edge_dst = np.array(dst, dtype=np.intp)
        self._structure_dirty = False
        self._geometry = None
        self._chrome = None
        self._state_dirty = True
        self._hover_item = None
        self._hovered_input = -1

    def _revealed(self, quantity: str) -> float | None:
        """The value of ``quantity`` (``outh1``, ``dEtotal/dw5``) if revealed so far."""
        step = self._iteration.by_name.get(quantity) if self._iteration else None
        return step.value if step is not None and step.index < self._position else None

    def _ensure_state(self) -> None:
        """Values, shown weights and highlight from the session (cheap; done lazily)."""
        self._ensure_structure()
        if not self._state_dirty:
            return
        s = self.session
        live = self._live
        self._iteration = s.iteration
        self._position = 0 if live is not None else s.position
        self._fmt = s.iteration.fmt
        self._weights = (live or s.shown_network).flat_params()
        self._old_weights = (live or s.network).flat_params()
        n_in = self._layers[0]
        values = np.full(len(self._node_names), np.nan)
        values[:n_in] = s.x
        values[self._is_bias] = s.network.bias_input
        if live is not None:
            # every node's output for the sample in the editor, with the snapshot's weights
            outs = np.concatenate(live.forward(s.x).outs[1:])
            values[n_in : n_in + len(outs)] = outs
        else:
            for k in range(n_in, len(self._node_names)):
                if not self._is_bias[k]:
                    v = self._revealed(f"out{self._node_names[k]}")
                    if v is not None:
                        values[k] = v
        self._values = values
        step = None if live is not None else s.current
        self._hl_nodes = frozenset(step.nodes) if step else frozenset()
        self._hl_edges = frozenset(step.edges) if step else frozenset()
        self._focus_node: str | None = None
        self._focus_edge: str | None = None
        if step is not None:
            if step.kind in ("net", "out"):
                self._focus_node = step.name[3:]
            elif step.kind == "error_term":
                self._focus_node = step.name[1:]
            elif step.kind == "gradient":
                self._focus_edge = step.name.split("/d", 1)[1]
            elif step.kind == "update":
                self._focus_edge = step.name.removesuffix("_new")
        self._state_dirty = False

    def _ensure_geometry(self) -> _Geometry | None:
        self._ensure_state()
        w, h = self.width(), self.height()
        if w < 120 or h < 100:
            self._geometry = None
            return None
        if self._geometry is None:
            self._geometry = self._layout(w, h)
        g = self._geometry
        key = self._weights.tobytes()
        if self._small:
            key += (
                f"{self._position} {self.session.pencil}".encode()
            )  # labels say "(new)" once revealed
        if g.weights_key != key:
            self._build_edges(g)
            g.weights_key = key
        return g

    def _layout(self, w: int, h: int) -> _Geometry:
        layers = self._layers
        top = 44.0
        legend_top = h - 10.0 - LEGEND_ROW * len(legend_rows(w))
        left, right = 18.0, w - (150.0 if w > 700 else 110.0)
        avail = max(legend_top - 8 - top, 20.0)
        maxn = max(layers)
        node_h = avail * maxn / (maxn + 1)  # one row below the nodes holds the bias nodes
        rs = node_h / maxn
        cap = max(rs, 120.0)  # few nodes in a column of a big net: spread them, not more
        wanted = [min(0.36 * min(node_h / n, cap), 44.0) for n in layers]
        col_r = wanted
        # The radii a column gap allows, and the gap those radii leave, twice over: in a
        # narrow canvas (a 1024-pixel window) the room the larger radii held back at the
        # sides makes the nodes big enough to print their names and values.
        for _ in range(2):
            x0, x1 = left + col_r[0] + 4, right - col_r[-1] - 4
            gap = (x1 - x0) / max(len(layers) - 1, 1)
            col_r = [min(r, 0.16 * gap) for r in wanted]
        x0, x1 = left + col_r[0] + 4, right - col_r[-1] - 4
        gap = (x1 - x0) / max(len(layers) - 1, 1)
        column_x = [x0 + l * gap for l in range(len(layers))]
        pos = np.zeros((len(self._node_names), 2))
        radius = np.zeros(len(self._node_names))
        for k in range(len(self._node_names)):
            l, j = int(self._node_layer[k]), int(self._node_j[k])
            if j < 0:
                pos[k] = (column_x[l] + 0.3 * gap, top + node_h + rs / 2)
                radius[k] = min(max(col_r[l] * 0.8, 11.0), 30.0, rs * 0.45 if rs > 25 else 11.0)
                continue
            spacing = min(node_h / layers[l], cap)
            pos[k] = (column_x[l], top + node_h / 2 + (j - (layers[l] - 1) / 2) * spacing)
            radius[k] = col_r[l]
        p0, p1 = pos[self._edge_src], pos[self._edge_dst]
        return _Geometry(
            pos=pos,
            radius=radius,
            labelled=radius >= 16.0,
            p0=p0,
            p1=p1,
            column_x=column_x,
            top=top,
            legend_top=legend_top,
            lines=[QLineF(*c) for c in np.hstack([p0, p1]).tolist()],
            draw_order=np.random.default_rng(0).permutation(len(p0)),
            # between close columns (a 1024-pixel window) smaller, so that they fit
            # between the nodes instead of covering them
            label_px=15 if gap >= 160 else max(11, round(gap * 0.095)),
        )

    def _build_edges(self, g: _Geometry) -> None:
        """Pen widths, draw buckets (big net) and label places (small net) for the weights."""
        w = self._weights
        mag = np.abs(w)
        scale = float(mag.max()) if mag.size and mag.max() > 0 else 1.0
        rel = mag / scale
        g.labels = {}
        if self._small:
            texts = tuple(self._weight_text(k) for k in range(len(self._edge_names)))
            if self._few_edges and texts != g.label_texts:
                g.label_texts = texts
                g.all_labels = self._place_labels(g, range(len(texts)), texts)
                g.crowded = len(g.all_labels) < len(texts)
            g.labels = g.all_labels
            if g.crowded or not self._few_edges:
                # Some would not fit: a partial set reads as "the others are missing".
                # Label just the current sub-step's weights instead (tooltips have all).
                hl = sorted(self._edge_index[n] for n in self._hl_edges if n in self._edge_index)
                # The current sub-step's weight is what the student is looking at: it
                # is labelled even where the label must cover something.
                g.labels = self._place_labels(g, hl, texts, force=True)
        if self._few_edges:
            g.widths = 1.5 + 6.0 * rel
            g.buckets = []
            return
        bucket = np.digitize(rel, _BIG_THRESHOLDS)
        g.widths = np.take(_BIG_WIDTHS, bucket)
        # An update step moves one weight a little: the background layer (and so the
        # draw buckets) change only if some edge changes colour or width class.
        positive = w >= 0
        key = (bucket * 2 + positive).astype(np.int8).tobytes()
        if key == g.bucket_key and g.buckets:
            return
        g.bucket_key = key
        g.buckets = []
        # Thin before thick, so the strongest weights stay visible in the dense middle.
        # Within a width class, the edges go in a fixed shuffled order, a run of them at
        # a time, each run's two colours in turn: all of one sign drawn after all of the
        # other covered the dense middle in that one colour (a trained net looked all
        # negative, with the signs half and half).
        order = g.draw_order
        for b in range(len(_BIG_WIDTHS)):
            members = order[bucket[order] == b]
            for r, start in enumerate(range(0, len(members), DRAW_RUN)):
                run = members[start : start + DRAW_RUN]
                for sign in (True, False) if r % 2 else (False, True):
                    idx = run[positive[run] == sign]
                    if len(idx):
                        g.buckets.append((sign, b, [g.lines[k] for k in idx]))

    def _weight_text(self, k: int) -> str:
        name, v = self._edge_names[k], float(self._weights[k])
        if self._revealed(f"{name}_new") is not None:
            return f"{name} = {self._fmt.computed(v)} (new)"
        given = self._fmt.given(v)  # as typed (0.05); random weights are shortened
        return f"{name} = {given if len(given) <= 6 else self._fmt.computed(v)}"

    def _place_labels(
        self,
        g: _Geometry,
        edges: range | list[int],
        texts: tuple[str, ...],
        *,
        force: bool = False,
    ) -> dict[str, tuple[QRectF, str]]:
        """Put each weight's label on its edge where it covers no node and no other label."""
        labels: dict[str, tuple[QRectF, str]] = {}
        fm = QFontMetricsF(_font(g.label_px, bold=True))  # bold when highlighted: the wider
        taken = [
            QRectF(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 30)  # the node and its net caption
            for (x, y), r in zip(g.pos.tolist(), g.radius.tolist())
        ]
        bounds = QRectF(0, g.top - 6, self.width(), g.legend_top - g.top + 6)
        fractions = (0.25, 0.38, 0.5, 0.62, 0.75, 0.18, 0.82, 0.31, 0.44, 0.56, 0.69)
        for k in edges:
            name, text = self._edge_names[k], texts[k]
            tw, th = fm.horizontalAdvance(text) + 12, fm.height() + 4
            for t in fractions:
                c = g.p0[k] + t * (g.p1[k] - g.p0[k])
                rect = QRectF(c[0] - tw / 2, c[1] - th / 2, tw, th)
                if bounds.contains(rect) and not any(rect.intersects(o) for o in taken):
                    labels[name] = (rect, text)
                    taken.append(rect.adjusted(-3, -3, 3, 3))
                    break
            else:
                if force:  # over the middle of its edge, kept inside the canvas
                    c = g.p0[k] + 0.5 * (g.p1[k] - g.p0[k])
                    x = min(max(c[0] - tw / 2, bounds.left()), bounds.right() - tw)
                    y = min(max(c[1] - th / 2, bounds.top()), bounds.bottom() - th)
                    rect = QRectF(x, y, tw, th)
                    labels[name] = (rect, text)
                    taken.append(rect.adjusted(-3, -3, 3, 3))
            # otherwise no free place: the weight is still in its tooltip
        return labels

    # -- painting ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._geometry = None
        self._chrome = None
        self.cancel_edit()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        g = self._ensure_geometry()
        if g is None:
            painter.fillRect(self.rect(), BACKGROUND)
            painter.end()
            return
        dimming = bool(self._hl_nodes or self._hl_edges)
        painter.drawImage(0, 0, self._static_layer(g, dimming))
        if self._few_edges:
            self._paint_small_edges(painter, g, dimming)
        else:
            self._paint_big_highlights(painter, g)
        self._paint_nodes(painter, g, dimming)
        if self._small:
            self._paint_edge_labels(painter, g, dimming)
        painter.end()

    def _static_layer(self, g: _Geometry, dimming: bool) -> QImage:
        """The chrome plus (big net) every edge, cached by the edges' colour and width classes."""
        chrome = self._chrome_layer(g)
        if self._few_edges:
            return chrome  # its dozen edges are drawn with each frame, antialiased
        key = (g.bucket_key, dimming, chrome.cacheKey())
        if key in self._static:
            return self._static[key]
        img = chrome.copy()
        p = QPainter(img)
        # Antialiasing 1406 strokes would cost ~300 ms; opaque aliased batches cost ~5.
        for positive, b, lines in g.buckets:
            color = _blend(
                POSITIVE if positive else NEGATIVE, BACKGROUND, BIG_DIM if dimming else BIG_PLAIN
            )
            pen = QPen(color, _BIG_WIDTHS[b])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawLines(lines)
        p.end()
        if len(self._static) >= 2:
            del self._static[next(iter(self._static))]
        self._static[key] = img
        if self._live is None and (g.bucket_key, not dimming, key[2]) not in self._static:
            self._prerender.start()
        return img

    def _chrome_layer(self, g: _Geometry) -> QImage:
        """Background, layer titles, class names and targets, legend: cached."""
        key = (self.session.label, self.session.network.classes, self.devicePixelRatioF())
        if self._chrome is not None and self._chrome_key == key:
            return self._chrome
        ratio = self.devicePixelRatioF()
        img = QImage(self.size() * ratio, QImage.Format.Format_RGB32)  # opaque: fastest to draw on
        img.setDevicePixelRatio(ratio)
        img.fill(BACKGROUND)
        p = QPainter(img)
        net, width = self.session.network, self.width()
        rows, cols = net.input_shape
        titles = [self._naming.layer_title(l) for l in range(len(g.column_x))]
        if rows > 1:
            titles[0] += f" ({rows}×{cols} pixels)"
        short = [self._naming.layer_title(l).replace(" layer", "") for l in range(len(titles))]
        paint_titles(p, titles, short, g.column_x, width)
        n_out = self._layers[-1]
        start = sum(self._layers) - n_out
        targets = [self._fmt.given(float(t)) for t in self.session.target]
        outputs = slice(start, start + n_out)
        paint_outputs(
            p, g.pos[outputs].tolist(), g.radius[outputs].tolist(), net.classes, targets, width
        )
        paint_legend(p, g.legend_top, width)
        p.end()
        self._chrome, self._chrome_key = img, key
        self._static.clear()
        return img

    def _paint_small_edges(self, p: QPainter, g: _Geometry, dimming: bool) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        order = sorted(range(len(g.lines)), key=lambda k: self._edge_names[k] in self._hl_edges)
        for k in order:
            name = self._edge_names[k]
            hl = name in self._hl_edges
            width = float(g.widths[k]) + (1.5 if hl else 0.0)
            if name == self._focus_edge or self._hover_item == ("edge", name):
                casing = FOCUS if name == self._focus_edge else HIGHLIGHT
                p.setPen(QPen(casing, width + 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
                p.drawLine(g.lines[k])
            color = POSITIVE if self._weights[k] >= 0 else NEGATIVE
            if dimming and not hl:
                color = _blend(color, BACKGROUND, DIM)
            p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawLine(g.lines[k])

    def _paint_big_highlights(self, p: QPainter, g: _Geometry) -> None:
        """The few edges of the current sub-step (and the hovered one), over the dim rest."""
        special = [self._edge_index[n] for n in self._hl_edges if n in self._edge_index]
        hover = self._hover_item[1] if self._hover_item and self._hover_item[0] == "edge" else None
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for name, casing in ((self._focus_edge, FOCUS), (hover, HIGHLIGHT)):
            if name is not None:
                k = self._edge_index[name]
                p.setPen(QPen(casing, float(g.widths[k]) + 5))
                p.drawLine(g.lines[k])
                special.append(k)
        # batched and aliased like the rest: antialiased long lines cost ~60 µs each
        groups: dict[tuple[bool, float], list[QLineF]] = {}
        for k in special:
            key = (bool(self._weights[k] >= 0), float(g.widths[k]) + 1)
            groups.setdefault(key, []).append(g.lines[k])
        for (positive, width), lines in groups.items():
            p.setPen(QPen(POSITIVE if positive else NEGATIVE, width))
            p.drawLines(lines)

    def _paint_nodes(self, p: QPainter, g: _Geometry, dimming: bool) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        n_in = self._layers[0]
        rings = {self._hovered_input, self._highlighted_input}
        ratio = self.devicePixelRatioF()
        # Plain Python numbers: 76 nodes a frame, and NumPy scalars cost ~10× as much.
        plain_outline, hl_outline = OUTLINE.rgb(), HIGHLIGHT.rgb()
        bias_fill = BIAS_FILL.rgb()
        for k, (name, (x, y), r, v, bias, labelled) in enumerate(
            zip(
                self._node_names,
                g.pos.tolist(),
                g.radius.tolist(),
                self._values.tolist(),
                self._is_bias.tolist(),
                g.labelled.tolist(),
            )
        ):
            big = r > 12
            hl = name in self._hl_nodes
            dim = dimming and not hl
            known = v == v  # not NaN
            if name == self._focus_node or (k < n_in and k in rings):
                rect = QRectF(x - r, y - r, 2 * r, 2 * r)
                grow = 5 if big else 3
                p.setBrush(Qt.BrushStyle.NoBrush)
                if name == self._focus_node:
                    p.setPen(QPen(FOCUS, grow))
                    p.drawEllipse(rect.adjusted(-grow, -grow, grow, grow))
                if k < n_in and k in rings:
                    p.setPen(QPen(HOVERED_INPUT, grow))
                    p.drawEllipse(rect.adjusted(-grow, -grow, grow, grow))
            fill = bias_fill if bias else (_value_rgb(v) if known else None)
            outline = hl_outline if hl else plain_outline
            if dim:
                outline = _dim_rgb(outline)
                if fill is not None:
                    fill = _dim_rgb(fill)
            pen_width = (3.0 if big else 2.0) if hl else 1.2
            sprite = self._sprite(r, bias, fill, outline, pen_width, dim, ratio)
            half = sprite.width() / ratio / 2
            p.drawPixmap(QPointF(x - half, y - half), sprite)
            if not (bias or labelled):
                continue
            rect = QRectF(x - r, y - r, 2 * r, 2 * r)
            ink = TEXT if (not known or bias or v < 0.5) else BACKGROUND
            if dim:  # a dimmed fill is always light: gray text stays readable on it
                ink = DIM_TEXT
            p.setPen(ink)
            if bias:
                p.setFont(_font(int(min(r, 24)), bold=True))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._fmt.given(v))
                if labelled:
                    p.setFont(_font(13))
                    p.setPen(DIM_TEXT if dim else MUTED_TEXT)
                    p.drawText(
                        QRectF(x - 60, y + r + 2, 120, 18), Qt.AlignmentFlag.AlignHCenter, "bias"
                    )
                continue
            p.setFont(_font(int(min(r * 0.52, 20)), bold=True))
            p.drawText(
                QRectF(x - r, y - r * 0.8, 2 * r, r * 0.8), Qt.AlignmentFlag.AlignCenter, name
            )
            p.setFont(_font(int(min(r * 0.42, 17))))
            if not known:
                value = "?"
            elif k < n_in:
                value = self._fmt.given(v)
            else:
                value = self._fmt.computed(v)
            p.drawText(QRectF(x - r, y + 1, 2 * r, r * 0.75), Qt.AlignmentFlag.AlignCenter, value)
            net = self._revealed(f"net{name}")
            if net is not None:
                caption = f"net = {self._fmt.computed(net)}"
                font = _font(14)
                tw = QFontMetricsF(font).horizontalAdvance(caption) + 6
                box = QRectF(x - tw / 2, y + r + 9, tw, 19)
                p.fillRect(box, BACKGROUND)  # edges pass under it: keep the text clean
                p.setFont(font)
                p.setPen(DIM_TEXT if dim else MUTED_TEXT)
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, caption)

    def _sprite(
        self,
        r: float,
        bias: bool,
        fill: int | None,
        outline: int,
        pen_width: float,
        dim: bool,
        ratio: float,
    ) -> QPixmap:
        """A node's disc (or the bias node's square), drawn once and blitted after that.

        Antialiased discs cost ~25 µs each to draw and ~2 µs to blit; the fruit net has 76.
        """
        key = (r, bias, fill, outline, pen_width, dim, ratio)
        sprite = self._sprites.get(key)
        if sprite is not None:
            return sprite
        if len(self._sprites) > 2000:
            self._sprites.clear()
        half = r + pen_width / 2 + 1
        side = math.ceil(2 * half * ratio)
        sprite = QPixmap(side, side)
        sprite.setDevicePixelRatio(ratio)
        sprite.fill(Qt.GlobalColor.transparent)
        half = side / ratio / 2
        p = QPainter(sprite)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor(outline), pen_width))
        if fill is None:
            # an opaque background makes the hatch paint white between its lines
            p.setBackgroundMode(Qt.BGMode.OpaqueMode)
            p.setBackground(BACKGROUND)
            hatch = _blend(UNKNOWN_HATCH, BACKGROUND, DIM) if dim else UNKNOWN_HATCH
            p.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        else:
            p.setBrush(QColor(fill))
        rect = QRectF(half - r, half - r, 2 * r, 2 * r)
        if bias:
            p.drawRoundedRect(rect, r * 0.3, r * 0.3)
        else:
            p.drawEllipse(rect)
        p.end()
        self._sprites[key] = sprite
        return sprite

    def _paint_edge_labels(self, p: QPainter, g: _Geometry, dimming: bool) -> None:
        for name, (rect, text) in g.labels.items():
            k = self._edge_index[name]
            hl = name in self._hl_edges
            dim = dimming and not hl
            edge = POSITIVE if self._weights[k] >= 0 else NEGATIVE
            p.setPen(QPen(_blend(edge, BACKGROUND, DIM) if dim else edge, 2.0 if hl else 1.0))
            p.setBrush(BACKGROUND)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(DIM_TEXT if dim else _blend(edge, QColor("#000000"), 0.45))
            p.setFont(_font(g.label_px, bold=hl))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    # -- mouse and tooltips --------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        hovered = -1
        if item and item[0] == "node":
            k = self._node_index[item[1]]
            if k < self._layers[0]:
                hovered = k
        if hovered != self._hovered_input:
            self._hovered_input = hovered
            self.input_node_hovered.emit(hovered)
            self._schedule()
        hover_edge = item if item and item[0] == "edge" else None
        if hover_edge != self._hover_item:
            self._hover_item = hover_edge
            shape = Qt.CursorShape.PointingHandCursor if hover_edge else Qt.CursorShape.ArrowCursor
            self.setCursor(shape)
            self._schedule()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered_input != -1:
            self._hovered_input = -1
            self.input_node_hovered.emit(-1)
            self._schedule()
        if self._hover_item is not None:
            self._hover_item = None
            self._schedule()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        item = self.item_at(event.position())
        self.cancel_edit()
        if item and item[0] == "edge":
            self.edit_weight(item[1], event.position())
        event.accept()

    # -- tooltip texts -------------------------------------------------------------------
    def _node_tooltip(self, name: str) -> str:
        self._ensure_state()
        k = self._node_index[name]
        l, j = int(self._node_layer[k]), int(self._node_j[k])
        net = self.session.network
        given, comp = self._fmt.given, self._fmt.computed
        if j < 0:
            return (
                f"{name}: the constant bias input of the {self._naming.layer_title(l + 1)}\n"
                f"value = {given(net.bias_input)}"
            )
        if l == 0:
            rows, cols = net.input_shape
            where = f"input {j + 1}"
            if rows > 1:
                where = f"pixel row {j // cols + 1}, column {j % cols + 1}"
            return f"{name}: {where}\n{name} = {given(float(self._values[k]))}"
        lines = [f"{name}: node {j + 1} of the {self._naming.layer_title(l)}"]
        if l == len(self._layers) - 1:
            lines[0] += f" ({net.classes[j]})"
            lines.append(f"target{name} = {given(float(self.session.target[j]))}")
        known = [(q, self._revealed(q)) for q in (f"net{name}", f"out{name}", f"E{name}")]
        known = [(q, v) for q, v in known if v is not None]
        lines += [f"{q} = {comp(v)}" for q, v in known]
        if not known:
            lines.append("not computed yet: step forward to compute it")
        return "\n".join(lines)

    def _edge_tooltip(self, name: str) -> str:
        self._ensure_state()
        k = self._edge_index[name]
        src, dst = self._naming.edge_nodes(name)
        if self._is_bias[self._edge_src[k]]:
            src = "bias 1"
        given, comp = self._fmt.given, self._fmt.computed
        lines = [f"{name}: {src} → {dst}", f"{name} = {given(float(self._old_weights[k]))}"]
        grad = self._revealed(f"dEtotal/d{name}")
        if grad is not None:
            lines.append(f"gradient {text_name(f'dEtotal/d{name}')} = {comp(grad)}")
        new = self._revealed(f"{name}_new")
        if new is not None:
            lines.append(f"{name}_new = {comp(new)}")
        lines.append("click to change it")
        return "\n".join(lines)
