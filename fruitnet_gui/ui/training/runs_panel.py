"""The Runs dock: every training run of the session, a scrubber to replay one, and the
error curves of the runs picked, overlaid with their settings in the legend.

Pick one run and drag the scrubber: the canvas, the hidden-weight images, the error
landscape and a cursor on the curves show the weights after that epoch (the state's
replay, :meth:`~fruitnet_gui.model.training.runlog.RunHistoryMixin.replay_to`); the
live network is left alone, and "Back to live" (or Esc, or any change of the live
network) shows it again. Pick two or more (Ctrl or Shift + click) to compare their
training error; "Reset to initial weights" gives the network the weights the current
run started from, bit for bit.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, number, percent, translate
from fruitnet_gui.model.training.history import same_design
from fruitnet_gui.model.training.run import TrainingRun
from fruitnet_gui.model.training.runlog import Replay
from fruitnet_gui.ui.plot_export import prepare_plot
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import Theme, theme_manager

__all__ = ["COLOURS", "RunsPanel"]

#: Okabe-Ito colours, one per run compared after the theme's two curve colours (then
#: again with another dash).
COLOURS = ("#009E73", "#CC79A7", "#56B4E9", "#E69F00")
_DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
           Qt.PenStyle.DashDotLine)  # fmt: skip
_LINES = ("━━", "╍╍", "┅┅", "━ ·")
#: How a run ended, as its entry says it.
_STATUS = {
    "finished": QT_TRANSLATE_NOOP("Runs", "finished"),
    "stopped": QT_TRANSLATE_NOOP("Runs", "stopped"),
    "failed": QT_TRANSLATE_NOOP("Runs", "failed"),
}


def _summary(run: TrainingRun) -> str:
    """The second line of a run's entry: how far it got and how it ended."""
    if run.live:
        return translate("Runs", "training…")
    n = len(run.history)
    status = translate("Runs", _STATUS.get(run.status, run.status))
    if not n:
        return translate("Runs", "{status}: nothing trained").format(status=status)
    last = run.history[-1]
    text = translate("Runs", "{n} epochs, error {error}, accuracy {accuracy}").format(
        n=n,
        error=number(f"{last.train_error:.4g}"),
        accuracy=percent(last.train_accuracy),
    )
    if run.status != "finished":
        text += translate("Runs", " ({status})").format(status=status)
    if run.weights.released:
        text += translate("Runs", " · curves only")
    return text


_K = Qt.Key
_SLIDER_KEYS = (_K.Key_Left, _K.Key_Right, _K.Key_Up, _K.Key_Down, _K.Key_Home, _K.Key_End,
                _K.Key_PageUp, _K.Key_PageDown)  # fmt: skip


class Scrubber(QSlider):
    """The replay slider. With the focus it keeps its keys: ← → Home End are also the
    stepper's shortcuts, which would step the live network (and end the replay)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in _SLIDER_KEYS:
            event.accept()
            return True
        return super().event(event)


def _log_ticks(low: float, high: float) -> list[tuple[float, str]]:
    """1, 2 and 5 × 10^k between ``low`` and ``high``, placed on the log10 axis
    (pyqtgraph's own log ticks label 0.02 … 0.09 one on top of the other)."""
    if not (np.isfinite(low) and np.isfinite(high)) or low <= 0:
        return []
    ticks = []
    for k in range(int(np.floor(np.log10(low))), int(np.ceil(np.log10(high))) + 1):
        for m in (1, 2, 5):
            v = m * 10.0**k
            if low / 1.5 <= v <= high * 1.5:
                ticks.append((float(np.log10(v)), f"{v:g}"))
    return ticks


class RunsPanel(QWidget):
    """The run list, the scrubber and the comparison plot (see the module)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runs_panel")
        self.session = session
        self.run_list = QListWidget()
        self.run_list.setObjectName("run_list")
        self.run_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.run_list.setMaximumHeight(120)
        # long entries wrap in a narrow dock instead of hiding behind a scroll bar
        self.run_list.setWordWrap(True)
        self.run_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrubber = Scrubber(Qt.Orientation.Horizontal)
        self.scrubber.setObjectName("run_scrubber")
        self.epoch_label = QLabel()
        self.epoch_label.setObjectName("replay_epoch")
        self.live_button = QPushButton()
        self.reset_button = QPushButton()
        for button in (self.live_button, self.reset_button):
            button.setAutoDefault(False)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.plot = pg.PlotWidget()
        self.plot.setObjectName("compare_plot")
        self.plot.setBackground("w")
        # its 480-pixel size hint would make the panel scroll in a short dock: it takes
        # the height there is, at least 160 pixels
        self.plot.setMinimumHeight(160)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self._theme = theme_manager().theme
        item = self.plot.getPlotItem()
        prepare_plot(item)
        item.showGrid(x=True, y=True, alpha=0.25)
        # log scale: runs that end a hundred times apart are both seen to the end
        item.setLogMode(y=True)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        for name in ("left", "bottom"):
            item.getAxis(name).enableAutoSIPrefix(False)
        self.cursor = pg.InfiniteLine(angle=90)
        self.cursor.setVisible(False)
        self.plot.addItem(self.cursor)
        self.legend_label = QLabel()
        self.legend_label.setObjectName("compare_legend")
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        self.curves: dict[int, pg.PlotDataItem] = {}  # by run number
        self._legend: list[str] = []

        # one thing a row: the dock shares the left side of a 1024-pixel window
        self.epoch_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.live_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.run_list)
        layout.addWidget(self.scrubber)
        layout.addWidget(self.epoch_label)
        layout.addLayout(buttons)
        layout.addWidget(self.note_label)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend_label)

        self._set_texts()
        self.run_list.itemSelectionChanged.connect(self._on_selection_changed)
        self.run_list.currentItemChanged.connect(lambda *_a: self._on_current_changed())
        self.scrubber.valueChanged.connect(self._on_scrubbed)
        self.live_button.clicked.connect(session.end_replay)
        self.reset_button.clicked.connect(self.reset_to_initial)
        session.runs_changed.connect(self._refresh)
        session.replay_changed.connect(self._on_replay_changed)
        session.network_changed.connect(self._on_current_changed)
        session.trainer.state_changed.connect(lambda _s: self._on_current_changed())
        theme_manager().changed.connect(self.set_theme)
        self.set_theme(self._theme)
        self._refresh()

    def _set_texts(self) -> None:
        """The fixed texts, in the user's language."""
        self.setAccessibleName(translate("Runs", "Runs"))
        self.setAccessibleDescription(translate(
            "Runs", "Every training run: pick one and move the slider to see its weights "
            "after each epoch; pick two or more to compare their training error"))  # fmt: skip
        self.run_list.setToolTip(
            translate("Runs", "Click a run to replay it; Ctrl+click more to compare them")
        )
        self.run_list.setAccessibleName(translate("Runs", "Training runs"))
        self.scrubber.setToolTip(
            translate("Runs", "Drag to see the weights after each epoch of the run")
        )
        self.scrubber.setAccessibleName(translate("Runs", "Replay the run epoch by epoch"))
        self.live_button.setText(translate("Runs", "Back to live"))
        self.live_button.setToolTip(translate("Runs", "Show the live network again (Esc)"))
        self.reset_button.setText(translate("Runs", "Reset to initial"))
        self.reset_button.setToolTip(translate(
            "Runs", "Reset to initial weights: give the network the weights this run "
            "started from"))  # fmt: skip
        self.plot.setAccessibleName(translate("Runs", "Training error of the runs picked"))
        self.plot.setAccessibleDescription(translate(
            "Runs", "One curve per run, training error per epoch on a log scale; the dashed "
            "line marks the epoch replayed"))  # fmt: skip
        item = self.plot.getPlotItem()
        item.setLabel("left", translate("Runs", "training error (log)"))
        item.setLabel("bottom", translate("Training", "epoch"))

    def retranslate(self) -> None:
        """Every text again in the new language (the list and legend are made of values)."""
        self._set_texts()
        self._refresh()

    def set_theme(self, theme: Theme) -> None:
        """The plot, its cursor, the note and the legend in ``theme``'s colours."""
        self._theme = theme
        self.plot.setBackground(theme.plot_background)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            item.getAxis(name).setPen(pg.mkPen(theme.plot_axis))
            item.getAxis(name).setTextPen(pg.mkPen(theme.plot_axis))
        self.cursor.setPen(pg.mkPen(theme.plot_muted, width=1.5, style=Qt.PenStyle.DashLine))
        self.note_label.setStyleSheet(f"color: {theme.plot_muted};")
        self._on_selection_changed()

    def colours(self) -> list[str]:
        """The colour of the k-th run compared: the theme's two curve colours first."""
        return [self._theme.train_curve, self._theme.test_curve, *COLOURS]

    # -- reading (tests, the main window) ----------------------------------------------
    @property
    def legend_names(self) -> list[str]:
        """What the comparison's legend names, one entry per run drawn."""
        return list(self._legend)

    def current_run(self) -> TrainingRun | None:
        item = self.run_list.currentItem()
        if item is None:
            return None
        return self.session.state.runs.find(item.data(Qt.ItemDataRole.UserRole))

    def selected_runs(self) -> list[TrainingRun]:
        runs = self.session.state.runs
        numbers = sorted(i.data(Qt.ItemDataRole.UserRole) for i in self.run_list.selectedItems())
        return [r for n in numbers if (r := runs.find(n)) is not None]

    def replayable(self, run: TrainingRun | None) -> str:
        """Why ``run`` cannot be scrubbed now, or ``""`` if it can."""
        if run is None:
            return translate("Runs", "Train the network to record a run.")
        if run.live:
            return translate("Runs", "The run is training: it can be replayed when it has ended.")
        if self.session.trainer.is_active():
            return translate("Runs", "Runs can be replayed when training has ended.")
        if run.weights.released:
            return translate("Runs", "Run {number} is old: only its curves were kept.").format(
                number=run.number
            )
        if not same_design(run.initial, self.session.network):
            why = translate(
                "Runs",
                "Run {number} trained another network: “Reset to initial” brings "
                "that network back, to replay or train it again.",
            )
            return why.format(number=run.number)
        return ""

    # -- actions -----------------------------------------------------------------------
    def reset_to_initial(self) -> bool:
        run = self.current_run()
        return run is not None and self.session.reset_to_initial(run)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.session.replay is not None:
            self.session.end_replay()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- showing -----------------------------------------------------------------------
    def _refresh(self) -> None:
        """The list again (a run started or ended), keeping what was picked."""
        chosen = {i.data(Qt.ItemDataRole.UserRole) for i in self.run_list.selectedItems()}
        current = self.current_run()
        newest = self.session.state.runs.runs[-1].number if len(self.session.state.runs) else None
        if current is None or (newest is not None and newest not in self._listed()):
            # a new run is the one to replay; runs being compared stay compared with it
            current_number = newest
            chosen = (chosen if len(chosen) > 1 else set()) | {newest}
        else:
            current_number = current.number
        self.run_list.blockSignals(True)
        self.run_list.clear()
        for run in self.session.state.runs:
            item = QListWidgetItem(f"{run.title()}\n    {_summary(run)}")
            item.setData(Qt.ItemDataRole.UserRole, run.number)
            item.setToolTip(run.title())
            self.run_list.addItem(item)
            if run.number == current_number:  # current without changing what is picked
                self.run_list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
            item.setSelected(run.number in chosen)
        self.run_list.blockSignals(False)
        self._on_current_changed()
        self._on_selection_changed()

    def _listed(self) -> set[int]:
        return {self.run_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.run_list.count())}  # fmt: skip

    def _on_current_changed(self) -> None:
        run = self.current_run()
        why = self.replayable(run)
        replay = self.session.replay
        if replay is not None and replay.run is not run:
            self.session.end_replay()
            replay = None
        self.scrubber.blockSignals(True)
        if why:
            self.scrubber.setRange(0, 0)
        else:
            self.scrubber.setRange(0, len(run.weights) - 1)
            self.scrubber.setPageStep(max(1, len(run.weights) // 10))
            self.scrubber.setValue(len(run.weights) - 1 if replay is None else replay.index)
        self.scrubber.blockSignals(False)
        self.scrubber.setEnabled(not why)
        self.reset_button.setEnabled(run is not None and not run.live)
        self.note_label.setText(why)
        self.note_label.setVisible(bool(why))
        self._show_replay(replay)

    def _on_scrubbed(self, index: int) -> None:
        run = self.current_run()
        if run is not None and not self.replayable(run):
            self.session.replay_to(run, index)

    def _on_replay_changed(self, replay: Replay | None) -> None:
        if replay is not None and self.current_run() is replay.run:
            self.scrubber.blockSignals(True)
            self.scrubber.setValue(replay.index)
            self.scrubber.blockSignals(False)
        elif replay is None:
            run = self.current_run()
            if run is not None and not self.replayable(run):
                self.scrubber.blockSignals(True)
                self.scrubber.setValue(self.scrubber.maximum())
                self.scrubber.blockSignals(False)
        self._show_replay(replay)

    def _show_replay(self, replay: Replay | None) -> None:
        self.live_button.setEnabled(replay is not None)
        if replay is None:
            self.epoch_label.setText(translate("Runs", "Showing the live network"))
            self.cursor.setVisible(False)
            return
        weights = replay.run.weights
        trained = len(replay.run.history)
        self.epoch_label.setText(
            translate("Runs", "Run {number}: {weights} of {trained}").format(
                number=replay.run.number, weights=weights.label(replay.index), trained=trained
            )
        )
        self.cursor.setPos(replay.epoch)
        self.cursor.setVisible(True)

    def _on_selection_changed(self) -> None:
        """The training error of every run picked, with its settings in the legend."""
        for curve in self.curves.values():
            self.plot.removeItem(curve)
        self.curves.clear()
        entries = []
        low, high = np.inf, -np.inf
        palette = self.colours()
        for k, run in enumerate(self.selected_runs()):
            colour = palette[k % len(palette)]
            dash = _DASHES[k % len(_DASHES)]  # colour and dash: more than colour differs
            x, y = run.history.column("epoch"), run.history.column("train_error")
            if not np.all(y > 0):  # log scale: an error of 0 (or NaN) is left out
                keep = y > 0
                x, y = x[keep], y[keep]
            if len(y):
                low, high = min(low, float(y.min())), max(high, float(y.max()))
            curve = self.plot.plot(x, y, pen=pg.mkPen(colour, width=2.5, style=dash))
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            self.curves[run.number] = curve
            entries.append((colour, _LINES[k % len(_LINES)], run.title()))
        self.plot.getAxis("left").setTicks([_log_ticks(low, high), []] if high > 0 else None)
        self._legend = [name for _c, _l, name in entries]
        self.legend_label.setText(
            "<br>".join(
                f'<span style="color:{c}; font-weight:bold">{line}</span>&nbsp;'
                f'<span style="color:{self._theme.plot_axis}">{name}</span>'
                for c, line, name in entries
            )
            or f'<span style="color:{self._theme.plot_muted}">'
            + translate("Runs", "Pick runs above to see their training error here.")
            + "</span>"
        )
