"""The current sub-step's formula, in symbols and with numbers, and every value so far.

Top: what the sub-step computes (phase, the formula in symbols, the same formula with
the numbers substituted, the value in large type for a projector), one or two
sentences on what it means in the words of the worked example, and the paper's note
when our number differs from the printed one. Bottom: a table of every value revealed
so far, grouped like the paper's summary tables (Forward, Error, Backward, Update).

The table follows the cursor incrementally (rows are appended or removed), so the
36-36-2 network's 2,891 sub-steps cost one row per step, not a rebuild.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QFont,
    QFontMetrics,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.model.net.naming import html_name, text_name
from fruitnet_gui.model.teaching.iteration import Level, Phase, SubStep, step_title
from fruitnet_gui.model.teaching.paper import PAPER_FACTORS, PAPER_PRINTED
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, minus_signs, number, translate
from fruitnet_gui.ui.keys import PASS_STEPPER_KEYS
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.stepping.count import to_go_text
from fruitnet_gui.ui.stepping.explain import conventions_line, explain, format_value, headline
from fruitnet_gui.ui.theme import Theme, theme_manager

__all__ = ["FormulaView", "conventions_line", "explain", "format_value"]

_NO_BRUSH = QBrush()
_COLUMNS = (
    QT_TRANSLATE_NOOP("FormulaView", "Quantity"),
    QT_TRANSLATE_NOOP("FormulaView", "Value"),
    QT_TRANSLATE_NOOP("FormulaView", "Paper prints"),
)


class FormulaView(QWidget):
    """The current sub-step in large type, what it means, and the table of values so far."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("formula_view")
        self.setAccessibleName(translate("FormulaView", "Formula of the current sub-step"))
        self._rows: list[QTreeWidgetItem] = []
        self._phase_items: dict[Phase, QTreeWidgetItem] = {}
        self._highlighted: QTreeWidgetItem | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("formula_title")
        self._title_text = ""  # the whole headline; the label shows it shortened if need be
        self.value_label = value = QLabel()
        value.setObjectName("formula_value")
        value.setAccessibleName(translate("FormulaView", "Value of the current sub-step"))
        self.value_label.setTextFormat(Qt.TextFormat.RichText)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        base = self.font().pointSizeF()
        self._base_size = base
        self.title_label.setFont(_sized(self.font(), base * 1.1, bold=True))
        self.value_label.setFont(_sized(self.font(), base * 1.9, bold=False))

        # The header has no layout: its labels are placed by hand (_place_header). A label
        # whose text changes asks its parent for a new layout, and Qt passes that request
        # up to the main window, which re-lays out every dock; a parent without a layout
        # ends the chain. That keeps a Step on the 36-36-2 net cheap.
        self.header = QWidget()
        self.header.setObjectName("formula_header")
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for label in (self.title_label, self.value_label):
            label.setParent(self.header)
        self._title_height = QFontMetrics(self.title_label.font()).height() + 2
        self._value_height = int(QFontMetrics(self.value_label.font()).height() * 1.35)
        self.header.setFixedHeight(8 + self._title_height + 2 + self._value_height + 2)
        self.header.installEventFilter(self)
        # Opaque: repainting a new title or value does not repaint the dock behind it.
        self.header.setAutoFillBackground(True)

        # Formula, numbers, explanation and note are one rich-text document: it is laid
        # out once per step (about 1 ms for a 36-term sum), where word-wrapped labels in a
        # layout cost ten times that.
        self.body = QTextBrowser()
        self.body.setObjectName("formula_body")
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrow keys stay with the stepper
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setAccessibleName(translate("FormulaView", "Formula, numbers and explanation"))
        self.body.document().setDocumentMargin(10)
        self.theme = theme_manager().theme
        self._parts: dict[str, str] = {
            "conventions": "", "formula": "", "numbers": "", "explanation": "", "note": "",
            "gradcheck": "", "teacher": "",
        }  # fmt: skip
        self.gradcheck = False  # the finite difference beside each gradient (View menu)
        self.notes: dict[str, str] = {}  # a lesson's teacher's notes, by sub-step name

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.header)
        top_layout.addWidget(self.body, 1)

        self.table = QTreeWidget()
        self.table.setObjectName("values_table")
        self.table.setColumnCount(len(_COLUMNS))
        self.table.setHeaderLabels([translate("FormulaView", c) for c in _COLUMNS])
        self.table.setUniformRowHeights(True)
        # no expand arrows, a small indent: room for the numbers in a 1024-pixel window
        self.table.setRootIsDecorated(False)
        self.table.setIndentation(12)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Tab reaches it (not a click: the stepper's arrows stay the window's), and
        # Enter on a row goes back to it, as a double-click does
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.setProperty(PASS_STEPPER_KEYS, True)  # ← → step even here (ui/keys.py)
        self.table.setToolTip(
            translate(
                "FormulaView", "Every value revealed so far. Double-click a row to go back to it."
            )
        )
        self.table.setAccessibleName(translate("FormulaView", "Every value revealed so far"))
        self.table.setFont(_sized(self.font(), base * 1.1, bold=False))
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the names stay readable in a narrow dock: the table scrolls sideways instead
        header.setMinimumSectionSize(96)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.table.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.table.installEventFilter(self)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("formula_splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([450, 250])
        self.splitter.setChildrenCollapsible(False)
        from fruitnet_gui.ui.stepping.practice_panel import PracticePanel

        self.practice = PracticePanel(session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.practice)
        layout.addWidget(self.splitter)

        session.iteration_changed.connect(self._on_iteration_changed)
        session.cursor_moved.connect(self._on_cursor_moved)
        session.level_changed.connect(self._on_level_changed)
        theme_manager().changed.connect(self.set_theme)
        self._paint_with(self.theme)
        self._on_iteration_changed()
        self._on_cursor_moved(session.position)

    def changeEvent(self, event: QEvent) -> None:
        # View → Zoom changes the application's font, presentation mode this view's:
        # every size here is derived from the font, so derive them again.
        if event.type() == QEvent.Type.FontChange:
            self._resize_text()
        super().changeEvent(event)

    def _resize_text(self) -> None:
        base = self.font().pointSizeF()
        if base <= 0 or abs(base - self._base_size) < 1e-6:
            return
        self._base_size = base
        self.title_label.setFont(_sized(self.font(), base * 1.1, bold=True))
        self.value_label.setFont(_sized(self.font(), base * 1.9, bold=False))
        self._title_height = QFontMetrics(self.title_label.font()).height() + 2
        self._value_height = int(QFontMetrics(self.value_label.font()).height() * 1.35)
        self.header.setFixedHeight(8 + self._title_height + 2 + self._value_height + 2)
        self.table.setFont(_sized(self.font(), base * 1.1, bold=False))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for item in self._phase_items.values():
            item.setFont(0, bold)
        self._fit_columns()
        self._place_header()
        self.body.setHtml(self._body_html())

    @property
    def base_point_size(self) -> float:
        """The point size every text here is derived from (the smallest is 0.95 of it)."""
        return self._base_size

    def set_theme(self, theme: Theme) -> None:
        """Draw in ``theme`` (the window's theme changed): colours of the headline, the
        body, the current row and the rows the paper prints differently."""
        self.theme = theme
        self._paint_with(theme)
        steps = self._session.iteration.steps
        for item, s in zip(self._rows, steps):
            if s.note:
                item.setForeground(2, self._note_color(s))
        self._highlight(self._highlighted)
        self._show_step(self._session.current)

    def _paint_with(self, theme: Theme) -> None:
        title_palette = self.title_label.palette()
        title_palette.setColor(QPalette.ColorRole.WindowText, theme.color("accent"))
        self.title_label.setPalette(title_palette)
        # a palette, not a style sheet: cheaper to paint; the body on the window's colour
        palette = self.body.palette()
        palette.setColor(QPalette.ColorRole.Base, theme.color("window"))
        palette.setColor(QPalette.ColorRole.Text, theme.color("window_text"))
        self.body.setPalette(palette)
        self.header.setPalette(self.palette())

    def _note_color(self, step: SubStep):
        return self.theme.color("slip" if step.name == "w5_new" else "differs")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.header and event.type() == QEvent.Type.Resize:
            self._place_header()
        elif watched is getattr(self, "table", None) and event.type() == QEvent.Type.FocusIn:
            # the style draws the focus on the current row: make the sub-step's row current
            if self.table.currentItem() is None and self._highlighted is not None:
                self.table.setCurrentItem(self._highlighted)
        elif (
            watched is getattr(self, "table", None)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.currentItem() is not None
        ):
            self._on_item_double_clicked(self.table.currentItem(), 0)
            return True
        return super().eventFilter(watched, event)

    def _place_header(self) -> None:
        width = max(self.header.width() - 20, 10)
        # A narrow dock (a 1024-pixel projector) gets a smaller headline rather than a
        # cut-off value: "∂Etotal/∂w1 = −0.000421996007" must fit. Only on a resize.
        typical = "∂Etotal/∂w100 = −0.000421996007"
        scale = 1.9
        while scale > 1.15:
            font = _sized(self.font(), self._base_size * scale, bold=True)
            if QFontMetrics(font).horizontalAdvance(typical) <= width:
                break
            scale -= 0.1
        font = _sized(self.font(), self._base_size * scale, bold=False)
        if font.pointSizeF() != self.value_label.font().pointSizeF():
            self.value_label.setFont(font)
        self.title_label.setGeometry(10, 8, width, self._title_height)
        self._fit_title()
        self.value_label.setGeometry(10, 8 + self._title_height + 2, width, self._value_height)

    # -- what is shown -------------------------------------------------------------------
    @property
    def shown_rows(self) -> int:
        """How many value rows the table shows (factor rows only at the factor level)."""
        return sum(not item.isHidden() for item in self._rows)

    def part_text(self, part: str) -> str:
        """The plain text of ``formula``, ``numbers``, ``explanation`` or ``note``
        (empty when not shown)."""
        return _plain(self._parts[part])

    @property
    def note_shown(self) -> bool:
        return bool(self._parts["note"])

    def row_texts(self) -> dict[str, str]:
        """``{quantity: shown value}`` of every row (for tests and worksheets)."""
        return {item.text(0): item.text(1) for item in self._rows if not item.isHidden()}

    def current_row(self) -> QTreeWidgetItem | None:
        return self._highlighted

    def _format(self, value: float) -> str:
        return format_value(value, self._session.pencil)

    def retranslate(self) -> None:  # a new language or separator: table, headline, body
        self.table.setHeaderLabels([translate("FormulaView", c) for c in _COLUMNS])
        self._on_iteration_changed()
        self._on_cursor_moved(self._session.position)

    # -- slots ---------------------------------------------------------------------------
    def _on_iteration_changed(self) -> None:
        iteration = self._session.iteration
        self._highlighted = None
        self._rows.clear()
        self.table.clear()
        self._phase_items.clear()
        bold = QFont(self.table.font())
        bold.setBold(True)
        for phase in Phase:
            item = QTreeWidgetItem([step_title(phase)])
            item.setFont(0, bold)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            item.setExpanded(True)
            item.setHidden(True)
            self._phase_items[phase] = item
        self.table.setColumnHidden(2, not iteration.is_paper)
        self.table.setToolTip(
            translate(
                "FormulaView", "Every value revealed so far. Double-click a row to go back to it."
            )
            + "<br><br>"
            + escape(iteration.naming.legend())
        )
        self._fit_columns()

    def _on_cursor_moved(self, position: int) -> None:
        steps = self._session.iteration.steps
        if position > len(self._rows):
            self._append(steps[len(self._rows) : position])
        elif position < len(self._rows):
            self._remove(len(self._rows) - position)
        self._show_step(self._session.current)

    def show_held(self, step: SubStep) -> None:
        """ "Hold the answer": the next sub-step's formula in symbols, its value hidden
        until the next Step."""
        iteration = self._session.iteration
        shown, total = iteration.count(step.index + 1, self._session.level)
        self._set_title(headline(step, shown, total, held=True))
        self.value_label.setText(f"{html_name(step.name)} = <b>?</b>")
        parts = self._parts
        parts["formula"] = step.formula.html
        again = translate("FormulaView", "Press Step again to show the numbers and the value.")
        parts["numbers"] = f"<i>{again}</i>"
        parts["note"] = ""
        parts["explanation"] = explain(step, iteration)
        self.body.setHtml(self._body_html())
        self._describe(f"{self._title_text}. {step.formula.text}.")

    def _on_level_changed(self, _level: object) -> None:
        """Factor rows are shown at the factor level only (they would crowd the paper's
        35 values otherwise); a step reveals them either way."""
        show = self._session.level is Level.FACTOR
        steps = self._session.iteration.steps
        for item, s in zip(self._rows, steps):
            if s.factor:
                item.setHidden(not show)
        self._show_step(self._session.current)

    def _on_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is not None:
            self._session.seek(int(index) + 1)

    # -- the table -----------------------------------------------------------------------
    def _append(self, steps: list[SubStep]) -> None:
        paper = self._session.iteration.is_paper
        hide_factors = self._session.level is not Level.FACTOR
        by_phase: dict[Phase, list[QTreeWidgetItem]] = {}
        for s in steps:
            printed = PAPER_PRINTED.get(s.name, PAPER_FACTORS.get(s.name)) if paper else None
            item = QTreeWidgetItem(
                [
                    text_name(s.name),
                    self._format(s.value),
                    "" if printed is None else format_value(printed),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, s.index)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if s.note:
                item.setForeground(2, self._note_color(s))
                for col in range(3):
                    item.setToolTip(col, s.note)
            by_phase.setdefault(s.phase, []).append(item)
            self._rows.append(item)
        for phase, items in by_phase.items():
            parent = self._phase_items[phase]
            parent.addChildren(items)
            parent.setHidden(False)
        if hide_factors:
            for s in steps:
                if s.factor:
                    self._rows[s.index].setHidden(True)

    def _remove(self, count: int) -> None:
        for _ in range(count):
            item = self._rows.pop()
            if item is self._highlighted:
                self._highlighted = None
            parent = item.parent()
            parent.removeChild(item)
            if parent.childCount() == 0:
                parent.setHidden(True)

    def _highlight(self, item: QTreeWidgetItem | None) -> None:
        old = self._highlighted
        if old is not None:
            for col in range(3):
                old.setBackground(col, _NO_BRUSH)
                old.setForeground(col, _NO_BRUSH)
            step = self._session.iteration.steps[int(old.data(0, Qt.ItemDataRole.UserRole))]
            if step.note:  # the paper prints it differently: its colour again
                old.setForeground(2, self._note_color(step))
        self._highlighted = item
        if item is not None:
            # one ink for the whole row: readable on the current row's fill
            fill, ink = self.theme.color("current_row"), self.theme.color("current_row_text")
            for col in range(3):
                item.setBackground(col, fill)
                item.setForeground(col, ink)
            self.table.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)

    def _fit_columns(self) -> None:
        """The number columns as wide as their widest number, the names get the rest: in
        the dock of a 1024-pixel window a wider guess cut the paper's numbers ("0.8" for
        0.857) and shortened every gradient's name to "∂Etotal/…"."""
        metrics = self.table.fontMetrics()
        iteration = self._session.iteration
        if iteration.is_paper:  # 35 values: measure them
            values = [self._format(s.value) for s in iteration.steps]
            printed = [format_value(v) for v in PAPER_PRINTED.values()]
            widest = max(metrics.horizontalAdvance(t) for t in values)
            self.table.setColumnWidth(2, max(metrics.horizontalAdvance(t) for t in printed) + 6)
        else:  # thousands: the widest a value is written
            widest = metrics.horizontalAdvance("−0.0000000000000")
        self.table.setColumnWidth(1, widest + 6)

    # -- the formula ---------------------------------------------------------------------
    def _set_title(self, text: str) -> None:
        self._title_text = text
        self._fit_title()

    def _fit_title(self) -> None:
        """The headline, shortened with "…" if the dock is too narrow (whole in its tooltip)."""
        text = self._title_text
        width = self.title_label.width()
        shown = QFontMetrics(self.title_label.font()).elidedText(
            text, Qt.TextElideMode.ElideRight, width
        )
        self.title_label.setText(shown)
        self.title_label.setToolTip(text if shown != text else "")

    def _show_step(self, step: SubStep | None) -> None:
        iteration = self._session.iteration
        self._highlight(self._rows[step.index] if step is not None else None)
        parts = self._parts
        parts["explanation"] = explain(step, iteration) + self._end_hint()
        parts["conventions"] = conventions_line(iteration)
        if step is None:
            total = iteration.count(0, self._session.level)[1]
            self._set_title(to_go_text(self._session.iteration_number, total))
            self.value_label.setText("")
            parts["formula"] = parts["numbers"] = parts["note"] = ""
        else:
            shown, total = iteration.count(step.index + 1, self._session.level)
            self._set_title(headline(step, shown, total))
            self.value_label.setText(f"{html_name(step.name)} = <b>{self._format(step.value)}</b>")
            parts["formula"] = step.formula.html
            parts["numbers"] = step.numbers.html
            note_word = translate("FormulaView", "Note.")
            parts["note"] = f"<b>{note_word}</b> {escape(step.note)}" if step.note else ""
        parts["gradcheck"] = self._gradcheck_html(step)
        note = self.notes.get(step.name, "") if step is not None else ""
        teacher = translate("FormulaView", "Teacher's note.")
        parts["teacher"] = f"<b>{teacher}</b> {escape(note)}" if note else ""
        self.body.setHtml(self._body_html())
        # what a screen reader says for this sub-step: the formula and its numbers as text
        if step is None:
            self._describe(self.tr("No sub-step revealed yet. Press Step (Right or Space)."))
        else:
            self._describe(f"{self._title_text}. {step.formula.display}. {step.numbers.display}")

    def _describe(self, text: str) -> None:
        """The plain-text formula a screen reader reads, told to it on every step."""
        self.setAccessibleDescription(text)
        self.body.setAccessibleDescription(text)
        if QAccessible.isActive():
            for widget in (self, self.body):
                event = QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
                QAccessible.updateAccessibility(event)

    def set_notes(self, notes: dict[str, str]) -> None:
        """A lesson's notes: each shown when its sub-step is reached."""
        self.notes = notes
        self._show_step(self._session.current)

    def set_gradcheck(self, on: bool) -> None:
        """Show, beside each gradient, the central finite difference of the error."""
        self.gradcheck = on
        self._show_step(self._session.current)

    def _gradcheck_html(self, step: SubStep | None) -> str:
        if not self.gradcheck or step is None or step.kind != "gradient":
            return ""
        from fruitnet_gui.model.explore.gradcheck import gradient_check

        s = self._session
        net = s.iteration.network
        l, i, j = step.target  # type: ignore[misc]
        grads = net.gradients(s.x, s.target)
        g = float(grads.biases[l][j] if i is None else grads.weights[l][i, j])
        check = gradient_check(net, s.x, s.target, step.name.split("/d", 1)[1], g)
        name = html_name(step.name.split("/d", 1)[1])
        text = translate(
            "FormulaView",
            "<b>Gradient check.</b> (E(w + ε) − E(w − ε)) / 2ε with ε = {epsilon} and w = "
            "{name}: {difference}; backpropagation: {backprop}; relative difference {relative}. ",
        ).format(
            epsilon=number(f"{check.epsilon:g}"),
            name=name,
            difference=number(f"{check.finite_difference:.10g}"),
            backprop=number(f"{check.backprop:.10g}"),
            relative=number(f"{check.relative_difference:.1e}"),
        )
        return minus_signs(text + escape(check.sentence(net, s.x)))

    def _body_html(self) -> str:
        p = self._parts
        base = self._base_size
        # Long formulas (36 inputs) get a smaller font so they fit without scrolling far.
        long = len(p["numbers"]) > 700
        size = base * (1.05 if long else 1.3)
        words = f'<p style="font-size:{base * 1.05:.1f}pt;">{p["explanation"]}</p>'
        # A 36-term sum is a wall of numbers: then the words come first, where they are seen.
        t = self.theme
        html = [
            f'<p style="font-size:{base * 0.95:.1f}pt; color:{t.conventions};">'
            f"{p['conventions']}</p>"
        ]
        if long:
            html.append(words)
        if p["formula"]:
            html.append(f'<p style="font-size:{size:.1f}pt; color:{t.formula};">{p["formula"]}</p>')
            html.append(f'<p style="font-size:{size:.1f}pt;">{p["numbers"]}</p>')
        if p["teacher"]:  # the teacher's note before the words: seen without scrolling
            html.append(_boxed(p["teacher"], t.teacher_fill, t.teacher_frame, t.teacher_text,
                               base * 1.1))  # fmt: skip
        if not long:
            html.append(words)
        if p["gradcheck"]:
            html.append(
                f'<p style="font-size:{base:.1f}pt; color:{t.gradcheck};">{p["gradcheck"]}</p>'
            )
        if p["note"]:
            html.append(_boxed(p["note"], t.note_fill, t.note_frame, t.note_text, base))
        return "".join(html)

    def _end_hint(self) -> str:
        if self._session.cursor.at_end:
            return "<br><br>" + translate(
                "FormulaView",
                "<b>Iteration complete.</b> Press <b>Next iteration</b> (N) to go "
                "round again on the same sample with the new weights.",
            )
        return ""


def _boxed(html: str, fill: str, frame: str, text: str, points: float) -> str:
    """A note in a tinted box the width of the view."""
    return (
        f'<table width="100%" cellpadding="6" cellspacing="0" bgcolor="{fill}" '
        f'style="border: 1px solid {frame};"><tr><td style="color:{text}; '
        f'font-size:{points:.1f}pt;">{html}</td></tr></table>'
    )


def _plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def _sized(font: QFont, point_size: float, bold: bool | None = None) -> QFont:
    f = QFont(font)
    f.setPointSizeF(point_size)
    if bold is not None:
        f.setBold(bold)
    return f
