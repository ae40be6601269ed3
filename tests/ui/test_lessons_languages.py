"""The shipped lessons in every language: each opens in the window with its own title
and notes, the French and German notes hold no English sentence and write decimal
commas, and File → Open lesson… starts in the lessons of the user's language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings

from fruitnet_gui.files.lesson_io import load_lesson
from fruitnet_gui.i18n import LANGUAGES, use_language
from fruitnet_gui.resources import LESSONS, lesson_folder, shipped_lessons
from tests.ui.test_languages import ALLOWED, _catalog, _words

NAMES = sorted(p.name for p in LESSONS.glob("*.fnlesson"))
# English words that stay in a lesson's notes: the symbols' letters and calculator keys
SYMBOLS = {"exp", "outh", "outy", "neth", "nety"}


def _only_english(language: str) -> set[str]:
    """Words of the English sources that no translation into ``language`` uses."""
    pairs = _catalog(language)
    english = set().union(*(_words(s) for s, _t in pairs))
    translated = set().union(*(_words(t) for _s, t in pairs))
    return english - translated - ALLOWED - SYMBOLS


@pytest.fixture
def window(qtbot, session, tmp_path):
    from tests.ui.test_main_window import open_window

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return open_window(qtbot, session, settings)


def test_every_lesson_ships_in_every_language_with_the_same_steps() -> None:
    assert NAMES == ["inner-weights.fnlesson", "paper-iteration.fnlesson"]
    for code in LANGUAGES:
        assert [p.name for p in shipped_lessons(code)] == NAMES
        assert all(p.parent == lesson_folder(code) for p in shipped_lessons(code)), code
    for name in NAMES:
        english = load_lesson(LESSONS / name)
        for code in ("fr", "de"):
            other = load_lesson(lesson_folder(code) / name)  # checked against its iteration
            assert other.title and other.title != english.title
            assert set(other.notes) == set(english.notes)
            assert other.questions == english.questions and other.position == english.position
            assert other.locked == english.locked and other.panels == english.panels
            for step, note in other.notes.items():
                assert note != english.notes[step]
                assert not re.search(r"\d\.\d", note), (code, step, note)  # 0,8570 not 0.8570
                # the same numbers as the English note, with the decimal comma
                numbers = re.findall(r"\d+(?:[.,]\d+)?", english.notes[step])
                assert re.findall(r"\d+(?:,\d+)?", note) == [n.replace(".", ",") for n in numbers]


@pytest.mark.parametrize("code", ["fr", "de"])
def test_the_translated_notes_hold_no_english(code) -> None:
    english = _only_english(code)
    for path in shipped_lessons(code):
        lesson = load_lesson(path)
        for where, words in [("title", lesson.title), *lesson.notes.items()]:
            assert not _words(words) & english, (path.name, where, sorted(_words(words) & english))


def test_the_check_finds_an_english_note() -> None:
    english = load_lesson(LESSONS / "paper-iteration.fnlesson")
    assert _words(english.notes["outh1"]) & _only_english("fr")  # "Your turn", "calculator"


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_shipped_lesson_opens_in_the_window_with_its_words(qtbot, window, session, code):
    use_language(code)
    for path in shipped_lessons(code):
        lesson = load_lesson(path)
        assert window.lessons.open(str(path))
        assert window.windowTitle() == f"FruitNet: {lesson.title}"
        assert lesson.title in window.statusBar().currentMessage()
        for step, note in lesson.notes.items():
            session.seek(session.iteration.by_name[step].index + 1)  # that sub-step shown
            assert window.formula.part_text("teacher").endswith(note), (path, step)


@pytest.mark.parametrize("code", LANGUAGES)
def test_open_lesson_starts_in_the_lessons_of_the_users_language(window, code, tmp_path):
    use_language(code)
    assert window.lessons.start_folder() == str(lesson_folder(code))
    # the last lesson opened was a shipped one in another language: still the user's own
    other = "de" if code != "de" else "fr"
    window.recent.add(str(lesson_folder(other) / NAMES[0]))
    assert window.lessons.start_folder() == str(lesson_folder(code))
    # a teacher's own folder is kept
    own = tmp_path / "mine.fnlesson"
    own.write_bytes((LESSONS / NAMES[0]).read_bytes())
    window.recent.add(str(own))
    assert window.lessons.start_folder() == str(tmp_path)
