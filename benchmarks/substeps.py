"""Building the whole sub-step list of one 36-36-2 iteration (2,891 sub-steps)."""

from __future__ import annotations

import numpy as np

from benchmarks.common import Result, median_time
from fruitnet_gui.model import fruit_network
from fruitnet_gui.model.iteration import Iteration


def run(quick: bool) -> list[Result]:
    net = fruit_network(0)
    x = np.random.default_rng(0).uniform(size=36)
    t = np.array([1.0, 0.0])
    seconds = median_time(lambda: Iteration(net, x, t), 5 if quick else 21)
    steps = len(Iteration(net, x, t))
    pencil = median_time(lambda: Iteration(net, x, t, pencil=4), 3 if quick else 11)
    vectorized = median_time(lambda: net.train_step(x, t), 50 if quick else 500)
    ms = seconds * 1e3
    return [
        Result("sub-steps", f"build {steps} sub-steps with formulas", ms, "ms", "< 50 ms", ms < 50),
        Result("sub-steps", "same in pencil mode (4 decimals)", pencil * 1e3, "ms"),
        Result(
            "sub-steps",
            "sub-step build / one vectorized train_step",
            seconds / vectorized,
            "×",
            note="what the teaching view costs over the bare arithmetic",
        ),
    ]
