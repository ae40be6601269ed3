"""The fast training kernel: the paper's iteration, written for speed.

Backpropagation is written four times in the project, each held equal to the others by
tests (1e-12): the vectorized reference (:meth:`Network.train_step`), the sub-step walk
(:mod:`~fruitnet_gui.model.teaching.walk`), and here, for a net with one hidden layer of the
paper's kind (the presets' shape), one NumPy form and one compiled form:

* **NumPy** (:class:`OnlineKernel` without Numba): the bias weights are kept as an
  extra last row of each weight matrix, every array and view is made once, the sigmoid
  is SciPy's ``expit`` and the rank-1 update ``A -= lr · a ⊗ δ`` is BLAS ``dger`` in
  place: ten calls a sample online. A long batch's gradient is summed in cache-sized
  pieces (:meth:`_Pieces.gradient`); short blocks (mini-batches) keep a path of their
  own, one in-place BLAS ``dgemm`` per layer update, because it is twice as fast for
  blocks of 32 (:meth:`OnlineKernel._short_blocks`);
* **compiled** (the ``fast`` extra, :mod:`fruitnet_gui.model.training._compiled`): the online
  epoch is one compiled loop, and each piece of a long batch three calls (BLAS, one
  compiled call, BLAS).

Every other network (more hidden layers, other activations, losses or conventions)
trains through the reference itself (:class:`ReferenceKernel`);
:func:`training_kernel` picks.
"""

from __future__ import annotations

import contextlib

import numpy as np

from fruitnet_gui.model.net.network import Network

__all__ = [
    "OnlineKernel", "ReferenceKernel", "compiled_loop_loaded", "have_numba", "have_scipy",
    "long_blocks", "predict", "training_kernel", "warm_up",
]  # fmt: skip

#: Up to this many rows a block's update is one BLAS dgemm call (9 µs against 21 µs
#: for NumPy's matmul, scale and subtract at 32 rows); longer blocks are worked through
#: in cache-sized pieces (:meth:`OnlineKernel._block`).
SMALL_BLOCK = 256
#: Rows a long block is worked through at a time: the ~8 work arrays of a piece then
#: fit in the cache (a full batch of 10,000 at once: 9-16 ms an epoch; in pieces: ~7).
PIECE = 500


def long_blocks(n: int, batch: int) -> bool:
    """Whether :meth:`OnlineKernel.run_batches` works ``n`` samples in blocks of ``batch``
    through cache-sized pieces (compiled where Numba is) rather than one BLAS call each."""
    return batch > SMALL_BLOCK and n > SMALL_BLOCK


_blas_control = None


@contextlib.contextmanager
def _one_blas_thread():
    """BLAS on one thread while a long block is worked through in small pieces: NumPy
    and SciPy each bring an OpenBLAS, and both thread pools spinning on two cores made
    a full batch up to ten times slower (threadpoolctl sets the limit and puts it back)."""
    global _blas_control
    from threadpoolctl import ThreadpoolController

    if _blas_control is None:
        _blas_control = ThreadpoolController()  # after SciPy's BLAS is loaded
    with _blas_control.limit(limits=1, user_api="blas"):
        yield


class _Pieces:
    """The NumPy form of a long block's gradient (:meth:`OnlineKernel._block`): work
    arrays made once, the block worked through in pieces of :data:`PIECE` rows."""

    def __init__(self, m: int, k: int, bias_input: float) -> None:
        self.bias_input = bias_input
        self.h, self.dh, self.uh = (np.empty((PIECE, m)) for _ in range(3))
        self.y, self.dy, self.uy = (np.empty((PIECE, k)) for _ in range(3))
        self.G = [np.zeros((0, 0)), np.zeros((0, 0))]

    def gradient(self, x: np.ndarray, t: np.ndarray, A1: np.ndarray, A2: np.ndarray) -> None:
        """The summed gradient of the samples ``x`` (no bias column) into ``self.G``.

        The samples are read where they are, with no bias input column: each layer adds
        its bias weights to the product, and their gradient is the delta's column sum.
        """
        matmul, multiply, subtract, add, expit = (
            np.matmul, np.multiply, np.subtract, np.add, _expit
        )  # fmt: skip
        bias = self.bias_input
        if self.G[0].shape != A1.shape:
            self.G = [np.empty(A1.shape), np.empty(A2.shape)]
            self.T = [np.empty(A1.shape), np.empty(A2.shape)]
        G1, G2 = self.G
        T1, T2 = self.T
        G1.fill(0.0)
        G2.fill(0.0)
        W1, b1 = A1[:-1], A1[-1] * bias
        W2, b2 = A2[:-1], A2[-1] * bias
        W2t = W2.T
        for start in range(0, len(x), PIECE):
            a, tt = x[start : start + PIECE], t[start : start + PIECE]
            p = len(a)
            h, y, dy, uy = self.h[:p], self.y[:p], self.dy[:p], self.uy[:p]
            dh, uh = self.dh[:p], self.uh[:p]
            matmul(a, W1, out=h)
            add(h, b1, out=h)
            expit(h, out=h)
            matmul(h, W2, out=y)
            add(y, b2, out=y)
            expit(y, out=y)
            subtract(y, tt, out=dy)  # (out − target) × out × (1 − out)
            multiply(y, y, out=uy)
            subtract(y, uy, out=uy)
            multiply(dy, uy, out=dy)
            matmul(dy, W2t, out=dh)  # back through the old weights
            multiply(h, h, out=uh)
            subtract(h, uh, out=uh)
            multiply(dh, uh, out=dh)
            add(G2[:-1], matmul(h.T, dy, out=T2[:-1]), out=G2[:-1])
            add(G2[-1], dy.sum(axis=0), out=G2[-1])
            add(G1[:-1], matmul(a.T, dh, out=T1[:-1]), out=G1[:-1])
            add(G1[-1], dh.sum(axis=0), out=G1[-1])
        G1[-1] *= bias
        G2[-1] *= bias


class _CompiledPieces:
    """:class:`_Pieces` with Numba: per piece, BLAS makes the hidden nets, one compiled
    call (:func:`~fruitnet_gui.model.training._compiled.batch_piece`) everything up to the
    hidden deltas, and BLAS sums the inputs' gradient in place.

    The pieces are transposed (hidden × samples), so that the compiled loops run along
    the samples: measured here, an epoch of 10,000 samples of the 36-36-2 net takes
    ~4.2 ms against ~7.7 ms with :class:`_Pieces`.
    """

    def __init__(self, m: int, k: int, bias_input: float) -> None:
        self.bias_input = bias_input
        self.m, self.k = m, k
        self.h_flat, self.dh_flat = np.empty(m * PIECE), np.empty(m * PIECE)
        self.y_flat = np.empty(k * PIECE)
        self.whole = self._views(PIECE)  # made once: ~1 µs a piece of Python otherwise
        self.G = [np.zeros((0, 0)), np.zeros((0, 0))]

    def _views(self, p: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The work arrays of a piece of ``p`` samples: hidden × p twice, outputs × p."""
        m, k = self.m, self.k
        return (self.h_flat[: m * p].reshape(m, p), self.dh_flat[: m * p].reshape(m, p),
                self.y_flat[: k * p].reshape(k, p))  # fmt: skip

    def gradient(self, x: np.ndarray, t: np.ndarray, A1: np.ndarray, A2: np.ndarray) -> None:
        """The summed gradient of the C-contiguous samples ``x`` (no bias column) into
        ``self.G``, bias rows last."""
        bias, m, k = self.bias_input, self.m, self.k
        # a contiguous copy, transposed: BLAS ran the hidden nets' product 1.2× faster
        # from it than from the strided view of the kernel's weights (same rounds)
        W1t, b1 = np.ascontiguousarray(A1[:-1]).T, A1[-1] * bias
        W2, b2 = np.ascontiguousarray(A2[:-1]), A2[-1] * bias
        G1 = np.zeros(W1t.shape[::-1], order="F")  # BLAS adds each piece's aᵀ·δ to it
        G2, g1b, g2b = np.zeros(W2.shape), np.zeros(m), np.zeros(k)
        tT = np.ascontiguousarray(t.T, dtype=np.float64)
        piece, matmul, dgemm = _batch_piece, np.matmul, _dgemm
        for start in range(0, len(x), PIECE):
            a = x[start : start + PIECE]
            hT, dhT, yT = self.whole if len(a) == PIECE else self._views(len(a))
            matmul(W1t, a.T, out=hT)
            piece(hT, tT, start, b1, W2, b2, yT, dhT, G2, g2b, g1b)  # type: ignore[misc]
            dgemm(1.0, a.T, dhT.T, beta=1.0, c=G1, overwrite_c=1)  # type: ignore[misc]
        self.G = [np.vstack([G1, bias * g1b]), np.vstack([G2, bias * g2b])]


_dger = _dgemm = _expit = None
_scipy_tried = False


def have_scipy() -> bool:
    """Whether SciPy's expit and dger are available (imported on first use: SciPy
    takes most of a second to import, which the window's start-up must not pay)."""
    global _dger, _dgemm, _expit, _scipy_tried
    if not _scipy_tried:
        _scipy_tried = True
        try:  # optional acceleration; NumPy alone gives the same numbers
            from scipy.linalg.blas import dgemm, dger
            from scipy.special import expit
        except (
            ImportError
        ):  # pragma: no cover - SciPy is a dependency; without it the reference trains
            pass
        else:
            _dger, _dgemm, _expit = dger, dgemm, expit
    return _expit is not None


_online_epoch = _batch_piece = None
_numba_tried = False


def have_numba() -> bool:
    """Whether the compiled loops are available (Numba is optional; importing it takes
    ~0.4 s and compiling the loops a few seconds once, then they load from Numba's
    cache). Needs SciPy too, whose BLAS the compiled full batch calls."""
    global _online_epoch, _batch_piece, _numba_tried
    if not _numba_tried:
        _numba_tried = True
        try:  # optional acceleration; without it the NumPy loop gives the same numbers
            from fruitnet_gui.model.training._compiled import batch_piece, online_epoch
        except Exception:  # not installed, or Numba cannot set up (no writable cache)
            pass
        else:
            if have_scipy():
                _online_epoch, _batch_piece = online_epoch, batch_piece
    return _online_epoch is not None


def compiled_loop_loaded() -> bool:
    """Whether the compiled loop is loaded already (asking does not load it)."""
    return _online_epoch is not None


def predict(network: Network, inputs: np.ndarray) -> np.ndarray:
    """``network.predict(inputs)`` for many samples, faster: SciPy's one-pass ``expit``
    instead of the stable sigmoid's six passes, in cache-sized pieces (10,000 samples of
    the 36-36-2 net: ~30 ms as ``Network.predict``, more than an online epoch takes).
    Tests hold the two equal to 1e-12."""
    x = np.asarray(inputs, dtype=np.float64)
    if not have_scipy() or x.ndim != 2 or any(a != "sigmoid" for a in network.activations):
        return network.predict(x)
    out = np.empty((len(x), network.layers[-1]))
    layers = [(w, network.bias_input * b) for w, b in zip(network.weights, network.biases)]
    for start in range(0, len(x), PIECE):
        a = x[start : start + PIECE]
        for w, b in layers:
            a = a @ w
            a += b
            _expit(a, out=a)  # type: ignore[misc]
        out[start : start + PIECE] = a
    return out


def warm_up() -> None:
    """Import the optional accelerators and get the compiled loops ready (from Numba's
    cache, or compiled the first time): what a training process does while it waits."""
    global _online_epoch, _batch_piece
    have_scipy()
    if have_numba():
        # a 1-2-2 net on one sample; weights in Fortran order, as the kernel keeps them
        A1, A2 = np.zeros((2, 2), order="F"), np.zeros((3, 2), order="F")
        x, t = np.zeros((1, 1)), np.zeros((1, 2))
        try:
            _online_epoch(x, t, A1, A2, 0.0, 1.0)  # type: ignore[misc]
            pieces = _CompiledPieces(2, 2, 1.0)
            pieces.gradient(x, t, A1, A2)
        except Exception:  # it cannot compile here: train with the NumPy loops instead
            _online_epoch = _batch_piece = None


def fits(network: Network) -> bool:
    """Whether :class:`OnlineKernel` trains ``network``: one hidden layer, the paper's
    kind of network (sigmoid everywhere, squared error, the paper's conventions), and
    SciPy installed (its ``expit`` and BLAS)."""
    return len(network.weights) == 2 and network.is_paper_kind and have_scipy()


class OnlineKernel:
    """Gradient descent on the weights of a net with one hidden layer under the paper's
    conventions, one sample (or one block) at a time: NumPy, or compiled where Numba is
    installed (``use_numba``). :func:`training_kernel` picks the reference for others."""

    def __init__(
        self, network: Network, learning_rate: float | None = None, *, use_numba: bool = True
    ) -> None:
        if not fits(network):
            raise ValueError(
                "OnlineKernel trains nets with one hidden layer of the paper's kind "
                "(with SciPy); training_kernel() gives the reference for others"
            )
        self.template = network
        self.lr = float(network.learning_rate if learning_rate is None else learning_rate)
        self.bias_input = network.bias_input
        # Fortran order lets BLAS dger update the matrix in place.
        self.A = [
            np.asfortranarray(np.vstack([w, b[None, :]]))
            for w, b in zip(network.weights, network.biases)
        ]
        _, m, k = network.layers
        self.a1 = np.empty(m + 1)  # the hidden outputs plus the bias input
        self.a1[-1] = self.bias_input
        self.h = self.a1[:-1]
        self.n1, self.n2, self.y = np.empty(m), np.empty(k), np.empty(k)
        self.dy, self.u, self.dh = np.empty(k), np.empty(m), np.empty(m)
        # ∂E/∂out of the hidden layer, plus one unused slot: the product with the whole
        # (contiguous) output weight matrix, bias row included, is 2.5× faster than
        # with its strided top rows.
        self.dh_full = np.empty(m + 1)
        self.compiled = use_numba and have_numba()
        self._pieces: _Pieces | _CompiledPieces | None = None
        self._buffers: tuple[np.ndarray, ...] = ()
        self._buffers_key: tuple[int, int] | None = None

    def run(self, xs: np.ndarray, ts: np.ndarray) -> None:
        """One online update per row of ``xs`` (with its target row of ``ts``), in order.

        Compiled: one call. NumPy: ten NumPy/BLAS calls a sample with every array bound
        once, the bias input column added to the whole block at once and the output
        deltas computed in plain Python (for a couple of outputs that is cheaper than
        four array calls).
        """
        if self.compiled:
            xs = np.ascontiguousarray(xs, dtype=np.float64)
            ts = np.ascontiguousarray(ts, dtype=np.float64)
            A1, A2 = self.A
            _online_epoch(xs, ts, A1, A2, self.lr, self.bias_input)  # type: ignore[misc]
            return
        xa = np.empty((len(xs), xs.shape[1] + 1))
        xa[:, :-1] = xs
        xa[:, -1] = self.bias_input
        a1, (A1, A2), n1, n2, h, y = self.a1, self.A, self.n1, self.n2, self.h, self.y
        dy, u, dh_full = self.dy, self.u, self.dh_full
        dh = dh_full[:-1]
        minus_lr = -self.lr
        two = y.size == 2
        dot, multiply, subtract, expit, dger = np.dot, np.multiply, np.subtract, _expit, _dger
        for a0, t in zip(xa, np.asarray(ts, dtype=np.float64).tolist()):
            dot(a0, A1, out=n1)
            expit(n1, h)
            dot(a1, A2, out=n2)
            expit(n2, y)
            # (out − target) × out × (1 − out) for each output node
            if two:
                o0, o1 = y.tolist()
                dy[0] = (o0 - t[0]) * o0 * (1.0 - o0)
                dy[1] = (o1 - t[1]) * o1 * (1.0 - o1)
            else:
                dy[:] = [(o - g) * o * (1.0 - o) for o, g in zip(y.tolist(), t)]
            # the hidden layer collects error from every output, through the old weights
            dot(A2, dy, out=dh_full)
            multiply(h, h, out=u)
            subtract(h, u, out=u)  # h × (1 − h)
            multiply(dh, u, out=dh)
            # every delta is known: new = old − lr × gradient, in place
            dger(minus_lr, a1, dy, a=A2, overwrite_a=1)
            dger(minus_lr, a0, dh, a=A1, overwrite_a=1)

    def step(self, x: np.ndarray, t: np.ndarray) -> None:
        """One update on one sample: forward, backward with the old weights, update."""
        self.run(np.asarray(x, dtype=np.float64)[None, :], np.asarray(t, dtype=np.float64)[None, :])

    def run_batches(self, xs: np.ndarray, ts: np.ndarray, batch: int) -> None:
        """One update per consecutive block of ``batch`` rows (the last may be shorter),
        each with the mean gradient of its block: what :meth:`Network.train_step` does
        on each block.

        A long block's gradient is summed over pieces of :data:`PIECE` rows reading the
        samples in place, compiled where Numba is (:class:`_CompiledPieces`), then
        ``A ← A − lr/b · G`` (:meth:`_block`); short blocks: :meth:`_short_blocks`.
        """
        n = len(xs)
        xs = np.ascontiguousarray(xs, dtype=np.float64)
        ts = np.asarray(ts, dtype=np.float64)
        if long_blocks(n, batch):
            with _one_blas_thread():
                for start in range(0, n, batch):
                    self._block(xs[start : start + batch], ts[start : start + batch])
            return
        self._short_blocks(xs, ts, batch)

    def _short_blocks(self, xs: np.ndarray, ts: np.ndarray, batch: int) -> None:
        """Blocks of up to :data:`SMALL_BLOCK` rows: the bias input column added to the
        whole epoch at once, and each update one in-place BLAS ``dgemm``
        (``A ← A − lr/b · aᵀ δ``). Kept beside :meth:`_block` because it is measured
        twice as fast for mini-batches of 32 (same run: ~700,000 against ~370,000
        samples/s through :class:`_Pieces`)."""
        n = len(xs)
        xa, ha, y, dy, uy, hc, dh, uh = self._block_buffers(n, min(batch, n))
        xa = xa[:n]
        xa[:, :-1] = xs
        A1, A2 = self.A
        W2t = A2[:-1].T
        matmul, multiply, subtract, expit, dgemm = (
            np.matmul, np.multiply, np.subtract, _expit, _dgemm
        )  # fmt: skip
        for start in range(0, n, batch):
            a0, t = xa[start : start + batch], ts[start : start + batch]
            b = len(a0)
            h_aug, yb, db, ub, dhb, uhb = ha[:b], y[:b], dy[:b], uy[:b], dh[:b], uh[:b]
            h = hc[:b]
            # into a contiguous block first: matmul into a strided view has no fast path
            matmul(a0, A1, out=h)
            expit(h, out=h)
            h_aug[:, :-1] = h
            matmul(h_aug, A2, out=yb)
            expit(yb, out=yb)
            subtract(yb, t, out=db)  # (out − target) × out × (1 − out)
            multiply(yb, yb, out=ub)
            subtract(yb, ub, out=ub)
            multiply(db, ub, out=db)
            matmul(db, W2t, out=dhb)  # back through the old weights
            multiply(h, h, out=uhb)
            subtract(h, uhb, out=uhb)
            multiply(dhb, uhb, out=dhb)
            step = -self.lr / b
            dgemm(step, h_aug.T, db.T, beta=1.0, c=A2, trans_b=1, overwrite_c=1)
            dgemm(step, a0.T, dhb.T, beta=1.0, c=A1, trans_b=1, overwrite_c=1)

    def _block_buffers(self, n: int, width: int) -> tuple[np.ndarray, ...]:
        """Work arrays for :meth:`_short_blocks`, kept between calls: fresh
        multi-megabyte arrays every epoch cost more in page faults than the arithmetic
        (measured when full batches still ran here: 22 ms an epoch instead of 8)."""
        key = (n, width)
        if self._buffers_key != key:
            m, k = self.h.size, self.y.size
            xa = np.empty((n, self.A[0].shape[0]))
            xa[:, -1] = self.bias_input
            ha = np.empty((width, m + 1))
            ha[:, -1] = self.bias_input
            self._buffers = (
                xa, ha, *(np.empty((width, k)) for _ in range(3)),
                *(np.empty((width, m)) for _ in range(3)),
            )  # fmt: skip
            self._buffers_key = key
        return self._buffers

    def batch_step(self, xs: np.ndarray, ts: np.ndarray) -> None:
        """One update with the mean gradient of a batch."""
        self.run_batches(xs, ts, max(len(xs), 1))

    def _block(self, x: np.ndarray, t: np.ndarray) -> None:
        """One mean-gradient update on a long block of samples (without the bias
        column), its gradient summed in pieces.

        Measured here (full batch of 10,000): 9-16 ms an epoch in one block, ~7 ms in
        NumPy pieces reading the samples in place, ~2.6-4 ms compiled. Splitting the
        pieces between two threads gained nothing: with BLAS on one thread, two
        threads' matrix products took as long as one's doing both.
        """
        if self._pieces is None:
            pieces = _CompiledPieces if self.compiled else _Pieces
            self._pieces = pieces(self.h.size, self.y.size, self.bias_input)
        pieces = self._pieces
        pieces.gradient(x, t, *self.A)
        step = -self.lr / len(x)
        for A, G in zip(self.A, pieces.G):
            np.multiply(G, step, out=G)
            np.add(A, G, out=A)

    def network(self) -> Network:
        """The current weights as a new, independent Network, with the learning rate they
        were trained with (a saved model then says what made it)."""
        net = self.template.with_params(
            [a[:-1].copy() for a in self.A], [a[-1].copy() for a in self.A]
        )
        net.learning_rate = self.lr
        return net


class ReferenceKernel:
    """Training under any conventions, through the vectorized reference itself.

    :class:`OnlineKernel` is written for the paper's conventions (½ Σ (t − o)², a bias
    per node, updated, mean batch gradients). A network that follows another textbook
    trains here instead, one :meth:`Network.train_step` per sample or batch: slower,
    and by construction exactly the reference's arithmetic. It has the kernel's
    interface (``run``, ``run_batches``, ``network``, ``A``).
    """

    def __init__(self, network: Network, learning_rate: float | None = None) -> None:
        lr = network.learning_rate if learning_rate is None else float(learning_rate)
        self._net = network.with_learning_rate(lr)
        self.lr = lr

    @property
    def A(self) -> list[np.ndarray]:
        """The weights with their bias row, as the finiteness check reads them."""
        return [np.vstack([w, b[None, :]]) for w, b in zip(self._net.weights, self._net.biases)]

    def run(self, xs: np.ndarray, ts: np.ndarray) -> None:
        for x, t in zip(xs, ts):
            self._net, _ = self._net.train_step(x, t)

    def run_batches(self, xs: np.ndarray, ts: np.ndarray, batch: int) -> None:
        for start in range(0, len(xs), batch):
            self._net, _ = self._net.train_step(
                xs[start : start + batch], ts[start : start + batch]
            )

    def network(self) -> Network:
        return self._net.copy()


def training_kernel(
    network: Network, learning_rate: float | None = None, *, use_numba: bool = True
) -> OnlineKernel | ReferenceKernel:
    """The fast kernel for a net with one hidden layer of the paper's kind (sigmoid,
    squared error, the paper's conventions), the reference for any other."""
    if fits(network):
        return OnlineKernel(network, learning_rate, use_numba=use_numba)
    return ReferenceKernel(network, learning_rate)
