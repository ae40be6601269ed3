"""The SVG icons of ``assets/``, loaded once and cached.

The icons are plain hand-written SVG files (24×24, the app icon 256×256) rendered by
Qt's SVG icon engine, so they stay sharp at any size and on high-DPI screens. On a dark
theme (dark, high contrast) their dark grey, blue and green are swapped for light ones,
written once into a temporary folder, so they read on a black bar too.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from fruitnet_gui.resources import ASSETS

__all__ = ["ASSETS", "icon", "icon_path"]


def icon_path(name: str) -> Path:
    """The file of the icon ``name`` (without ``.svg``)."""
    return ASSETS / f"{name}.svg"


#: On a dark background: each dark colour of the icons, and the light one it becomes.
_ON_DARK = {
    "#37474f": "#e8e8e8", "#1e5aa8": "#8ab4f8", "#2e7d32": "#8bd18f", "#1b5e20": "#a5e8a9",
    "#c62828": "#ff8a80", "#7f1010": "#ffb4ab", "#8e1414": "#ffb4ab",
}  # fmt: skip


def icon(name: str) -> QIcon:
    """The icon ``name`` (``step``, ``back``, ``reset``, ``finish``, ``phase_end``,
    ``play``, ``pause``, ``next_iteration``, ``fruitnet``) for the theme in force; an
    empty icon if missing, so a partial install still runs (the buttons keep their
    text)."""
    from fruitnet_gui.ui.theme import current_theme

    return _icon(name, current_theme().dark and name != "fruitnet")


@cache
def _icon(name: str, on_dark: bool) -> QIcon:
    path = icon_path(name)
    if not path.is_file():
        return QIcon()
    if not on_dark:
        return QIcon(str(path))
    text = path.read_text(encoding="utf-8")
    for dark, light in _ON_DARK.items():
        text = text.replace(dark, light).replace(dark.upper(), light)
    light_path = _light_folder() / path.name
    light_path.write_text(text, encoding="utf-8")
    return QIcon(str(light_path))


@cache
def _light_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="fruitnet-icons-"))
