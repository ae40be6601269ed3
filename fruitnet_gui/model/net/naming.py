"""The worked example's names for nodes, weights and quantities.

With one hidden layer the names are exactly the paper's: inputs ``x1..xn``, hidden
nodes ``h1..hm``, outputs ``y1..yk``; weights ``w1, w2, ...`` numbered row-major by
source node (``w(i*m + j + 1)`` is ``x(i+1) -> h(j+1)``), the hidden→output weights
continuing the numbering; bias weights ``bw1..bwm`` into the hidden nodes, then
``bw(m+1)..`` into the outputs. Quantities: ``neth1``, ``outh1``, ``Ey1``, ``Etotal``,
``dEtotal/dw5``, ``w5_new``.

With more hidden layers the hidden nodes of layer ``l`` are ``h<l>_<j>`` (``h2_3`` is
node 3 of the second hidden layer: the number before the underscore is the hidden
layer, counted from the input, the one after it the node); with one hidden layer there
is no underscore, so ``h2`` is always node 2 of the only hidden layer. Weight numbering
simply continues layer by layer, and so does bias numbering.

With one bias weight per layer (the ``per_layer`` convention) the bias weights are
``bw1`` (into the first hidden layer), ``bw2`` (the next layer), ...: one name per
layer, shared by every node of it. Without bias there are no bias names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from html import escape

from fruitnet_gui.model.text import translate

__all__ = ["Naming", "WeightRef", "html_name", "text_name"]


@dataclass(frozen=True)
class WeightRef:
    """Where a named weight lives: ``weights[layer][i, j]`` or ``biases[layer][j]``."""

    layer: int
    i: int | None  # None for a bias weight
    j: int

    @property
    def is_bias(self) -> bool:
        return self.i is None


class Naming:
    """Names for a network with the given layer sizes."""

    def __init__(self, layers: tuple[int, ...] | list[int], bias: str = "per_node") -> None:
        self.layers = tuple(layers)
        self.bias_kind = bias
        self.n_hidden_layers = len(self.layers) - 2
        w_off, b_off = [0], [0]
        for a, b in zip(self.layers[:-1], self.layers[1:]):
            w_off.append(w_off[-1] + a * b)
            b_off.append(b_off[-1] + {"per_node": b, "per_layer": 1, "none": 0}[bias])
        self._w_offsets = w_off
        self._b_offsets = b_off

    # -- nodes ---------------------------------------------------------------------------
    def node(self, layer: int, j: int) -> str:
        """Name of node ``j`` (0-based) of ``layer`` (0 = input)."""
        if layer == 0:
            return f"x{j + 1}"
        if layer == len(self.layers) - 1:
            return f"y{j + 1}"
        if self.n_hidden_layers == 1:
            return f"h{j + 1}"
        return f"h{layer}_{j + 1}"

    def bias_node(self, layer: int) -> str:
        """Name of the constant bias node that feeds ``layer + 1``."""
        if layer + 1 == len(self.layers) - 1:
            return "bias_y"
        if self.n_hidden_layers == 1:
            return "bias_h"
        return f"bias_h{layer + 1}"

    @cached_property
    def nodes(self) -> list[list[str]]:
        """Node names layer by layer."""
        return [[self.node(l, j) for j in range(n)] for l, n in enumerate(self.layers)]

    @cached_property
    def node_index(self) -> dict[str, tuple[int, int]]:
        """``name -> (layer, j)``; bias nodes map to ``(layer, -1)``."""
        out = {name: (l, j) for l, names in enumerate(self.nodes) for j, name in enumerate(names)}
        for l in range(len(self.layers) - 1):
            out[self.bias_node(l)] = (l, -1)
        return out

    # -- weights -------------------------------------------------------------------------
    @cached_property
    def weights(self) -> list[list[list[str]]]:
        """``weights[l][i][j]`` is the name of ``weights[l][i, j]`` (built once)."""
        return [
            [[self.weight(l, i, j) for j in range(b)] for i in range(a)]
            for l, (a, b) in enumerate(zip(self.layers[:-1], self.layers[1:]))
        ]

    def weight(self, layer: int, i: int, j: int) -> str:
        """Name of ``weights[layer][i, j]``."""
        return f"w{self._w_offsets[layer] + i * self.layers[layer + 1] + j + 1}"

    def bias(self, layer: int, j: int) -> str:
        """Name of ``biases[layer][j]`` (with a shared bias, the same for every ``j``)."""
        if self.bias_kind == "per_layer":
            j = 0
        return f"bw{self._b_offsets[layer] + j + 1}"

    def weight_ref(self, name: str) -> WeightRef:
        """The position of a weight named ``w5`` or ``bw3``."""
        m = re.fullmatch(r"(b?)w(\d+)", name)
        if not m:
            raise KeyError(name)
        k = int(m.group(2)) - 1
        offsets = self._b_offsets if m.group(1) else self._w_offsets
        if k < 0 or k >= offsets[-1]:
            raise KeyError(name)
        layer = max(l for l in range(len(offsets) - 1) if offsets[l] <= k)
        k -= offsets[layer]
        if m.group(1):
            return WeightRef(layer, None, k)  # with a shared bias: its node 0
        i, j = divmod(k, self.layers[layer + 1])
        return WeightRef(layer, i, j)

    def edge_nodes(self, name: str) -> tuple[str, str]:
        """The (source, target) node names of a weight."""
        ref = self.weight_ref(name)
        src = self.bias_node(ref.layer) if ref.i is None else self.node(ref.layer, ref.i)
        return src, self.node(ref.layer + 1, ref.j)

    def legend(self) -> str:
        """How nodes and weights are named in this network, in two or three sentences."""
        n_hidden = self.n_hidden_layers
        if n_hidden == 1:
            nodes = translate(
                "Naming", "Nodes: inputs x1, x2, …, hidden h1, h2, …, outputs y1, y2, …"
            )
        else:
            nodes = translate(
                "Naming",
                "Nodes: inputs x1, x2, …; hidden node j of hidden layer l is h<l>_<j> "
                "(h2_1 is node 1 of hidden layer 2, of {n}); outputs y1, y2, …",
            ).format(n=n_hidden)
        weights = translate(
            "Naming",
            "Weights are numbered w1, w2, … layer by layer from the input, and within a "
            "layer row by row by source node (w1 is x1 → the first node, w2 is x1 → the "
            "second).",
        )
        if self.bias_kind == "per_node":
            bias = translate(
                "Naming", " Bias weights bw1, bw2, … follow the same order, one per node."
            )
        elif self.bias_kind == "per_layer":
            bias = translate(
                "Naming",
                " One bias weight per layer: bw1 feeds the first hidden layer, bw2 the next.",
            )
        else:
            bias = translate("Naming", " This network has no bias weights.")
        return f"{nodes}. {weights}{bias}"

    def layer_title(self, layer: int, short: bool = False) -> str:
        """ "input layer", "hidden layer 2", …; ``short``: "input", "hidden 2", …"""
        if layer == 0:
            return translate("Naming", "input") if short else translate("Naming", "input layer")
        if layer == len(self.layers) - 1:
            return translate("Naming", "output") if short else translate("Naming", "output layer")
        if self.n_hidden_layers == 1:
            return translate("Naming", "hidden") if short else translate("Naming", "hidden layer")
        if short:
            return translate("Naming", "hidden {n}").format(n=layer)
        return translate("Naming", "hidden layer {n}").format(n=layer)


_NAME_HTML = [
    (re.compile(r"^d(E(?:total|y\d+)|(?:out|net)[a-z]+[\d_]+)/d(.+)$"), None),
    (re.compile(r"^(net|out|target)([a-z]+[\d_]+)$"), r"\1<sub>\2</sub>"),
    (re.compile(r"^E(total|y\d+)$"), r"E<sub>\1</sub>"),
    (re.compile(r"^(b?w)(\d+)_new$"), r"\1<sub>\2</sub><sup>new</sup>"),
    (re.compile(r"^(b?w|x|y|h)(\d+)$"), r"\1<sub>\2</sub>"),
    (re.compile(r"^h(\d+)_(\d+)$"), r"h<sub>\1,\2</sub>"),
]


@lru_cache(maxsize=16384)
def html_name(name: str) -> str:
    """Rich-text form of a quantity name: ``neth1`` → ``net<sub>h1</sub>``."""
    m = _NAME_HTML[0][0].match(name)
    if m:
        top = m.group(1)
        top = f"E<sub>{top[1:]}</sub>" if top.startswith("E") else html_name(top)
        return f"∂{top}/∂{html_name(m.group(2))}"
    for pattern, repl in _NAME_HTML[1:]:
        if pattern.match(name):
            out = pattern.sub(repl, name)
            return out.replace("_", ",") if "<sub>h" in out else out
    return escape(name)


def text_name(name: str) -> str:
    """Plain-text form of a quantity name inside a formula: ``dEtotal/dw5`` → ``∂Etotal/∂w5``."""
    if _DERIVATIVE.match(name):
        top, bottom = name.split("/d", 1)
        return f"∂{top[1:]}/∂{bottom}"
    return name


_DERIVATIVE = re.compile(r"^d(E(total|y\d+)|(out|net)[a-z]+[\d_]+)/d\w+$")
