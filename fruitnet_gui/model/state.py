"""The application's state without Qt: network, sample, iteration, cursor, settings, run.

:class:`AppState` is what the window shows and the command line traces: the network,
the sample (input and label), the iteration being stepped and its cursor, pencil mode,
the grouping level, the datasets and the current :class:`~fruitnet_gui.model.training.run.
TrainingRun`. Every change goes through a method, which checks it and then says what
changed on ``state.events`` (napari's evented models are the pattern: one emitter per
kind of change, callbacks connected by name). The window's ``Session`` is a thin Qt
adapter that turns these events into its signals.

One policy, one place: :func:`default_sample` is the sample both ``fruitnet trace``
and the window start a network with (they used to differ: a 2-3-2 model traced the
tomato and opened on the red apple); :meth:`AppState.training_data` chooses what a run
trains and is judged on; :meth:`AppState.refused` is the one lock while a run owns the
network.

Lesson files, practice mode and a run history will save and extend this state, so it
is plain data with :meth:`AppState.to_dict`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from fruitnet_gui.model.data.dataset import Dataset, mismatch
from fruitnet_gui.model.errors import FruitNetError, ModelError
from fruitnet_gui.model.events import EmitterGroup
from fruitnet_gui.model.lesson_start import begin_with
from fruitnet_gui.model.net.conventions import Conventions
from fruitnet_gui.model.net.limits import MAX_VALUE
from fruitnet_gui.model.net.network import PAPER_INPUT, Network, fruit_network, paper_network
from fruitnet_gui.model.teaching.iteration import Cursor, Iteration, Level, SubStep
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, grouped, translate
from fruitnet_gui.model.training.run import TrainingRun
from fruitnet_gui.model.training.runlog import Replay, RunHistoryMixin, RunLog
from fruitnet_gui.model.training.undo import WeightUndo

__all__ = ["EVENTS", "AppState", "Sample", "default_sample"]

#: The state's events. ``network``: another network (its shape may differ); ``sample``:
#: the input or label; ``iteration``: a new iteration was built; ``cursor(position)``;
#: ``level(level)``; ``history``: the E_total list; ``dataset``; ``weights``: new weights,
#: same shape (a trained model adopted); ``error(message)``: something asked for was
#: refused, the state is as it was; ``run(run, what)``: a run ``started``/``ended``;
#: ``replay(replay)``: a run's epoch is shown (a :class:`Replay`) or None, the live
#: network again; ``runs``: the run list, or what Edit → Undo / Redo would do, changed.
EVENTS = ("network", "sample", "iteration", "cursor", "level", "history", "dataset",
          "weights", "error", "run", "replay", "runs")  # fmt: skip

#: The 6×6 image nets start on the first hand-drawn red apple.
_IMAGE_SHAPE = (6, 6)


@dataclass(frozen=True, eq=False)
class Sample:
    """An input vector and its label (the class it is, one of the network's)."""

    x: np.ndarray
    label: str

    def target(self, network: Network) -> np.ndarray:
        return network.target_for(self.label)

    def to_dict(self) -> dict:
        return {"input": [float(v) for v in self.x], "label": self.label}


#: Which lesson lock (lesson_io.CONTROLS) holds each thing an edit may change.
_LESSON_CONTROL = {
    "the weights": "weights",
    "the sample": "sample",
    "the datasets": "sample",
    "the learning rate": "conventions",
    "the conventions": "conventions",
    "the network": "network",
    "training": "training",
    "practice": "practice",
}


def default_sample(network: Network) -> Sample:
    """The sample a network starts with, in the window and in ``fruitnet trace``.

    A net with two inputs gets the paper's sample (0.15, 0.35), a tomato: its label is
    ``tomato`` if the net has that class, else the paper's one-hot target [0, 1] read as
    the second class of a two-class net. A 6×6 image net gets the first hand-drawn red
    apple (label ``red apple`` if it has it). Any other net: an empty (all-zero) input and
    its first class.
    """
    classes = network.classes
    if network.n_inputs == 2:
        label = "tomato" if "tomato" in classes else classes[1] if len(classes) == 2 else classes[0]
        return Sample(PAPER_INPUT.copy(), label)
    if network.input_shape == _IMAGE_SHAPE:
        from fruitnet_gui.model.data.fruits import APPLES

        label = "red apple" if "red apple" in classes else classes[0]
        return Sample(APPLES[0].ravel().copy(), label)
    return Sample(np.zeros(network.n_inputs), classes[0])


class AppState(RunHistoryMixin):
    """Network, sample, iteration and cursor, pencil and level, datasets and the runs.

    Views read the properties; they change the state only through the methods, each of
    which returns whether it did and otherwise emits ``events.error`` with the reason.
    """

    def __init__(self, network: Network | None = None) -> None:
        self.events = EmitterGroup(self, EVENTS)
        self._network = network if network is not None else paper_network()
        sample = default_sample(self._network)
        self._x, self._label = sample.x, sample.label
        #: An explicit target vector (a soft target from a dataset), or None: one-hot.
        self._target: np.ndarray | None = None
        self._pencil: int | None = None
        self._level = Level.QUANTITY
        self.preset_name = "paper" if network is None else ""
        #: E_total of every completed iteration since the last restart, in order.
        self.history: list[float] = []
        self._iteration_number = 1
        self._recorded = False
        self._iteration = Iteration(self._network, self._x, self.target, pencil=self._pencil)
        self.cursor = Cursor(self._iteration, self._level)
        #: The training set and the test set shown in the dataset browser.
        self.dataset: Dataset | None = None
        self.test_set: Dataset | None = None
        #: The run that is live, or the last one (None before the first).
        self.run: TrainingRun | None = None
        self._runs = 0
        #: Every run (the run history), the epoch replayed,
        #: and the run whose trained weights the network has.
        self.runs = RunLog()
        self.changes = WeightUndo()  # Edit → Undo / Redo: edits, runs, resets, in order
        self.replay: Replay | None = None
        self.made_by: TrainingRun | None = None
        #: What an open lesson locks (lesson_io.CONTROLS), and the lesson itself (or None).
        self.lesson_locks: frozenset[str] = frozenset()
        self.lesson = None
        #: Work no file holds yet by kind (weights, sample, dataset, practice), as asked.
        self.unsaved: dict[str, str] = {}

    # -- reading ------------------------------------------------------------------------
    @property
    def network(self) -> Network:
        """The network at the start of the current iteration."""
        return self._network

    @property
    def shown_network(self) -> Network:
        """Old weights plus the updates revealed so far."""
        return self.cursor.network()

    @property
    def iteration(self) -> Iteration:
        return self._iteration

    @property
    def iteration_number(self) -> int:
        return self._iteration_number

    @property
    def x(self) -> np.ndarray:
        return self._x.copy()

    @property
    def label(self) -> str:
        return self._label

    @property
    def sample(self) -> Sample:
        return Sample(self._x.copy(), self._label)

    @property
    def target(self) -> np.ndarray:
        """The one-hot vector of the label, or the sample's own target vector."""
        if self._target is not None:
            return self._target.copy()
        return self._network.target_for(self._label)

    @property
    def pencil(self) -> int | None:
        return self._pencil

    @property
    def level(self) -> Level:
        return self._level

    @property
    def position(self) -> int:
        return self.cursor.position

    @property
    def current(self) -> SubStep | None:
        return self.cursor.current

    # -- the lock -----------------------------------------------------------------------
    def refusal(self, what: str) -> str:
        """Why changing ``what`` must wait, or ``""`` if it may change now."""
        control = _LESSON_CONTROL.get(what)
        if control in self.lesson_locks:
            if control == "practice":
                return translate(
                    "State", "This lesson is done in Your turn: the teacher keeps it on."
                )
            return translate(
                "State", "This lesson locks {what}: the teacher set them for this lesson."
            ).format(what=translate("State", what))
        if self.run is not None and self.run.locks_edits:
            return translate(
                "State",
                "Training is in progress: {what} cannot change until it ends (Stop "
                "ends it, keeping the weights learnt so far).",
            ).format(what=translate("State", what))
        return ""

    def lesson_refused(self, what: str) -> bool:
        """True (and ``events.error`` says why) if an open lesson locks ``what``; a live
        run does not lock switching the network (the run is superseded)."""
        control = _LESSON_CONTROL.get(what)
        if control not in self.lesson_locks:
            return False
        self.events.error(message=self.refusal(what))
        return True

    def refused(self, what: str) -> bool:
        """True (and ``events.error`` says why) while a live run owns the network."""
        why = self.refusal(what)
        if why:
            self.events.error(message=why)
        return bool(why)

    def _fail(self, message: str) -> bool:
        self.events.error(message=message)
        return False

    # -- the network --------------------------------------------------------------------
    def set_network(self, network: Network, preset_name: str = "", *, blank: bool = False,
                    start: tuple | None = None) -> None:  # fmt: skip
        """Use another network; the sample goes back to its default (an empty image with
        ``blank``). A live run is superseded: it is stopped by its runner, its weights
        are not adopted. The datasets are kept. ``start``: see :mod:`.lesson_start`."""
        if self.run is not None and self.run.live:
            self.run.superseded = True
        self.changes.clear()
        self.made_by = None
        self._network = network
        self.preset_name = preset_name
        sample = default_sample(network)
        self._x = np.zeros(network.n_inputs) if blank else sample.x
        self._label, self._target = sample.label, None
        self.mark_saved("weights", "sample", "practice")  # they went with the old network
        self._restart(clear_history=True, iteration=begin_with(self, *start) if start else None)
        self.events.network()
        self.events.sample()
        self.events.dataset()

    def load_preset(self, name: str, seed: int = 0) -> bool:
        if name == "paper":
            self.set_network(paper_network(), "paper")
        elif name == "fruit":
            self.set_network(fruit_network(seed), "fruit")
        else:
            return self._fail(
                translate("State", "unknown preset {name}: use paper or fruit").format(
                    name=repr(name)
                )
            )
        return True

    def set_weight(self, name: str, value: float) -> bool:
        """Give one weight (``w5``, ``bw3``) of the shown network a new value and restart."""
        if self.refused(QT_TRANSLATE_NOOP("State", "the weights")):
            return False
        try:
            value = float(value)
            if not np.isfinite(value):
                raise ModelError(translate("State", "a weight must be a finite number"))
            if abs(value) > MAX_VALUE:
                raise ModelError(
                    translate("State", "a weight must lie between -{low} and {high}").format(
                        low=grouped(MAX_VALUE), high=grouped(MAX_VALUE)
                    )
                )
            ref = self._iteration.naming.weight_ref(name)
        except KeyError:
            return self._fail(
                translate("State", "there is no weight called {name} in this network").format(
                    name=repr(name)
                )
            )
        except (FruitNetError, ValueError, TypeError) as exc:
            return self._fail(str(exc))
        shown = self.shown_network
        ws = [w.copy() for w in shown.weights]
        bs = [b.copy() for b in shown.biases]
        if ref.i is None:
            if shown.conventions.bias == "per_layer":
                bs[ref.layer][:] = value  # one bias weight shared by the layer
            else:
                bs[ref.layer][ref.j] = value
        else:
            ws[ref.layer][ref.i, ref.j] = value
        self._network = shown.with_params(ws, bs)
        self.unsaved["weights"] = QT_TRANSLATE_NOOP("Unsaved", "a weight you typed")
        self._restart(clear_history=True)
        self.record_edit(name, shown)
        return True

    def set_learning_rate(self, lr: float) -> bool:
        if self.refused(QT_TRANSLATE_NOOP("State", "the learning rate")):
            return False
        try:
            net = self._network.with_learning_rate(lr)  # keeps its conventions
        except (FruitNetError, ValueError, TypeError) as exc:
            return self._fail(str(exc))
        self._network = net
        self._restart(clear_history=True)
        return True

    def set_conventions(self, conventions: Conventions) -> bool:
        """The same network under other textbook conventions (a new iteration)."""
        if conventions == self._network.conventions:
            return True
        if self.refused(QT_TRANSLATE_NOOP("State", "the conventions")):
            return False
        try:
            net = self._network.with_conventions(conventions)
        except FruitNetError as exc:
            return self._fail(str(exc))
        self._network = net
        self._restart(clear_history=True)
        return True

    def adopt_network(self, network: Network) -> bool:
        """Continue with ``network``'s weights (same shape), keeping the sample."""
        if network.layers != self._network.layers:
            return self._fail(translate("State", "the trained network has another shape"))
        self._network = network
        self.unsaved["weights"] = QT_TRANSLATE_NOOP("Unsaved", "the trained weights")
        self._restart(clear_history=True)
        self.events.weights()
        return True

    # -- the sample ---------------------------------------------------------------------
    def checked_input(self, x: Sequence[float] | np.ndarray, *,
                      features: bool = False) -> np.ndarray | None:  # fmt: skip
        """``x`` as a flat float array, or None after saying what is wrong with it.

        Gray levels lie in [0, 1]; ``features`` (a sample of a features dataset) may be
        any finite numbers the network takes."""
        n = self._network.n_inputs
        try:
            arr = np.asarray(x, dtype=np.float64).ravel()
            if arr.shape != (n,):
                raise ModelError(
                    translate("State", "this network takes {n} inputs, got {got}").format(
                        n=n, got=arr.size
                    )
                )
            if not np.all(np.isfinite(arr)):
                raise ModelError(
                    translate("State", "input values must be numbers (not NaN or infinity)")
                )
            if features:
                self._network.check_input(arr)
            elif np.any(arr < 0) or np.any(arr > 1):
                raise ModelError(translate("State", "input values are gray levels between 0 and 1"))
        except (FruitNetError, ValueError, TypeError) as exc:
            self._fail(str(exc))
            return None
        return arr

    def set_sample(self, x: Sequence[float] | np.ndarray | None = None,
                   label: str | None = None, *,
                   target: Sequence[float] | np.ndarray | None = None,
                   features: bool = False) -> bool:  # fmt: skip
        """A new input and/or label, with one restart (``None`` keeps that part; a new
        label without ``target`` has its one-hot target).

        ``target``: the sample's own target vector (a soft target; ``label`` is its
        argmax). ``features``: the input is a sample of a features dataset, any finite
        numbers rather than gray levels."""
        if self.refused(QT_TRANSLATE_NOOP("State", "the sample")):
            self.events.sample()  # the editor shows the sample as it still is
            return False
        if label is not None and label not in self._network.classes:
            return self._fail(translate("State", "unknown label {label}").format(label=repr(label)))
        arr = self._x if x is None else self.checked_input(x, features=features)
        if arr is None:
            return False
        if label is None:
            label, target = self._label, self._target
        elif target is not None:
            try:
                target = self._network.check_target(target).reshape(-1).copy()
            except (FruitNetError, ValueError, TypeError) as exc:
                return self._fail(str(exc))
            if self._network.classes[int(np.argmax(target))] != label:
                return self._fail(
                    translate(
                        "State", "{label} is not the class of the largest target value"
                    ).format(label=repr(label))
                )
            if np.array_equal(target, self._network.target_for(label)):
                target = None
        same_target = (target is None and self._target is None) or (
            target is not None and self._target is not None
            and np.array_equal(target, self._target)
        )  # fmt: skip
        if label == self._label and same_target and np.array_equal(arr, self._x):
            return True
        self._x, self._label, self._target = arr, label, target
        self._restart(clear_history=True)
        self.events.sample()
        return True

    # -- settings -----------------------------------------------------------------------
    def set_pencil(self, decimals: int | None) -> None:
        """Pencil mode with ``decimals`` decimals, or exact arithmetic for ``None``."""
        if decimals == self._pencil:
            return
        self._pencil = decimals
        # The same iteration, computed another way: it must not count as a new one.
        self._restart(clear_history=False, keep_position=self.cursor.position,
                      recorded=self._recorded)  # fmt: skip

    def set_level(self, level: Level | str) -> None:
        level = Level(level)
        if level is self._level:
            return
        self._level = level
        self.cursor.level = level
        self.events.level(level=level)

    def _restart(self, *, clear_history: bool, keep_position: int = 0,
                 recorded: bool = False, iteration: Iteration | None = None) -> None:  # fmt: skip
        self.end_replay()  # the live network changed: it is the one shown
        if clear_history:
            self.history = []
            self._iteration_number = 1
            self.events.history()
        it = iteration or Iteration(self._network, self._x, self.target, pencil=self._pencil)
        self._iteration, self.cursor = it, Cursor(it, self._level)
        self._recorded = recorded
        self.cursor.seek(min(keep_position, len(self._iteration)))
        self.events.iteration()
        self.events.cursor(position=self.cursor.position)
        self._record_if_done()

    # -- the cursor ---------------------------------------------------------------------
    def move(self, how: str, position: int = 0) -> bool:
        """``step``, ``back``, ``phase_end``, ``finish``, ``reset`` or ``seek`` (to
        ``position``); False if the cursor did not move (or a run owns the network)."""
        if self.refused(QT_TRANSLATE_NOOP("State", "the iteration shown")):
            return False
        c = self.cursor
        before = c.position
        if how == "seek":
            c.seek(position)
        else:
            {"step": c.step, "back": c.back, "phase_end": c.run_to_phase_end,
             "finish": c.finish, "reset": c.reset}[how]()  # fmt: skip
        if c.position == before:
            return False
        self.end_replay()
        self.events.cursor(position=c.position)
        self._record_if_done()
        return True

    def next_iteration(self) -> bool:
        """After the last sub-step: a new iteration on the same sample, updated weights."""
        if not self.cursor.at_end or self.refused(QT_TRANSLATE_NOOP("State", "the weights")):
            return False
        self._network = self._iteration.network_after()
        self._iteration_number += 1
        self._restart(clear_history=False)
        return True

    def _record_if_done(self) -> None:
        if self.cursor.at_end and not self._recorded:
            self._recorded = True
            self.history.append(self._iteration.error)
            self.events.history()

    # -- datasets -----------------------------------------------------------------------
    def set_dataset(self, data: Dataset | None, test: Dataset | None = None) -> bool:
        """Use ``data`` (and ``test``) for the browser and for training."""
        if self.refused(QT_TRANSLATE_NOOP("State", "the datasets")):
            return False
        for d in (data, test):
            if d is not None and (why := mismatch(d, self._network)):
                return self._fail(
                    translate("State", "this dataset does not fit the network: {why}").format(
                        why=why
                    )
                )
        self.dataset, self.test_set = data, test
        self.mark_saved("dataset")  # what is shown now came from a file (or is none)
        self.events.dataset()
        return True

    def load_sample(self, index: int, *, test: bool = False) -> bool:
        """Put sample ``index`` of the training (or test) set into the editor."""
        data = self.test_set if test else self.dataset
        if data is None or not 0 <= index < len(data):
            return self._fail(translate("State", "there is no such sample"))
        pixels, label = data.sample(index)
        return self.set_sample(pixels.ravel(), label, target=data.target(index),
                               features=data.kind == "features")  # fmt: skip

    def edit_dataset(self, how: str, index: int = 0, label: str = "") -> bool:
        """``add`` the editor's sample to the training set, ``remove`` or ``relabel``
        sample ``index`` of it."""
        if self.refused(QT_TRANSLATE_NOOP("State", "the datasets")):
            return False
        if how == "add" and self.dataset is None:
            shape = self._network.input_shape
            self.dataset = Dataset(None, [], classes=self._network.classes, shape=shape)
        if self.dataset is None:
            return False
        try:
            if how == "add":
                self.dataset.add(self._x.reshape(self._network.input_shape), self._label,
                                 target=self._target)  # fmt: skip
            elif how == "remove":
                self.dataset.remove(index)
            else:
                self.dataset.relabel(index, label)
        except FruitNetError as exc:
            return self._fail(str(exc))
        self.unsaved["dataset"] = QT_TRANSLATE_NOOP("Unsaved", "changes to the training set")
        self.events.dataset()
        return True

    # -- training -----------------------------------------------------------------------
    def training_data(self) -> tuple[str, np.ndarray, np.ndarray, np.ndarray | None,
                                     np.ndarray | None]:  # fmt: skip
        """What a run would train on now: ``(source, inputs, targets, test inputs, test
        targets)``. The training set if the network can read it; else the one sample in
        the editor, as the worked example would continue (then no test set: one sample
        is judged on itself)."""
        data, test, net = self.dataset, self.test_set, self._network
        if data is None or not len(data) or mismatch(data, net):
            return "sample in the editor", self._x[None, :], self.target[None, :], None, None
        tx = tt = None
        if test is not None and len(test) and not mismatch(test, net) and len(data) > 1:
            tx, tt = test.inputs(), test.targets()
        return "training set", data.inputs(), data.targets(), tx, tt

    # -- saving -------------------------------------------------------------------------
    def mark_saved(self, *kinds: str) -> None:
        """A file now holds these kinds of work (all of them if none is named)."""
        for kind in kinds or tuple(self.unsaved):
            self.unsaved.pop(kind, None)

    def to_dict(self) -> dict:
        """The state as plain JSON-able values (the network in the model file format)."""
        from fruitnet_gui.files.model_io import model_to_dict

        return {
            "network": model_to_dict(self._network),
            "preset": self.preset_name,
            "sample": self.sample.to_dict(),
            "pencil": self._pencil,
            "level": self._level.value,
            "iteration": self._iteration_number,
            "position": self.cursor.position,
            "history": list(self.history),
            "run": None if self.run is None else self.run.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> AppState:
        """The state :meth:`to_dict` wrote (the run is a record of the past: not
        restored as a live run). Raises FruitNetError for data that does not fit."""
        from fruitnet_gui.files.model_io import model_from_dict

        state = cls(model_from_dict(data["network"], "<state>"))
        state.preset_name = str(data.get("preset", ""))
        sample = data.get("sample") or {}
        if sample and not state.set_sample(sample.get("input"), sample.get("label")):
            raise ModelError(translate("State", "the saved sample does not fit the saved network"))
        state.set_level(data.get("level", Level.QUANTITY.value))
        state.set_pencil(data.get("pencil"))
        state.move("seek", int(data.get("position", 0)))
        return state
