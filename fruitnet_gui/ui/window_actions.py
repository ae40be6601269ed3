"""What the window's menus open: the dialogs (worksheets, variants, checking a
calculation, conventions, a new network), the Explore panels and picture export. A
mixin of :class:`~fruitnet_gui.ui.main_window.MainWindow`, which owns the session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.text import translate
from fruitnet_gui.ui.keys import keep_keys

__all__ = ["WindowActions"]


class WindowActions:
    """The menu actions that open something (``self`` is the main window)."""

    def export_picture(self, path: str | None = None) -> bool:
        """The canvas as drawn now, as PNG or SVG (Qt's QSvgGenerator; for SVG the
        canvas paints itself without its raster caches, so nodes, edges and labels are
        shapes and text). The plots export themselves (right-click → Export…)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("MainWindow", "Export picture"),
                "network.png",
                "PNG (*.png);;SVG (*.svg)",
            )
            if not path:
                return False
        from fruitnet_gui.ui.canvas.export import save_picture

        try:
            save_picture(self.canvas, path)
        except (FruitNetError, OSError) as exc:
            self.session.error_occurred.emit(str(exc))
            return False
        return True

    def design_network(self) -> None:
        from fruitnet_gui.ui.explore.designer_dialog import DesignerDialog

        if self.session.state.lesson_refused("the network"):
            return  # said in the status bar, before any dialog is filled in

        self.designer_dialog = DesignerDialog(self.session, self)
        self.designer_dialog.open()

    def show_explore_view(self, which: str) -> QDockWidget:
        """The error landscape or the decision map, in a floating panel made when first
        asked for (they recompute on every step, so they are not made before)."""
        dock = self.explore_docks.get(which)
        if dock is None:
            if which == "landscape":
                from fruitnet_gui.ui.explore.landscape_view import LandscapeView

                view = LandscapeView(self.session)
                title = translate("Menus", "Error landscape")
            else:
                from fruitnet_gui.ui.explore.decision_view import DecisionView

                view = DecisionView(self.session)
                title = translate("Menus", "Decision map")
            dock = QDockWidget(title, self)
            dock.setObjectName(f"{which}_dock")
            dock.setWidget(view)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.setFloating(True)
            dock.resize(520, 460)
            self.explore_docks[which] = dock
            keep_keys(dock)  # its combo boxes keep Space
        dock.show()
        dock.raise_()
        return dock

    def export_worksheet(self) -> None:
        from fruitnet_gui.ui.classroom.worksheet_dialog import ExportWorksheetDialog

        self.worksheet_dialog = ExportWorksheetDialog(self.session, self)
        dialog = self.worksheet_dialog
        dialog.exported.connect(lambda *_: self.statusBar().showMessage(dialog.message(), 30000))
        dialog.open()

    def open_variant(self) -> None:
        from fruitnet_gui.ui.classroom.worksheet_dialog import OpenVariantDialog

        if self.session.state.lesson_refused("the network"):
            return  # said in the status bar, before any dialog is filled in

        self.variant_dialog = OpenVariantDialog(self.session, self)
        self.variant_dialog.open()

    def check_calculation(self, path: str | None = None) -> None:
        """Check a CSV of answers (asks for the file when ``path`` is None)."""
        from fruitnet_gui.ui.classroom.check_dialog import CheckDialog, check_file

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                translate("Worksheets", "Check a hand calculation"),
                "",
                translate("Worksheets", "Answers (*.csv);;All files (*)"),
            )
            if not path:
                return
        report = check_file(self.session, path)
        if report is not None:
            self.check_dialog = CheckDialog(report, path, self)
            self.check_dialog.open()

    def edit_conventions(self) -> None:
        from fruitnet_gui.ui.explore.conventions_dialog import ConventionsDialog

        dialog = ConventionsDialog(self.session, self)
        dialog.setModal(True)
        dialog.open()  # not exec(): the window's event loop goes on
        self.conventions_dialog = dialog
