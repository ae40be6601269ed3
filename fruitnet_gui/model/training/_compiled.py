"""Training loops compiled with Numba (optional: ``pip install "fruitnet-gui[fast]"``).

* :func:`online_epoch`: one sample of the 36-36-2 net is 5,884 floating-point
  operations; as NumPy calls it is ten calls of ~1 µs each here, compiled it is one
  loop of ~0.4-0.5 µs (the sums vectorized over weight rows padded to a multiple of
  four, each hidden node's weights updated and the next sample's net input summed in
  one pass).
* :func:`batch_piece`: a full batch's work between its two large matrix products (the
  sigmoids, the output layer, every delta and the small gradient sums), for one piece
  of samples, in one call instead of sixteen NumPy passes, two outputs a pass. Its
  sigmoid is :func:`_exp` below, which the compiler can run on four numbers at once;
  SciPy's ``expit`` does one at a time and was ~40 % of a full-batch epoch.

This module is imported only by :func:`fruitnet_gui.model.training.kernel.have_numba`, and only
if Numba is installed. The arithmetic is the same as :class:`OnlineKernel`'s NumPy
path, term for term; only the order of the sums' terms and the last bit of a sigmoid
differ (tests hold them equal to 1e-12).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit, types
from numba.extending import intrinsic

__all__ = ["batch_piece", "online_epoch"]


# ---- a sigmoid the compiler can vectorize -------------------------------------------
# exp(x) = 2**n · exp(r), with n = round(x / ln 2) and |r| ≤ ln 2 / 2: exp(r) is its
# Taylor series to r**13 (the next term is below 2e-17 of the sum), and 2**n is made by
# writing n + 1023 into a float's exponent bits. Against SciPy's expit the sigmoid
# differs by at most 3 units in the last place, 5e-16 relative (measured on 3 million
# values from -750 to 750; tests check it, NaN and ±inf included).

_LOG2E = 1.4426950408889634
_LN2_HI = 0.6931471803691238  # ln 2 = _LN2_HI + _LN2_LO; n · _LN2_HI is exact
_LN2_LO = 1.9082149292705877e-10
#: Adding 2**52 + 2**51 rounds a float to an integer, which its low bits then hold.
_ROUND = 6755399441055744.0
_ROUND_BITS = int(np.float64(_ROUND).view(np.int64))
_C = [1.0 / math.factorial(i) for i in range(14)]
_C0, _C1, _C2, _C3, _C4, _C5, _C6, _C7, _C8, _C9, _C10, _C11, _C12, _C13 = _C


@intrinsic
def _bits(typingctx, value):
    """A float's 64 bits as an integer (no conversion: the same bits)."""

    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], context.get_value_type(types.int64))

    return types.int64(types.float64), codegen


@intrinsic
def _from_bits(typingctx, bits):
    """The float whose 64 bits are the integer ``bits``."""

    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], context.get_value_type(types.float64))

    return types.float64(types.int64), codegen


# "contract" lets a·b + c be one fused multiply-add; the rounding trick needs every
# other operation in the order written, so no further fast-math.
@njit(cache=True, nogil=True, fastmath={"contract"}, error_model="numpy")
def _exp(x: float) -> float:
    # beyond ±708 exp leaves the normal floats; the sigmoid is 0 or 1 there to 1e-307
    x = 708.0 if x > 708.0 else x  # written so that NaN passes through
    x = -708.0 if x < -708.0 else x
    z = x * _LOG2E + _ROUND
    n = z - _ROUND
    r = (x - n * _LN2_HI) - n * _LN2_LO
    p = _C13
    p = p * r + _C12
    p = p * r + _C11
    p = p * r + _C10
    p = p * r + _C9
    p = p * r + _C8
    p = p * r + _C7
    p = p * r + _C6
    p = p * r + _C5
    p = p * r + _C4
    p = p * r + _C3
    p = p * r + _C2
    p = p * r + _C1
    p = p * r + _C0
    return p * _from_bits((_bits(z) - _ROUND_BITS + 1023) << 52)


@njit(cache=True, nogil=True, error_model="numpy")
def _sigmoid(v: float) -> float:
    # split on the sign, so exp never overflows
    if v >= 0.0:
        return 1.0 / (1.0 + math.exp(-v))
    z = math.exp(v)
    return z / (1.0 + z)


#: The compiled online loop pads each node's incoming weights (bias weight included) with
#: zeros to a multiple of this many, so that every sum and update over them runs four
#: at a time to the end: 37 weights left a one-at-a-time tail of 5 after each of the 38
#: nodes' vector loops (padding to 8 or 16 measured slower, see docs/PERFORMANCE.md).
PAD = 4


@njit(cache=True, nogil=True, error_model="numpy")
def _padded(n: int) -> int:
    return -(-n // PAD) * PAD


# "reassoc" lets each sum over a layer's inputs run four terms at a time (the sums'
# order of terms changes, nothing else); "contract" makes a·b + c one fused step.
@njit(cache=True, nogil=True, fastmath={"contract", "reassoc"}, error_model="numpy")
def online_epoch(
    xs: np.ndarray, ts: np.ndarray, A1: np.ndarray, A2: np.ndarray, lr: float, bias_input: float
) -> None:
    """One online update per row of ``xs``, in place on ``A1`` (inputs → hidden) and
    ``A2`` (hidden → outputs), whose last rows are the bias weights.

    The step is the paper's: forward, every delta from the old weights, then
    new = old − lr × gradient. Arranged for speed, in a copy of the weights made for
    the call (and copied back at its end):

    * each node's incoming weights are one contiguous row, the bias weight last, padded
      with zeros to a multiple of :data:`PAD`; the inputs (and the hidden outputs) are
      copied into work rows padded the same way, with the bias input in the bias
      weight's place and zeros after it. Every loop over a node's weights is then one
      loop with no bias term apart and no tail; a padded weight stays 0, because its
      input is 0 (a non-finite gradient makes it NaN, as it makes the node's weights);
    * updating a hidden node's incoming weights and summing the *next* sample's net
      input of that node with them is one pass over its row (each weight is read once
      a sample), the net input being summed from the weights just updated, as a
      separate pass would.
    """
    n, n_in = xs.shape
    m, k = A1.shape[1], A2.shape[1]
    s1, s2 = _padded(n_in + 1), _padded(m + 1)
    W1, W2 = np.zeros((m, s1)), np.zeros((k, s2))
    W1[:, : n_in + 1] = A1.T
    W2[:, : m + 1] = A2.T
    x, nx, h, dh, dy = np.zeros(s1), np.zeros(s1), np.zeros(s2), np.zeros(s2), np.zeros(k)
    x[n_in] = nx[n_in] = h[m] = bias_input
    if n > 0:  # the first sample's hidden net inputs
        x[:n_in] = xs[0]
        for j in range(m):
            w = W1[j]
            net = 0.0
            for i in range(s1):
                net += x[i] * w[i]
            h[j] = net
    for s in range(n):
        # h holds this sample's hidden net inputs: out = sigmoid(net)
        for j in range(m):
            h[j] = 1.0 / (1.0 + _exp(-h[j]))
        for c in range(k):
            w = W2[c]
            net = 0.0
            for j in range(s2):
                net += h[j] * w[j]
            o = _sigmoid(net)
            dy[c] = (o - ts[s, c]) * o * (1.0 - o)  # (out − target) × out × (1 − out)
        # backward through the old hidden → output weights, which are then updated
        # (new = old − lr × gradient) in the same pass over each output's row
        dh[:] = 0.0
        for c in range(k):
            w = W2[c]
            d = dy[c]
            g = lr * d
            for j in range(s2):
                v = w[j]
                dh[j] += v * d
                w[j] = v - g * h[j]
        for j in range(m):
            dh[j] *= h[j] - h[j] * h[j]
        if s + 1 < n:
            nx[:n_in] = xs[s + 1]
            for j in range(m):  # update row j, and sum the next net input with it
                w = W1[j]
                g = lr * dh[j]
                net = 0.0
                for i in range(s1):
                    v = w[i] - g * x[i]
                    w[i] = v
                    net += nx[i] * v
                h[j] = net
            x, nx = nx, x
        else:
            for j in range(m):
                w = W1[j]
                g = lr * dh[j]
                for i in range(s1):
                    w[i] -= g * x[i]
    A1[:] = W1[:, : n_in + 1].T
    A2[:] = W2[:, : m + 1].T


@njit(cache=True, nogil=True, error_model="numpy")
def sigmoid(values: np.ndarray) -> None:
    """The logistic function of every number in a contiguous array, in place (for tests
    and a check against ``expit``)."""
    flat = values.reshape(-1)
    for i in range(flat.size):
        flat[i] = 1.0 / (1.0 + _exp(-flat[i]))


# "reassoc" lets the sums over a piece's samples run four at a time.
@njit(cache=True, nogil=True, fastmath={"contract", "reassoc"}, error_model="numpy")
def batch_piece(
    hT: np.ndarray,
    tT: np.ndarray,
    start: int,
    b1: np.ndarray,
    W2: np.ndarray,
    b2: np.ndarray,
    yT: np.ndarray,
    dhT: np.ndarray,
    G2: np.ndarray,
    g2b: np.ndarray,
    g1b: np.ndarray,
) -> None:
    """One piece of a batch, from the hidden nets to the hidden deltas, for a net with
    one hidden layer. The samples run along the rows (transposed), so that every inner
    loop goes along a piece's contiguous samples.

    ``hT`` (hidden × piece) holds ``(a @ W1)ᵀ`` and receives the hidden outputs; ``tT``
    (outputs × all samples) holds the targets, this piece's from column ``start``;
    ``b1``, ``b2`` are the bias weights times the bias input; ``W2`` (hidden ×
    outputs) the hidden → output weights. ``yT`` (outputs × piece) receives the output
    deltas and ``dhT`` (like ``hT``) the hidden deltas. The piece's gradient sums are
    added to ``G2`` (like ``W2``), ``g2b`` (outputs) and ``g1b`` (hidden); the inputs'
    ``aᵀ · dh`` is left to BLAS.
    """
    m, p = hT.shape
    k = W2.shape[1]
    # forward: out = sigmoid(net + bias weight × bias input). The first two outputs'
    # (or the one's) nets are summed in the same pass as the hidden sigmoids, while
    # each hidden row is at hand; any further outputs' after it.
    for c in range(k):
        yT[c, :] = b2[c]
    ya, yb = yT[0], yT[min(k, 2) - 1]
    for j in range(m):
        bj, hj, wa = b1[j], hT[j], W2[j, 0]
        if k >= 2:
            wb = W2[j, 1]
            for i in range(p):
                o = 1.0 / (1.0 + _exp(-(hj[i] + bj)))
                hj[i] = o
                ya[i] += wa * o
                yb[i] += wb * o
        else:
            for i in range(p):
                o = 1.0 / (1.0 + _exp(-(hj[i] + bj)))
                hj[i] = o
                ya[i] += wa * o
    for c in range(2, k):
        yc = yT[c]
        for j in range(m):
            w, hj = W2[j, c], hT[j]
            for i in range(p):
                yc[i] += w * hj[i]
    for c in range(k):
        yc, tc = yT[c], tT[c]
        total = 0.0
        for i in range(p):
            o = 1.0 / (1.0 + _exp(-yc[i]))
            d = (o - tc[start + i]) * o * (1.0 - o)  # (out − target) × out × (1 − out)
            yc[i] = d
            total += d
        g2b[c] += total
    # backward through the old weights, and the hidden → output gradient, two outputs
    # a pass: ∂E/∂out_j = Σ_c w_jc δ_c, then × out (1 − out). The last one or two
    # outputs share the pass that multiplies (for two outputs: one pass in all).
    tail = k - 2 + k % 2  # where the last one or two begin
    for j in range(m):
        hj, dj = hT[j], dhT[j]
        if tail > 0:  # else dj is not read (one or two outputs: 5 % of the piece)
            dj[:] = 0.0
        for c in range(0, tail, 2):
            ya, yb, wa, wb = yT[c], yT[c + 1], W2[j, c], W2[j, c + 1]
            ta = tb = 0.0
            for i in range(p):
                dj[i] += wa * ya[i] + wb * yb[i]
                ta += hj[i] * ya[i]
                tb += hj[i] * yb[i]
            G2[j, c] += ta
            G2[j, c + 1] += tb
        ya, wa = yT[tail], W2[j, tail]
        ta = total = 0.0
        if k % 2 == 0:
            yb, wb = yT[tail + 1], W2[j, tail + 1]
            tb = 0.0
            for i in range(p):
                o = hj[i]
                d = ((dj[i] if tail > 0 else 0.0) + wa * ya[i] + wb * yb[i]) * (o - o * o)
                dj[i] = d
                total += d
                ta += o * ya[i]
                tb += o * yb[i]
            G2[j, tail + 1] += tb
        else:
            for i in range(p):
                o = hj[i]
                d = ((dj[i] if tail > 0 else 0.0) + wa * ya[i]) * (o - o * o)
                dj[i] = d
                total += d
                ta += o * ya[i]
        G2[j, tail] += ta
        g1b[j] += total
