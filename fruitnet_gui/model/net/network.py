"""A small fully connected sigmoid network, computed the vectorized way.

This is the reference every other computation in FruitNet is checked against: the
sub-step walk of :mod:`fruitnet_gui.model.teaching.iteration`, the fast training kernel and the
benchmarks. Conventions follow the worked example and docs/FORMATS.md:

* ``weights[l][i, j]`` is the weight from node ``i`` of layer ``l`` to node ``j`` of
  layer ``l + 1``;
* ``biases[l][j]`` is the bias weight into node ``j`` of layer ``l + 1``, fed by a
  constant bias input (1 in the paper);
* every non-input node applies the logistic sigmoid;
* the error of one sample is ``E_total = 1/2 * sum((target - out) ** 2)``.

Those are the paper's :mod:`~fruitnet_gui.model.net.conventions`; a network may follow
another textbook's (the error summed or averaged, one bias per layer or none, biases
kept fixed, batch gradients summed). The bias weights are always held one per node:
with ``per_layer`` every node of a layer holds the same shared value, and with
``none`` they are all zero and never change.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.activations import activate, check_activations, slope
from fruitnet_gui.model.net.conventions import PAPER, Conventions
from fruitnet_gui.model.net.network_checks import (
    check_bias_input,
    check_input,
    check_learning_rate,
    check_seed,
    check_shape_and_classes,
    check_structure,
    check_target,
    unknown_label,
)
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate

__all__ = [
    "FRUIT_CLASSES",
    "PAPER_INPUT",
    "PAPER_TARGET",
    "Forward",
    "Gradients",
    "Network",
    "check_learning_rate",
    "check_seed",
    "cross_entropy",
    "fruit_network",
    "paper_network",
    "random_network",
    "sigmoid",
    "total_error",
]

#: The classes of the worked example, in one-hot order: red apple = [1, 0], tomato = [0, 1].
FRUIT_CLASSES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Classes", "red apple"),
    QT_TRANSLATE_NOOP("Classes", "tomato"),
)

#: The paper's input (x1, x2) and target ("tomato").
PAPER_INPUT = np.array([0.15, 0.35])
PAPER_TARGET = np.array([0.0, 1.0])


def sigmoid(x: np.ndarray | float) -> np.ndarray:
    """Logistic function, stable for any finite input.

    The plain ``1 / (1 + exp(-x))`` overflows (and warns) for large negative ``x``;
    splitting on the sign keeps every ``exp`` argument non-positive.
    """
    x = np.asarray(x, dtype=np.float64)
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))


def total_error(
    out: np.ndarray, target: np.ndarray, conventions: Conventions = PAPER
) -> float | np.ndarray:
    """``E_total`` over the last axis: ``1/2 * sum((target - out)^2)`` in the paper, the
    plain sum or the mean over the outputs under the other error conventions."""
    diff = np.asarray(target, dtype=np.float64) - np.asarray(out, dtype=np.float64)
    return conventions.term_scale(diff.shape[-1]) * np.sum(diff * diff, axis=-1)


def cross_entropy(out: np.ndarray, target: np.ndarray) -> float | np.ndarray:
    """``E = −Σ target × ln(out)`` over the last axis (a softmax output is never 0 in
    float64 for the nets FruitNet allows, but it is clipped at 1e-300 all the same)."""
    out = np.maximum(np.asarray(out, dtype=np.float64), 1e-300)
    return -np.sum(np.asarray(target, dtype=np.float64) * np.log(out), axis=-1)


@dataclass(frozen=True)
class Forward:
    """What a forward pass computed, layer by layer.

    ``outs[0]`` is the input itself; ``nets[l]`` and ``outs[l + 1]`` belong to layer
    ``l + 1``. Arrays are 1-D for one sample and 2-D (samples × nodes) for a batch.
    """

    nets: list[np.ndarray]
    outs: list[np.ndarray]

    @property
    def output(self) -> np.ndarray:
        return self.outs[-1]


@dataclass(frozen=True)
class Gradients:
    """dE_total/dw for every weight and bias weight, shaped like the network's arrays.

    ``deltas[l]`` is dE_total/dnet for the nodes of layer ``l + 1``.
    """

    weights: list[np.ndarray]
    biases: list[np.ndarray]
    deltas: list[np.ndarray] = field(default_factory=list)


class Network:
    """A feed-forward sigmoid network with bias weights.

    Parameters
    ----------
    layers
        Node counts from input to output, at least three entries (one hidden layer).
    weights, biases
        ``weights[l]`` of shape ``(layers[l], layers[l + 1])`` and ``biases[l]`` of
        shape ``(layers[l + 1],)``. Copied.
    bias_input
        The constant that feeds every bias weight (1 in the paper).
    learning_rate
        Step size of gradient descent (0.5 in the paper).
    input_shape
        How the inputs are laid out as an image, rows × columns; its cells must equal
        ``layers[0]``. Defaults to one row.
    classes
        One name per output node (one-hot targets).
    conventions
        The error, bias and batch conventions (:data:`PAPER` by default). With
        ``bias="per_layer"`` each ``biases[l]`` may hold one number, with ``"none"``
        it may be empty.
    """

    @property
    def activation(self) -> str:
        """The one activation of every layer (version 1 files), or ``"mixed"``."""
        return self.activations[0] if len(set(self.activations)) == 1 else "mixed"

    @property
    def is_paper_kind(self) -> bool:
        """Sigmoid everywhere, squared error and the paper's conventions: the fast
        training kernel's network."""
        return (
            self.conventions.is_paper
            and self.loss == "squared"
            and all(a == "sigmoid" for a in self.activations)
        )

    def __init__(
        self,
        layers: Sequence[int],
        weights: Sequence[np.ndarray],
        biases: Sequence[np.ndarray],
        *,
        bias_input: float = 1.0,
        learning_rate: float = 0.5,
        input_shape: Sequence[int] | None = None,
        classes: Sequence[str] | None = None,
        conventions: Conventions = PAPER,
        activations: Sequence[str] | None = None,
        loss: str = "squared",
    ) -> None:
        layers, ws, bs = check_structure(layers, weights, biases, conventions)
        input_shape, classes = check_shape_and_classes(layers, input_shape, classes)
        check_learning_rate(learning_rate)
        bias_input = check_bias_input(bias_input)

        self.layers: tuple[int, ...] = layers
        self.weights: list[np.ndarray] = ws
        self.biases: list[np.ndarray] = bs
        self.bias_input = float(bias_input)
        self.learning_rate = float(learning_rate)
        self.input_shape: tuple[int, int] = input_shape  # type: ignore[assignment]
        self.classes: tuple[str, ...] = classes
        self.conventions = conventions
        self.activations, self.loss = check_activations(activations, len(layers) - 1, loss)
        if self.loss == "cross_entropy" and layers[-1] < 2:
            raise ModelError(
                translate("Checks", "a softmax output needs at least two output nodes (classes)")
            )

    # -- structure ---------------------------------------------------------------------
    @property
    def n_inputs(self) -> int:
        return self.layers[0]

    @property
    def n_outputs(self) -> int:
        return self.layers[-1]

    @property
    def n_weights(self) -> int:
        """Every weight including bias weights (1406 for 36-36-2)."""
        return sum(w.size + b.size for w, b in zip(self.weights, self.biases))

    def copy(self) -> Network:
        return Network(
            self.layers,
            self.weights,
            self.biases,
            bias_input=self.bias_input,
            learning_rate=self.learning_rate,
            input_shape=self.input_shape,
            classes=self.classes,
            conventions=self.conventions,
            activations=self.activations,
            loss=self.loss,
        )

    def with_params(self, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray]) -> Network:
        """The same network shape and settings with other weights."""
        return Network(
            self.layers,
            weights,
            biases,
            bias_input=self.bias_input,
            learning_rate=self.learning_rate,
            input_shape=self.input_shape,
            classes=self.classes,
            conventions=self.conventions,
            activations=self.activations,
            loss=self.loss,
        )

    def with_conventions(self, conventions: Conventions) -> Network:
        """The same network under other conventions. Bias weights follow: a shared bias
        starts as the mean of the layer's, and without a bias they become zero."""
        bs = [b.copy() for b in self.biases]
        if conventions.bias == "per_layer" and self.conventions.bias != "per_layer":
            bs = [np.full_like(b, b.mean()) for b in bs]
        elif conventions.bias == "none":
            bs = [np.zeros_like(b) for b in bs]
        return Network(
            self.layers,
            self.weights,
            bs,
            bias_input=self.bias_input,
            learning_rate=self.learning_rate,
            input_shape=self.input_shape,
            classes=self.classes,
            conventions=conventions,
            activations=self.activations,
            loss=self.loss,
        )

    def with_design(self, activations: Sequence[str], loss: str = "squared") -> Network:
        """The same weights with other activations and loss."""
        return Network(
            self.layers, self.weights, self.biases, bias_input=self.bias_input,
            learning_rate=self.learning_rate, input_shape=self.input_shape,
            classes=self.classes, conventions=self.conventions, activations=activations,
            loss=loss,
        )  # fmt: skip

    def with_learning_rate(self, learning_rate: float) -> Network:
        net = self.copy()
        net.learning_rate = check_learning_rate(learning_rate)
        return net

    def flat_params(self) -> np.ndarray:
        """All weights then all biases, layer by layer, as one vector (for comparisons)."""
        return np.concatenate([w.ravel() for w in self.weights] + [b.ravel() for b in self.biases])

    def target_for(self, label: str) -> np.ndarray:
        """The one-hot target of a class name."""
        try:
            k = self.classes.index(label)
        except ValueError:
            raise unknown_label(label, self.classes) from None
        target = np.zeros(self.n_outputs)
        target[k] = 1.0
        return target

    # -- computation -------------------------------------------------------------------
    def check_input(self, x: np.ndarray | Sequence[float]) -> np.ndarray:
        return check_input(x, self.n_inputs)

    def check_target(self, target: np.ndarray | Sequence[float]) -> np.ndarray:
        return check_target(target, self.n_outputs, self.loss)

    def forward(self, x: np.ndarray | Sequence[float]) -> Forward:
        """Net inputs and outputs of every layer for one sample (1-D) or a batch (2-D)."""
        out = self.check_input(x)
        nets: list[np.ndarray] = []
        outs: list[np.ndarray] = [out]
        for w, b, act in zip(self.weights, self.biases, self.activations):
            net = out @ w + self.bias_input * b
            out = sigmoid(net) if act == "sigmoid" else activate(act, net)
            nets.append(net)
            outs.append(out)
        return Forward(nets, outs)

    def predict(self, x: np.ndarray | Sequence[float]) -> np.ndarray:
        """The output layer's values."""
        return self.forward(x).output

    def error(
        self, x: np.ndarray | Sequence[float], target: np.ndarray | Sequence[float]
    ) -> float | np.ndarray:
        """E_total of one sample, or one E_total per sample of a batch."""
        return self.error_of(self.predict(x), self.check_target(target))

    def error_of(self, out: np.ndarray, target: np.ndarray) -> float | np.ndarray:
        """E_total of given outputs, under this network's loss and conventions."""
        if self.loss == "cross_entropy":
            return cross_entropy(out, target)
        return total_error(out, target, self.conventions)

    def backward(self, fwd: Forward, target: np.ndarray | Sequence[float]) -> Gradients:
        """dE_total/dw by the chain rule, as the worked example unpacks it.

        For a batch the gradient is the mean over samples of each sample's gradient (or
        their sum, under the ``batch_gradient="sum"`` convention). A shared bias weight
        (``per_layer``) gets the sum of its layer's nodes' gradients, written to each
        node's entry; without a bias the bias gradients are zero.
        """
        t = self.check_target(target)
        conv = self.conventions
        outs = fwd.outs
        batch = outs[0].ndim == 2
        mean = batch and conv.batch_gradient == "mean"
        scale = 1.0 / outs[0].shape[0] if mean else 1.0
        y = outs[-1]
        acts = self.activations
        if self.loss == "cross_entropy":
            delta = y - t  # softmax with cross-entropy: ∂E/∂net = out − target
        elif acts[-1] == "sigmoid":
            # dE/dout * dout/dnet for the output layer: c (out - target) * out * (1 - out),
            # with c = 1 for the paper's half sum
            delta = (conv.output_scale(self.n_outputs) * (y - t)) * y * (1.0 - y)
        else:
            c = conv.output_scale(self.n_outputs) * (y - t)
            delta = c * slope(acts[-1], fwd.nets[-1], y)
        n = len(self.weights)
        gw: list[np.ndarray] = [np.empty(0)] * n
        gb: list[np.ndarray] = [np.empty(0)] * n
        deltas: list[np.ndarray] = [np.empty(0)] * n
        for l in range(n - 1, -1, -1):
            deltas[l] = delta
            a = outs[l]
            if batch:
                gw[l] = (a.T @ delta) * scale
                gb[l] = delta.sum(axis=0) * (self.bias_input * scale)
            else:
                gw[l] = np.outer(a, delta)
                gb[l] = delta * self.bias_input
            if conv.bias == "per_layer":
                gb[l] = np.full_like(gb[l], gb[l].sum())
            elif conv.bias == "none":
                gb[l] = np.zeros_like(gb[l])
            if l:
                # dE/dout of the layer below collects error from every node it feeds
                if acts[l - 1] == "sigmoid":
                    delta = (delta @ self.weights[l].T) * a * (1.0 - a)
                else:
                    delta = (delta @ self.weights[l].T) * slope(acts[l - 1], fwd.nets[l - 1], a)
        return Gradients(gw, gb, deltas)

    def gradients(
        self, x: np.ndarray | Sequence[float], target: np.ndarray | Sequence[float]
    ) -> Gradients:
        return self.backward(self.forward(x), target)

    def updated(self, grads: Gradients, learning_rate: float | None = None) -> Network:
        """A new network with ``new = old - learning_rate * gradient`` for every weight."""
        lr = self.learning_rate if learning_rate is None else check_learning_rate(learning_rate)
        ws = [w - lr * g for w, g in zip(self.weights, grads.weights)]
        if self.conventions.biases_learn:
            bs = [b - lr * g for b, g in zip(self.biases, grads.biases)]
        else:
            bs = self.biases
        return self.with_params(ws, bs)

    def train_step(
        self, x: np.ndarray | Sequence[float], target: np.ndarray | Sequence[float]
    ) -> tuple[Network, float]:
        """One vectorized training iteration: the new network and E_total before the update.

        For a batch, E_total is the mean over samples and the step uses the mean gradient.
        """
        fwd = self.forward(x)
        t = self.check_target(target)
        err = float(np.mean(self.error_of(fwd.output, t)))
        return self.updated(self.backward(fwd, t)), err

    def __repr__(self) -> str:
        return f"Network(layers={list(self.layers)}, learning_rate={self.learning_rate})"


def paper_network() -> Network:
    """The 2-2-2 network of the worked example with its exact starting weights."""
    return Network(
        (2, 2, 2),
        [np.array([[0.10, 0.20], [0.12, 0.17]]), np.array([[0.05, 0.40], [0.33, 0.07]])],
        [np.array([0.80, 0.25]), np.array([0.15, 0.70])],
        bias_input=1.0,
        learning_rate=0.5,
        input_shape=(1, 2),
        classes=FRUIT_CLASSES,
    )


def random_network(
    layers: Sequence[int],
    seed: int = 0,
    *,
    scale: float | None = None,
    learning_rate: float = 0.5,
    input_shape: Sequence[int] | None = None,
    classes: Sequence[str] | None = None,
) -> Network:
    """Random weights, reproducible from ``seed``.

    Uniform in ``[-scale, scale]`` with ``scale = 1 / sqrt(fan_in)`` by default, which
    keeps the sigmoids out of saturation at the start.
    """
    rng = np.random.default_rng(check_seed(seed))
    ws, bs = [], []
    for n_in, n_out in itertools.pairwise(layers):
        s = 1.0 / np.sqrt(n_in) if scale is None else scale
        ws.append(rng.uniform(-s, s, size=(n_in, n_out)))
        bs.append(rng.uniform(-s, s, size=n_out))
    return Network(
        layers, ws, bs, learning_rate=learning_rate, input_shape=input_shape, classes=classes
    )


def fruit_network(seed: int = 0) -> Network:
    """The 36-36-2 fruit classifier: a 6×6 image in, red apple / tomato out."""
    return random_network((36, 36, 2), seed, input_shape=(6, 6), classes=FRUIT_CLASSES)
