"""One training iteration as the ordered sub-steps of the worked example, and a cursor.

The order is the paper's (docs/DESIGN.md section 3):

1. forward: for each hidden node its net input then its sigmoid, then each output node;
2. error: each output's error term, then E_total;
3. backward: the gradients of the outer weights (w5..w8), the inner weights (w1..w4),
   the outer bias weights (bw3, bw4), the inner bias weights (bw1, bw2);
4. update: every weight, ``new = old − η × gradient``, all gradients using old weights.

The values are computed in that order, independently of the vectorized
:meth:`Network.backward`; tests hold the two equal. In pencil mode every revealed
intermediate is rounded to N decimals and the rounded value is carried forward, as a
person does by hand.

Between the gradients come the chain rule's *factors* (∂Etotal/∂outy1, ∂outy1/∂nety1,
∂nety1/∂w5, the paper's "first term" ∂Ey1/∂outh1, ...), each its own sub-step: the
*factor* level steps through them one by one, every coarser level reveals them together
with the gradient they serve. The values are computed by :mod:`~fruitnet_gui.model.teaching.walk`.

A sub-step keeps its value and what it touches; its formula, in symbols and with the
numbers, is made from the iteration's values when it is shown
(:mod:`~fruitnet_gui.model.teaching.lines`). The fruit network has thousands of sub-steps, and
making all their formulas up front was most of the time a new iteration took.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.naming import Naming
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.teaching.formulas import Formula, NumberFormat
from fruitnet_gui.model.teaching.lines import Lines
from fruitnet_gui.model.teaching.paper import is_paper_example, paper_note
from fruitnet_gui.model.teaching.walk import Walk
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate

__all__ = [
    "PAPER_STEP",
    "PHASE_TITLES",
    "Cursor",
    "Iteration",
    "Level",
    "Phase",
    "SubStep",
    "step_title",
]


class Phase(str, enum.Enum):
    FORWARD = "forward"
    ERROR = "error"
    BACKWARD = "backward"
    UPDATE = "update"

    @property
    def title(self) -> str:
        """ "Forward", "Error", … in the user's language."""
        return translate("Phases", _SHORT_TITLES[self.value])


_SHORT_TITLES = {
    "forward": QT_TRANSLATE_NOOP("Phases", "Forward"),
    "error": QT_TRANSLATE_NOOP("Phases", "Error"),
    "backward": QT_TRANSLATE_NOOP("Phases", "Backward"),
    "update": QT_TRANSLATE_NOOP("Phases", "Update"),
}


#: The worked example's step that each phase belongs to, and the step's title.
PAPER_STEP = {Phase.FORWARD: 2, Phase.ERROR: 3, Phase.BACKWARD: 4, Phase.UPDATE: 5}
PHASE_TITLES = {
    Phase.FORWARD: QT_TRANSLATE_NOOP("Phases", "Forward propagation"),
    Phase.ERROR: QT_TRANSLATE_NOOP("Phases", "Total error"),
    Phase.BACKWARD: QT_TRANSLATE_NOOP("Phases", "Backpropagation: the gradients"),
    Phase.UPDATE: QT_TRANSLATE_NOOP("Phases", "Updating the weights"),
}


def step_title(phase: Phase) -> str:
    """ "Step 2 · Forward propagation": the paper's step of ``phase``, in the user's language."""
    return translate("Phases", "Step {number} · {title}").format(
        number=PAPER_STEP[phase], title=translate("Phases", PHASE_TITLES[phase])
    )


class Level(str, enum.Enum):
    """How far one Step moves: one factor of the chain rule, one quantity, one node,
    one layer, one phase or all."""

    FACTOR = "factor"
    QUANTITY = "quantity"
    NODE = "node"
    LAYER = "layer"
    PHASE = "phase"
    ITERATION = "iteration"


#: The chain rule's factors: sub-steps of their own at the factor level only.
FACTOR_KINDS = frozenset({"f_dedout", "f_doutdnet", "f_delta", "f_term", "f_input"})


@dataclass(eq=False, slots=True)
class SubStep:
    """One revealed quantity of the iteration.

    ``nodes`` and ``edges`` name what the sub-step touches (for highlighting);
    ``group_node`` and ``group_layer`` are the keys of the node and layer grouping
    levels; ``quantity`` is the index of the quantity it is revealed with at the
    quantity level (its own, or for a factor the gradient it serves). ``target`` is
    ``(layer, i, j)`` for a weight and the weight's factors ∂net/∂w, ``(layer, None, j)``
    for a bias weight, ``(layer, None, j)`` for a node quantity and a node's factors
    (``layer`` the node's layer), ``(layer, k, j)`` for ∂E_yk/∂out of node j of
    ``layer``, and ``None`` for E_total. ``kind`` is one of net, out, error_term,
    error_total, gradient, update, or a factor kind (:data:`FACTOR_KINDS`).

    Treat it as read-only. It is not a frozen dataclass because a frozen one takes
    eight times as long to construct, and the fruit network makes thousands per
    iteration. The formula, the numbers and the note are made when asked for, by the
    iteration's :class:`~fruitnet_gui.model.teaching.lines.Lines`.
    """

    index: int
    phase: Phase
    kind: str
    name: str
    value: float
    nodes: tuple[str, ...]
    edges: tuple[str, ...]
    group_node: str
    group_layer: str
    target: tuple[int, int | None, int] | None
    lines: Lines = field(repr=False)
    quantity: int = 0
    factor: bool = False

    @property
    def id(self) -> str:
        return f"{self.phase.value}:{self.name}"

    @property
    def formula(self) -> Formula:
        """The formula in symbols."""
        return self.lines.formula(self)

    @property
    def numbers(self) -> Formula:
        """The same formula with the numbers substituted (calculator-true)."""
        return self.lines.numbers(self)

    @property
    def note(self) -> str:
        """Why this value differs from what the worked example prints ("" if it does
        not, or if this is not the worked example)."""
        it = self.lines.it
        return paper_note(self.name, self.value, it.pencil) if it.is_paper else ""

    def group_key(self, level: Level) -> object:
        if level is Level.FACTOR:
            return self.index
        if level is Level.QUANTITY:
            return self.quantity
        if level is Level.NODE:
            return (self.phase, self.group_layer, self.group_node)
        if level is Level.LAYER:
            return (self.phase, self.group_layer)
        if level is Level.PHASE:
            return self.phase
        return None


class Iteration:
    """All sub-steps of one training iteration of ``network`` on one sample.

    Parameters
    ----------
    network
        The network before the update (not modified).
    x, target
        One input vector and its target (one-hot, or any values in [0, 1]).
    pencil
        ``None`` for exact float64 arithmetic, or the number of decimals every
        intermediate is rounded to and carried forward with.
    """

    def __init__(
        self,
        network: Network,
        x: Sequence[float] | np.ndarray,
        target: Sequence[float] | np.ndarray,
        *,
        pencil: int | None = None,
    ) -> None:
        if pencil is not None and not (0 <= int(pencil) <= 12):
            raise ModelError(
                translate("Checks", "pencil mode rounds to 0 to 12 decimals, got {pencil}").format(
                    pencil=pencil
                )
            )
        self.network = network
        self.x = network.check_input(np.asarray(x, dtype=np.float64).ravel())
        self.target = network.check_target(np.asarray(target, dtype=np.float64).ravel())
        self.pencil = None if pencil is None else int(pencil)
        self.conventions = network.conventions
        self.naming = _naming(network.layers, network.conventions.bias)
        self.fmt = NumberFormat(4 if pencil is None else self.pencil, pencil=pencil is not None)
        self.is_paper = is_paper_example(network, self.x, self.target)
        self.steps: list[SubStep] = Walk(self).build()
        self.by_name: dict[str, SubStep] = {s.name: s for s in self.steps}
        self.error = self.by_name["Etotal"].value
        self._update_steps = [s for s in self.steps if s.phase is Phase.UPDATE]
        # how many quantities (no factors) the first k sub-steps hold, for every k
        self._quantities_before = [0]
        for s in self.steps:
            self._quantities_before.append(self._quantities_before[-1] + (not s.factor))

    def __len__(self) -> int:
        return len(self.steps)

    @property
    def phases(self) -> list[Phase]:
        return list(Phase)

    def count(self, position: int, level: Level) -> tuple[int, int]:
        """(revealed, total) sub-steps as a person counts them at ``level``: every
        sub-step at the factor level, the quantities (no factors) at the others."""
        if level is Level.FACTOR:
            return position, len(self.steps)
        return self._quantities_before[position], self._quantities_before[-1]

    def quantities(self) -> list[SubStep]:
        """The sub-steps without the chain rule's factors (the quantity level's list)."""
        return [s for s in self.steps if not s.factor]

    def values(self, k: int | None = None) -> dict[str, float]:
        """Every value revealed by the first ``k`` sub-steps (all by default)."""
        return {s.name: s.value for s in self.steps[: len(self.steps) if k is None else k]}

    def network_at(self, k: int) -> Network:
        """The old network plus the updates revealed by the first ``k`` sub-steps."""
        ws = [w.copy() for w in self.network.weights]
        bs = [b.copy() for b in self.network.biases]
        shared = self.conventions.bias == "per_layer"
        for s in self._update_steps:
            if s.index >= k:
                break
            layer, i, j = s.target  # type: ignore[misc]
            if i is None:
                if shared:
                    bs[layer][:] = s.value  # one bias weight for the whole layer
                else:
                    bs[layer][j] = s.value
            else:
                ws[layer][i, j] = s.value
        return self.network.with_params(ws, bs)

    def network_after(self) -> Network:
        """The network once every update is done."""
        return self.network_at(len(self.steps))

    def next_iteration(self) -> Iteration:
        """The next iteration on the same sample, starting from the updated weights."""
        return Iteration(self.network_after(), self.x, self.target, pencil=self.pencil)

    def phase_range(self, phase: Phase) -> tuple[int, int]:
        idx = [s.index for s in self.steps if s.phase is phase]
        return idx[0], idx[-1] + 1


@lru_cache(maxsize=8)
def _naming(layers: tuple[int, ...], bias: str = "per_node") -> Naming:
    """Names are the same for every iteration of a shape (1,406 weight names for 36-36-2)."""
    return Naming(layers, bias)


class Cursor:
    """A position over an iteration's sub-steps: how many are revealed (0..n).

    Stepping moves over whole groups of the chosen level; stepping back undoes
    exactly, since the shown network is always "old weights plus the updates revealed
    so far".
    """

    def __init__(self, iteration: Iteration, level: Level = Level.QUANTITY) -> None:
        self.iteration = iteration
        self.level = Level(level)
        self.position = 0
        self._last_level = self.level  # the level of the last move, for current_group

    @property
    def steps(self) -> list[SubStep]:
        return self.iteration.steps

    def __len__(self) -> int:
        return len(self.iteration.steps)

    @property
    def at_start(self) -> bool:
        return self.position == 0

    @property
    def at_end(self) -> bool:
        return self.position == len(self.steps)

    @property
    def current(self) -> SubStep | None:
        """The sub-step revealed last, or ``None`` at the start."""
        return self.steps[self.position - 1] if self.position else None

    @property
    def revealed(self) -> list[SubStep]:
        return self.steps[: self.position]

    @property
    def phase(self) -> Phase | None:
        """The phase the cursor is in (that of the last revealed sub-step)."""
        cur = self.current
        return cur.phase if cur else None

    def current_group(self) -> list[SubStep]:
        """The group of the last revealed sub-step, at the level of the last move."""
        if not self.position:
            return []
        level = self._last_level
        key = self.steps[self.position - 1].group_key(level)
        k = self.position
        while k > 0 and self.steps[k - 1].group_key(level) == key:
            k -= 1
        return self.steps[k : self.position]

    def next_step(self, level: Level | None = None) -> SubStep | None:
        """The sub-step a Step would show (the last of the next group), or None at the end."""
        level = self.level if level is None else Level(level)
        n = len(self.steps)
        if self.position >= n:
            return None
        key = self.steps[self.position].group_key(level)
        k = self.position
        while k + 1 < n and self.steps[k + 1].group_key(level) == key:
            k += 1
        return self.steps[k]

    def step(self, level: Level | None = None) -> bool:
        """Reveal the next group; False if already at the end."""
        level = self.level if level is None else Level(level)
        self._last_level = level
        n = len(self.steps)
        if self.position >= n:
            return False
        key = self.steps[self.position].group_key(level)
        self.position += 1
        while self.position < n and self.steps[self.position].group_key(level) == key:
            self.position += 1
        return True

    def back(self, level: Level | None = None) -> bool:
        """Hide the last revealed group; False if already at the start."""
        level = self.level if level is None else Level(level)
        self._last_level = level
        if self.position <= 0:
            return False
        key = self.steps[self.position - 1].group_key(level)
        self.position -= 1
        while self.position > 0 and self.steps[self.position - 1].group_key(level) == key:
            self.position -= 1
        return True

    def run_to_phase_end(self) -> bool:
        """Reveal up to the end of the current phase (or of the next one at a boundary)."""
        return self.step(Level.PHASE)

    def finish(self) -> bool:
        moved = self.position < len(self.steps)
        self.position = len(self.steps)
        return moved

    def reset(self) -> bool:
        moved = self.position > 0
        self.position = 0
        return moved

    def seek(self, position: int) -> None:
        if not 0 <= position <= len(self.steps):
            raise ModelError(
                translate("Checks", "position {position} is outside 0..{last}").format(
                    position=position, last=len(self.steps)
                )
            )
        self.position = position

    def network(self) -> Network:
        """The network as shown at the cursor."""
        return self.iteration.network_at(self.position)
