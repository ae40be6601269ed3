"""What each sub-step means, in words, and how values are written in the window.

:func:`explain` gives one or two sentences (HTML) on what a sub-step computes and why,
in the words of the worked example; :func:`conventions_line` is the line above the
formulas (conventions, η, the arithmetic); :func:`format_value` writes a value as the
window shows it. Kept apart from the formula view, which lays these out.
"""

from __future__ import annotations

import math
from html import escape

from fruitnet_gui.model.net.naming import html_name
from fruitnet_gui.model.teaching.iteration import Iteration, SubStep
from fruitnet_gui.model.teaching.lines import given
from fruitnet_gui.model.teaching.rounding import fixed

__all__ = ["conventions_line", "explain", "format_value"]


def format_value(value: float, pencil: int | None = None) -> str:
    """A value as the window shows it: 10 significant digits, or the pencil decimals.

    A typographic minus is used, and ``×10⁻⁵`` instead of ``e-05``.
    """
    if pencil is not None:
        text = fixed(value, pencil)
    elif value == 0 or not math.isfinite(value):
        text = "0" if value == 0 else str(value)
    else:
        text = f"{value:.10g}"
        if "e" in text:
            mantissa, exponent = text.split("e")
            text = f"{mantissa}×10{_superscript(int(exponent))}"
    return text.replace("-", "−")


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _superscript(n: int) -> str:
    return str(n).translate(_SUPERSCRIPT)


def explain(step: SubStep | None, iteration: Iteration) -> str:
    """One or two sentences (HTML) on what ``step`` computes and why."""
    if step is None:
        return (
            "<b>Ready.</b> Press <b>Step</b> (→ or Space) to reveal the first sub-step. "
            "The forward pass comes first (Step 2 of the worked example): for each node its "
            "net input, then its sigmoid."
        )
    naming = iteration.naming
    layers = naming.layers
    out_layer = len(layers) - 1
    node = html_name(step.group_node) if step.group_node else ""
    conv = iteration.network.conventions
    b_in = given(iteration.network.bias_input)
    if step.factor:
        return _explain_factor(step, iteration)
    if step.kind == "net":
        layer, _, j = step.target  # type: ignore[misc]
        what = "input" if layer == 1 else "output of the layer before"
        bias = html_name(naming.bias(layer - 1, j))
        shared = " (shared by the whole layer)" if conv.bias == "per_layer" else ""
        plus = (
            f", plus the bias weight {bias}{shared} times the bias input {b_in}"
            if conv.has_bias
            else " (this network has no bias)"
        )
        return (
            f"The <b>net input</b> of {node} is the weighted sum of what flows into it: every "
            f"{what} times the weight on its edge{plus}. Nothing is squashed yet."
        )
    if step.kind == "out":
        layer, _, j = step.target  # type: ignore[misc]
        if layer == out_layer:
            cls = iteration.network.classes[j]
            role = f"the network's answer: how sure it is that the image is a <i>{escape(cls)}</i>"
        else:
            role = "what the node passes on to the next layer"
        return (
            "The <b>sigmoid</b> f(x) = 1 / (1 + e<sup>−x</sup>) squashes the net input into "
            f"the range 0 to 1. out<sub>{escape(step.group_node)}</sub> is {role}."
        )
    if step.kind == "error_term":
        if conv.error == "half_sum":
            return (
                f"The <b>error</b> of output {node} is half the squared difference between its "
                "target and what the network gave. The ½ makes the derivative in Step 4 come "
                "out without a factor 2."
            )
        return (
            f"The <b>error</b> of output {node} is the squared difference between its target "
            "and what the network gave (this network's error convention has no ½, so the "
            "derivative in Step 4 carries a factor 2)."
        )
    if step.kind == "error_total":
        how = "averages" if conv.error == "mean" else "adds"
        return (
            f"The <b>total error</b> {how} the errors of all outputs: one number for how wrong "
            "the network is on this sample. Learning means making it smaller."
        )
    if step.kind == "gradient":
        return _explain_gradient(step, iteration)
    if step.kind == "update":
        weight = html_name(step.name.removesuffix("_new"))
        lr = f"{iteration.network.learning_rate:g}"
        return (
            f"<b>Gradient descent</b> moves {weight} against its gradient, by the learning rate "
            f"η = {lr} times the gradient: a positive gradient (more {weight}, more error) makes "
            "the weight smaller, a negative one makes it larger. Every gradient used the old "
            "weights; the new values take effect only now."
        )
    return ""


def _explain_factor(step: SubStep, iteration: Iteration) -> str:
    """What one factor of the chain rule is (the paper's three partial derivatives)."""
    kind = step.kind
    node = html_name(step.name.split("/d", 1)[1].removeprefix("out").removeprefix("net"))
    if kind == "f_dedout":
        layer = step.target[0]  # type: ignore[index]
        if layer == len(iteration.naming.layers) - 1:
            return (
                "The <b>first partial derivative</b>: how the total error changes with this "
                "output. Only this output's own error term depends on it, and the derivative "
                "of its squared difference is the difference itself (out − target)."
            )
        return (
            f"How the total error changes with the output of {node}: it reaches the error "
            "through every node of the next layer, so the parts coming back from each of "
            "them are added."
        )
    if kind == "f_doutdnet":
        return (
            "The <b>second partial derivative</b>: the slope of the sigmoid at this node, "
            "f′(net) = out × (1 − out). It is largest (0.25) when out is 0.5 and small when "
            "the node is nearly saturated."
        )
    if kind == "f_delta":
        return (
            f"The <b>error term</b> of {node}: the first two factors multiplied, "
            "∂E<sub>total</sub>/∂net. Every weight into this node, and the nodes before it, "
            "use it again."
        )
    if kind == "f_term":
        return (
            "One part of the error that comes back to a hidden node: the error term of one "
            "output times the (old) weight that connects them. The paper calls these the "
            "first and the second term."
        )
    return (
        "The <b>third partial derivative</b>: how the net input changes with this weight. "
        "The net input is a sum of value × weight, so it is the value that travels along "
        "the weight."
    )


def _explain_gradient(step: SubStep, iteration: Iteration) -> str:
    naming = iteration.naming
    layer, i, j = step.target  # type: ignore[misc]
    weight = html_name(step.name.split("/d", 1)[1])
    target_node = naming.node(layer + 1, j)
    t = escape(target_node)
    feeds_output = layer + 1 == len(naming.layers) - 1
    lead = (
        f"How much E<sub>total</sub> changes when {weight} changes a little, every other "
        "weight held fixed. "
    )
    if i is None:
        text = (
            lead + f"A bias weight is fed by the constant bias input "
            f"{given(iteration.network.bias_input)}, so the last factor "
            f"∂net<sub>{t}</sub>/∂{weight} is that input and the gradient is the error term "
            f"of {html_name(target_node)} times it"
        )
        if iteration.network.conventions.bias == "per_layer":
            return (
                lead + "This bias weight is shared by every node of the layer, so its "
                "gradient adds the error terms of all of them, times the bias input."
            )
        if not feeds_output:
            text += ", which collects the error coming back from the next layer"
        return text + "."
    if feeds_output:
        source = html_name(f"out{naming.node(layer, i)}") if layer else html_name(naming.node(0, i))
        return (
            lead + "The <b>chain rule</b> unpacks it into three factors: how the error depends "
            f"on out<sub>{t}</sub> (out − target), how out<sub>{t}</sub> depends on "
            f"net<sub>{t}</sub> (the sigmoid's slope out × (1 − out)), and how "
            f"net<sub>{t}</sub> depends on {weight}: the value that travels along it, {source}."
        )
    n_next = naming.layers[layer + 2]
    links = ", ".join(html_name(naming.weight(layer + 1, j, k)) for k in range(min(n_next, 3)))
    if n_next > 3:
        links += ", …"
    reach = "both outputs" if n_next == 2 else f"all {n_next} nodes of the next layer"
    return (
        lead + f"{weight} sits on the inside: a change of out<sub>{t}</sub> reaches the error "
        f"through <b>{reach}</b>, so ∂E<sub>total</sub>/∂out<sub>{t}</sub> (the bracket) "
        f"collects their error terms, each times the old weight from {html_name(target_node)} "
        f"to it ({links}). The other factors are the sigmoid's slope at "
        f"{html_name(target_node)} and the value that travels along {weight}."
    )


def conventions_line(iteration: Iteration) -> str:
    """The line above the formulas: conventions, learning rate and arithmetic (HTML)."""
    net = iteration.network
    arithmetic = (
        f"pencil mode, {iteration.pencil} decimals"
        if iteration.pencil is not None
        else "exact arithmetic"
    )
    text = f"{net.conventions.describe()} · η = {given(net.learning_rate)} · {arithmetic}"
    return escape(text).replace("-", "−")
