"""The stepper's count ("Iteration 1 · sub-step 5 of 35"), in the user's language, and
the fixed size it is given (as wide as the longest count in that language); also what
the formula view and the presentation say of the iteration."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics

from fruitnet_gui.model.text import translate

__all__ = ["count_size", "count_text", "to_go_text"]


def _plural_sources() -> None:
    """Never called: ``pyside6-lupdate`` marks a message plural (numerus, one form per
    plural of the language) only where its count is a literal number, and only if that
    call comes first; the calls below use a variable count."""
    translate("FormulaView", "Iteration {iteration} · %n sub-step(s) to go", None, 2)


def to_go_text(iteration: int, total: int) -> str:
    """ "Iteration 1 · 35 sub-steps to go" ("1 sub-step" for one), as the language says it."""
    text = translate("FormulaView", "Iteration {iteration} · %n sub-step(s) to go", None, total)
    return text.format(iteration=iteration)


def _template(compact: bool, factor: bool) -> str:
    if compact:  # a narrow window: without "sub-step"
        return translate("Stepper", "Iteration {iteration} · <b>{shown} of {n}</b>")
    if factor:
        return translate("Stepper", "Iteration {iteration} · step <b>{shown} of {n}</b>")
    return translate("Stepper", "Iteration {iteration} · sub-step <b>{shown} of {n}</b>")


def count_text(iteration: int, shown: int, n: int, *, compact: bool, factor: bool) -> str:
    return _template(compact, factor).format(iteration=iteration, shown=shown, n=n)


def count_size(font: QFont, compact: bool) -> QSize:
    """The label's size for the widest count (measured, not guessed)."""
    bold = QFont(font)
    bold.setBold(True)
    plain, _, emphasized = _template(compact, factor=False).partition("<b>")
    width = QFontMetrics(font).horizontalAdvance(plain.format(iteration=9999))
    width += QFontMetrics(bold).horizontalAdvance(
        emphasized.replace("</b>", "").format(shown=99999, n=99999)
    )
    return QSize(width + 4, QFontMetrics(font).height() + 4)
