"""One undo history for what changes the weights: a weight typed, a training run, a
reset to a run's initial weights, in the order they were done (Edit → Undo, Ctrl+Z).

Each :class:`Change` keeps the network before and after it (the arrays themselves,
copied: the fruit net's are 11 kB), so undo and redo restore bit for bit, whatever
happened in between that the history does not record (stepping on to the next
iteration keeps its own Back). A new change clears what could be redone; choosing
another network clears the whole history (its weights have nothing to do with the new
one). The state (:class:`~fruitnet_gui.model.training.runlog.RunHistoryMixin`) records
and applies the changes; this module only keeps them and says what each one is.
"""

from __future__ import annotations

from dataclasses import dataclass

from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import translate

__all__ = ["MAX_CHANGES", "Change", "WeightUndo"]

# The history keeps this many changes (the oldest goes).
MAX_CHANGES = 50


@dataclass(frozen=True, eq=False)
class Change:
    """What one change did to the weights.

    ``kind`` is ``edit`` (``name``: the weight, ``w5``), ``run`` or ``reset``
    (``number``: the run's); ``made_by_before``/``made_by_after`` are the run whose
    trained weights the network had before and after (a model file names it)."""

    kind: str
    before: Network
    after: Network
    name: str = ""
    number: int = 0
    made_by_before: object = None
    made_by_after: object = None

    def what(self) -> str:
        """The change in a few words, for Edit → Undo … and Redo …."""
        if self.kind == "edit":
            return translate("Undo", "weight {name} edit").format(name=self.name)
        if self.kind == "run":
            return translate("Undo", "training run {number}").format(number=self.number)
        return translate("Undo", "reset to run {number}'s initial weights").format(
            number=self.number
        )

    def unsaved_after_undo(self) -> str:
        """What the Save / Discard / Cancel question calls the weights once undone."""
        if self.kind == "edit":
            return translate("Unsaved", "the weights from before your edit of {name}").format(
                name=self.name
            )
        if self.kind == "run":
            return translate("Unsaved", "the weights from before run {number}").format(
                number=self.number
            )
        return translate("Unsaved", "the weights from before the reset")

    def unsaved_after_redo(self) -> str:
        if self.kind == "edit":
            return translate("Unsaved", "a weight you typed")
        if self.kind == "run":
            return translate("Unsaved", "the trained weights")
        return translate("Unsaved", "the weights run {number} started from").format(
            number=self.number
        )


class WeightUndo:
    """The changes that can be undone (newest last) and those that can be redone."""

    def __init__(self) -> None:
        self._undo: list[Change] = []
        self._redo: list[Change] = []

    def record(self, change: Change) -> None:
        """``change`` was just done: it can be undone; nothing can be redone now."""
        self._undo.append(change)
        del self._undo[:-MAX_CHANGES]
        self._redo.clear()

    def undoable(self) -> Change | None:
        return self._undo[-1] if self._undo else None

    def redoable(self) -> Change | None:
        return self._redo[-1] if self._redo else None

    def undone(self) -> Change:
        change = self._undo.pop()
        self._redo.append(change)
        return change

    def redone(self) -> Change:
        change = self._redo.pop()
        self._undo.append(change)
        return change

    def clear(self) -> None:
        """Another network was chosen: none of these changes applies to it."""
        self._undo.clear()
        self._redo.clear()
