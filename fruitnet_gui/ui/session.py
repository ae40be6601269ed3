"""The window's live state: a thin Qt adapter around :class:`AppState`.

The state itself (network, sample, iteration and cursor, pencil, level, datasets, the
training run) is :class:`fruitnet_gui.model.state.AppState`, Qt-free, shared with the
command line. This QObject turns its events into the signals the views subscribe to,
and owns the :class:`TrainingRunner` that trains in another process.

Views take the session in their constructor, read from it and subscribe to its
signals; they change it only through its methods. The session holds no widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QObject, Signal

from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.net.conventions import Conventions
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.state import AppState, default_sample
from fruitnet_gui.model.teaching.iteration import Cursor, Iteration, Level, SubStep
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate
from fruitnet_gui.model.training import Progress, TrainingConfig
from fruitnet_gui.model.training.run import TrainingRun
from fruitnet_gui.model.training.runlog import Replay

__all__ = ["Session", "default_input"]


def default_input(network: Network) -> np.ndarray:
    """The input a network starts with (see :func:`~fruitnet_gui.model.state.default_sample`)."""
    return default_sample(network).x


#: What replacing the network is called in the question about unsaved work.
_SWITCHING = QT_TRANSLATE_NOOP("Unsaved", "switching to another network")
_OPENING_PRESET = {
    "paper": QT_TRANSLATE_NOOP("Unsaved", "opening the paper's network"),
    "fruit": QT_TRANSLATE_NOOP("Unsaved", "opening the fruit network"),
}


class Session(QObject):
    """Network, input, target, the iteration being stepped and its cursor.

    Signals
    -------
    network_changed
        A different network (shape may differ: preset switch, file loaded). Views
        rebuild their layout.
    input_changed
        The input vector or the label changed (or an edit of it was refused: the
        editors show the sample as it still is).
    iteration_changed
        A new iteration was built (restart): after any change of network, weights,
        input, label, pencil mode, or "Next iteration".
    cursor_moved(int)
        The number of revealed sub-steps changed.
    level_changed(object)
        The grouping level (a :class:`Level`) changed.
    history_changed
        The list of E_total per completed iteration changed.
    error_occurred(str)
        Something the user asked for could not be done; the message says why and the
        state is as it was.
    dataset_changed
        The training or test set was replaced or edited.
    weights_changed
        The network's weights changed without a change of shape (training, a trained
        model adopted); views redraw, the input stays.
    run_changed(object)
        A training run (a :class:`TrainingRun`) started or ended.
    replay_changed(object)
        A run's epoch is shown (a :class:`Replay`: its ``network``, ``run``, ``epoch``)
        instead of the live network, or None: the live network again.
    runs_changed
        The run list changed, or what Edit → Undo / Redo would do.

    Training runs in :attr:`trainer` (a :class:`TrainingRunner`); see
    :meth:`start_training`. While a run is live it owns the network: edits of the
    network, the sample or the datasets are refused with a message (``error_occurred``).
    """

    network_changed = Signal()
    input_changed = Signal()
    iteration_changed = Signal()
    cursor_moved = Signal(int)
    level_changed = Signal(object)
    history_changed = Signal()
    error_occurred = Signal(str)
    dataset_changed = Signal()
    weights_changed = Signal()
    run_changed = Signal(object)
    replay_changed = Signal(object)
    runs_changed = Signal()

    def __init__(self, network: Network | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = AppState(network)
        #: Asked before the network is replaced (the window's Save / Discard / Cancel
        #: about unsaved work): ``confirm_replace(doing) -> bool``.
        self.confirm_replace: Callable[..., bool] | None = None
        ev = self.state.events
        ev.network.connect(lambda _e: self.network_changed.emit())
        ev.sample.connect(lambda _e: self.input_changed.emit())
        ev.iteration.connect(lambda _e: self.iteration_changed.emit())
        ev.cursor.connect(lambda e: self.cursor_moved.emit(e.position))
        ev.level.connect(lambda e: self.level_changed.emit(e.level))
        ev.history.connect(lambda _e: self.history_changed.emit())
        ev.error.connect(lambda e: self.error_occurred.emit(e.message))
        ev.dataset.connect(lambda _e: self.dataset_changed.emit())
        ev.weights.connect(lambda _e: self.weights_changed.emit())
        ev.run.connect(lambda e: self.run_changed.emit(e.run))
        ev.replay.connect(lambda e: self.replay_changed.emit(e.replay))
        ev.runs.connect(lambda _e: self.runs_changed.emit())
        from fruitnet_gui.ui.training.worker import TrainingRunner

        self.trainer = TrainingRunner(self)
        # First of the runner's listeners: the run's weights are adopted before the
        # views hear that it finished.
        self.trainer.finished.connect(self._on_training_finished)

    # -- state (read) --------------------------------------------------------------------
    @property
    def preset_name(self) -> str:
        return self.state.preset_name

    @preset_name.setter
    def preset_name(self, name: str) -> None:
        self.state.preset_name = name

    @property
    def network(self) -> Network:
        """The network at the start of the current iteration."""
        return self.state.network

    @property
    def shown_network(self) -> Network:
        """Old weights plus the updates revealed so far."""
        return self.state.shown_network

    @property
    def cursor(self) -> Cursor:
        return self.state.cursor

    @property
    def history(self) -> list[float]:
        """E_total of every completed iteration since the last restart, in order."""
        return self.state.history

    @property
    def iteration(self) -> Iteration:
        return self.state.iteration

    @property
    def iteration_number(self) -> int:
        """1 for the first iteration since the last restart."""
        return self.state.iteration_number

    @property
    def x(self) -> np.ndarray:
        return self.state.x

    @property
    def image(self) -> np.ndarray:
        """The input laid out as the model's input shape (rows × columns)."""
        return self.state.x.reshape(self.network.input_shape)

    @property
    def label(self) -> str:
        return self.state.label

    @property
    def target(self) -> np.ndarray:
        return self.state.target

    @property
    def pencil(self) -> int | None:
        return self.state.pencil

    @property
    def level(self) -> Level:
        return self.state.level

    @property
    def position(self) -> int:
        return self.state.position

    @property
    def current(self) -> SubStep | None:
        return self.state.current

    @property
    def dataset(self) -> Dataset | None:
        return self.state.dataset

    @property
    def test_set(self) -> Dataset | None:
        return self.state.test_set

    @property
    def run(self) -> TrainingRun | None:
        """The live training run, or the last one."""
        return self.state.run

    @property
    def runs(self) -> list[TrainingRun]:
        """Every run of the session that is still listed, oldest first."""
        return list(self.state.runs)

    @property
    def replay(self) -> Replay | None:
        """The run and snapshot being replayed, or None."""
        return self.state.replay

    @property
    def replayed_network(self) -> Network | None:
        return self.state.replayed_network

    def revealed_values(self) -> dict[str, float]:
        return self.state.iteration.values(self.state.position)

    def edit_refusal(self, what: str) -> str:
        """Why ``what`` cannot be edited now (a run owns the network), or ``""``: for a
        view that changes a dataset object in place before handing it over."""
        return self.state.refusal(what)

    # -- changing the model or the sample (each restarts the iteration) -------------------
    def may_replace(self, doing: str) -> bool:
        """May the network be replaced? Asks the window's question about unsaved work
        (:attr:`confirm_replace`; without a window, yes)."""
        return self.confirm_replace is None or self.confirm_replace(doing)

    def set_network(self, network: Network, preset_name: str = "", *, blank: bool = False,
                    doing: str = _SWITCHING, start=None) -> bool:  # fmt: skip
        """Use another network; the input goes back to the default for its shape (an
        empty image with ``blank``). A run in progress is stopped and forgotten (its
        weights are for the network that was replaced). The datasets are kept. False if
        a lesson locks the network or the user kept their unsaved work (Cancel).
        ``start``: a lesson's (sample, target, pencil, checked iteration), see
        ``AppState.set_network``."""
        if self.state.lesson_refused(
            QT_TRANSLATE_NOOP("State", "the network")
        ) or not self.may_replace(doing):
            return False
        live = self.state.run is not None and self.state.run.live
        self.state.set_network(network, preset_name, blank=blank, start=start)
        if live:
            self.trainer.stop()
        return True

    def load_preset(self, name: str, seed: int = 0) -> bool:
        if self.state.lesson_refused(QT_TRANSLATE_NOOP("State", "the network")):
            return False
        if name in _OPENING_PRESET and not self.may_replace(_OPENING_PRESET[name]):
            return False
        live = self.state.run is not None and self.state.run.live
        done = self.state.load_preset(name, seed)
        if done and live:
            self.trainer.stop()
        return done

    def set_input(self, x: Sequence[float] | np.ndarray) -> bool:
        """A new input vector (or image, painted in the editor); values must be finite and
        in [0, 1]."""
        if not self.state.set_sample(x, None):
            return False
        self.state.unsaved["sample"] = QT_TRANSLATE_NOOP("Unsaved", "the picture you painted")
        return True

    def set_label(self, label: str) -> bool:
        return self.state.set_sample(None, label)

    def set_sample(
        self,
        x: Sequence[float] | np.ndarray,
        label: str,
        *,
        target: Sequence[float] | np.ndarray | None = None,
        features: bool = False,
    ) -> bool:
        """Input and label together, with one restart (a dataset sample).

        ``target``: the sample's own target vector (a soft target; ``label`` is its
        argmax), else the label's one-hot vector. ``features``: the input is a sample of
        a features dataset, any finite numbers rather than gray levels."""
        return self.state.set_sample(x, label, target=target, features=features)

    def set_weight(self, name: str, value: float) -> bool:
        """Give one weight (``w5``, ``bw3``) of the shown network a new value and restart."""
        return self.state.set_weight(name, value)

    def set_learning_rate(self, lr: float) -> bool:
        return self.state.set_learning_rate(lr)

    def set_conventions(self, conventions: Conventions) -> bool:
        """The same network under other textbook conventions (a new iteration)."""
        return self.state.set_conventions(conventions)

    def set_pencil(self, decimals: int | None) -> None:
        """Pencil mode with ``decimals`` decimals, or exact arithmetic for ``None``."""
        self.state.set_pencil(decimals)

    def set_level(self, level: Level | str) -> None:
        self.state.set_level(level)

    # -- the cursor ----------------------------------------------------------------------
    def step(self) -> bool:
        return self.state.move("step")

    def back(self) -> bool:
        return self.state.move("back")

    def run_to_phase_end(self) -> bool:
        return self.state.move("phase_end")

    def finish(self) -> bool:
        return self.state.move("finish")

    def reset(self) -> bool:
        return self.state.move("reset")

    def seek(self, position: int) -> bool:
        return self.state.move("seek", position)

    def next_iteration(self) -> bool:
        """After the last sub-step: a new iteration on the same sample, updated weights."""
        return self.state.next_iteration()

    # -- datasets ------------------------------------------------------------------------
    def set_dataset(self, data: Dataset | None, test: Dataset | None = None) -> bool:
        """Use ``data`` (and ``test``) for the browser and for training."""
        return self.state.set_dataset(data, test)

    def load_sample(self, index: int, *, test: bool = False) -> bool:
        """Put sample ``index`` of the training (or test) set into the editor."""
        return self.state.load_sample(index, test=test)

    def add_current_sample(self) -> bool:
        """Add the drawing in the editor, with its label, to the training set."""
        return self.state.edit_dataset("add")

    def remove_sample(self, index: int) -> bool:
        return self.state.edit_dataset("remove", index)

    def relabel_sample(self, index: int, label: str) -> bool:
        return self.state.edit_dataset("relabel", index, label)

    # -- training ------------------------------------------------------------------------
    def start_training(self, config: TrainingConfig) -> bool:
        """Train a copy of the network in the training process.

        What it trains on is the state's choice (:meth:`AppState.training_data`): the
        training set, or the one sample in the editor for a net without a dataset.
        """
        if self.trainer.is_active() and not (self.run is not None and self.run.superseded):
            self.error_occurred.emit(
                translate("State", "training is already running; stop it first")
            )
            return False
        if self.trainer.is_active():
            # a superseded run is still winding down: this one starts when it has
            self.error_occurred.emit(
                translate("Worker", "the previous run is still stopping; try again")
            )
            return False
        run = self.state.begin_run(config)
        if run is None:
            return False
        if not self.trainer.start_run(run):
            self.state.end_run(run)  # refused (a bad setting): the record says why
            return False
        return True

    def adopt_network(self, network: Network) -> bool:
        """Continue with ``network``'s weights (same shape), keeping the input."""
        return self.state.adopt_network(network)

    # -- the run history -----------------------------------------------------------------
    def replay_to(self, run: TrainingRun, index: int) -> bool:
        """Show snapshot ``index`` of ``run`` instead of the live network."""
        return self.state.replay_to(run, index)

    def end_replay(self) -> None:
        self.state.end_replay()

    def undo(self) -> bool:
        """Undo the last change of the weights (a weight typed, a run, a reset)."""
        return self.state.undo()

    def redo(self) -> bool:
        return self.state.redo()

    def reset_to_initial(self, run: TrainingRun) -> bool:
        """The weights ``run`` started from (its network, if it was another), after the
        window's question about unsaved work that this would replace (Cancel: False)."""
        from fruitnet_gui.model.training.history import same_design

        doing = translate("Unsaved", "resetting to the weights run {number} started from").format(
            number=run.number
        )
        if not same_design(run.initial, self.network):
            if self.state.lesson_refused("the network") or not self.may_replace(doing):
                return False
        elif self.confirm_replace is not None and not self.confirm_replace(doing, ("weights",)):
            return False
        return self.state.reset_to_initial(run)

    def _on_training_finished(self, _progress: Progress) -> None:
        run = self.trainer.run
        if run is not None:
            self.state.end_run(run, adopt=not self.trainer.closed)
