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
from collections.abc import Iterable, Sequence
from html import escape

from fruitnet_gui.model.naming import html_name, text_name

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

    __slots__ = ("_html", "_text", "parts")

    def __init__(self, parts: tuple[Part, ...]) -> None:
        self.parts = parts
        self._text: str | None = None
        self._html: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            text = "".join(text_name(p[1:]) if _is_name(p) else p for p in _flat(self.parts))
            self._text = text.replace("−", "-").replace("½", "1/2")
        return self._text

    @property
    def html(self) -> str:
        if self._html is None:
            # a typeset minus, as the headline and the table print negative numbers
            self._html = "".join(
                html_name(p[1:]) if _is_name(p) else escape(p, quote=False).replace("-", "−")
                for p in _flat(self.parts)
            )
        return self._html

    def __repr__(self) -> str:
        return f"Formula({self.text!r})"

    def __str__(self) -> str:
        return self.text


class NumberFormat:
    """How numbers appear in the formulas.

    Given numbers (inputs, weights, targets, the learning rate) are shown as they are
    (up to 6 significant digits); computed intermediates with ``decimals`` decimals,
    or with 4 significant digits when they are smaller than 0.01 in exact mode, so a
    gradient of −0.000422 does not collapse to −0.0004. In pencil mode every computed
    value *is* rounded to ``decimals``, so it is shown with exactly that many.
    """

    def __init__(self, decimals: int = 4, pencil: bool = False) -> None:
        self.decimals = decimals
        self.pencil = pencil

    def given(self, v: float) -> str:
        if v == 0:
            return "0"
        return f"{v:.6g}"

    def computed(self, v: float) -> str:
        if not self.pencil and v != 0 and abs(v) < 10.0 ** (2 - self.decimals) and math.isfinite(v):
            return f"{v:.{self.decimals - 1}e}" if abs(v) < 1e-6 else _sig(v, self.decimals)
        s = f"{v:.{self.decimals}f}"
        return "0." + "0" * self.decimals if s == "-0." + "0" * self.decimals else s


def _sig(v: float, digits: int) -> str:
    """``v`` with ``digits`` significant digits in plain notation."""
    exponent = math.floor(math.log10(abs(v)))
    return f"{v:.{max(digits - 1 - exponent, 0)}f}"


def paren(s: str) -> str:
    """Negative operands are bracketed, as the paper writes ``0.4 − 0.5 × (−0.0362)``."""
    return f"({s})" if s.startswith("-") else s


# -- builders --------------------------------------------------------------------------
def net_formula(name: str, terms: Sequence[tuple[str, str]], bias: str) -> Formula:
    """``neth1 = (x1 × w1) + (x2 × w3) + (1 × bw1)``."""
    parts: list[Part] = [Name(name), " = "]
    for src, w in terms:
        parts += ["(", Name(src), " × ", Name(w), ") + "]
    parts += ["(1 × ", Name(bias), ")"]
    return Formula(tuple(parts))


def net_numbers(
    name: str, terms: Iterable[tuple[str, str]], bias_input: str, bias: str, result: str
) -> Formula:
    body = " + ".join(f"({paren(a)} × {paren(w)})" for a, w in terms)
    return Formula((Name(name), f" = {body} + ({bias_input} × {paren(bias)}) = {result}"))


def out_formula(name: str, net: str) -> Formula:
    return Formula((Name(name), " = 1 / (1 + exp(−", Name(net), "))"))


def out_numbers(name: str, net: str, result: str) -> Formula:
    return Formula((Name(name), f" = 1 / (1 + exp(−{paren(net)})) = {result}"))


def error_term_formula(name: str, target: str, out: str) -> Formula:
    return Formula((Name(name), " = ½ × (", Name(target), " − ", Name(out), ")²"))


def error_term_numbers(name: str, target: str, out: str, result: str) -> Formula:
    return Formula((Name(name), f" = ½ × ({target} − {out})² = {result}"))


def error_total_formula(terms: Sequence[str]) -> Formula:
    parts: list[Part] = [Name("Etotal"), " = "]
    for k, t in enumerate(terms):
        parts += [" + " if k else "", Name(t)]
    return Formula(tuple(parts))


def error_total_numbers(values: Sequence[str], result: str) -> Formula:
    return Formula((Name("Etotal"), f" = {' + '.join(paren(v) for v in values)} = {result}"))


def output_factor(out: str, target: str) -> tuple[Part, ...]:
    """``(outy1 − targety1) × outy1 × (1 − outy1)``: ∂Etotal/∂outy1 × ∂outy1/∂nety1."""
    return ("(", Name(out), " − ", Name(target), ") × ", Name(out), " × (1 − ", Name(out), ")")


def output_factor_numbers(out: str, target: str) -> str:
    return f"({out} − {target}) × {out} × (1 − {out})"


def hidden_factor(terms: Sequence[tuple[tuple[Part, ...], str]], out: str) -> tuple[Part, ...]:
    """``[(term1) × w5 + (term2) × w6] × outh1 × (1 − outh1)``.

    Each term is the part of ∂Etotal/∂outh1 that flows back from one node of the next
    layer: its own ∂E/∂out × ∂out/∂net, times the weight that connects them.
    """
    parts: list[Part] = ["["]
    for k, (factor, w) in enumerate(terms):
        if k:
            parts.append(" + ")
        parts += [factor, " × ", Name(w)]
    parts += ["] × ", Name(out), " × (1 − ", Name(out), ")"]
    return tuple(parts)


def hidden_factor_numbers(terms: Iterable[tuple[str, str]], out: str) -> str:
    body = " + ".join(f"{factor} × {paren(w)}" for factor, w in terms)
    return f"[{body}] × {out} × (1 − {out})"


def chain_head(target_out: str, target_net: str) -> tuple[Part, ...]:
    """`` = ∂Etotal/∂outy1 × ∂outy1/∂nety1 × ∂nety1/∂``, shared by every weight into a node."""
    return (
        " = ∂",
        Name("Etotal"),
        "/∂",
        Name(target_out),
        " × ∂",
        Name(target_out),
        "/∂",
        Name(target_net),
        " × ∂",
        Name(target_net),
        "/∂",
    )


def gradient_formula(
    weight: str, head: tuple[Part, ...], source: str | None, factor: tuple[Part, ...]
) -> Formula:
    """``∂Etotal/∂w = ∂Etotal/∂out × ∂out/∂net × ∂net/∂w = factor × source``."""
    return Formula(
        (
            Name(f"dEtotal/d{weight}"),
            head,
            Name(weight),
            " = ",
            factor,
            " × ",
            Name(source) if source else "1",
        )
    )


def gradient_numbers(weight: str, factor: str, source: str, result: str) -> Formula:
    return Formula((Name(f"dEtotal/d{weight}"), f" = {factor} × {paren(source)} = {result}"))


def update_formula(weight: str) -> Formula:
    return Formula(
        (Name(f"{weight}_new"), " = ", Name(weight), " − η × ∂", Name("Etotal"), "/∂", Name(weight))
    )


def update_numbers(weight: str, old: str, lr: str, grad: str, result: str) -> Formula:
    return Formula((Name(f"{weight}_new"), f" = {old} − {lr} × {paren(grad)} = {result}"))
