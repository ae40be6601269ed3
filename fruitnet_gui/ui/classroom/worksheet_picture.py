"""The drawing of a small network for a worksheet: its weights on its edges, the input
and the target, painted into a :class:`QImage` that the sheet's document shows.

The picture is drawn for a printed width (:data:`PRINTED_MM`) with its labels at
:data:`LABEL_PT` points on paper, whatever the image's pixel size: a teacher reads every
weight at arm's length (9 pt is the least a printed label may be).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPicture

from fruitnet_gui.model.teaching.iteration import Iteration
from fruitnet_gui.model.teaching.lines import given as plain_given
from fruitnet_gui.model.text import number, translate

__all__ = [
    "LABEL_PT",
    "MAX_DRAWN_EDGES",
    "PRINTED_MM",
    "drawn",
    "network_drawing",
    "network_picture",
    "play",
]

#: Networks with more edges are not drawn (their weights are in the model file).
MAX_DRAWN_EDGES = 40
#: The picture's width on paper, and its labels' size there.
PRINTED_MM = 150.0
LABEL_PT = 10.0
#: The picture's height, for its width.
ASPECT = 0.5
#: The width the vector drawing is made at (its units; it is scaled to the page).
DRAWN_WIDTH = 1100


def given(v: float) -> str:
    """A given number as the picture shows it (the reader's decimal separator)."""
    return number(plain_given(v))


def network_picture(it: Iteration, width: int = 1100) -> QImage | None:
    """The network with its weights written on the edges, or None if it is too large
    (kept on the iteration: a worksheet and its key show the same picture)."""
    cached = it.__dict__.get("_picture")
    if cached is not None and cached[0] == width:
        return cached[1]
    image = _draw(it, width)
    it.__dict__["_picture"] = (width, image)
    return image


def network_drawing(it: Iteration) -> QPicture | None:
    """The same drawing as vectors (a :class:`QPicture`, :data:`DRAWN_WIDTH` wide), for
    the PDF: crisp at any size, and no image to scale and compress for every sheet
    (kept on the iteration)."""
    if "_drawing" not in it.__dict__:
        drawing = None
        if drawn(it):
            drawing = QPicture()
            p = QPainter(drawing)
            _paint(p, it, DRAWN_WIDTH)
            p.end()
        it.__dict__["_drawing"] = drawing
    return it.__dict__["_drawing"]


def drawn(it: Iteration) -> bool:
    """Whether the network is small enough to be drawn."""
    return sum(w.size for w in it.network.weights) <= MAX_DRAWN_EDGES


def _draw(it: Iteration, width: int) -> QImage | None:
    """The vector drawing played onto an image (the labels are placed once)."""
    drawing = network_drawing(it)
    if drawing is None:
        return None
    image = QImage(width, int(width * ASPECT), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    play(p, drawing, width)
    p.end()
    return image


def play(p: QPainter, drawing: QPicture, width: float) -> None:
    """Play ``drawing`` on ``p`` at ``width`` of its device's pixels (a QPicture plays
    back scaled by the device's dpi over its own: that is undone here)."""
    scale = width / DRAWN_WIDTH * drawing.logicalDpiX() / p.device().logicalDpiX()
    p.scale(scale, scale)
    p.drawPicture(0, 0, drawing)


def _paint(p: QPainter, it: Iteration, width: int) -> None:
    """Draw the network on ``p`` in a box ``width`` wide and :data:`ASPECT` as high."""
    net = it.network
    names = it.naming
    height = int(width * ASPECT)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    layers = net.layers
    has_bias = net.conventions.has_bias
    r = min(height / (4.0 * max(layers) + 2), width / (7.0 * len(layers)))
    font = QFont()
    font.setPixelSize(round(label_pixels(width)))
    p.setFont(font)
    metrics = QFontMetricsF(font)
    targets = [
        translate("Worksheets", "target {value}").format(value=given(float(v))) for v in it.target
    ]
    # the output layer leaves room for its widest "target 1" ("Zielwert 1" is longer)
    widest = max(metrics.horizontalAdvance(t) for t in targets)
    last = min(0.83 * width, width - 1.3 * r - widest - 0.02 * width)
    xs = [0.17 * width + (last - 0.17 * width) * k / (len(layers) - 1) for k in range(len(layers))]

    def ys(n: int) -> list[float]:
        return [height * (0.1 + 0.7 * (j + 0.5) / n) for j in range(n)]

    pos = {(l, j): QPointF(xs[l], y) for l, n in enumerate(layers) for j, y in enumerate(ys(n))}
    bias_pos = {
        l: QPointF((xs[l] + xs[l + 1]) / 2 - r, height * 0.92) for l in range(len(layers) - 1)
    }
    edge_pen = QPen(QColor("#5f6b75"), max(r * 0.06, 1.5))

    def box_at(text: str, at: QPointF) -> QRectF:
        w = metrics.horizontalAdvance(text) + r * 0.3
        h = metrics.height() + r * 0.1
        return QRectF(at.x() - w / 2, at.y() - h / 2, w, h)

    # a small label solver: each label goes to the place along its own edge that covers
    # the fewest nodes, labels and other edges (a label on a crossing would be ambiguous)
    taken = [QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r) for c in pos.values()]
    taken += [QRectF(c.x() - r * 0.7, c.y() - r * 0.5, r * 1.4, r) for c in bias_pos.values()]
    segments: list[tuple[QPointF, QPointF]] = []
    for l, w in enumerate(net.weights):
        for i in range(w.shape[0]):
            for j in range(w.shape[1]):
                segments.append((pos[(l, i)], pos[(l + 1, j)]))
        if has_bias:
            segments += [(bias_pos[l], pos[(l + 1, j)]) for j in range(layers[l + 1])]
    placed: list[tuple[str, QRectF]] = []

    # plain floats, made once: the solver asks tens of thousands of times per class
    lines = [((c.x(), c.y(), d.x(), d.y()), (c, d)) for c, d in segments]

    def place(text: str, a: QPointF, b: QPointF) -> None:
        best, best_cost = None, None
        others = [seg for seg, ends in lines if ends != (a, b)]
        for t in (0.5, 0.3, 0.7, 0.4, 0.6, 0.25, 0.75, 0.35, 0.65, 0.2, 0.8):
            box = box_at(text, a + (b - a) * t)
            cost = sum(box.intersects(o) for o in taken) * 10
            coords = box.getCoords()
            cost += sum(_segment_hits(seg, coords) for seg in others)
            if best_cost is None or cost < best_cost:
                best, best_cost = box, cost
            if cost == 0:
                break
        taken.append(best)
        placed.append((text, best))

    for l, w in enumerate(net.weights):
        n_to = layers[l + 1]
        for i in range(w.shape[0]):
            for j in range(w.shape[1]):
                p.setPen(edge_pen)
                p.drawLine(pos[(l, i)], pos[(l + 1, j)])
        if has_bias:
            for j in range(n_to):
                p.setPen(QPen(QColor("#b0b8c0"), max(r * 0.04, 1.0), Qt.PenStyle.DashLine))
                p.drawLine(bias_pos[l], pos[(l + 1, j)])
    for l, w in enumerate(net.weights):
        for i in range(w.shape[0]):
            for j in range(w.shape[1]):
                text = f"{names.weights[l][i][j]} = {given(float(w[i, j]))}"
                place(text, pos[(l, i)], pos[(l + 1, j)])
        if has_bias:
            seen = set()
            for j in range(layers[l + 1]):
                name = names.bias(l, j)
                if name in seen:
                    continue
                seen.add(name)
                place(f"{name} = {given(float(net.biases[l][j]))}", bias_pos[l], pos[(l + 1, j)])
    for text, box in placed:
        p.setPen(QPen(QColor("#1e3a66"), 1.5))
        p.setBrush(QColor("#f4f7fb"))
        p.drawRoundedRect(box, r * 0.15, r * 0.15)
        p.setPen(QColor("#1e3a66"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text.replace("-", "−"))
    p.setPen(QPen(QColor("#1e3a66"), max(r * 0.08, 2)))
    for (l, j), c in pos.items():
        p.setBrush(QColor("white"))
        p.drawEllipse(c, r, r)
        p.drawText(
            QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r),
            Qt.AlignmentFlag.AlignCenter,
            names.node(l, j),
        )
        if l == 0:
            side = QRectF(c.x() - 4.3 * r, c.y() - r / 2, 3 * r, r)
            p.drawText(
                side,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                given(float(it.x[j])),
            )
        if l == len(layers) - 1:
            side = QRectF(c.x() + 1.3 * r, c.y() - r / 2, widest + r, r)
            p.drawText(side, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, targets[j])
    if has_bias:
        for c in bias_pos.values():
            box = QRectF(c.x() - r * 0.7, c.y() - r * 0.5, r * 1.4, r)
            p.drawRect(box)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, given(net.bias_input))


def _segment_hits(seg: tuple[float, float, float, float], rect: tuple) -> bool:
    """Whether the segment crosses the rectangle (Liang-Barsky clipping, plain floats:
    the label solver asks this thousands of times per picture)."""
    x0, y0, x1, y1 = seg
    left, top, right, bottom = rect
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            if t > t1:
                return False
            t0 = max(t0, t)
        else:
            if t < t0:
                return False
            t1 = min(t1, t)
    return t0 <= t1


def label_pixels(width: int) -> float:
    """The labels' size in the image's pixels: :data:`LABEL_PT` once printed at
    :data:`PRINTED_MM` wide."""
    return LABEL_PT * 25.4 / 72 * width / PRINTED_MM
