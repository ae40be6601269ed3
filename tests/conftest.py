"""Test configuration shared by every test: headless Qt."""

from __future__ import annotations

import os

# Must be set before any QApplication exists: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
