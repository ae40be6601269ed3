"""Every plot's own right-click menu and Export… dialog, made to work for a class.

pyqtgraph gives each plot a context menu (View All, the X and Y axis, Mouse Mode, Plot
Options) and, through its scene, Export…, a dialog that lists every exporter it knows.
As shipped, three things in it fail a teacher:

* its SVG exporter raises on the closed paths Qt 6's SVG generator writes (``… Z``:
  pyqtgraph issue 3495), so "Scalable Vector Graphics" ended in a traceback;
* it lists "Matplotlib Window", which needs matplotlib (not a FruitNet dependency);
* its words are English only, and the export's file is written in place.

So :func:`install` (called by each module that makes a plot, before it makes one)
gives the dialog three exporters of FruitNet's own: PNG and CSV as pyqtgraph makes
them, and SVG drawn by Qt's ``QSvgGenerator`` (as File → Export picture draws the
canvas: shapes and text, not pixels). Each writes its file atomically
(``files/atomic.py``) and a failure is one line in a message box, the old file kept.
The dialog's and the menu's words come from FruitNet's translations
(``ui/plot_words.py`` lists pyqtgraph's sentences for ``pyside6-lupdate``), and
:func:`retranslate_plot` writes them again when the language changes. The "Plot
Options" submenu (Fourier transforms, averaging traces, downsampling) is left out of
FruitNet's plots: it is for signal analysis, not for reading an error curve.
"""

from __future__ import annotations

import contextlib
import os

import pyqtgraph as pg
from pyqtgraph.exporters import CSVExporter, Exporter, ImageExporter
from pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu import ViewBoxMenu
from pyqtgraph.GraphicsScene import exportDialog as export_dialog
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QRectF,
    QSize,
    Qt,
)  # fmt: skip
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItemIterator, QWidget, QWidgetAction

from fruitnet_gui.files.atomic import atomic_write_bytes
from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.text import number, parse_number, translate
from fruitnet_gui.ui import plot_words

__all__ = [
    "EXPORTERS", "AxisMenu", "PlotExportDialog", "install", "prepare_plot", "retranslate_plot",
    "retranslate_plots",
]  # fmt: skip


def _qt(context: str, text: str) -> str:
    """pyqtgraph's own sentence in the user's language (the contexts pyqtgraph uses)."""
    return QCoreApplication.translate(context, text)


def _failed(exporter: Exporter, path: str, exc: Exception) -> QMessageBox:
    """One clear line about a failed export, in a box that does not block (the old
    file, if any, is untouched: the export writes atomically)."""
    if isinstance(exc, FruitNetError):  # the file layer's line: the path and why
        message = str(exc)
    else:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        message = translate("PlotExport", "Could not export to {path}: {reason}").format(
            path=path, reason=reason
        )
    views = exporter.getScene().views()
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("PlotExport", "Export"),
        message,
        QMessageBox.StandardButton.Ok,
        views[0].window() if views else None,
    )
    box.setObjectName("plot_export_failed")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class PngExporter(ImageExporter):
    """pyqtgraph's image exporter, written atomically (PNG, or the suffix's format)."""

    def export(self, fileName=None, toBytes=False, copy=False):
        if fileName is None or toBytes or copy:
            return super().export(fileName, toBytes, copy)
        image = super().export(toBytes=True)
        suffix = os.path.splitext(fileName)[1].lstrip(".").upper() or "PNG"
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        try:
            if not image.save(buffer, suffix):
                raise OSError(0, translate("PlotExport", "no picture format {name}").format(
                    name=suffix
                ))  # fmt: skip
            atomic_write_bytes(fileName, bytes(data.data()))
        except (OSError, FruitNetError) as exc:
            _failed(self, fileName, exc)
            return False
        return True


class SvgExporter(Exporter):
    """The plot as an SVG drawing through Qt's ``QSvgGenerator`` (pyqtgraph's own SVG
    exporter fails on this Qt): the size in pixels as on screen, or chosen."""

    Name = "Scalable Vector Graphics (SVG)"
    allowCopy = False

    def __init__(self, item) -> None:
        super().__init__(item)
        rect = self.getTargetRect()
        self.params = pg.parametertree.Parameter.create(
            name="params",
            type="group",
            children=[
                {"name": "width", "title": _qt("Exporter", "width"), "type": "int",
                 "value": max(1, round(rect.width())), "limits": (1, 20000)},
                {"name": "height", "title": _qt("Exporter", "height"), "type": "int",
                 "value": max(1, round(rect.height())), "limits": (1, 20000)},
            ],
        )  # fmt: skip
        self.params.param("width").sigValueChanged.connect(self._width_changed)
        self.params.param("height").sigValueChanged.connect(self._height_changed)

    def _width_changed(self) -> None:
        source = self.getSourceRect()
        height = round(self.params["width"] * source.height() / max(source.width(), 1))
        self.params.param("height").setValue(max(1, height), blockSignal=self._height_changed)

    def _height_changed(self) -> None:
        source = self.getSourceRect()
        width = round(self.params["height"] * source.width() / max(source.height(), 1))
        self.params.param("width").setValue(max(1, width), blockSignal=self._width_changed)

    def parameters(self):
        return self.params

    def svg(self) -> bytes:
        """The drawing: every curve, axis, tick label and title as shapes and text."""
        width, height = int(self.params["width"]), int(self.params["height"])
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(translate("PlotExport", "FruitNet plot"))
        painter = QPainter(generator)
        try:
            self.setExportMode(True, {"antialias": True, "painter": painter})
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self.render(painter, QRectF(0, 0, width, height), QRectF(self.getSourceRect()))
        finally:
            self.setExportMode(False)
            painter.end()
        buffer.close()
        return bytes(data.data())

    def export(self, fileName=None, toBytes=False, copy=False):
        if toBytes:
            return self.svg()
        if fileName is None:
            self.fileSaveDialog(filter=f"{_qt('Exporter', 'Scalable Vector Graphics')} (*.svg)")
            return None
        try:
            atomic_write_bytes(fileName, self.svg())
        except (OSError, FruitNetError) as exc:
            _failed(self, fileName, exc)
            return False
        return True


class CsvExporter(CSVExporter):
    """pyqtgraph's CSV of the plotted numbers (with a point: a file, not prose), written
    atomically: pyqtgraph writes it to a file beside the target, which then replaces it."""

    def export(self, fileName=None, toBytes=False, copy=False):
        if fileName is None:
            return super().export(fileName, toBytes, copy)
        temporary = f"{fileName}.export-{os.getpid()}.tmp"
        try:
            super().export(temporary)
            with open(temporary, "rb") as f:
                atomic_write_bytes(fileName, f.read())
        except (OSError, FruitNetError) as exc:
            _failed(self, fileName, exc)
            return False
        finally:
            if os.path.exists(temporary):
                os.remove(temporary)
        return True


# What the Export… dialog offers, in this order.
EXPORTERS = (PngExporter, SvgExporter, CsvExporter)


class PlotExportDialog(export_dialog.ExportDialog):
    """pyqtgraph's export dialog with its item names and headers in the user's language."""

    def __init__(self, scene) -> None:
        super().__init__(scene)
        self.setObjectName("plot_export_dialog")
        self._headers()

    def _headers(self) -> None:
        self.ui.paramTree.setHeaderLabels(
            [translate("PlotExport", "Setting"), translate("PlotExport", "Value")]
        )

    def exportFormatChanged(self, item, prev) -> None:
        super().exportFormatChanged(item, prev)
        params = self.currentExporter.parameters() if self.currentExporter else None
        if params is not None:  # pyqtgraph names its group "params"
            params.setOpts(title=translate("PlotExport", "Settings"))

    def updateItemList(self, select=None) -> None:
        super().updateItemList(select)
        items = QTreeWidgetItemIterator(self.ui.itemTree)
        while items.value() is not None:
            item = items.value()
            source = item.data(0, 256) or item.text(0)  # 256: Qt.UserRole, the English name
            item.setData(0, 256, source)
            item.setText(0, translate("PlotExport", plot_words.ITEM_NAMES.get(source, source)))
            items += 1

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._headers()
        self.updateFormatList()
        self.updateItemList()


class AxisMenu(ViewBoxMenu):
    """pyqtgraph's view menu with the axis panels' range in the reader's numbers: shown
    with the language's decimal separator, typed with a point or a comma (a text that
    is no number keeps the range, as pyqtgraph does)."""

    def updateState(self) -> None:
        super().updateState()
        for panel in self.ctrl:
            for field in (panel.minText, panel.maxText):
                field.setText(number(field.text()))

    def _validateRangeText(self, axis):
        values = self.view().viewRange()[axis]
        for i, field in enumerate((self.ctrl[axis].minText, self.ctrl[axis].maxText)):
            with contextlib.suppress(ValueError):
                values[i] = parse_number(field.text())
        return values


def _own_menu(box: pg.ViewBox) -> None:
    """Give ``box`` FruitNet's view menu, in the current language."""
    if box.menu is not None:
        box.menu.setParent(None)
        box.menu.deleteLater()
    box.menu = AxisMenu(box)  # its words are set when it is made
    box.updateViewLists()
    _name_axes(box.menu)


def install() -> None:
    """Offer FruitNet's exporters and dialog in every plot's Export… (idempotent)."""
    Exporter.Exporters[:] = list(EXPORTERS)
    export_dialog.ExportDialog = PlotExportDialog


def prepare_plot(item: pg.PlotItem) -> None:
    """A FruitNet plot's menu: the view's own (View All, the axes, Mouse Mode) and
    Export… with FruitNet's exporters; not pyqtgraph's signal-analysis "Plot Options"."""
    install()
    item.setMenuEnabled(False, enableViewBoxMenu=True)
    _own_menu(item.getViewBox())


def _name_axes(menu: ViewBoxMenu | None) -> None:
    """ "Axe X" rather than pyqtgraph's "X" + its translated word for "axis"."""
    if menu is None:
        return
    for action, axis in zip([a for a in menu.actions() if a.menu() is not None], "XY"):
        action.setText(translate("PlotExport", "{axis} axis").format(axis=axis))
        for inner in action.menu().actions():
            panel = inner.defaultWidget() if isinstance(inner, QWidgetAction) else None
            if panel is not None:  # pyqtgraph caps it at 200 pixels: French and zoom cut it
                panel.setMaximumWidth(16_777_215)


def retranslate_plots(root: QWidget) -> None:
    """:func:`retranslate_plot` for every plot inside ``root`` (the window)."""
    for view in root.findChildren(pg.GraphicsView):
        retranslate_plot(view)


def retranslate_plot(widget: QWidget) -> None:
    """Write the right-click menus and the Export… dialog of the plots in ``widget``
    (a ``pg.PlotWidget`` or ``pg.GraphicsLayoutWidget``) in the current language."""
    scene = widget.scene()
    if scene is None:
        return
    for action in getattr(scene, "contextMenu", ()):
        action.setText(_qt("GraphicsScene", "Export..."))
    if isinstance(getattr(scene, "exportDialog", None), PlotExportDialog):
        scene.exportDialog.retranslate()
    for item in scene.items():
        if isinstance(item, pg.ViewBox) and item.menu is not None:
            _own_menu(item)
