"""The activation functions a layer may use, their slopes, and how formulas write them.

``sigmoid`` is the paper's. ``tanh``, ``relu`` and ``linear`` are the common others;
``softmax`` is the output layer of a network trained with cross-entropy
(E = −Σ target × ln(out)), for which the output's error term is simply out − target.

Every numbers line must be calculator-true with only + − × /, ², brackets, ``exp``,
``ln`` and ``max`` (docs/FORMATS.md), so tanh is written with exp:
tanh(x) = (exp(x) − exp(−x)) / (exp(x) + exp(−x)).

ReLU's slope at 0 is taken to be 0 (the function has no slope there; 0 is what most
libraries use).
"""

from __future__ import annotations

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.text import translate

__all__ = ["ACTIVATIONS", "LOSSES", "activate", "check_activations", "slope"]

ACTIVATIONS = ("sigmoid", "tanh", "relu", "linear", "softmax")
LOSSES = ("squared", "cross_entropy")


def _sigmoid(x: np.ndarray) -> np.ndarray:
    # split on the sign: every exp argument is ≤ 0, so nothing overflows
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))


def activate(name: str, net: np.ndarray) -> np.ndarray:
    """The layer's outputs for its net inputs (the last axis is the layer)."""
    net = np.asarray(net, dtype=np.float64)
    if name == "sigmoid":
        return _sigmoid(net)
    if name == "tanh":
        return np.tanh(net)
    if name == "relu":
        return np.maximum(net, 0.0)
    if name == "linear":
        return net.copy()
    if name == "softmax":
        shifted = net - np.max(net, axis=-1, keepdims=True)  # no overflow
        e = np.exp(shifted)
        return e / np.sum(e, axis=-1, keepdims=True)
    raise ModelError(translate("Checks", "unknown activation {name}").format(name=repr(name)))


def slope(name: str, net: np.ndarray, out: np.ndarray) -> np.ndarray:
    """dout/dnet, element by element (softmax's is not: see :mod:`network`)."""
    if name == "sigmoid":
        return out * (1.0 - out)
    if name == "tanh":
        return 1.0 - out * out
    if name == "relu":
        return (np.asarray(net) > 0).astype(np.float64)  # 0 at 0, by choice
    if name == "linear":
        return np.ones_like(np.asarray(out, dtype=np.float64))
    raise ModelError(
        translate("Checks", "the slope of {name} is not element by element").format(name=repr(name))
    )


def check_activations(
    activations: tuple[str, ...] | list[str] | None, n_layers: int, loss: str
) -> tuple[tuple[str, ...], str]:
    """One activation per weight layer, and the loss; softmax goes with cross-entropy."""
    if loss not in LOSSES:
        raise ModelError(
            translate("Checks", "the loss must be one of {join}, got {loss}").format(
                join=", ".join(LOSSES), loss=repr(loss)
            )
        )
    if activations is None:
        acts = ["sigmoid"] * n_layers
        if loss == "cross_entropy":
            acts[-1] = "softmax"
        return tuple(acts), loss
    acts = [str(a) for a in activations]
    if len(acts) != n_layers:
        raise ModelError(
            translate(
                "Checks", "a network with {n_layers} weight layers needs {n_layers} activations"
            ).format(n_layers=n_layers)
        )
    for a in acts:
        if a not in ACTIVATIONS:
            raise ModelError(
                translate("Checks", "activation must be one of {join}, got {a}").format(
                    join=", ".join(ACTIVATIONS), a=repr(a)
                )
            )
    if "softmax" in acts[:-1]:
        raise ModelError(translate("Checks", "softmax can only be the output layer's activation"))
    if (acts[-1] == "softmax") != (loss == "cross_entropy"):
        raise ModelError(
            translate(
                "Checks", "a softmax output goes with the cross-entropy loss, and only with it"
            )
        )
    return tuple(acts), loss
