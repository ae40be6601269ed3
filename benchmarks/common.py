"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Result", "median_time", "random_fruit_data"]


@dataclass
class Result:
    """One measured figure."""

    suite: str
    name: str
    value: float
    unit: str
    target: str = ""  # e.g. "≥ 120000", "< 8 ms", "≥ 3× PyTorch loop"
    met: bool | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def median_time(fn: Callable[[], object], repeats: int, warmup: int = 1) -> float:
    """Median wall time of ``fn()`` in seconds over ``repeats`` runs after ``warmup``."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def random_fruit_data(n: int = 10_000, seed: int = 0):
    """``n`` random 6×6 images in [0, 1] and random one-hot targets (float64)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    xs = rng.uniform(0.0, 1.0, size=(n, 36))
    ts = np.eye(2)[rng.integers(0, 2, size=n)]
    return xs, ts
