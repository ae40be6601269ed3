"""``python -m fruitnet_gui`` opens the window."""

from __future__ import annotations

from fruitnet_gui.cli import gui_main

raise SystemExit(gui_main())
