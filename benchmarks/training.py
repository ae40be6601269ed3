"""Training throughput of the 36-36-2 net: FruitNet against peers that train the same
network.

The network, for every contestant: 36 inputs, 36 hidden, 2 outputs, sigmoid on both
layers, squared error ½ Σ (t − o)², float64, learning rate 0.5, plain gradient descent
(no momentum, no regularisation), FruitNet's initial weights (``fruit_network(0)``), the
same 10,000 random 6×6 samples (2,000 in a quick run) in the same order, no shuffling.
Each contestant is set up once and then trains epoch after epoch; its first epoch is
the warm-up (and compiles what it compiles) and is the **check**: the peer's weights
after it must equal FruitNet's to 1e-9, or its ratio is reported as not comparable and
counts towards no target. A peer that cannot express this network (scikit-learn's
``MLPRegressor`` has an identity output layer, not a sigmoid, and its own initial
weights) is kept as a labelled reference and counts towards no target.

The contestants of one mode run **interleaved** (round 1: each once; round 2: ...), so
that the drift of this shared machine's speed falls on all alike; every figure is the
median over the rounds, and every comparison a ratio of two figures from the same
rounds, and a ratio is the median of the rounds' ratios. PyTorch and JAX run on one
thread (PyTorch's fastest here for these tiny matrices), and scikit-learn on one BLAS
thread: any contestant's idle thread pool left spinning after its turn took a core
from the contestant after it. Peers that are not installed are
skipped and said so.

The **arithmetic limit**: the floating-point operations one sample costs (counted from
the shape below, the sigmoids left out) against the peak of a large matrix product
(1024 × 1024, float64, one BLAS thread) measured in the same run.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from benchmarks.common import Result, random_fruit_data
from fruitnet_gui.model import fruit_network
from fruitnet_gui.model.training.kernel import OnlineKernel, have_numba

LR = 0.5
#: The largest difference from FruitNet's weights after one epoch that counts as the
#: same training.
SAME = 1e-9
#: Targets of issue #16 (this 2-core machine, same run).
ONLINE_RATE_TARGET = 1_000_000
BATCH_RATE_TARGET = 3_000_000


@dataclass
class Contestant:
    """One way of training the network: ``epoch()`` trains one more epoch (weights and
    buffers carried over); ``weights()`` gives (W1, b1, W2, b2) as NumPy arrays."""

    epoch: Callable[[], object]
    weights: Callable[[], tuple[np.ndarray, ...]]
    #: why it does not train the same network ("" if it does)
    differs: str = ""


def _initial() -> tuple[np.ndarray, ...]:
    net = fruit_network(0)
    (w1, w2), (b1, b2) = net.weights, net.biases
    assert net.bias_input == 1.0 and net.learning_rate == LR and net.conventions.is_paper
    return tuple(np.array(a, dtype=np.float64) for a in (w1, b1, w2, b2))


def flop_per_sample(n_in: int = 36, m: int = 36, k: int = 2) -> int:
    """Floating-point operations of one online sample of an ``n_in``-``m``-``k`` net,
    sigmoids not counted: each layer's net input (a multiply and an add per weight, the
    bias weight included), the output deltas, the hidden deltas and the update
    (a multiply and a subtract per weight). 36-36-2: 5,884."""
    forward = 2 * ((n_in + 1) * m + (m + 1) * k)
    deltas = 4 * k + 2 * m * k + 3 * m
    update = 2 * ((n_in + 1) * m + (m + 1) * k)
    return forward + deltas + update


def matmul_peak_flops(repeats: int = 3, size: int = 1024) -> float:
    """FLOP/s of a ``size``² float64 matrix product on one BLAS thread (the best of
    ``repeats``): what one core does at its best."""
    from threadpoolctl import threadpool_limits

    rng = np.random.default_rng(0)
    a, b = rng.standard_normal((size, size)), rng.standard_normal((size, size))
    out = np.empty((size, size))
    best = float("inf")
    with threadpool_limits(limits=1, user_api="blas"):
        np.matmul(a, b, out=out)
        for _ in range(repeats):
            t0 = time.perf_counter()
            np.matmul(a, b, out=out)
            best = min(best, time.perf_counter() - t0)
    return 2.0 * size**3 / best


# ---- the contestants ------------------------------------------------------------------


def fruitnet_trainer(xs, ts, batch: int, *, use_numba: bool = True) -> Contestant:
    """FruitNet's training kernel as the app uses it (compiled with Numba where that is
    installed), or with ``use_numba=False`` its NumPy loop."""
    kernel = OnlineKernel(fruit_network(0), LR, use_numba=use_numba)
    if use_numba and batch in (1, len(xs)):
        assert kernel.compiled, "the compiled loop did not load"

    def weights():
        net = kernel.network()
        return net.weights[0], net.biases[0], net.weights[1], net.biases[1]

    if batch == 1:
        return Contestant(lambda: kernel.run(xs, ts), weights)
    return Contestant(lambda: kernel.run_batches(xs, ts, batch), weights)


def numpy_loop_trainer(xs, ts) -> Contestant:
    """The tight NumPy loop a user would write: one sample at a time, vectors,
    ``np.outer`` and in-place updates."""
    w1, b1, w2, b2 = _initial()
    rows = list(zip(xs, ts))

    def epoch() -> None:
        nonlocal w1, b1, w2, b2  # updated in place
        exp, outer = np.exp, np.outer
        for x, t in rows:
            h = 1.0 / (1.0 + exp(-(x @ w1 + b1)))
            y = 1.0 / (1.0 + exp(-(h @ w2 + b2)))
            d2 = (y - t) * y * (1.0 - y)
            d1 = (w2 @ d2) * h * (1.0 - h)
            w2 -= LR * outer(h, d2)
            b2 -= LR * d2
            w1 -= LR * outer(x, d1)
            b1 -= LR * d1

    return Contestant(epoch, lambda: (w1, b1, w2, b2))


def _torch_params(torch):
    return [torch.tensor(a) for a in _initial()]


def _torch_weights(params):
    return lambda: tuple(p.detach().numpy() for p in params)


def torch_manual_trainer(torch, xs, ts, batch: int) -> Contestant:
    """A hand-written loop: forward, backward by the chain rule, in-place updates."""
    w1, b1, w2, b2 = params = _torch_params(torch)

    @torch.no_grad()
    def epoch() -> None:
        for s in range(0, len(xs), batch):
            x, t = xs[s : s + batch], ts[s : s + batch]
            h = torch.sigmoid(x @ w1 + b1)
            y = torch.sigmoid(h @ w2 + b2)
            d2 = (y - t) * y * (1 - y)
            d1 = (d2 @ w2.T) * h * (1 - h)
            scale = LR / len(x)
            w2.sub_(h.T @ d2, alpha=scale)
            b2.sub_(d2.sum(0), alpha=scale)
            w1.sub_(x.T @ d1, alpha=scale)
            b1.sub_(d1.sum(0), alpha=scale)

    return Contestant(epoch, _torch_weights(params))


def torch_online_manual_trainer(torch, xs, ts) -> Contestant:
    """The hand-written loop for one sample at a time (vectors, torch.outer)."""
    w1, b1, w2, b2 = params = _torch_params(torch)

    @torch.no_grad()
    def epoch() -> None:
        for i in range(len(xs)):
            x, t = xs[i], ts[i]
            h = torch.sigmoid(x @ w1 + b1)
            y = torch.sigmoid(h @ w2 + b2)
            d2 = (y - t) * y * (1 - y)
            d1 = (w2 @ d2) * h * (1 - h)
            w2.sub_(torch.outer(h, d2), alpha=LR)
            b2.sub_(d2, alpha=LR)
            w1.sub_(torch.outer(x, d1), alpha=LR)
            b1.sub_(d1, alpha=LR)

    return Contestant(epoch, _torch_weights(params))


def torch_autograd_trainer(torch, xs, ts, batch: int) -> Contestant:
    params = [p.requires_grad_(True) for p in _torch_params(torch)]
    w1, b1, w2, b2 = params

    def epoch() -> None:
        for s in range(0, len(xs), batch):
            x, t = xs[s : s + batch], ts[s : s + batch]
            y = torch.sigmoid(torch.sigmoid(x @ w1 + b1) @ w2 + b2)
            loss = 0.5 * ((t - y) ** 2).sum() / (len(x) if x.dim() == 2 else 1)
            loss.backward()
            with torch.no_grad():
                for p in params:
                    p.sub_(p.grad, alpha=LR)
                    p.grad = None

    return Contestant(epoch, _torch_weights(params))


#: JAX on one thread, as PyTorch: on this 2-core machine XLA's thread pool, spinning
#: after each call, slowed the contestant that ran after it (FruitNet's online loop
#: 0.64 against 1.84 million samples/s in the same rounds), and its full batch was no
#: faster on two threads. Set before JAX starts its CPU backend.
XLA_ONE_THREAD = "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"


def _jax():
    if "jax" not in sys.modules:
        os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") + " " + XLA_ONE_THREAD).strip()
    import jax

    jax.config.update("jax_enable_x64", True)
    jax.config.update("jax_platforms", "cpu")
    return jax


def _jax_loss(jnp, params, x, t):
    w1, b1, w2, b2 = params
    import jax

    h = jax.nn.sigmoid(x @ w1 + b1)
    y = jax.nn.sigmoid(h @ w2 + b2)
    return 0.5 * jnp.sum((t - y) ** 2)


def jax_online_trainer(xs, ts) -> Contestant:
    """Online SGD as a speed-minded JAX user writes it: ``jax.grad`` of the squared
    error of one sample, the epoch a ``lax.scan`` over the samples, all of it one
    ``jax.jit`` (the weights donated, so XLA may update them in place)."""
    jax = _jax()
    jnp, lax = jax.numpy, jax.lax
    grad = jax.grad(lambda p, x, t: _jax_loss(jnp, p, x, t))

    def sample(params, xt):
        g = grad(params, *xt)
        return tuple(p - LR * d for p, d in zip(params, g)), None

    def epoch_fn(params, x, t):
        return lax.scan(sample, params, (x, t))[0]

    epoch_fn = jax.jit(epoch_fn, donate_argnums=0)
    state = [tuple(jnp.asarray(a) for a in _initial())]
    jx, jt = jnp.asarray(xs), jnp.asarray(ts)

    def epoch() -> None:
        state[0] = jax.block_until_ready(epoch_fn(state[0], jx, jt))

    return Contestant(epoch, lambda: tuple(np.asarray(a) for a in state[0]))


def jax_batch_trainer(xs, ts) -> Contestant:
    """Full batch in JAX: ``jax.grad`` of the mean squared error, one ``jax.jit`` step
    per epoch (the weights donated)."""
    jax = _jax()
    jnp = jax.numpy
    n = len(xs)
    grad = jax.grad(lambda p, x, t: _jax_loss(jnp, p, x, t) / n)

    def step(params, x, t):
        g = grad(params, x, t)
        return tuple(p - LR * d for p, d in zip(params, g))

    step_fn = jax.jit(step, donate_argnums=0)
    state = [tuple(jnp.asarray(a) for a in _initial())]
    jx, jt = jnp.asarray(xs), jnp.asarray(ts)

    def epoch() -> None:
        state[0] = jax.block_until_ready(step_fn(state[0], jx, jt))

    return Contestant(epoch, lambda: tuple(np.asarray(a) for a in state[0]))


SKLEARN_DIFFERS = (
    "not the same network: MLPRegressor's output layer is the identity, not a sigmoid, "
    "and its initial weights are its own; its closest configuration, a reference only"
)


def sklearn_trainer(xs, ts, batch: int) -> Contestant:
    """scikit-learn's MLP, its closest configuration (logistic hidden layer, squared
    error, plain SGD); each ``partial_fit`` is one epoch. Not the same network."""
    from sklearn.neural_network import MLPRegressor

    model = MLPRegressor(
        hidden_layer_sizes=(36,),
        activation="logistic",
        solver="sgd",
        learning_rate_init=LR,
        batch_size=batch,
        momentum=0.0,
        nesterovs_momentum=False,
        alpha=0.0,
        shuffle=False,
        random_state=0,
    )

    from threadpoolctl import threadpool_limits

    def epoch() -> None:
        # one BLAS thread, as every contestant: with two, the idle BLAS threads left
        # spinning after its turn took the core from the contestant after it (FruitNet's
        # full batch: 0.9 against 3.3 million samples/s in the same rounds)
        with warnings.catch_warnings(), threadpool_limits(limits=1, user_api="blas"):
            warnings.simplefilter("ignore")
            model.partial_fit(xs, ts)

    def weights():
        (w1, w2), (b1, b2) = model.coefs_, model.intercepts_
        return w1, b1, w2, b2

    return Contestant(epoch, weights, SKLEARN_DIFFERS)


# ---- measuring ------------------------------------------------------------------------


def weight_difference(ours: tuple[np.ndarray, ...], theirs: tuple[np.ndarray, ...]) -> float:
    """The largest absolute difference between two sets of (W1, b1, W2, b2)."""
    return max(
        float(np.max(np.abs(np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64))))
        for a, b in zip(ours, theirs)
    )


#: Each contestant trains for at least this long in every round (fast ones repeat their
#: epoch, and the round counts the median of those epochs), so that one scheduler hiccup
#: decides no round's figure.
ROUND_S = 0.05


@dataclass
class Rates:
    """What :func:`interleaved_rates` measured."""

    #: samples/s per contestant: the median over the rounds
    rates: dict[str, float]
    #: (slowest, fastest) round per contestant
    ranges: dict[str, tuple[float, float]]
    #: each contestant's largest weight difference from the first one's after one epoch
    differences: dict[str, float]
    #: samples/s per contestant per round
    rounds: dict[str, list[float]]

    def ratio(self, us: str, them: str) -> tuple[float, float, float]:
        """``us`` over ``them``: the median of the rounds' ratios (each round's two
        figures a few tens of milliseconds apart), and the lowest and highest round's."""
        per_round = [a / b for a, b in zip(self.rounds[us], self.rounds[them])]
        return statistics.median(per_round), min(per_round), max(per_round)


def interleaved_rates(contestants: dict[str, Contestant], n: int, repeats: int) -> Rates:
    """Samples per second of each contestant over ``repeats`` interleaved rounds, and
    each one's largest weight difference from the first contestant's after the first
    (warm-up) epoch."""
    reps: dict[str, int] = {}
    for name, c in contestants.items():  # the warm-up epoch, and the check
        t0 = time.perf_counter()
        c.epoch()
        reps[name] = max(1, min(50, int(ROUND_S / max(time.perf_counter() - t0, 1e-6))))
    first = next(iter(contestants.values())).weights()
    differences = {name: weight_difference(first, c.weights()) for name, c in contestants.items()}
    rounds: dict[str, list[float]] = {name: [] for name in contestants}
    for _ in range(repeats):
        for name, c in contestants.items():
            epochs = []
            for _ in range(reps[name]):
                t0 = time.perf_counter()
                c.epoch()
                epochs.append(time.perf_counter() - t0)
            rounds[name].append(n / statistics.median(epochs))
    return Rates(
        rates={name: statistics.median(r) for name, r in rounds.items()},
        ranges={name: (min(r), max(r)) for name, r in rounds.items()},
        differences=differences,
        rounds=rounds,
    )


def _skipped(results: list[Result], name: str, module: str, extra: str = "") -> None:
    results.append(
        Result(
            "training", name, float("nan"), "", note=f"skipped: {module} is not installed{extra}"
        )
    )


def run(quick: bool) -> list[Result]:
    n = 2_000 if quick else 10_000
    repeats = 3 if quick else 7
    xs, ts = random_fruit_data(n)
    results: list[Result] = []
    try:
        import torch

        torch.set_num_threads(1)
        with contextlib.suppress(RuntimeError):  # allowed only before its first use
            # its inter-op pool too: idle threads left spinning slowed the contestants
            # that ran after PyTorch's turn
            torch.set_num_interop_threads(1)
        txs, tts = torch.tensor(xs), torch.tensor(ts)
    except ImportError:
        torch = None
        _skipped(results, "PyTorch", "torch")
    try:
        _jax()
        have_jax = True
    except ImportError:
        have_jax = False
        _skipped(results, "JAX", "jax", " (pip install -e '.[bench]')")
    try:
        import sklearn  # noqa: F401

        have_sklearn = True
    except ImportError:
        have_sklearn = False
        _skipped(results, "scikit-learn", "scikit-learn")
    compiled = have_numba()
    if not compiled:
        _skipped(results, "FruitNet compiled loop", "numba", "; FruitNet below is its NumPy loop")

    peak = matmul_peak_flops()
    flop = flop_per_sample()
    limit = peak / flop
    results.append(
        Result(
            "training",
            "arithmetic limit: 1024² float64 matrix product, one BLAS thread",
            peak / 1e9,
            "GFLOP/s",
            note=f"one sample {flop:,} FLOP (sigmoids not counted): "
            f"{limit:,.0f} samples/s on one core",
        )
    )

    # (label, batch, {peer: (factory, wanted ratio of the compiled FruitNet or None)})
    suites: list[tuple[str, int, dict]] = []
    # without Numba, FruitNet's own figure is its NumPy loop's, held to the NumPy target
    online: dict = {
        "tight NumPy loop": (lambda: numpy_loop_trainer(xs, ts), None if compiled else 1.5)
    }
    if have_jax:
        online["JAX lax.scan (jit)"] = (lambda: jax_online_trainer(xs, ts), 2 if compiled else None)
    if torch is not None:
        online["PyTorch loop (no autograd)"] = (
            lambda: torch_online_manual_trainer(torch, txs, tts), 3
        )  # fmt: skip
        online["PyTorch autograd"] = (lambda: torch_autograd_trainer(torch, txs, tts, 1), 25)
    if have_sklearn:
        online["scikit-learn MLPRegressor batch_size=1"] = (
            lambda: sklearn_trainer(xs, ts, 1),
            None,
        )
    suites.append(("online", 1, online))
    batch_peers: dict = {}
    if have_jax:
        batch_peers["JAX jit"] = (lambda: jax_batch_trainer(xs, ts), 1.5 if compiled else None)
    if torch is not None:
        batch_peers["PyTorch"] = (lambda: torch_manual_trainer(torch, txs, tts, n), 1)
    if have_sklearn:
        batch_peers["scikit-learn MLPRegressor"] = (lambda: sklearn_trainer(xs, ts, n), None)
    suites.append(("full batch", n, batch_peers))
    mini: dict = {}
    if torch is not None:
        mini["PyTorch"] = (lambda: torch_manual_trainer(torch, txs, tts, 32), None)
    if have_sklearn:
        mini["scikit-learn MLPRegressor"] = (lambda: sklearn_trainer(xs, ts, 32), None)
    suites.append(("mini-batch 32", 32, mini))

    for label, batch, peers in suites:
        contestants = {"FruitNet": fruitnet_trainer(xs, ts, batch)}
        # online and full batch have compiled loops; mini-batch 32 does not
        numpy_too = batch in (1, n) and compiled
        if numpy_too:  # the app without the fast extra, in the same rounds
            contestants["FruitNet NumPy"] = fruitnet_trainer(xs, ts, batch, use_numba=False)
        for name, (factory, _) in peers.items():
            contestants[name] = factory()
        measured = interleaved_rates(contestants, n, repeats)
        rates, ranges, diffs = measured.rates, measured.ranges, measured.differences
        ours = rates["FruitNet"]
        kind = ("compiled (Numba)" if compiled else "NumPy") if batch in (1, n) else "NumPy/BLAS"
        wanted = {1: ONLINE_RATE_TARGET, n: BATCH_RATE_TARGET}.get(batch) if compiled else None
        lo, hi = ranges["FruitNet"]
        results.append(
            Result(
                "training",
                f"{label}: FruitNet, {kind}",
                ours,
                "samples/s",
                f"≥ {wanted:,}" if wanted else "",
                None if not wanted else ours >= wanted,
                note=f"rounds {lo:,.0f}-{hi:,.0f}; {100 * ours / limit:.0f} % of the arithmetic "
                "limit",
            )
        )
        counted = {name: (f, contestants[name].differs) for name, (_, f) in peers.items()}
        _compare(results, label, "FruitNet", measured, counted)
        if numpy_too:
            plain = rates["FruitNet NumPy"]
            lo, hi = ranges["FruitNet NumPy"]
            results.append(
                Result(
                    "training",
                    f"{label}: FruitNet, NumPy (without the fast extra)",
                    plain,
                    "samples/s",
                    note=f"same rounds {lo:,.0f}-{hi:,.0f}; max |Δw| after one epoch "
                    f"{diffs['FruitNet NumPy']:.1e}",
                )
            )
            numpy_wanted = {"tight NumPy loop": 1.5} if batch == 1 else {}
            _compare(
                results,
                f"{label}, NumPy",
                "FruitNet NumPy",
                measured,
                {name: (numpy_wanted.get(name), contestants[name].differs) for name in peers},
                peer_rows=False,
            )
    return results


def _compare(
    results: list[Result],
    label: str,
    us: str,
    measured: Rates,
    peers: dict[str, tuple[float | None, str]],
    *,
    peer_rows: bool = True,
) -> None:
    for name, (factor, differs) in peers.items():
        theirs, diff = measured.rates[name], measured.differences[name]
        if differs:
            same, check = False, differs
        else:
            same = diff <= SAME
            check = (
                f"weights after one epoch equal FruitNet's: max |Δ| {diff:.1e}"
                if same
                else f"NOT the same training: weights after one epoch differ by {diff:.1e}"
            )
        if peer_rows:
            lo, hi = measured.ranges[name]
            results.append(
                Result(
                    "training",
                    f"{label}: {name}",
                    theirs,
                    "samples/s",
                    note=f"rounds {lo:,.0f}-{hi:,.0f}; {check}",
                )
            )
        ratio, lo, hi = measured.ratio(us, name)
        counts = bool(factor) and same
        results.append(
            Result(
                "training",
                f"{label}: {us} / {name}",
                ratio,
                "×",
                f"≥ {factor}×" if counts else "",
                ratio >= factor if counts else None,  # type: ignore[operator]
                note=f"median of the rounds' ratios; rounds {lo:.3g}-{hi:.3g}"
                + ("" if same else "; reference only, not counted"),
            )
        )
