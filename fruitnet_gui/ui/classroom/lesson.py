"""Lessons in the window: open one (File → Open lesson…, which starts in the shipped
lessons of the user's language, ``fruitnet-gui FILE.fnlesson``, or a file dropped on
the window), restart it, write a note for a sub-step, save the
window as a lesson (File → Save as lesson…).

Opening a lesson puts its network, sample, rounding and level in the window, moves the
cursor to where the lesson starts, shows only its panels, locks what it locks (the
state refuses those edits with a sentence), turns practice on if it asks for it with
its questions, and shows the teacher's note of each sub-step in the formula view when
that sub-step is reached. A file that cannot be read changes nothing.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.files.lesson_io import CONTROLS, Lesson, load_lesson, save_lesson
from fruitnet_gui.i18n import current_language
from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.state import Sample
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate
from fruitnet_gui.resources import LESSONS, is_shipped_lesson_folder, lesson_folder

if TYPE_CHECKING:
    from fruitnet_gui.ui.main_window import MainWindow

__all__ = ["LessonController", "SaveLessonDialog"]

LESSON_FILTER = QT_TRANSLATE_NOOP("Lesson", "FruitNet lessons (*.fnlesson);;All files (*)")
_DOCKS = {
    "input": "input_dock", "formula": "formula_dock", "error": "error_dock",
    "curves": "curves_dock", "training": "training_dock", "dataset": "dataset_dock",
    "hidden": "hidden_dock", "confusion": "confusion_dock",
}  # fmt: skip
_LOCK_TEXT = {
    "weights": QT_TRANSLATE_NOOP("Lesson", "lock editing the weights"),
    "sample": QT_TRANSLATE_NOOP("Lesson", "lock changing the sample"),
    "network": QT_TRANSLATE_NOOP("Lesson", "lock switching or opening a network"),
    "training": QT_TRANSLATE_NOOP("Lesson", "lock training"),
    "conventions": QT_TRANSLATE_NOOP("Lesson", "lock changing η or the conventions"),
    "practice": QT_TRANSLATE_NOOP("Lesson", "lock leaving Your turn"),
}


class LessonController:
    """What the window does with lessons; one per window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.lesson: Lesson | None = None
        self.path = ""
        self.notes: dict[str, str] = {}  # the teacher's notes, also while writing a lesson
        # the window's docks as the user had them before the first lesson showed only
        # its own panels: what the settings keep (a lesson's choice is not the user's)
        self.layout_before: QByteArray | None = None

    @property
    def session(self):
        return self.window.session

    # -- opening --------------------------------------------------------------------------
    def open(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("Lesson", "Open lesson"),
                self.start_folder(),
                translate("Lesson", LESSON_FILTER),
            )
            if not path:
                return False
        try:
            lesson = load_lesson(path)
        except FruitNetError as exc:
            self.session.error_occurred.emit(str(exc))
            return False
        if not self.apply(lesson):
            return False  # the user kept their unsaved work
        self.lesson, self.path = lesson, path
        self.window.recent.add(path)
        self.window.statusBar().showMessage(
            translate("Lesson", "Lesson: {title}").format(title=lesson.title or path), 8000
        )
        return True

    def start_folder(self) -> str:
        """Where File → Open lesson… starts: the folder of the last file opened, unless
        that is none or the shipped lessons of some language: then the shipped lessons
        of the user's language (a French teacher sees the French ones first)."""
        folder = self.window.recent.folder()
        if folder and os.path.isdir(folder) and not is_shipped_lesson_folder(folder):
            return folder
        own = lesson_folder(current_language())
        return str(own if own.is_dir() else LESSONS)

    def restart(self) -> bool:
        """Back to the start of the open lesson (its network, sample and position)."""
        if self.lesson is None:
            self.session.error_occurred.emit(
                translate("Lesson", "No lesson is open (File → Open lesson…).")
            )
            return False
        return self.apply(self.lesson, "restarting the lesson")

    def apply(
        self, lesson: Lesson, doing: str = QT_TRANSLATE_NOOP("Unsaved", "opening the lesson")
    ) -> bool:
        """Put ``lesson`` in the window (False if the user kept their unsaved work)."""
        s, w = self.session, self.window
        state = s.state
        if not s.may_replace(doing):
            return False
        state.lesson_locks = frozenset()  # the lesson's own changes are never refused
        s.trainer.stop()
        w.stepper.practice_action.setChecked(False)
        label = lesson.network.classes[int(lesson.target.argmax())]
        # network, sample and pencil mode in one restart: one iteration built, not three
        start = (Sample(lesson.x, label), lesson.target, lesson.pencil, lesson.checked)
        lesson.checked = None  # used once: Restart lesson builds a fresh one
        s.set_network(lesson.network, lesson.title or "lesson", start=start)
        s.set_level(lesson.level)
        s.seek(lesson.position)
        if self.layout_before is None:
            from fruitnet_gui.ui.main_window import STATE_VERSION

            self.layout_before = w.saveState(STATE_VERSION)
        for panel, name in _DOCKS.items():
            getattr(w, name).setVisible(panel in lesson.panels)
        self.notes = dict(lesson.notes)
        w.formula.set_notes(self.notes)
        w.formula.practice.set_questions(lesson.questions or None)
        if lesson.practice or lesson.questions:
            w.stepper.practice_action.setChecked(True)
        state.lesson_locks = frozenset(lesson.locked)
        state.lesson = lesson
        w.setWindowTitle(f"FruitNet: {lesson.title}" if lesson.title else w.windowTitle())
        return True

    def layout_to_keep(self, version: int) -> QByteArray:
        """The window's dock layout for the settings: with a lesson open, as the user
        had it before (the lesson's panels are its own choice, not the user's)."""
        if self.layout_before is not None:
            return self.layout_before
        return self.window.saveState(version)

    # -- writing ---------------------------------------------------------------------------
    def edit_note(self) -> None:
        """Write (or clear) the teacher's note of the sub-step shown now."""
        step = self.session.current
        if step is None:
            self.session.error_occurred.emit(
                translate("Lesson", "Step to a sub-step first: a note belongs to one.")
            )
            return
        text, ok = QInputDialog.getMultiLineText(
            self.window, translate("Lesson", "Note for this sub-step"),
            translate("Lesson", "A note shown at {name}:").format(name=step.name),
            self.notes.get(step.name, ""),
        )  # fmt: skip
        if not ok:
            return
        if text.strip():
            self.notes[step.name] = text.strip()[:2000]
        else:
            self.notes.pop(step.name, None)
        self.window.formula.set_notes(self.notes)

    def current_lesson(self, title: str, locked: tuple[str, ...], practice: bool) -> Lesson:
        """The window as it is now, as a lesson."""
        s, w = self.session, self.window
        panels = tuple(p for p, name in _DOCKS.items() if getattr(w, name).isVisible())
        questions = self.lesson.questions if self.lesson is not None else ()
        return Lesson(
            s.network, s.x.copy(), s.target.copy(), title=title, pencil=s.pencil,
            level=s.level, position=s.position, panels=panels, locked=locked,
            practice=practice, questions=questions,
            notes={k: v for k, v in self.notes.items() if k in s.iteration.by_name},
        )  # fmt: skip

    def save_as(self, path: str | None = None, dialog: SaveLessonDialog | None = None) -> bool:
        dialog = dialog or SaveLessonDialog(self, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("Lesson", "Save as lesson"),
                os.path.join(self.window.recent.folder(), "lesson.fnlesson"),
                translate("Lesson", LESSON_FILTER),
            )
            if not path:
                return False
        return self.write(path, dialog.lesson())

    def write(self, path: str, lesson: Lesson) -> bool:
        try:
            save_lesson(lesson, path)
        except (FruitNetError, OSError) as exc:
            self.session.error_occurred.emit(str(exc))
            return False
        self.session.state.mark_saved("weights", "sample")  # the lesson holds both
        self.window.recent.add(path)
        self.window.statusBar().showMessage(
            translate("Lesson", "Saved the lesson {path}").format(path=path), 6000
        )
        return True


class SaveLessonDialog(QDialog):
    """The title, what the class may not change, and whether it starts in Your turn."""

    def __init__(self, controller: LessonController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save_lesson_dialog")
        self.setWindowTitle(translate("Lesson", "Save as lesson"))
        self.controller = controller
        old = controller.lesson
        self.title_edit = QLineEdit(old.title if old else "")
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(
            translate("Lesson", "e.g. Why inner weights collect error from both outputs")
        )
        self.lock_checks = {c: QCheckBox(translate("Lesson", _LOCK_TEXT[c])) for c in CONTROLS}
        for c, box in self.lock_checks.items():
            box.setChecked(bool(old and c in old.locked))
        self.practice_check = QCheckBox(
            translate("Lesson", "start in Your turn (the class types the values)")
        )
        self.practice_check.setChecked(bool(old and old.practice))
        form = QFormLayout()
        form.addRow(translate("Lesson", "Title:"), self.title_edit)
        for box in self.lock_checks.values():
            form.addRow("", box)
        form.addRow("", self.practice_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def lesson(self) -> Lesson:
        locked = tuple(c for c, box in self.lock_checks.items() if box.isChecked())
        return self.controller.current_lesson(
            self.title_edit.text().strip(), locked, self.practice_check.isChecked()
        )
