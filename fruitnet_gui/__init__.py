"""FruitNet: watch and check backpropagation, one sub-step at a time."""

from __future__ import annotations

__version__ = "0.1.0"
