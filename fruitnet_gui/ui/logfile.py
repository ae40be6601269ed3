"""FruitNet's log file: what went wrong, with the traceback, for whoever looks into it.

The user sees a sentence; the traceback that explains it goes here, in the platform's
folder for such files: ``QStandardPaths``' state location (on Linux
``~/.local/state/FruitNet/FruitNet``; under ``AppData/Local`` on Windows and
``~/Library`` on macOS), falling back to the application's local data folder.
``FRUITNET_LOG_DIR`` puts it elsewhere (tests do).
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

__all__ = ["LOG_NAME", "log_path", "write_log"]

LOG_NAME = "fruitnet.log"
#: A log larger than this is started afresh (the previous one is kept beside it).
MAX_BYTES = 1_000_000


def log_path() -> Path:
    """Where the log is written (the folder may not exist yet)."""
    folder = os.environ.get("FRUITNET_LOG_DIR")
    if not folder:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation)
    if not folder:  # no such location on this platform: beside the settings
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppLocalDataLocation
        )
    return Path(folder or Path.home() / ".fruitnet") / LOG_NAME


def write_log(message: str, details: str = "") -> Path | None:
    """Append ``message`` (and ``details``, e.g. a traceback) with the time; the log's
    path, or None if it could not be written (logging must never fail the program)."""
    path = log_path()
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    text = f"{stamp} {message}\n" + (details.rstrip() + "\n" if details else "")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_suffix(".log.old"))
        with path.open("a", encoding="utf-8") as f:
            f.write(text)
    except OSError:
        return None
    return path
