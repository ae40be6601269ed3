"""Run a script in a fresh Python whose offscreen platform has the given screens.

Qt reads the screens (and ``QT_SCALE_FACTOR``) once, when it starts, so each screen
size a test needs is a process of its own; the script prints a JSON report as its last
line, which is what :func:`run_on_screens` returns.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def screen(width: int, height: int, *, name: str = "s0", x: int = 0) -> dict:
    """One offscreen screen of ``width`` × ``height`` at 96 dpi, its left edge at ``x``."""
    return {"name": name, "x": x, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip


def run_on_screens(tmp_path: Path, script: str, screens: list[dict], *,
                   scale: float | None = None, timeout: float = 120) -> dict:  # fmt: skip
    """Run ``script`` with those screens (and ``scale`` as ``QT_SCALE_FACTOR``, else
    none); it must exit 0. Its last printed line, read as JSON."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    if scale is not None:
        env["QT_SCALE_FACTOR"] = str(scale)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
