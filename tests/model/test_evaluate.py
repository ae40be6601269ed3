"""The exact evaluation of a shown expression compiles each shape once: expressions of
one shape with other numbers still give their own exact values."""

from __future__ import annotations

from decimal import Context, Decimal, localcontext

import pytest

from fruitnet_gui.model.teaching.rounding import evaluate


def test_one_shape_many_numbers():
    assert evaluate("(0.15 × 0.1) + (0.35 × 0.2) + (1 × 0.8)") == Decimal("0.885")
    assert evaluate("(0.25 × 0.3) + (0.45 × 0.7) + (1 × −0.2)") == Decimal("0.19")
    assert evaluate("½ × (0.01 − 0.75136507)²") == Decimal("0.5") * Decimal("-0.74136507") ** 2
    assert evaluate("½ × (1 − 0.5)²") == Decimal("0.125")
    assert evaluate("0.05 − 0.5 × 0.1005") == Decimal("-0.00025")  # a tie stays a tie


def test_functions_and_errors():
    with localcontext(Context(prec=50)):  # as evaluate() works: 50 digits
        assert evaluate("1 / (1 + exp(−0.3775))") == 1 / (1 + Decimal("-0.3775").exp())
    assert evaluate("max(0, −0.5)") == 0
    with pytest.raises(ValueError, match="cannot evaluate"):
        evaluate("1 / 0")
    with pytest.raises(ValueError, match="cannot evaluate"):
        evaluate("(1 + ")
