"""Words and numbers as a person reads them: the translation hook and the decimal separator.

The model makes text (formula explanations, the paper's notes, worksheets, the command
line's output) but may not import Qt. It calls :func:`translate` with a literal context
and a literal English sentence, which ``pyside6-lupdate`` extracts into
``translations/*.ts``; the window and the ``fruitnet`` command point the hook at
``QCoreApplication.translate`` once their ``QTranslator`` is installed
(:func:`set_translator`). Without that the text stays English, so tests of the model
and any program that never asks for a language see what they always saw.

Numbers follow the language's decimal separator in what a person reads (0,857 in
French) and keep the point everywhere else: the numbers lines are *built* with the
point (they are evaluated as calculator input, and JSON, model, lesson and dataset
files always use it), and the separator is applied where a number is *shown*:
:func:`number` for one formatted number, :func:`numbers_in` for a formula's operand
text (which holds numbers and operators only, never prose or a file name).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "QT_TRANSLATE_NOOP",
    "class_name",
    "decimal_separator",
    "grouped",
    "list_separator",
    "minus_signs",
    "number",
    "numbers_in",
    "parse_number",
    "percent",
    "right_of",
    "set_decimal_separator",
    "set_translator",
    "source_of",
    "translate",
]

Translator = Callable[[str, str, "str | None", int], str]


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _identity
_separator = "."
# Each translation given out, to its (context, source): a window translates its fixed
# texts again from here when the language changes (fruitnet_gui.ui.language). (A plain
# comment: pyside6-lupdate would give a "#:" one to the next translate() as its note.)
_given: dict[str, tuple[str, str]] = {}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (``%n`` becomes ``n`` with the right plural)."""
    result = _translator(context, text, disambiguation, n)
    if n < 0 and disambiguation is None:
        _given[result] = (context, text)
    return result


def source_of(shown: str) -> tuple[str, str] | None:
    """The (context, English source) that :func:`translate` turned into ``shown``."""
    return _given.get(shown)


def set_translator(function: Translator | None) -> None:
    """Route :func:`translate` through ``function`` (``None``: English again)."""
    global _translator
    _translator = function or _identity


def set_decimal_separator(separator: str) -> None:
    """ "." or ","; what :func:`number` and :func:`numbers_in` put between the digits."""
    global _separator
    if separator not in (".", ","):
        raise ValueError(f"a decimal separator is '.' or ',', not {separator!r}")
    _separator = separator


def decimal_separator() -> str:
    return _separator


def list_separator() -> str:
    """Between the numbers of a list: ", ", or with a decimal comma a semicolon, written
    as the language writes it: "0,15; 0,35" in German, "0,15 ; 0,35" in French."""
    if _separator != ",":
        return ", "
    return translate("Numbers", "; ", "between the numbers of a list, with a decimal comma")


def percent(fraction: float, decimals: int = 0) -> str:
    """A share as a person reads it, with the reader's decimal separator and the
    language's spacing: 0.936 is "93.6%" in English, "93,6 %" in French and German (a
    no-break space before the sign, which their typography wants)."""
    shown = number(f"{100 * fraction:.{decimals}f}")
    return translate("Numbers", "{number}%", "a percentage").format(number=shown)


def number(text: str) -> str:
    """One formatted number (``"-0.0002541"``, ``"1.5e-05"``) with the reader's separator."""
    return text if _separator == "." else text.replace(".", _separator)


def grouped(value: float) -> str:
    """A whole number with its thousands grouped as the reader groups them:
    ``1,000,000`` with the decimal point, ``1 000 000`` (narrow no-break spaces) with
    the decimal comma, where a comma between the digits would read as a decimal one."""
    text = f"{value:,.0f}"
    return text if _separator == "." else text.replace(",", "\u202f")


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_ARGUMENT_COMMA = re.compile(r",(?= )")


def numbers_in(operands: str) -> str:
    """A formula's operand text with the reader's separator: ``0.15 × 0.05`` becomes
    ``0,15 × 0,05``. With a decimal comma the comma between a function's arguments
    becomes a semicolon (``max(0 ; 0,3778)``), as French and German schools write it."""
    if _separator == ".":
        return operands
    return _DECIMAL_POINT.sub(_separator, _ARGUMENT_COMMA.sub(" ;", operands))


_MINUS = re.compile(r"(?<![\w\-])-(?=[\d.,])")


def minus_signs(prose: str) -> str:
    """A typeset minus (−) for every minus of a number in ``prose``; the hyphens of
    words ("Bias-Gewicht") and names ("2-2-2") stay."""
    return _MINUS.sub("−", prose)


def parse_number(text: str) -> float:
    """A number a person typed: a decimal point or a decimal comma (``0,7020``), a
    typographic minus, spaces around it. Raises ValueError if it is not a number."""
    s = text.strip().replace("−", "-").replace("\u2212", "-")
    if "," in s and "." not in s and s.count(",") == 1:
        s = s.replace(",", ".")
    return float(s)


def class_name(name: str) -> str:
    """A class of the network ("tomato") as the reader says it; the network and its
    files keep the name they were given (a name with no translation stays as it is)."""
    return translate("Classes", name)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate knows
    """Marks ``text`` for translation where it is defined (a module's table of titles);
    it is translated where it is shown, with ``translate(context, text)``."""
    return text


def right_of(right: int, n: int) -> str:
    """ "3 of 4 right". French and German agree the word with the count ("1 juste sur
    2", "2 justes sur 3"); the singular is a message of its own because pyside6-lupdate
    marks a plural (%n) message only when the count is a literal in the code."""
    if right <= 1:  # 0 and 1 take the singular in French
        said = translate("Worksheets", "{right} of {n} right", "0 or 1 right")
    else:
        said = translate("Worksheets", "{right} of {n} right")
    return said.format(right=right, n=n)
