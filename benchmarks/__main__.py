"""``python -m benchmarks [--quick] [--json FILE] [--only SUITE ...]``."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time

# The window's suites run before the training suite: the peers it loads (PyTorch, JAX,
# scikit-learn) stay in the process with their thread pools, and a canvas frame measured
# after them took 10.2 ms of CPU against 6.8-7.7 ms in a process of its own.
SUITES = [
    "substeps", "canvas_redraw", "step_repaint", "classroom", "training_gui", "presentation",
    "training",
]  # fmt: skip


def _machine() -> dict:
    import numpy as np

    info = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }
    for mod in ("torch", "jax", "sklearn", "numba", "PySide6", "pyqtgraph", "scipy"):
        try:
            info[mod] = importlib.import_module(mod).__version__
        except ImportError:
            info[mod] = None
    return info


def _fmt(v: float) -> str:
    if v != v:  # NaN: skipped
        return "–"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:.3g}" if abs(v) < 10 else f"{v:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer samples and repeats (< 60 s)")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON here")
    parser.add_argument("--only", nargs="+", choices=SUITES, help="run only these suites")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    load_at_start = os.getloadavg()  # the machine is shared: a figure is read with its load
    results = []
    for name in args.only or SUITES:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ImportError as exc:
            print(f"- {name}: skipped ({exc})", file=sys.stderr)
            continue
        t0 = time.perf_counter()
        results += module.run(args.quick)
        print(f"- {name}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    print("| suite | measurement | value | unit | target | met |")
    print("|---|---|---:|---|---|---|")
    for r in results:
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        note = f" ({r.note})" if r.note else ""
        print(f"| {r.suite} | {r.name}{note} | {_fmt(r.value)} | {r.unit} | {r.target} | {met} |")
    total = time.perf_counter() - started
    print(f"\n{len(results)} figures in {total:.0f} s ({'quick' if args.quick else 'full'} run)")
    load = ", ".join(f"{a:.2f}" for a in load_at_start)
    print(f"load average at the start: {load}; at the end: {os.getloadavg()[0]:.2f}")
    if args.json:
        data = {
            "machine": _machine(),
            "quick": args.quick,
            "seconds": total,
            "load_average": {"start": load_at_start, "end": os.getloadavg()},
            "results": [r.as_dict() for r in results],
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, allow_nan=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
