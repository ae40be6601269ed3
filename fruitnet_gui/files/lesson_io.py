"""Lesson files (``.fnlesson``): what a teacher prepares and hands to a class.

A lesson is versioned, strict JSON (docs/FORMATS.md, "Lesson"): the network with its
conventions (a model file's content), the sample and its target, the rounding, the
grouping level, where the cursor starts, which panels are shown, which controls are
locked, the teacher's title, a note per sub-step (shown when that sub-step is reached),
and the sub-steps on which the student must type the value. Loading checks everything
against the lesson's own iteration (a note for a sub-step that does not exist is an
error, not silently dropped); saving is atomic.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.atomic import atomic_write_text
from fruitnet_gui.files.messages import clip, file_error
from fruitnet_gui.files.model_io import model_from_dict, model_to_dict
from fruitnet_gui.model.errors import FileFormatError, FruitNetError
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.teaching.iteration import Iteration, Level
from fruitnet_gui.model.text import number, translate

__all__ = [
    "CONTROLS",
    "FORMAT",
    "PANELS",
    "Lesson",
    "lesson_from_dict",
    "lesson_to_dict",
    "load_lesson",
    "save_lesson",
]

FORMAT = "fruitnet-lesson"
VERSION = 1
#: The window's panels a lesson may show (the others are hidden).
PANELS = ("input", "formula", "error", "curves", "training", "dataset", "hidden", "confusion")
#: What a lesson may lock: editing weights, changing the sample, switching or opening a
#: network, training, changing the conventions, leaving practice mode.
CONTROLS = ("weights", "sample", "network", "training", "conventions", "practice")
MAX_NOTE = 2000
MAX_TITLE = 200

_KEYS = (
    "format", "version", "title", "model", "sample", "pencil", "level", "position",
    "panels", "locked", "practice", "questions", "notes",
)  # fmt: skip


@dataclass
class Lesson:
    """A prepared iteration: the network, the sample and how the class goes through it."""

    network: Network
    x: np.ndarray
    target: np.ndarray
    title: str = ""
    pencil: int | None = None
    level: Level = Level.QUANTITY
    position: int = 0
    panels: tuple[str, ...] = ("input", "formula", "error")
    locked: tuple[str, ...] = ()
    practice: bool = False
    questions: tuple[str, ...] = ()  # sub-step names the student must type
    notes: dict[str, str] = field(default_factory=dict)  # sub-step name → the note
    #: The iteration the file was checked against when it was read (None once used):
    #: opening the lesson adopts it rather than building it again.
    checked: Iteration | None = field(default=None, repr=False, compare=False)

    def iteration(self) -> Iteration:
        return Iteration(self.network, self.x, self.target, pencil=self.pencil)


def lesson_to_dict(lesson: Lesson) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": lesson.title,
        "model": model_to_dict(lesson.network),
        "sample": {"input": lesson.x.tolist(), "target": lesson.target.tolist()},
        "pencil": lesson.pencil,
        "level": lesson.level.value,
        "position": lesson.position,
        "panels": list(lesson.panels),
        "locked": list(lesson.locked),
        "practice": lesson.practice,
        "questions": list(lesson.questions),
        "notes": dict(lesson.notes),
    }


def save_lesson(lesson: Lesson, path: str | os.PathLike[str]) -> None:
    """Write ``lesson`` atomically (checked first: what loads is what was saved)."""
    data = lesson_to_dict(lesson)
    lesson_from_dict(data, os.fspath(path))
    atomic_write_text(path, jsonio.dumps(data))


def load_lesson(path: str | os.PathLike[str]) -> Lesson:
    data = jsonio.read_json(path, max_bytes=jsonio.MAX_FILE_BYTES)
    return lesson_from_dict(data, os.fspath(path))


def _fail(src: str, detail: str) -> None:
    raise file_error(src, detail)


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return translate("Files", "the text {text}").format(text=clip(repr(value), 40))
    if isinstance(value, (int, float)):
        return number(clip(repr(value), 40))
    if isinstance(value, dict):
        return translate("Files", "an object")
    if isinstance(value, list):
        return translate("Files", "a list")
    return type(value).__name__


def lesson_from_dict(data: Any, source: str = "<lesson>") -> Lesson:
    """Check every part of a parsed lesson file and build the :class:`Lesson`."""
    src = source
    if not isinstance(data, dict):
        _fail(
            src,
            translate(
                "Files", "a lesson file holds one JSON object {{...}}, this one holds {data}"
            ).format(data=_describe(data)),
        )
    if data.get("format") != FORMAT:
        got = _describe(data["format"]) if "format" in data else translate("Files", "missing")
        _fail(
            src,
            translate("Files", 'not a FruitNet lesson: "format" is {got}, not "{format}"').format(
                got=got, format=FORMAT
            ),
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        _fail(
            src,
            translate(
                "Files", "the version must be a whole number such as 1, got {version}"
            ).format(version=_describe(version)),
        )
    if version > VERSION:
        _fail(
            src,
            translate(
                "Files",
                "was written by a newer FruitNet (lesson version {version}); this one reads 1",
            ).format(version=version),
        )
    if version != VERSION:
        _fail(
            src,
            translate(
                "Files", "lesson version {version} is unknown; this FruitNet reads version 1"
            ).format(version=version),
        )
    for key in data:
        if key not in _KEYS:
            _fail(
                src,
                translate("Files", "unknown key {key}; a lesson has only {keys}").format(
                    key=clip(repr(str(key)), 40), keys=", ".join(_KEYS)
                ),
            )
    for key in ("model", "sample"):
        if key not in data:
            _fail(src, translate("Files", 'the required key "{key}" is missing').format(key=key))
    title = data.get("title", "")
    if not isinstance(title, str) or len(title) > MAX_TITLE or not title.isprintable():
        _fail(
            src,
            translate(
                "Files", "the title must be one line of text of at most {max_title} characters"
            ).format(max_title=MAX_TITLE),
        )
    try:
        network = model_from_dict(
            data["model"], source=translate("Files", "{file} (model)").format(file=src)
        )
    except FileFormatError as exc:
        raise FileFormatError(clip(str(exc), 280)) from None
    x, target = _sample(src, data["sample"], network)
    pencil = data.get("pencil")
    if pencil is not None and (isinstance(pencil, bool) or not isinstance(pencil, int)
                               or not 0 <= pencil <= 12):  # fmt: skip
        _fail(
            src,
            translate(
                "Files", "pencil must be null (exact) or 0 to 12 decimals, got {pencil}"
            ).format(pencil=_describe(pencil)),
        )
    level = data.get("level", "quantity")
    if level not in {lv.value for lv in Level}:
        _fail(
            src,
            translate("Files", "level must be one of {join}, got {level}").format(
                join=", ".join(lv.value for lv in Level), level=_describe(level)
            ),
        )
    try:
        it = Iteration(network, x, target, pencil=pencil)
    except FruitNetError as exc:
        _fail(src, str(exc))
    position = data.get("position", 0)
    if isinstance(position, bool) or not isinstance(position, int) or not 0 <= position <= len(it):
        _fail(
            src,
            translate(
                "Files", "position must be a whole number from 0 to {it}, got {position}"
            ).format(it=len(it), position=_describe(position)),
        )
    panels = _names(src, data.get("panels", ["input", "formula", "error"]), "panels", PANELS)
    locked = _names(src, data.get("locked", []), "locked", CONTROLS)
    practice = data.get("practice", False)
    if not isinstance(practice, bool):
        _fail(
            src,
            translate("Files", "practice must be true or false, got {practice}").format(
                practice=_describe(practice)
            ),
        )
    names = set(it.by_name)
    questions = _names(src, data.get("questions", []), "questions", None)
    for q in questions:
        if q not in names:
            _fail(
                src,
                translate("Files", "questions: this lesson's iteration has no sub-step {q}").format(
                    q=clip(repr(q), 40)
                ),
            )
    notes = data.get("notes", {})
    if not isinstance(notes, dict):
        _fail(
            src,
            translate(
                "Files", "notes must be an object of sub-step name: text, got {notes}"
            ).format(notes=_describe(notes)),
        )
    for name, note in notes.items():
        if name not in names:
            _fail(
                src,
                translate("Files", "notes: this lesson's iteration has no sub-step {name}").format(
                    name=clip(repr(name), 40)
                ),
            )
        if not isinstance(note, str) or not note.strip() or len(note) > MAX_NOTE:
            _fail(
                src,
                translate(
                    "Files", "notes[{name}] must be a text of 1 to {max_note} characters"
                ).format(name=clip(repr(name), 40), max_note=MAX_NOTE),
            )
    return Lesson(
        network, x, target, title, pencil, Level(level), position, panels, locked, practice,
        questions, dict(notes), checked=it,
    )  # fmt: skip


def _sample(src: str, sample: Any, network: Network) -> tuple[np.ndarray, np.ndarray]:
    if not isinstance(sample, dict) or set(sample) != {"input", "target"}:
        _fail(src, translate("Files", 'sample must be an object with exactly "input" and "target"'))
    out = []
    for key, n in (("input", network.n_inputs), ("target", network.n_outputs)):
        value = sample[key]
        numbers = isinstance(value, list) and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in value
        )
        if not numbers or len(value) != n:
            _fail(
                src,
                translate(
                    "Files", "sample.{key} must be a list of {n} numbers for this network"
                ).format(key=key, n=n),
            )
        out.append(np.array(value, dtype=np.float64))
    try:
        network.check_input(out[0])
        network.check_target(out[1])
    except FruitNetError as exc:
        _fail(src, translate("Files", "sample: {problem}").format(problem=exc))
    return out[0], out[1]


def _names(src: str, value: Any, key: str, allowed: tuple[str, ...] | None) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        _fail(
            src,
            translate("Files", "{key} must be a list of names, got {value}").format(
                key=key, value=_describe(value)
            ),
        )
    if len(set(value)) != len(value):
        _fail(src, translate("Files", "{key} names something twice").format(key=key))
    if allowed is not None:
        for v in value:
            if v not in allowed:
                _fail(
                    src,
                    translate("Files", "{key}: {v} is not one of {join}").format(
                        key=key, v=clip(repr(v), 40), join=", ".join(allowed)
                    ),
                )
    return tuple(value)
