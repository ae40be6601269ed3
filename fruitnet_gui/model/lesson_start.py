"""A lesson's start in one restart: its network, sample and pencil mode together.

The fruit net's iteration takes 30-60 ms to build, 0.25-0.6 s in pencil mode; setting
the network, then the sample, then the pencil mode built it three times, and reading
the lesson file built it once more to check the lesson's notes and questions. So
:meth:`.state.AppState.set_network` takes ``start`` = (sample, its own target or None,
pencil decimals, the iteration the file was checked against or None) and builds, or
adopts, one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from fruitnet_gui.model.state import AppState, Sample
    from fruitnet_gui.model.teaching.iteration import Iteration

__all__ = ["begin_with"]


def begin_with(
    state: AppState, sample: Sample, target: np.ndarray | None, pencil: int | None,
    built: Iteration | None,
) -> Iteration | None:  # fmt: skip
    """Give ``state`` (its new network set) the first sample and pencil mode; a sample
    that does not fit is said and the default kept. ``built`` is returned if it is the
    iteration of exactly these, for the state to adopt."""
    state._pencil = pencil
    x = state.checked_input(sample.x)
    net = state.network
    if x is None or sample.label not in net.classes:
        return None
    if target is not None:
        target = net.check_target(target).reshape(-1).copy()
        if np.array_equal(target, net.target_for(sample.label)):
            target = None
    state._x, state._label, state._target = x, sample.label, target
    same = built is not None and built.network is net and built.pencil == pencil
    if same and np.array_equal(built.x, x) and np.array_equal(built.target, state.target):
        return built
    return None
