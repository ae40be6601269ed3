"""What the worked example prints, and why some of its digits differ from ours.

The paper computes by hand from intermediates rounded to 4 decimals, so its last
digits can differ from exact arithmetic (pencil mode reproduces that). One value is a
real slip: it prints ``w5_new = 0.00025`` where ``0.05 − 0.5 × 0.1005 = −0.00025``.
"""

from __future__ import annotations

import numpy as np

from fruitnet_gui.model.network import PAPER_INPUT, PAPER_TARGET, Network, paper_network

__all__ = ["PAPER_PRINTED", "is_paper_example", "paper_note"]

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

W5_SLIP = (
    "The paper prints w5_new = 0.00025, but 0.05 − 0.5 × 0.1005 = −0.00025: "
    "it dropped the minus sign. The gradient 0.1005 is positive, so gradient descent "
    "must make w5 smaller, and 0.05 − 0.05025 is below zero."
)


def is_paper_example(net: Network, x: np.ndarray, target: np.ndarray) -> bool:
    """True for the paper's own network, input and target (its first iteration)."""
    ref = paper_network()
    return (
        net.layers == ref.layers
        and net.bias_input == ref.bias_input
        and net.learning_rate == ref.learning_rate
        and np.array_equal(net.flat_params(), ref.flat_params())
        and np.array_equal(np.asarray(x, dtype=float), PAPER_INPUT)
        and np.array_equal(np.asarray(target, dtype=float), PAPER_TARGET)
    )


ETOTAL_SLIP = (
    "The paper prints E_total = 0.21105, but its own rounded outputs give "
    "0.5 × ((0 − 0.5934)² + (1 − 0.7353)²) = 0.5 × (0.35212 + 0.07007) = 0.21109: a small "
    "slip in its fifth decimal. Exact arithmetic gives 0.2110661."
)


def paper_note(name: str, value: float, pencil: int | None = None) -> str:
    """A note when the value differs from what the paper prints, else ``""``.

    ``pencil`` is the pencil mode's decimals (None for exact arithmetic): the reason
    for a difference depends on it.
    """
    if name == "w5_new":
        return W5_SLIP
    if name == "Etotal":
        return ETOTAL_SLIP
    printed = PAPER_PRINTED.get(name)
    if printed is None:
        return ""
    text = repr(printed)
    decimals = max(len(text.split(".")[-1]), 4) if "e" not in text else 9
    if round(value, decimals) == round(printed, decimals):
        return ""
    if pencil is None:
        return (
            f"The paper prints {text} here. It worked by hand from intermediates rounded "
            "to 4 decimals, so its last digits differ from exact arithmetic; pencil mode "
            "with 4 decimals rounds the way it does and gives its node values digit for digit."
        )
    return (
        f"The paper prints {text} here. By hand it rounded in other places than pencil "
        f"mode does: it rounds the factors of a gradient but keeps the small inner gradients "
        f"unrounded (−0.000420492), while pencil mode rounds every value it reveals to "
        f"{pencil} decimals."
    )
