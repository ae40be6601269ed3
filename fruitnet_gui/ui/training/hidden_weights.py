"""What each hidden node looks for: its incoming weights drawn as an image.

Hidden node ``h_j`` of the fruit net has one weight from each of the 36 pixels; laid
out as the 6×6 input image they show the pattern that excites it (blue, positive) or
inhibits it (vermillion, negative). One tile per hidden node, all painted in one
``paintEvent`` from one colour lookup; the colour scale is symmetric around 0 and shared
by every tile, so tiles compare. Blue-white-vermillion is the network canvas's sign
colours (Okabe-Ito), readable with the common colour-vision deficiencies.

Live during training from the runner's paced snapshots; the epoch being replayed while
the Runs dock's scrubber is used; otherwise the session's shown network (after
stepping, a trained model adopted, a network loaded).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from fruitnet_gui.model.net.naming import Naming
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import number, translate
from fruitnet_gui.model.training import Progress
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import current_theme, theme_manager

__all__ = ["HiddenWeightsView", "colour_lut", "nice_scale"]

POSITIVE = QColor("#0072B2")  # Okabe-Ito blue, as the canvas's positive weights
NEGATIVE = QColor("#D55E00")  # Okabe-Ito vermillion, as the canvas's negative weights
#: A printed weight on its own tile: the tile's colours are the data's (white is 0)
#: in every theme, so the text on them is dark (or white on a deep colour).
CELL_TEXT = QColor("#1A1A1A")

_LABEL_H = 16
_GAP = 8
_MARGIN = 10
_BAR_H = 46  # colour bar and its caption


def colour_lut() -> np.ndarray:
    """255 ARGB32 colours from vermillion (−1) through white (0, the middle entry) to
    blue (+1)."""
    t = np.linspace(-1.0, 1.0, 255)
    white = np.array([255.0, 255.0, 255.0])
    pos = np.array([POSITIVE.red(), POSITIVE.green(), POSITIVE.blue()], dtype=float)
    neg = np.array([NEGATIVE.red(), NEGATIVE.green(), NEGATIVE.blue()], dtype=float)
    a = np.abs(t)[:, None]
    rgb = np.where(t[:, None] >= 0, white + a * (pos - white), white + a * (neg - white))
    rgb = np.round(rgb).astype(np.uint32)
    return (0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]).astype(np.uint32)


_LUT = colour_lut()


def nice_scale(m: float) -> float:
    """The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) at least ``m``,
    so the colour bar's ends do not flicker with every snapshot."""
    if not np.isfinite(m) or m <= 0:
        return 1.0
    k = math.floor(math.log10(m))
    for step in (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if step * 10.0**k >= m * (1 - 1e-12):
            return step * 10.0**k
    return 10.0 ** (k + 1)


class HiddenWeightsView(QWidget):
    """A grid of tiles ``h1 … hN``: the first hidden layer's incoming weights as images."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hidden_weights_view")
        self.setAccessibleName(
            translate("HiddenWeightsView", "Hidden weights: each hidden node's incoming weights")
        )
        self.setAccessibleDescription(
            translate(
                "HiddenWeightsView",
                "Each hidden node's incoming weights drawn as an image of the input",
            )
        )
        self.session = session
        self._network: Network = session.shown_network
        self._live = False  # showing a training snapshot
        self._mosaic: QImage | None = None  # the tiles, built at paint time
        self._background: QPixmap | None = None
        self._background_key: tuple = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)  # a docked tab beside the error plot: it may be small
        self.setAutoFillBackground(False)
        session.network_changed.connect(self._on_network_changed)
        session.weights_changed.connect(self._on_weights_changed)
        session.iteration_changed.connect(self._on_iteration_changed)
        session.trainer.progressed.connect(self._on_progressed)
        session.trainer.state_changed.connect(self._on_state_changed)
        session.replay_changed.connect(self._on_replay_changed)
        theme_manager().changed.connect(self._on_theme_changed)

    # -- reading -----------------------------------------------------------------------
    @property
    def network(self) -> Network:
        """The network whose weights are shown."""
        return self._network

    def shown_weights(self) -> np.ndarray:
        """``hidden × rows × cols``: the weights into each hidden node, as images."""
        net = self._network
        rows, cols = net.input_shape
        return net.weights[0].T.reshape(net.layers[1], rows, cols).copy()

    def scale(self) -> float:
        """The colour bar's end: weights beyond ±scale get the full colour.

        Taken at the 99th percentile of |w|, so that one large weight does not wash every
        other tile out to white.
        """
        return nice_scale(float(np.percentile(np.abs(self._network.weights[0]), 99)))

    def grid(self) -> tuple[int, int]:
        """Rows and columns of tiles."""
        n = self._network.layers[1]
        cols = math.ceil(math.sqrt(n))
        return math.ceil(n / cols), cols

    def tile_rect(self, j: int) -> QRect:
        """Where tile ``j`` (hidden node ``h{j+1}``) is drawn, its label above it."""
        cell, x0, y0 = self._layout()
        rows, cols = self._network.input_shape
        _grid_rows, grid_cols = self.grid()
        r, c = divmod(j, grid_cols)
        tw, th = cols * cell, rows * cell
        x = x0 + c * (tw + _GAP)
        y = y0 + r * (th + _GAP + _LABEL_H) + _LABEL_H
        return QRect(x, y, tw, th)

    def sizeHint(self) -> QSize:
        return QSize(420, 470)

    # -- drawing -----------------------------------------------------------------------
    def _layout(self) -> tuple[int, int, int]:
        """Pixel size of one weight cell and the top-left of the grid."""
        rows, cols = self._network.input_shape
        grid_rows, grid_cols = self.grid()
        w = self.width() - 2 * _MARGIN - (grid_cols - 1) * _GAP
        h = self.height() - 2 * _MARGIN - _BAR_H - grid_rows * (_LABEL_H + _GAP)
        cell = max(1, min(w // (grid_cols * cols), h // max(grid_rows * rows, 1)))
        total_w = grid_cols * cols * cell + (grid_cols - 1) * _GAP
        total_h = grid_rows * (rows * cell + _LABEL_H + _GAP)
        x0 = (self.width() - total_w) // 2
        y0 = _MARGIN + max(0, (self.height() - 2 * _MARGIN - _BAR_H - total_h) // 2)
        return cell, x0, y0

    def _build_mosaic(self, scale: float, cell: int) -> QImage:
        """Every tile at screen size in one image (transparent between tiles), whose
        top-left corner is that of tile 0."""
        weights = self.shown_weights()
        idx = np.clip(np.round((weights / scale + 1.0) * 127.0), 0, 254).astype(np.intp)
        big = np.repeat(np.repeat(_LUT[idx], cell, axis=1), cell, axis=2)
        n, th, tw = big.shape
        grid_rows, grid_cols = self.grid()
        step_x, step_y = tw + _GAP, th + _GAP + _LABEL_H  # as tile_rect lays them out
        out = np.zeros(((grid_rows - 1) * step_y + th, (grid_cols - 1) * step_x + tw), np.uint32)
        for j in range(n):
            r, c = divmod(j, grid_cols)
            out[r * step_y : r * step_y + th, c * step_x : c * step_x + tw] = big[j]
        h, w = out.shape
        return QImage(out.tobytes(), w, h, 4 * w, QImage.Format.Format_ARGB32_Premultiplied).copy()

    def _build_background(self, scale: float) -> QPixmap:
        """The theme's background, the tile labels and frames, the colour bar: all that
        the weights don't move (the tiles' own white is the data's: 0)."""
        dpr = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * dpr), round(self.height() * dpr))
        pixmap.setDevicePixelRatio(dpr)
        theme = current_theme()
        pixmap.fill(theme.color("base"))
        p = QPainter(pixmap)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0))
        p.setFont(font)
        for j in range(self._network.layers[1]):
            rect = self.tile_rect(j)
            p.setPen(QPen(theme.color("outline"), 1))
            p.drawRect(QRectF(rect).adjusted(-0.5, -0.5, 0.5, 0.5))
            p.setPen(theme.color("window_text"))
            label = QRect(rect.x() - _GAP // 2, rect.y() - _LABEL_H, rect.width() + _GAP, _LABEL_H)
            p.drawText(label, Qt.AlignmentFlag.AlignCenter, f"h{j + 1}")
        self._paint_colour_bar(p, scale)
        p.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        # Two cached layers: the background changes with the size or the colour scale,
        # the mosaic with the weights; a frame of training redraws only the mosaic.
        net = self._network
        scale = self.scale()
        clipped = float(np.max(np.abs(net.weights[0]))) > scale
        cell, _x0, _y0 = self._layout()
        key = (self.width(), self.height(), self.devicePixelRatioF(), net.layers[1],
               net.input_shape, scale, clipped, current_theme().name)  # fmt: skip
        if self._background is None or self._background_key != key:
            self._background = self._build_background(scale)
            self._background_key = key
            self._mosaic = None
        if self._mosaic is None:
            self._mosaic = self._build_mosaic(scale, cell)
        p = QPainter(self)
        p.drawPixmap(0, 0, self._background)
        p.drawImage(self.tile_rect(0).topLeft(), self._mosaic)
        if net.n_inputs <= 4 and cell >= 34:  # the paper net: print its few weights too
            names = Naming(net.layers)
            weights = self.shown_weights()
            rows, cols = net.input_shape
            for j in range(net.layers[1]):
                rect = self.tile_rect(j)
                for r in range(rows):
                    for c in range(cols):
                        v = weights[j, r, c]
                        p.setPen(QColor("white") if abs(v) > 0.6 * scale else CELL_TEXT)
                        box = QRect(rect.x() + c * cell, rect.y() + r * cell, cell, cell)
                        name = names.weight(0, r * cols + c, j)
                        p.drawText(
                            box, Qt.AlignmentFlag.AlignCenter, f"{name}\n{number(f'{v:.4g}')}"
                        )
        p.end()

    def _paint_colour_bar(self, p: QPainter, scale: float) -> None:
        width = min(260, self.width() - 2 * _MARGIN - 120)
        if width < 60:
            return
        x = (self.width() - width) / 2
        y = self.height() - _MARGIN - _BAR_H + 6
        bar = QRectF(x, y, width, 12)
        grad = QLinearGradient(bar.topLeft(), bar.topRight())
        grad.setColorAt(0.0, NEGATIVE)
        grad.setColorAt(0.5, QColor("white"))
        grad.setColorAt(1.0, POSITIVE)
        p.fillRect(bar, grad)
        theme = current_theme()
        p.setPen(QPen(theme.color("outline"), 1))
        p.drawRect(bar)
        p.setPen(theme.color("window_text"))
        fm = p.fontMetrics()
        left, right = f"−{number(f'{scale:g}')}", f"+{number(f'{scale:g}')}"
        if float(np.max(np.abs(self._network.weights[0]))) > scale:
            left, right = "≤ " + left, "≥ " + right
        p.drawText(QPointF(x - fm.horizontalAdvance(left) - 6, y + 11), left)
        p.drawText(QPointF(x + width + 6, y + 11), right)
        p.drawText(QPointF(x + width / 2 - fm.horizontalAdvance("0") / 2, y + 11 + fm.height()),
                   "0")  # fmt: skip
        p.setPen(theme.color("conventions"))  # muted, 4.5:1 on the theme's background
        p.drawText(
            QRectF(0, y + 12 + fm.height(), self.width(), fm.height() + 2),
            Qt.AlignmentFlag.AlignCenter,
            translate("Training", "weight from each input pixel into the hidden node"),
        )

    # -- slots -------------------------------------------------------------------------
    def _on_theme_changed(self, _theme) -> None:
        self._background = None  # its background and labels were the old theme's
        self.update()

    def _show(self, network: Network) -> None:
        self._network = network
        self._mosaic = None
        self.update()

    def _on_progressed(self, progress: Progress) -> None:
        self._live = True
        self._show(progress.network)

    def _on_state_changed(self, state: str) -> None:
        if state == "idle" and self._live:
            self._live = False  # the trained weights arrive through weights_changed

    def _on_replay_changed(self, replay) -> None:
        # a run's epoch replayed (the Runs dock's scrubber), or None: the live network
        self._show(self.session.shown_network if replay is None else replay.network)

    def _on_network_changed(self) -> None:
        self._live = False
        self._show(self.session.shown_network)

    def _on_weights_changed(self) -> None:
        if not self._live:
            self._show(self.session.shown_network)

    def _on_iteration_changed(self) -> None:
        if not self._live:
            self._show(self.session.shown_network)
