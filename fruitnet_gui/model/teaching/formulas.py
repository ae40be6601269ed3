"""Each sub-step's formula, in symbols and with the numbers substituted.

A :class:`Formula` is a sequence of parts: plain text, and names (made by :func:`Name`) that
render as the paper writes them. It renders lazily to plain text (for the terminal,
Markdown and JSON) and to HTML (for the window and worksheets), so building the
~2,900 sub-steps of the fruit network stays cheap.

The chain rule is unpacked exactly as in the worked example:
``∂Etotal/∂w5 = ∂Etotal/∂outy1 × ∂outy1/∂nety1 × ∂nety1/∂w5
= (outy1 − targety1) × outy1 × (1 − outy1) × outh1``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from fruitnet_gui.model.net.naming import html_name, text_name
from fruitnet_gui.model.text import decimal_separator, number, numbers_in

__all__ = ["Formula", "Name", "NumberFormat"]


#: Marks a quantity name inside a formula's parts (rendered with subscripts in HTML).
NAME_MARK = "\x00"


def Name(name: str) -> str:
    """A quantity name inside a formula.

    A plain ``str`` with a marker, not a ``str`` subclass: instances of a subclass are
    tracked by the cyclic garbage collector, and the fruit network's formulas hold
    ~16,000 names whose rescanning cost more than building them.
    """
    return NAME_MARK + name


def _is_name(part: str) -> bool:
    return part[:1] == NAME_MARK


Part = str | tuple  # a Name, plain text, or a nested tuple of parts shared between formulas


def _flat(parts: tuple) -> list[str]:
    out: list[str] = []
    for p in parts:
        if isinstance(p, tuple):
            out += _flat(p)
        else:
            out.append(p)
    return out


class Formula:
    """Parts of one formula; ``text`` and ``html`` render it (once, on first use).

    Slotted: the fruit network builds ~5,800 of these per iteration, and every object
    with a ``__dict__`` is two for the garbage collector to scan.
    """

    __slots__ = ("_html", "_sep", "_text", "parts")

    def __init__(self, parts: tuple[Part, ...]) -> None:
        self.parts = parts
        self._text: str | None = None
        self._html: str | None = None
        self._sep = "."

    @property
    def text(self) -> str:
        """Plain text: ``-`` for the minus and ``1/2`` for ½, so a numbers line's
        expression is Python once × and ² are replaced (docs/FORMATS.md)."""
        if self._text is None:
            text = "".join(text_name(p[1:]) if _is_name(p) else p for p in _flat(self.parts))
            self._text = text.replace("−", "-").replace("½", "1/2")
        return self._text

    @property
    def display(self) -> str:
        """Plain text as a person reads it (Markdown, the terminal): like :attr:`text`,
        with the reader's decimal separator in the operands (names keep their dots)."""
        if decimal_separator() == ".":
            return self.text
        return (
            "".join(text_name(p[1:]) if _is_name(p) else numbers_in(p) for p in _flat(self.parts))
            .replace("−", "-")
            .replace("½", "1/2")
        )

    @property
    def html(self) -> str:
        """HTML for the window and worksheets, with the reader's decimal separator."""
        sep = decimal_separator()
        if self._html is None or self._sep != sep:
            # a typeset minus, as the headline and the table print negative numbers
            self._html = "".join(
                html_name(p[1:])
                if _is_name(p)
                else numbers_in(escape(p, quote=False).replace("-", "−"))
                for p in _flat(self.parts)
            )
            self._sep = sep
        return self._html

    def __repr__(self) -> str:
        return f"Formula({self.text!r})"

    def __str__(self) -> str:
        return self.text


class NumberFormat:
    """How numbers appear outside the numbers lines (the canvas, tables, tooltips).

    Given numbers (inputs, weights, targets, the learning rate) are shown as they are
    up to 6 significant digits; computed values with ``decimals`` decimals, or with
    that many significant digits when they are below 0.01 in exact mode, so a gradient
    of −0.000422 does not collapse to −0.0004. Rounding is half away from zero of the
    decimal value, as a person rounds. In pencil mode every computed value *is*
    rounded to ``decimals``, so it is shown with exactly that many.
    """

    def __init__(self, decimals: int = 4, pencil: bool = False) -> None:
        self.decimals = decimals
        self.pencil = pencil

    def given(self, v: float) -> str:
        from fruitnet_gui.model.teaching.lines import given

        return number(given(v))

    def computed(self, v: float) -> str:
        from fruitnet_gui.model.teaching.lines import computed

        if not math.isfinite(v):
            return str(v)
        return number(computed(v, self.decimals, pencil=self.pencil))


# -- builders of formulas in symbols ---------------------------------------------------
def net_formula(
    name: str, terms: Sequence[tuple[str, str]], bias: str | None, bias_input: str
) -> Formula:
    """``neth1 = (x1 × w1) + (x2 × w3) + (1 × bw1)``, the bias input as its value."""
    parts: list[Part] = [Name(name), " = "]
    for k, (src, w) in enumerate(terms):
        parts += [" + " if k else "", "(", Name(src), " × ", Name(w), ")"]
    if bias is not None:
        parts += [f" + ({bias_input} × ", Name(bias), ")"]
    return Formula(tuple(parts))


def out_formula(name: str, net: str) -> Formula:
    return Formula((Name(name), " = 1 / (1 + exp(−", Name(net), "))"))


def activation_formula(name: str, net: str, act: str, layer_nets: Sequence[str]) -> Formula:
    """``outh1 = 1 / (1 + exp(−neth1))``, ``tanh(neth1)``, ``max(0, neth1)``, ``neth1``
    or the softmax ``exp(nety1) / (exp(nety1) + exp(nety2))``."""
    if act == "sigmoid":
        return out_formula(name, net)
    if act == "tanh":
        return Formula((Name(name), " = tanh(", Name(net), ")"))
    if act == "relu":
        return Formula((Name(name), " = max(0, ", Name(net), ")"))
    if act == "linear":
        return Formula((Name(name), " = ", Name(net)))
    parts: list[Part] = [Name(name), " = exp(", Name(net), ") / ("]
    for k, n in enumerate(layer_nets):
        parts += [" + " if k else "", "exp(", Name(n), ")"]
    parts.append(")")
    return Formula(tuple(parts))


def cross_entropy_term_formula(name: str, target: str, out: str) -> Formula:
    """``Ey1 = −targety1 × ln(outy1)``."""
    return Formula((Name(name), " = −", Name(target), " × ln(", Name(out), ")"))


def _slope_parts(out: str, act: str, net: str) -> tuple[Part, ...]:
    """out × (1 − out) for the sigmoid, 1 − out² for tanh, [net > 0 ? 1 : 0] for ReLU."""
    if act == "tanh":
        return ("(1 − ", Name(out), "²)")
    if act == "relu":
        return ("[", Name(net), " > 0 ? 1 : 0]")
    if act == "linear":
        return ("1",)
    return (Name(out), " × (1 − ", Name(out), ")")


def error_term_formula(name: str, target: str, out: str, half: bool = True) -> Formula:
    return Formula(
        (Name(name), " = ½ × (" if half else " = (", Name(target), " − ", Name(out), ")²")
    )


def error_total_formula(terms: Sequence[str], mean: bool = False) -> Formula:
    parts: list[Part] = [Name("Etotal"), " = (" if mean else " = "]
    for k, t in enumerate(terms):
        parts += [" + " if k else "", Name(t)]
    if mean:
        parts.append(f") / {len(terms)}")
    return Formula(tuple(parts))


def output_factor(out: str, target: str, c: str = "", act: str = "sigmoid") -> tuple[Part, ...]:
    """``(outy1 − targety1) × outy1 × (1 − outy1)``: ∂Etotal/∂outy1 × ∂outy1/∂nety1
    (``c`` is the error convention's factor, "2 × " for Σ (t − o)²)."""
    net = "net" + out[3:]
    return (c, "(", Name(out), " − ", Name(target), ") × ", *_slope_parts(out, act, net))


def softmax_factor(out: str, target: str) -> tuple[Part, ...]:
    """``(outy1 − targety1)``: softmax with cross-entropy, ∂Etotal/∂nety1 itself."""
    return ("(", Name(out), " − ", Name(target), ")")


def softmax_delta_formula(node: str) -> Formula:
    """``∂Etotal/∂nety1 = outy1 − targety1`` (softmax with cross-entropy)."""
    return Formula(
        (Name(f"dEtotal/dnet{node}"), " = ", Name(f"out{node}"), " − ", Name(f"target{node}"))
    )


def hidden_factor(
    terms: Sequence[tuple[tuple[Part, ...], str]], out: str, act: str = "sigmoid", net: str = ""
) -> tuple[Part, ...]:
    """``[(term1) × w5 + (term2) × w6] × outh1 × (1 − outh1)``.

    Each term is the part of ∂Etotal/∂outh1 that flows back from one node of the next
    layer: its own ∂E/∂out × ∂out/∂net, times the weight that connects them.
    """
    parts: list[Part] = ["["]
    for k, (factor, w) in enumerate(terms):
        if k:
            parts.append(" + ")
        parts += [factor, " × ", Name(w)]
    parts += ["] × ", *_slope_parts(out, act, net or "net" + out[3:])]
    return tuple(parts)


def chain_head(target_out: str, target_net: str) -> tuple[Part, ...]:
    """`` = ∂Etotal/∂outy1 × ∂outy1/∂nety1 × ∂nety1/∂``, shared by every weight into a node."""
    return (
        " = ", Name(f"dEtotal/d{target_out}"), " × ", Name(f"d{target_out}/d{target_net}"),
        " × ∂", Name(target_net), "/∂",
    )  # fmt: skip


def gradient_formula(
    weight: str, head: tuple[Part, ...], source: str, factor: tuple[Part, ...], is_bias: bool
) -> Formula:
    """``∂Etotal/∂w = ∂Etotal/∂out × ∂out/∂net × ∂net/∂w = factor × source``; for a bias
    weight the source is the bias input's value."""
    return Formula(
        (
            Name(f"dEtotal/d{weight}"), head, Name(weight), " = ", factor, " × ",
            source if is_bias else Name(source),
        )
    )  # fmt: skip


def shared_bias_gradient_formula(weight: str, nodes: Sequence[str], bias_input: str) -> Formula:
    """One bias weight shared by a layer collects the error terms of all its nodes."""
    parts: list[Part] = [Name(f"dEtotal/d{weight}"), " = ("]
    for k, node in enumerate(nodes):
        parts += [" + " if k else "", Name(f"dEtotal/dnet{node}")]
    parts.append(f") × {bias_input}")
    return Formula(tuple(parts))


def update_formula(weight: str) -> Formula:
    return Formula(
        (Name(f"{weight}_new"), " = ", Name(weight), " − η × ", Name(f"dEtotal/d{weight}"))
    )


# -- the chain rule's factors ------------------------------------------------------------
def output_dedout_formula(node: str, c: str = "") -> Formula:
    """``∂Etotal/∂outy1 = outy1 − targety1`` (the derivative of ½ (t − o)²)."""
    diff = (Name(f"out{node}"), " − ", Name(f"target{node}"))
    body = (c, "(", *diff, ")") if c else diff
    return Formula((Name(f"dEtotal/dout{node}"), " = ", *body))


def slope_formula(node: str, act: str = "sigmoid") -> Formula:
    """``∂outy1/∂nety1 = outy1 × (1 − outy1)``: the sigmoid's slope (or tanh's, ReLU's)."""
    return Formula(
        (Name(f"dout{node}/dnet{node}"), " = ", *_slope_parts(f"out{node}", act, f"net{node}"))
    )


def delta_formula(node: str) -> Formula:
    """``∂Etotal/∂nety1 = ∂Etotal/∂outy1 × ∂outy1/∂nety1`` (the node's error term)."""
    return Formula(
        (Name(f"dEtotal/dnet{node}"), " = ", Name(f"dEtotal/dout{node}"), " × ",
         Name(f"dout{node}/dnet{node}"))
    )  # fmt: skip


def term_formula(name: str, y: str, node: str, weight: str) -> Formula:
    """``∂Ey1/∂outh1 = ∂Etotal/∂nety1 × w5``: the part of the error that comes back
    to h1 from y1 (∂nety1/∂outh1 is the weight between them)."""
    return Formula((Name(name), " = ", Name(f"dEtotal/dnet{y}"), " × ", Name(weight)))


def sum_formula(name: str, terms: Sequence[str]) -> Formula:
    """``∂Etotal/∂outh1 = ∂Ey1/∂outh1 + ∂Ey2/∂outh1``."""
    parts: list[Part] = [Name(name), " = "]
    for k, t in enumerate(terms):
        parts += [" + " if k else "", Name(t)]
    return Formula(tuple(parts))


def hidden_dedout_formula(name: str, terms: Sequence[tuple[str, str]]) -> Formula:
    """``∂Etotal/∂outh1_1 = (∂Etotal/∂neth2_1 × w9) + ...`` (deeper networks)."""
    parts: list[Part] = [Name(name), " = "]
    for k, (delta, w) in enumerate(terms):
        parts += [" + " if k else "", "(", Name(delta), " × ", Name(w), ")"]
    return Formula(tuple(parts))


def input_factor_formula(name: str, source: str) -> Formula:
    """``∂nety1/∂w5 = outh1``: what the weight multiplies."""
    return Formula((Name(name), " = ", Name(source)))
