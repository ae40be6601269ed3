"""A private X server (Xvfb) for the tests that need a real display: started on a free
display number, waited for as the event it is (with a generous ceiling), stopped after."""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path


def _socket(display: str) -> bool:
    return Path(f"/tmp/.X11-unix/X{display.lstrip(':')}").exists()


def free_display(first: int) -> int:
    """The first display number from ``first`` on that no X server holds."""
    n = first
    while _socket(f":{n}"):
        n += 1
    return n


@contextlib.contextmanager
def xvfb(first: int, *screen: str, ready: Callable[[str], bool] = _socket) -> Iterator[str]:
    """``":N"`` of an Xvfb started with ``screen`` (e.g. ``"-screen", "0", "1280x800x24"``),
    once ``ready(display)`` holds (its socket exists, by default)."""
    n = free_display(first)
    server = subprocess.Popen(
        ["Xvfb", f":{n}", *screen, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120  # a ceiling, not a timing
        while not ready(f":{n}"):
            assert server.poll() is None, "Xvfb ended"
            assert time.monotonic() < deadline, "Xvfb did not answer within 120 s"
            time.sleep(0.1)
        yield f":{n}"
    finally:
        server.terminate()
        server.wait(60)
