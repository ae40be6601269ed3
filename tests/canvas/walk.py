"""A stand-in for the session, without Qt: an iteration of a network and its cursor."""

from __future__ import annotations

import numpy as np

from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.teaching.iteration import Cursor, Iteration


class Stepper:
    """What :func:`fruitnet_gui.ui.canvas.state.shown_state` reads of a session."""

    def __init__(self, network: Network, x, target) -> None:
        self.x = np.asarray(x, dtype=float)
        self._target = np.asarray(target, dtype=float)
        self.start(network)

    def start(self, network: Network) -> None:
        self.network = network
        self.iteration = Iteration(network, self.x, self._target)
        self.cursor = Cursor(self.iteration)

    def next_iteration(self) -> None:
        self.start(self.iteration.network_after())

    @property
    def position(self) -> int:
        return self.cursor.position

    @property
    def current(self):
        return self.cursor.current

    @property
    def shown_network(self) -> Network:
        return self.cursor.network()
