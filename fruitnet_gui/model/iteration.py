"""One training iteration as the ordered sub-steps of the worked example, and a cursor.

The order is the paper's (DESIGN.md section 3):

1. forward: for each hidden node its net input then its sigmoid, then each output node;
2. error: each output's error term, then E_total;
3. backward: the gradients of the outer weights (w5..w8), the inner weights (w1..w4),
   the outer bias weights (bw3, bw4), the inner bias weights (bw1, bw2);
4. update: every weight, ``new = old − η × gradient``, all gradients using old weights.

The values are computed in that order, independently of the vectorized
:meth:`Network.backward`; tests hold the two equal. In pencil mode every revealed
intermediate is rounded to N decimals and the rounded value is carried forward, as a
person does by hand.

A sub-step keeps its value and what it touches; its formula, in symbols and with the
numbers, is made from the iteration's values when it is shown (:class:`_Formulas`). The
fruit network has 2,891 sub-steps, and making all their formulas up front was most of
the time a new iteration took.
"""

from __future__ import annotations

import enum
import gc
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from fruitnet_gui.model import formulas as fm
from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.formulas import Formula, Name, NumberFormat
from fruitnet_gui.model.naming import Naming
from fruitnet_gui.model.network import Network, sigmoid
from fruitnet_gui.model.paper import is_paper_example, paper_note

__all__ = ["Cursor", "Iteration", "Level", "Phase", "SubStep"]


class Phase(str, enum.Enum):
    FORWARD = "forward"
    ERROR = "error"
    BACKWARD = "backward"
    UPDATE = "update"

    @property
    def title(self) -> str:
        return self.value.capitalize()


class Level(str, enum.Enum):
    """How far one Step moves: one quantity, one node, one layer, one phase or all."""

    QUANTITY = "quantity"
    NODE = "node"
    LAYER = "layer"
    PHASE = "phase"
    ITERATION = "iteration"


@dataclass(eq=False, slots=True)
class SubStep:
    """One revealed quantity of the iteration.

    ``nodes`` and ``edges`` name what the sub-step touches (for highlighting);
    ``group_node`` and ``group_layer`` are the keys of the node and layer grouping
    levels; ``target`` is ``(layer, i, j)`` for a weight, ``(layer, None, j)`` for a
    bias weight, ``(layer, None, j)`` for a node quantity and ``None`` for E_total.

    Treat it as read-only. It is not a frozen dataclass because a frozen one takes
    eight times as long to construct, and the fruit network makes 2,891 per iteration.
    The formula and the numbers are made when asked for, by the iteration's
    :class:`_Formulas`; a sub-step is only shown once it is reached.
    """

    index: int
    phase: Phase
    kind: str  # net, out, error_term, error_total, gradient, update
    name: str
    value: float
    nodes: tuple[str, ...]
    edges: tuple[str, ...]
    group_node: str
    group_layer: str
    target: tuple[int, int | None, int] | None
    note: str
    formulas: _Formulas = field(repr=False)

    @property
    def id(self) -> str:
        return f"{self.phase.value}:{self.name}"

    @property
    def formula(self) -> Formula:
        """The formula in symbols."""
        return self.formulas.formula(self)

    @property
    def numbers(self) -> Formula:
        """The same formula with the numbers substituted."""
        return self.formulas.numbers(self)

    def group_key(self, level: Level) -> object:
        if level is Level.QUANTITY:
            return self.index
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
        One input vector and its one-hot target.
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
            raise ModelError(f"pencil mode rounds to 0 to 12 decimals, got {pencil}")
        self.network = network
        self.x = network.check_input(np.asarray(x, dtype=np.float64).ravel())
        self.target = network.check_target(np.asarray(target, dtype=np.float64).ravel())
        self.pencil = None if pencil is None else int(pencil)
        self.naming = _naming(network.layers)
        self.fmt = NumberFormat(4 if pencil is None else self.pencil, pencil=pencil is not None)
        self.is_paper = is_paper_example(network, self.x, self.target)
        self.steps: list[SubStep] = _Builder(self).build()
        self.by_name: dict[str, SubStep] = {s.name: s for s in self.steps}
        self.error = self.by_name["Etotal"].value
        self._update_steps = [s for s in self.steps if s.phase is Phase.UPDATE]

    def __len__(self) -> int:
        return len(self.steps)

    @property
    def phases(self) -> list[Phase]:
        return list(Phase)

    def values(self, k: int | None = None) -> dict[str, float]:
        """Every value revealed by the first ``k`` sub-steps (all by default)."""
        return {s.name: s.value for s in self.steps[: len(self.steps) if k is None else k]}

    def network_at(self, k: int) -> Network:
        """The old network plus the updates revealed by the first ``k`` sub-steps."""
        ws = [w.copy() for w in self.network.weights]
        bs = [b.copy() for b in self.network.biases]
        for s in self._update_steps:
            if s.index >= k:
                break
            layer, i, j = s.target  # type: ignore[misc]
            if i is None:
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
def _naming(layers: tuple[int, ...]) -> Naming:
    """Names are the same for every iteration of a shape (1,406 weight names for 36-36-2)."""
    return Naming(layers)


class _Values:
    """The revealed values of one iteration, layer by layer, as the builder computed them
    (rounded in pencil mode). Shared by the builder and :class:`_Formulas`."""

    def __init__(self, L: int) -> None:
        self.nets: list[list[float]] = [[] for _ in range(L + 1)]  # [0] unused
        self.outs: list[list[float]] = [[] for _ in range(L + 1)]  # [0] is the input
        self.errors: list[float] = []
        self.total = 0.0
        self.dedout: list[list[float]] = [[] for _ in range(L)]  # per layer l + 1
        self.doutdnet: list[list[float]] = [[] for _ in range(L)]
        self.grads_w: list[list[list[float]]] = [[] for _ in range(L)]
        self.grads_b: list[list[float]] = [[] for _ in range(L)]


class _Formulas:
    """Makes a sub-step's formula and numbers when they are shown.

    Everything a formula needs is in the iteration's values and names, so the build
    makes none: a formula costs microseconds when a sub-step is shown, and making all
    5,782 of the fruit network's up front was most of the build time. The factors that
    every weight into a node shares are made once per node and kept.
    """

    def __init__(self, it: Iteration, values: _Values) -> None:
        self.net = it.network
        self.names = it.naming
        self.target = it.target
        self.v = values
        self.given = it.fmt.given
        self.comp = it.fmt.computed
        self.L = len(it.network.weights)
        self._out_str: dict[int, list[str]] = {}
        self._factors: dict[tuple[int, int], tuple[tuple, str, tuple, str]] = {}

    # -- values as shown ---------------------------------------------------------------
    def out_str(self, layer: int) -> list[str]:
        """The outputs of a layer as shown (layer 0: the given input)."""
        if layer not in self._out_str:
            show = self.given if layer == 0 else self.comp
            self._out_str[layer] = [show(o) for o in self.v.outs[layer]]
        return self._out_str[layer]

    def weight_str(self, l: int, i: int | None, j: int) -> str:
        return self.given(float(self.net.biases[l][j] if i is None else self.net.weights[l][i, j]))

    def value_names(self, l: int) -> list[str]:
        """What a node of layer l passes on: ``x1`` for an input, ``outh1`` otherwise."""
        nodes = self.names.nodes[l]
        return list(nodes) if l == 0 else [f"out{n}" for n in nodes]

    def weight_name(self, l: int, i: int | None, j: int) -> str:
        return self.names.bias(l, j) if i is None else self.names.weights[l][i][j]

    # -- the chain rule's shared factors -----------------------------------------------
    def factor(self, l: int, j: int) -> tuple[tuple, str, tuple, str]:
        """For node j of layer l + 1: dE/dout × dout/dnet in symbols and numbers, and
        how the node appears inside the bracket of the layer before (symbols, numbers)."""
        key = (l, j)
        if key not in self._factors:
            layer = l + 1
            node = self.names.node(layer, j)
            os_ = self.out_str(layer)[j]
            if l == self.L - 1:
                fsym = fm.output_factor(f"out{node}", f"target{node}")
                fnum = fm.output_factor_numbers(os_, self.given(float(self.target[j])))
                self._factors[key] = (fsym, fnum, fsym, fnum)
            else:
                nxt = range(self.net.layers[layer + 1])
                wnames = self.names.weights[layer][j]
                fsym = fm.hidden_factor(
                    [(self.factor(layer, k)[2], wnames[k]) for k in nxt], f"out{node}"
                )
                fnum = fm.hidden_factor_numbers(
                    [(self.factor(layer, k)[3], self.weight_str(layer, j, k)) for k in nxt], os_
                )
                csym = (
                    Name(f"dEtotal/dout{node}"),
                    " × ",
                    Name(f"out{node}"),
                    " × (1 − ",
                    Name(f"out{node}"),
                    ")",
                )
                cnum = f"{fm.paren(self.comp(self.v.dedout[l][j]))} × {os_} × (1 − {os_})"
                self._factors[key] = (fsym, fnum, csym, cnum)
        return self._factors[key]

    # -- formulas ------------------------------------------------------------------------
    def formula(self, s: SubStep) -> Formula:
        kind, name = s.kind, s.name
        if kind == "net":
            l, _, j = s.target  # type: ignore[misc]
            l -= 1
            terms = [
                (src, self.names.weights[l][i][j]) for i, src in enumerate(self.value_names(l))
            ]
            return fm.net_formula(name, terms, self.names.bias(l, j))
        if kind == "out":
            return fm.out_formula(name, f"net{name[3:]}")
        if kind == "error_term":
            y = name[1:]
            return fm.error_term_formula(name, f"target{y}", f"out{y}")
        if kind == "error_total":
            return fm.error_total_formula([f"E{y}" for y in self.names.nodes[self.L]])
        l, i, j = s.target  # type: ignore[misc]
        wname = self.weight_name(l, i, j)
        if kind == "gradient":
            node = self.names.node(l + 1, j)
            head = fm.chain_head(f"out{node}", f"net{node}")
            source = None if i is None else self.value_names(l)[i]
            return fm.gradient_formula(wname, head, source, self.factor(l, j)[0])
        return fm.update_formula(wname)

    def numbers(self, s: SubStep) -> Formula:
        kind, name, comp = s.kind, s.name, self.comp
        result = comp(s.value)
        if kind == "net":
            l, _, j = s.target  # type: ignore[misc]
            l -= 1
            ws = (self.weight_str(l, i, j) for i in range(self.net.layers[l]))
            return fm.net_numbers(
                name,
                zip(self.out_str(l), ws),
                self.given(self.net.bias_input),
                self.weight_str(l, None, j),
                result,
            )
        if kind == "out":
            l, _, j = s.target  # type: ignore[misc]
            return fm.out_numbers(name, comp(self.v.nets[l][j]), result)
        if kind == "error_term":
            _, _, k = s.target  # type: ignore[misc]
            t = self.given(float(self.target[k]))
            return fm.error_term_numbers(name, t, self.out_str(self.L)[k], result)
        if kind == "error_total":
            return fm.error_total_numbers([comp(e) for e in self.v.errors], result)
        l, i, j = s.target  # type: ignore[misc]
        wname = self.weight_name(l, i, j)
        if kind == "gradient":
            a = self.given(self.net.bias_input) if i is None else self.out_str(l)[i]
            return fm.gradient_numbers(wname, self.factor(l, j)[1], a, result)
        grad = self.v.grads_b[l][j] if i is None else self.v.grads_w[l][i][j]
        return fm.update_numbers(
            wname,
            self.weight_str(l, i, j),
            self.given(self.net.learning_rate),
            comp(grad),
            result,
        )


class _Builder:
    """Computes every sub-step's value in the paper's order."""

    def __init__(self, it: Iteration) -> None:
        self.net = net = it.network
        self.names = it.naming
        self.pencil = it.pencil
        self.is_paper = it.is_paper
        self.target = it.target
        self.L = len(net.weights)
        self.v = _Values(self.L)
        self.v.outs[0] = it.x.tolist()
        self.formulas = _Formulas(it, self.v)
        self.steps: list[SubStep] = []

    def r(self, v: float) -> float:
        """A revealed value: as is, or rounded as by hand in pencil mode."""
        return v if self.pencil is None else round(v, self.pencil)

    def rounded(self, a: np.ndarray) -> list:
        """An array of revealed values as (nested) lists of Python floats."""
        if self.pencil is None:
            return a.tolist()
        d = self.pencil
        if a.ndim == 1:
            return [round(v, d) for v in a.tolist()]
        return [[round(v, d) for v in row] for row in a.tolist()]

    def add(
        self,
        phase: Phase,
        kind: str,
        name: str,
        value: float,
        nodes: tuple[str, ...],
        edges: tuple[str, ...],
        group_node: str,
        group_layer: str,
        target: tuple[int, int | None, int] | None,
    ) -> None:
        note = paper_note(name, value, self.pencil) if self.is_paper else ""
        self.steps.append(
            SubStep(
                len(self.steps),
                phase,
                kind,
                name,
                value,
                nodes,
                edges,
                group_node,
                group_layer,
                target,
                note,
                self.formulas,
            )
        )

    def build(self) -> list[SubStep]:
        # Thousands of small objects that all stay alive: the cyclic garbage collector
        # would only rescan them again and again.
        enabled = gc.isenabled()
        gc.disable()
        try:
            self.forward()
            self.error()
            self.backward()
            self.update()
        finally:
            if enabled:
                gc.enable()
        return self.steps

    # -- 1. forward ----------------------------------------------------------------------
    def forward(self) -> None:
        names, net, r, v = self.names, self.net, self.r, self.v
        for l in range(self.L):
            src_names = tuple(names.nodes[l])
            bias_node = names.bias_node(l)
            w, b = net.weights[l], net.biases[l]
            # Each net input is the paper's sum over the (rounded) outputs before it.
            nets = np.asarray(v.outs[l]) @ w + net.bias_input * b
            for j in range(len(b)):
                node = names.node(l + 1, j)
                n = r(float(nets[j]))
                o = r(float(sigmoid(n)))
                v.nets[l + 1].append(n)
                v.outs[l + 1].append(o)
                edges = (*(row[j] for row in names.weights[l]), names.bias(l, j))
                target = (l + 1, None, j)
                group = f"{l + 1}"
                self.add(
                    Phase.FORWARD,
                    "net",
                    f"net{node}",
                    n,
                    (*src_names, bias_node, node),
                    edges,
                    node,
                    group,
                    target,
                )
                self.add(Phase.FORWARD, "out", f"out{node}", o, (node,), (), node, group, target)

    # -- 2. error ------------------------------------------------------------------------
    def error(self) -> None:
        names, r, v, L = self.names, self.r, self.v, self.L
        for k, (o, t) in enumerate(zip(v.outs[L], self.target.tolist())):
            y = names.node(L, k)
            e = r(0.5 * (t - o) ** 2)
            v.errors.append(e)
            self.add(Phase.ERROR, "error_term", f"E{y}", e, (y,), (), y, "error", (L, None, k))
        v.total = r(sum(v.errors))
        nodes = tuple(names.nodes[L])
        self.add(Phase.ERROR, "error_total", "Etotal", v.total, nodes, (), "Etotal", "error", None)

    # -- 3. backward ---------------------------------------------------------------------
    def backward(self) -> None:
        names, net, r, v, L = self.names, self.net, self.r, self.v, self.L
        delta: list[list[float]] = [[] for _ in range(L)]
        for l in range(L - 1, -1, -1):
            for j, o in enumerate(v.outs[l + 1]):
                if l == L - 1:
                    dedout = r(o - float(self.target[j]))
                else:
                    w_next = net.weights[l + 1][j].tolist()
                    dedout = r(sum(r(d * w) for d, w in zip(delta[l + 1], w_next)))
                doutdnet = r(o * (1.0 - o))
                v.dedout[l].append(dedout)
                v.doutdnet[l].append(doutdnet)
                delta[l].append(r(dedout * doutdnet))

        for l in range(L - 1, -1, -1):
            # dE/dw(i, j) = dE/dout_j × dout_j/dnet_j × a_i, in that order of operations.
            d = np.asarray(delta[l]) if self.pencil is None else None
            grads = (
                np.outer(v.outs[l], d).tolist()
                if d is not None
                else [
                    [r(de * dn * a) for de, dn in zip(v.dedout[l], v.doutdnet[l])]
                    for a in v.outs[l]
                ]
            )
            v.grads_w[l] = grads
            onward = self._onward(l)
            layer_key = f"weight:{l}"
            for i, (src, row) in enumerate(zip(names.nodes[l], grads)):
                wrow = names.weights[l][i]
                for j, g in enumerate(row):
                    wname = wrow[j]
                    self.add(
                        Phase.BACKWARD,
                        "gradient",
                        f"dEtotal/d{wname}",
                        g,
                        (src, *onward[j][0]),
                        (wname, *onward[j][1]),
                        src,
                        layer_key,
                        (l, i, j),
                    )
        for l in range(L - 1, -1, -1):
            onward = self._onward(l)
            bnode = names.bias_node(l)
            bias_input = net.bias_input
            grads_b = [r(de * dn * bias_input) for de, dn in zip(v.dedout[l], v.doutdnet[l])]
            v.grads_b[l] = grads_b
            for j, g in enumerate(grads_b):
                bname = names.bias(l, j)
                self.add(
                    Phase.BACKWARD,
                    "gradient",
                    f"dEtotal/d{bname}",
                    g,
                    (bnode, *onward[j][0]),
                    (bname, *onward[j][1]),
                    bnode,
                    f"bias:{l}",
                    (l, None, j),
                )

    def _onward(self, l: int) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """For each node of layer l+1: itself and the nodes/edges its error comes back along."""
        names, layer = self.names, l + 1
        out = []
        for j in range(self.net.layers[layer]):
            node = names.node(layer, j)
            if layer == self.L:
                out.append(((node,), ()))
            else:
                nxt = range(self.net.layers[layer + 1])
                out.append(
                    (
                        (node, *(names.node(layer + 1, k) for k in nxt)),
                        tuple(names.weights[layer][j][k] for k in nxt),
                    )
                )
        return out

    # -- 4. update -----------------------------------------------------------------------
    def update(self) -> None:
        names, net, v = self.names, self.net, self.v
        lr = net.learning_rate
        for l in range(self.L):
            # new = old − η × gradient, every gradient taken with the old weights.
            new = self.rounded(net.weights[l] - lr * np.asarray(v.grads_w[l]))
            layer_key = f"weight:{l}"
            targets = [names.node(l + 1, j) for j in range(net.layers[l + 1])]
            for i, (src, row) in enumerate(zip(names.nodes[l], new)):
                wrow = names.weights[l][i]
                for j, w in enumerate(row):
                    wname = wrow[j]
                    self.add(
                        Phase.UPDATE,
                        "update",
                        f"{wname}_new",
                        w,
                        (src, targets[j]),
                        (wname,),
                        src,
                        layer_key,
                        (l, i, j),
                    )
        for l in range(self.L):
            bnode = names.bias_node(l)
            new = self.rounded(net.biases[l] - lr * np.asarray(v.grads_b[l]))
            for j, b in enumerate(new):
                bname = names.bias(l, j)
                self.add(
                    Phase.UPDATE,
                    "update",
                    f"{bname}_new",
                    b,
                    (bnode, names.node(l + 1, j)),
                    (bname,),
                    bnode,
                    f"bias:{l}",
                    (l, None, j),
                )


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
            raise ModelError(f"position {position} is outside 0..{len(self.steps)}")
        self.position = position

    def network(self) -> Network:
        """The network as shown at the cursor."""
        return self.iteration.network_at(self.position)
