"""Every control and view has a name a screen reader can say (issue #15, item 4).

The walk asks Qt's accessibility layer, as a screen reader does
(``QAccessible.queryAccessibleInterface(widget).text(Name)``), for every visible widget of
the main window, of each of its docks brought to the front in turn, and of its dialogs.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QDialog, QHeaderView, QLabel, QWidget

from fruitnet_gui.ui.classroom.check_dialog import CheckDialog, check_file
from fruitnet_gui.ui.classroom.lesson import SaveLessonDialog
from fruitnet_gui.ui.classroom.worksheet_dialog import ExportWorksheetDialog, OpenVariantDialog
from fruitnet_gui.ui.explore.conventions_dialog import ConventionsDialog
from fruitnet_gui.ui.explore.designer_dialog import DesignerDialog
from tests.ui.test_main_window import open_window

#: Qt's own parts of a compound control, named through the control: the line edit
#: inside a spin box, a scroll area's viewport and scroll bars' containers, a tab bar's
#: scroll arrows (the tabs themselves are the tab bar's accessible children).
QT_PARTS = {
    "qt_spinbox_lineedit",
    "qt_scrollarea_viewport",
    "qt_scrollarea_hcontainer",
    "qt_scrollarea_vcontainer",
    "ScrollLeftButton",
    "ScrollRightButton",
}


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def needs_a_name(widget: QWidget) -> bool:
    """Focusable (a control), or a view of ours or pyqtgraph's, or a label with text."""
    if widget.objectName() in QT_PARTS or isinstance(widget, QHeaderView):
        return False  # a table's header cells are the table's accessible children
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return False  # pyqtgraph's views replace Qt's named viewport
    if isinstance(widget, QLabel):
        return bool(widget.text().strip())
    module = type(widget).__module__
    ours = module.startswith(("fruitnet_gui", "pyqtgraph"))
    focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    scroll_area = isinstance(widget, QAbstractScrollArea)
    return focusable or ours or scroll_area


def accessible_description(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Description).strip() if iface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """What a screen reader could not name among the visible widgets under ``root``, and
    the views of ours it could not describe (what it is, how to use it)."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        what = f"{type(widget).__name__} '{widget.objectName()}'"
        where = type(parent).__name__ if parent is not None else "-"
        if needs_a_name(widget) and not accessible_name(widget):
            missing.append(f"{what} in {where}: no name")
        ours = type(widget).__module__.startswith("fruitnet_gui")
        if ours and not isinstance(widget, QDialog) and not accessible_description(widget):
            missing.append(f"{what} in {where}: no description")
    return missing


@pytest.fixture
def window(qtbot, session, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = open_window(qtbot, session, settings)
    w.error_plot  # noqa: B018 - the plots are made late: make them now
    w.training_plot  # noqa: B018
    w.runs_panel  # noqa: B018
    return w


def test_every_widget_of_the_window_and_its_docks_has_a_name(qtbot, window):
    assert accessible_name(window.canvas) == "Network canvas"
    assert "Up and Down choose a weight" in window.canvas.accessibleDescription()
    missing = unnamed(window)
    for dock in window.docks():
        dock.raise_()  # a dock behind another's tab is hidden: bring each to the front
        qtbot.waitUntil(lambda d=dock: d.widget().isVisible(), timeout=60_000)
        missing += unnamed(dock)
    window.formula.practice.set_active(True)  # Your turn's answer box and buttons
    window.formula_dock.raise_()
    qtbot.waitUntil(window.formula.practice.isVisible, timeout=60_000)
    missing += unnamed(window.formula_dock)
    for which in ("landscape", "decision"):
        missing += unnamed(window.show_explore_view(which))
    assert not sorted(set(missing)), "\n".join(sorted(set(missing)))


def test_every_widget_of_the_dialogs_has_a_name(qtbot, window, session, tmp_path):
    answers = tmp_path / "answers.csv"
    answers.write_text("name,value\nneth1,0.857\nouth1,0.7\n", encoding="utf-8")
    report = check_file(session, str(answers))
    assert report is not None
    dialogs: list[QDialog] = [
        DesignerDialog(session, window),
        ConventionsDialog(session, window),
        ExportWorksheetDialog(session, window),
        OpenVariantDialog(session, window),
        SaveLessonDialog(window.lessons, window),
        CheckDialog(report, str(answers), window),
    ]
    missing = []
    for dialog in dialogs:
        dialog.open()
        qtbot.waitExposed(dialog, timeout=60_000)
        assert dialog.windowTitle()
        missing += [f"{type(dialog).__name__}: {m}" for m in unnamed(dialog)]
        dialog.reject()
    assert not missing, "\n".join(missing)
