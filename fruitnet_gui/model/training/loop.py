"""Training on a dataset: the worked example's loop, "steps 3 to 5 until it converges".

:func:`train` is a plain generator of :class:`Progress` snapshots. It knows nothing
of threads: the window runs it in a worker thread and pauses or stops it simply by not
asking for the next snapshot (long work is a generator in ``model``, docs/ARCHITECTURE.md); the
``fruitnet train`` command just iterates it.

The arithmetic is that of :class:`~fruitnet_gui.model.net.network.Network` (tests hold them
equal), done by the fast :class:`~fruitnet_gui.model.training.kernel.OnlineKernel`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.limits import MAX_VALUE
from fruitnet_gui.model.net.network import Network, check_learning_rate, check_seed
from fruitnet_gui.model.text import translate
from fruitnet_gui.model.training.kernel import (
    OnlineKernel,
    compiled_loop_loaded,
    long_blocks,
    predict,
    training_kernel,
)

__all__ = [
    "EpochResult",
    "History",
    "OnlineKernel",
    "Progress",
    "TrainingConfig",
    "evaluate",
    "train",
]

MODES = ("online", "batch", "minibatch")


@dataclass(frozen=True)
class TrainingConfig:
    """How to train.

    ``mode``: ``online`` updates after every sample (as in the paper), ``batch`` once
    per epoch with the mean gradient of all samples, ``minibatch`` after every
    ``batch_size`` samples. ``seed`` fixes the shuffling; ``target_error`` stops early
    once the mean training error falls to it.
    """

    epochs: int = 50
    learning_rate: float = 0.5
    mode: str = "online"
    batch_size: int = 32
    seed: int = 0
    shuffle: bool = True
    target_error: float | None = None
    #: About how many samples to train between two progress snapshots.
    report_every: int = 2000

    def checked(self) -> TrainingConfig:
        if self.mode not in MODES:
            raise ModelError(
                translate("Checks", "the training mode must be one of {join}, got {mode}").format(
                    join=", ".join(MODES), mode=repr(self.mode)
                )
            )
        if not isinstance(self.epochs, int) or not 1 <= self.epochs <= 1_000_000:
            raise ModelError(
                translate(
                    "Checks", "epochs must be a whole number from 1 to 1,000,000, got {epochs}"
                ).format(epochs=self.epochs)
            )
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise ModelError(
                translate(
                    "Checks", "the batch size must be a positive whole number, got {batch_size}"
                ).format(batch_size=self.batch_size)
            )
        check_learning_rate(self.learning_rate)
        check_seed(self.seed)
        if self.target_error is not None and not (
            np.isfinite(self.target_error) and self.target_error >= 0
        ):
            raise ModelError(
                translate(
                    "Checks", "the target error must be a number ≥ 0, got {target_error}"
                ).format(target_error=self.target_error)
            )
        return self


@dataclass(frozen=True)
class EpochResult:
    """Errors (mean E_total per sample) and accuracies after one epoch."""

    epoch: int
    train_error: float
    train_accuracy: float
    test_error: float | None
    test_accuracy: float | None
    seconds: float


#: The columns of a :class:`History`, in :class:`EpochResult`'s field order.
COLUMNS = ("epoch", "train_error", "train_accuracy", "test_error", "test_accuracy", "seconds")


class _Columns:
    """The growing store behind :class:`History`: one float64 row per epoch (48 bytes,
    where an :class:`EpochResult` object takes ~300), grown by doubling. Rows are only
    ever appended, never changed, so a view of the first ``n`` rows stays valid."""

    __slots__ = ("first", "has_test", "n", "rows")

    def __init__(self, has_test: bool, capacity: int = 64) -> None:
        self.rows = np.empty((capacity, len(COLUMNS)))
        self.n = 0  # epochs appended
        self.first = 0  # epochs before this one were forgotten: rows[0] is epoch `first`
        self.has_test = has_test

    def extend(self, rows: np.ndarray) -> None:
        rows = np.asarray(rows, dtype=np.float64).reshape(-1, len(COLUMNS))
        kept = self.n - self.first
        need = kept + len(rows)
        if need > len(self.rows):
            grown = np.empty((max(need, 2 * len(self.rows)), len(COLUMNS)))
            grown[:kept] = self.rows[:kept]
            self.rows = grown
        self.rows[kept:need] = rows
        self.n += len(rows)

    def forget_before(self, k: int) -> None:
        """Drop the rows of epochs before index ``k`` (they were sent elsewhere)."""
        k = min(k, self.n)
        if k <= self.first:
            return
        kept = self.n - k
        rest = self.rows[k - self.first : k - self.first + kept].copy()
        capacity = len(self.rows) if len(self.rows) <= 4 * max(kept, 64) else 2 * max(kept, 64)
        if capacity != len(self.rows):
            self.rows = np.empty((capacity, len(COLUMNS)))
        self.rows[:kept] = rest
        self.first = k

    def row(self, i: int) -> np.ndarray:
        if i < self.first:
            raise IndexError(f"epoch {i + 1} of this history was forgotten (it was sent)")
        return self.rows[i - self.first]


class History(Sequence):
    """The epochs of one run as of one snapshot: a sequence of :class:`EpochResult`.

    Snapshots used to carry a tuple of every epoch, copied each time: at 50,000 epochs
    3.5 MB and ~100 ms to pickle, sent ten times a second (the window's training slowed
    8× and grew by gigabytes). A History is a fixed-length view of the run's one growing
    store: O(1) to make, and :meth:`column` gives the plot a NumPy view, not a list to
    convert. Appending goes through :meth:`append` / :meth:`extend_rows` of the history
    that owns the store (see :meth:`view`).
    """

    __slots__ = ("_length", "_store")

    def __init__(self, has_test: bool = False, *, _store: _Columns | None = None,
                 _length: int | None = None) -> None:  # fmt: skip
        self._store = _store if _store is not None else _Columns(has_test)
        self._length = _length  # None: the owner, always as long as the store

    @classmethod
    def from_rows(cls, rows: np.ndarray, has_test: bool) -> History:
        history = cls(has_test)
        history.extend_rows(rows)
        return history

    @classmethod
    def of(cls, results: Sequence[EpochResult]) -> History:
        """``results`` as a History (itself if it is one)."""
        if isinstance(results, History):
            return results
        has_test = bool(results) and results[-1].test_error is not None
        history = cls(has_test)
        for r in results:
            history.append(r)
        return history

    @property
    def has_test(self) -> bool:
        return self._store.has_test

    def __len__(self) -> int:
        return self._store.n if self._length is None else self._length

    def _result(self, i: int) -> EpochResult:
        e, tre, tra, tee, tea, sec = self._store.row(i).tolist()
        test = self._store.has_test
        return EpochResult(int(e), tre, tra, tee if test else None, tea if test else None, sec)

    def __getitem__(self, index):
        n = len(self)
        if isinstance(index, slice):
            return tuple(self._result(i) for i in range(*index.indices(n)))
        i = index + n if index < 0 else index
        if not 0 <= i < n:
            raise IndexError("history index out of range")
        return self._result(i)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or len(other) != len(self):
            return False
        return all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"History({len(self)} epochs)"

    def __reduce__(self):
        # pickled as its own rows only: the store's spare capacity stays behind
        return History.from_rows, (self.rows(self._store.first), self.has_test)

    def column(self, name: str) -> np.ndarray:
        """One column (a name of :data:`COLUMNS`) of every epoch kept, as a read-only
        view (every epoch, unless :meth:`forget_before` dropped some)."""
        store = self._store
        view = store.rows[: len(self) - store.first, COLUMNS.index(name)]
        view.flags.writeable = False
        return view

    def rows(self, start: int = 0) -> np.ndarray:
        """A copy of the rows from epoch index ``start`` on (what a snapshot adds)."""
        store = self._store
        if start < store.first:
            raise IndexError(f"epoch {start + 1} of this history was forgotten (it was sent)")
        return store.rows[start - store.first : len(self) - store.first].copy()

    def forget_before(self, k: int) -> None:
        """Let the store drop the epochs before index ``k``: the training process of the
        window sends each epoch once and need not keep it (a run of a million epochs
        would otherwise hold 48 MB there). Lengths stay; reading a dropped epoch raises
        IndexError."""
        self._store.forget_before(k)

    def view(self) -> History:
        """This history as it is now: later appends do not change the view."""
        return History(_store=self._store, _length=len(self))

    def append(self, result: EpochResult) -> None:
        self._owner_check()
        test = result.test_error is not None
        self._store.extend(np.array([[result.epoch, result.train_error, result.train_accuracy,
                                      result.test_error if test else np.nan,
                                      result.test_accuracy if test else np.nan,
                                      result.seconds]]))  # fmt: skip

    def extend_rows(self, rows: np.ndarray) -> None:
        self._owner_check()
        self._store.extend(rows)

    def _owner_check(self) -> None:
        if self._length is not None:
            raise TypeError("a snapshot's history is read-only")


@dataclass(frozen=True)
class Progress:
    """A snapshot of training; everything in it is a copy, safe to hand to another thread."""

    epoch: int  # epochs completed
    epochs: int
    samples_done: int  # in the current epoch
    samples_per_epoch: int
    network: Network
    #: Every epoch so far (a :class:`History` view; any sequence of EpochResult will do).
    history: Sequence[EpochResult]
    finished: bool = False
    reason: str = ""  # why training ended: "epochs", "target error", "diverged"
    elapsed: float = 0.0  # seconds of training so far
    confusion: np.ndarray | None = field(default=None, compare=False)

    @property
    def fraction(self) -> float:
        total = self.epochs * self.samples_per_epoch
        return (self.epoch * self.samples_per_epoch + self.samples_done) / max(total, 1)


def evaluate(network: Network, inputs: np.ndarray, targets: np.ndarray) -> tuple[float, float]:
    """Mean E_total per sample and accuracy (argmax of output equals argmax of target)."""
    if len(inputs) == 0:
        return float("nan"), float("nan")
    out = predict(network, inputs)
    err = float(np.mean(network.error_of(out, np.asarray(targets, dtype=np.float64))))
    acc = float(np.mean(np.argmax(out, axis=1) == np.argmax(targets, axis=1)))
    return err, acc


def confusion_matrix(network: Network, inputs: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """``m[true, predicted]`` counts."""
    k = targets.shape[1]
    pred = np.argmax(predict(network, inputs), axis=1)
    true = np.argmax(targets, axis=1)
    m = np.zeros((k, k), dtype=np.int64)
    np.add.at(m, (true, pred), 1)
    return m


#: Online runs of at least this many samples load the compiled loops if they are not
#: loaded yet: about where the NumPy loop (70,000-110,000 samples/s here) would have
#: spent the time Numba takes to load.
COMPILE_WORTH_SAMPLES = 150_000
#: The same for batches longer than the kernel's short blocks: compiled they run at
#: twice the NumPy pieces' ~1.3 million samples/s, so it takes this many to gain ~1.5 s.
COMPILE_WORTH_BATCH_SAMPLES = 4_000_000


def train(
    network: Network,
    train_inputs: np.ndarray,
    train_targets: np.ndarray,
    config: TrainingConfig,
    test_inputs: np.ndarray | None = None,
    test_targets: np.ndarray | None = None,
) -> Iterator[Progress]:
    """Train, yielding a :class:`Progress` every ``config.report_every`` samples and
    after every epoch; the last one has ``finished=True``.

    ``network`` is not modified: each snapshot carries its own copy.
    """
    config = config.checked()
    xs = network.check_input(np.asarray(train_inputs, dtype=np.float64))
    ts = network.check_target(np.asarray(train_targets, dtype=np.float64))
    if xs.ndim != 2 or len(xs) == 0 or len(xs) != len(ts):
        raise ModelError(
            translate("Checks", "training needs at least one sample, with one target per sample")
        )
    has_test = test_inputs is not None and test_targets is not None and len(test_inputs) > 0
    if has_test:
        tx = network.check_input(np.asarray(test_inputs, dtype=np.float64))
        tt = network.check_target(np.asarray(test_targets, dtype=np.float64))
    n = len(xs)
    batch = {"online": 1, "batch": n, "minibatch": config.batch_size}[config.mode]
    # The compiled loops are ~5× (online) and ~2× (long batches) the NumPy ones, but
    # loading Numba takes ~1-2 s (more the first time): worth it for long runs, or once
    # loaded (a training process).
    work = n * config.epochs
    compiled = (
        compiled_loop_loaded()
        or (batch == 1 and work >= COMPILE_WORTH_SAMPLES)
        or (long_blocks(n, batch) and work >= COMPILE_WORTH_BATCH_SAMPLES)
    )
    kernel = training_kernel(network, config.learning_rate, use_numba=compiled)
    rng = np.random.default_rng(config.seed)
    history = History(has_test)
    elapsed = 0.0
    chunk = max(batch, (config.report_every // batch) * batch) if batch < n else n

    last_good = network  # the network before the epoch that blew up, if one does

    def snapshot(epoch: int, done: int, **kw) -> Progress:
        return Progress(epoch, config.epochs, done, n, kernel.network(), history.view(),
                        elapsed=elapsed, **kw)  # fmt: skip

    def diverged(epoch: int) -> Progress:
        # the weights are no network any more (infinite, NaN or past the value limit):
        # the run ends on the last network that was one, and says why
        return Progress(epoch, config.epochs, 0, n, last_good, history.view(),
                        finished=True, reason="diverged", elapsed=elapsed)  # fmt: skip

    for epoch in range(config.epochs):
        order = rng.permutation(n) if config.shuffle else np.arange(n)
        ex, et = xs[order], ts[order]
        seconds = 0.0
        for start in range(0, n, chunk):
            stop = min(start + chunk, n)
            t0 = time.perf_counter()
            if batch == 1:
                kernel.run(ex[start:stop], et[start:stop])
            else:
                kernel.run_batches(ex[start:stop], et[start:stop], batch)
            dt = time.perf_counter() - t0
            seconds += dt
            elapsed += dt
            if _blown(kernel):
                yield diverged(epoch + 1)
                return
            if stop < n:
                yield snapshot(epoch, stop)
        net = kernel.network()
        train_err, train_acc = evaluate(net, xs, ts)
        test_err, test_acc = evaluate(net, tx, tt) if has_test else (None, None)
        history.append(EpochResult(epoch + 1, train_err, train_acc, test_err, test_acc, seconds))
        if not np.isfinite(train_err):
            yield diverged(epoch + 1)
            return
        last_good = net
        if config.target_error is not None and train_err <= config.target_error:
            yield _final(snapshot(epoch + 1, 0), "target error", tx if has_test else xs,
                         tt if has_test else ts)  # fmt: skip
            return
        if epoch + 1 < config.epochs:
            yield snapshot(epoch + 1, 0)
    yield _final(
        snapshot(config.epochs, 0), "epochs", tx if has_test else xs, tt if has_test else ts
    )


def _blown(kernel) -> bool:
    """Whether the kernel's weights left what a network may hold (training diverged)."""
    return not all(np.all(np.isfinite(a)) and np.max(np.abs(a)) <= MAX_VALUE for a in kernel.A)


def _final(p: Progress, reason: str, xs: np.ndarray, ts: np.ndarray) -> Progress:
    return replace(p, finished=True, reason=reason, confusion=confusion_matrix(p.network, xs, ts))
