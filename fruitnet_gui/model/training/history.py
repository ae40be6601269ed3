"""A run's weight history: the exact weights after its epochs, thinned evenly to a bound.

A scrubber replays a run epoch by epoch, so the run must keep its weights, not only its
error curve. Keeping every epoch's weights would not do: 10,000 epochs of the fruit net
(1,406 weights) are 112 MB. So a :class:`WeightHistory` keeps at most
:data:`MAX_SNAPSHOTS` snapshots, evenly spaced: the initial weights (epoch 0), every
``stride``-th epoch, and the newest one. When one more would pass the bound the stride
doubles and every other snapshot goes, so the spacing stays even however long the run
turns out to be (a run that stops early at its target error is not thinned for the
epochs it never trained). The fruit net's 1,000 snapshots take 11 MB.

Each snapshot is the trainer's own float64 weights, copied as they were (replaying epoch
k shows exactly the weights after epoch k, bit for bit). The training process records
them and sends only what is new (:meth:`WeightHistory.since`); the window's copy of the
run adds them with the same rule (:meth:`WeightHistory.merge`), so both keep the same
snapshots.

NumPy and the network only: the window, the command line and the tests share it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import translate

__all__ = ["MAX_SNAPSHOTS", "Snapshots", "WeightHistory", "same_design"]

#: At most this many weight snapshots per run (the initial weights included).
MAX_SNAPSHOTS = 1000


def same_design(a: Network, b: Network) -> bool:
    """Whether ``a``'s weights mean the same in ``b``: same layers, activations, loss,
    conventions, input shape and classes (a run's snapshots can be shown on ``b``)."""
    return (
        tuple(a.layers) == tuple(b.layers)
        and tuple(a.activations) == tuple(b.activations)
        and a.loss == b.loss
        and a.conventions == b.conventions
        and tuple(a.input_shape) == tuple(b.input_shape)
        and tuple(a.classes) == tuple(b.classes)
        and a.bias_input == b.bias_input
    )


@dataclass(frozen=True)
class Snapshots:
    """What the training process sends: the stride now and the snapshots added since the
    last message (``epochs``, ``samples`` and one row of parameters each)."""

    stride: int
    epochs: np.ndarray
    samples: np.ndarray
    params: np.ndarray

    def __len__(self) -> int:
        return len(self.epochs)


class WeightHistory:
    """The weights of one run after its epochs: at most ``limit`` snapshots, evenly thinned.

    A snapshot is keyed by ``(epoch, samples)``: ``samples`` is 0 after a whole epoch and
    the samples trained into the next one for a run stopped mid-epoch (only the newest
    snapshot can be such). Rows of :attr:`params` are ``Network.flat_params()``.
    """

    def __init__(self, initial: Network, limit: int = MAX_SNAPSHOTS) -> None:
        if limit < 3:
            raise ValueError("a weight history keeps at least 3 snapshots")
        self.initial = initial.copy()
        self.limit = limit
        self.stride = 1
        self._size = int(initial.flat_params().size)
        self._params = np.empty((16, self._size))
        self._epochs = np.empty(16, dtype=np.int64)
        self._samples = np.empty(16, dtype=np.int64)
        self._order = np.empty(16, dtype=np.int64)  # when each was added: 0, 1, 2, …
        self._added = 0
        self._n = 0
        self._released = False
        self._append(0, 0, initial.flat_params())

    # -- reading ------------------------------------------------------------------------
    def __len__(self) -> int:
        return self._n

    @property
    def released(self) -> bool:
        """Whether the snapshots were let go (an old run keeps its curves only)."""
        return self._released

    @property
    def epochs(self) -> np.ndarray:
        """The epoch of each snapshot (read-only view)."""
        view = self._epochs[: self._n]
        view.flags.writeable = False
        return view

    @property
    def samples(self) -> np.ndarray:
        view = self._samples[: self._n]
        view.flags.writeable = False
        return view

    @property
    def nbytes(self) -> int:
        """The memory the snapshots take (their arrays, spare rows included)."""
        return int(self._params.nbytes + self._epochs.nbytes + self._samples.nbytes)

    def params(self, index: int) -> np.ndarray:
        """Snapshot ``index``'s parameters (a copy)."""
        return self._params[self._check(index)].copy()

    def columns(self, flat: list[int]) -> np.ndarray:
        """Parameters ``flat`` (indices into ``flat_params()``) of every snapshot, one row
        each (the error landscape's path of two weights)."""
        if self._released:
            raise IndexError("this run's weight snapshots were let go (it is an old run)")
        return self._params[: self._n][:, flat].copy()

    def network(self, index: int) -> Network:
        """Snapshot ``index`` as a network (the run's design, those weights)."""
        flat = self._params[self._check(index)]
        ws, bs, k = [], [], 0
        for w in self.initial.weights:
            ws.append(flat[k : k + w.size].reshape(w.shape).copy())
            k += w.size
        for b in self.initial.biases:
            bs.append(flat[k : k + b.size].reshape(b.shape).copy())
            k += b.size
        return self.initial.with_params(ws, bs)

    def index_of(self, epoch: int, samples: int = 0) -> int:
        """The index of the snapshot of ``epoch`` (KeyError if it was not kept)."""
        hits = np.flatnonzero((self.epochs == epoch) & (self.samples == samples))
        if not len(hits):
            raise KeyError(f"epoch {epoch} was not kept (every {self.stride}th is)")
        return int(hits[0])

    def nearest(self, epoch: float) -> int:
        """The index of the kept snapshot nearest ``epoch`` (ties: the earlier)."""
        return int(np.argmin(np.abs(self.epochs - epoch)))

    def label(self, index: int) -> str:
        """``"epoch 12"``, ``"the initial weights"``, ``"epoch 12 + 30 samples"``."""
        i = self._check(index)
        e, s = int(self._epochs[i]), int(self._samples[i])
        if e == 0 and s == 0:
            return translate("Runs", "the initial weights")
        if s:
            return translate("Runs", "epoch {epoch} + {samples} samples").format(epoch=e, samples=s)
        return translate("Runs", "epoch {epoch}").format(epoch=e)

    def _check(self, index: int) -> int:
        if self._released:
            raise IndexError("this run's weight snapshots were let go (it is an old run)")
        i = index + self._n if index < 0 else index
        if not 0 <= i < self._n:
            raise IndexError(f"snapshot {index} of {self._n}")
        return i

    # -- recording ----------------------------------------------------------------------
    def record(self, epoch: int, network: Network, samples: int = 0) -> bool:
        """Keep ``network`` as the weights after ``epoch`` (and ``samples`` more) if it is
        newer than the newest snapshot; False if it was not."""
        last = (int(self._epochs[self._n - 1]), int(self._samples[self._n - 1]))
        if self._released or (epoch, samples) <= last:
            return False
        self._add(epoch, samples, network.flat_params())
        return True

    def offer(self, progress) -> bool:
        """Record a training snapshot (a :class:`~fruitnet_gui.model.training.loop.
        Progress`) if it ends an epoch, or ends the run. A diverged run's last snapshot
        holds the network before the epoch that blew up: it is recorded as that epoch's."""
        if progress.reason == "diverged":
            return self.record(max(progress.epoch - 1, 0), progress.network)
        if progress.samples_done == 0 or progress.finished:
            return self.record(progress.epoch, progress.network, progress.samples_done)
        return False

    def offer_last(self, progress) -> bool:
        """A run that was stopped ends on ``progress``, mid-epoch perhaps: record it."""
        if progress.reason == "diverged":
            return self.offer(progress)
        return self.record(progress.epoch, progress.network, progress.samples_done)

    def since(self, count: int) -> tuple[Snapshots, int]:
        """The snapshots after the first ``count`` ever added that are still kept, and
        the new count (what the training process sends with a message)."""
        new = np.flatnonzero(self._order[: self._n] >= count)
        delta = Snapshots(self.stride, self._epochs[new].copy(), self._samples[new].copy(),
                          self._params[new].copy())  # fmt: skip
        return delta, self._added

    def merge(self, delta: Snapshots) -> None:
        """Add what :meth:`since` sent, with the same thinning."""
        if self._released:
            return
        if int(delta.stride) > self.stride:
            self.stride = int(delta.stride)
            self._filter()
        for e, s, p in zip(delta.epochs.tolist(), delta.samples.tolist(), delta.params):
            last = (int(self._epochs[self._n - 1]), int(self._samples[self._n - 1]))
            if (e, s) > last:
                self._add(e, s, p)
        self._thin()

    def release(self) -> None:
        """Let the snapshots go (the initial weights stay: the run can still be reset)."""
        self._released = True
        self._params = np.empty((0, self._size))
        self._epochs = np.empty(0, dtype=np.int64)
        self._samples = np.empty(0, dtype=np.int64)
        self._order = np.empty(0, dtype=np.int64)
        self._n = 0

    # -- the thinning -------------------------------------------------------------------
    def _kept(self, i: int) -> bool:
        return self._samples[i] == 0 and self._epochs[i] % self.stride == 0

    def _add(self, epoch: int, samples: int, params: np.ndarray) -> None:
        # the newest snapshot is kept even off the stride, until a newer one comes
        if self._n > 1 and not self._kept(self._n - 1):
            self._n -= 1
        self._append(epoch, samples, params)
        self._thin()

    def _thin(self) -> None:
        while self._n > self.limit:
            self.stride *= 2
            self._filter()

    def _filter(self) -> None:
        """Drop the snapshots off the stride, but the newest."""
        keep = [i for i in range(self._n) if self._kept(i) or i == self._n - 1]
        k = len(keep)
        self._params[:k] = self._params[keep]
        self._epochs[:k] = self._epochs[keep]
        self._samples[:k] = self._samples[keep]
        self._order[:k] = self._order[keep]
        self._n = k

    def _append(self, epoch: int, samples: int, params: np.ndarray) -> None:
        if self._n == len(self._epochs):
            grow = min(max(2 * self._n, 16), self.limit + 1)
            grow = max(grow, self._n + 1)
            self._params = _grown(self._params, grow)
            self._epochs = _grown(self._epochs, grow)
            self._samples = _grown(self._samples, grow)
            self._order = _grown(self._order, grow)
        i = self._n
        self._params[i] = params
        self._epochs[i], self._samples[i], self._order[i] = epoch, samples, self._added
        self._added += 1
        self._n += 1


def _grown(a: np.ndarray, rows: int) -> np.ndarray:
    out = np.empty((rows, *a.shape[1:]), dtype=a.dtype)
    out[: len(a)] = a
    return out
