"""The network canvas's hover texts: what a node or a weight is, and its values so far.

Plain strings from the network, the names and what the iteration has revealed (no Qt).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from fruitnet_gui.model.net.naming import Naming, text_name
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.teaching.formulas import NumberFormat
from fruitnet_gui.model.text import translate

if TYPE_CHECKING:
    from fruitnet_gui.ui.canvas.layout import Structure
    from fruitnet_gui.ui.canvas.state import Shown

__all__ = ["edge_tooltip", "item_tooltip", "node_tooltip"]

Revealed = Callable[[str], "float | None"]


def node_tooltip(
    name: str,
    layer: int,
    j: int,
    *,
    network: Network,
    naming: Naming,
    fmt: NumberFormat,
    value: float,
    target: float | None,
    revealed: Revealed,
) -> str:
    """Node ``j`` of ``layer`` (``j`` < 0: the bias node feeding ``layer + 1``)."""
    given, comp = fmt.given, fmt.computed
    if j < 0:
        return translate(
            "Canvas", "{name}: the constant bias input of the {layer}\nvalue = {value}"
        ).format(name=name, layer=naming.layer_title(layer + 1), value=given(network.bias_input))
    if layer == 0:
        rows, cols = network.input_shape
        where = translate("Canvas", "input {n}").format(n=j + 1)
        if rows > 1:
            where = translate("Canvas", "pixel row {row}, column {column}").format(
                row=j // cols + 1, column=j % cols + 1
            )
        return f"{name}: {where}\n{name} = {given(value)}"
    lines = [
        translate("Canvas", "{name}: node {n} of the {layer}").format(
            name=name, n=j + 1, layer=naming.layer_title(layer)
        )
    ]
    if target is not None:
        lines[0] += f" ({network.classes[j]})"
        lines.append(f"target{name} = {given(target)}")
    known = [(q, revealed(q)) for q in (f"net{name}", f"out{name}", f"E{name}")]
    known = [(q, v) for q, v in known if v is not None]
    lines += [f"{q} = {comp(v)}" for q, v in known]
    if not known:
        lines.append(translate("Canvas", "not computed yet: step forward to compute it"))
    return "\n".join(lines)


def edge_tooltip(
    name: str,
    *,
    naming: Naming,
    fmt: NumberFormat,
    weight: float,
    bias_input: float,
    revealed: Revealed,
) -> str:
    """Weight ``name`` at the start of the iteration, its gradient and new value so far."""
    src, dst = naming.edge_nodes(name)
    if name.startswith("bw"):
        src = translate("Canvas", "bias {value}").format(value=fmt.given(bias_input))
    given, comp = fmt.given, fmt.computed
    lines = [f"{name}: {src} → {dst}", f"{name} = {given(weight)}"]
    grad = revealed(f"dEtotal/d{name}")
    if grad is not None:
        lines.append(
            translate("Canvas", "gradient {name} = {value}").format(
                name=text_name(f"dEtotal/d{name}"), value=comp(grad)
            )
        )
    new = revealed(f"{name}_new")
    if new is not None:
        lines.append(f"{name}_new = {comp(new)}")
    lines.append(translate("Canvas", "click to change it"))
    return "\n".join(lines)


def item_tooltip(
    item: tuple[str, str], st: Structure, shown: Shown, network: Network, target: np.ndarray
) -> str:
    """The hover text of ``("node", name)`` or ``("edge", name)`` as the canvas shows it."""
    kind, name = item
    if kind == "edge":
        return edge_tooltip(
            name,
            naming=st.naming,
            fmt=shown.fmt,
            weight=float(shown.old_weights[st.edge_index[name]]),
            bias_input=network.bias_input,
            revealed=shown.revealed,
        )
    k = st.node_index[name]
    l, j = int(st.node_layer[k]), int(st.node_j[k])
    last = l == len(network.layers) - 1 and j >= 0
    return node_tooltip(
        name,
        l,
        j,
        network=network,
        naming=st.naming,
        fmt=shown.fmt,
        value=float(shown.values[k]),
        target=float(target[j]) if last else None,
        revealed=shown.revealed,
    )
