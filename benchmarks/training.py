"""Training throughput of the 36-36-2 net: FruitNet against PyTorch and scikit-learn.

All runs: float64, learning rate 0.5, sigmoid everywhere, squared error, the same
10,000 random 6×6 samples, one epoch, no shuffling. PyTorch is pinned to one thread
(its fastest setting for these tiny matrices here). Peers that are not installed are
skipped and said so.
"""

from __future__ import annotations

import contextlib
import statistics
import time
import warnings

import numpy as np

from benchmarks.common import Result, random_fruit_data
from fruitnet_gui.model import fruit_network
from fruitnet_gui.model.kernel import have_numba
from fruitnet_gui.model.training import OnlineKernel

LR = 0.5


# Each factory sets a contestant up once and returns a function that trains it for one
# more epoch: the weights (and any buffers) carry over from epoch to epoch, as in real
# training, and the timed part is the epoch alone.


def fruitnet_trainer(xs: np.ndarray, ts: np.ndarray, batch: int, *, use_numba: bool = True):
    """FruitNet's training kernel as the app uses it (compiled with Numba where that is
    installed), or with ``use_numba=False`` its NumPy loop."""
    kernel = OnlineKernel(fruit_network(0), LR, use_numba=use_numba)
    if batch == 1:
        return lambda: kernel.run(xs, ts)
    return lambda: kernel.run_batches(xs, ts, batch)


def _torch_params(torch):
    net = fruit_network(0)
    w1, w2 = (torch.tensor(w) for w in net.weights)
    b1, b2 = (torch.tensor(b) for b in net.biases)
    return w1, w2, b1, b2


def torch_manual_trainer(torch, xs, ts, batch: int):
    """A hand-written loop: forward, backward by the chain rule, in-place updates."""
    w1, w2, b1, b2 = _torch_params(torch)

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

    return epoch


def torch_online_manual_trainer(torch, xs, ts):
    """The hand-written loop for one sample at a time (vectors, torch.outer)."""
    w1, w2, b1, b2 = _torch_params(torch)

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

    return epoch


def torch_autograd_trainer(torch, xs, ts, batch: int):
    params = [p.requires_grad_(True) for p in _torch_params(torch)]
    w1, w2, b1, b2 = params

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

    return epoch


def sklearn_trainer(xs, ts, batch: int):
    """scikit-learn's MLP (logistic hidden layer, squared error, plain SGD); each
    ``partial_fit`` is one epoch."""
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

    def epoch() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.partial_fit(xs, ts)

    return epoch


def interleaved_rates(contestants: dict, n: int, repeats: int) -> dict[str, float]:
    """Samples per second of each contestant: the median over ``repeats`` rounds, each
    round running every contestant once, so a drift in the machine's speed (this VM's
    speed varies by up to 2× over minutes) falls on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in contestants}
    for fn in contestants.values():  # warm-up
        fn()
    for _ in range(repeats):
        for name, fn in contestants.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: n / statistics.median(ts) for name, ts in times.items()}


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
        results.append(
            Result("training", "PyTorch", float("nan"), "", note="skipped: torch is not installed")
        )
    try:
        import sklearn  # noqa: F401

        have_sklearn = True
    except ImportError:
        have_sklearn = False
        results.append(
            Result(
                "training",
                "scikit-learn",
                float("nan"),
                "",
                note="skipped: scikit-learn is not installed",
            )
        )

    # (label, batch, {peer: (function, wanted ratio or None)})
    suites = []
    online = {}
    if torch is not None:
        online["PyTorch loop (no autograd)"] = (torch_online_manual_trainer(torch, txs, tts), 3)
        online["PyTorch autograd"] = (torch_autograd_trainer(torch, txs, tts, 1), 25)
    if have_sklearn:
        online["scikit-learn MLP batch_size=1"] = (sklearn_trainer(xs, ts, 1), 8)
    suites.append(("online", 1, online))
    for label, batch, wanted in (("full batch", n, {"PyTorch": 1, "scikit-learn": 2}),
                                 ("mini-batch 32", 32, {"scikit-learn": 3})):  # fmt: skip
        peers = {}
        if torch is not None:
            peers["PyTorch"] = (torch_manual_trainer(torch, txs, tts, batch), wanted.get("PyTorch"))
        if have_sklearn:
            peers["scikit-learn"] = (sklearn_trainer(xs, ts, batch), wanted.get("scikit-learn"))
        suites.append((label, batch, peers))

    compiled = have_numba()
    if not compiled:
        results.append(
            Result(
                "training",
                "FruitNet compiled loop",
                float("nan"),
                "",
                note="skipped: numba is not installed (pip install -e '.[fast]'); "
                "FruitNet below is its NumPy loop",
            )
        )
    for label, batch, peers in suites:
        contestants = {"FruitNet": fruitnet_trainer(xs, ts, batch)}
        # online and full batch have compiled loops; mini-batch 32 does not
        numpy_loop = batch in (1, n) and compiled
        if numpy_loop:  # the app without the fast extra, in the same rounds
            contestants["FruitNet NumPy loop"] = fruitnet_trainer(xs, ts, batch, use_numba=False)
        contestants.update({name: fn for name, (fn, _) in peers.items()})
        rates = interleaved_rates(contestants, n, repeats)
        ours = rates["FruitNet"]
        if batch == 1:
            kind = "compiled loop (Numba)" if compiled else "NumPy loop"
            results.append(
                Result(
                    "training",
                    f"online: FruitNet, {kind}",
                    ours,
                    "samples/s",
                    "≥ 120000",
                    ours >= 120_000,
                )
            )
        else:
            results.append(Result("training", f"{label}: FruitNet", ours, "samples/s"))
        _compare(results, label, ours, {name: (rates[name], f) for name, (_, f) in peers.items()})
        if numpy_loop:
            plain = rates["FruitNet NumPy loop"]
            results.append(
                Result(
                    "training",
                    f"{label}: FruitNet, NumPy (without the fast extra)",
                    plain,
                    "samples/s",
                    note="same rounds",
                )
            )
            _compare(
                results,
                f"{label}, NumPy",
                plain,
                {name: (rates[name], None) for name in peers},
            )
    return results


def _compare(results: list[Result], label: str, ours: float, peers: dict) -> None:
    for name, (theirs, factor) in peers.items():
        results.append(Result("training", f"{label}: {name}", theirs, "samples/s"))
        ratio = ours / theirs
        target = f"≥ {factor}×" if factor else ""
        results.append(
            Result(
                "training",
                f"{label}: FruitNet / {name}",
                ratio,
                "×",
                target,
                None if not factor else ratio >= factor,
            )
        )
