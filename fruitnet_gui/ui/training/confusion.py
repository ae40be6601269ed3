"""The confusion matrix after training: which true class was predicted as which.

Rows are the true classes, columns the predicted ones; the diagonal holds the images
the network got right. Each cell shows the count and its share of the row, shaded by
that share (one hue, so it reads in grayscale too); right cells have a solid frame,
wrong ones none. Shown when a run ends: on the test set if there is one, else on the
training set (as ``fruitnet train`` reports it).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.model.text import (
    QT_TRANSLATE_NOOP,
    class_name,
    percent,
    source_of,
    translate,
)
from fruitnet_gui.model.training import Progress
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import current_theme

__all__ = ["ConfusionView"]

_CELL = (
    "QLabel {{ background: {bg}; color: {fg}; border: {border}; border-radius: 4px;"
    " padding: 8px 12px; font-size: 13pt; }}"
)
_HEADER = "QLabel { font-weight: bold; padding: 2px 6px; }"  # the theme's text colour
_AXIS = "QLabel { font-style: italic; }"


def _shade(share: float) -> tuple[str, str]:
    """Background and text colour for a cell holding ``share`` of its row (light to blue)."""
    share = float(np.clip(share, 0.0, 1.0))
    lo, hi = np.array([0xF4, 0xF7, 0xFB]), np.array([0x1E, 0x5A, 0xA8])
    rgb = np.round(lo + share * (hi - lo)).astype(int)
    return "#{:02X}{:02X}{:02X}".format(*rgb), ("white" if share > 0.5 else "#1A1A1A")


#: What a matrix counts (TrainingRun.judged_on), for the title.
_JUDGED_ON = {
    "test set": QT_TRANSLATE_NOOP("Training", "test set"),
    "training set": QT_TRANSLATE_NOOP("Training", "training set"),
    "sample in the editor": QT_TRANSLATE_NOOP("Training", "sample in the editor"),
}


class ConfusionView(QWidget):
    """Counts of (true class, predicted class) and the accuracy, after a run ends."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusion_view")
        self.setAccessibleName(translate("ConfusionView", "Confusion matrix"))
        self.setAccessibleDescription(
            translate(
                "ConfusionView",
                "How many test images of each true class the network gave each class",
            )
        )
        self.session = session
        self.matrix: np.ndarray | None = None
        self.classes: tuple[str, ...] = ()
        #: ``cells[true][predicted]``: the labels showing each count.
        self.cells: list[list[QLabel]] = []

        self.title_label = QLabel()
        self.title_label.setObjectName("confusion_title")
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("QLabel { font-weight: bold; }")
        self.accuracy_label = QLabel()
        self.accuracy_label.setObjectName("confusion_accuracy")
        self.accuracy_label.setWordWrap(True)
        self.accuracy_label.setTextFormat(Qt.TextFormat.RichText)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(4)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid_host.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)

        # In a narrow dock the matrix scrolls: its cells are never cut, and the window
        # is never pushed wider than the screen to make room for them.
        self._scroll = QScrollArea()
        self._scroll.setObjectName("confusion_scroll")
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidgetResizable(True)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._scroll.setWidget(self._grid_host)
        # as tall as the matrix (the accuracy stays right under it): only sideways scrolling
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title_label)
        layout.addWidget(self._scroll)
        layout.addWidget(self.accuracy_label)
        layout.addStretch(1)

        trainer = session.trainer
        trainer.finished.connect(self._on_finished)
        trainer.state_changed.connect(self._on_state_changed)
        session.network_changed.connect(self._on_network_changed)
        self._placeholder(
            translate("Training", "The confusion matrix appears here when training ends.")
        )

    # -- reading -----------------------------------------------------------------------
    def accuracy(self) -> float | None:
        """Share of the diagonal, or None before a run has ended."""
        if self.matrix is None or self.matrix.sum() == 0:
            return None
        return float(np.trace(self.matrix) / self.matrix.sum())

    def show_matrix(self, matrix: np.ndarray, classes: tuple[str, ...], what: str) -> None:
        """Show ``matrix[true, predicted]`` for ``classes``; ``what`` names the images."""
        m = np.asarray(matrix, dtype=np.int64)
        self.matrix, self.classes, self._judged = m, tuple(classes), what
        self._clear_grid()
        k = len(classes)
        axis_top = QLabel(translate("Training", "predicted →"))
        axis_top.setStyleSheet(_AXIS)
        self._grid.addWidget(axis_top, 0, 1, 1, k, Qt.AlignmentFlag.AlignHCenter)
        axis_left = QLabel(translate("Training", "true ↓"))
        axis_left.setStyleSheet(_AXIS)
        self._grid.addWidget(axis_left, 1, 0, Qt.AlignmentFlag.AlignBottom)
        shown = [class_name(c) for c in classes]
        for j, name in enumerate(shown):
            head = QLabel(name)
            head.setStyleSheet(_HEADER)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(head, 1, 1 + j)
        rows = m.sum(axis=1)
        self.cells = []
        for i, name in enumerate(shown):
            head = QLabel(name)
            head.setStyleSheet(_HEADER)
            head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(head, 2 + i, 0)
            row_cells = []
            for j in range(k):
                count = int(m[i, j])
                share = count / rows[i] if rows[i] else 0.0
                bg, fg = _shade(share)
                border = "3px solid #009E73" if i == j else "1px solid #C9D1D9"
                cell = QLabel(f"<b>{count}</b><br><small>{percent(share)}</small>")
                cell.setTextFormat(Qt.TextFormat.RichText)
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setStyleSheet(_CELL.format(bg=bg, fg=fg, border=border))
                cell.setMinimumWidth(max(64, cell.sizeHint().width()))  # never cut
                if i == j:
                    tip = translate(
                        "Training",
                        "{count} {name} images predicted as {other} (right): {share} of the "
                        "{name} images",
                    )
                else:
                    tip = translate(
                        "Training",
                        "{count} {name} images predicted as {other} (wrong): {share} of the "
                        "{name} images",
                    )
                cell.setToolTip(
                    tip.format(count=count, name=name, other=shown[j], share=percent(share))
                )
                self._grid.addWidget(cell, 2 + i, 1 + j)
                row_cells.append(cell)
            self.cells.append(row_cells)
        total = int(m.sum())
        right = int(np.trace(m))
        title = translate("Training", "Confusion matrix on the {what} ({images})")
        what = translate("Training", _JUDGED_ON.get(what, what))
        if total == 1:
            images = translate("Training", "1 image")
        else:
            images = translate("Training", "{n} images").format(n=total)
        self.title_label.setText(title.format(what=what, images=images))
        explained = translate("Training", "Percent: of the images of that row's true class.")
        accuracy = translate(
            "Training", "Accuracy: <b>{right}</b> of {total} right = <b>{percent}</b>"
        ).format(right=right, total=total, percent=percent(right / total if total else 0.0, 1))
        wrong = translate("Training", "({n} wrong)").format(n=total - right)
        self.accuracy_label.setText(
            f"<span style='color:{current_theme().conventions}'>{explained}</span><br>"
            f"{accuracy} &nbsp; {wrong}"
        )
        self._grid_host.show()
        self._scroll.show()
        bar = self._scroll.horizontalScrollBar().sizeHint().height()
        self._scroll.setFixedHeight(self._grid_host.sizeHint().height() + bar)

    # -- internals ---------------------------------------------------------------------
    def _clear_grid(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.cells = []

    def retranslate(self) -> None:
        """The matrix or the placeholder in the new language."""
        if self.matrix is not None:
            self.show_matrix(self.matrix, self.classes, self._judged)
            return
        source = source_of(self._placeholder_text)
        self._placeholder(translate(*source) if source else self._placeholder_text)

    def _placeholder(self, text: str) -> None:
        self._placeholder_text = text
        self.matrix = None
        self._clear_grid()
        self._grid_host.hide()
        self._scroll.hide()
        self.title_label.setText(translate("Training", "Confusion matrix"))
        muted = current_theme().conventions
        self.accuracy_label.setText(f"<span style='color:{muted}'>{text}</span>")

    # -- slots -------------------------------------------------------------------------
    def _on_state_changed(self, state: str) -> None:
        if state == "running" and self.matrix is None:
            self._placeholder(
                translate("Training", "Training… the confusion matrix appears when it ends.")
            )

    def _on_finished(self, progress: Progress) -> None:
        # The images are those the run chose when it started (its record keeps them):
        # asked of the session now, they may belong to another network.
        run = self.session.trainer.run
        if run is None or run.superseded or run.status == "failed":
            return
        if self.session.trainer.closed:
            return  # the window is closing: it would only delay that
        matrix = run.confusion(progress)  # a stopped run: the weights it reached
        if matrix is None:
            self._placeholder(
                translate("Training", "Stopped before training began: no matrix to show.")
            )
            return
        self.show_matrix(matrix, progress.network.classes, run.judged_on)

    def _on_network_changed(self) -> None:
        self._placeholder(
            translate("Training", "The confusion matrix appears here when training ends.")
        )
