"""The decision map of a network with two inputs: which class it gives at each point of
the input plane (x1, x2), as TensorFlow Playground's main picture shows."""

from __future__ import annotations

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import translate

__all__ = ["decision_grid"]


def decision_grid(
    net: Network,
    x_range: tuple[float, float] = (0.0, 1.0),
    y_range: tuple[float, float] = (0.0, 1.0),
    n: int = 81,
) -> dict:
    """``{"x", "y", "cls", "confidence"}``: ``cls[iy][ix]`` is the class the network gives
    at (x[ix], y[iy]) (the output node with the largest value), ``confidence`` that
    node's output."""
    if net.n_inputs != 2:
        raise ModelError(translate("Checks", "a decision map needs a network with two inputs"))
    if not 2 <= n <= 401:
        raise ModelError(
            translate("Checks", "the map takes 2 to 401 points a side, got {n}").format(n=n)
        )
    xs = np.linspace(*x_range, n)
    ys = np.linspace(*y_range, n)
    gx, gy = np.meshgrid(xs, ys)
    out = net.predict(np.column_stack([gx.ravel(), gy.ravel()]))
    cls = np.argmax(out, axis=1).reshape(n, n)
    conf = np.max(out, axis=1).reshape(n, n)
    return {"x": xs, "y": ys, "cls": cls, "confidence": conf}
