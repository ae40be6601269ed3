"""Checking a gradient numerically, and the error landscape of two weights.

Backpropagation's gradient of one weight should equal the central finite difference

    (E(w + ε) − E(w − ε)) / 2ε

of the error of the same sample. The two agree to about ε² times the error's third
derivative plus rounding (about 1e-10 relative with ε = 1e-5 here); they disagree when
the error is not smooth at w: at a ReLU kink (a net input within ε of 0) the difference
quotient straddles two slopes. A saturated sigmoid (|net| large) makes both tiny, so
their *relative* difference can be large while both are right.

:func:`landscape` evaluates E_total over a grid of two weights centred on their
current values (an odd grid has the current point at its centre).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.naming import Naming
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import number, translate

__all__ = ["EPSILON", "Check", "finite_difference", "gradient_check", "landscape", "with_weight"]

EPSILON = 1e-5
#: Relative differences below this count as agreement (documented in docs/DESIGN.md).
TOLERANCE = 1e-6


def with_weight(net: Network, name: str, value: float, naming: Naming | None = None) -> Network:
    """``net`` with weight ``name`` (``w5``, ``bw3``) set to ``value``; a bias shared by
    a layer is set for every node of it."""
    naming = naming or Naming(net.layers, net.conventions.bias)
    ref = naming.weight_ref(name)
    ws = [w.copy() for w in net.weights]
    bs = [b.copy() for b in net.biases]
    if ref.i is None:
        if net.conventions.bias == "none":
            raise ModelError(translate("Checks", "this network has no bias weights"))
        if net.conventions.bias == "per_layer":
            bs[ref.layer][:] = value
        else:
            bs[ref.layer][ref.j] = value
    else:
        ws[ref.layer][ref.i, ref.j] = value
    return net.with_params(ws, bs)


def weight_value(net: Network, name: str) -> float:
    ref = Naming(net.layers, net.conventions.bias).weight_ref(name)
    return float(
        net.biases[ref.layer][ref.j] if ref.i is None else net.weights[ref.layer][ref.i, ref.j]
    )


def finite_difference(
    net: Network, x: np.ndarray, t: np.ndarray, name: str, eps: float = EPSILON
) -> float:
    """The central difference of E_total with respect to weight ``name``."""
    w = weight_value(net, name)
    up = float(np.mean(with_weight(net, name, w + eps).error(x, t)))
    down = float(np.mean(with_weight(net, name, w - eps).error(x, t)))
    return (up - down) / (2 * eps)


@dataclass(frozen=True)
class Check:
    """Backprop's gradient and the finite difference of one weight."""

    name: str
    backprop: float
    finite_difference: float
    epsilon: float

    @property
    def relative_difference(self) -> float:
        scale = max(abs(self.backprop), abs(self.finite_difference), 1e-12)
        return abs(self.backprop - self.finite_difference) / scale

    @property
    def agrees(self) -> bool:
        return (
            self.relative_difference < TOLERANCE
            or abs(self.backprop - self.finite_difference) < 1e-9
        )

    def sentence(self, net: Network, x: np.ndarray) -> str:
        """Why the two agree, or why they may not."""
        kink = "relu" in net.activations and any(
            np.any(np.abs(n) < 10 * self.epsilon) for n in net.forward(x).nets
        )
        if kink:
            return translate(
                "Explore",
                "A ReLU's net input lies within ε of 0 here: the difference quotient "
                "straddles the kink, so it need not equal the slope backpropagation uses.",
            )
        if self.agrees:
            return translate(
                "Explore",
                "They agree: backpropagation computes the same slope that nudging the weight "
                "by ±{epsilon} measures, up to rounding and an error of order ε².",
            ).format(epsilon=number(f"{self.epsilon:g}"))
        return translate(
            "Explore",
            "They differ more than rounding explains: the error may be nearly flat here "
            "(a saturated sigmoid makes both tiny), or not smooth at this weight.",
        )


def gradient_check(net: Network, x: np.ndarray, t: np.ndarray, name: str, backprop: float) -> Check:
    return Check(name, float(backprop), finite_difference(net, x, t, name), EPSILON)


def landscape(
    net: Network,
    x: np.ndarray,
    t: np.ndarray,
    names: tuple[str, str],
    span: float = 1.0,
    grid: int = 41,
) -> dict:
    """E_total over a ``grid × grid`` square of side ``2 × span`` centred on the two
    weights' current values: ``{"weights", "x", "y", "error"}`` with ``error[iy][ix]``."""
    if grid < 3 or grid > 401:
        raise ModelError(
            translate("Checks", "the grid takes 3 to 401 points a side, got {grid}").format(
                grid=grid
            )
        )
    if not (0 < span <= 1000):
        raise ModelError(
            translate("Checks", "the span must be a positive number up to 1000, got {span}").format(
                span=span
            )
        )
    a, b = names
    if a == b:
        raise ModelError(translate("Checks", "choose two different weights"))
    naming = Naming(net.layers, net.conventions.bias)
    for n in names:
        try:
            naming.weight_ref(n)
        except KeyError:
            raise ModelError(
                translate("Checks", "this network has no weight {n}").format(n=repr(n))
            ) from None
    wa, wb = weight_value(net, a), weight_value(net, b)
    xs = wa + np.linspace(-span, span, grid)
    ys = wb + np.linspace(-span, span, grid)
    error = np.empty((grid, grid))
    for iy, vb in enumerate(ys):
        row_net = with_weight(net, b, float(vb), naming)
        for ix, va in enumerate(xs):
            error[iy, ix] = float(np.mean(with_weight(row_net, a, float(va), naming).error(x, t)))
    return {"weights": [a, b], "x": xs.tolist(), "y": ys.tolist(), "error": error.tolist()}
