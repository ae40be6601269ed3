"""The worked example's numbers: exact float64 (docs/DESIGN.md section 1) and as printed."""

from __future__ import annotations

EXACT: dict[str, float] = {
    "neth1": 0.857,
    "neth2": 0.3395,
    "outh1": 0.7020334875,
    "outh2": 0.5840690618,
    "nety1": 0.3778444648,
    "nety2": 1.0216982293,
    "outy1": 0.5933531090,
    "outy2": 0.7353032619,
    "Etotal": 0.2110661376,
    "dEtotal/dw1": -0.000421996,
    "dEtotal/dw2": 0.001590196,
    "dEtotal/dw3": -0.0009846573,
    "dEtotal/dw4": 0.0037104573,
    "dEtotal/dw5": 0.1005082542,
    "dEtotal/dw6": -0.0361677507,
    "dEtotal/dw7": 0.0836196033,
    "dEtotal/dw8": -0.0300903939,
    "dEtotal/dbw1": -0.0028133067,
    "dEtotal/dbw2": 0.0106013066,
    "dEtotal/dbw3": 0.1431673218,
    "dEtotal/dbw4": -0.0515185548,
    "w1_new": 0.100210998,
    "w2_new": 0.199204902,
    "w3_new": 0.1204923287,
    "w4_new": 0.1681447713,
    "w5_new": -0.0002541271,
    "w6_new": 0.4180838753,
    "w7_new": 0.2881901983,
    "w8_new": 0.085045197,
    "bw1_new": 0.8014066534,
    "bw2_new": 0.2446993467,
    "bw3_new": 0.0784163391,
    "bw4_new": 0.7257592774,
}

#: docs/DESIGN.md gives the exact values to 10 decimals (or 9-10 significant digits).
EXACT_TOLERANCE = 1e-9

#: What the paper prints in Steps 2 to 5 (it works from values rounded to 4 decimals).
PRINTED: dict[str, float] = {
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
    # "w5_new": the paper prints 0.00025, a sign slip: 0.05 - 0.5 * 0.1005 = -0.00025.
    "w6_new": 0.4181,
    "w7_new": 0.2882,
    "w8_new": 0.0851,
    "bw1_new": 0.8014,
    "bw2_new": 0.2447,
    "bw3_new": 0.0784,
    "bw4_new": 0.7258,
}

PRINTED_TOLERANCE = 1e-4

#: The node values the paper prints in Step 2, digit for digit (4 decimals).
PRINTED_NODES = {
    "neth1": "0.8570",
    "neth2": "0.3395",
    "outh1": "0.7020",
    "outh2": "0.5841",
    "nety1": "0.3779",
    "nety2": "1.0217",
    "outy1": "0.5934",
    "outy2": "0.7353",
}
