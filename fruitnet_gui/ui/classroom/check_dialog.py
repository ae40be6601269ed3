"""File → Check a hand calculation…: a CSV of answers checked against the window's network.

The same check as ``fruitnet check`` (:func:`fruitnet_gui.check_command.check_rows`), for
the network, sample and arithmetic in the window: every answer right or wrong with the
mistake it looks like, the first wrong one, and what was not answered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.check_command import check_rows, read_answers
from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.net.naming import text_name
from fruitnet_gui.model.text import right_of, translate
from fruitnet_gui.ui.session import Session

__all__ = ["CheckDialog", "check_file"]


def check_file(session: Session, path: str) -> dict | None:
    """The report for ``path``, or None after saying why it cannot be checked."""
    try:
        return check_rows(session.iteration, read_answers(path), path)
    except FruitNetError as exc:
        session.error_occurred.emit(str(exc))
        return None


class CheckDialog(QDialog):
    """The report of one answers file, as a table."""

    def __init__(self, report: dict, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_dialog")
        self.setWindowTitle(translate("Worksheets", "Check a hand calculation"))
        first = report["first_wrong"]
        summary = right_of(report["right"], len(report["rows"]))
        if first:
            summary += translate(
                "Worksheets", "; the first wrong one is {name} (line {line})"
            ).format(name=text_name(first["name"]), line=first["line"])
        self.summary = QLabel(f"<b>{path}</b>: {summary}.<br>{report['rule']}")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(report["rows"]), 4)
        self.table.setObjectName("check_table")
        self.table.setAccessibleName(translate("CheckDialog", "Your answers, checked"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Worksheets", "Quantity"),
                translate("Worksheets", "Your answer"),
                translate("Worksheets", "Right value"),
                translate("Worksheets", "Verdict"),
            ]
        )
        wrong = QColor("#b3261e")
        for k, row in enumerate(report["rows"]):
            cells = [text_name(row["name"]), row["answer"], row["expected"], row["message"]]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("-", "−") if col in (1, 2) else text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if not row["right"]:
                    item.setForeground(wrong)
                self.table.setItem(k, col, item)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        missing = report["missing"]
        self.missing = QLabel(
            translate("Worksheets", "Not answered ({n}): ").format(n=len(missing))
            + ", ".join(text_name(n) for n in missing[:20])
            + (", …" if len(missing) > 20 else "")
            if missing
            else translate("Worksheets", "Every quantity was answered.")
        )
        self.missing.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        layout.addWidget(buttons)
        self.resize(720, 480)
