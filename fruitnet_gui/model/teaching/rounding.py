"""Rounding as a person does it, and the calculator check of a numbers line.

A person rounds the number they read: 0.95485 to 4 decimals is 0.9549, although the
binary float nearest 0.95485 lies just below it and Python's ``round`` gives 0.9548.
Every rounding in FruitNet is therefore decimal, *half away from zero* (the school
rule: −0.24925 → −0.2493), of the number's shortest decimal form (``repr``).

A numbers line ``NAME = EXPRESSION = RESULT`` is *calculator-true* when evaluating
EXPRESSION with exactly the operands it shows, and rounding half away from zero to
RESULT's decimals, gives RESULT. :func:`evaluate` does that evaluation exactly (in
decimal arithmetic with 50 digits, as a good calculator would), so a tie such as
0.05 − 0.5 × 0.1005 = −0.00025 is a tie, not a binary near-miss.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext
from functools import lru_cache

__all__ = ["decimals_of", "evaluate", "fixed", "round_half_up", "significant", "to_decimal"]

_CONTEXT = Context(prec=50, Emax=10**6, Emin=-(10**6))


def to_decimal(v: float) -> Decimal:
    """The decimal a person reads for ``v``: its shortest round-trip form."""
    return Decimal(repr(float(v)))


def _quantize(d: Decimal, places: int) -> Decimal:
    with localcontext(_CONTEXT):
        return d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def round_half_up(v: float | Decimal, places: int) -> float:
    """``v`` rounded to ``places`` decimals, half away from zero, as a float."""
    d = v if isinstance(v, Decimal) else to_decimal(v)
    if not d.is_finite():
        return float(d)
    return float(_quantize(d, places)) + 0.0  # + 0.0: no −0.0


def fixed(v: float | Decimal, places: int) -> str:
    """``v`` with exactly ``places`` decimals, rounded half away from zero; never "−0.00"."""
    d = v if isinstance(v, Decimal) else to_decimal(v)
    if not d.is_finite():
        return str(float(d))
    q = _quantize(d, places)
    if q == 0:
        q = abs(q)
    return f"{q:f}"


def significant(v: float | Decimal, digits: int) -> str:
    """``v`` with ``digits`` significant digits in plain notation (0.0004220)."""
    d = v if isinstance(v, Decimal) else to_decimal(v)
    if not d.is_finite() or d == 0:
        return fixed(d, max(digits - 1, 0))
    exponent = math.floor(math.log10(abs(float(d)))) if abs(float(d)) > 0 else 0
    # the rounding may carry into a new digit (0.0009999 → 0.001000): one more try
    places = max(digits - 1 - exponent, 0)
    s = fixed(d, places)
    if len(re.sub(r"[^0-9]", "", s).lstrip("0")) > digits and places > 0:
        s = fixed(d, places - 1)
    return s


def decimals_of(s: str) -> int:
    """How many decimals a shown number has ("−0.0002541" → 7, "12" → 0)."""
    return len(s.split(".", 1)[1]) if "." in s else 0


_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)")


def python_expression(text: str) -> str:
    """A shown expression as Python: × → *, − → -, ² → **2, [ ] → ( ), ½ → 1/2."""
    for a, b in (("×", "*"), ("−", "-"), ("²", "**2"), ("[", "("), ("]", ")"), ("½", "(1/2)")):
        text = text.replace(a, b)
    return text


def evaluate(text: str) -> Decimal:
    """The exact value of a shown expression (numbers, + − × /, ², brackets, exp, ln
    and max)."""
    py = python_expression(text)
    numbers = _NUMBER.findall(py)
    with localcontext(_CONTEXT):
        try:
            code = _compiled(_NUMBER.sub("#", py))
            names = {"N": [Decimal(n) for n in numbers], "exp": _exp, "ln": _ln, "max": max}
            return eval(code, {"__builtins__": {}}, names)
        except (InvalidOperation, ZeroDivisionError, SyntaxError, OverflowError) as exc:
            raise ValueError(f"cannot evaluate {text!r}: {exc}") from None


@lru_cache(maxsize=4096)
def _compiled(skeleton: str):
    """The expression with its numbers as ``N[0]``, ``N[1]``, …, compiled once for every
    expression of its shape: compiling each one (a sum of 37 products for a hidden node
    of the fruit net) was most of the time pencil mode took (~2,900 sub-steps)."""
    slots = iter(range(skeleton.count("#")))
    return compile(re.sub("#", lambda _m: f"N[{next(slots)}]", skeleton), "<string>", "eval")


def _exp(x: Decimal) -> Decimal:
    return x.exp()


def _ln(x: Decimal) -> Decimal:
    """ln(x); ln(0) is no number (Decimal would give −Infinity, and a line built on it
    would hold "inf"), so it is refused as :func:`evaluate`'s ValueError."""
    if x <= 0:
        raise InvalidOperation(f"ln({x}) is undefined")
    return x.ln()
