"""E_total after every completed iteration, growing live as the student steps on.

The plot items are created once and only ever ``setData``-ed. Curves are kept by key
(:meth:`ErrorPlot.curve`), so the training panel can later add per-epoch train and
test error curves next to the stepping curve without changing this class.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from fruitnet_gui.model.text import number, translate
from fruitnet_gui.ui.language import localized_ticks, redraw_ticks
from fruitnet_gui.ui.plot_export import prepare_plot
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import PLOT_FOCUS_FRAME, Theme, theme_manager

__all__ = ["ErrorPlot"]

STEPPING = "stepping"


class ErrorPlot(pg.PlotWidget):
    """E_total per iteration (``session.history``), on a light background for projectors."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self._theme = theme_manager().theme
        super().__init__(parent, background=self._theme.plot_background)
        self._session = session
        self.setObjectName("error_plot")
        self.setStyleSheet(PLOT_FOCUS_FRAME)
        self.setAccessibleName(translate("ErrorPlot", "Error plot: E_total after each iteration"))
        self._curves: dict[str, pg.PlotDataItem] = {}
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setLabel("bottom", translate("ErrorPlot", "iteration"))
        item.setLabel("left", "E_total")
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        prepare_plot(item)
        # room on the right for the last tick's label, which ran into the dock's edge
        item.setContentsMargins(0, 0, 14, 4)
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.enableAutoSIPrefix(False)  # "E_total (x0.001)" confuses more than it helps
            localized_ticks(axis)
        self.curve(
            STEPPING,
            self._theme.stepping_curve,
            name=translate("ErrorPlot", "E_total per iteration"),
        )
        session.history_changed.connect(self._on_history_changed)
        theme_manager().changed.connect(self.set_theme)
        self.set_theme(self._theme)

    def set_theme(self, theme: Theme) -> None:
        """Background, axes, the stepping curve and the caption in ``theme``'s colours."""
        self._theme = theme
        self.setBackground(theme.plot_background)
        item = self.getPlotItem()
        for name in ("bottom", "left"):
            item.getAxis(name).setPen(pg.mkPen(theme.plot_axis))
            item.getAxis(name).setTextPen(pg.mkPen(theme.plot_axis))
        curve = self._curves[STEPPING]
        curve.setPen(pg.mkPen(theme.stepping_curve, width=2))
        curve.setSymbolBrush(pg.mkBrush(theme.stepping_curve))
        curve.setSymbolPen(pg.mkPen(theme.stepping_curve))
        self._on_history_changed()

    def retranslate(self) -> None:
        """The axis label, the caption and the ticks in the new language and separator."""
        item = self.getPlotItem()
        item.setLabel("bottom", translate("ErrorPlot", "iteration"))
        for name in ("bottom", "left"):
            redraw_ticks(item.getAxis(name))
        self._on_history_changed()

    def curve(self, key: str, color: str = "#1e5aa8", name: str | None = None) -> pg.PlotDataItem:
        """The curve ``key``, created on first use (later: train/test error per epoch)."""
        curve = self._curves.get(key)
        if curve is None:
            curve = self.getPlotItem().plot(
                [],
                [],
                pen=pg.mkPen(color, width=2),
                symbol="o",
                symbolSize=8,
                symbolBrush=color,
                symbolPen=pg.mkPen(color),
                name=name or key,
            )
            self._curves[key] = curve
        return curve

    @property
    def title_text(self) -> str:
        """The caption above the plot (the latest E_total)."""
        return self.getPlotItem().titleLabel.text

    def points(self, key: str = STEPPING) -> tuple[np.ndarray, np.ndarray]:
        """The x and y data of curve ``key``."""
        x, y = self._curves[key].getData()
        return (np.array([]) if x is None else x), (np.array([]) if y is None else y)

    def _on_history_changed(self) -> None:
        history = self._session.history
        y = np.asarray(history, dtype=float)
        x = np.arange(1, len(y) + 1, dtype=float)
        self._curves[STEPPING].setData(x, y)
        item = self.getPlotItem()
        if len(y):
            # The x axis says which iteration; the caption gives the latest value in full.
            item.setTitle(
                f"E<sub>total</sub> = <b>{number(f'{y[-1]:.10g}')}</b>",
                color=self._theme.plot_axis,
                size="12pt",
            )
            said = self.tr("E_total after iteration {n}: {value}")
            self.setAccessibleDescription(said.format(n=len(y), value=f"{y[-1]:.10g}"))
            item.setXRange(0.5, max(5, len(y)) + 0.5, padding=0)
            item.setYRange(*_y_range(y), padding=0)
        else:
            self._show_empty_title()
            self.setAccessibleDescription(translate("ErrorPlot", "No iteration done yet"))
            item.setXRange(0.5, 5.5, padding=0)
            item.setYRange(0, 0.25, padding=0)

    def _show_empty_title(self) -> None:
        """ "No iteration done yet", on two lines where one is wider than the plot
        ("Aucune itération faite pour l'instant" in a 300-pixel dock)."""
        item = self.getPlotItem()
        if item is None:  # (being made or torn down)
            return
        text = translate("ErrorPlot", "No iteration done yet")
        font = QFont(self.font())
        font.setPointSizeF(10)
        room = self.width() - item.getAxis("left").width() - 24  # the title is over the plot
        if QFontMetrics(font).horizontalAdvance(text) > room and " " in text:
            words = text.split(" ")
            half = min(
                range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) * 2 - len(text))
            )
            text = " ".join(words[:half]) + "<br>" + " ".join(words[half:])
        item.setTitle(text, color=self._theme.plot_muted, size="10pt")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if "_session" in self.__dict__ and not len(self._session.history):
            self._show_empty_title()  # one line or two, for the new width


def _y_range(y: np.ndarray) -> tuple[float, float]:
    """Fit the points with a margin, so a small drop between iterations is visible."""
    lo, hi = float(y.min()), float(y.max())
    span = hi - lo
    if span < 1e-12:
        span = max(abs(hi), 1e-6)
        return max(lo - span * 0.5, 0.0), hi + span * 0.5
    return max(lo - span * 0.2, 0.0), hi + span * 0.2
