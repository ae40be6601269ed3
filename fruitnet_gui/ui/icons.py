"""The SVG icons of ``assets/``, loaded once and cached.

The icons are plain hand-written SVG files (24×24, the app icon 256×256) rendered by
Qt's SVG icon engine, so they stay sharp at any size and on high-DPI screens.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from fruitnet_gui.resources import ASSETS

__all__ = ["ASSETS", "icon", "icon_path"]


def icon_path(name: str) -> Path:
    """The file of the icon ``name`` (without ``.svg``)."""
    return ASSETS / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (``step``, ``back``, ``reset``, ``finish``, ``phase_end``,
    ``play``, ``pause``, ``next_iteration``, ``fruitnet``); an empty icon if missing,
    so a partial install still runs (the buttons keep their text)."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()
