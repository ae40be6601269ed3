"""One training run, from the data it was given to how it ended: the run record.

Before this record the policy of a run was spread over five views: which data it
trained on (the session), which set the confusion view judged it on (the view asked
the session again at the end, by then perhaps about another network: "test set (150
images)" under the 2-2-2 paper net, or a ``ValueError``), whether the trained weights
were adopted (the panel), what is locked (the main window). Here it is decided once,
when the run starts, and kept with the run.

NumPy and the standard library only: the command line, tests and the run history (the
state's list of runs, :mod:`~fruitnet_gui.model.training.history`) use it as the window
does.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

import numpy as np

from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, number, translate
from fruitnet_gui.model.training.history import Snapshots, WeightHistory
from fruitnet_gui.model.training.loop import COLUMNS, History, Progress, TrainingConfig

__all__ = ["ENDED", "LIVE", "TrainingRun"]

#: The activations' names as a person reads them in a run's title (the model file keeps
#: "sigmoid"): sigmoid and linear are words of the language, tanh and ReLU are names.
_SHOWN = {
    "sigmoid": QT_TRANSLATE_NOOP("Runs", "sigmoid"),
    "linear": QT_TRANSLATE_NOOP("Runs", "linear"),
    "relu": "ReLU",
}

#: A run in one of these states owns the network: edits wait until it ends.
LIVE = ("starting", "running", "paused", "stopping")
#: How a run can end.
ENDED = ("finished", "stopped", "failed")


@dataclass(eq=False)
class TrainingRun:
    """Which data, which settings, the initial weights, the history, how it ended.

    ``source`` names what it trains on (``"training set"`` or ``"sample in the
    editor"``), ``judged_on`` what its confusion matrix counts (``"test set"``, else the
    training data). ``status`` goes ``starting`` (no snapshot yet) → ``running`` ⇄
    ``paused`` → (``stopping``) → ``finished`` | ``stopped`` | ``failed``. ``adopted``:
    the network now shown is the trained one. ``superseded``: another network was chosen
    while it ran, so its weights are not adopted and the views forget it.
    """

    config: TrainingConfig
    initial: Network
    train_inputs: np.ndarray
    train_targets: np.ndarray
    test_inputs: np.ndarray | None = None
    test_targets: np.ndarray | None = None
    source: str = "training set"
    number: int = 0
    status: str = "starting"
    reason: str = ""
    message: str = ""
    adopted: bool = False
    superseded: bool = False
    paused_confirmed: bool = False
    history: History = field(init=False)
    #: The weights after its epochs, evenly thinned (the scrubber replays them).
    weights: WeightHistory = field(init=False)
    latest: Progress | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.history = History(self.has_test)
        self.weights = WeightHistory(self.initial)

    # -- what it is -----------------------------------------------------------------------
    @property
    def has_test(self) -> bool:
        return self.test_inputs is not None and len(self.test_inputs) > 0

    @property
    def judged_on(self) -> str:
        return "test set" if self.has_test else self.source

    @property
    def live(self) -> bool:
        return self.status in LIVE

    @property
    def locks_edits(self) -> bool:
        """Whether edits of the network, sample or dataset must wait: the trained weights
        would replace the edited ones when the run ends."""
        return self.live and not self.superseded

    def args(self) -> tuple:
        """The arguments of :func:`~fruitnet_gui.model.training.loop` (copies)."""
        return (
            self.initial.copy(),
            np.array(self.train_inputs, dtype=np.float64),
            np.array(self.train_targets, dtype=np.float64),
            self.config,
            None if self.test_inputs is None else np.array(self.test_inputs, dtype=np.float64),
            None if self.test_targets is None else np.array(self.test_targets, dtype=np.float64),
        )

    def judged(self) -> tuple[np.ndarray, np.ndarray]:
        """The inputs and targets the confusion matrix counts (as chosen at the start)."""
        if self.has_test:
            return self.test_inputs, self.test_targets  # type: ignore[return-value]
        return self.train_inputs, self.train_targets

    # -- what it did ----------------------------------------------------------------------
    def receive(self, head: Progress, rows: np.ndarray,
                snapshots: Snapshots | None = None) -> Progress:  # fmt: skip
        """A snapshot from the trainer: ``head`` without history, ``rows`` the epochs it
        adds (see :func:`progress_delta`), ``snapshots`` the weight snapshots it adds
        (:meth:`WeightHistory.since`). The record keeps the history; the returned
        snapshot carries a view of all of it."""
        if len(rows):
            self.history.extend_rows(rows)
        if snapshots is not None and len(snapshots):
            self.weights.merge(snapshots)
        progress = replace(head, history=self.history.view())
        self.latest = progress
        if self.status == "starting":
            self.status = "running"
        return progress

    def track(self, progress: Progress) -> Progress:
        """A snapshot of a training generator iterated here (``fruitnet train``, the
        tests): the same record as :meth:`receive` gives the window's runs."""
        self.weights.offer(progress)
        return self.receive(*progress_delta(progress, len(self.history)))

    def last_progress(self) -> Progress:
        """The newest snapshot, or one of the untrained start (a run stopped before its
        first snapshot still ends with a snapshot)."""
        if self.latest is not None:
            return self.latest
        return Progress(0, self.config.epochs, 0, len(self.train_inputs), self.initial.copy(),
                        self.history.view())  # fmt: skip

    def end(self, status: str, reason: str = "", message: str = "") -> Progress:
        """Record how the run ended; the last snapshot, with ``reason`` filled in."""
        if status not in ENDED:
            raise ValueError(f"a run ends as one of {ENDED}, not {status!r}")
        last = self.last_progress()
        self.reason = reason or last.reason or status
        self.status, self.message = status, message
        if not last.reason:
            last = replace(last, reason=self.reason)
        self.latest = last
        return last

    def confusion(self, progress: Progress | None = None) -> np.ndarray | None:
        """``m[true, predicted]`` of the run's weights on the images it is judged on, or
        None for a run that trained nothing. The trainer sends it with the last snapshot
        (computed in the training process); otherwise it is computed here with NumPy
        alone (``kernel.predict`` would import SciPy into the window: 1-2 s)."""
        progress = progress or self.last_progress()
        if progress.confusion is not None:
            return progress.confusion
        if progress.epoch == 0 and progress.samples_done == 0:
            return None
        xs, ts = self.judged()
        k = ts.shape[1]
        pred = np.argmax(progress.network.predict(xs), axis=1)
        m = np.zeros((k, k), dtype=np.int64)
        np.add.at(m, (np.argmax(ts, axis=1), pred), 1)
        return m

    # -- how it is named and saved --------------------------------------------------------
    def settings(self) -> dict:
        """What made it: the training settings and the network's design (JSON-able)."""
        net = self.initial
        return {
            "config": asdict(self.config),
            "layers": [int(n) for n in net.layers],
            "activations": list(net.activations),
            "loss": net.loss,
            "conventions": net.conventions.to_dict(),
            "source": self.source,
            "train_samples": len(self.train_inputs),
            "test_samples": 0 if self.test_inputs is None else len(self.test_inputs),
        }

    def summary(self) -> dict:
        """How it ended: epochs trained, why, and the last epoch's errors and accuracies."""
        out: dict = {"number": self.number, "status": self.status, "reason": self.reason,
                     "epochs_trained": len(self.history)}  # fmt: skip
        if len(self.history):
            last = self.history[-1]
            for key in ("train_error", "train_accuracy", "test_error", "test_accuracy"):
                value = getattr(last, key)
                out[key] = None if value is None or not np.isfinite(value) else float(value)
        return out

    def title(self) -> str:
        """The run in a few words, for a list or a legend: ``"run 2: 2-3-2 tanh, η 0.5,
        online, seed 0"``."""
        net, c = self.initial, self.config
        hidden = [translate("Runs", _SHOWN.get(a, a)) for a in net.activations[:-1]]
        acts = hidden[0] if len(set(hidden)) == 1 else "/".join(hidden)
        if net.loss == "cross_entropy":
            acts += " + softmax"
        mode = (
            translate("Runs", "mini-batch {n}").format(n=c.batch_size)
            if c.mode == "minibatch"
            else translate("Runs", "batch")
            if c.mode == "batch"
            else translate("Runs", "online")
        )
        layers = "-".join(str(n) for n in net.layers)
        title = translate("Runs", "run {number}: {layers} {acts}, η {lr}, {mode}, seed {seed}")
        return title.format(
            number=self.number,
            layers=layers,
            acts=acts,
            lr=number(f"{c.learning_rate:g}"),
            mode=mode,
            seed=c.seed,
        )

    def to_dict(self) -> dict:
        """Everything but the data and the weights, as plain JSON-able values (a run
        history or a lesson file stores this beside the model and dataset files)."""
        return {
            "number": self.number,
            "config": asdict(self.config),
            "source": self.source,
            "judged_on": self.judged_on,
            "train_samples": len(self.train_inputs),
            "test_samples": 0 if self.test_inputs is None else len(self.test_inputs),
            "status": self.status,
            "reason": self.reason,
            "message": self.message,
            "adopted": self.adopted,
            "superseded": self.superseded,
            "history": {
                name: [None if np.isnan(v) else float(v) for v in self.history.column(name)]
                for name in COLUMNS
            },
        }


def progress_delta(progress: Progress, sent: int) -> tuple[Progress, np.ndarray]:
    """What a snapshot adds after ``sent`` epochs were sent: the snapshot without its
    history (small: the weights and counters) and the new epochs' rows."""
    return replace(progress, history=()), History.of(progress.history).rows(sent)
