"""The error landscape of two weights: E_total over a grid, its contour lines, the
current point, the negative gradient as an arrow, and the path the two weights took.

The view (:class:`LandscapeView`, a pyqtgraph plot) follows the session: stepping an
iteration or training moves the current point and extends the path; the grid is made
again only when the weights leave it or the pair changes. :func:`render_png` draws the
same picture headless for ``fruitnet landscape --out FILE.png``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.explore.gradcheck import landscape, weight_value
from fruitnet_gui.model.net.naming import Naming
from fruitnet_gui.model.text import number, translate
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import Theme, style_plot, theme_manager

__all__ = ["LandscapeView", "render_png"]

_CMAP = pg.colormap.get("viridis")


def _lut() -> np.ndarray:
    return _CMAP.getLookupTable(nPts=256, alpha=False)


def render_png(data: dict, path: str, size: int = 640) -> None:
    """The grid as a coloured picture with the current point at its centre."""
    err = np.asarray(data["error"])
    lo, hi = float(err.min()), float(err.max())
    norm = np.zeros_like(err) if hi == lo else (err - lo) / (hi - lo)
    idx = (norm * 255).astype(np.uint8)[::-1]  # y grows upwards
    rgb = _lut()[idx]
    h, w = rgb.shape[:2]
    argb = np.empty((h, w, 4), dtype=np.uint8)
    argb[..., 0], argb[..., 1], argb[..., 2], argb[..., 3] = (
        rgb[..., 2],
        rgb[..., 1],
        rgb[..., 0],
        255,
    )
    small = QImage(argb.data, w, h, 4 * w, QImage.Format.Format_ARGB32).copy()
    margin = 60
    image = QImage(size + 2 * margin, size + 2 * margin, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.drawImage(QRectF(margin, margin, size, size), small)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("white"), 3))
    c = margin + size / 2
    p.drawEllipse(QRectF(c - 6, c - 6, 12, 12))
    font = QFont()
    font.setPixelSize(16)
    p.setFont(font)
    p.setPen(QColor("black"))
    a, b = data["weights"]
    xs, ys = data["x"], data["y"]
    p.drawText(QRectF(margin, margin + size + 8, size, 24), Qt.AlignmentFlag.AlignCenter,
               f"{a}: {xs[0]:.3g} … {xs[-1]:.3g}")  # fmt: skip
    p.save()
    p.translate(margin - 30, margin + size)
    p.rotate(-90)
    p.drawText(
        QRectF(0, 0, size, 24), Qt.AlignmentFlag.AlignCenter, f"{b}: {ys[0]:.3g} … {ys[-1]:.3g}"
    )
    p.restore()
    caption = translate("Explore", "E_total from {low} (dark) to {high} (light); now: the centre")
    caption = caption.format(low=number(f"{lo:.4g}"), high=number(f"{hi:.4g}"))
    p.drawText(QRectF(margin, 10, size, 40), Qt.AlignmentFlag.AlignCenter, caption)
    p.end()
    if not image.save(path):
        raise FruitNetError(f"{path}: the picture could not be written")


class LandscapeView(QWidget):
    """Pick two weights; see E_total around them, the gradient, and the path so far."""

    GRID = 31

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("landscape_view")
        self.session = session
        self.a_combo, self.b_combo = QComboBox(), QComboBox()
        self.a_combo.setObjectName("landscape_a")
        self.b_combo.setObjectName("landscape_b")
        self.plot = pg.PlotWidget()
        self.setAccessibleName(self.tr("Error landscape"))
        self.setAccessibleDescription(
            self.tr("The total error over two chosen weights, the gradient and the path")
        )
        self.plot.setAccessibleName(self.tr("Error over two weights"))
        self.plot.setAspectLocked(False)
        self.set_theme(theme_manager().theme)
        theme_manager().changed.connect(self.set_theme)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.bar = pg.ColorBarItem(colorMap=_CMAP, interactive=False, label="E_total")
        self.bar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        self.contours: list[pg.IsocurveItem] = []
        self.path = pg.PlotDataItem(pen=pg.mkPen("#ff6f00", width=2), symbol="o", symbolSize=4,
                                    symbolBrush="#ff6f00")  # fmt: skip
        self.point = pg.ScatterPlotItem(size=12, brush=pg.mkBrush("white"), pen=pg.mkPen("k"))
        self.arrow = pg.ArrowItem(brush="#d32f2f", pen=pg.mkPen("#d32f2f"), headLen=14)
        self.arrow_line = pg.PlotDataItem(pen=pg.mkPen("#d32f2f", width=2))
        for item in (self.path, self.arrow_line, self.arrow, self.point):
            self.plot.addItem(item)
        self.info = QLabel()
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Explore", "Weights:")))
        row.addWidget(self.a_combo)
        row.addWidget(self.b_combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.info)
        self.trail: list[tuple[float, float]] = []
        self.data: dict | None = None
        self.a_combo.currentIndexChanged.connect(self._on_pair_changed)
        self.b_combo.currentIndexChanged.connect(self._on_pair_changed)
        session.network_changed.connect(self._on_network_changed)
        session.iteration_changed.connect(self._on_weights_moved)
        session.cursor_moved.connect(lambda _p: self._on_weights_moved())
        session.weights_changed.connect(self._on_weights_moved)
        self._on_network_changed()

    # -- the pair ----------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        """The plot's background and axes in ``theme``."""
        style_plot(self.plot, theme)

    def weight_names(self) -> list[str]:
        net = self.session.network
        naming = Naming(net.layers, net.conventions.bias)
        names = [n for layer in naming.weights for row in layer for n in row]
        if net.conventions.has_bias:
            names += list(dict.fromkeys(naming.bias(l, j) for l, b in enumerate(net.biases)
                                        for j in range(len(b))))  # fmt: skip
        return names

    def set_pair(self, a: str, b: str) -> None:
        self.a_combo.setCurrentText(a)
        self.b_combo.setCurrentText(b)

    @property
    def pair(self) -> tuple[str, str]:
        return self.a_combo.currentText(), self.b_combo.currentText()

    def _on_network_changed(self) -> None:
        names = self.weight_names()[:400]  # the fruit net has 1,406: the first are enough
        for combo in (self.a_combo, self.b_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.blockSignals(False)
        default = ("w5", "w6") if "w6" in names else (names[0], names[min(1, len(names) - 1)])
        self.a_combo.setCurrentText(default[0])
        self.b_combo.setCurrentText(default[1])
        self._on_pair_changed()

    def _on_pair_changed(self, *_args: object) -> None:
        self.trail.clear()
        self.data = None
        self._on_weights_moved()

    # -- following the weights ---------------------------------------------------------
    def _current(self) -> tuple[float, float] | None:
        a, b = self.pair
        if not a or not b or a == b:
            return None
        net = self.session.shown_network
        return weight_value(net, a), weight_value(net, b)

    def _on_weights_moved(self) -> None:
        if not self.isVisible() and self.data is not None:
            return
        now = self._current()
        if now is None:
            return
        if not self.trail or self.trail[-1] != now:
            self.trail.append(now)
            del self.trail[:-1000]
        if self.data is None or not self._inside(now):
            self._make_grid()
        self._draw(now)

    def _inside(self, now: tuple[float, float]) -> bool:
        xs, ys = self.data["x"], self.data["y"]
        return xs[0] <= now[0] <= xs[-1] and ys[0] <= now[1] <= ys[-1]

    def _make_grid(self) -> None:
        s = self.session
        try:
            self.data = landscape(s.shown_network, s.x, s.target, self.pair, 1.0, self.GRID)
        except FruitNetError as exc:
            self.info.setText(str(exc))
            self.data = None
            return
        err = np.asarray(self.data["error"])
        xs, ys = self.data["x"], self.data["y"]
        self.image.setImage(err.T, autoLevels=True)
        self.image.setRect(QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
        self.bar.setLevels((float(err.min()), float(err.max())))
        for c in self.contours:
            self.plot.removeItem(c)
        self.contours = []
        for level in np.linspace(err.min(), err.max(), 9)[1:-1]:
            c = pg.IsocurveItem(data=err.T, level=float(level), pen=pg.mkPen((255, 255, 255, 140)))
            c.setParentItem(self.image)
            self.contours.append(c)

    def _draw(self, now: tuple[float, float]) -> None:
        if self.data is None:
            return
        self.point.setData([now[0]], [now[1]])
        tx, ty = zip(*self.trail)
        self.path.setData(list(tx), list(ty))
        s = self.session
        net = s.shown_network
        g = net.gradients(s.x, s.target)
        naming = Naming(net.layers, net.conventions.bias)
        grad = []
        for name in self.pair:
            ref = naming.weight_ref(name)
            grad.append(
                float(
                    g.biases[ref.layer][ref.j]
                    if ref.i is None
                    else g.weights[ref.layer][ref.i, ref.j]
                )
            )
        span = self.data["x"][-1] - self.data["x"][0]
        norm = max(np.hypot(*grad), 1e-12)
        dx, dy = -grad[0] / norm * span * 0.15, -grad[1] / norm * span * 0.15
        self.arrow_line.setData([now[0], now[0] + dx], [now[1], now[1] + dy])
        self.arrow.setPos(now[0] + dx, now[1] + dy)
        self.arrow.setStyle(angle=180 - np.degrees(np.arctan2(dy, dx)))
        e = float(np.mean(net.error(s.x, s.target)))
        a, b = self.pair
        self.info.setText(
            translate(
                "Explore",
                "E_total = {error} at {a} = {va}, {b} = {vb}; the red arrow is the negative "
                "gradient (−∂E/∂{a}, −∂E/∂{b}), the direction a step of gradient descent "
                "takes. The orange path is where the two weights have been.",
            ).format(
                error=number(f"{e:.6g}"),
                a=a,
                va=number(f"{now[0]:.4g}"),
                b=b,
                vb=number(f"{now[1]:.4g}"),
            )
        )
