"""pyqtgraph's own sentences that a FruitNet user reads, for the translations.

A plot's right-click menu (View All, the X and Y axis panels, Mouse Mode), Export…
and its dialog are pyqtgraph's, which asks ``QCoreApplication.translate`` with its
own contexts ("ViewBox", "Form", "GraphicsScene", "Exporter") for each word. Listing
those sentences here with :func:`QT_TRANSLATE_NOOP` puts them in FruitNet's ``.ts``
files (``tools/build_translations.py``), so the installed ``.qm`` answers pyqtgraph
too. The list is pyqtgraph 0.14's, as FruitNet's plots show it (not the "Plot
Options" panel, which FruitNet's plots leave out: ``ui/plot_export.py``);
``tests/ui/test_plot_export.py`` checks that the menu and the dialog show no English
in French. The CSV exporter's column modes ("(x,y) per plot") are pyqtgraph's values,
not words, and stay as they are.
"""

from __future__ import annotations

from fruitnet_gui.model.text import QT_TRANSLATE_NOOP

__all__ = ["ITEM_NAMES", "PYQTGRAPH"]

PYQTGRAPH = (
    QT_TRANSLATE_NOOP("GraphicsScene", "Export..."),
    QT_TRANSLATE_NOOP("ViewBox", "View All"),
    QT_TRANSLATE_NOOP("ViewBox", "ViewBox options"),
    QT_TRANSLATE_NOOP("ViewBox", "axis"),
    QT_TRANSLATE_NOOP("ViewBox", "Mouse Mode"),
    QT_TRANSLATE_NOOP("ViewBox", "3 button"),
    QT_TRANSLATE_NOOP("ViewBox", "1 button"),
    # the X and Y axis panels (pyqtgraph's axisCtrlTemplate)
    QT_TRANSLATE_NOOP("Form", "PyQtGraph"),
    QT_TRANSLATE_NOOP("Form", "Manual"),
    QT_TRANSLATE_NOOP("Form", "Auto"),
    QT_TRANSLATE_NOOP("Form", "Auto Pan Only"),
    QT_TRANSLATE_NOOP("Form", "Visible Data Only"),
    QT_TRANSLATE_NOOP("Form", "Invert Axis"),
    QT_TRANSLATE_NOOP("Form", "Mouse Enabled"),
    QT_TRANSLATE_NOOP("Form", "Link Axis:"),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Automatically resize this axis whenever the displayed data "
        "is changed.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Enables mouse interaction (panning, scaling) for this "
        "axis.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Inverts the display of this axis. (+y points downward "
        "instead of upward)</p></body></html>",
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Links this axis with another view. When linked, both "
        "views will display the same data range.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP(
        "Form", "<html><head/><body><p>Maximum value to display for this axis.</p></body></html>"
    ),
    QT_TRANSLATE_NOOP(
        "Form", "<html><head/><body><p>Minimum value to display for this axis.</p></body></html>"
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Percent of data to be visible when auto-scaling. It may "
        "be useful to decrease this value for data with spiky noise.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Set the range for this axis manually. This disables "
        "automatic scaling. </p></body></html>",
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>When checked, the axis will automatically pan to center "
        "on the current data, but the scale along this axis will not change.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>When checked, the axis will only auto-scale to data that "
        "is visible along the orthogonal axis.</p></body></html>",
    ),
    # the Export… dialog (exportDialogTemplate) and its exporters
    QT_TRANSLATE_NOOP("Form", "Export"),
    QT_TRANSLATE_NOOP("Form", "Item to export:"),
    QT_TRANSLATE_NOOP("Form", "Export format"),
    QT_TRANSLATE_NOOP("Form", "Export options"),
    QT_TRANSLATE_NOOP("Form", "Copy"),
    QT_TRANSLATE_NOOP("Form", "Close"),
    QT_TRANSLATE_NOOP("Exporter", "Image File (PNG, TIF, JPG, ...)"),
    QT_TRANSLATE_NOOP("Exporter", "Scalable Vector Graphics (SVG)"),
    QT_TRANSLATE_NOOP("Exporter", "Scalable Vector Graphics"),
    QT_TRANSLATE_NOOP("Exporter", "CSV of original plot data"),
    QT_TRANSLATE_NOOP("Exporter", "width"),
    QT_TRANSLATE_NOOP("Exporter", "height"),
    QT_TRANSLATE_NOOP("Exporter", "antialias"),
    QT_TRANSLATE_NOOP("Exporter", "background"),
    QT_TRANSLATE_NOOP("Exporter", "invertValue"),
    QT_TRANSLATE_NOOP("Exporter", "separator"),
    QT_TRANSLATE_NOOP("Exporter", "precision"),
    QT_TRANSLATE_NOOP("Exporter", "columnMode"),
)

# The export dialog's names of what can be exported (pyqtgraph's literal English) →
# FruitNet's words for them, translated where they are shown (context "PlotExport").
ITEM_NAMES = {
    "Entire Scene": QT_TRANSLATE_NOOP("PlotExport", "The whole picture"),
    "Plot": QT_TRANSLATE_NOOP("PlotExport", "Plot"),
    "ViewBox": QT_TRANSLATE_NOOP("PlotExport", "Plot area"),
}
