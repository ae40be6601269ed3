"""Lessons in the window: open (menu, command line, drop), locks, notes, questions,
save and restart; a bad lesson changes nothing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from fruitnet_gui.files.lesson_io import load_lesson
from fruitnet_gui.resources import LESSONS

INNER = str(LESSONS / "inner-weights.fnlesson")
PAPER = str(LESSONS / "paper-iteration.fnlesson")


@pytest.fixture
def window(qtbot, session, tmp_path):
    from tests.ui.test_main_window import open_window

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return open_window(qtbot, session, settings)


def test_opening_a_lesson_sets_everything_it_says(qtbot, window, session):
    assert window.lessons.open(INNER)
    lesson = load_lesson(INNER)
    assert session.pencil == 4 and session.level.value == "factor"
    assert session.position == lesson.position
    assert window.stepper.practice_action.isChecked()  # it has questions
    assert window.formula.practice.asked.name == "dEy1/douth1"
    assert not window.error_dock.isVisible() and window.formula_dock.isVisible()
    # its notes appear when their sub-step is reached
    session.seek(lesson.position + 1)
    assert "The first term" in window.formula.part_text("teacher")


def test_what_a_lesson_locks_is_locked(qtbot, window, session):
    window.lessons.open(INNER)  # locks network, sample, weights, training, conventions
    messages = []
    session.error_occurred.connect(messages.append)
    before = session.network.flat_params().copy()
    assert not session.state.set_weight("w5", 0.9)
    session.load_preset("fruit")
    assert session.network.layers == (2, 2, 2)  # still the lesson's network
    assert not window.training_panel.train()
    assert not session.set_learning_rate(0.1)
    assert np.array_equal(session.network.flat_params(), before)
    assert len(messages) >= 3 and all("lesson" in m for m in messages)


def test_a_lesson_opens_from_the_command_line_and_by_drop(qtbot, session, tmp_path):
    from fruitnet_gui.ui.app import build_parser, create_window

    window = create_window(
        build_parser().parse_args([PAPER, "--settings", str(tmp_path / "a.ini")])
    )
    qtbot.addWidget(window)
    assert window.session.pencil == 4 and window.lessons.path == PAPER
    window.session.trainer.shutdown()
    from tests.ui.test_main_window import open_window

    other = open_window(qtbot, session, QSettings(str(tmp_path / "b.ini"),
                                                  QSettings.Format.IniFormat))  # fmt: skip
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(INNER)])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    other.dropEvent(drop)
    assert other.lessons.path == INNER and session.level.value == "factor"


def test_saving_the_window_as_a_lesson_round_trips_and_restart_goes_back(
    qtbot, window, session, tmp_path
):
    from fruitnet_gui.ui.classroom.lesson import SaveLessonDialog

    session.set_pencil(3)
    session.seek(7)
    window.lessons.notes["nety1"] = "Watch the bias."
    dialog = SaveLessonDialog(window.lessons, window)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("My lesson")
    dialog.lock_checks["weights"].setChecked(True)
    path = str(tmp_path / "mine.fnlesson")
    assert window.lessons.write(path, dialog.lesson())
    saved = load_lesson(path)
    assert saved.title == "My lesson" and saved.pencil == 3 and saved.position == 7
    assert saved.locked == ("weights",) and saved.notes == {"nety1": "Watch the bias."}
    assert window.lessons.open(path)
    session.finish()
    assert window.lessons.restart() and session.position == 7


def test_a_bad_lesson_leaves_the_window_as_it_was(qtbot, window, session, tmp_path):
    bad = tmp_path / "bad.fnlesson"
    bad.write_text('{"format": "fruitnet-lesson", "version": 1}', encoding="utf-8")
    session.seek(3)
    messages = []
    session.error_occurred.connect(messages.append)
    assert not window.lessons.open(str(bad))
    assert session.position == 3 and session.network.layers == (2, 2, 2)
    assert messages and "model" in messages[0] and "\n" not in messages[0]


def test_a_lessons_score_counts_its_questions_only(qtbot, window, session):
    window.lessons.open(INNER)  # four questions
    panel = window.formula.practice
    assert panel.round.total == 4
    panel.entry.setText("0.0072")
    panel.check_answer()
    assert "of 4" in panel.score_label.text()
    rows = panel.round.rows()
    assert [r["name"] for r in rows] == ["dEy1/douth1", "dEy2/douth1", "dEtotal/douth1",
                                         "dEtotal/dw1"]  # fmt: skip


def test_a_locked_network_is_refused_before_the_designer_opens(qtbot, window, session):
    window.lessons.open(INNER)
    messages = []
    session.error_occurred.connect(messages.append)
    window.new_network_action.trigger()
    assert getattr(window, "designer_dialog", None) is None
    assert messages and "locks the network" in messages[0]


def test_a_fruit_lesson_opens_with_one_iteration_built(
    qtbot, window, session, tmp_path, monkeypatch
):
    # Network, sample and pencil mode one after the other built the 36-36-2 iteration
    # three times (0.25-0.6 s each in pencil mode), and reading the file a fourth.
    from fruitnet_gui.model.teaching import iteration

    session.load_preset("fruit")
    session.set_input(np.linspace(0.1, 0.9, 36))  # not the default sample
    session.set_pencil(4)
    session.seek(120)
    path = str(tmp_path / "fruit.fnlesson")
    assert window.lessons.write(path, window.lessons.current_lesson("fruit", (), False))
    session.load_preset("paper")
    session.set_pencil(None)
    built = []
    real = iteration.Iteration.__init__

    def counted(self, *args, **kwargs):
        built.append(kwargs.get("pencil"))
        real(self, *args, **kwargs)

    monkeypatch.setattr(iteration.Iteration, "__init__", counted)
    assert window.lessons.open(path)
    assert built == [4]  # read and checked once, in the lesson's pencil mode, and adopted
    assert session.network.layers == (36, 36, 2) and session.pencil == 4
    assert np.allclose(session.x, np.linspace(0.1, 0.9, 36)) and session.position == 120
    assert session.iteration.pencil == 4 and len(session.iteration) > 2000
    window.canvas.grab()  # and it is drawn
    assert window.lessons.restart() and built == [4, 4]  # a restart builds it afresh
    assert session.position == 120
