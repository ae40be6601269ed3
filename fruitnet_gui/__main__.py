"""``python -m fruitnet_gui`` opens the window."""

from __future__ import annotations

from fruitnet_gui.cli import gui_main

if __name__ == "__main__":
    raise SystemExit(gui_main())
