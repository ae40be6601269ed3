"""``fruitnet landscape --out FILE.png``: the error landscape as the window draws it.

The window's view (a pyqtgraph plot) has axes named after the two weights, a colour
bar, contour lines, the current point and the negative gradient as an arrow; the
picture the command line wrote was a bare coloured square. This draws the same
elements with QPainter on a QImage (no window, no screen: an offscreen QGuiApplication
is enough), the contour lines traced by pyqtgraph's marching squares.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPainterPath, QPen

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.text import number, translate

__all__ = ["nice_ticks", "render_png"]

_CMAP = pg.colormap.get("viridis")
TEXT = QColor("#1A1A1A")
ARROW = QColor("#d32f2f")
PATH = QColor("#ff6f00")
#: Margins around the plot square: left (y ticks and name), top (title), right (the
#: colour bar), bottom (x ticks, name and the key).
LEFT, TOP, RIGHT, BOTTOM = 96, 56, 150, 96


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round values (1, 2, 2.5 or 5 × 10^k apart) between ``lo`` and ``hi``."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo]
    raw = (hi - lo) / max(count, 1)
    k = math.floor(math.log10(raw))
    step = next(m * 10**k for m in (1, 2, 2.5, 5, 10) if m * 10**k >= raw)
    first = math.ceil(lo / step - 1e-9)
    last = math.floor(hi / step + 1e-9)
    # rounded to the step's digits: 0.3, not 0.30000000000000004
    digits = max(0, 2 - k)
    return [round(i * step, digits) + 0.0 for i in range(first, last + 1)]


def _label(v: float) -> str:
    return number(f"{v:.4g}").replace("-", "−")


def render_png(data: dict, path: str, size: int = 560, *,
               gradient: tuple[float, float] | None = None,
               trail: list[tuple[float, float]] | None = None) -> None:  # fmt: skip
    """The landscape ``data`` (of :func:`~fruitnet_gui.model.explore.gradcheck.landscape`)
    as a PNG: colours and contour lines of E_total, axes named after the weights, a colour
    bar, the current point (the centre), the negative ``gradient`` as an arrow and, if
    given, the ``trail`` the two weights took. Raises FruitNetError if it cannot be
    written."""
    err = np.asarray(data["error"], dtype=np.float64)
    xs, ys = np.asarray(data["x"]), np.asarray(data["y"])
    lo, hi = float(err.min()), float(err.max())
    a, b = data["weights"]
    image = QImage(LEFT + size + RIGHT, TOP + size + BOTTOM, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(15)
    p.setFont(font)
    plot = QRectF(LEFT, TOP, size, size)

    def px(vx: float, vy: float) -> QPointF:
        fx = (vx - xs[0]) / (xs[-1] - xs[0])
        fy = (vy - ys[0]) / (ys[-1] - ys[0])
        return QPointF(plot.left() + fx * size, plot.bottom() - fy * size)

    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.drawImage(plot, _heat(err, lo, hi))
    _contours(p, err, lo, hi, px, xs, ys)
    p.setClipRect(plot)
    if trail and len(trail) > 1:
        path_line = QPainterPath(px(*trail[0]))
        for point in trail[1:]:
            path_line.lineTo(px(*point))
        p.setPen(QPen(PATH, 2.5))
        p.drawPath(path_line)
    now = px(xs[len(xs) // 2], ys[len(ys) // 2])
    if gradient is not None and np.hypot(*gradient) > 0:
        _arrow(p, now, -gradient[0], gradient[1], 0.2 * size)  # y grows downwards here
    p.setPen(QPen(QColor("black"), 2))
    p.setBrush(QColor("white"))
    p.drawEllipse(now, 7, 7)
    p.setClipping(False)
    p.setBrush(Qt.BrushStyle.NoBrush)
    _axes(p, plot, xs, ys, px, a, b)
    _colour_bar(p, QRectF(plot.right() + 34, plot.top(), 22, size), lo, hi)
    p.setPen(TEXT)
    bold = QFont(font)
    bold.setPixelSize(18)
    bold.setBold(True)
    p.setFont(bold)
    p.drawText(QRectF(0, 8, image.width(), 30), Qt.AlignmentFlag.AlignCenter,
               translate("Explore", "Error landscape: E_total over {a} and {b}").format(
                   a=a, b=b))  # fmt: skip
    p.setFont(font)
    key = translate("Explore", "white dot: the weights now")
    if gradient is not None:
        key += translate(
            "Explore", "; red arrow: the negative gradient (−∂E/∂{a}, −∂E/∂{b})"
        ).format(a=a, b=b)
    if trail:
        key += translate("Explore", "; orange: the path so far")
    p.drawText(QRectF(LEFT - 60, plot.bottom() + 58, size + 120, 30),
               Qt.AlignmentFlag.AlignCenter, key)  # fmt: skip
    p.end()
    if not image.save(path):
        raise FruitNetError(
            translate("Explore", "{path}: the picture could not be written").format(path=path)
        )


def _heat(err: np.ndarray, lo: float, hi: float) -> QImage:
    norm = np.zeros_like(err) if hi == lo else (err - lo) / (hi - lo)
    idx = np.clip((norm * 255).round(), 0, 255).astype(np.uint8)[::-1]  # y grows upwards
    rgb = _CMAP.getLookupTable(nPts=256, alpha=False)[idx]
    h, w = rgb.shape[:2]
    argb = np.empty((h, w, 4), dtype=np.uint8)
    argb[..., 0], argb[..., 1], argb[..., 2], argb[..., 3] = (
        rgb[..., 2], rgb[..., 1], rgb[..., 0], 255,
    )  # fmt: skip
    return QImage(argb.tobytes(), w, h, 4 * w, QImage.Format.Format_ARGB32).copy()


def _contours(p: QPainter, err, lo, hi, px, xs, ys) -> None:
    """Seven contour lines between the lowest and the highest error."""
    if hi <= lo:
        return
    p.setPen(QPen(QColor(255, 255, 255, 170), 1.2))
    n = len(xs) - 1
    for level in np.linspace(lo, hi, 9)[1:-1]:
        for line in pg.isocurve(err.T, float(level), connected=True):
            if len(line) < 2:
                continue
            # isocurve's points are in cell units of the (x, y) grid
            pts = [px(xs[0] + (xs[-1] - xs[0]) * u / n, ys[0] + (ys[-1] - ys[0]) * v / n)
                   for u, v in line]  # fmt: skip
            path = QPainterPath(pts[0])
            for q in pts[1:]:
                path.lineTo(q)
            p.drawPath(path)


def _arrow(p: QPainter, start: QPointF, dx: float, dy: float, length: float) -> None:
    norm = math.hypot(dx, dy)
    ux, uy = dx / norm, dy / norm
    end = QPointF(start.x() + ux * length, start.y() + uy * length)
    p.setPen(QPen(ARROW, 3))
    p.drawLine(start, end)
    head = 14
    left = QPointF(end.x() - head * (ux - 0.5 * uy), end.y() - head * (uy + 0.5 * ux))
    right = QPointF(end.x() - head * (ux + 0.5 * uy), end.y() - head * (uy - 0.5 * ux))
    p.setBrush(ARROW)
    p.drawPolygon([end, left, right])


def _axes(p: QPainter, plot: QRectF, xs, ys, px, a: str, b: str) -> None:
    p.setPen(QPen(TEXT, 1))
    p.drawRect(plot)
    fm = p.fontMetrics()
    for v in nice_ticks(xs[0], xs[-1]):
        x = px(v, ys[0]).x()
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 6))
        text = _label(v)
        p.drawText(QPointF(x - fm.horizontalAdvance(text) / 2, plot.bottom() + 8 + fm.ascent()),
                   text)  # fmt: skip
    for v in nice_ticks(ys[0], ys[-1]):
        y = px(xs[0], v).y()
        p.drawLine(QPointF(plot.left() - 6, y), QPointF(plot.left(), y))
        text = _label(v)
        p.drawText(QPointF(plot.left() - 10 - fm.horizontalAdvance(text), y + fm.ascent() / 2 - 1),
                   text)  # fmt: skip
    bold = QFont(p.font())
    bold.setBold(True)
    p.setFont(bold)
    p.drawText(QRectF(plot.left(), plot.bottom() + 28, plot.width(), 24),
               Qt.AlignmentFlag.AlignCenter,
               translate("Explore", "weight {name}").format(name=a))  # fmt: skip
    p.save()
    p.translate(18, plot.bottom())
    p.rotate(-90)
    p.drawText(QRectF(0, 0, plot.height(), 24), Qt.AlignmentFlag.AlignCenter,
               translate("Explore", "weight {name}").format(name=b))  # fmt: skip
    p.restore()
    bold.setBold(False)
    p.setFont(bold)


def _colour_bar(p: QPainter, bar: QRectF, lo: float, hi: float) -> None:
    grad = QLinearGradient(bar.bottomLeft(), bar.topLeft())
    for stop in np.linspace(0, 1, 9):
        colour = _CMAP.map(float(stop), mode="qcolor")
        grad.setColorAt(float(stop), colour)
    p.fillRect(bar, grad)
    p.setPen(QPen(TEXT, 1))
    p.drawRect(bar)
    fm = p.fontMetrics()
    span = hi - lo
    ticks = nice_ticks(lo, hi, 4) if span > 0 else [lo]
    for v in ticks:
        y = bar.bottom() - (0 if span == 0 else (v - lo) / span * bar.height())
        p.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 5, y))
        p.drawText(QPointF(bar.right() + 8, y + fm.ascent() / 2 - 1), _label(v))
    p.save()
    p.translate(bar.left() - 8, bar.bottom())
    p.rotate(-90)
    p.drawText(QRectF(0, -20, bar.height(), 20), Qt.AlignmentFlag.AlignCenter, "E_total")
    p.restore()
