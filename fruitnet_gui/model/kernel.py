"""The fast training kernel: the paper's iteration, written for speed.

It computes exactly what :meth:`Network.train_step` and the sub-step walk of
:mod:`fruitnet_gui.model.iteration` compute (tests hold all three equal to 1e-12), in
a different form:

* the bias weights are kept as an extra last row of each weight matrix, fed by a
  trailing bias input in every activation vector, so ``net = a @ A``;
* every array and every view is made once; one online step is a fixed list of
  in-place NumPy calls, with no Python loop over weights;
* where SciPy is installed, the sigmoid is ``scipy.special.expit`` (one call instead
  of four) and the rank-1 update ``A -= lr · a ⊗ δ`` is BLAS ``dger`` working in place
  (one call instead of two, and no temporary matrix). Without SciPy the same steps
  run in plain NumPy.
"""

from __future__ import annotations

import numpy as np

from fruitnet_gui.model.network import Network

__all__ = ["OnlineKernel", "have_scipy"]

_dger = _expit = None
_scipy_tried = False


def have_scipy() -> bool:
    """Whether SciPy's expit and dger are available (imported on first use: SciPy
    takes most of a second to import, which the window's start-up must not pay)."""
    global _dger, _expit, _scipy_tried
    if not _scipy_tried:
        _scipy_tried = True
        try:  # optional acceleration; NumPy alone gives the same numbers
            from scipy.linalg.blas import dger
            from scipy.special import expit
        except ImportError:  # pragma: no cover - exercised by forcing use_scipy=False
            pass
        else:
            _dger, _expit = dger, expit
    return _expit is not None


def _sigmoid_numpy(net: np.ndarray, out: np.ndarray) -> None:
    # 1/2 + tanh(x/2)/2 is the logistic function, with no overflow for any x.
    np.multiply(net, 0.5, out=out)
    np.tanh(out, out=out)
    np.multiply(out, 0.5, out=out)
    np.add(out, 0.5, out=out)


class OnlineKernel:
    """Gradient descent on one network's weights, one sample (or one batch) at a time."""

    def __init__(
        self, network: Network, learning_rate: float | None = None, *, use_scipy: bool = True
    ) -> None:
        self.template = network
        self.lr = float(network.learning_rate if learning_rate is None else learning_rate)
        self.bias_input = network.bias_input
        self.scipy = use_scipy and have_scipy()
        # Fortran order lets BLAS dger update the matrix in place.
        self.A = [
            np.asfortranarray(np.vstack([w, b[None, :]]))
            for w, b in zip(network.weights, network.biases)
        ]
        layers = network.layers
        self.L = len(self.A)
        # acts[l]: layer l's outputs plus the bias input; acts[0] receives the sample
        self.acts = [np.empty(n + 1) for n in layers[:-1]]
        for a in self.acts:
            a[-1] = self.bias_input
        self.y = np.empty(layers[-1])
        self.outs = [a[:-1] for a in self.acts[1:]] + [self.y]  # where each layer writes
        self.nets = [np.empty(n) for n in layers[1:]]
        self.deltas = [np.empty(n) for n in layers[1:]]
        self.tmp = [np.empty(n) for n in layers[1:]]
        self.W = [a[:-1] for a in self.A]  # weights without the bias row (views)
        # column and row views for the NumPy rank-1 update
        self.acol = [a[:, None] for a in self.acts]
        self.drow = [d[None, :] for d in self.deltas]
        self.grads = [np.empty_like(a) for a in self.A]
        self.sigmoid = _expit if self.scipy else _sigmoid_numpy
        self.x_in = self.acts[0][:-1]

    def step(self, x: np.ndarray, t: np.ndarray) -> None:
        """One update on one sample: forward, backward with the old weights, update."""
        A, acts, nets, outs, deltas, tmp = (
            self.A,
            self.acts,
            self.nets,
            self.outs,
            self.deltas,
            self.tmp,
        )
        sigmoid = self.sigmoid
        L = self.L
        self.x_in[:] = x
        for l in range(L):
            np.dot(acts[l], A[l], out=nets[l])
            sigmoid(nets[l], outs[l])
        # output layer: dE/dout × dout/dnet = (out − target) × out × (1 − out)
        y, d, u = self.y, deltas[-1], tmp[-1]
        np.subtract(y, t, out=d)
        np.subtract(1.0, y, out=u)
        np.multiply(u, y, out=u)
        np.multiply(d, u, out=d)
        # each layer below collects error from every node it feeds, through old weights
        for l in range(L - 1, 0, -1):
            h, d, u = outs[l - 1], deltas[l - 1], tmp[l - 1]
            np.dot(self.W[l], deltas[l], out=d)
            np.subtract(1.0, h, out=u)
            np.multiply(u, h, out=u)
            np.multiply(d, u, out=d)
        # only now, with every delta known from the old weights: new = old − lr × gradient
        if self.scipy:
            for l in range(L):
                _dger(-self.lr, acts[l], deltas[l], a=A[l], overwrite_a=1)
        else:
            for l in range(L):
                np.multiply(self.acol[l], self.drow[l], out=self.grads[l])
                np.multiply(self.grads[l], self.lr, out=self.grads[l])
                np.subtract(A[l], self.grads[l], out=A[l])

    def batch_step(self, xs: np.ndarray, ts: np.ndarray) -> None:
        """One update with the mean gradient of a batch."""
        A, L = self.A, self.L
        n = len(xs)
        acts = []
        a = xs
        for l in range(L):
            # append the bias input column, then net = a @ A and the sigmoid
            aug = np.empty((n, a.shape[1] + 1))
            aug[:, :-1] = a
            aug[:, -1] = self.bias_input
            acts.append(aug)
            a = aug @ A[l]
            self.sigmoid(a, a)
        y = a
        delta = (y - ts) * y * (1.0 - y)
        delta *= self.lr / n
        for l in range(L - 1, -1, -1):
            below = None
            if l:
                h = acts[l][:, :-1]
                below = (delta @ self.W[l].T) * h * (1.0 - h)
            A[l] -= acts[l].T @ delta
            delta = below  # type: ignore[assignment]

    def network(self) -> Network:
        """The current weights as a new, independent Network."""
        return self.template.with_params(
            [a[:-1].copy() for a in self.A], [a[-1].copy() for a in self.A]
        )
