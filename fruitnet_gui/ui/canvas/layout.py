"""Where the network canvas puts its nodes and edges, and what lies under a point.

NumPy and the standard library only, no Qt: the widget measures text with Qt's font
metrics and passes the measure in (:class:`TextMeasure`), so the geometry can be
tested on plain rectangles, at every window size, without a display.

The paper draws layers in columns, the bias node of each layer under it. The small
net (at most :data:`SMALL_NET_MAX_NODES` nodes per layer) prints each node's name and
value inside it, so its nodes are made large enough for that text at the floor sizes
(:data:`NODE_NAME_MIN_PX`, :data:`NODE_VALUE_MIN_PX`): before, in a 1024-pixel window
the column gap alone set the radius and the text came out about 8 pixels tall.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

import numpy as np

from fruitnet_gui.model.net.naming import Naming
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, class_name, number, translate

__all__ = [
    "LEGEND_ROW",
    "NODE_NAME_MIN_PX",
    "NODE_VALUE_MIN_PX",
    "SMALL_NET_MAX_NODES",
    "TOP",
    "Box",
    "Layout",
    "Structure",
    "TextMeasure",
    "bias_kind",
    "bias_layers",
    "build_structure",
    "canvas_layout",
    "compute_layout",
    "hit_test",
    "legend_height",
    "legend_rows",
    "output_px",
    "overlaps",
    "text_chord",
]  # fmt: skip

#: Nets with at most this many nodes in every layer print names and values.
SMALL_NET_MAX_NODES = 12
#: Below the layer titles.
TOP = 44.0
#: The node text never gets smaller than this (pixels); a node too small for it is
#: drawn without text (the fruit net's 74 nodes), never with its text cut.
NODE_NAME_MIN_PX = 12
NODE_VALUE_MIN_PX = 11
NODE_NAME_MAX_PX = 20
NODE_VALUE_MAX_PX = 17
#: The widest value a node prints (its output has four decimals): a sigmoid's or a
#: softmax's is in [0, 1]; tanh, ReLU and linear layers may print a sign or tens.
VALUE_SAMPLE = "0.0000"
SIGNED_VALUE_SAMPLE = "−0.0000"
_UNIT_RANGE = ("sigmoid", "softmax")
#: Height of the "net = 0.8570" caption under a node whose net input is known.
CAPTION_H = 19.0
CAPTION_GAP = 9.0
#: Narrower column gaps leave out the "net = …" captions: the weight labels need the
#: room between the columns more (the formula view and the tooltips have the net inputs).
CAPTIONS_MIN_GAP = 120.0


class TextMeasure(Protocol):
    """How wide and tall text is in a font of ``px`` pixels (Qt's font metrics in the
    widget; a table of glyph widths in the tests)."""

    def width(self, text: str, px: int, bold: bool = False) -> float: ...

    def height(self, px: int) -> float: ...


class Box(NamedTuple):
    """An axis-aligned rectangle by its edges, in widget pixels."""

    left: float
    top: float
    right: float
    bottom: float

    @classmethod
    def around(cls, cx: float, cy: float, w: float, h: float) -> Box:
        return cls(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def center(self) -> tuple[float, float]:
        return ((self.left + self.right) / 2, (self.top + self.bottom) / 2)

    def grown(self, d: float) -> Box:
        return Box(self.left - d, self.top - d, self.right + d, self.bottom + d)

    def intersects(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def contains_point(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.top <= y <= self.bottom

    def contains(self, other: Box) -> bool:
        return (
            self.left <= other.left
            and self.top <= other.top
            and other.right <= self.right
            and other.bottom <= self.bottom
        )


def overlaps(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``(len(a), len(b))``: whether box ``a[i]`` and box ``b[j]`` overlap (rows are
    left, top, right, bottom); touching edges do not count."""
    a, b = np.asarray(a, dtype=float).reshape(-1, 4), np.asarray(b, dtype=float).reshape(-1, 4)
    return (
        (a[:, None, 0] < b[None, :, 2])
        & (b[None, :, 0] < a[:, None, 2])
        & (a[:, None, 1] < b[None, :, 3])
        & (b[None, :, 1] < a[:, None, 3])
    )


# -- structure ----------------------------------------------------------------------------
def bias_kind(conventions: object = None) -> str:
    """``per_node`` (the paper), ``per_layer`` or ``none``: from ``Network.conventions``."""
    return getattr(conventions, "bias", None) or "per_node"


def bias_layers(layers: Sequence[int], conventions: object = None) -> tuple[int, ...]:
    """The layers ``l`` whose bias node (feeding layer ``l + 1``) is drawn.

    The one place that decides which bias nodes exist: every layer but the last has
    one, unless the network's conventions say it has no bias at all. (With one bias
    weight per layer the node is drawn with an edge to every node it feeds, each edge
    named after the one shared weight.)
    """
    if bias_kind(conventions) == "none":
        return ()
    return tuple(range(len(layers) - 1))


@dataclass(frozen=True, eq=False)
class Structure:
    """Names and connections of every node and edge drawn, for one layer shape.

    Nodes are ``x1 .. y2`` then the bias nodes; edge ``k`` is
    ``Network.flat_params()[k]``: every weight row-major, then the bias weights. A bias
    weight shared by a layer names several edges; ``edge_index`` gives its first.
    """

    layers: tuple[int, ...]
    naming: Naming
    node_names: list[str]
    node_layer: np.ndarray
    node_j: np.ndarray  # -1 for a bias node
    edge_names: list[str]
    edge_src: np.ndarray
    edge_dst: np.ndarray
    node_index: dict[str, int] = field(default_factory=dict)
    edge_index: dict[str, int] = field(default_factory=dict)
    value_sample: str = VALUE_SAMPLE  # the widest value a node is sized for

    @property
    def labelled_edges(self) -> tuple[int, ...]:
        """One edge per weight name (a shared bias weight is labelled once)."""
        return tuple(sorted(self.edge_index.values()))

    @property
    def is_bias(self) -> np.ndarray:
        return self.node_j < 0

    @property
    def small(self) -> bool:
        """Whether names and values are printed on the nodes."""
        return max(self.layers) <= SMALL_NET_MAX_NODES


def build_structure(
    layers: Sequence[int], conventions: object = None, activations: Sequence[str] | None = None
) -> Structure:
    """Every node and edge of a network of ``layers`` (``Network.conventions`` and
    ``Network.activations``, where the model has them, decide the bias nodes and how
    wide a node's value may be)."""
    layers = tuple(int(n) for n in layers)
    naming = Naming(layers, bias_kind(conventions))
    biased = bias_layers(layers, conventions)
    names = [n for layer in naming.nodes for n in layer]
    names += [naming.bias_node(l) for l in biased]
    idx = {n: k for k, n in enumerate(names)}
    edge_names: list[str] = []
    src: list[int] = []
    dst: list[int] = []
    for l in range(len(layers) - 1):
        for i in range(layers[l]):
            for j in range(layers[l + 1]):
                edge_names.append(naming.weight(l, i, j))
                src.append(idx[naming.node(l, i)])
                dst.append(idx[naming.node(l + 1, j)])
    for l in biased:
        for j in range(layers[l + 1]):
            edge_names.append(naming.bias(l, j))
            src.append(idx[naming.bias_node(l)])
            dst.append(idx[naming.node(l + 1, j)])
    first: dict[str, int] = {}
    for k, n in enumerate(edge_names):
        first.setdefault(n, k)
    return Structure(
        layers=layers,
        naming=naming,
        node_names=names,
        node_layer=np.array([naming.node_index[n][0] for n in names], dtype=np.intp),
        node_j=np.array([naming.node_index[n][1] for n in names], dtype=np.intp),
        edge_names=edge_names,
        edge_src=np.array(src, dtype=np.intp),
        edge_dst=np.array(dst, dtype=np.intp),
        node_index=idx,
        edge_index=first,
        value_sample=(
            VALUE_SAMPLE
            if all(a in _UNIT_RANGE for a in (activations or ()))
            else SIGNED_VALUE_SAMPLE
        ),
    )


# -- node text ----------------------------------------------------------------------------
def text_chord(r: float, name_px: int, value_px: int) -> float:
    """The width a disc of radius ``r`` has for a name line over a value line: the chord
    at the outer edge of the two lines' capitals, less a margin."""
    half = 0.38 * (name_px + value_px) + 1
    return 2 * math.sqrt(max(r * r - half * half, 0.0)) - 4


def node_text_px(
    r: float, names: Sequence[str], measure: TextMeasure, sample: str = VALUE_SAMPLE
) -> tuple[int, int] | None:
    """Font sizes (name, value) at which names and a four-decimal value fit a disc."""
    for value_px in range(NODE_VALUE_MAX_PX, NODE_VALUE_MIN_PX - 1, -1):
        name_px = min(value_px + 2, NODE_NAME_MAX_PX)
        while name_px >= NODE_NAME_MIN_PX:
            room = text_chord(r, name_px, value_px)
            if measure.width(sample, value_px) <= room and all(
                measure.width(n, name_px, True) <= room for n in names
            ):
                return name_px, value_px
            name_px -= 1
    return None


def text_radius(names: Sequence[str], measure: TextMeasure, sample: str = VALUE_SAMPLE) -> float:
    """The smallest radius whose disc holds the names and a value at the floor sizes."""
    w = max([measure.width(sample, NODE_VALUE_MIN_PX)] + [
        measure.width(n, NODE_NAME_MIN_PX, True) for n in names
    ])  # fmt: skip
    half = 0.38 * (NODE_NAME_MIN_PX + NODE_VALUE_MIN_PX) + 1
    return math.ceil(math.hypot(w / 2 + 2, half)) + 1.0


# -- the chrome's room ---------------------------------------------------------------
#: Height of one row of the legend under the network.
LEGEND_ROW = 24.0
LEGEND_ITEMS = (
    ("scale", QT_TRANSLATE_NOOP("Canvas", "node value")),
    ("hatch", QT_TRANSLATE_NOOP("Canvas", "not computed yet")),
    ("positive", QT_TRANSLATE_NOOP("Canvas", "positive weight")),
    ("negative", QT_TRANSLATE_NOOP("Canvas", "negative weight")),
    ("", QT_TRANSLATE_NOOP("Canvas", "thicker = larger |weight|")),
    ("ring", QT_TRANSLATE_NOOP("Canvas", "being computed")),
)
_SYMBOL_WIDTH = {
    "scale": 14 + 84 + 14,
    "hatch": 22,
    "positive": 36,
    "negative": 36,
    "": 0,
    "ring": 22,
}
#: The legend is left out where the network would keep less height than this: in a
#: small canvas (a 1280×720 window at 150 %) the weights need the room more.
LEGEND_MIN_ROOM = 440.0
LEGEND_PX = 14


def legend_rows(width: float, measure: TextMeasure) -> list[list[tuple[float, str, str]]]:
    """The legend's items as (x, symbol, text), wrapped into rows that fit ``width``."""
    rows: list[list[tuple[float, str, str]]] = [[]]
    x = 18.0
    for symbol, source in LEGEND_ITEMS:
        text = translate("Canvas", source)
        w = _SYMBOL_WIDTH[symbol] + measure.width(text, LEGEND_PX)
        if rows[-1] and x + w > width - 12:
            rows.append([])
            x = 18.0
        rows[-1].append((x, symbol, text))
        x += w + 22
    return rows


def legend_height(width: float, height: float, measure: TextMeasure) -> float:
    """The legend's height at the bottom of the canvas (0: left out for lack of room)."""
    legend = LEGEND_ROW * len(legend_rows(width, measure))
    return legend if height - 10 - legend - TOP - 8 >= LEGEND_MIN_ROOM else 0.0


def output_px(width: float) -> int:
    """The class names' font size: smaller in a narrow canvas, where the columns need
    the room (the layout keeps just as much room for them as they take)."""
    return 16 if width >= 500 else 13


def output_texts(network, target) -> tuple[list[str], list[str]]:
    """The class names and the targets written beside the outputs, as the reader says
    them (the network's own names and numbers stay in the network)."""
    from fruitnet_gui.model.teaching.lines import given

    return [class_name(c) for c in network.classes], [number(given(float(t))) for t in target]


def target_text(target: str) -> str:
    """ "target = 1" beside an output, in the user's language."""
    return translate("Canvas", "target = {value}").format(value=target)


def canvas_layout(
    structure: Structure,
    width: float,
    height: float,
    classes: Sequence[str],
    targets: Sequence[str],
    measure: TextMeasure,
) -> Layout:
    """:func:`compute_layout` with the room the legend and the class names take."""
    px = output_px(width)
    texts = [*classes, *(target_text(t) for t in targets)]
    return compute_layout(
        structure,
        width,
        height,
        legend_height=legend_height(width, height, measure),
        output_text_width=max(measure.width(t, px) for t in texts),
        measure=measure,
    )


# -- layout -------------------------------------------------------------------------------
@dataclass(eq=False)
class Layout:
    """Where everything is for one canvas size and one structure."""

    width: float
    height: float
    pos: np.ndarray  # (nodes, 2) centres
    radius: np.ndarray  # (nodes,)
    labelled: np.ndarray  # (nodes,) bool: name and value printed inside
    name_px: np.ndarray  # (nodes,) int font sizes of the printed names ...
    value_px: np.ndarray  # ... and values
    p0: np.ndarray  # (edges, 2) from the source node's centre ...
    p1: np.ndarray  # ... to the target's
    column_x: list[float]
    gap: float  # between columns
    top: float
    legend_top: float
    output_text: list[Box]  # class name and target beside each output node
    captions: bool  # room under the nodes for "net = …"

    def node_box(self, k: int) -> Box:
        x, y = self.pos[k]
        r = float(self.radius[k])
        return Box(x - r, y - r, x + r, y + r)

    def caption_box(self, k: int, width: float) -> Box:
        """Where node ``k``'s "net = …" (or a bias node's "bias") caption goes."""
        x, y = self.pos[k]
        r = float(self.radius[k])
        return Box.around(x, y + r + CAPTION_GAP + CAPTION_H / 2, width, CAPTION_H)

    def label_bounds(self) -> Box:
        """Where weight labels may go: under the titles, over the legend, inside."""
        return Box(2.0, self.top - 6, self.width - 2.0, self.legend_top)

    def obstacles(self, structure: Structure, caption_width: float = 96.0) -> np.ndarray:
        """Boxes a weight label must not cover: each node with a margin, the caption
        under it (room for one is kept even before its value is known, so labels do not
        move when it appears) and the class names beside the outputs."""
        boxes = [self.node_box(k).grown(3) for k in range(len(self.pos))]
        for k in range(len(self.pos)):
            if structure.node_j[k] < 0:  # "bias", printed under every small net's
                if structure.small:
                    boxes.append(self.caption_box(k, 44).grown(2))
            elif structure.node_layer[k] > 0 and self.captions:  # net = …
                boxes.append(self.caption_box(k, caption_width).grown(2))
        boxes += [b.grown(2) for b in self.output_text]
        return np.array(boxes, dtype=float).reshape(-1, 4)


def compute_layout(
    structure: Structure,
    width: float,
    height: float,
    *,
    legend_height: float,
    output_text_width: float,
    measure: TextMeasure,
) -> Layout:
    """Columns, node centres and radii for a canvas of ``width`` × ``height``.

    ``legend_height`` is the room the legend takes at the bottom (0: none);
    ``output_text_width`` the widest class name or target printed right of the outputs.
    """
    layers = structure.layers
    n_nodes = len(structure.node_names)
    has_bias = bool(structure.is_bias.any())
    top = TOP
    legend_top = height - 10.0 - legend_height if legend_height else height - 6.0
    left, right = 8.0, width - (output_text_width + 18.0)
    avail = max(legend_top - 8 - top, 20.0)
    maxn = max(layers)
    node_h = avail * maxn / (maxn + 1) if has_bias else avail  # a row below for bias nodes
    rs = node_h / maxn
    cap = max(rs, 120.0)  # few nodes in a column of a big net: spread them, not more
    wanted = [min(0.36 * min(node_h / n, cap), 44.0) for n in layers]
    small = structure.small
    names = [n for n, j in zip(structure.node_names, structure.node_j.tolist()) if j >= 0]
    floor = text_radius(names, measure, structure.value_sample) if small else 0.0
    col_r = wanted
    # The radii a column gap allows, and the gap those radii leave, twice over: the room
    # larger radii held back at the sides goes to the gap. The small net's nodes are at
    # least large enough for their text, as long as the column spacing allows it.
    for _ in range(2):
        x0, x1 = left + col_r[0] + 4, right - col_r[-1] - 4
        gap = (x1 - x0) / max(len(layers) - 1, 1)
        col_r = [
            max(min(r, 0.2 * gap), min(floor, 0.3 * gap, 0.45 * node_h / n))
            for r, n in zip(wanted, layers)
        ]
    x0, x1 = left + col_r[0] + 4, right - col_r[-1] - 4
    gap = (x1 - x0) / max(len(layers) - 1, 1)
    column_x = [x0 + l * gap for l in range(len(layers))]
    pos = np.zeros((n_nodes, 2))
    radius = np.zeros(n_nodes)
    for k in range(n_nodes):
        l, j = int(structure.node_layer[k]), int(structure.node_j[k])
        if j < 0:
            pos[k] = (column_x[l] + 0.3 * gap, top + node_h + rs / 2)
            radius[k] = min(max(col_r[l] * 0.8, 11.0), 30.0, rs * 0.45 if rs > 25 else 11.0)
            continue
        spacing = min(node_h / layers[l], cap)
        pos[k] = (column_x[l], top + node_h / 2 + (j - (layers[l] - 1) / 2) * spacing)
        radius[k] = col_r[l]
    name_px, value_px, labelled = _node_fonts(structure, radius, measure)
    outputs = np.flatnonzero(structure.node_layer == len(layers) - 1)
    outputs = outputs[structure.node_j[outputs] >= 0]
    spacing_out = node_h / layers[-1]
    half = 21.0 if spacing_out >= 46 else 10.0
    output_text = [
        Box(pos[k, 0] + radius[k] + 8, pos[k, 1] - half, width - 2, pos[k, 1] + half)
        for k in outputs
    ]
    # A caption needs room under its node, and between the columns (where the weight
    # labels go in a narrow canvas: there the net inputs are in the tooltips).
    min_spacing = min(node_h / n for n in layers)
    captions = small and gap >= CAPTIONS_MIN_GAP
    captions = captions and min_spacing >= 2 * max(col_r) + CAPTION_GAP + CAPTION_H + 4
    return Layout(
        width=float(width),
        height=float(height),
        pos=pos,
        radius=radius,
        labelled=labelled,
        name_px=name_px,
        value_px=value_px,
        p0=pos[structure.edge_src],
        p1=pos[structure.edge_dst],
        column_x=column_x,
        gap=gap,
        top=top,
        legend_top=legend_top,
        output_text=output_text,
        captions=captions,
    )


def _node_fonts(
    structure: Structure, radius: np.ndarray, measure: TextMeasure
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each node's name and value font sizes; labelled where both fit at the floor."""
    n = len(radius)
    name_px = np.zeros(n, dtype=int)
    value_px = np.zeros(n, dtype=int)
    labelled = np.zeros(n, dtype=bool)
    if not structure.small:
        return name_px, value_px, labelled
    sizes: dict[float, tuple[int, int] | None] = {}
    names = [nm for nm, j in zip(structure.node_names, structure.node_j.tolist()) if j >= 0]
    for k in range(n):
        if structure.node_j[k] < 0:
            continue
        r = float(radius[k])
        if r not in sizes:
            sizes[r] = node_text_px(r, names, measure, structure.value_sample)
        fit = sizes[r]
        if fit is not None:
            name_px[k], value_px[k] = fit
            labelled[k] = True
    return name_px, value_px, labelled


# -- hit-testing ----------------------------------------------------------------------------
def hit_test(
    layout: Layout,
    structure: Structure,
    x: float,
    y: float,
    *,
    labels: dict[str, Box],
    widths: np.ndarray,
) -> tuple[str, str] | None:
    """``("node", name)``, ``("edge", name)`` or None at widget position (x, y).

    A weight label wins (it is drawn on top), then a node (within 3 pixels of its
    disc), then the nearest edge within its half width plus a tolerance (wider on
    the small net, whose edges are few and far apart).
    """
    for name, box in labels.items():
        if box.contains_point(x, y):
            return ("edge", name)
    p = np.array([x, y], dtype=np.float64)
    d = np.hypot(*(layout.pos - p).T)
    k = int(np.argmin(d))
    if d[k] <= layout.radius[k] + 3:
        return ("node", structure.node_names[k])
    if not len(layout.p0):
        return None
    # distance from p to every edge segment at once
    seg = layout.p1 - layout.p0
    length2 = np.einsum("ij,ij->i", seg, seg)
    length2[length2 == 0] = 1.0
    t = np.clip(np.einsum("ij,ij->i", p - layout.p0, seg) / length2, 0.0, 1.0)
    dist = np.hypot(*(layout.p0 + t[:, None] * seg - p).T)
    tolerance = np.maximum(widths / 2 + 2.5, 5.0 if structure.small else 3.5)
    dist[dist > tolerance] = np.inf
    k = int(np.argmin(dist))
    return ("edge", structure.edge_names[k]) if np.isfinite(dist[k]) else None
