"""The error landscape of two weights: E_total over a grid, its contour lines, the
current point, the negative gradient as an arrow, and the path the two weights took.

The view (:class:`LandscapeView`, a pyqtgraph plot) follows the session: stepping an
iteration or training moves the current point and extends the path; the grid is made
again only when the weights leave it or the pair changes. :func:`render_png` draws the
same picture headless for ``fruitnet landscape --out FILE.png`` (drawn in
:mod:`~fruitnet_gui.ui.explore.landscape_picture`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.explore.gradcheck import landscape, pair_gradient, weight_value
from fruitnet_gui.model.net.naming import Naming
from fruitnet_gui.model.text import number, translate
from fruitnet_gui.ui.explore.landscape_picture import render_png
from fruitnet_gui.ui.plot_export import prepare_plot
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import Theme, style_plot, theme_manager

__all__ = ["LandscapeView", "render_png"]

_CMAP = pg.colormap.get("viridis")


def flat_index(net, name: str) -> int:
    """Where weight ``name`` is in ``net.flat_params()`` (weights, then biases)."""
    ref = Naming(net.layers, net.conventions.bias).weight_ref(name)
    if ref.i is not None:
        offset = sum(w.size for w in net.weights[: ref.layer])
        return offset + ref.i * net.weights[ref.layer].shape[1] + ref.j
    offset = sum(w.size for w in net.weights) + sum(b.size for b in net.biases[: ref.layer])
    return offset + (ref.j or 0)


def contour_lines(err: np.ndarray, xs, ys, count: int = 7) -> tuple[np.ndarray, np.ndarray]:
    """``count`` contour lines of ``err[iy][ix]`` in the weights' coordinates, as x and y
    arrays with NaN between lines (pyqtgraph's marching squares traces them)."""
    lo, hi = float(err.min()), float(err.max())
    if hi <= lo:
        return np.array([]), np.array([])
    n = len(xs) - 1
    px, py = [], []
    for level in np.linspace(lo, hi, count + 2)[1:-1]:
        for line in pg.isocurve(err.T, float(level), connected=True):
            pts = np.asarray(line, dtype=float)
            px += [*(xs[0] + (xs[-1] - xs[0]) * pts[:, 0] / n), np.nan]
            py += [*(ys[0] + (ys[-1] - ys[0]) * pts[:, 1] / n), np.nan]
    return np.array(px), np.array(py)


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
        prepare_plot(self.plot.getPlotItem())
        self.setAccessibleName(translate("LandscapeView", "Error landscape"))
        self.setAccessibleDescription(
            translate(
                "LandscapeView",
                "The total error over two chosen weights, the gradient and the path",
            )
        )
        self.plot.setAccessibleName(translate("LandscapeView", "Error over two weights"))
        self.plot.setAspectLocked(False)
        self.set_theme(theme_manager().theme)
        theme_manager().changed.connect(self.set_theme)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.bar = pg.ColorBarItem(colorMap=_CMAP, interactive=False, label="E_total")
        self.bar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        # the contour lines: one item, its lines apart where NaN separates them
        self.contours = pg.PlotDataItem(pen=pg.mkPen((255, 255, 255, 150), width=1),
                                        connect="finite")  # fmt: skip
        self.plot.addItem(self.contours)
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
        session.replay_changed.connect(self._on_replay_changed)
        #: While a run is replayed, the trail of the live network waits here.
        self._live_trail: list[tuple[float, float]] | None = None
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

    def _label_axes(self) -> None:
        a, b = self.pair
        self.plot.setLabel("bottom", translate("Explore", "weight {name}").format(name=a))
        self.plot.setLabel("left", translate("Explore", "weight {name}").format(name=b))

    def retranslate(self) -> None:
        self._label_axes()

    def _on_pair_changed(self, *_args: object) -> None:
        self._label_axes()
        self.trail.clear()
        self._live_trail = None if self.session.replay is None else []
        self.data = None
        if self.session.replay is not None:
            self._on_replay_changed(self.session.replay)
        else:
            self._on_weights_moved()

    def _network(self):
        """The network whose landscape is shown: the replayed epoch's, or the live one."""
        replayed = self.session.replayed_network
        return self.session.shown_network if replayed is None else replayed

    def _on_replay_changed(self, replay) -> None:
        """A run's epoch is replayed: the path is the run's own, up to that epoch."""
        if replay is None:
            if self._live_trail is not None:
                self.trail, self._live_trail = self._live_trail, None
            self._on_weights_moved()
            return
        if self._live_trail is None:
            self._live_trail = list(self.trail)
        a, b = self.pair
        if not a or not b or a == b:
            return
        net = replay.run.initial
        try:
            cols = replay.run.weights.columns([flat_index(net, a), flat_index(net, b)])
        except KeyError:  # the pair of a network just replaced
            return
        self.trail = [(float(x), float(y)) for x, y in cols[: replay.index + 1]]
        now = self.trail[-1]
        if self.data is None or not self._inside(now):
            self._make_grid()
        self._draw(now)

    # -- following the weights ---------------------------------------------------------
    def _current(self) -> tuple[float, float] | None:
        a, b = self.pair
        if not a or not b or a == b:
            return None
        net = self._network()
        try:
            return weight_value(net, a), weight_value(net, b)
        except KeyError:  # the pair of a network just replaced (its event comes next)
            return None

    def _on_weights_moved(self) -> None:
        if self.session.replay is not None:
            return  # the replayed epoch is shown until the replay ends
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
            self.data = landscape(self._network(), s.x, s.target, self.pair, 1.0, self.GRID)
        except FruitNetError as exc:
            self.info.setText(str(exc))
            self.data = None
            return
        err = np.asarray(self.data["error"])
        xs, ys = self.data["x"], self.data["y"]
        self.image.setImage(err.T, autoLevels=True)
        self.image.setRect(QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
        self.bar.setLevels((float(err.min()), float(err.max())))
        self.contours.setData(*contour_lines(err, xs, ys))

    def _draw(self, now: tuple[float, float]) -> None:
        if self.data is None:
            return
        self.point.setData([now[0]], [now[1]])
        tx, ty = zip(*self.trail)
        self.path.setData(list(tx), list(ty))
        s = self.session
        net = self._network()
        grad = pair_gradient(net, s.x, s.target, self.pair)
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
