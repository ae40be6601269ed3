"""Your turn, with real keys: type the values, be told what went wrong, get hints."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QSettings, Qt

from fruitnet_gui.model.teaching.practice import FIRST_TRY, REVEALED
from fruitnet_gui.ui.main_window import MainWindow
from tests.ui.screens import run_on_screens, screen


@pytest.fixture
def window(qtbot, session, tmp_path) -> MainWindow:
    from tests.ui.test_main_window import open_window

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return open_window(qtbot, session, settings)


def answer(qtbot, panel, text: str) -> None:
    panel.entry.clear()
    qtbot.keyClicks(panel.entry, text)
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)


def test_typing_every_right_value_walks_the_paper_with_a_full_score(qtbot, window, session):
    qtbot.keyClick(window, Qt.Key.Key_Y)  # Your turn, from the keyboard
    panel = window.formula.practice
    assert panel.active and panel.isVisible() and window.stepper.practice_action.isChecked()
    assert "at least 3 significant digits" in panel.rule_label.text()
    qtbot.waitUntil(lambda: panel.entry.hasFocus(), timeout=60_000)
    for step in session.iteration.quantities():
        assert panel.asked is step
        assert session.position <= step.index  # not shown before it is typed
        qtbot.keyClicks(panel.entry, step.numbers.text.rsplit(" = ", 1)[1])
        qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
        assert session.position == step.index + 1, (step.name, panel.feedback.text())
    assert session.cursor.at_end
    assert panel.round.score[FIRST_TRY] == 35
    assert "35 of 35 right at the first try" in panel.feedback.text()
    qtbot.keyClick(window, Qt.Key.Key_N)  # the next iteration: the score is kept
    assert session.iteration_number == 2 and panel.history[0].score[FIRST_TRY] == 35
    assert "iteration 1: 35/35" in panel.score_label.text()


def test_a_wrong_answer_is_refused_and_diagnosed(qtbot, window, session):
    window.stepper.practice_action.trigger()
    panel = window.formula.practice
    session.seek(session.iteration.by_name["dEtotal/dw5"].index - 4)  # its factors come first
    assert panel.asked.name == "dEtotal/dw5"
    answer(qtbot, panel, "-0.1005")
    assert panel.asked.name == "dEtotal/dw5"  # still asked
    assert "sign is flipped" in panel.feedback.text()
    assert panel.entry.text() == "-0.1005"  # the entry is kept to correct
    answer(qtbot, panel, "0.1005")
    assert panel.asked.name == "dEtotal/dw6"
    assert panel.round.answers[session.iteration.by_name["dEtotal/dw5"].index].outcome != FIRST_TRY


def test_hints_then_reveal(qtbot, window, session):
    window.stepper.practice_action.trigger()
    panel = window.formula.practice
    qtbot.mouseClick(panel.hint_button, Qt.MouseButton.LeftButton)
    assert "net" in panel.hint_label.text() and "x" in panel.hint_label.text()
    assert "0.15" not in panel.hint_label.text()  # the first hint: symbols only
    qtbot.mouseClick(panel.hint_button, Qt.MouseButton.LeftButton)
    assert "0.15 × 0.1" in panel.hint_label.text() and "= ?" in panel.hint_label.text()
    assert "0.8570" not in panel.hint_label.text()  # no answer in a hint
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert session.position == 1 and "0.8570" in panel.feedback.text()
    assert panel.round.score[REVEALED] == 1
    # Step moves on too: what it passes unanswered counts as revealed
    window.stepper.step_action.trigger()
    assert panel.round.score[REVEALED] == 2 and panel.asked.name == "neth2"


def test_practice_at_the_factor_level_asks_each_factor(qtbot, window, session):
    combo = window.stepper.level_combo
    combo.setCurrentIndex(combo.findData("factor"))
    window.stepper.practice_action.trigger()
    panel = window.formula.practice
    session.seek(session.iteration.by_name["Etotal"].index + 1)
    assert panel.asked.name == "dEtotal/douty1"
    answer(qtbot, panel, "0.5934")
    assert panel.asked.name == "douty1/dnety1"
    answer(qtbot, panel, "0.2413")
    assert panel.asked.name == "dEtotal/dnety1"


def test_pencil_mode_4_accepts_the_papers_own_digits(qtbot, window, session):
    window.stepper.pencil_check.setChecked(True)
    assert session.pencil == 4
    window.stepper.practice_action.trigger()
    panel = window.formula.practice
    assert "4 decimals" in panel.rule_label.text()
    session.seek(session.iteration.by_name["nety1"].index)
    answer(qtbot, panel, "0.3778")  # exact arithmetic's digits: not pencil mode's
    assert panel.asked.name == "nety1"
    answer(qtbot, panel, "0.3779")  # as the paper prints it
    assert panel.asked.name == "outy1"


def test_the_report_is_saved_as_csv_and_pdf(qtbot, window, session, tmp_path):
    window.stepper.practice_action.trigger()
    panel = window.formula.practice
    answer(qtbot, panel, "0.857")
    answer(qtbot, panel, "0.5")  # wrong
    panel.save_report(str(tmp_path / "r.csv"))
    text = (tmp_path / "r.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert rows[0]["name"] == "neth1" and rows[0]["outcome"] == FIRST_TRY
    assert rows[1]["tries"] == "0.5" and rows[1]["outcome"] == "not reached"
    panel.save_report(str(tmp_path / "r.pdf"))
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_the_report_reads_in_french_and_its_csv_stays_data(qtbot, window, session, tmp_path):
    import re

    from pypdf import PdfReader

    from fruitnet_gui.i18n import use_language
    from fruitnet_gui.model.teaching.practice_report import default_file_name

    use_language("fr")
    try:
        window.stepper.practice_action.trigger()
        panel = window.formula.practice
        answer(qtbot, panel, "0,857")
        answer(qtbot, panel, "0,5")  # wrong
        panel.save_report(str(tmp_path / "r.pdf"))
        panel.save_report(str(tmp_path / "r.csv"))
        assert default_file_name() == "bilan-exercices.csv"
    finally:
        use_language("en")
    pages = PdfReader(str(tmp_path / "r.pdf")).pages
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))
    assert "Bilan des exercices FruitNet" in text and "entraînement" not in text
    assert "Tentatives" in text and "Essais" not in text
    assert "0,8570" in text and "0.8570" not in text  # a person reads it: the comma
    assert "du premier coup" in text and "pas atteinte" in text
    assert "first try" not in text and "not reached" not in text
    rows = list(csv.DictReader((tmp_path / "r.csv").read_text(encoding="utf-8").splitlines()))
    assert rows[0]["value"] == "0.8570" and rows[0]["outcome"] == FIRST_TRY  # data: the point
    assert rows[1]["tries"] == "0,5" and rows[1]["outcome"] == "not reached"


def test_file_check_a_hand_calculation_shows_each_answer(qtbot, window, session, tmp_path):
    path = tmp_path / "answers.csv"
    path.write_text("name,value\nneth1,0.857\ndEtotal/dw5,-0.1005\n", encoding="utf-8")
    window.check_calculation(str(path))
    dialog = window.check_dialog
    qtbot.waitExposed(dialog)
    assert "1 of 2 right" in dialog.summary.text() and "∂Etotal/∂w5" in dialog.summary.text()
    assert dialog.table.item(1, 3).text().endswith("the sign is not.")
    assert dialog.table.item(1, 2).text() == "0.1005"
    dialog.close()
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,c\n", encoding="utf-8")
    messages = []
    session.error_occurred.connect(messages.append)
    window.check_calculation(str(bad))
    assert messages and "has 3 fields" in messages[0]


_YOUR_TURN_SCRIPT = r"""
import json, os, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session
settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)
window = MainWindow(Session(), settings)
window.show()
for _ in range(30):
    app.processEvents()
import time
deadline = time.monotonic() + 60  # the frame is fitted once the window has one
while not window.screen().availableGeometry().contains(window.frameGeometry()):
    app.processEvents()
    time.sleep(0.01)
    assert time.monotonic() < deadline
before = window.width()
window.stepper.practice_action.setChecked(True)
for _ in range(30):
    app.processEvents()
panel = window.formula.practice
cut = [type(p).__name__ for p in (panel.question, panel.entry, panel.check_button,
       panel.hint_button, panel.reveal_button, panel.export_button)
       if p.mapTo(panel, p.rect().topLeft()).x() + p.width() > panel.width()]
print(json.dumps({"before": before, "after": window.width(), "cut": cut,
                  "screen": window.screen().availableGeometry().width(),
                  "frame": window.frameGeometry().width() - window.width()}))
window.close()
"""


def test_your_turn_does_not_widen_the_window_past_its_screen(tmp_path):
    """On a 1024×768 projector, Check, Hint and Reveal go under the question: in one
    row beside it they made the window 1071 wide, its right edge cut off."""
    report = run_on_screens(_YOUR_TURN_SCRIPT, [screen(1024, 768)])
    # the screen's width less the window's frame (ui/window_size.py): 2 pixels offscreen
    width = report["screen"] - report["frame"]
    assert report["screen"] == 1024 and report["frame"] < 10, report
    assert report["before"] == report["after"] == width, report
    assert report["cut"] == [], report
