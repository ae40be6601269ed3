"""Your turn: the student types each value before it is shown, and is told how it went.

The panel sits at the top of the formula view while practice is on (Step → Your turn,
Y). It asks for the next sub-step that is not revealed yet (quantities, or at the
factor level every factor too), checks the typed value with
:func:`fruitnet_gui.model.teaching.practice.check` (Enter), says which mistake a wrong value looks
like, gives a hint (the formula in symbols, then with the numbers) or reveals the answer.
A right answer or a reveal moves the cursor on. The score of each iteration is kept
when the student goes on, and can be saved as CSV or as a printable PDF page.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from fruitnet_gui.files.atomic import atomic_write_text
from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.net.naming import html_name
from fruitnet_gui.model.teaching.iteration import Level, SubStep
from fruitnet_gui.model.teaching.practice import AFTER_TRIES, FIRST_TRY, REVEALED, Round, rule_text
from fruitnet_gui.model.teaching.practice_report import (
    default_file_name,
    report_csv,
    report_html,
)
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, number, numbers_in, translate
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import current_theme, theme_manager

__all__ = ["PracticePanel"]

#: The feedback's colours, by the theme's roles (readable on each theme's window).
_RIGHT, _WRONG = "gradcheck", "slip"


class PracticePanel(QFrame):
    """Ask, check, hint, reveal; keep the score.

    Signals
    -------
    finished_round(str)
        An iteration's last value was typed or revealed; the argument is its summary.
    """

    finished_round = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice_panel")
        self.setAccessibleName(translate("PracticePanel", "Your turn"))
        self.setAccessibleDescription(
            translate("PracticePanel", "Type the value of the sub-step; Enter checks it")
        )
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._session = session
        self._active = False
        self._moving = False  # the cursor moves because of us (a right answer, a reveal)
        self._position = session.position
        self.history: list[Round] = []
        self.questions: set[str] | None = None
        self.round = self._new_round()

        self.title = QLabel(translate("Practice", "<b>Your turn:</b>"))
        self.rule_label = QLabel()
        self.rule_label.setObjectName("practice_rule")
        self.rule_label.setWordWrap(True)
        self.question = QLabel()
        self.question.setObjectName("practice_question")
        self.question.setTextFormat(Qt.TextFormat.RichText)
        # wrapped: "Appuyez sur Avancer (→) pour passer à la question suivante." in one
        # line at 1.4 times the font made the window wider than a 1024-pixel screen
        self.question.setWordWrap(True)
        self.question.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.question.setFont(font)
        self.entry = QLineEdit()
        self.entry.setObjectName("practice_entry")
        self.entry.setPlaceholderText(translate("Practice", "type the value, then Enter"))
        self.entry.setAccessibleName(translate("Practice", "Your answer"))
        self.entry.returnPressed.connect(self.check_answer)
        self.check_button = QPushButton(translate("Practice", "&Check"))
        self.check_button.clicked.connect(self.check_answer)
        self.hint_button = QPushButton(translate("Practice", "H&int"))
        self.hint_button.setToolTip(
            translate("Practice", "First the formula in symbols, then with the numbers")
        )
        self.hint_button.clicked.connect(self.show_hint)
        self.reveal_button = QPushButton(translate("Practice", "&Reveal"))
        self.reveal_button.setToolTip(
            translate("Practice", "Show the answer (counted as revealed)")
        )
        self.reveal_button.clicked.connect(self.reveal)
        self.feedback = QLabel()
        self.feedback.setObjectName("practice_feedback")
        self.feedback.setWordWrap(True)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("practice_hint")
        self.hint_label.setTextFormat(Qt.TextFormat.RichText)
        self.hint_label.setWordWrap(True)
        self.score_label = QLabel()
        self.score_label.setObjectName("practice_score")
        self.score_label.setWordWrap(True)
        self.export_button = QPushButton(translate("Practice", "Save report…"))
        self.export_button.setToolTip(
            translate("Practice", "The score of every iteration, as CSV or a printable PDF")
        )
        self.export_button.clicked.connect(self._on_export_clicked)

        self.entry.setMinimumWidth(self.entry.fontMetrics().horizontalAdvance("−0.00042199") + 16)
        self._color_rule(current_theme())
        theme_manager().changed.connect(self._color_rule)
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addSpacing(8)
        row.addWidget(self.question, 1)
        row.addWidget(self.entry, 1)
        # empty unless stacked (a narrow dock, presentation mode): then the answer, and
        # under it its buttons, below the question, which has the whole width to wrap in
        self._entry_row = QHBoxLayout()
        self._buttons_row = QHBoxLayout()
        self._row = row
        self._stacked = False
        self._forced = False  # presentation mode keeps them stacked
        for button in (self.check_button, self.hint_button, self.reveal_button):
            row.addWidget(button)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(3)
        grid.addLayout(row, 0, 0, 1, 2)
        grid.addLayout(self._entry_row, 1, 0, 1, 2)
        grid.addLayout(self._buttons_row, 2, 0, 1, 2)
        grid.addWidget(self.feedback, 3, 0, 1, 2)
        grid.addWidget(self.hint_label, 4, 0, 1, 2)
        grid.addWidget(self.rule_label, 5, 0, 1, 2)
        grid.addWidget(self.score_label, 6, 0)
        grid.addWidget(self.export_button, 6, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)

        session.iteration_changed.connect(self._on_iteration_changed)
        session.cursor_moved.connect(self._on_cursor_moved)
        session.level_changed.connect(self._on_level_changed)
        self.setVisible(False)

    def _color_rule(self, theme) -> None:
        """The rule line in the theme's muted text colour (4.5:1 on its window). A
        palette, not a style sheet: a style sheet would keep the label at the font it
        was polished with when the window's font changes (zoom, presentation mode)."""
        palette = self.rule_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.conventions))
        self.rule_label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        # View → Zoom or presentation mode: the question keeps 1.4 times the new font
        if event.type() == QEvent.Type.FontChange:
            font = self.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            self.question.setFont(font)
            metrics = self.entry.fontMetrics()
            self.entry.setMinimumWidth(metrics.horizontalAdvance("−0.00042199") + 16)
        super().changeEvent(event)

    def set_stacked(self, stacked: bool) -> None:
        """The answer with Check, Hint and Reveal on a row of their own under the
        question, always (presentation mode), or (False) only when the panel is too
        narrow for them beside the question."""
        self._forced = stacked
        self._place_buttons(stacked or self.width() < self._one_row_width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._forced:
            # in one row they would make the panel, and so the window, wider than a
            # 1024-pixel screen (the formula dock is about 360 wide there)
            self._place_buttons(self.width() < self._one_row_width())

    def minimumSizeHint(self) -> QSize:
        """As narrow as the panel is with Check, Hint and Reveal on a row of their own:
        a resize below the one-row width stacks them (:meth:`resizeEvent`), so the
        one-row minimum must not push the dock, and the window, wider first."""
        hint = super().minimumSizeHint()
        if self._stacked:
            return hint
        margins = self.layout().contentsMargins()
        spacing = max(self._row.spacing(), 6)

        def least(w: QWidget) -> int:
            return max(w.minimumSizeHint().width(), w.minimumWidth())

        question = least(self.title) + 8 + least(self.question) + 2 * spacing
        question = max(question, least(self.entry))
        buttons = sum(least(b) + spacing for b in (self.check_button, self.hint_button,
                                                   self.reveal_button))  # fmt: skip
        report = least(self.score_label) + least(self.export_button) + spacing
        width = margins.left() + margins.right() + max(question, buttons, report)
        return QSize(min(hint.width(), width), hint.height())

    def _one_row_width(self) -> int:
        """How wide the panel must be for the question and its buttons in one row."""
        margins = self.layout().contentsMargins()
        parts = (self.title, self.question, self.entry,
                 self.check_button, self.hint_button, self.reveal_button)  # fmt: skip
        spacing = max(self._row.spacing(), 6)
        return (margins.left() + margins.right() + 8 + spacing * len(parts)
                + sum(max(w.sizeHint().width(), w.minimumWidth()) for w in parts))  # fmt: skip

    def _place_buttons(self, stacked: bool) -> None:
        if stacked == self._stacked:
            return
        self._stacked = stacked
        if stacked:
            self._row.removeWidget(self.entry)
            self._entry_row.addWidget(self.entry)
        else:
            self._entry_row.removeWidget(self.entry)
            self._row.insertWidget(self._row.count(), self.entry, 1)
        source, target = (
            (self._row, self._buttons_row) if stacked else (self._buttons_row, self._row)
        )
        for button in (self.check_button, self.hint_button, self.reveal_button):
            source.removeWidget(button)
            target.addWidget(button)
        if stacked:
            self._buttons_row.addStretch(1)
        else:
            item = self._buttons_row.takeAt(0)
            del item
        self.updateGeometry()  # minimumSizeHint() changed with the rows

    # -- state ---------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._active

    @property
    def asked(self) -> SubStep | None:
        step = self.round.asked(self._session.position)
        if step is not None and self.questions is not None and step.name not in self.questions:
            return None  # a lesson's questions only: Step on to the next one
        return step

    def set_questions(self, names) -> None:
        """Only these sub-steps are asked (a lesson's questions); None: every one."""
        self.questions = set(names) if names else None
        self.round.questions = self.questions
        if self._active:
            self._show_question()

    def set_active(self, on: bool) -> None:
        self._active = on
        self.setVisible(on)
        if on:
            self._position = self._session.position
            self._show_question()
            self.entry.setFocus()

    def _new_round(self) -> Round:
        s = self._session
        r = Round(s.iteration, s.iteration_number, factors=s.level is Level.FACTOR)
        r.questions = getattr(self, "questions", None)
        return r

    def rounds(self) -> list[Round]:
        """Every round so far, the current one last."""
        return [*self.history, self.round]

    # -- the student's actions -----------------------------------------------------------
    def check_answer(self) -> None:
        step = self.asked
        if step is None or not self._active:
            return
        verdict = self.round.try_answer(step, self.entry.text())
        self._session.state.unsaved["practice"] = QT_TRANSLATE_NOOP(
            "Unsaved", "your answers in Your turn"
        )
        if verdict.right:
            self._say(
                translate("Practice", "Right: {name} = {value}.").format(
                    name=html_name(step.name), value=self._value(step)
                ),
                _RIGHT,
            )
            self.entry.clear()
            self._advance(step)
        else:
            self._say(escape(verdict.message, quote=False), _WRONG)
            self.entry.selectAll()
        self._show_score()

    def show_hint(self) -> None:
        step = self.asked
        if step is None:
            return
        level = self.round.hint(step)
        if level == 1:
            self.hint_label.setText(
                translate("Practice", "Hint: {formula}").format(formula=step.formula.html)
            )
        else:
            expression, _ = step.lines.numbers_parts(step)
            shown = numbers_in(escape(expression).replace("-", "−"))
            self.hint_label.setText(
                translate("Practice", "Hint: {formula}").format(
                    formula=f"{html_name(step.name)} = {shown} = ?"
                )
            )
        if level == 1 and self.hint_button.hasFocus():
            return  # Space again (the button keeps the focus) gives the second hint
        self.entry.setFocus()
        self.entry.selectAll()  # typing replaces what was tried

    def reveal(self) -> None:
        step = self.asked
        if step is None:
            return
        self.round.reveal(step)
        self._say(
            translate("Practice", "{name} = {value} (revealed).").format(
                name=html_name(step.name), value=self._value(step)
            ),
            "",
        )
        self.entry.clear()
        self._advance(step)
        self._show_score()

    def _advance(self, step: SubStep) -> None:
        self._moving = True
        try:
            self._session.seek(step.index + 1)
        finally:
            self._moving = False
        self._position = self._session.position
        self._show_question()
        self.entry.setFocus()

    # -- what is shown -------------------------------------------------------------------
    def _value(self, step: SubStep) -> str:
        return number(escape(step.numbers.text.rsplit(" = ", 1)[1]).replace("-", "−"))

    def _say(self, html: str, role: str) -> None:
        """``html`` in the colour of the theme's ``role`` (bold), or plain for ``""``."""
        if role:
            from fruitnet_gui.ui.theme import current_theme

            colour = getattr(current_theme(), role)
            self.feedback.setStyleSheet(f"color: {colour}; font-weight: bold;")
        else:
            self.feedback.setStyleSheet("")
        self.feedback.setText(html)

    def _show_question(self) -> None:
        self.rule_label.setText(rule_text(self._session.pencil))
        self.hint_label.setText("")
        step = self.asked
        done = step is None
        for w in (self.entry, self.check_button, self.hint_button, self.reveal_button):
            w.setEnabled(not done)
        if done and self.questions is not None and not self._session.cursor.at_end:
            self.question.setText(
                translate("Practice", "Press <b>Step</b> (→) to the next question.")
            )
            if not self._moving:
                self._say("", "")
            self._show_score()
            return
        if done:
            summary = self.round.summary()
            self.question.setText(translate("Practice", "<b>Iteration complete.</b>"))
            self._say(
                escape(summary, quote=False)
                + translate("Practice", " Press Next iteration (N) to go on."),
                "",
            )
            self.finished_round.emit(summary)
        else:
            self.question.setText(f"{html_name(step.name)} = ?")
        self._show_score()

    def _show_score(self) -> None:
        sc = self.round.score
        text = translate(
            "Practice",
            "This iteration: {first} right at the first try, {after} after tries or hints, "
            "{revealed} revealed, of {total}.",
        ).format(
            first=sc[FIRST_TRY],
            after=sc[AFTER_TRIES],
            revealed=sc[REVEALED],
            total=self.round.total,
        )
        if self.history:
            # between the earlier iterations: French puts a space before the semicolon
            between = translate("Practice", "; ", "between the earlier iterations' scores")
            text += translate("Practice", " Before: ") + between.join(
                translate("Practice", "iteration {n}: {right}/{total}").format(
                    n=r.number, right=r.score[FIRST_TRY], total=r.total
                )
                for r in self.history
            )
        self.score_label.setText(text)

    # -- slots ---------------------------------------------------------------------------
    def _on_iteration_changed(self) -> None:
        # a new iteration (Next iteration, another network) keeps the round that was
        # played; the same iteration computed another way (pencil mode) starts it afresh
        if self.round.answers and self.round.number != self._session.iteration_number:
            self.history.append(self.round)
        self.round = self._new_round()
        self._position = self._session.position
        if self._active:
            self._say("", "")
            self._show_question()

    def _on_level_changed(self, level: object) -> None:
        self.round.factors = level is Level.FACTOR
        if self._active:
            self._show_question()

    def _on_cursor_moved(self, position: int) -> None:
        if self._active and not self._moving and position > self._position:
            # moved on by Step or Finish: what was passed unanswered counts as revealed
            passed = self._session.iteration.steps[self._position : position]
            self.round.skipped([s for s in passed if s.index not in self.round.answers])
        self._position = position
        if self._active and not self._moving:
            self._show_question()

    # -- the report ----------------------------------------------------------------------
    def report_csv(self) -> str:
        """The report as data (see :mod:`fruitnet_gui.model.teaching.practice_report`)."""
        return report_csv(self.rounds())

    def report_html(self) -> str:
        """The report as a person reads it, in the language and its decimal separator."""
        return report_html(self.rounds())

    def save_report(self, path: str) -> None:
        """A ``.csv`` or a ``.pdf`` (anything else: CSV), written atomically."""
        if path.lower().endswith(".pdf"):
            from fruitnet_gui.ui.classroom.worksheet_pages import print_pdf

            doc = QTextDocument()
            doc.setHtml(self.report_html())
            title = translate("Practice", "FruitNet practice report")
            print_pdf(doc, Path(path), "a4", title)
        else:
            atomic_write_text(path, self.report_csv())
        self._session.state.mark_saved("practice")

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Practice", "Save practice report"),
            default_file_name(),
            "CSV (*.csv);;PDF (*.pdf)",
        )
        if path:
            try:
                self.save_report(path)
            except (OSError, FruitNetError) as exc:  # said, never raised
                self._session.error_occurred.emit(
                    translate("Practice", "{path}: could not be saved ({reason})").format(
                        path=path, reason=exc
                    )
                )
