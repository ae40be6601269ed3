"""What the network canvas shows at this moment: values, weights, highlight.

Read from the session's public API (or from a training snapshot shown instead) when
the cursor moves; no Qt here, so it can be read and tested apart from the painting.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.teaching.formulas import NumberFormat
from fruitnet_gui.model.teaching.iteration import Iteration, Phase
from fruitnet_gui.ui.canvas.layout import Structure

__all__ = ["Shown", "shown_state"]


@dataclass(eq=False)
class Shown:
    """The values and weights drawn, and what the current sub-step touches."""

    iteration: Iteration
    position: int  # sub-steps revealed (0 for a training snapshot)
    fmt: NumberFormat
    weights: np.ndarray  # as shown: old weights plus the updates revealed so far
    old_weights: np.ndarray  # at the start of the iteration
    values: np.ndarray  # each node's output (NaN: not computed yet)
    hl_nodes: frozenset[str]
    hl_edges: frozenset[str]
    focus_node: str | None
    focus_edge: str | None
    live: bool  # a training snapshot, not the session's iteration

    def revealed(self, quantity: str) -> float | None:
        """The value of ``quantity`` (``outh1``, ``dEtotal/dw5``) if revealed so far."""
        step = self.iteration.by_name.get(quantity)
        return step.value if step is not None and step.index < self.position else None

    @property
    def dimming(self) -> bool:
        """Whether everything but the current sub-step is dimmed."""
        return bool(self.hl_nodes or self.hl_edges)

    def updating(self) -> bool:
        """Whether the update phase has begun: labels then make room for new values."""
        if self.live:
            return False
        start, _ = self.iteration.phase_range(Phase.UPDATE)
        return self.position > start

    def new_value(self, weight: str) -> float | None:
        """A weight's value after this iteration's update (known from the start)."""
        step = self.iteration.by_name.get(f"{weight}_new")
        return None if step is None else step.value


def shown_state(session, structure: Structure, live: Network | None) -> Shown:
    """The state of ``session`` (a :class:`~fruitnet_gui.ui.session.Session`), or of the
    snapshot ``live`` with the session's input flowing through it."""
    n_params = len(structure.edge_names)
    n_in = structure.layers[0]
    values = np.full(len(structure.node_names), np.nan)
    values[:n_in] = session.x
    values[structure.is_bias] = session.network.bias_input
    shown = Shown(
        iteration=session.iteration,
        position=0 if live is not None else session.position,
        fmt=session.iteration.fmt,
        weights=(live or session.shown_network).flat_params()[:n_params],
        old_weights=(live or session.network).flat_params()[:n_params],
        values=values,
        hl_nodes=frozenset(),
        hl_edges=frozenset(),
        focus_node=None,
        focus_edge=None,
        live=live is not None,
    )
    if live is not None:
        # every node's output for the sample in the editor, with the snapshot's weights
        outs = np.concatenate(live.forward(session.x).outs[1:])
        values[n_in : n_in + len(outs)] = outs
        return shown
    for k in range(n_in, len(structure.node_names)):
        if not structure.is_bias[k]:
            v = shown.revealed(f"out{structure.node_names[k]}")
            if v is not None:
                values[k] = v
    step = session.current
    if step is None:
        return shown
    shown.hl_nodes, shown.hl_edges = frozenset(step.nodes), frozenset(step.edges)
    if step.kind in ("net", "out"):
        shown.focus_node = step.name[3:]
    elif step.kind == "error_term":
        shown.focus_node = step.name[1:]
    elif step.kind == "gradient":
        shown.focus_edge = step.name.split("/d", 1)[1]
    elif step.kind == "update":
        shown.focus_edge = step.name.removesuffix("_new")
    return shown
