"""Nothing lost by accident: the window asks before it throws away work no file holds,
and remembers the files it opened (File → Open Recent).

The state keeps what the user made since the last save (``AppState.unsaved``: a weight
typed, trained weights, a painted picture, edits to the training set, answers given in
Your turn). Switching the network, opening a model, a lesson or a variant, restarting a
lesson or closing the window first asks Save / Discard / Cancel about the work that
action would lose; Cancel leaves everything as it was. Save writes the work where it
belongs: a lesson for a painted picture (it holds the network, the sample and the
position), a model file for weights, the dataset file for the training set, the practice
report for answers.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from fruitnet_gui.model.teaching.practice_report import default_file_name
from fruitnet_gui.model.text import translate

if TYPE_CHECKING:
    from fruitnet_gui.ui.main_window import MainWindow

__all__ = ["CLOSING", "RECENT_KEY", "SWITCHING", "RecentFiles", "UnsavedGuard"]

#: What replacing the network loses (the datasets stay with the window).
SWITCHING = ("weights", "sample", "practice")
#: What closing the window loses.
CLOSING = ("weights", "sample", "practice", "dataset")

RECENT_KEY = "files/recent"
MAX_RECENT = 8

_Button = QMessageBox.StandardButton


def _listed(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = [translate("Unsaved", item) for item in items]
    last = translate("Unsaved", " and ")
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + last + items[-1]


class UnsavedGuard:
    """Asks before work is lost; one per window (``window.unsaved``)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        #: The question while it is open (tests answer it by clicking its buttons).
        self.box: QMessageBox | None = None

    def lost_by(self, kinds: tuple[str, ...]) -> dict[str, str]:
        unsaved = self.window.session.state.unsaved
        return {k: unsaved[k] for k in kinds if k in unsaved}

    def confirm(self, doing: str, kinds: tuple[str, ...] = SWITCHING) -> bool:
        """May the window go on with ``doing`` (``"opening a model"``)? Asks only if
        that would lose unsaved work; True after Save (and the save worked) or Discard."""
        lost = self.lost_by(kinds)
        if not lost:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Unsaved", "Unsaved work"),
            translate("Unsaved", "Save {what} before {doing}?").format(
                what=_listed(list(lost.values())), doing=translate("Unsaved", doing)
            ),
            _Button.Save | _Button.Discard | _Button.Cancel,
            self.window,
        )
        box.setObjectName("unsaved_box")
        box.setInformativeText(
            translate("Unsaved", "Discard loses it; Cancel goes back with everything as it is.")
        )
        # Alt+S and Alt+D (each language its own letters); Cancel is Esc, in Qt's words
        box.button(_Button.Save).setText(translate("Unsaved", "&Save"))
        box.button(_Button.Discard).setText(translate("Unsaved", "&Discard"))
        box.setDefaultButton(_Button.Save)
        box.setEscapeButton(_Button.Cancel)
        self.box = box
        try:
            answer = box.exec()
        finally:
            self.box = None
            box.deleteLater()
        if answer == _Button.Discard:
            self.window.session.state.mark_saved(*lost)
            return True
        if answer == _Button.Save:
            return self.save(tuple(lost))
        return False

    def save(self, kinds: tuple[str, ...]) -> bool:
        """Save each kind of work where it belongs; False if any save was cancelled or
        failed (then nothing is lost: the caller does not go on)."""
        w = self.window
        state = w.session.state
        if "sample" in kinds:  # a lesson keeps the picture with its network
            if not w.lessons.save_as():
                return False
        elif "weights" in kinds and not w.save_model():
            return False
        if "dataset" in kinds and not w.dataset_browser.save_dialog():
            return False
        if "practice" in kinds and "practice" in state.unsaved:
            path, _ = QFileDialog.getSaveFileName(
                w,
                translate("Practice", "Save practice report"),
                default_file_name(),
                "CSV (*.csv);;PDF (*.pdf)",
            )
            if not path:
                return False
            try:
                w.formula.practice.save_report(path)
            except OSError as exc:
                w.session.error_occurred.emit(
                    translate("Practice", "{path}: could not be saved ({reason})").format(
                        path=path, reason=exc
                    )
                )
                return False
        return not any(k in state.unsaved for k in kinds)


class RecentFiles:
    """File → Open Recent: the models and lessons last opened or saved (QSettings)."""

    def __init__(self, window: MainWindow, settings: QSettings, menu: QMenu) -> None:
        self.window = window
        self._settings = settings
        self.menu = menu
        menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def paths(self) -> list[str]:
        value = self._settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        if not isinstance(value, list):
            return []
        return [p for p in value if isinstance(p, str) and p][:MAX_RECENT]

    def folder(self) -> str:
        """Where the file dialogs start: the folder of the last file (else "")."""
        paths = self.paths()
        return os.path.dirname(paths[0]) if paths else ""

    def add(self, path: str) -> None:
        path = os.path.abspath(path)
        paths = [path] + [p for p in self.paths() if p != path]
        self._settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
        self.rebuild()

    def remove(self, path: str) -> None:
        self._settings.setValue(RECENT_KEY, [p for p in self.paths() if p != path])
        self.rebuild()

    def clear(self) -> None:
        self._settings.setValue(RECENT_KEY, [])
        self.rebuild()

    def rebuild(self) -> None:
        self.menu.clear()
        paths = self.paths()
        for number, path in enumerate(paths, start=1):
            folder, name = os.path.split(path)
            action = self.menu.addAction(f"&{number} {name}   ({folder})")
            action.setData(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open(p))
        if not paths:
            self.menu.addAction(translate("Unsaved", "(no files yet)")).setEnabled(False)
        self.menu.addSeparator()
        clear = self.menu.addAction(translate("Unsaved", "&Clear the list"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear)

    def open(self, path: str) -> bool:
        if not os.path.isfile(path):
            self.remove(path)
            self.window.session.error_occurred.emit(
                translate(
                    "Unsaved", "{path} is no longer there; it was taken off Open Recent."
                ).format(path=path)
            )
            return False
        if path.lower().endswith(".fnlesson"):
            return self.window.open_lesson(path)
        return self.window.open_model(path)
