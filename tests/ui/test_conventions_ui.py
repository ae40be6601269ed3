"""The conventions, the learning rate and the factor level in the window, as a student
uses them: the Network menu's dialog, the η beside the stepper, "each factor"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from fruitnet_gui.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, session, tmp_path) -> MainWindow:
    from tests.ui.test_main_window import open_window

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return open_window(qtbot, session, settings)


def test_the_conventions_dialog_changes_formulas_and_values(qtbot, window, session):
    window.conventions_action.trigger()
    dialog = window.conventions_dialog
    qtbot.waitExposed(dialog)
    dialog.error_combo.setCurrentIndex(dialog.error_combo.findData("sum"))
    dialog.bias_combo.setCurrentIndex(dialog.bias_combo.findData("per_layer"))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    conv = session.network.conventions
    assert conv.error == "sum" and conv.bias == "per_layer"
    line = window.formula.part_text("conventions")
    assert "E = Σ (target − out)²" in line and "one bias weight per layer" in line
    session.seek(session.iteration.by_name["Ey1"].index + 1)
    assert window.formula.part_text("formula") == "Ey1 = (targety1 − outy1)²"  # no ½
    session.seek(session.iteration.by_name["neth2"].index + 1)
    assert window.formula.part_text("formula").endswith("(1 × bw1)")  # shared by h1 and h2
    # and back to the paper's with one button
    window.conventions_action.trigger()
    dialog = window.conventions_dialog
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults), Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert session.network.conventions.is_paper


def test_the_learning_rate_is_set_where_one_steps_and_used_by_the_updates(qtbot, window, session):
    spin = window.stepper.lr_spin
    assert spin.value() == 0.5
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "0.1")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert session.network.learning_rate == pytest.approx(0.1)
    w5 = session.iteration.by_name["w5_new"]
    assert w5.numbers.text.startswith("w5_new = 0.05 - 0.1 × ")
    assert "η = 0.1" in window.formula.part_text("conventions")
    # the training panel shows the same η: there is one learning rate
    assert window.training_panel.lr_spin.value() == pytest.approx(0.1)


def test_each_factor_steps_through_the_chain_rule_one_factor_at_a_time(qtbot, window, session):
    combo = window.stepper.level_combo
    combo.setCurrentIndex(combo.findData("factor"))
    session.seek(session.iteration.by_name["Etotal"].index + 1)
    names = []
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_Right)
        names.append(session.current.name)
    assert names == [
        "dEtotal/douty1", "douty1/dnety1", "dEtotal/dnety1", "dnety1/dw5", "dEtotal/dw5",
    ]  # fmt: skip
    assert window.formula.part_text("numbers") == "∂Etotal/∂w5 = 0.5934 × 0.2413 × 0.7020 = 0.1005"
    assert "∂outy1/∂nety1" in window.formula.row_texts()  # factor rows are shown
    combo.setCurrentIndex(combo.findData("quantity"))
    assert "∂outy1/∂nety1" not in window.formula.row_texts()
    qtbot.keyClick(window, Qt.Key.Key_Left)  # back over dEtotal/dw5 and its factors
    assert session.current.name == "Etotal"


def test_hold_the_answer_shows_the_formula_first_and_the_value_on_the_next_press(
    qtbot, window, session
):
    window.stepper.hold_action.setChecked(True)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert session.position == 0  # nothing revealed yet
    assert window.formula.part_text("formula").startswith("neth1 = (x1 × w1)")
    assert "0.857" not in window.formula.body.toPlainText()
    assert "= ?" in window.formula.value_label.text() or "?" in window.formula.value_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert session.position == 1 and "0.857" in window.formula.part_text("numbers")
    qtbot.keyClick(window, Qt.Key.Key_Right)  # the next one is held again
    assert session.position == 1 and "outh1" in window.formula.part_text("formula")


def test_the_formula_is_plain_text_for_screen_readers_on_every_step(qtbot, window, session):
    assert window.formula.accessibleName() == "Formula of the current sub-step"
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
        step = session.current
        # where it is (the headline), then the formula in symbols and with numbers
        assert window.formula.accessibleDescription().endswith(
            f". {step.formula.text}. {step.numbers.text}"
        )
