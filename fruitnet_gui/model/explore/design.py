"""Designing a network: its shape, activations, loss and starting weights.

:func:`initial_weights` makes the starting weights reproducibly from a seed:

* ``uniform``: uniform in [−r, r];
* ``normal``: normal with standard deviation r;
* ``xavier``: Xavier/Glorot uniform, r = √(6 / (fan_in + fan_out)) for each layer;
* ``nice``: uniform in [−r, r] rounded to 2 decimals (and never exactly 0), numbers a
  student can work with by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.conventions import PAPER, Conventions
from fruitnet_gui.model.net.network import Network, check_seed
from fruitnet_gui.model.text import translate

__all__ = ["INITS", "MAX_HIDDEN_LAYERS", "MAX_NODES", "design_network", "initial_weights"]

INITS = ("uniform", "normal", "xavier", "nice")
MAX_HIDDEN_LAYERS = 4
MAX_NODES = 64


def initial_weights(
    layers: Sequence[int], scheme: str = "uniform", seed: int = 0, scale: float = 0.5
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    if scheme not in INITS:
        raise ModelError(
            translate("Checks", "the starting weights are one of {join}, got {scheme}").format(
                join=", ".join(INITS), scheme=repr(scheme)
            )
        )
    if not (0 < scale <= 10):
        raise ModelError(
            translate(
                "Checks", "the range of the starting weights is from 0 to 10, got {scale}"
            ).format(scale=scale)
        )
    rng = np.random.default_rng(check_seed(seed))
    ws, bs = [], []
    for a, b in pairwise(layers):
        if scheme == "normal":
            w, bias = rng.normal(0, scale, (a, b)), rng.normal(0, scale, b)
        else:
            r = np.sqrt(6.0 / (a + b)) if scheme == "xavier" else scale
            w, bias = rng.uniform(-r, r, (a, b)), rng.uniform(-r, r, b)
            if scheme == "xavier":
                bias = np.zeros(b)
        if scheme == "nice":
            w, bias = _nice(w, rng, scale), _nice(bias, rng, scale)
        ws.append(w)
        bs.append(bias)
    return ws, bs


def _nice(a: np.ndarray, rng: np.random.Generator, scale: float) -> np.ndarray:
    out = np.round(a, 2)
    zero = out == 0
    out[zero] = np.where(rng.random(int(zero.sum())) < 0.5, -0.01, 0.01)
    return np.clip(out, -max(round(scale, 2), 0.01), max(round(scale, 2), 0.01))


def design_network(
    layers: Sequence[int],
    *,
    activations: Sequence[str] | None = None,
    loss: str = "squared",
    conventions: Conventions = PAPER,
    learning_rate: float = 0.5,
    init: str = "uniform",
    seed: int = 0,
    scale: float = 0.5,
    classes: Sequence[str] | None = None,
    input_shape: Sequence[int] | None = None,
) -> Network:
    """A new network as the designer describes it (checked: one clear error if not)."""
    layers = [int(n) for n in layers]
    if not 1 <= len(layers) - 2 <= MAX_HIDDEN_LAYERS:
        raise ModelError(
            translate("Checks", "a network has 1 to {max_hidden_layers} hidden layers").format(
                max_hidden_layers=MAX_HIDDEN_LAYERS
            )
        )
    if any(not 1 <= n <= MAX_NODES for n in layers[1:-1]):
        raise ModelError(
            translate("Checks", "a hidden layer has 1 to {max_nodes} nodes").format(
                max_nodes=MAX_NODES
            )
        )
    ws, bs = initial_weights(layers, init, seed, scale)
    net = Network(layers, ws, bs, learning_rate=learning_rate, classes=classes,
                  input_shape=input_shape, activations=activations, loss=loss)  # fmt: skip
    return net.with_conventions(conventions) if not conventions.is_paper else net
