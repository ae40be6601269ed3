"""Each sub-step's two lines: the formula in symbols, and the same with the numbers.

The numbers line is *calculator-true* (:mod:`~fruitnet_gui.model.teaching.rounding`): typing
its operands into a calculator and rounding the result half away from zero to the
digits shown gives the result shown.

* In pencil mode the operands are the revealed values exactly as they were rounded
  and carried forward, and the value *is* the rounded evaluation of the line
  (:class:`~fruitnet_gui.model.teaching.walk.Walk` computes it so), so this holds by
  construction.
* In exact mode the operands are float64 values; each is shown with the digits it
  usually has (4 decimals, 4 significant digits below 0.01, given numbers as they are
  up to 6 significant digits), and :meth:`Lines.numbers` adds digits to every
  operand of the line until the exact evaluation rounds to the shown result. For
  ``w5_new = 0.05 − 0.5 × 0.1005`` that gives ``0.05 − 0.5 × 0.10050825 = −0.0002541``.

Every numbers line uses only given numbers (inputs, weights, targets, η, the bias
input) and values already revealed as sub-steps: a gradient is the product of its
factors, ``∂Etotal/∂w5 = 0.5934 × 0.2413 × 0.7020``, as the paper writes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fruitnet_gui.model.teaching import formulas as fm
from fruitnet_gui.model.teaching.formulas import Formula, Name
from fruitnet_gui.model.teaching.rounding import (
    decimals_of,
    evaluate,
    fixed,
    significant,
    to_decimal,
)

if TYPE_CHECKING:
    from fruitnet_gui.model.teaching.iteration import Iteration, SubStep

__all__ = ["Lines", "Values", "computed", "given"]

#: Exact mode: digits of a computed value (decimals, or significant digits below 0.01).
DIGITS = 4
#: Exact mode: significant digits of a given number (a longer one is shortened).
GIVEN_DIGITS = 6
#: Digits an exact-mode line may add to its operands to become calculator-true.
MAX_EXTRA = 13


def given(v: float, extra: int | None = 0) -> str:
    """A given number: as it is when short, else 6 (+ ``extra``) significant digits;
    ``extra=None`` shows it exactly."""
    v = float(v)
    d = to_decimal(v)
    plain = f"{d:f}"
    if "." in plain:
        plain = plain.rstrip("0").rstrip(".")
    if plain in ("-0", ""):
        plain = "0"
    digits = len(plain.replace("-", "").replace(".", "").lstrip("0"))
    if extra is None or digits <= GIVEN_DIGITS + extra:
        return plain
    s = significant(d, GIVEN_DIGITS + extra)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def computed(v: float, decimals: int = DIGITS, *, pencil: bool = False) -> str:
    """A computed value: ``decimals`` decimals, or as many significant digits when it is
    below 0.01 in exact mode (so −0.000422 does not collapse to −0.0004)."""
    if not pencil and v != 0 and abs(v) < 10.0 ** (2 - DIGITS):
        return significant(v, decimals)
    return fixed(v, decimals)


def paren(s: str) -> str:
    """Negative operands are bracketed, as the paper writes ``0.4 − 0.5 × (−0.0362)``."""
    return f"({s})" if s.startswith("-") else s


class Values:
    """The revealed values of one iteration, layer by layer (rounded in pencil mode).

    ``nets[l]``, ``outs[l]`` belong to layer ``l`` (``outs[0]`` is the input); the
    factors ``dedout[l]``, ``doutdnet[l]``, ``delta[l]`` and the gradients
    ``grads_w[l]``, ``grads_b[l]`` belong to the weights into layer ``l + 1``;
    ``terms[(layer, j, k)]`` is ∂E_yk/∂out of node j of ``layer``.
    """

    def __init__(self, L: int) -> None:
        self.nets: list[list[float]] = [[] for _ in range(L + 1)]
        self.outs: list[list[float]] = [[] for _ in range(L + 1)]
        self.errors: list[float] = []
        self.total = 0.0
        self.dedout: list[list[float]] = [[] for _ in range(L)]
        self.doutdnet: list[list[float]] = [[] for _ in range(L)]
        self.delta: list[list[float]] = [[] for _ in range(L)]
        self.terms: dict[tuple[int, int, int], float] = {}
        self.grads_w: list[list[list[float]]] = [[] for _ in range(L)]
        self.grads_b: list[list[float]] = [[] for _ in range(L)]


class Lines:
    """Makes a sub-step's formula and numbers when they are shown (the fruit network
    has thousands of sub-steps; a line costs microseconds to make when asked for)."""

    def __init__(self, it: Iteration, values: Values) -> None:
        self.it = it
        self.net = it.network
        self.conv = it.network.conventions
        self.names = it.naming
        self.target = it.target
        self.v = values
        self.pencil = it.pencil
        self.L = len(it.network.weights)
        self._symbols: dict[tuple[int, int], tuple] = {}

    # -- operands ------------------------------------------------------------------------
    def _given(self, v: float, extra: int) -> str:
        return given(v, None if self.pencil is not None else extra)

    def _comp(self, v: float, extra: int) -> str:
        if self.pencil is not None:
            return fixed(v, self.pencil)
        return computed(v, DIGITS + extra)

    def result(self, v: float) -> str:
        return fixed(v, self.pencil) if self.pencil is not None else computed(v)

    def _out(self, layer: int, i: int, extra: int) -> str:
        """What node i of ``layer`` passes on: the given input, or its output."""
        v = self.v.outs[layer][i]
        return self._given(v, extra) if layer == 0 else self._comp(v, extra)

    def _weight(self, l: int, i: int | None, j: int) -> float:
        return float(self.net.biases[l][j] if i is None else self.net.weights[l][i, j])

    def _c(self) -> str:
        """The error convention's factor in ∂Etotal/∂out, as shown ("" for the paper's)."""
        return {"half_sum": "", "sum": "2 × ", "mean": f"2 / {self.net.n_outputs} × "}[
            self.conv.error
        ]

    # -- the numbers expression (plain operands, no name) ------------------------------
    def expression(self, kind: str, target: tuple | None, extra: int) -> str:
        """The EXPRESSION of a numbers line, its operands shown with ``extra`` digits more."""
        v, g, c = self.v, self._given, self._comp
        if kind == "error_total":
            body = " + ".join(paren(c(e, extra)) for e in v.errors)
            return f"({body}) / {len(v.errors)}" if self.conv.error == "mean" else body
        layer, i, j = target  # type: ignore[misc]
        if kind == "net":
            l = layer - 1
            terms = [
                f"({paren(self._out(l, k, extra))} × {paren(g(self._weight(l, k, j), extra))})"
                for k in range(self.net.layers[l])
            ]
            if self.conv.has_bias:
                b = paren(g(self._weight(l, None, j), extra))
                terms.append(f"({paren(g(self.net.bias_input, extra))} × {b})")
            return " + ".join(terms)
        if kind == "out":
            return self._out_expression(layer, j, extra)
        if kind == "error_term":
            t, o = g(float(self.target[j]), extra), c(v.outs[layer][j], extra)
            if self.net.loss == "cross_entropy":
                return f"−{paren(t)} × ln({o})"
            half = "½ × " if self.conv.error == "half_sum" else ""
            return f"{half}({t} − {paren(o)})²"
        l = layer - 1
        if kind == "f_dedout":
            if layer == self.L:
                t, o = g(float(self.target[j]), extra), c(v.outs[layer][j], extra)
                diff = f"{o} − {t}"
                return f"{self._c()}({diff})" if self._c() else diff
            nxt = range(self.net.layers[layer + 1])
            if layer + 1 == self.L:
                return " + ".join(paren(c(v.terms[(layer, j, k)], extra)) for k in nxt)
            return " + ".join(
                f"({paren(c(v.delta[layer][k], extra))} × "
                f"{paren(g(self._weight(layer, j, k), extra))})"
                for k in nxt
            )
        if kind == "f_doutdnet":
            act = self.net.activations[l]
            o = c(v.outs[layer][j], extra)
            if act == "tanh":
                return f"1 − {paren(o)}²"
            if act == "relu":  # the slope at 0 is taken to be 0
                return "1" if v.nets[layer][j] > 0 else "0"
            if act == "linear":
                return "1"
            return f"{o} × (1 − {o})"
        if kind == "f_delta":
            if layer == self.L and self.net.loss == "cross_entropy":
                t, o = g(float(self.target[j]), extra), c(v.outs[layer][j], extra)
                return f"{o} − {t}"
            return f"{paren(c(v.dedout[l][j], extra))} × {paren(c(v.doutdnet[l][j], extra))}"
        if kind == "f_term":
            # target (layer, k, j): node j of ``layer``, through node k of the next
            k = i
            d = paren(c(v.delta[layer][k], extra))
            return f"{d} × {paren(g(self._weight(layer, j, k), extra))}"
        # weights and their factors: target is (l, i, j) with l the weight layer
        l = layer
        if kind == "f_input":
            return self._out(l, i, extra)
        if kind == "gradient":
            if i is None and self.conv.bias == "per_layer":
                deltas = " + ".join(paren(c(d, extra)) for d in v.delta[l])
                return f"({deltas}) × {paren(g(self.net.bias_input, extra))}"
            a = g(self.net.bias_input, extra) if i is None else self._out(l, i, extra)
            if l + 1 == self.L and self.net.loss == "cross_entropy":
                return f"{paren(c(v.delta[l][j], extra))} × {paren(a)}"
            de, dn = c(v.dedout[l][j], extra), c(v.doutdnet[l][j], extra)
            return f"{paren(de)} × {paren(dn)} × {paren(a)}"
        if kind == "update":
            grad = v.grads_b[l][j] if i is None else v.grads_w[l][i][j]
            old = g(self._weight(l, i, j), extra)
            return f"{old} − {g(self.net.learning_rate, extra)} × {paren(c(grad, extra))}"
        raise ValueError(f"no numbers line for {kind!r}")

    def _out_expression(self, layer: int, j: int, extra: int) -> str:
        """The activation with the net input(s) substituted, in calculator terms."""
        act = self.net.activations[layer - 1]
        nets = self.v.nets[layer]
        raw = self._comp(nets[j], extra)
        n = paren(raw)
        if act == "sigmoid":
            return f"1 / (1 + exp(−{n}))"
        if act == "tanh":
            return f"(exp({raw}) − exp(−{n})) / (exp({raw}) + exp(−{n}))"
        if act == "relu":
            return f"max(0, {raw})"
        if act == "linear":
            return raw
        exps = " + ".join(f"exp({self._comp(x, extra)})" for x in nets)
        return f"exp({raw}) / ({exps})"

    def numbers_parts(self, s: SubStep) -> tuple[str, str]:
        """(EXPRESSION, RESULT) of a numbers line, calculator-true."""
        if s.kind == "f_input":
            # ∂net/∂w is the value the weight multiplies: shown as it is, nothing computed
            text = self.expression(s.kind, s.target, 0)
            return text, text
        result = self.result(s.value)
        places = decimals_of(result)
        if self.pencil is not None:
            return self.expression(s.kind, s.target, 0), result
        for extra in range(MAX_EXTRA + 1):
            text = self.expression(s.kind, s.target, extra)
            got = evaluate(text)
            if fixed(got, places) == result:
                return text, result
        # only at a near-tie of float64: the line's own exact value, rounded
        return text, fixed(got, places)

    def numbers(self, s: SubStep) -> Formula:
        text, result = self.numbers_parts(s)
        return Formula((Name(s.name), f" = {text} = {result}"))

    # -- formulas in symbols -------------------------------------------------------------
    def value_name(self, layer: int, i: int) -> str:
        node = self.names.node(layer, i)
        return node if layer == 0 else f"out{node}"

    def weight_name(self, l: int, i: int | None, j: int) -> str:
        return self.names.bias(l, j) if i is None else self.names.weights[l][i][j]

    def expanded(self, l: int, j: int) -> tuple:
        """∂Etotal/∂out × ∂out/∂net of node j of layer l + 1, unpacked in symbols as the
        paper does: ``(outy1 − targety1) × outy1 × (1 − outy1)``."""
        key = (l, j)
        if key not in self._symbols:
            layer = l + 1
            node = self.names.node(layer, j)
            act = self.net.activations[l]
            if layer == self.L and self.net.loss == "cross_entropy":
                parts = fm.softmax_factor(f"out{node}", f"target{node}")
            elif layer == self.L:
                parts = fm.output_factor(f"out{node}", f"target{node}", self._c(), act)
            else:
                nxt = range(self.net.layers[layer + 1])
                wnames = self.names.weights[layer][j]
                terms = [(self.expanded(layer, k), wnames[k]) for k in nxt]
                parts = fm.hidden_factor(terms, f"out{node}", act, f"net{node}")
            self._symbols[key] = parts
        return self._symbols[key]

    def formula(self, s: SubStep) -> Formula:
        kind, name, names = s.kind, s.name, self.names
        b_in = given(self.net.bias_input)
        if kind == "error_total":
            return fm.error_total_formula(
                [f"E{y}" for y in names.nodes[self.L]], self.conv.error == "mean"
            )
        layer, i, j = s.target  # type: ignore[misc]
        if kind == "net":
            l = layer - 1
            terms = [
                (self.value_name(l, k), names.weights[l][k][j]) for k in range(len(names.nodes[l]))
            ]
            bias = names.bias(l, j) if self.conv.has_bias else None
            return fm.net_formula(name, terms, bias, b_in)
        if kind == "out":
            act = self.net.activations[layer - 1]
            layer_nets = [f"net{names.node(layer, k)}" for k in range(self.net.layers[layer])]
            return fm.activation_formula(name, f"net{name[3:]}", act, layer_nets)
        if kind == "error_term":
            y = name[1:]
            if self.net.loss == "cross_entropy":
                return fm.cross_entropy_term_formula(name, f"target{y}", f"out{y}")
            half = self.conv.error == "half_sum"
            return fm.error_term_formula(name, f"target{y}", f"out{y}", half)
        node = names.node(layer, j)
        if kind == "f_dedout":
            if layer == self.L:
                return fm.output_dedout_formula(node, self._c())
            nxt = range(self.net.layers[layer + 1])
            if layer + 1 == self.L:
                return fm.sum_formula(name, [f"dE{names.node(self.L, k)}/dout{node}" for k in nxt])
            return fm.hidden_dedout_formula(
                name,
                [
                    (f"dEtotal/dnet{names.node(layer + 1, k)}", names.weights[layer][j][k])
                    for k in nxt
                ],
            )
        if kind == "f_doutdnet":
            return fm.slope_formula(node, self.net.activations[layer - 1])
        if kind == "f_delta":
            if layer == self.L and self.net.loss == "cross_entropy":
                return fm.softmax_delta_formula(node)
            return fm.delta_formula(node)
        if kind == "f_term":
            k = i
            y = names.node(layer + 1, k)
            return fm.term_formula(name, y, node, names.weights[layer][j][k])
        l = layer
        target_node = names.node(l + 1, j)
        if kind == "f_input":
            return fm.input_factor_formula(name, self.value_name(l, i))
        wname = self.weight_name(l, i, j)
        if kind == "gradient":
            if i is None and self.conv.bias == "per_layer":
                nodes = [names.node(l + 1, k) for k in range(self.net.layers[l + 1])]
                return fm.shared_bias_gradient_formula(wname, nodes, b_in)
            head = fm.chain_head(f"out{target_node}", f"net{target_node}")
            source = b_in if i is None else self.value_name(l, i)
            return fm.gradient_formula(wname, head, source, self.expanded(l, j), i is None)
        return fm.update_formula(wname)
