"""The main window, driven the way a student drives it: clicks, keys and menus."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog

from fruitnet_gui.model.teaching.iteration import Level
from fruitnet_gui.ui import app as app_module
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.stepping.formula_view import format_value
from fruitnet_gui.ui.stepping.stepper_bar import SPEEDS

#: docs/DESIGN.md section 1: the exact float64 results of the paper's iteration.
EXACT = {
    "neth1": "0.857",
    "neth2": "0.3395",
    "outh1": "0.7020334875",
    "outh2": "0.5840690618",
    "nety1": "0.3778444648",
    "nety2": "1.0216982293",
    "outy1": "0.5933531090",
    "outy2": "0.7353032619",
    # Ey1, Ey2: ½ (target − out)² of the outputs above.
    "Ey1": "0.176033956",
    "Ey2": "0.0350321816",
    "Etotal": "0.2110661376",
    "∂Etotal/∂w1": "-0.000421996",
    "∂Etotal/∂w2": "0.001590196",
    "∂Etotal/∂w3": "-0.0009846573",
    "∂Etotal/∂w4": "0.0037104573",
    "∂Etotal/∂w5": "0.1005082542",
    "∂Etotal/∂w6": "-0.0361677507",
    "∂Etotal/∂w7": "0.0836196033",
    "∂Etotal/∂w8": "-0.0300903939",
    "∂Etotal/∂bw1": "-0.0028133067",
    "∂Etotal/∂bw2": "0.0106013066",
    "∂Etotal/∂bw3": "0.1431673218",
    "∂Etotal/∂bw4": "-0.0515185548",
    "w1_new": "0.100210998",
    "w2_new": "0.199204902",
    "w3_new": "0.1204923287",
    "w4_new": "0.1681447713",
    "w5_new": "-0.0002541271",
    "w6_new": "0.4180838753",
    "w7_new": "0.2881901983",
    "w8_new": "0.085045197",
    "bw1_new": "0.8014066534",
    "bw2_new": "0.2446993467",
    "bw3_new": "0.0784163391",
    "bw4_new": "0.7257592774",
}


def plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def number(shown: str) -> float:
    return float(shown.replace("−", "-"))


def decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def agrees(shown: str, expected: str) -> bool:
    """Equal to the precision of both the shown and the expected text."""
    tol = 0.5 * 10.0 ** -decimals(expected) + 0.5 * 10.0 ** -decimals(shown.replace("−", "-"))
    return abs(number(shown) - float(expected)) <= tol


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "fruitnet.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, session: Session, settings: QSettings) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=60_000)
    return window


@pytest.fixture
def window(qtbot, session, settings) -> MainWindow:
    return open_window(qtbot, session, settings)


def click(qtbot, window: MainWindow, key: str) -> None:
    qtbot.mouseClick(window.stepper.buttons[key], Qt.MouseButton.LeftButton)


def shown_value(window: MainWindow) -> str:
    """The value in large type: ``name = value``."""
    return plain(window.formula.value_label.text()).split(" = ")[-1]


def count_text(window: MainWindow) -> str:
    return plain(window.stepper.count_label.text())


def test_opens_on_the_paper_example(qtbot, window):
    assert window.windowTitle() == "FruitNet — paper example 2-2-2 — iteration 1"
    assert "0 of 35" in count_text(window)
    assert window.paper_action.isChecked()
    for dock in (window.input_dock, window.formula_dock, window.error_dock):
        assert dock.isVisible()
    # 1280×800, or the screen if it is smaller (the offscreen screen is 800×800).
    # The window's frame (2 pixels offscreen, a title bar under a window manager) is
    # inside the screen too (ui/window_size.py).
    available = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: available.contains(window.frameGeometry()), timeout=60_000)
    frame = window.frameGeometry().size() - window.size()
    assert window.width() == min(1280, available.width() - frame.width())
    assert window.height() == min(800, available.height() - frame.height())
    assert window.canvas.width() > window.formula_dock.width() > window.input_dock.width()


def test_walking_the_paper_iteration_shows_every_number(qtbot, window, session):
    steps = session.iteration.quantities()  # a Step reveals a quantity with its factors
    for k, step in enumerate(steps, start=1):
        click(qtbot, window, "step")
        assert session.current is step
        assert shown_value(window) == format_value(step.value)
        assert f"{k} of 35" in count_text(window)
    table = window.formula.row_texts()
    assert set(table) == set(EXACT)
    for name, expected in EXACT.items():
        assert agrees(table[name], expected), (name, table[name], expected)
    # The paper's sign slip: shown correctly, and explained.
    assert table["w5_new"].startswith("−0.000254")
    session_w5 = next(s for s in steps if s.name == "w5_new")
    assert "0.00025" in session_w5.note
    _, y = window.error_plot.points()
    assert len(y) == 1 and y[0] == pytest.approx(0.2110661376, abs=1e-10)
    assert window.stepper.buttons["next_iteration"].isVisible()


def test_w5_new_shows_the_note_about_the_paper(qtbot, window, session):
    session.seek(session.iteration.by_name["w5_new"].index)
    click(qtbot, window, "step")
    assert session.current.name == "w5_new"
    assert shown_value(window).startswith("−0.000254")
    note = window.formula.part_text("note")
    assert window.formula.note_shown and "0.00025" in note
    assert "0.00025" in window.formula.body.toPlainText()  # what the student reads


def test_back_undoes_exactly_one_sub_step(qtbot, window, session):
    for _ in range(12):
        click(qtbot, window, "step")
    before_position = session.position
    before_value, before_rows = shown_value(window), window.formula.row_texts()
    before_weights = session.shown_network.flat_params()
    click(qtbot, window, "step")
    assert shown_value(window) != before_value
    position = session.position
    click(qtbot, window, "back")
    assert session.position == before_position and position > before_position
    assert shown_value(window) == before_value
    assert window.formula.row_texts() == before_rows
    assert (session.shown_network.flat_params() == before_weights).all()


def test_back_in_the_update_phase_restores_the_old_weight(qtbot, window, session):
    session.seek(session.iteration.by_name["w5_new"].index)
    click(qtbot, window, "step")  # w5_new
    assert session.shown_network.weights[1][0, 0] == pytest.approx(-0.0002541271, abs=1e-10)
    click(qtbot, window, "back")
    assert session.shown_network.weights[1][0, 0] == 0.05


def test_reset_returns_to_the_start(qtbot, window, session):
    click(qtbot, window, "finish")
    click(qtbot, window, "reset")
    assert session.position == 0
    assert "0 of 35" in count_text(window)
    assert window.formula.shown_rows == 0 and window.formula.value_label.text() == ""


def test_keyboard_shortcuts_do_what_the_buttons_do(qtbot, window, session):
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert session.position == 1
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert session.position == 2 and shown_value(window) == format_value(session.current.value)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert session.position == 1
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert session.cursor.at_end and "35 of 35" in count_text(window)
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert session.position == 0
    # Keys reach the stepper wherever the focus is, e.g. in the values table.
    window.formula.table.setFocus()
    qtbot.keyClick(window.formula.table, Qt.Key.Key_Right)
    assert session.position == 1


def test_typing_in_a_number_field_keeps_its_keys(qtbot, window, session):
    qtbot.mouseClick(window.stepper.pencil_check, Qt.MouseButton.LeftButton)
    spin = window.stepper.decimals_spin
    spin.setFocus()
    editor = spin.lineEdit()
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    qtbot.keyClick(editor, Qt.Key.Key_Left)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    assert session.position == 0


def test_next_iteration_adds_a_lower_point(qtbot, window, session):
    click(qtbot, window, "finish")
    click(qtbot, window, "next_iteration")
    assert "iteration 2" in window.windowTitle()
    assert "0 of 35" in count_text(window) and window.formula.shown_rows == 0
    # The second iteration starts from the updated weights.
    assert session.network.weights[1][0, 0] == pytest.approx(-0.0002541271, abs=1e-10)
    qtbot.keyClick(window, Qt.Key.Key_End)
    x, y = window.error_plot.points()
    assert list(x) == [1.0, 2.0] and y[1] < y[0]


def test_node_level_reveals_net_and_out_together(qtbot, window, session):
    combo = window.stepper.level_combo
    combo.setCurrentIndex(combo.findData(Level.NODE.value))
    click(qtbot, window, "step")
    assert session.position == 2 and session.current.name == "outh1"
    assert list(window.formula.row_texts()) == ["neth1", "outh1"]
    click(qtbot, window, "back")
    assert session.position == 0


def test_pencil_mode_reproduces_the_paper(qtbot, window, session):
    qtbot.mouseClick(window.stepper.pencil_check, Qt.MouseButton.LeftButton)
    for _ in range(5):
        click(qtbot, window, "step")
    assert session.current.name == "nety1"
    assert shown_value(window) == "0.3779"


def test_play_runs_and_pause_stops(qtbot, window, session):
    bar = window.stepper
    bar.speed_combo.setCurrentIndex(SPEEDS.index(("30 steps/s", 33)))
    click(qtbot, window, "play")
    qtbot.waitUntil(lambda: session.position >= 3, timeout=60_000)
    click(qtbot, window, "play")
    assert not bar.is_playing
    stopped_at = session.position
    with qtbot.assertNotEmitted(session.cursor_moved, wait=150):
        pass
    assert session.position == stopped_at
    assert shown_value(window) == format_value(session.current.value)


def test_switching_presets_leaves_no_stale_state(qtbot, window, session):
    click(qtbot, window, "finish")
    assert len(window.error_plot.points()[1]) == 1
    window.fruit_action.trigger()
    assert "0 of 2891" in count_text(window)
    assert window.windowTitle() == "FruitNet — fruit classifier 36-36-2 — iteration 1"
    assert window.fruit_action.isChecked() and not window.paper_action.isChecked()
    assert window.formula.shown_rows == 0 and window.formula.value_label.text() == ""
    assert len(window.error_plot.points()[1]) == 0
    assert not window.stepper.buttons["next_iteration"].isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert list(window.formula.row_texts()) == ["neth1"]
    window.paper_action.trigger()
    assert "0 of 35" in count_text(window)
    assert window.windowTitle() == "FruitNet — paper example 2-2-2 — iteration 1"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert shown_value(window) == "0.857"


def test_malformed_model_file_shows_a_message_and_keeps_the_state(
    qtbot, window, session, tmp_path, monkeypatch
):
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "fruitnet-model", "version": 1, "layers": [2, 2', encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(bad), ""))
    )
    for _ in range(4):
        click(qtbot, window, "step")
    network = session.network
    window.open_action.trigger()
    box = window.message_box
    assert box is not None and box.isVisible()
    assert "broken.json" in box.text()
    assert "broken.json" in window.statusBar().currentMessage()
    assert session.network is network and session.position == 4
    assert window.windowTitle() == "FruitNet — paper example 2-2-2 — iteration 1"
    box.close()


def test_a_saved_model_opens_again(qtbot, window, session, tmp_path, monkeypatch):
    path = tmp_path / "after-one-iteration.json"
    session.finish()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    window.save_action.trigger()
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "fruitnet-model"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    window.open_action.trigger()
    assert window.windowTitle() == "FruitNet — after-one-iteration.json (2-2-2) — iteration 1"
    assert not window.paper_action.isChecked()
    assert session.network.weights[1][0, 0] == pytest.approx(-0.0002541271, abs=1e-10)


def test_session_errors_appear_in_the_status_bar(window, session):
    session.set_weight("w99", 1.0)
    assert "w99" in window.statusBar().currentMessage()


def test_layout_is_remembered_between_runs(qtbot, session, settings):
    first = open_window(qtbot, session, settings)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.formula_dock)
    first.error_dock.hide()
    first.resize(1100, 720)  # the left column now also holds the training tabs
    first.close()
    second = open_window(qtbot, Session(), settings)
    assert second.dockWidgetArea(second.formula_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert second.error_dock.isHidden()
    # restoreGeometry keeps the window on the (800×800 offscreen) screen, so only the
    # height comes back exactly; the width is not the default 1280 any more.
    assert second.height() == 720 and second.width() < 1280
    second.reset_layout()
    assert second.dockWidgetArea(second.formula_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert second.error_dock.isVisible()


def test_view_menu_toggles_docks(window):
    window.error_dock.toggleViewAction().trigger()
    assert window.error_dock.isHidden()
    window.error_dock.toggleViewAction().trigger()
    assert window.error_dock.isVisible()


def test_closing_while_playing_leaves_no_timer(qtbot, window, session):
    click(qtbot, window, "play")
    assert window.stepper.is_playing
    window.close()
    assert not window.stepper.is_playing


def test_help_opens_without_blocking(window):
    window.how_to_action.trigger()
    assert window.message_box.isVisible() and "How to read" in window.message_box.text()
    window.message_box.close()


def test_app_main_with_a_bad_model_file_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert app_module.main(["--model", str(bad), "--settings", str(tmp_path / "s.ini")]) == 2
    assert "bad.json" in capsys.readouterr().err


def test_app_main_opens_the_window_and_returns_when_closed(qtbot, tmp_path):
    seen: dict[str, str] = {}

    def close_it() -> None:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        seen["title"] = window.windowTitle()
        seen["count"] = plain(window.stepper.count_label.text())
        window.close()

    QTimer.singleShot(0, close_it)
    status = app_module.main(["--preset", "fruit", "--settings", str(tmp_path / "s.ini")])
    assert status == 0
    assert seen["title"] == "FruitNet — fruit classifier 36-36-2 — iteration 1"
    assert "0 of 2891" in seen["count"]
    assert (tmp_path / "s.ini").exists()  # the layout was saved on close


def test_hovering_a_pixel_highlights_its_input_node_and_back(qtbot, session, settings):
    session.load_preset("fruit")
    window = open_window(qtbot, session, settings)
    editor, canvas = window.editor, window.canvas
    qtbot.mouseMove(editor.grid, editor.cell_center(7))
    qtbot.waitUntil(lambda: canvas.highlighted_input == 7, timeout=60_000)
    qtbot.mouseMove(canvas, canvas.node_position("x3").toPoint())
    qtbot.waitUntil(lambda: editor.highlighted_pixel == 2, timeout=60_000)


def test_tabbed_docks_show_their_whole_names(qtbot, window):
    from PySide6.QtWidgets import QTabBar

    window.resize(800, 800)  # narrow: Qt would shorten them to "Fo…", "Da…"
    bars = window.findChildren(QTabBar)
    assert bars
    for bar in bars:
        assert bar.elideMode() == Qt.TextElideMode.ElideNone and bar.usesScrollButtons()
    window.reset_layout()
    for bar in window.findChildren(QTabBar):
        assert bar.elideMode() == Qt.TextElideMode.ElideNone


def test_the_right_hand_panels_fit_a_1024_pixel_window(qtbot, window, session):
    # a 1024×768 projector: the docks in the proportions the window starts with there
    from PySide6.QtWidgets import QScrollArea

    window.resize(1024, 768)
    docks = [window.input_dock, window.formula_dock]
    window.resizeDocks(docks, [215, 358], Qt.Orientation.Horizontal)
    window.dataset_browser.load_fruit_dataset()
    for dock in (window.training_dock, window.dataset_dock):
        dock.raise_()
        qtbot.waitUntil(lambda d=dock: d.isVisible() and d.width() > 300)
        area = dock.widget()
        assert isinstance(area, QScrollArea)
        qtbot.wait(50)  # let the layout settle
        assert not area.horizontalScrollBar().isVisible(), dock.objectName()
        assert area.widget().width() <= area.viewport().width()


def test_the_size_of_everything_is_kept_for_the_next_start(qtbot, window, settings):
    from fruitnet_gui.ui.main_window import SCALE_KEY, saved_scale

    assert saved_scale(settings) == 1.0
    checked = [a.text() for a in window.scale_group.actions() if a.isChecked()]
    assert checked == ["100%"]
    larger = next(a for a in window.scale_group.actions() if a.text() == "150%")
    larger.trigger()
    assert saved_scale(settings) == 1.5 and settings.value(SCALE_KEY) is not None
    assert "150% the next time" in window.statusBar().currentMessage()
    settings.setValue(SCALE_KEY, "huge")
    assert saved_scale(settings) == 1.0  # a setting that is not a size is ignored
    # on the 800×800 test screen, sizes at which the window would not fit are not offered
    window._offer_fitting_scales()
    enabled = {a.text(): a.isEnabled() for a in window.scale_group.actions()}
    assert enabled["100%"] and enabled["150%"]  # 150 %: chosen, so still shown as such
    assert not enabled["200%"]


def test_every_right_hand_tab_is_in_sight_in_a_1024_pixel_window(qtbot, window):
    from PySide6.QtWidgets import QTabBar

    def right_bar() -> QTabBar:
        return next(b for b in window.findChildren(QTabBar) if b.count() == 5)

    def titles() -> list[str]:
        bar = right_bar()
        return [bar.tabText(i) for i in range(bar.count())]

    window.resize(1024, 768)
    docks = [window.input_dock, window.formula_dock]
    window.resizeDocks(docks, [215, 358], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: right_bar().width() > 340)
    qtbot.waitUntil(lambda: "Data" in titles())
    assert titles() == ["Formula", "Data", "Training", "Weights", "Confusion"]
    bar = right_bar()
    assert bar.sizeHint().width() <= bar.width()  # no tab behind the scroll arrows
    menu_texts = {d.toggleViewAction().text() for d in window.docks()}
    assert {"Dataset", "Hidden weights"} <= menu_texts  # the View menu keeps whole names
    window.resize(1500, 800)
    window.resizeDocks(docks, [250, 520], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: "Dataset" in titles())
    assert titles() == ["Formula", "Dataset", "Training", "Hidden weights", "Confusion"]
