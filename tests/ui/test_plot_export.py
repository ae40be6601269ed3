"""Every plot's right-click menu and its Export… dialog: PNG, SVG and CSV written from
the dialog a teacher opens, a failed export said in one line, and the menu and the
dialog in French, also after Help → Language at run time."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QMessageBox,
    QTreeWidgetItemIterator,
)

from fruitnet_gui.i18n import use_language
from tests.ui.test_languages import _catalog, _open, settings  # noqa: F401  (a fixture)


def _plots(window) -> dict:
    """Each plot of the window: its widget and the plot item to right-click."""
    tp = window.training_plot
    return {
        "error": (window.error_plot, window.error_plot.getPlotItem()),
        "training error": (tp.graphics, tp.error_plot),
        "accuracy": (tp.graphics, tp.accuracy_plot),
    }


def _right_click_menu(qtbot, widget, item) -> QMenu:
    """Right-click the middle of ``item``'s view box, as a person does; the menu shown."""
    box = item.getViewBox()
    middle = box.mapRectToScene(box.boundingRect()).center()
    point = widget.mapFromScene(middle)
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.RightButton, pos=QPoint(point))
    qtbot.waitUntil(lambda: box.menu is not None and box.menu.isVisible(), timeout=60_000)
    return box.menu


def _export_action(menu: QMenu) -> QAction:
    actions = [a for a in menu.actions() if a.text() in ("Export...", "Exporter…")]
    assert len(actions) == 1, [a.text() for a in menu.actions()]
    return actions[0]


def _open_dialog(qtbot, widget, item):
    menu = _right_click_menu(qtbot, widget, item)
    action = _export_action(menu)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    dialog = widget.scene().exportDialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=60_000)
    return dialog


def _choose(qtbot, dialog, row: int):
    formats = dialog.ui.formatList
    rect = formats.visualItemRect(formats.item(row))
    qtbot.mouseClick(formats.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert formats.currentRow() == row
    return dialog.currentExporter


@pytest.fixture(autouse=True)
def _spin_boxes_settle(qtbot, monkeypatch):
    """pyqtgraph's spin boxes (the dialog's settings) pass each new value on 0.3 s later
    by a timer of their own: the test waits for every one, as a person waits for the
    dialog, before the timers' check of tests/ui/conftest.py."""
    made = []
    init = pg.SignalProxy.__init__

    def record(self, *args, **kwargs):
        init(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(pg.SignalProxy, "__init__", record)
    yield

    qtbot.waitUntil(lambda: all(_gone_or_idle(proxy) for proxy in made), timeout=60_000)


def _gone_or_idle(proxy) -> bool:
    try:
        return not proxy.timer.isActive()
    except RuntimeError:  # the timer is already gone with its spin box
        return True


def test_every_plot_exports_png_svg_and_csv_from_its_dialog(qtbot, session, settings, tmp_path):  # noqa: F811
    window = _open(qtbot, session, settings)
    window.stepper.finish_action.trigger()  # one iteration: the error plot has a point
    qtbot.waitUntil(lambda: session.cursor.at_end, timeout=60_000)
    for name, (widget, item) in _plots(window).items():
        dialog = _open_dialog(qtbot, widget, item)
        names = [dialog.ui.formatList.item(i).text() for i in range(dialog.ui.formatList.count())]
        # what works here, and nothing that needs a program FruitNet does not install
        assert names == [
            "Image File (PNG, TIF, JPG, ...)",
            "Scalable Vector Graphics (SVG)",
            "CSV of original plot data",
        ]
        stem = tmp_path / name.replace(" ", "_")
        assert _choose(qtbot, dialog, 0).export(fileName=f"{stem}.png")
        assert (stem.with_suffix(".png")).read_bytes().startswith(b"\x89PNG")
        assert _choose(qtbot, dialog, 1).export(fileName=f"{stem}.svg")
        svg = ET.parse(stem.with_suffix(".svg")).getroot()  # a whole, well-formed drawing
        assert svg.tag.endswith("svg")
        texts = [t.text or "" for t in svg.iter() if t.tag.endswith("text")]
        assert any(t.strip() for t in texts), "the axes' words and numbers are text"
        assert _choose(qtbot, dialog, 2).export(fileName=f"{stem}.csv")
        assert stem.with_suffix(".csv").is_file()  # the training plots: no run yet, no rows
        dialog.close()
    # the stepping error plot's CSV holds the iteration's E_total, as the model has it
    with (tmp_path / "error.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    values = [float(r[1]) for r in rows[1:] if len(r) > 1 and r[1]]
    assert values and abs(values[0] - session.history[0]) < 1e-9


def test_a_failed_export_says_so_in_one_line_and_keeps_the_old_file(
    qtbot,
    session,
    settings,  # noqa: F811
    tmp_path,
):
    window = _open(qtbot, session, settings)
    widget, item = _plots(window)["error"]
    dialog = _open_dialog(qtbot, widget, item)
    kept = tmp_path / "kept.svg"
    kept.write_text("the old picture", encoding="utf-8")
    blocked = tmp_path / "kept.svg" / "inside.svg"  # a file is not a folder
    assert _choose(qtbot, dialog, 1).export(fileName=str(blocked)) is False
    box = window.findChild(QMessageBox, "plot_export_failed")
    qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=60_000)
    assert str(blocked) in box.text() and "\n" not in box.text()
    assert kept.read_text(encoding="utf-8") == "the old picture"
    box.close()


def _menu_texts(menu: QMenu) -> list[str]:
    out = [menu.title()]
    for action in menu.actions():
        out.append(action.text())
        if action.menu() is not None:
            out += _menu_texts(action.menu())
        widget = getattr(action, "defaultWidget", lambda: None)()
        if widget is not None:  # the X / Y axis panels
            for child in [*widget.findChildren(QLabel), *widget.findChildren(QAbstractButton)]:
                out += [child.text(), child.toolTip()]
    return [t for t in out if t and t.strip()]


def _dialog_texts(dialog) -> list[str]:
    out = [dialog.windowTitle()]
    for child in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]:
        out.append(child.text())
    formats = dialog.ui.formatList
    out += [formats.item(i).text() for i in range(formats.count())]
    items = QTreeWidgetItemIterator(dialog.ui.itemTree)
    while items.value() is not None:
        out.append(items.value().text(0))
        items += 1
    header = dialog.ui.paramTree.headerItem()
    out += [header.text(0), header.text(1)]
    params = QTreeWidgetItemIterator(dialog.ui.paramTree)
    while params.value() is not None:
        out.append(params.value().text(0))
        params += 1
    return [t for t in out if t and t.strip()]


@pytest.fixture(scope="module")
def english_sources() -> set[str]:
    """The English sources whose French is another sentence."""
    return {s.replace("&", "") for s, t in _catalog("fr") if t and s != t}


def _english(texts: list[str], sources: set[str]) -> list[str]:
    return [t for t in texts if t.replace("&", "") in sources or t.split(" ", 1)[-1] in sources]


def _all_formats_shown(qtbot, dialog) -> list[str]:
    texts = []
    for row in range(dialog.ui.formatList.count()):
        _choose(qtbot, dialog, row)
        texts += _dialog_texts(dialog)
    return texts


def test_the_menu_and_the_dialog_are_french(qtbot, session, settings, english_sources):  # noqa: F811
    use_language("fr")
    window = _open(qtbot, session, settings)
    widget, item = _plots(window)["error"]
    menu = _right_click_menu(qtbot, widget, item)
    texts = _menu_texts(menu)
    assert "Tout afficher" in texts and "Exporter…" in texts
    assert _english(texts, english_sources) == []
    menu.close()
    dialog = _open_dialog(qtbot, widget, item)
    texts = _all_formats_shown(qtbot, dialog)
    assert dialog.windowTitle() == "Exporter"
    assert "Image (PNG, TIF, JPG…)" in texts and "Tout le graphique" in texts
    assert _english(texts, english_sources) == []


def test_help_language_translates_the_plots_menus_at_run_time(
    qtbot,
    session,
    settings,  # noqa: F811
    english_sources,
):
    window = _open(qtbot, session, settings)
    widget, item = _plots(window)["accuracy"]
    dialog = _open_dialog(qtbot, widget, item)  # made in English, then the switch
    dialog.close()
    window.findChild(QAction, "language_fr").trigger()
    file_menu = window.menuBar().actions()[0]
    qtbot.waitUntil(lambda: file_menu.text() == "&Fichier", timeout=60_000)
    menu = _right_click_menu(qtbot, widget, item)
    texts = _menu_texts(menu)
    assert "Tout afficher" in texts and "Exporter…" in texts
    assert _english(texts, english_sources) == []
    menu.close()
    dialog = _open_dialog(qtbot, widget, item)
    assert _english(_all_formats_shown(qtbot, dialog), english_sources) == []
    QApplication.processEvents()


def test_the_check_sees_the_english_menu_and_dialog(qtbot, session, settings, english_sources):  # noqa: F811
    """In English the same checks find pyqtgraph's words (so they are not vacuous)."""
    window = _open(qtbot, session, settings)
    widget, item = _plots(window)["error"]
    menu = _right_click_menu(qtbot, widget, item)
    found = _english(_menu_texts(menu), english_sources)
    assert {"View All", "Export...", "Mouse Mode", "X axis", "Invert Axis"} <= set(found)
    menu.close()
    dialog = _open_dialog(qtbot, widget, item)
    found = _english(_all_formats_shown(qtbot, dialog), english_sources)
    assert {"Item to export:", "The whole picture", "CSV of original plot data"} <= set(found)


def test_the_axis_range_reads_and_takes_a_decimal_comma(qtbot, session, settings):  # noqa: F811
    use_language("fr")
    window = _open(qtbot, session, settings)
    window.stepper.finish_action.trigger()
    qtbot.waitUntil(lambda: session.cursor.at_end, timeout=60_000)
    widget, item = _plots(window)["error"]
    menu = _right_click_menu(qtbot, widget, item)
    panel = menu.ctrl[1]  # the Y axis: E_total, a number below 1
    assert "," in panel.maxText.text() and "." not in panel.maxText.text()
    panel.maxText.clear()
    qtbot.keyClicks(panel.maxText, "0,5")
    qtbot.keyClick(panel.maxText, Qt.Key.Key_Return)
    assert item.getViewBox().viewRange()[1][1] == pytest.approx(0.5)
    before = list(item.getViewBox().viewRange()[1])
    panel.minText.clear()
    qtbot.keyClicks(panel.minText, "rien")  # not a number: the range stays
    qtbot.keyClick(panel.minText, Qt.Key.Key_Return)
    assert item.getViewBox().viewRange()[1] == pytest.approx(before)
    menu.close()
