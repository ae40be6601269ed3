"""Training and test error per epoch, and accuracy, growing live while training runs.

Two stacked plots sharing the epoch axis: mean E_total per sample (top) and accuracy in
percent (bottom). The four curves are created once and only ever ``setData``-ed from
the runner's snapshots, which it paces to five a second (a pause and the end are always
sent), and only when an epoch was added; a new run clears them. Every snapshot is
drawn: the plot, the progress bar and the result line then show the same epoch.

Long runs stay cheap: the curves are the run's history columns (NumPy views of its
store, not lists converted on every draw), drawn with pyqtgraph's peak downsampling and
clipped to the view, so 100,000 epochs cost a redraw what a few thousand points do.
Training is blue with circles and solid lines, test is orange with squares and dashed
lines (Okabe-Ito colours), so the two differ by more than colour.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, number, source_of, translate
from fruitnet_gui.model.training import History, Progress
from fruitnet_gui.ui.language import localized_ticks, redraw_ticks
from fruitnet_gui.ui.plot_export import prepare_plot
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import PLOT_FOCUS_FRAME, Theme, theme_manager

__all__ = ["TrainingPlot"]

TRAIN_COLOR = "#0072B2"  # Okabe-Ito blue
TEST_COLOR = "#E69F00"  # Okabe-Ito orange
AXIS_COLOR = "#37474f"
_TRAIN_STYLE = {"color": TRAIN_COLOR, "symbol": "o", "dash": Qt.PenStyle.SolidLine}
_TEST_STYLE = {"color": TEST_COLOR, "symbol": "s", "dash": Qt.PenStyle.DashLine}
#: Runs of more epochs than this are drawn as lines only: symbols would be a smear.
MAX_SYMBOLS = 40
ERROR_LABEL = QT_TRANSLATE_NOOP("Training", "mean E_total per sample")
ACCURACY_LABEL = QT_TRANSLATE_NOOP("Training", "accuracy (%)")
#: Below this height of the two plots together their axis titles are shortened.
SHORT_PLOTS_PX = 420
#: Below this width the caption is set smaller (the docks of a 1280×800 window).
COMPACT_PX = 380


class TrainingPlot(QWidget):
    """Error and accuracy per epoch of the run in ``session.trainer``.

    A caption (``title_label``, wraps in a narrow dock) above two pyqtgraph plots in
    ``graphics``. Curves by key: ``train_error``, ``test_error``, ``train_accuracy``,
    ``test_accuracy`` (see :meth:`points`).
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_plot")
        self.setAccessibleName(
            translate("TrainingPlot", "Training curves: error and accuracy per epoch")
        )
        self.setAccessibleDescription(
            translate(
                "TrainingPlot",
                "Training set blue, solid with circles; test set orange, dashed with squares",
            )
        )
        self._theme = theme_manager().theme
        self.title_label = QLabel()
        self.title_label.setObjectName("training_plot_title")
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The legend is a line of text under the caption: inside a plot it covered the
        # curves of a small dock wherever it was put.
        self.legend_label = QLabel()
        self.legend_label.setObjectName("training_plot_legend")
        self.legend_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(translate("TrainingPlot", "Error and accuracy per epoch"))
        self.graphics.setStyleSheet(PLOT_FOCUS_FRAME)
        self.graphics.setBackground("w")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.legend_label)
        layout.addWidget(self.graphics, 1)
        self.session = session
        self._state = session.trainer.state
        self._has_test = True
        self._symbols = True
        self._compact = False  # a narrow dock: smaller caption
        self._title = ("", True)  # the caption's text, and whether it is muted
        #: Epochs drawn so far (the curves show the first ``_drawn`` of the history).
        self._drawn = 0
        self._epochs = 0
        self._top = 0.0
        self.graphics.ci.layout.setSpacing(4)
        self.error_plot = self.graphics.addPlot(row=0, col=0)
        self.accuracy_plot = self.graphics.addPlot(row=1, col=0)
        self.accuracy_plot.setXLink(self.error_plot)
        self._style(self.error_plot, ERROR_LABEL)
        self._style(self.accuracy_plot, ACCURACY_LABEL)
        self.error_plot.getAxis("bottom").setStyle(showValues=False)
        self.error_plot.getAxis("bottom").setLabel("")
        self._accuracy_floor = -1
        self._show_accuracy_from(0.0)
        self.error_plot.setYRange(-0.01, 0.26, padding=0)
        self.graphics.ci.setContentsMargins(4, 0, 18, 4)
        self.curves: dict[str, pg.PlotDataItem] = {}
        for key, plot, style in (
            ("train_error", self.error_plot, _TRAIN_STYLE),
            ("test_error", self.error_plot, _TEST_STYLE),
            ("train_accuracy", self.accuracy_plot, _TRAIN_STYLE),
            ("test_accuracy", self.accuracy_plot, _TEST_STYLE),
        ):
            color = style["color"]
            # the test set's markers are hollow: where the two curves coincide the
            # training curve shows through them
            hollow = style is _TEST_STYLE
            self.curves[key] = plot.plot(
                [], [],
                pen=pg.mkPen(color, width=2.5, style=style["dash"]),
                symbol=style["symbol"], symbolSize=7,
                symbolBrush=pg.mkBrush(255, 255, 255, 0) if hollow else color,
                symbolPen=pg.mkPen(color, width=1.5) if hollow else pg.mkPen("w", width=1),
            )  # fmt: skip
            # a long run: at most a few points per pixel, only the epochs in view
            self.curves[key].setDownsampling(auto=True, method="peak")
            self.curves[key].setClipToView(True)
        # where the Runs dock's scrubber is: the epoch whose weights are shown
        self.cursors = []
        for plot in (self.error_plot, self.accuracy_plot):
            line = pg.InfiniteLine(angle=90, pen=pg.mkPen(self._theme.plot_muted, width=1.5,
                                                          style=Qt.PenStyle.DashLine))  # fmt: skip
            line.setVisible(False)
            plot.addItem(line)
            self.cursors.append(line)
        session.replay_changed.connect(self._on_replay_changed)
        self.clear_curves()
        self._update_legend()
        self._set_title(
            translate("Training", "Train to see the error and accuracy after every epoch"),
            muted=True,
        )
        theme_manager().changed.connect(self.set_theme)
        self.set_theme(self._theme)
        trainer = session.trainer
        trainer.progressed.connect(self._on_progressed)
        trainer.finished.connect(self._on_finished)
        trainer.state_changed.connect(self._on_state_changed)
        session.network_changed.connect(self._on_network_changed)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # In a short dock the rotated axis titles would be longer than their plots and
        # run into each other: say less there.
        self._axis_titles()
        compact = self.width() < COMPACT_PX
        if compact != self._compact:
            self._compact = compact
            self._set_title(*self._title)

    def _axis_titles(self) -> None:
        short = self.graphics.height() < SHORT_PLOTS_PX
        if short:
            error, accuracy = translate("Training", "error"), translate("Training", "accuracy %")
        else:
            error, accuracy = (
                translate("Training", ERROR_LABEL),
                translate("Training", ACCURACY_LABEL),
            )
        self.error_plot.setLabel("left", error)
        self.accuracy_plot.setLabel("left", accuracy)
        self.accuracy_plot.setLabel("bottom", translate("Training", "epoch"))  # shared

    def retranslate(self) -> None:
        """Axis titles, legend, caption and tick labels in the new language."""
        self._axis_titles()
        self._update_legend()
        source = source_of(self._title[0])
        if source is not None:
            self._set_title(translate(*source), self._title[1])
        for plot in (self.error_plot, self.accuracy_plot):
            for name in ("bottom", "left"):
                redraw_ticks(plot.getAxis(name))

    @staticmethod
    def _style(plot: pg.PlotItem, left: str) -> None:
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setLabel("left", translate("Training", left))
        plot.setLabel("bottom", translate("Training", "epoch"))
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        prepare_plot(plot)  # the right-click menu keeps View All, the axes and Export…
        for name in ("bottom", "left"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(AXIS_COLOR))
            axis.setTextPen(pg.mkPen(AXIS_COLOR))
            axis.enableAutoSIPrefix(False)
            localized_ticks(axis)
            # grid lines at the labelled ticks only: minor ones cost more than they show
            axis.setStyle(maxTickLevel=0)
        plot.getAxis("left").setWidth(64)  # both plots' y axes line up

    # -- reading (tests, main window) --------------------------------------------------
    def points(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """The x (epoch) and y data of curve ``key`` (all of it: what is drawn is
        downsampled and clipped to the view)."""
        curve = self.curves[key]
        x, y = curve.xData, curve.yData
        x, y = (np.array([]) if x is None else x), (np.array([]) if y is None else y)
        return x, (100.0 * y if key.endswith("accuracy") else y)  # accuracy in percent

    @property
    def title_text(self) -> str:
        return self.title_label.text()

    def clear_curves(self) -> None:
        """Empty every curve (a new run starts)."""
        for curve in self.curves.values():
            curve.setData([], [])
        self._drawn = 0
        self._epochs = 0
        self._top = 0.0
        self._lowest = float("inf")
        self._show_accuracy_from(0.0)
        self._set_has_test(True)
        self._set_symbols(True)
        self._show_epochs(10)

    # -- drawing -----------------------------------------------------------------------
    def _set_title(self, text: str, muted: bool = False) -> None:
        self._title = (text, muted)
        color = self._theme.plot_muted if muted else self._theme.plot_axis
        size = (9 if muted else 10) if self._compact else (11 if muted else 12)
        self.title_label.setStyleSheet(
            f"QLabel {{ color: {color}; font-size: {size}pt; padding: 2px; }}"
        )
        self.title_label.setText(text)

    def _legend_entries(self) -> list[tuple[dict, str, str]]:
        """(style, line sample, name) of each curve the legend names, in order."""
        entries = [(_TRAIN_STYLE, "━━", translate("Training", "training set"))]
        if self._has_test:
            entries.append((_TEST_STYLE, "╍╍", translate("Training", "test set")))
        return entries

    def _update_legend(self) -> None:
        entries = self._legend_entries()
        self.legend_label.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                f'<span style="color:{self._curve_color(style)}; font-weight:bold">{line}</span>'
                f'&nbsp;<span style="color:{self._theme.plot_axis}">{name}</span>'
                for style, line, name in entries
            )
        )

    def _curve_color(self, style: dict) -> str:
        return self._theme.train_curve if style is _TRAIN_STYLE else self._theme.test_curve

    def set_theme(self, theme: Theme) -> None:
        """Background, axes, curves, caption and legend in ``theme``'s colours."""
        self._theme = theme
        self.graphics.setBackground(theme.plot_background)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.color("plot_background"))
        self.setPalette(palette)
        for plot in (self.error_plot, self.accuracy_plot):
            for name in ("bottom", "left"):
                plot.getAxis(name).setPen(pg.mkPen(theme.plot_axis))
                plot.getAxis(name).setTextPen(pg.mkPen(theme.plot_axis))
        for key, curve in self.curves.items():
            style = _TRAIN_STYLE if key.startswith("train") else _TEST_STYLE
            color = self._curve_color(style)
            curve.setPen(pg.mkPen(color, width=2.5, style=style["dash"]))
            if style is _TEST_STYLE:  # hollow: the training curve shows through
                curve.setSymbolPen(pg.mkPen(color, width=1.5))
            else:
                curve.setSymbolBrush(pg.mkBrush(color))
                curve.setSymbolPen(pg.mkPen(theme.plot_background, width=1))
        for line in getattr(self, "cursors", ()):  # the replay's cursor
            line.setPen(pg.mkPen(theme.plot_muted, width=1.5, style=Qt.PenStyle.DashLine))
        self._set_title(*self._title)
        self._update_legend()

    @property
    def legend_names(self) -> list[str]:
        """The curves the legend names, in order."""
        return [name for _style, _line, name in self._legend_entries()]

    def _show_epochs(self, epochs: int) -> None:
        self.error_plot.setXRange(0.5, max(epochs, 1) + 0.5, padding=0)

    def _set_has_test(self, has: bool) -> None:
        if has == self._has_test:
            return
        self._has_test = has
        self.curves["test_accuracy"].setVisible(has)
        self.curves["test_error"].setVisible(has)
        self._update_legend()

    def _set_symbols(self, on: bool) -> None:
        if on == self._symbols:
            return
        self._symbols = on
        for key, curve in self.curves.items():
            curve.setSymbol(("o" if key.startswith("train") else "s") if on else None)

    def _on_state_changed(self, state: str) -> None:
        if self._state == "idle" and state == "running":
            self.clear_curves()
            self._set_title(translate("Training", "Training…"), muted=True)
        self._state = state

    def _on_network_changed(self) -> None:
        # the curves belong to the network that was trained, not to this one (a run
        # still stopping is the old network's: the runner no longer publishes it)
        self.clear_curves()
        self._set_title(
            translate("Training", "Train to see the error and accuracy after every epoch"),
            muted=True,
        )

    def _on_progressed(self, progress: Progress) -> None:
        self._draw(progress)

    @property
    def cursor_epoch(self) -> float | None:
        """The epoch the replay cursor marks, or None when none is shown."""
        line = self.cursors[0]
        return float(line.value()) if line.isVisible() else None

    def _on_replay_changed(self, replay) -> None:
        # the cursor marks a replayed epoch of the run these curves are of
        shown = replay is not None and replay.run is self.session.trainer.run
        for line in self.cursors:
            if shown:
                line.setPos(replay.epoch)
            line.setVisible(shown)

    def _on_finished(self, progress: Progress) -> None:
        run = self.session.trainer.run
        if (run is None or not run.superseded) and len(progress.history):
            self._draw(progress)

    def _draw(self, progress: Progress) -> None:
        if progress.epochs != self._epochs:
            self._epochs = progress.epochs
            self._show_epochs(progress.epochs)
        history = History.of(progress.history)
        n = len(history)
        if n < self._drawn:  # another run: start again
            self.clear_curves()
            self._epochs = progress.epochs
            self._show_epochs(progress.epochs)
        if n == self._drawn:
            return  # snapshots within an epoch change nothing here: draw nothing
        new = slice(self._drawn, n)
        self._drawn = n
        has_test = history.has_test
        self._set_has_test(has_test)
        x = history.column("epoch")
        self._set_symbols(progress.epochs <= MAX_SYMBOLS)
        columns = {
            "train_error": history.column("train_error"),
            "train_accuracy": history.column("train_accuracy"),
        }
        if has_test:
            columns["test_error"] = history.column("test_error")
            columns["test_accuracy"] = history.column("test_accuracy")
        for key, y in columns.items():
            self.curves[key].setData(x, y)
        last = history[-1]
        title = translate("Training", "Epoch {epoch} of {epochs}: training error {error}").format(
            epoch=last.epoch, epochs=progress.epochs, error=number(f"{last.train_error:.4g}")
        )
        # only the new epochs are searched for a new top or floor
        top = max(self._top, _nanmax(columns["train_error"][new]))
        lowest = _nanmin(columns["train_accuracy"][new])
        if has_test:
            top = max(top, _nanmax(columns["test_error"][new]))
            lowest = min(lowest, _nanmin(columns["test_accuracy"][new]))
            title += translate("Training", ", test error {error}").format(
                error=number(f"{last.test_error:.4g}")
            )
        if np.isfinite(top) and top > 0 and top != self._top:
            self._top = top  # a new range re-lays out the axis: only when it changes
            self.error_plot.setYRange(-0.03 * top, top * 1.08, padding=0)
        self._lowest = min(self._lowest, 100.0 * lowest)
        self._show_accuracy_from(self._lowest)
        self._set_title(title)

    def _show_accuracy_from(self, lowest: float) -> None:
        """Accuracy from 0 %, or from 50 % (chance for two classes) while every epoch is
        above it: a trained net's 90-100 % was a thin strip at the top of 0-100."""
        floor = 50 if lowest >= 50 else 0
        if floor == self._accuracy_floor:
            return
        self._accuracy_floor = floor
        span = 100 - floor
        # The curves are the history's accuracy columns as they are (fractions: no
        # percent copy of a long run's columns per draw); the axis reads in percent.
        low, high = (floor - 0.14 * span) / 100, (100 + 0.14 * span) / 100
        self.accuracy_plot.setYRange(low, high, padding=0)
        ticks = (50, 75, 100) if floor == 50 else (0, 25, 50, 75, 100)
        self.accuracy_plot.getAxis("left").setTicks([[(v / 100, f"{v}") for v in ticks], []])


def _nanmax(a: np.ndarray) -> float:
    a = a[np.isfinite(a)]
    return float(a.max()) if a.size else 0.0


def _nanmin(a: np.ndarray) -> float:
    a = a[np.isfinite(a)]
    return float(a.min()) if a.size else float("inf")
