"""Run a script in a fresh Python whose offscreen platform has the given screens.

Qt reads its screens (and ``QT_SCALE_FACTOR``) once, when it starts, so a script that
needs a screen of its own size (presentation mode on a 4K screen or a 1024×768
projector) runs in a process of its own. The presentation benchmark
(``benchmarks/presentation.py``), the presentation screenshots
(``tools/screenshots_presentation.py``) and the tests' screen checks
(``tests/ui/screens.py``) all start theirs here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def screen(width: int, height: int, *, name: str = "s0", x: int = 0) -> dict:
    """One offscreen screen of ``width`` × ``height`` at 96 dpi, its left edge at ``x``."""
    return {"name": name, "x": x, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip


def run_script(
    script: str,
    screens: list[dict],
    *,
    scale: float | None = None,
    timeout: float = 300,
    log_dir: str | Path | None = None,
) -> str:
    """Run ``script`` (Python source) with those screens, and ``scale`` as
    ``QT_SCALE_FACTOR`` (else none, whatever this process has); its standard output.

    ``log_dir`` becomes the child's ``FRUITNET_LOG_DIR`` (a script's crash log then goes
    there, not into the user's). A child that exits with an error raises
    :class:`RuntimeError` with the end of what it wrote to standard error.
    """
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screens.json"
        config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
        env.pop("QT_SCALE_FACTOR", None)
        if scale is not None:
            env["QT_SCALE_FACTOR"] = str(scale)
        if log_dir is not None:
            env["FRUITNET_LOG_DIR"] = str(log_dir)
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True,
            timeout=timeout,
        )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return done.stdout


def last_json(output: str) -> dict:
    """A script's report: the last line it printed, read as JSON."""
    return json.loads(output.strip().splitlines()[-1])
