"""What a :class:`~fruitnet_gui.model.net.network.Network` checks before it is built or
computes, and the words of its refusals.

Each refusal is one :class:`ModelError` sentence in the user's language
(``translate("Checks", …)``): the window shows it in its status line and the command
line prints it, so a bad network, input or setting reads in French or German too.
Array names ("weights[0]", "biases[1]") and shapes stay as the code writes them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.conventions import Conventions
from fruitnet_gui.model.net.limits import MAX_LEARNING_RATE, MAX_VALUE, MIN_LEARNING_RATE
from fruitnet_gui.model.text import grouped, number, translate

__all__ = [
    "check_input",
    "check_learning_rate",
    "check_seed",
    "check_structure",
    "check_target",
    "unknown_label",
]


def _error(text: str, **values: object) -> ModelError:
    return ModelError(text.format(**values))


def _range() -> str:
    """-1 000 000 and 1 000 000, the bounds of every input, target and bias input."""
    return grouped(MAX_VALUE)


def check_structure(
    layers: Sequence[int],
    weights: Sequence[np.ndarray],
    biases: Sequence[np.ndarray],
    conventions: object,
) -> tuple[tuple[int, ...], list[np.ndarray], list[np.ndarray]]:
    """The layer sizes, weight matrices and bias vectors (one per node, whatever the
    convention) of a network, or ModelError saying what does not fit."""
    if not isinstance(conventions, Conventions):
        raise _error(
            translate("Checks", "conventions must be Conventions, got {type}"),
            type=type(conventions).__name__,
        )
    if any(isinstance(n, bool) or int(n) != n for n in layers):
        raise _error(
            translate("Checks", "layer sizes must be whole numbers, got {layers}"),
            layers=list(layers),
        )
    layers = tuple(int(n) for n in layers)
    if len(layers) < 3:
        raise _error(
            translate(
                "Checks",
                "a network needs an input layer, at least one hidden layer and an output layer",
            )
        )
    if any(n < 1 for n in layers):
        raise _error(
            translate("Checks", "every layer needs at least one node, got {layers}"),
            layers=list(layers),
        )
    if len(weights) != len(layers) - 1 or len(biases) != len(layers) - 1:
        raise _error(
            translate(
                "Checks",
                "{n} layers need {m} weight matrices and bias vectors, got {w} and {b}",
            ),
            n=len(layers),
            m=len(layers) - 1,
            w=len(weights),
            b=len(biases),
        )
    ws = [np.array(w, dtype=np.float64) for w in weights]
    bs = [_bias_vector(b, layers[l + 1], conventions.bias, l) for l, b in enumerate(biases)]
    for l, (w, b) in enumerate(zip(ws, bs)):
        if w.shape != (layers[l], layers[l + 1]):
            raise _error(
                translate("Checks", "weights[{l}] must be {rows}×{cols}, got {shape}"),
                l=l,
                rows=layers[l],
                cols=layers[l + 1],
                shape="×".join(map(str, w.shape)),
            )
        if b.shape != (layers[l + 1],):
            raise _error(
                translate("Checks", "biases[{l}] must hold {n} values, got shape {shape}"),
                l=l,
                n=layers[l + 1],
                shape=b.shape,
            )
        if not (np.all(np.isfinite(w)) and np.all(np.isfinite(b))):
            raise _error(
                translate("Checks", "weights[{l}] and biases[{l}] must be finite numbers"), l=l
            )
    return layers, ws, bs


def check_shape_and_classes(
    layers: tuple[int, ...], input_shape: Sequence[int] | None, classes: Sequence[str] | None
) -> tuple[tuple[int, int], tuple[str, ...]]:
    """The input grid (rows, columns) and the class names, or ModelError."""
    if input_shape is None:
        input_shape = (1, layers[0])
    shape = tuple(int(n) for n in input_shape)
    if len(shape) != 2 or shape[0] * shape[1] != layers[0]:
        raise _error(
            translate("Checks", "input_shape {shape} does not hold {n} inputs"),
            shape=list(shape),
            n=layers[0],
        )
    if classes is None:
        classes = tuple(f"class {k + 1}" for k in range(layers[-1]))
    names = tuple(str(c) for c in classes)
    if len(names) != layers[-1]:
        raise _error(
            translate("Checks", "{n} output nodes need {n} class names, got {got}"),
            n=layers[-1],
            got=len(names),
        )
    if len(set(names)) != len(names):
        raise _error(translate("Checks", "class names must be different from each other"))
    return shape, names  # type: ignore[return-value]


def check_bias_input(bias_input: object) -> float:
    if isinstance(bias_input, bool) or not isinstance(bias_input, (int, float, np.floating)):
        raise _error(
            translate("Checks", "the bias input must be a number, got {value}"),
            value=repr(bias_input),
        )
    if not np.isfinite(bias_input):
        raise _error(translate("Checks", "the bias input must be a finite number"))
    if abs(bias_input) > MAX_VALUE:
        raise _error(
            translate("Checks", "the bias input must lie between -{most} and {most}"),
            most=_range(),
        )
    return float(bias_input)


def unknown_label(label: str, classes: Sequence[str]) -> ModelError:
    return _error(
        translate("Checks", "unknown label {label}; the classes are {classes}"),
        label=repr(label),
        classes=", ".join(classes),
    )


def check_input(x: np.ndarray | Sequence[float], n_inputs: int) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    if x.shape[-1:] != (n_inputs,) or x.ndim > 2:
        raise _error(
            translate("Checks", "the network takes {n} inputs, got an array of shape {shape}"),
            n=n_inputs,
            shape=x.shape,
        )
    if not np.all(np.isfinite(x)):
        raise _error(translate("Checks", "inputs must be finite numbers"))
    if x.size and np.max(np.abs(x)) > MAX_VALUE:  # the net inputs could overflow
        raise _error(
            translate("Checks", "inputs must lie between -{most} and {most}"), most=_range()
        )
    return x


def check_target(
    target: np.ndarray | Sequence[float], n_outputs: int, loss: str
) -> np.ndarray:  # fmt: skip
    t = np.asarray(target, dtype=np.float64)
    if t.shape[-1:] != (n_outputs,) or t.ndim > 2:
        raise _error(
            translate("Checks", "the target needs {n} values, got an array of shape {shape}"),
            n=n_outputs,
            shape=t.shape,
        )
    if not np.all(np.isfinite(t)):
        raise _error(translate("Checks", "targets must be finite numbers"))
    if t.size and np.max(np.abs(t)) > MAX_VALUE:  # the errors could overflow
        raise _error(
            translate("Checks", "targets must lie between -{most} and {most}"), most=_range()
        )
    if loss == "cross_entropy" and not np.allclose(np.sum(t, axis=-1), 1.0, atol=1e-9):
        raise _error(
            translate(
                "Checks",
                "with cross-entropy a target is a probability for each class: its values "
                "must add up to 1",
            )
        )
    if np.any(t < 0) or np.any(t > 1):
        raise _error(
            translate(
                "Checks",
                "targets must lie between 0 and 1 (a sigmoid output never leaves that range); "
                "soft targets such as {low} and {high} are fine",
            ),
            low=number("0.01"),
            high=number("0.99"),
        )
    return t


def _bias_vector(b: object, n: int, bias: str, l: int) -> np.ndarray:
    """One bias weight per node, whatever the convention: a shared bias is repeated,
    an absent one is zero. A per-node vector under ``per_layer`` must hold equal values."""
    if bias == "none" and (b is None or np.size(b) == 0):
        return np.zeros(n)
    v = np.array(b, dtype=np.float64)
    if bias == "per_layer" and v.shape in ((), (1,)):
        v = np.full(n, float(v.reshape(-1)[0]) if v.size else np.nan)
    if v.shape == (n,):
        if bias == "per_layer" and v.size and not np.all(v == v[0]) and np.all(np.isfinite(v)):
            raise _error(
                translate(
                    "Checks",
                    "biases[{l}]: with one bias weight per layer, the layer's biases must be equal",
                ),
                l=l,
            )
        if bias == "none" and np.any(v != 0):
            raise _error(
                translate("Checks", "biases[{l}]: a network without bias has no bias weights"),
                l=l,
            )
    return v


def check_learning_rate(lr: float) -> float:
    """A learning rate must be a finite positive number of sensible size."""
    try:
        lr = float(lr)
    except (TypeError, ValueError):
        raise _error(
            translate("Checks", "the learning rate must be a number, got {value}"), value=repr(lr)
        ) from None
    if not np.isfinite(lr) or lr <= 0:
        raise _error(
            translate("Checks", "the learning rate must be a positive finite number, got {value}"),
            value=number(str(lr)),
        )
    if lr < MIN_LEARNING_RATE:
        raise _error(
            translate(
                "Checks",
                "a learning rate of {value} is too small to change any weight "
                "(use at least {least})",
            ),
            value=number(f"{lr:g}"),
            least=number(f"{MIN_LEARNING_RATE:g}"),
        )
    if lr > MAX_LEARNING_RATE:
        raise _error(
            translate(
                "Checks",
                "a learning rate of {value} is too large to learn anything (use at most {most})",
            ),
            value=number(f"{lr:g}"),
            most=number(f"{MAX_LEARNING_RATE:g}"),
        )
    return lr


def check_seed(seed: int) -> int:
    """A random seed must be a whole number from 0 to 2**63 − 1."""
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or not 0 <= seed < 2**63:
        raise _error(
            translate("Checks", "a seed must be a whole number from 0 up, got {value}"),
            value=repr(seed),
        )
    return int(seed)
