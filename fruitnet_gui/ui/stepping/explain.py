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
from fruitnet_gui.model.teaching.iteration import PAPER_STEP, Iteration, SubStep
from fruitnet_gui.model.teaching.lines import given
from fruitnet_gui.model.teaching.rounding import fixed
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, class_name, minus_signs, number, translate

__all__ = ["conventions_line", "explain", "format_value", "headline", "kind_title"]


_KIND_TITLES = {
    "net": QT_TRANSLATE_NOOP("FormulaView", "net input"),
    "out": QT_TRANSLATE_NOOP("FormulaView", "activation (sigmoid)"),
    "error_term": QT_TRANSLATE_NOOP("FormulaView", "error of one output"),
    "error_total": QT_TRANSLATE_NOOP("FormulaView", "total error"),
    "gradient": QT_TRANSLATE_NOOP("FormulaView", "gradient"),
    "update": QT_TRANSLATE_NOOP("FormulaView", "new weight"),
    "f_dedout": QT_TRANSLATE_NOOP("FormulaView", "factor: how the error depends on the output"),
    "f_doutdnet": QT_TRANSLATE_NOOP("FormulaView", "factor: the sigmoid's slope"),
    "f_delta": QT_TRANSLATE_NOOP("FormulaView", "factor: the node's error term"),
    "f_term": QT_TRANSLATE_NOOP("FormulaView", "factor: error coming back from one output"),
    "f_input": QT_TRANSLATE_NOOP("FormulaView", "factor: what the weight multiplies"),
}


def kind_title(kind: str) -> str:
    """ "net input", "gradient", … : what a sub-step of ``kind`` computes (its headline)."""
    return translate("FormulaView", _KIND_TITLES[kind]) if kind in _KIND_TITLES else kind


def headline(step: SubStep, shown: int, total: int, *, held: bool = False) -> str:
    """ "Step 2 · Forward · net input · 1 of 35" (with "· your answer?" when held)."""
    if held:
        template = translate(
            "FormulaView", "Step {number} · {phase} · {kind} · {shown} of {total} · your answer?"
        )
    else:
        template = translate("FormulaView", "Step {number} · {phase} · {kind} · {shown} of {total}")
    return template.format(
        number=PAPER_STEP[step.phase],
        phase=step.phase.title,
        kind=kind_title(step.kind),
        shown=shown,
        total=total,
    )


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
    return number(text).replace("-", "−")


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _superscript(n: int) -> str:
    return str(n).translate(_SUPERSCRIPT)


def explain(step: SubStep | None, iteration: Iteration) -> str:
    """One or two sentences (HTML) on what ``step`` computes and why."""
    if step is None:
        return translate(
            "Explain",
            "<b>Ready.</b> Press <b>Step</b> (→ or Space) to reveal the first sub-step. "
            "The forward pass comes first (Step 2 of the worked example): for each node its "
            "net input, then its sigmoid.",
        )
    naming = iteration.naming
    layers = naming.layers
    out_layer = len(layers) - 1
    node = html_name(step.group_node) if step.group_node else ""
    conv = iteration.network.conventions
    b_in = number(given(iteration.network.bias_input))
    if step.factor:
        return _explain_factor(step, iteration)
    if step.kind == "net":
        layer, _, j = step.target  # type: ignore[misc]
        if layer == 1:
            what = translate("Explain", "input")
        else:
            what = translate("Explain", "output of the layer before")
        bias = html_name(naming.bias(layer - 1, j))
        if not conv.has_bias:
            plus = translate("Explain", " (this network has no bias)")
        elif conv.bias == "per_layer":
            plus = translate(
                "Explain",
                ", plus the bias weight {bias} (shared by the whole layer) times the bias "
                "input {bias_input}",
            ).format(bias=bias, bias_input=b_in)
        else:
            plus = translate(
                "Explain", ", plus the bias weight {bias} times the bias input {bias_input}"
            ).format(bias=bias, bias_input=b_in)
        return translate(
            "Explain",
            "The <b>net input</b> of {node} is the weighted sum of what flows into it: every "
            "{what} times the weight on its edge{plus}. Nothing is squashed yet.",
        ).format(node=node, what=what, plus=plus)
    if step.kind == "out":
        layer, _, j = step.target  # type: ignore[misc]
        if layer == out_layer:
            cls = iteration.network.classes[j]
            role = translate(
                "Explain", "the network's answer: how sure it is that the image is a <i>{cls}</i>"
            ).format(cls=escape(class_name(cls)))
        else:
            role = translate("Explain", "what the node passes on to the next layer")
        return translate(
            "Explain",
            "The <b>sigmoid</b> f(x) = 1 / (1 + e<sup>−x</sup>) squashes the net input into "
            "the range 0 to 1. {out} is {role}.",
        ).format(out=f"out<sub>{escape(step.group_node)}</sub>", role=role)
    if step.kind == "error_term":
        if conv.error == "half_sum":
            return translate(
                "Explain",
                "The <b>error</b> of output {node} is half the squared difference between its "
                "target and what the network gave. The ½ makes the derivative in Step 4 come "
                "out without a factor 2.",
            ).format(node=node)
        return translate(
            "Explain",
            "The <b>error</b> of output {node} is the squared difference between its target "
            "and what the network gave (this network's error convention has no ½, so the "
            "derivative in Step 4 carries a factor 2).",
        ).format(node=node)
    if step.kind == "error_total":
        if conv.error == "mean":
            return translate(
                "Explain",
                "The <b>total error</b> averages the errors of all outputs: one number for how "
                "wrong the network is on this sample. Learning means making it smaller.",
            )
        return translate(
            "Explain",
            "The <b>total error</b> adds the errors of all outputs: one number for how wrong "
            "the network is on this sample. Learning means making it smaller.",
        )
    if step.kind == "gradient":
        return _explain_gradient(step, iteration)
    if step.kind == "update":
        weight = html_name(step.name.removesuffix("_new"))
        lr = number(f"{iteration.network.learning_rate:g}")
        return translate(
            "Explain",
            "<b>Gradient descent</b> moves {weight} against its gradient, by the learning rate "
            "η = {lr} times the gradient: a positive gradient (more {weight}, more error) makes "
            "the weight smaller, a negative one makes it larger. Every gradient used the old "
            "weights; the new values take effect only now.",
        ).format(weight=weight, lr=lr)
    return ""


def _explain_factor(step: SubStep, iteration: Iteration) -> str:
    """What one factor of the chain rule is (the paper's three partial derivatives)."""
    kind = step.kind
    node = html_name(step.name.split("/d", 1)[1].removeprefix("out").removeprefix("net"))
    if kind == "f_dedout":
        layer = step.target[0]  # type: ignore[index]
        if layer == len(iteration.naming.layers) - 1:
            return translate(
                "Explain",
                "The <b>first partial derivative</b>: how the total error changes with this "
                "output. Only this output's own error term depends on it, and the derivative "
                "of its squared difference is the difference itself (out − target).",
            )
        return translate(
            "Explain",
            "How the total error changes with the output of {node}: it reaches the error "
            "through every node of the next layer, so the parts coming back from each of "
            "them are added.",
        ).format(node=node)
    if kind == "f_doutdnet":
        return translate(
            "Explain",
            "The <b>second partial derivative</b>: the slope of the sigmoid at this node, "
            "f′(net) = out × (1 − out). It is largest ({quarter}) when out is {half} and small "
            "when the node is nearly saturated.",
        ).format(quarter=number("0.25"), half=number("0.5"))
    if kind == "f_delta":
        return translate(
            "Explain",
            "The <b>error term</b> of {node}: the first two factors multiplied, "
            "∂E<sub>total</sub>/∂net. Every weight into this node, and the nodes before it, "
            "use it again.",
        ).format(node=node)
    if kind == "f_term":
        return translate(
            "Explain",
            "One part of the error that comes back to a hidden node: the error term of one "
            "output times the (old) weight that connects them. The paper calls these the "
            "first and the second term.",
        )
    return translate(
        "Explain",
        "The <b>third partial derivative</b>: how the net input changes with this weight. "
        "The net input is a sum of value × weight, so it is the value that travels along "
        "the weight.",
    )


def _explain_gradient(step: SubStep, iteration: Iteration) -> str:
    naming = iteration.naming
    layer, i, j = step.target  # type: ignore[misc]
    weight = html_name(step.name.split("/d", 1)[1])
    target_node = naming.node(layer + 1, j)
    t = escape(target_node)
    feeds_output = layer + 1 == len(naming.layers) - 1
    lead = translate(
        "Explain",
        "How much E<sub>total</sub> changes when {weight} changes a little, every other "
        "weight held fixed. ",
    ).format(weight=weight)
    if i is None:
        if iteration.network.conventions.bias == "per_layer":
            return lead + translate(
                "Explain",
                "This bias weight is shared by every node of the layer, so its "
                "gradient adds the error terms of all of them, times the bias input.",
            )
        if feeds_output:
            text = translate(
                "Explain",
                "A bias weight is fed by the constant bias input {bias_input}, so the last "
                "factor {factor} is that input and the gradient is the error term of {node} "
                "times it.",
            )
        else:
            text = translate(
                "Explain",
                "A bias weight is fed by the constant bias input {bias_input}, so the last "
                "factor {factor} is that input and the gradient is the error term of {node} "
                "times it, which collects the error coming back from the next layer.",
            )
        return lead + text.format(
            bias_input=number(given(iteration.network.bias_input)),
            factor=f"∂net<sub>{t}</sub>/∂{weight}",
            node=html_name(target_node),
        )
    if feeds_output:
        source = html_name(f"out{naming.node(layer, i)}") if layer else html_name(naming.node(0, i))
        return lead + translate(
            "Explain",
            "The <b>chain rule</b> unpacks it into three factors: how the error depends "
            "on {out} (out − target), how {out} depends on {net} (the sigmoid's slope "
            "out × (1 − out)), and how {net} depends on {weight}: the value that travels "
            "along it, {source}.",
        ).format(out=f"out<sub>{t}</sub>", net=f"net<sub>{t}</sub>", weight=weight, source=source)
    n_next = naming.layers[layer + 2]
    links = ", ".join(html_name(naming.weight(layer + 1, j, k)) for k in range(min(n_next, 3)))
    if n_next > 3:
        links += ", …"
    if n_next == 2:
        reach = translate("Explain", "both outputs")
    else:
        reach = translate("Explain", "all {n} nodes of the next layer").format(n=n_next)
    return lead + translate(
        "Explain",
        "{weight} sits on the inside: a change of {out} reaches the error through "
        "<b>{reach}</b>, so {derivative} (the bracket) collects their error terms, each "
        "times the old weight from {node} to it ({links}). The other factors are the "
        "sigmoid's slope at {node} and the value that travels along {weight}.",
    ).format(
        weight=weight,
        out=f"out<sub>{t}</sub>",
        reach=reach,
        derivative=f"∂E<sub>total</sub>/∂out<sub>{t}</sub>",
        node=html_name(target_node),
        links=links,
    )


def conventions_line(iteration: Iteration) -> str:
    """The line above the formulas: conventions, learning rate and arithmetic (HTML)."""
    net = iteration.network
    if iteration.pencil is not None:
        arithmetic = translate("Explain", "pencil mode, {n} decimals").format(n=iteration.pencil)
    else:
        arithmetic = translate("Explain", "exact arithmetic")
    lr = number(given(net.learning_rate))
    text = f"{net.conventions.describe()} · η = {lr} · {arithmetic}"
    return minus_signs(escape(text))
