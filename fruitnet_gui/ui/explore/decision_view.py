"""The decision map: the class a two-input network gives over the input plane, the
current sample and the dataset's points, following the weights live."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fruitnet_gui.model.explore.decision import decision_grid
from fruitnet_gui.model.text import translate
from fruitnet_gui.ui.plot_export import prepare_plot
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import Theme, style_plot, theme_manager

__all__ = ["CLASS_COLOURS", "DecisionView"]

#: Colour-blind-safe class colours (Okabe and Ito): orange, sky blue, green, purple, …
CLASS_COLOURS = ((230, 159, 0), (86, 180, 233), (0, 158, 115), (204, 121, 167),
                 (240, 228, 66), (0, 114, 178), (213, 94, 0))  # fmt: skip


class DecisionView(QWidget):
    """Only for networks with two inputs (the paper's, and any 2-input design)."""

    N = 81

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision_view")
        self.session = session
        self.plot = pg.PlotWidget()
        prepare_plot(self.plot.getPlotItem())
        self.setAccessibleName(translate("DecisionView", "Decision map"))
        self.setAccessibleDescription(
            translate("DecisionView", "The class the network gives at each point of the two inputs")
        )
        self.plot.setAccessibleName(translate("DecisionView", "Decision map over the input plane"))
        self.plot.setLabel("bottom", "x1")
        self.plot.setLabel("left", "x2")
        self.set_theme(theme_manager().theme)
        theme_manager().changed.connect(self.set_theme)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("k"))
        self.sample = pg.ScatterPlotItem(size=16, symbol="star", pen=pg.mkPen("k", width=1.5),
                                         brush=pg.mkBrush("white"))  # fmt: skip
        self.plot.addItem(self.points)
        self.plot.addItem(self.sample)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.info)
        self.grid: dict | None = None
        signals = (
            session.network_changed, session.iteration_changed, session.weights_changed,
            session.input_changed, session.dataset_changed,
        )  # fmt: skip
        for signal in signals:
            signal.connect(self.refresh)
        session.cursor_moved.connect(lambda _p: self.refresh())
        # a run replayed (the Runs dock's scrubber): the map of that epoch's weights
        session.replay_changed.connect(lambda _r: self.refresh())
        self.refresh()

    def set_theme(self, theme: Theme) -> None:
        """The plot's background and axes in ``theme``."""
        style_plot(self.plot, theme)

    def refresh(self) -> None:
        replayed = self.session.replayed_network
        net = self.session.shown_network if replayed is None else replayed
        if net.n_inputs != 2:
            self.grid = None
            self.image.clear()
            self.points.setData([], [])
            self.sample.setData([], [])
            self.info.setText(
                translate("Explore", "The decision map needs a network with two inputs.")
            )
            return
        x = self.session.x
        lo = min(0.0, float(x.min()) - 0.1)
        hi = max(1.0, float(x.max()) + 0.1)
        self.grid = decision_grid(net, (lo, hi), (lo, hi), self.N)
        cls, conf = self.grid["cls"], self.grid["confidence"]
        k = net.n_outputs
        colours = np.array([CLASS_COLOURS[c % len(CLASS_COLOURS)] for c in range(k)], float)
        # paler where the network is less sure: mixed with white by (1 − confidence)
        strength = np.clip((conf - 1.0 / k) / (1 - 1.0 / k + 1e-12), 0, 1)[..., None]
        rgb = colours[cls] * (0.35 + 0.65 * strength) + 255 * (1 - (0.35 + 0.65 * strength))
        self.image.setImage(rgb.transpose(1, 0, 2).astype(np.uint8), levels=(0, 255))
        self.image.setRect(QRectF(lo, lo, hi - lo, hi - lo))
        data = self.session.dataset
        if data is not None and len(data) and data.images[0].size == 2:
            flat = data.images.reshape(len(data), 2)
            labels = [data.classes.index(label) for label in data.labels]
            brushes = [pg.mkBrush(*CLASS_COLOURS[c % len(CLASS_COLOURS)]) for c in labels]
            self.points.setData(flat[:, 0], flat[:, 1], brush=brushes)
        else:
            self.points.setData([], [])
        self.sample.setData([float(x[0])], [float(x[1])])
        names = ", ".join(f"{c}" for c in net.classes)
        self.info.setText(
            translate(
                "Explore",
                "The class the network gives at each point (x1, x2): {names} in the colours "
                "of the dots; paler where it is less sure. The star is the sample being stepped.",
            ).format(names=names)
        )

    def colour_at(self, x1: float, x2: float) -> int:
        """The class index the map shows at (x1, x2) (for tests)."""
        g = self.grid
        ix = int(np.argmin(np.abs(g["x"] - x1)))
        iy = int(np.argmin(np.abs(g["y"] - x2)))
        return int(g["cls"][iy, ix])
