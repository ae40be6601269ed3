"""Building the whole sub-step list of one 36-36-2 iteration (4,409 sub-steps: 2,891
quantities and the chain rule's factors).

A sub-step's formula, in symbols and with the numbers, is made when the sub-step is
shown. So besides the build, this measures one sub-step's formula made and rendered as
the formula view shows it, and every formula of the iteration made and rendered (what
``fruitnet trace`` does), so the deferred work is on the record too.
"""

from __future__ import annotations

import numpy as np

from benchmarks.common import Result, median_time
from fruitnet_gui.model import fruit_network
from fruitnet_gui.model.teaching.iteration import Iteration


def _render(step) -> int:
    return len(step.formula.html) + len(step.numbers.html)


def run(quick: bool) -> list[Result]:
    net = fruit_network(0)
    x = np.random.default_rng(0).uniform(size=36)
    t = np.array([1.0, 0.0])
    seconds = median_time(lambda: Iteration(net, x, t), 5 if quick else 21)
    it = Iteration(net, x, t)
    steps = len(it)
    pencil = median_time(lambda: Iteration(net, x, t, pencil=4), 3 if quick else 11)
    vectorized = median_time(lambda: net.train_step(x, t), 50 if quick else 500)
    # The hidden weights' gradients have the longest formulas (the bracket over outputs).
    hidden_gradient = it.by_name["dEtotal/dw1"]
    one = median_time(lambda: _render(hidden_gradient), 200 if quick else 2000)

    def build_and_render_all() -> None:
        for s in Iteration(net, x, t).steps:
            _render(s)

    everything = median_time(build_and_render_all, 2 if quick else 7)
    ms = seconds * 1e3
    return [
        Result("sub-steps", f"build {steps} sub-steps", ms, "ms", "< 50 ms", ms < 50),
        Result("sub-steps", "same in pencil mode (4 decimals)", pencil * 1e3, "ms"),
        Result(
            "sub-steps",
            "sub-step build / one vectorized train_step",
            seconds / vectorized,
            "×",
            note="what the teaching view costs over the bare arithmetic",
        ),
        Result(
            "sub-steps",
            "one sub-step's formula and numbers made and rendered to HTML (dEtotal/dw1)",
            one * 1e6,
            "µs",
            note="done when a sub-step is shown",
        ),
        Result(
            "sub-steps",
            f"build and render all {steps} formulas and numbers to HTML",
            everything * 1e3,
            "ms",
            note="what showing every sub-step of an iteration costs in all",
        ),
    ]
