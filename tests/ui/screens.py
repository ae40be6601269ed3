"""Run a script in a fresh Python whose offscreen platform has the given screens.

Qt reads the screens (and ``QT_SCALE_FACTOR``) once, when it starts, so each screen
size a test needs is a process of its own (``tools/offscreen.py`` starts it, as it does
for the presentation benchmark and screenshots); the script prints a JSON report as its
last line, which is what :func:`run_on_screens` returns.
"""

from __future__ import annotations

from tools.offscreen import last_json, run_script, screen

__all__ = ["run_on_screens", "screen"]


def run_on_screens(
    script: str, screens: list[dict], *, scale: float | None = None, timeout: float = 120
) -> dict:
    """Run ``script`` with those screens (and ``scale`` as ``QT_SCALE_FACTOR``, else
    none); it must exit 0. Its last printed line, read as JSON."""
    return last_json(run_script(script, screens, scale=scale, timeout=timeout))
