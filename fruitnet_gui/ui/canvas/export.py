"""The canvas as a picture for slides: PNG (what the screen shows) or SVG (a drawing).

On screen the canvas blits cached raster layers (the chrome, the fruit net's 1406
edges, the node sprites): fast, but an SVG of that would hold pictures of them. For
SVG the canvas paints itself again without any cache (:meth:`NetworkCanvas.
paint_picture`): every title, node, edge and label becomes an SVG shape or text, so
it stays sharp at any size and its words can be searched and edited. Both files are
written atomically (``files/atomic.py``): a failed export leaves the old file whole.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from fruitnet_gui.files.atomic import atomic_write_bytes
from fruitnet_gui.files.messages import file_error
from fruitnet_gui.model.text import translate
from fruitnet_gui.ui.canvas.chrome import paint_chrome
from fruitnet_gui.ui.canvas.layout import Layout
from fruitnet_gui.ui.canvas.style import (
    BACKGROUND,
    BIG_DIM,
    BIG_PLAIN,
    BIG_WIDTHS,
    NEGATIVE,
    POSITIVE,
    blend,
)

__all__ = ["paint_static_vector", "save_picture", "svg_bytes"]


def paint_static_vector(
    p: QPainter, lay: Layout, chrome: tuple, buckets: Sequence | None, dimming: bool
) -> None:
    """What the canvas caches as raster layers, painted as shapes: the background, the
    chrome (``chrome`` holds paint_chrome's naming, input shape, classes and targets)
    and, for the big net, its edges in the same groups and colours as on screen."""
    p.fillRect(QRect(0, 0, round(lay.width), round(lay.height)), BACKGROUND)
    paint_chrome(p, lay, *chrome)
    for positive, b, lines in buckets or ():
        color = blend(
            POSITIVE if positive else NEGATIVE, BACKGROUND, BIG_DIM if dimming else BIG_PLAIN
        )
        pen = QPen(color, BIG_WIDTHS[b])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLines(lines)


def svg_bytes(widget: QWidget, title: str = "FruitNet network") -> bytes:
    """``widget`` as an SVG document: drawn as shapes when it can (the canvas's
    ``paint_picture``), else through QWidget.render."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer)
    gen.setSize(QSize(widget.width(), widget.height()))
    gen.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    gen.setTitle(title)
    painter = QPainter(gen)
    try:
        paint_picture = getattr(widget, "paint_picture", None)
        if paint_picture is not None:
            paint_picture(painter)
        else:
            # QWidget's render: a pyqtgraph plot is a QGraphicsView, whose own render
            # takes other arguments
            QWidget.render(widget, painter, QPoint(0, 0))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def save_picture(widget: QWidget, path: str | os.PathLike[str]) -> None:
    """``widget`` as drawn now into ``path`` (.png or .svg); one clear error if not."""
    target = os.fspath(path)
    lower = target.lower()
    if lower.endswith(".svg"):
        data = svg_bytes(widget)
    elif lower.endswith(".png"):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        ok = widget.grab().save(buffer, "PNG")
        buffer.close()
        if not ok:
            raise file_error(target, translate("Canvas", "the picture could not be made"))
        data = bytes(data.data())
    else:
        raise file_error(target, translate("Canvas", "give a .png or an .svg file"))
    if not data:
        raise file_error(target, translate("Canvas", "the picture could not be made"))
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise file_error(
            target, exc.strerror or translate("Canvas", "the picture could not be written")
        ) from exc
