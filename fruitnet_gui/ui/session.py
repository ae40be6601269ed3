"""The live state of the window: one QObject that owns it and says what changed.

Views take the session in their constructor, read from it and subscribe to its
signals; they change it only through its methods. The session holds no widget.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QObject, Signal

from fruitnet_gui.model.conventions import Conventions
from fruitnet_gui.model.dataset import Dataset, mismatch
from fruitnet_gui.model.errors import FruitNetError, ModelError
from fruitnet_gui.model.fruits import APPLES
from fruitnet_gui.model.fruits import SHAPE as FRUIT_SHAPE
from fruitnet_gui.model.iteration import Cursor, Iteration, Level, SubStep
from fruitnet_gui.model.network import (
    PAPER_INPUT,
    Network,
    fruit_network,
    paper_network,
)
from fruitnet_gui.model.training import TrainingConfig

__all__ = ["Session"]


def default_input(network: Network) -> np.ndarray:
    """The paper's input for the paper net, the first hand-drawn red apple for a 6×6
    image net, an empty (all-zero) image otherwise."""
    if network.layers[0] == 2 and network.input_shape == (1, 2):
        return PAPER_INPUT.copy()
    if network.input_shape == FRUIT_SHAPE:
        return APPLES[0].ravel().copy()
    return np.zeros(network.n_inputs)


class Session(QObject):
    """Network, input, target, the iteration being stepped and its cursor.

    Signals
    -------
    network_changed
        A different network (shape may differ: preset switch, file loaded). Views
        rebuild their layout.
    input_changed
        The input vector or the label changed.
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

    Training runs in :attr:`trainer` (a :class:`TrainingRunner`); see
    :meth:`start_training`.
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

    def __init__(self, network: Network | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._network = network if network is not None else paper_network()
        self._x = default_input(self._network)
        self._label = self._default_label(self._network)
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
        from fruitnet_gui.ui.training_worker import TrainingRunner

        self.trainer = TrainingRunner(self)

    @staticmethod
    def _default_label(network: Network) -> str:
        if network.layers == (2, 2, 2) and "tomato" in network.classes:
            return "tomato"  # the paper's sample is a tomato
        return network.classes[0]

    # -- state ---------------------------------------------------------------------------
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
        """1 for the first iteration since the last restart."""
        return self._iteration_number

    @property
    def x(self) -> np.ndarray:
        return self._x.copy()

    @property
    def image(self) -> np.ndarray:
        """The input laid out as the model's input shape (rows × columns)."""
        return self._x.reshape(self._network.input_shape).copy()

    @property
    def label(self) -> str:
        return self._label

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

    def revealed_values(self) -> dict[str, float]:
        return self._iteration.values(self.cursor.position)

    # -- changing the model or the sample (each restarts the iteration) -------------------
    def set_network(self, network: Network, preset_name: str = "", *, blank: bool = False) -> None:
        """Use another network; the input goes back to the default for its shape
        (an empty image with ``blank``).

        Training in progress is stopped. The datasets are kept (switching back to a
        network they fit makes them usable again).
        """
        self.trainer.stop()
        self._network = network
        self.preset_name = preset_name
        self._x = np.zeros(network.n_inputs) if blank else default_input(network)
        self._label = self._default_label(network)
        self._target = None
        self._restart(clear_history=True)
        self.network_changed.emit()
        self.input_changed.emit()
        self.dataset_changed.emit()

    def load_preset(self, name: str, seed: int = 0) -> None:
        if name == "paper":
            self.set_network(paper_network(), "paper")
        elif name == "fruit":
            self.set_network(fruit_network(seed), "fruit")
        else:
            self.error_occurred.emit(f"unknown preset {name!r}: use paper or fruit")

    def set_input(self, x: Sequence[float] | np.ndarray) -> bool:
        """A new input vector (or image); values must be finite and in [0, 1]."""
        arr = self._checked_input(x)
        if arr is None:
            return False
        if np.array_equal(arr, self._x):
            return True
        self._x = arr
        self._restart(clear_history=True)
        self.input_changed.emit()
        return True

    def _checked_input(
        self, x: Sequence[float] | np.ndarray, *, features: bool = False
    ) -> np.ndarray | None:
        """``x`` as a flat float array, or None after saying what is wrong with it.

        Gray levels lie in [0, 1]; ``features`` (a sample of a features dataset) may be
        any finite numbers the network takes."""
        try:
            arr = np.asarray(x, dtype=np.float64).ravel()
            if arr.shape != (self._network.n_inputs,):
                raise ModelError(
                    f"this network takes {self._network.n_inputs} inputs, got {arr.size}"
                )
            if not np.all(np.isfinite(arr)):
                raise ModelError("input values must be numbers (not NaN or infinity)")
            if features:
                self._network.check_input(arr)
            elif np.any(arr < 0) or np.any(arr > 1):
                raise ModelError("input values are gray levels between 0 and 1")
        except (FruitNetError, ValueError, TypeError) as exc:
            self.error_occurred.emit(str(exc))
            return None
        return arr

    def set_label(self, label: str) -> bool:
        if label not in self._network.classes:
            self.error_occurred.emit(f"unknown label {label!r}")
            return False
        if label == self._label and self._target is None:
            return True
        self._label, self._target = label, None
        self._restart(clear_history=True)
        self.input_changed.emit()
        return True

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
        if label not in self._network.classes:
            self.error_occurred.emit(f"unknown label {label!r}")
            return False
        arr = self._checked_input(x, features=features)
        if arr is None:
            return False
        if target is not None:
            try:
                target = self._network.check_target(target).reshape(-1).copy()
            except (FruitNetError, ValueError, TypeError) as exc:
                self.error_occurred.emit(str(exc))
                return False
            if self._network.classes[int(np.argmax(target))] != label:
                self.error_occurred.emit(f"{label!r} is not the class of the largest target value")
                return False
            if np.array_equal(target, self._network.target_for(label)):
                target = None
        same_target = (target is None and self._target is None) or (
            target is not None and self._target is not None and np.array_equal(target, self._target)
        )
        if label == self._label and same_target and np.array_equal(arr, self._x):
            return True
        self._x, self._label, self._target = arr, label, target
        self._restart(clear_history=True)
        self.input_changed.emit()
        return True

    def set_weight(self, name: str, value: float) -> bool:
        """Give one weight (``w5``, ``bw3``) of the shown network a new value and restart."""
        try:
            value = float(value)
            if not np.isfinite(value):
                raise ModelError("a weight must be a finite number")
            if abs(value) > 1e6:
                raise ModelError("a weight must lie between -1,000,000 and 1,000,000")
            ref = self._iteration.naming.weight_ref(name)
        except KeyError:
            self.error_occurred.emit(f"there is no weight called {name!r} in this network")
            return False
        except (FruitNetError, ValueError, TypeError) as exc:
            self.error_occurred.emit(str(exc))
            return False
        shown = self.shown_network
        ws = [w.copy() for w in shown.weights]
        bs = [b.copy() for b in shown.biases]
        if ref.i is None:
            bs[ref.layer][ref.j] = value
        else:
            ws[ref.layer][ref.i, ref.j] = value
        self._network = shown.with_params(ws, bs)
        self._restart(clear_history=True)
        return True

    def set_learning_rate(self, lr: float) -> bool:
        try:
            net = self._network.with_learning_rate(lr)
        except (FruitNetError, ValueError, TypeError) as exc:
            self.error_occurred.emit(str(exc))
            return False
        self._network = net
        self._restart(clear_history=True)
        return True

    def set_conventions(self, conventions: Conventions) -> bool:
        """The same network under other textbook conventions (a new iteration)."""
        if conventions == self._network.conventions:
            return True
        try:
            net = self._network.with_conventions(conventions)
        except FruitNetError as exc:
            self.error_occurred.emit(str(exc))
            return False
        self._network = net
        self._restart(clear_history=True)
        return True

    def set_pencil(self, decimals: int | None) -> None:
        """Pencil mode with ``decimals`` decimals, or exact arithmetic for ``None``."""
        if decimals == self._pencil:
            return
        self._pencil = decimals
        position = self.cursor.position
        # The same iteration, computed another way: it must not count as a new one.
        self._restart(clear_history=False, keep_position=position, recorded=self._recorded)

    def set_level(self, level: Level | str) -> None:
        level = Level(level)
        if level is self._level:
            return
        self._level = level
        self.cursor.level = level
        self.level_changed.emit(level)

    def _restart(
        self, *, clear_history: bool, keep_position: int = 0, recorded: bool = False
    ) -> None:
        if clear_history:
            self.history = []
            self._iteration_number = 1
            self.history_changed.emit()
        self._iteration = Iteration(self._network, self._x, self.target, pencil=self._pencil)
        self.cursor = Cursor(self._iteration, self._level)
        self._recorded = recorded
        self.cursor.seek(min(keep_position, len(self._iteration)))
        self.iteration_changed.emit()
        self.cursor_moved.emit(self.cursor.position)
        self._record_if_done()

    # -- the cursor ----------------------------------------------------------------------
    def step(self) -> bool:
        return self._moved(self.cursor.step())

    def back(self) -> bool:
        return self._moved(self.cursor.back())

    def run_to_phase_end(self) -> bool:
        return self._moved(self.cursor.run_to_phase_end())

    def finish(self) -> bool:
        return self._moved(self.cursor.finish())

    def reset(self) -> bool:
        return self._moved(self.cursor.reset())

    def seek(self, position: int) -> bool:
        before = self.cursor.position
        self.cursor.seek(position)
        return self._moved(self.cursor.position != before)

    def next_iteration(self) -> bool:
        """After the last sub-step: a new iteration on the same sample, updated weights."""
        if not self.cursor.at_end:
            return False
        self._network = self._iteration.network_after()
        self._iteration_number += 1
        self._restart(clear_history=False)
        return True

    def _moved(self, moved: bool) -> bool:
        if moved:
            self.cursor_moved.emit(self.cursor.position)
            self._record_if_done()
        return moved

    def _record_if_done(self) -> None:
        if self.cursor.at_end and not self._recorded:
            self._recorded = True
            self.history.append(self._iteration.error)
            self.history_changed.emit()

    # -- datasets ------------------------------------------------------------------------
    def _fits(self, data: Dataset) -> str:
        """Why ``data`` cannot be used with the current network, or ``""``."""
        return mismatch(data, self._network)

    def set_dataset(self, data: Dataset | None, test: Dataset | None = None) -> bool:
        """Use ``data`` (and ``test``) for the browser and for training."""
        for d in (data, test):
            if d is not None and (why := self._fits(d)):
                self.error_occurred.emit(f"this dataset does not fit the network: {why}")
                return False
        self.dataset = data
        self.test_set = test
        self.dataset_changed.emit()
        return True

    def load_sample(self, index: int, *, test: bool = False) -> bool:
        """Put sample ``index`` of the training (or test) set into the editor."""
        data = self.test_set if test else self.dataset
        if data is None or not 0 <= index < len(data):
            self.error_occurred.emit("there is no such sample")
            return False
        pixels, label = data.sample(index)
        return self.set_sample(
            pixels.ravel(), label, target=data.target(index), features=data.kind == "features"
        )

    def add_current_sample(self) -> bool:
        """Add the drawing in the editor, with its label, to the training set."""
        if self.dataset is None:
            rows, cols = self._network.input_shape
            self.dataset = Dataset(None, [], classes=self._network.classes, shape=(rows, cols))
        try:
            self.dataset.add(self.image, self._label, target=self._target)
        except FruitNetError as exc:
            self.error_occurred.emit(str(exc))
            return False
        self.dataset_changed.emit()
        return True

    def remove_sample(self, index: int) -> bool:
        if self.dataset is None:
            return False
        try:
            self.dataset.remove(index)
        except FruitNetError as exc:
            self.error_occurred.emit(str(exc))
            return False
        self.dataset_changed.emit()
        return True

    def relabel_sample(self, index: int, label: str) -> bool:
        if self.dataset is None:
            return False
        try:
            self.dataset.relabel(index, label)
        except FruitNetError as exc:
            self.error_occurred.emit(str(exc))
            return False
        self.dataset_changed.emit()
        return True

    # -- training ------------------------------------------------------------------------
    def start_training(self, config: TrainingConfig) -> bool:
        """Train a copy of the network on the training set in the worker thread.

        The paper network (or any net without a dataset) trains on its one sample, the
        one in the editor, as the worked example would continue to.
        """
        if self.dataset is not None and len(self.dataset) and not self._fits(self.dataset):
            xs, ts = self.dataset.inputs(), self.dataset.targets()
        else:
            xs, ts = self._x[None, :], self.target[None, :]
        test_x = test_t = None
        test = self.test_set
        if test is not None and len(test) and not self._fits(test) and len(xs) > 1:
            test_x, test_t = test.inputs(), test.targets()
        return self.trainer.start(self._network, xs, ts, config, test_x, test_t)

    def adopt_network(self, network: Network) -> bool:
        """Continue with ``network``'s weights (same shape), keeping the input."""
        if network.layers != self._network.layers:
            self.error_occurred.emit("the trained network has another shape")
            return False
        self._network = network
        self._restart(clear_history=True)
        self.weights_changed.emit()
        return True
