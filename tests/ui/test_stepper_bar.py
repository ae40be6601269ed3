"""The stepper bar: buttons move the cursor, the bar shows where it is, Play stops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fruitnet_gui.model.teaching.iteration import Level, Phase
from fruitnet_gui.ui.stepping.stepper_bar import SPEEDS, StepperBar
from fruitnet_gui.ui.theme import current_theme


@pytest.fixture
def bar(qtbot, session) -> StepperBar:
    widget = StepperBar(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, bar: StepperBar, key: str) -> None:
    qtbot.mouseClick(bar.buttons[key], Qt.MouseButton.LeftButton)


def current_crumb(bar: StepperBar) -> Phase | None:
    # what the colour shows, and what a screen reader hears
    current = f"background: {current_theme().crumb_current};"
    shown = [p for p, label in bar.crumbs.items() if current in label.styleSheet()]
    heard = [
        p for p, label in bar.crumbs.items() if label.accessibleDescription() == "current phase"
    ]
    assert heard == shown
    assert len(shown) <= 1
    return shown[0] if shown else None


def test_buttons_move_the_cursor_and_the_count_follows(qtbot, bar, session):
    assert "0 of 35" in bar.count_label.text()
    assert not bar.buttons["back"].isEnabled() and not bar.buttons["reset"].isEnabled()
    for k in range(1, 4):
        click(qtbot, bar, "step")
        assert session.position == k
        assert f"{k} of 35" in bar.count_label.text()
    click(qtbot, bar, "back")
    assert session.position == 2
    click(qtbot, bar, "phase_end")
    assert session.position == 8  # the forward pass has 8 sub-steps
    click(qtbot, bar, "finish")
    assert session.cursor.at_end and "35 of 35" in bar.count_label.text()
    session.set_level("factor")  # the chain rule's 22 factors count too
    assert "57 of 57" in bar.count_label.text()
    assert not bar.buttons["step"].isEnabled() and not bar.buttons["finish"].isEnabled()
    click(qtbot, bar, "reset")
    assert session.position == 0


def test_breadcrumb_highlights_the_current_phase(qtbot, bar, session):
    assert current_crumb(bar) is None
    click(qtbot, bar, "step")
    assert current_crumb(bar) is Phase.FORWARD
    session.seek(11)  # Etotal
    assert current_crumb(bar) is Phase.ERROR
    session.seek(12)
    assert current_crumb(bar) is Phase.BACKWARD
    click(qtbot, bar, "finish")
    assert current_crumb(bar) is Phase.UPDATE


def test_next_iteration_appears_only_after_the_last_sub_step(qtbot, bar, session):
    assert not bar.buttons["next_iteration"].isVisible()
    click(qtbot, bar, "finish")
    assert bar.buttons["next_iteration"].isVisible()
    click(qtbot, bar, "next_iteration")
    assert session.iteration_number == 2 and session.position == 0
    assert not bar.buttons["next_iteration"].isVisible()
    assert "Iteration 2" in bar.count_label.text()


def test_level_combo_and_session_agree(qtbot, bar, session):
    bar.level_combo.setCurrentIndex(bar.level_combo.findData(Level.NODE.value))
    assert session.level is Level.NODE
    click(qtbot, bar, "step")
    assert session.position == 2  # neth1 and outh1
    session.set_level(Level.PHASE)
    assert Level(bar.level_combo.currentData()) is Level.PHASE


def test_pencil_checkbox_switches_pencil_mode(qtbot, bar, session):
    assert not bar.decimals_spin.isEnabled()
    qtbot.mouseClick(bar.pencil_check, Qt.MouseButton.LeftButton)
    assert session.pencil == 4 and bar.decimals_spin.isEnabled()
    bar.decimals_spin.setValue(2)
    assert session.pencil == 2
    qtbot.mouseClick(bar.pencil_check, Qt.MouseButton.LeftButton)
    assert session.pencil is None


def test_play_runs_to_the_end_and_stops(qtbot, bar, session):
    bar.speed_combo.setCurrentIndex(len(SPEEDS) - 1)  # full speed
    click(qtbot, bar, "play")
    assert bar.is_playing and bar.play_action.text() == "&Pause"
    qtbot.waitUntil(lambda: not bar.is_playing, timeout=60_000)
    assert session.cursor.at_end
    assert bar.play_action.text() == "&Play"


def test_pause_stops_stepping(qtbot, bar, session):
    bar.speed_combo.setCurrentIndex(SPEEDS.index(("30 steps/s", 33)))
    click(qtbot, bar, "play")
    qtbot.waitUntil(lambda: session.position >= 2, timeout=60_000)
    click(qtbot, bar, "play")  # the same button now pauses
    assert not bar.is_playing
    with qtbot.assertNotEmitted(session.cursor_moved, wait=150):
        pass


def test_hiding_the_bar_stops_play(qtbot, bar, session):
    click(qtbot, bar, "play")
    assert bar.is_playing
    bar.hide()
    assert not bar.is_playing


def test_changing_network_stops_play(qtbot, bar, session):
    click(qtbot, bar, "play")
    session.load_preset("fruit")
    assert not bar.is_playing
    assert "0 of 2891" in bar.count_label.text()


def test_full_speed_play_keeps_the_window_responsive(qtbot):
    from fruitnet_gui.model.net.network import fruit_network
    from fruitnet_gui.ui.session import Session

    session = Session(fruit_network(0))
    bar = StepperBar(session)
    qtbot.addWidget(bar)
    bar.show()
    bar.speed_combo.setCurrentIndex(len(SPEEDS) - 1)
    click(qtbot, bar, "play")
    qtbot.waitUntil(lambda: session.position >= 20, timeout=60_000)
    click(qtbot, bar, "play")  # a click gets through while playing at full speed
    assert not bar.is_playing
    assert 20 <= session.position < len(session.iteration)
