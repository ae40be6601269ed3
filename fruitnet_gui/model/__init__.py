"""The Qt-free heart of FruitNet: NumPy and the standard library only."""

from __future__ import annotations

from fruitnet_gui.model.errors import FileFormatError, FruitNetError, ModelError
from fruitnet_gui.model.net.network import (
    FRUIT_CLASSES,
    PAPER_INPUT,
    PAPER_TARGET,
    Forward,
    Gradients,
    Network,
    fruit_network,
    paper_network,
    random_network,
    sigmoid,
    total_error,
)

__all__ = [
    "FRUIT_CLASSES",
    "PAPER_INPUT",
    "PAPER_TARGET",
    "FileFormatError",
    "Forward",
    "FruitNetError",
    "Gradients",
    "ModelError",
    "Network",
    "fruit_network",
    "paper_network",
    "random_network",
    "sigmoid",
    "total_error",
]
