"""The canvas as a picture for slides: PNG (what the screen shows) or SVG."""

from __future__ import annotations

import os

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from fruitnet_gui.files.messages import file_error
from fruitnet_gui.model.text import translate

__all__ = ["save_picture"]


def save_picture(widget: QWidget, path: str | os.PathLike[str]) -> None:
    """``widget`` as drawn now into ``path`` (.png or .svg); one clear error if not."""
    target = os.fspath(path)
    lower = target.lower()
    if lower.endswith(".svg"):
        gen = QSvgGenerator()
        gen.setFileName(target)
        gen.setSize(QSize(widget.width(), widget.height()))
        gen.setViewBox(QRect(0, 0, widget.width(), widget.height()))
        gen.setTitle(translate("Canvas", "FruitNet network"))
        painter = QPainter(gen)
        try:
            # QWidget's render: a pyqtgraph plot is a QGraphicsView, whose own render
            # takes other arguments
            QWidget.render(widget, painter, QPoint(0, 0))
        finally:
            painter.end()
        if not os.path.isfile(target):
            raise file_error(target, translate("Canvas", "the picture could not be written"))
        return
    if not lower.endswith(".png"):
        raise file_error(target, translate("Canvas", "give a .png or an .svg file"))
    if not widget.grab().save(target, "PNG"):
        raise file_error(target, translate("Canvas", "the picture could not be written"))
