"""One training iteration as the ordered sub-steps of the worked example, and a cursor.

The order is the paper's (DESIGN.md section 3):

1. forward: for each hidden node its net input then its sigmoid, then each output node;
2. error: each output's error term, then E_total;
3. backward: the gradients of the outer weights (w5..w8), the inner weights (w1..w4),
   the outer bias weights (bw3, bw4), the inner bias weights (bw1, bw2);
4. update: every weight, ``new = old − η × gradient``, all gradients using old weights.

The values are computed node by node with plain sums, independently of the vectorized
:meth:`Network.backward`; tests hold the two equal. In pencil mode every revealed
intermediate is rounded to N decimals and the rounded value is carried forward, as a
person does by hand.
"""

from __future__ import annotations

import enum
import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True, eq=False, slots=True)
class SubStep:
    """One revealed quantity of the iteration.

    ``nodes`` and ``edges`` name what the sub-step touches (for highlighting);
    ``group_node`` and ``group_layer`` are the keys of the node and layer grouping
    levels; ``target`` is ``(layer, i, j)`` for a weight, ``(layer, None, j)`` for a
    bias weight, ``(layer, None, j)`` for a node quantity and ``None`` for E_total.
    """

    index: int
    id: str
    phase: Phase
    kind: str  # net, out, error_term, error_total, gradient, update
    name: str
    value: float
    formula_parts: tuple  # see the formula and numbers properties
    numbers_parts: tuple
    nodes: tuple[str, ...]
    edges: tuple[str, ...]
    group_node: str
    group_layer: str
    target: tuple[int, int | None, int] | None
    note: str = ""

    @property
    def formula(self) -> Formula:
        """The formula in symbols (made when asked for: the fruit network has 2,891
        sub-steps, and fewer objects kept per sub-step is a faster build)."""
        return Formula(self.formula_parts)

    @property
    def numbers(self) -> Formula:
        """The same formula with the numbers substituted."""
        return Formula(self.numbers_parts)

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
        self.naming = Naming(network.layers)
        self.fmt = NumberFormat(4 if pencil is None else self.pencil, pencil=pencil is not None)
        self.is_paper = is_paper_example(network, self.x, self.target)
        self.steps: list[SubStep] = []
        self.by_name: dict[str, SubStep] = {}
        _Builder(self).build()
        for s in self.steps:
            self.by_name[s.name] = s
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


class _Builder:
    """Computes every sub-step in the paper's order."""

    def __init__(self, it: Iteration) -> None:
        self.it = it
        net = it.network
        self.net = net
        self.names = it.naming
        self.r: Callable[[float], float] = (
            (lambda v: v) if it.pencil is None else (lambda v, d=it.pencil: round(float(v), d))
        )
        self.given = it.fmt.given
        self.comp = it.fmt.computed
        self.L = len(net.weights)
        # outs[l][i] and their display strings; layer 0 is the (given) input.
        self.outs: list[np.ndarray] = [it.x]
        self.out_str: list[list[str]] = [[self.given(float(v)) for v in it.x]]
        self.w_str = [
            [[self.given(float(v)) for v in row] for row in w.tolist()] for w in net.weights
        ]
        self.b_str = [[self.given(float(v)) for v in b.tolist()] for b in net.biases]

    def add(
        self,
        phase: Phase,
        kind: str,
        name: str,
        value: float,
        formula: Formula,
        numbers: Formula,
        nodes: tuple[str, ...],
        edges: tuple[str, ...],
        group_node: str,
        group_layer: str,
        target: tuple[int, int | None, int] | None,
    ) -> None:
        it = self.it
        note = paper_note(name, value, it.pencil) if it.is_paper else ""
        it.steps.append(
            SubStep(
                len(it.steps),
                f"{phase.value}:{name}",
                phase,
                kind,
                name,
                value,
                formula.parts,
                numbers.parts,
                nodes,
                edges,
                group_node,
                group_layer,
                target,
                note,
            )
        )

    def build(self) -> None:
        # Thousands of small objects that all stay alive: the cyclic garbage collector
        # would only rescan them again and again (a third of the build time).
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

    # -- 1. forward ----------------------------------------------------------------------
    def forward(self) -> None:
        names, net, r = self.names, self.net, self.r
        wnames = names.weights
        bias_in = self.given(net.bias_input)
        for l in range(self.L):
            src_names = names.nodes[l]
            src_values = self._value_names(l)
            w, b = net.weights[l], net.biases[l]
            a = self.outs[l]
            nets = a @ w + net.bias_input * b
            outs = np.empty(len(b))
            out_str: list[str] = []
            bias_node = names.bias_node(l)
            for j in range(len(b)):
                node = names.node(l + 1, j)
                wn = [wnames[l][i][j] for i in range(len(a))]
                bn = names.bias(l, j)
                v = r(float(nets[j]))
                s = self.comp(v)
                terms = list(zip(src_values, wn))
                self.add(
                    Phase.FORWARD,
                    "net",
                    f"net{node}",
                    v,
                    fm.net_formula(f"net{node}", terms, bn),
                    fm.net_numbers(
                        f"net{node}",
                        zip(self.out_str[l], (self.w_str[l][i][j] for i in range(len(a)))),
                        bias_in,
                        self.b_str[l][j],
                        s,
                    ),
                    (*src_names, bias_node, node),
                    (*wn, bn),
                    node,
                    f"{l + 1}",
                    (l + 1, None, j),
                )
                o = r(float(sigmoid(v)))
                outs[j] = o
                out_str.append(self.comp(o))
                self.add(
                    Phase.FORWARD,
                    "out",
                    f"out{node}",
                    o,
                    fm.out_formula(f"out{node}", f"net{node}"),
                    fm.out_numbers(f"out{node}", s, out_str[-1]),
                    (node,),
                    (),
                    node,
                    f"{l + 1}",
                    (l + 1, None, j),
                )
            self.outs.append(outs)
            self.out_str.append(out_str)

    # -- 2. error ------------------------------------------------------------------------
    def error(self) -> None:
        names, r = self.names, self.r
        L = self.L
        terms, values = [], []
        for k, (o, t) in enumerate(zip(self.outs[L], self.it.target)):
            y = names.node(L, k)
            v = r(0.5 * (float(t) - float(o)) ** 2)
            terms.append(f"E{y}")
            values.append(self.comp(v))
            self.add(
                Phase.ERROR,
                "error_term",
                f"E{y}",
                v,
                fm.error_term_formula(f"E{y}", f"target{y}", f"out{y}"),
                fm.error_term_numbers(
                    f"E{y}", self.given(float(t)), self.out_str[L][k], values[-1]
                ),
                (y,),
                (),
                y,
                "error",
                (L, None, k),
            )
        total = r(sum(s.value for s in self.it.steps[-len(terms) :]))
        self.add(
            Phase.ERROR,
            "error_total",
            "Etotal",
            total,
            fm.error_total_formula(terms),
            fm.error_total_numbers(values, self.comp(total)),
            tuple(names.nodes[L]),
            (),
            "Etotal",
            "error",
            None,
        )

    # -- 3. backward ---------------------------------------------------------------------
    def backward(self) -> None:
        names, net, r, comp = self.names, self.net, self.r, self.comp
        wnames = names.weights
        L = self.L
        # Per layer l+1: dE/dout, dout/dnet (as numbers), and the factor
        # dE/dout × dout/dnet in symbols and numbers, used by every weight into the node.
        self.dedout: list[list[float]] = [[] for _ in range(L)]
        self.doutdnet: list[list[float]] = [[] for _ in range(L)]
        factor_sym: list[list[tuple]] = [[] for _ in range(L)]
        factor_num: list[list[str]] = [[] for _ in range(L)]
        delta: list[list[float]] = [[] for _ in range(L)]
        # For hidden nodes: how the next layer's nodes appear inside the bracket.
        chain_sym: list[list[tuple]] = [[] for _ in range(L)]
        chain_num: list[list[str]] = [[] for _ in range(L)]
        for l in range(L - 1, -1, -1):
            layer = l + 1
            outs = self.outs[layer]
            for j, o in enumerate(outs.tolist()):
                node = names.node(layer, j)
                os_ = self.out_str[layer][j]
                if l == L - 1:
                    t = float(self.it.target[j])
                    dedout = r(o - t)
                    fsym = fm.output_factor(f"out{node}", f"target{node}")
                    fnum = fm.output_factor_numbers(os_, self.given(t))
                    csym, cnum = fsym, fnum
                else:
                    w_next = net.weights[layer]
                    dedout = r(
                        sum(
                            r(delta[l + 1][k] * float(w_next[j, k]))
                            for k in range(len(delta[l + 1]))
                        )
                    )
                    nxt = range(len(delta[l + 1]))
                    fsym = fm.hidden_factor(
                        [(chain_sym[l + 1][k], wnames[layer][j][k]) for k in nxt],
                        f"out{node}",
                    )
                    fnum = fm.hidden_factor_numbers(
                        [(chain_num[l + 1][k], self.w_str[layer][j][k]) for k in nxt], os_
                    )
                    csym = (
                        Name(f"dEtotal/dout{node}"),
                        " × ",
                        Name(f"out{node}"),
                        " × (1 − ",
                        Name(f"out{node}"),
                        ")",
                    )
                    cnum = f"{fm.paren(comp(dedout))} × {os_} × (1 − {os_})"
                doutdnet = r(o * (1.0 - o))
                self.dedout[l].append(dedout)
                self.doutdnet[l].append(doutdnet)
                delta[l].append(r(dedout * doutdnet))
                factor_sym[l].append(fsym)
                factor_num[l].append(fnum)
                chain_sym[l].append(csym)
                chain_num[l].append(cnum)

        self.grad_str: dict[str, str] = {}  # each gradient as shown, reused by its update
        self.heads = [
            [fm.chain_head(f"out{n}", f"net{n}") for n in names.nodes[l + 1]] for l in range(L)
        ]
        self.grads_w: list[np.ndarray] = [np.empty(w.shape) for w in net.weights]
        self.grads_b: list[np.ndarray] = [np.empty(b.shape) for b in net.biases]
        bias_in = self.given(net.bias_input)
        for l in range(L - 1, -1, -1):
            layer = l + 1
            onward = self._onward(l)
            values = self._value_names(l)
            for i, src in enumerate(names.nodes[l]):
                a = float(self.outs[l][i])
                for j in range(self.net.layers[layer]):
                    wname = wnames[l][i][j]
                    self._gradient(
                        l,
                        j,
                        wname,
                        values[i],
                        a,
                        self.out_str[l][i],
                        factor_sym,
                        factor_num,
                        (src, *onward[j][0]),
                        (wname, *onward[j][1]),
                        src,
                        (l, i, j),
                    )
        for l in range(L - 1, -1, -1):
            onward = self._onward(l)
            bnode = names.bias_node(l)
            for j in range(self.net.layers[l + 1]):
                bname = names.bias(l, j)
                self._gradient(
                    l,
                    j,
                    bname,
                    None,
                    net.bias_input,
                    bias_in,
                    factor_sym,
                    factor_num,
                    (bnode, *onward[j][0]),
                    (bname, *onward[j][1]),
                    bnode,
                    (l, None, j),
                )

    def _value_names(self, l: int) -> list[str]:
        """What a node of layer l passes on: ``x1`` for an input, ``outh1`` otherwise."""
        nodes = self.names.nodes[l]
        return list(nodes) if l == 0 else [f"out{n}" for n in nodes]

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

    def _gradient(
        self,
        l: int,
        j: int,
        wname: str,
        source: str | None,
        a: float,
        a_str: str,
        factor_sym: list[list[tuple]],
        factor_num: list[list[str]],
        nodes: tuple[str, ...],
        edges: tuple[str, ...],
        group: str,
        target: tuple[int, int | None, int],
    ) -> None:
        v = self.r(self.dedout[l][j] * self.doutdnet[l][j] * a)
        if target[1] is None:
            self.grads_b[l][j] = v
        else:
            self.grads_w[l][target[1], j] = v
        kind = "bias" if source is None else "weight"
        self.add(
            Phase.BACKWARD,
            "gradient",
            f"dEtotal/d{wname}",
            v,
            fm.gradient_formula(wname, self.heads[l][j], source, factor_sym[l][j]),
            fm.gradient_numbers(
                wname, factor_num[l][j], a_str, self.grad_str.setdefault(wname, self.comp(v))
            ),
            nodes,
            edges,
            group,
            f"{kind}:{l}",
            target,
        )

    # -- 4. update -----------------------------------------------------------------------
    def update(self) -> None:
        names, net = self.names, self.net
        wnames = names.weights
        lr = net.learning_rate
        lr_s = self.given(lr)
        for l in range(self.L):
            for i, src in enumerate(names.nodes[l]):
                for j, old in enumerate(net.weights[l][i].tolist()):
                    wname = wnames[l][i][j]
                    g = float(self.grads_w[l][i, j])
                    self._update(
                        wname,
                        old,
                        lr,
                        lr_s,
                        g,
                        self.grad_str[wname],
                        self.w_str[l][i][j],
                        (src, names.node(l + 1, j)),
                        src,
                        f"weight:{l}",
                        (l, i, j),
                    )
        for l in range(self.L):
            bnode = names.bias_node(l)
            for j, old in enumerate(net.biases[l].tolist()):
                bname = names.bias(l, j)
                g = float(self.grads_b[l][j])
                self._update(
                    bname,
                    old,
                    lr,
                    lr_s,
                    g,
                    self.grad_str[bname],
                    self.b_str[l][j],
                    (bnode, names.node(l + 1, j)),
                    bnode,
                    f"bias:{l}",
                    (l, None, j),
                )

    def _update(
        self,
        wname: str,
        old: float,
        lr: float,
        lr_s: str,
        g: float,
        g_s: str,
        old_s: str,
        nodes: tuple[str, ...],
        group: str,
        group_layer: str,
        target: tuple[int, int | None, int],
    ) -> None:
        v = self.r(old - lr * g)
        self.add(
            Phase.UPDATE,
            "update",
            f"{wname}_new",
            v,
            fm.update_formula(wname),
            fm.update_numbers(wname, old_s, lr_s, g_s, self.comp(v)),
            nodes,
            (wname,),
            group,
            group_layer,
            target,
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
