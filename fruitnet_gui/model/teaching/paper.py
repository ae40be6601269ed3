"""What the worked example prints, and why some of its digits differ from ours.

The paper computes by hand from intermediates rounded to 4 decimals, so its last
digits can differ from exact arithmetic (pencil mode reproduces that). One value is a
real slip: it prints ``w5_new = 0.00025`` where ``0.05 − 0.5 × 0.1005 = −0.00025``.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, Network, paper_network
from fruitnet_gui.model.teaching.rounding import fixed, round_half_up
from fruitnet_gui.model.text import number, numbers_in, translate

__all__ = ["PAPER_FACTORS", "PAPER_PRINTED", "is_paper_example", "paper_note"]

#: Every number the paper prints in its Steps 2 to 5, as printed.
PAPER_PRINTED: dict[str, float] = {
    "neth1": 0.857,
    "neth2": 0.3395,
    "outh1": 0.7020,
    "outh2": 0.5841,
    "nety1": 0.3779,
    "nety2": 1.0217,
    "outy1": 0.5934,
    "outy2": 0.7353,
    "Etotal": 0.21105,
    "dEtotal/dw1": -0.000420492,
    "dEtotal/dw2": 0.00159221,
    "dEtotal/dw3": -0.000981148,
    "dEtotal/dw4": 0.003715156,
    "dEtotal/dw5": 0.1005,
    "dEtotal/dw6": -0.0362,
    "dEtotal/dw7": 0.0836,
    "dEtotal/dw8": -0.0301,
    "dEtotal/dbw1": -0.0028,
    "dEtotal/dbw2": 0.0106,
    "dEtotal/dbw3": 0.1432,
    "dEtotal/dbw4": -0.0515,
    "w1_new": 0.1002,
    "w2_new": 0.1992,
    "w3_new": 0.1205,
    "w4_new": 0.1681,
    "w5_new": 0.00025,
    "w6_new": 0.4181,
    "w7_new": 0.2882,
    "w8_new": 0.0851,
    "bw1_new": 0.8014,
    "bw2_new": 0.2447,
    "bw3_new": 0.0784,
    "bw4_new": 0.7258,
}

#: The chain rule's factors the paper prints in Step 4, as printed.
PAPER_FACTORS: dict[str, float] = {
    "dEtotal/douty1": 0.5934,
    "douty1/dnety1": 0.2413,
    "dnety1/dw5": 0.7020,
    "dEtotal/dnety1": 0.1432,
    "dEy1/douth1": 0.0072,
    "dEy2/douth1": -0.0206,
    "dEtotal/douth1": -0.0134,
    "douth1/dneth1": 0.2092,
    "dneth1/dw1": 0.15,
    "dEtotal/douth2": 0.0437,
    "douth2/dneth2": 0.2429,
}

#: The inner gradients: the paper keeps the product of its rounded factors unrounded.
_INNER_FACTORS = {
    "dEtotal/dw1": "−0.0134 × 0.2092 × 0.15",
    "dEtotal/dw2": "0.0437 × 0.2429 × 0.15",
    "dEtotal/dw3": "−0.0134 × 0.2092 × 0.35",
    "dEtotal/dw4": "0.0437 × 0.2429 × 0.35",
}


def _w5_slip() -> str:
    return translate(
        "Notes",
        "The paper prints w5_new = {printed}, but {line}: it dropped the minus sign. The "
        "gradient {gradient} is positive, so gradient descent must make w5 smaller, and "
        "{difference} is below zero.",
    ).format(
        printed=number("0.00025"),
        line=numbers_in("0.05 − 0.5 × 0.1005 = −0.00025"),
        gradient=number("0.1005"),
        difference=numbers_in("0.05 − 0.05025"),
    )


def is_paper_example(net: Network, x: np.ndarray, target: np.ndarray) -> bool:
    """True for the paper's own network, input and target (its first iteration)."""
    ref = paper_network()
    return (
        net.layers == ref.layers
        and net.bias_input == ref.bias_input
        and net.learning_rate == ref.learning_rate
        and net.conventions == ref.conventions
        and net.activations == ref.activations
        and net.loss == ref.loss
        and np.array_equal(net.flat_params(), ref.flat_params())
        and np.array_equal(np.asarray(x, dtype=float), PAPER_INPUT)
        and np.array_equal(np.asarray(target, dtype=float), PAPER_TARGET)
    )


def _etotal_slip() -> str:
    return translate(
        "Notes",
        "The paper prints E_total = {printed}, but its own rounded outputs give {line}: a "
        "small slip in its fifth decimal.",
    ).format(
        printed=number("0.21105"),
        line=numbers_in(
            "0.5 × ((0 − 0.5934)² + (1 − 0.7353)²) = 0.5 × (0.35212 + 0.07007) = 0.21109"
        ),
    )


def _printed(name: str) -> float | None:
    return PAPER_PRINTED.get(name, PAPER_FACTORS.get(name))


def _same(value: float, printed: float) -> bool:
    """Whether ``value`` shows the printed number at the printed number's precision."""
    text = repr(printed)
    places = len(text.split(".")[-1]) if "." in text and "e" not in text else 9
    return round_half_up(value, places) == round_half_up(printed, places)


@lru_cache(maxsize=1)
def _pencil4() -> dict[str, float]:
    """The worked example in pencil mode with 4 decimals (to say what it gives)."""
    from fruitnet_gui.model.teaching.iteration import Iteration

    return Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4).values()


def paper_note(name: str, value: float, pencil: int | None = None) -> str:
    """A note when the value differs from what the paper prints, else ``""``.

    ``pencil`` is the pencil mode's decimals (None for exact arithmetic). Every note
    is about its own quantity, and every claim in it is checked here.
    """
    shown = number(fixed(value, pencil)) if pencil is not None else None
    if name == "w5_new":
        if pencil is None:
            return (
                _w5_slip()
                + " "
                + translate(
                    "Notes", "Exact arithmetic gives {value} (from the unrounded gradient)."
                ).format(value=number("−0.0002541"))
            )
        return (
            _w5_slip()
            + " "
            + translate("Notes", "Rounded to {n} decimals that is {value}.").format(
                n=pencil, value=shown
            )
        )
    if name == "Etotal":
        if pencil is not None:
            return _etotal_slip()
        exact = translate("Notes", "Exact arithmetic gives {value}.")
        return _etotal_slip() + " " + exact.format(value=number("0.2110661"))
    printed = _printed(name)
    if printed is None or _same(value, printed):
        return ""
    text = number(fmt_printed(printed))
    if name in _INNER_FACTORS:
        why = translate(
            "Notes",
            "The paper prints {printed} here: the product of its rounded factors {factors}, "
            "left unrounded.",
        ).format(printed=text, factors=numbers_in(_INNER_FACTORS[name]))
        if pencil is None:
            return (
                why
                + " "
                + translate(
                    "Notes", "Exact arithmetic, from unrounded factors, gives the value shown."
                )
            )
        return (
            why
            + " "
            + translate(
                "Notes", "Pencil mode rounds it to {n} decimals, as it does every value."
            ).format(n=pencil)
        )
    if pencil is None:
        p4 = _pencil4().get(name)
        hint = ""
        if p4 is not None and _same(p4, printed):
            hint = " " + translate(
                "Notes", "Pencil mode with 4 decimals rounds the way it did and gives its number."
            )
        return (
            translate(
                "Notes",
                "The paper prints {printed} here. It worked by hand from intermediates rounded "
                "to 4 decimals, so its last digits differ from exact arithmetic.",
            ).format(printed=text)
            + hint
        )
    if pencil != 4:
        return translate(
            "Notes",
            "The paper prints {printed} here: it rounds every intermediate to 4 decimals, "
            "this pencil mode to {n}.",
        ).format(printed=text, n=pencil)
    return translate(
        "Notes",
        "The paper prints {printed} here; rounding every value to 4 decimals and carrying "
        "it forward gives {shown}: the paper rounded some intermediate differently.",
    ).format(printed=text, shown=shown)


def fmt_printed(printed: float) -> str:
    """A printed number as the paper prints it, with a typeset minus."""
    return repr(printed).replace("-", "−")
