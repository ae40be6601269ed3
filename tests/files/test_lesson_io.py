"""Lesson files: round trip, the shipped lessons, and malformed files refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from fruitnet_gui.commands import run
from fruitnet_gui.files.lesson_io import Lesson, lesson_to_dict, load_lesson, save_lesson
from fruitnet_gui.model.errors import FileFormatError
from fruitnet_gui.model.net.conventions import Conventions
from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, paper_network, random_network
from fruitnet_gui.model.teaching.iteration import Level
from fruitnet_gui.resources import LESSONS, lesson_folder


def a_lesson() -> Lesson:
    net = random_network((2, 3, 2), 4).with_conventions(Conventions(error="sum"))
    return Lesson(
        net, np.array([0.2, 0.7]), np.array([0.01, 0.99]), title="Soft targets",
        pencil=3, level=Level.FACTOR, position=5, panels=("formula",),
        locked=("weights", "training"), practice=True, questions=("neth1", "dEtotal/dw7"),
        notes={"neth1": "Look at the bias.", "w7_new": "The last one."},
    )  # fmt: skip


def test_a_lesson_round_trips(tmp_path: Path) -> None:
    lesson = a_lesson()
    path = tmp_path / "l.fnlesson"
    save_lesson(lesson, path)
    back = load_lesson(path)
    assert lesson_to_dict(back) == lesson_to_dict(lesson)
    assert back.network.conventions.error == "sum" and back.level is Level.FACTOR
    assert np.array_equal(back.target, [0.01, 0.99])


def test_the_shipped_lessons_load_and_their_notes_name_real_sub_steps() -> None:
    paths = sorted(LESSONS.glob("*.fnlesson"))
    assert {p.stem for p in paths} == {"paper-iteration", "inner-weights"}
    for path in paths:
        lesson = load_lesson(path)
        names = set(lesson.iteration().by_name)
        assert lesson.notes and set(lesson.notes) <= names and set(lesson.questions) <= names
    inner = load_lesson(LESSONS / "inner-weights.fnlesson")
    assert inner.iteration().steps[inner.position].name == "dEy1/douth1"
    # the same lessons in French and German, each checked against its iteration when read
    for code in ("fr", "de"):
        translated = sorted(lesson_folder(code).glob("*.fnlesson"))
        assert [p.name for p in translated] == [p.name for p in paths]
        for path in translated:
            lesson = load_lesson(path)
            assert set(lesson.notes) <= set(lesson.iteration().by_name)


def test_trace_finds_a_shipped_lesson_by_name_in_the_language_asked_for(capsys) -> None:
    assert run(["trace", "--lesson", "inner-weights", "--language", "fr"]) == 0
    out = capsys.readouterr().out
    assert "leçon Pourquoi les poids intérieurs recueillent l'erreur des deux sorties" in out
    assert "Le premier terme : comment Ey1 varie avec outh1" in out
    assert "0,1432, multiplié par w5 = 0,05" in out
    assert run(["trace", "--lesson", "paper-iteration.fnlesson", "--language", "de"]) == 0
    out = capsys.readouterr().out
    assert "Hinter den Kulissen: eine Trainingsiteration, von Hand gerechnet" in out
    assert run(["trace", "--lesson", "paper-iteration", "--language", "en"]) == 0
    assert "Behind the scenes: one training iteration, by hand" in capsys.readouterr().out
    # a name FruitNet does not ship is a file that does not exist: one line, status 2
    assert run(["trace", "--lesson", "no-such-lesson"]) == 2
    assert "no-such-lesson" in capsys.readouterr().err


def _edited(edit) -> str:
    data = lesson_to_dict(a_lesson())
    edit(data)
    return json.dumps(data)


def _set(key, value):
    return lambda d: d.__setitem__(key, value)


def _del(key):
    return lambda d: d.pop(key)


BAD = [
    ("[1, 2]", "holds one JSON object"),
    (_edited(_set("format", "fruitnet-model")), "not a FruitNet lesson"),
    (_edited(_del("format")), "not a FruitNet lesson"),
    (_edited(_set("version", 2)), "newer FruitNet"),
    (_edited(_set("version", "1")), "version must be a whole number"),
    (_edited(_set("colour", "red")), "unknown key 'colour'"),
    (_edited(_del("model")), 'required key "model" is missing'),
    (_edited(lambda d: d["model"].__setitem__("layers", [2, 3])), "(model)"),
    (_edited(_set("sample", {"input": [0.2]})), 'exactly "input" and "target"'),
    (_edited(_set("sample", {"input": [0.2], "target": [0, 1]})), "list of 2 numbers"),
    (_edited(_set("sample", {"input": [0.2, True], "target": [0, 1]})), "list of 2 numbers"),
    (_edited(_set("sample", {"input": [0.2, 0.3], "target": [2, 1]})), "between 0 and 1"),
    (_edited(_set("pencil", 13)), "pencil must be null"),
    (_edited(_set("level", "word")), "level must be one of"),
    (_edited(_set("position", 10_000)), "position must be a whole number from 0 to"),
    (_edited(_set("panels", ["canvas"])), "panels: 'canvas' is not one of"),
    (_edited(_set("locked", ["weights", "weights"])), "locked names something twice"),
    (_edited(_set("practice", "yes")), "practice must be true or false"),
    (_edited(_set("questions", ["nety9"])), "no sub-step 'nety9'"),
    (_edited(_set("notes", {"w99_new": "x"})), "no sub-step 'w99_new'"),
    (_edited(_set("notes", {"neth1": ""})), "must be a text of 1 to 2000"),
    (_edited(_set("notes", {"neth1": "x" * 3000})), "must be a text of 1 to 2000"),
    (_edited(_set("title", "two\nlines")), "title must be one line"),
    ('{"format": "fruitnet-lesson", "version": 1, "version": 1}', "appears twice"),
    ("{not json", "JSON"),
]


@pytest.mark.parametrize(("text", "phrase"), BAD, ids=[str(k) for k in range(len(BAD))])
def test_a_malformed_lesson_is_refused_in_one_line(tmp_path: Path, text: str, phrase: str) -> None:
    path = tmp_path / "bad.fnlesson"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError) as info:
        load_lesson(path)
    message = str(info.value)
    assert phrase in message, message
    assert "\n" not in message and len(message) < 300


def test_trace_prints_a_lessons_iteration_with_its_notes(capsys) -> None:
    assert run(["trace", "--lesson", str(LESSONS / "inner-weights.fnlesson")]) == 0
    out = capsys.readouterr().out
    assert "lesson Why the inner weights collect error from both outputs" in out
    assert "> Teacher's note: The first term" in out
    assert "∂Ey1/∂outh1 = 0.1432 × 0.05 = 0.0072" in out  # factor level, pencil 4
    path = str(LESSONS / "paper-iteration.fnlesson")
    assert run(["trace", "--lesson", path, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pencil"] == 4
    assert any("teacher_note" in s for s in data["steps"])


def test_the_paper_lesson_is_the_papers_iteration() -> None:
    lesson = load_lesson(LESSONS / "paper-iteration.fnlesson")
    assert np.array_equal(lesson.x, PAPER_INPUT) and np.array_equal(lesson.target, PAPER_TARGET)
    assert lesson.network.flat_params().tolist() == paper_network().flat_params().tolist()
