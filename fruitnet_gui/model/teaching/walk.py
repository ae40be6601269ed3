"""The values of one iteration, sub-step by sub-step, in the worked example's order.

:class:`Walk` computes every value the way a person does on paper: forward, the
error, then each gradient from the chain rule's factors, then every update. It is
independent of the vectorized :meth:`Network.backward`; tests hold the two equal.

Exact mode works in float64 (NumPy for the wide sums of the fruit network). Pencil
mode works like a person with a calculator: every value is the exact decimal
evaluation of the numbers line it is shown with (:mod:`~fruitnet_gui.model.teaching.lines`),
whose operands are the values already revealed, rounded half away from zero to N
decimals and carried forward. So a pencil value can always be checked by typing its
line into a calculator.

The chain rule's factors (∂Etotal/∂outy1, ∂outy1/∂nety1, ∂Etotal/∂nety1, the paper's
"first term" ∂Ey1/∂outh1, ..., ∂nety1/∂w5) are sub-steps of their own, each made once,
just before the first gradient that needs it; at the *quantity* level and coarser a
Step reveals them together with that gradient.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.activations import activate, slope
from fruitnet_gui.model.net.network import sigmoid
from fruitnet_gui.model.teaching.lines import Lines, Values
from fruitnet_gui.model.teaching.rounding import evaluate, round_half_up
from fruitnet_gui.model.text import numbers_in, translate

if TYPE_CHECKING:
    from fruitnet_gui.model.teaching.iteration import Iteration, SubStep

__all__ = ["Walk"]


class Walk:
    """Builds the sub-steps of ``iteration`` (see :class:`Iteration`)."""

    def __init__(self, it: Iteration) -> None:
        from fruitnet_gui.model.teaching.iteration import Phase, SubStep

        self._SubStep, self._Phase = SubStep, Phase
        self.it = it
        self.net = net = it.network
        self.conv = net.conventions
        self.names = it.naming
        self.pencil = it.pencil
        self.L = len(net.weights)
        self.v = Values(self.L)
        self.v.outs[0] = it.x.tolist()
        self.lines = Lines(it, self.v)
        self.steps: list[SubStep] = []
        self._pending: list[SubStep] = []  # factors waiting for the quantity they serve
        self._done_nodes: set[tuple[int, int]] = set()

    # -- adding sub-steps ----------------------------------------------------------------
    def value(self, kind: str, target: tuple, exact: float) -> float:
        """The value as revealed: ``exact`` in exact mode; in pencil mode the rounded
        exact evaluation of the sub-step's own numbers line."""
        if self.pencil is None:
            return exact
        text = self.lines.expression(kind, target, extra=0)
        try:
            return round_half_up(evaluate(text), self.pencil)
        except ValueError:  # ln(0): an output rounded to 0 at this precision
            raise ModelError(
                translate(
                    "Checks",
                    "pencil mode with {n} decimals cannot work out {what}: an output rounds to "
                    "0, whose logarithm is undefined; use more decimals",
                ).format(n=self.pencil, what=numbers_in(text.strip()[:60]))
            ) from None

    def add(
        self,
        phase,
        kind: str,
        name: str,
        value: float,
        nodes: tuple[str, ...],
        edges: tuple[str, ...],
        group_node: str,
        group_layer: str,
        target: tuple | None,
        *,
        factor: bool = False,
    ) -> SubStep:
        step = self._SubStep(
            len(self.steps), phase, kind, name, value, nodes, edges, group_node,
            group_layer, target, self.lines, len(self.steps), factor,
        )  # fmt: skip
        self.steps.append(step)
        if factor:
            self._pending.append(step)
        else:
            for f in self._pending:
                # a factor is revealed with the quantity it serves, at every level but factor
                f.quantity, f.group_node, f.group_layer = step.index, group_node, group_layer
            self._pending.clear()
        return step

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
        names, net, v, Phase = self.names, self.net, self.v, self._Phase
        has_bias = self.conv.has_bias
        for l in range(self.L):
            src_names = tuple(names.nodes[l])
            bias_node = (names.bias_node(l),) if has_bias else ()
            w, b = net.weights[l], net.biases[l]
            nets = np.asarray(v.outs[l]) @ w
            if has_bias:
                nets = nets + net.bias_input * b
            group = f"{l + 1}"
            act = net.activations[l]
            # softmax needs every net input of its layer first; the others go node by node
            together = act == "softmax"
            pending: list[tuple[str, tuple]] = []
            for j in range(len(b)):
                node = names.node(l + 1, j)
                target = (l + 1, None, j)
                n = self.value("net", target, float(nets[j]))
                v.nets[l + 1].append(n)
                edges = tuple(row[j] for row in names.weights[l])
                if has_bias:
                    edges += (names.bias(l, j),)
                self.add(Phase.FORWARD, "net", f"net{node}", n, (*src_names, *bias_node, node),
                         edges, node, group, target)  # fmt: skip
                if together:
                    pending.append((node, target))
                else:
                    self._out(act, node, target, group)
            if together:
                for node, target in pending:
                    self._out(act, node, target, group)

    def _out(self, act: str, node: str, target: tuple, group: str) -> None:
        layer, _, j = target
        v = self.v
        if act == "sigmoid":
            exact = float(sigmoid(v.nets[layer][j]))
        else:
            exact = float(activate(act, np.asarray(v.nets[layer]))[j])
        o = self.value("out", target, exact)
        v.outs[layer].append(o)
        self.add(self._Phase.FORWARD, "out", f"out{node}", o, (node,), (), node, group, target)

    # -- 2. error ------------------------------------------------------------------------
    def error(self) -> None:
        names, v, L, Phase = self.names, self.v, self.L, self._Phase
        cross = self.net.loss == "cross_entropy"
        scale = 0.5 if self.conv.error == "half_sum" else 1.0
        for k, (o, t) in enumerate(zip(v.outs[L], self.it.target.tolist())):
            y = names.node(L, k)
            target = (L, None, k)
            exact = -t * float(np.log(max(o, 1e-300))) if cross else scale * (t - o) ** 2
            e = self.value("error_term", target, exact)
            v.errors.append(e)
            self.add(Phase.ERROR, "error_term", f"E{y}", e, (y,), (), y, "error", target)
        total = sum(v.errors)
        if self.conv.error == "mean" and not cross:
            total /= len(v.errors)
        v.total = self.value("error_total", None, total)
        nodes = tuple(names.nodes[L])
        self.add(Phase.ERROR, "error_total", "Etotal", v.total, nodes, (), "Etotal", "error", None)

    # -- 3. backward ---------------------------------------------------------------------
    def node_factors(self, l: int, j: int) -> None:
        """The factors of node j of layer l + 1, once: ∂E/∂out, ∂out/∂net, and where a
        later formula uses it, ∂E/∂net (for the outputs, the paper's error term)."""
        if (l, j) in self._done_nodes:
            return
        self._done_nodes.add((l, j))
        names, v, L, Phase = self.names, self.v, self.L, self._Phase
        layer = l + 1
        node = names.node(layer, j)
        o = v.outs[layer][j]
        target = (layer, None, j)
        onward = self._onward(l)[j]
        if layer == L and self.net.loss == "cross_entropy":
            # softmax with cross-entropy: the error term is out − target, in one factor
            t = float(self.it.target[j])
            delta = self.value("f_delta", target, o - t)
            v.dedout[l][j], v.doutdnet[l][j], v.delta[l][j] = delta, 1.0, delta
            self.add(Phase.BACKWARD, "f_delta", f"dEtotal/dnet{node}", delta, onward[0],
                     onward[1], node, "", target, factor=True)  # fmt: skip
            return
        if layer == L:
            t = float(self.it.target[j])
            c = self.conv.output_scale(self.net.n_outputs)
            dedout = self.value("f_dedout", target, c * (o - t) if c != 1.0 else o - t)
        else:
            nxt = range(self.net.layers[layer + 1])
            w_next = self.net.weights[layer][j].tolist()
            if layer + 1 == L:
                # the paper's "first term", "second term", ...: ∂Ey_k/∂outh = δ_k × w
                terms = []
                for k in nxt:
                    tgt = (layer, k, j)
                    term = self.value("f_term", tgt, v.delta[layer][k] * w_next[k])
                    v.terms[(layer, j, k)] = term
                    terms.append(term)
                    y = names.node(L, k)
                    self.add(Phase.BACKWARD, "f_term", f"dE{y}/dout{node}", term, (node, y),
                             (names.weights[layer][j][k],), node, "", tgt, factor=True)  # fmt: skip
                exact = sum(terms)
            else:
                exact = sum(d * w for d, w in zip(v.delta[layer], w_next))
            dedout = self.value("f_dedout", target, exact)
        v.dedout[l][j] = dedout
        self.add(Phase.BACKWARD, "f_dedout", f"dEtotal/dout{node}", dedout, onward[0],
                 onward[1], node, "", target, factor=True)  # fmt: skip
        act = self.net.activations[l]
        if act == "sigmoid":
            slope_exact = o * (1.0 - o)
        else:
            slope_exact = float(slope(act, np.asarray(v.nets[layer][j]), np.asarray(o)))
        doutdnet = self.value("f_doutdnet", target, slope_exact)
        v.doutdnet[l][j] = doutdnet
        self.add(Phase.BACKWARD, "f_doutdnet", f"dout{node}/dnet{node}", doutdnet, (node,), (),
                 node, "", target, factor=True)  # fmt: skip
        if layer >= 2 or self.conv.bias == "per_layer":
            delta = self.value("f_delta", target, dedout * doutdnet)
            self.add(Phase.BACKWARD, "f_delta", f"dEtotal/dnet{node}", delta, onward[0],
                     onward[1], node, "", target, factor=True)  # fmt: skip
        else:
            delta = dedout * doutdnet
        v.delta[l][j] = delta

    def backward(self) -> None:
        names, net, v, L, Phase = self.names, self.net, self.v, self.L, self._Phase
        for l in range(L):
            n = net.layers[l + 1]
            v.dedout[l] = [0.0] * n
            v.doutdnet[l] = [0.0] * n
            v.delta[l] = [0.0] * n
        v.delta.append([])  # delta[L] is never used; delta[l] serves layer l + 1
        for l in range(L - 1, -1, -1):
            onward = self._onward(l)
            layer_key = f"weight:{l}"
            grads = [[0.0] * net.layers[l + 1] for _ in range(net.layers[l])]
            v.grads_w[l] = grads
            outs = v.outs[l]
            for i, src in enumerate(names.nodes[l]):
                wrow = names.weights[l][i]
                for j in range(net.layers[l + 1]):
                    self.node_factors(l, j)
                    wname = wrow[j]
                    node = names.node(l + 1, j)
                    a = outs[i]
                    self.add(Phase.BACKWARD, "f_input", f"dnet{node}/d{wname}", a, (src, node),
                             (wname,), src, layer_key, (l, i, j), factor=True)  # fmt: skip
                    g = self.value("gradient", (l, i, j), v.dedout[l][j] * v.doutdnet[l][j] * a)
                    grads[i][j] = g
                    self.add(Phase.BACKWARD, "gradient", f"dEtotal/d{wname}", g,
                             (src, *onward[j][0]), (wname, *onward[j][1]), src, layer_key,
                             (l, i, j))  # fmt: skip
        if not self.conv.has_bias:
            return
        bias_input = net.bias_input
        for l in range(L - 1, -1, -1):
            onward = self._onward(l)
            bnode = names.bias_node(l)
            n = net.layers[l + 1]
            if self.conv.bias == "per_layer":
                g = self.value("gradient", (l, None, 0), sum(v.delta[l]) * bias_input)
                v.grads_b[l] = [g] * n
                nodes = (bnode, *(x for o in onward for x in o[0]))
                edges = tuple(dict.fromkeys(names.bias(l, j) for j in range(n)))
                self.add(Phase.BACKWARD, "gradient", f"dEtotal/d{names.bias(l, 0)}", g, nodes,
                         edges + tuple(e for o in onward for e in o[1]), bnode, f"bias:{l}",
                         (l, None, 0))  # fmt: skip
                continue
            grads_b = []
            for j in range(n):
                exact = v.dedout[l][j] * v.doutdnet[l][j] * bias_input
                g = self.value("gradient", (l, None, j), exact)
                grads_b.append(g)
                bname = names.bias(l, j)
                self.add(Phase.BACKWARD, "gradient", f"dEtotal/d{bname}", g,
                         (bnode, *onward[j][0]), (bname, *onward[j][1]), bnode, f"bias:{l}",
                         (l, None, j))  # fmt: skip
            v.grads_b[l] = grads_b

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
        names, net, v, Phase = self.names, self.net, self.v, self._Phase
        lr = net.learning_rate
        for l in range(self.L):
            # new = old − η × gradient, every gradient taken with the old weights.
            exact = (net.weights[l] - lr * np.asarray(v.grads_w[l])).tolist()
            layer_key = f"weight:{l}"
            for i, src in enumerate(names.nodes[l]):
                wrow = names.weights[l][i]
                for j in range(net.layers[l + 1]):
                    w = self.value("update", (l, i, j), exact[i][j])
                    wname = wrow[j]
                    self.add(Phase.UPDATE, "update", f"{wname}_new", w,
                             (src, names.node(l + 1, j)), (wname,), src, layer_key,
                             (l, i, j))  # fmt: skip
        if not self.conv.biases_learn:
            return
        for l in range(self.L):
            bnode = names.bias_node(l)
            n = net.layers[l + 1]
            shared = self.conv.bias == "per_layer"
            for j in range(1 if shared else n):
                exact = float(net.biases[l][j] - lr * v.grads_b[l][j])
                b = self.value("update", (l, None, j), exact)
                bname = names.bias(l, j)
                nodes = (bnode, *(names.node(l + 1, k) for k in (range(n) if shared else [j])))
                self.add(Phase.UPDATE, "update", f"{bname}_new", b, nodes, (bname,), bnode,
                         f"bias:{l}", (l, None, j))  # fmt: skip
