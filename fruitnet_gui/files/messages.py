"""One-line messages: a file name and what is wrong, printable and under 300 characters.

A file name may hold a newline or bytes that are not UTF-8 (Python keeps those as lone
surrogates, which a strict UTF-8 terminal or Qt cannot show), and a bad file may hold a
key or a text thousands of characters long. Every message about a file is built here, so
none spans two lines, none echoes a whole value, and each can be printed anywhere.
"""

from __future__ import annotations

import os
import unicodedata

from fruitnet_gui.model.errors import FileFormatError
from fruitnet_gui.model.net.limits import MAX_MESSAGE
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate

__all__ = [
    "clip",
    "file_error",
    "file_message",
    "library_reason",
    "printable",
    "said_by",
    "shown_path",
]

#: A file name is shown whole up to this length, else its start and its end.
PATH_CHARS = 150
#: The longest message: room is left for the command's "fruitnet train: " before it, so
#: that the printed line too stays under MAX_MESSAGE characters.
LONGEST = MAX_MESSAGE - 20
#: Characters that reorder the text around them (a name could pretend to be another).
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def _escaped(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return ascii(ch)[1:-1]  # \n, \t, \x00, \u2028, \ud800


def printable(text: str) -> str:
    """``text`` with line breaks, control characters and lone surrogates escaped."""
    if text.isprintable() and text.isascii():
        return text
    out = []
    for ch in text:
        if ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            out.append(_escaped(ch))
        else:
            out.append(ch)
    return "".join(out)


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, the cut marked with an ellipsis."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def shown_path(path: str | os.PathLike[str] | bytes) -> str:
    """A file name fit for a message: printable, and its middle cut if it is long."""
    text = printable(os.fsdecode(path))
    if len(text) <= PATH_CHARS:
        return text
    tail = PATH_CHARS * 2 // 3
    return text[: PATH_CHARS - tail - 1] + "…" + text[-tail:]


def file_message(path: str | os.PathLike[str] | None, detail: str) -> str:
    """``"<file>: <detail>"`` on one line of at most :data:`LONGEST` characters."""
    detail = printable(detail)
    if path is None:
        return clip(detail, LONGEST)
    where = shown_path(path)
    return clip(translate("Files", "{file}: {detail}").format(file=where, detail=detail), LONGEST)


def said_by(program: str, message: str) -> str:
    """``"fruitnet train: <message>"``: what a program prints before its message."""
    return translate("Files", "{program}: {message}").format(program=program, message=message)


def file_error(path: str | os.PathLike[str] | None, detail: str) -> FileFormatError:
    """A :class:`FileFormatError` with :func:`file_message`; ``raise file_error(...)``."""
    return FileFormatError(file_message(path, detail))


#: What Python's json and csv readers say of a bad file (their own English), so that
#: "not valid JSON (Expecting value at line 1, column 1)" is said whole in French too.
_LIBRARY_REASONS = (
    QT_TRANSLATE_NOOP("Library", "Expecting value"),
    QT_TRANSLATE_NOOP("Library", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("Library", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("Library", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("Library", "Extra data"),
    QT_TRANSLATE_NOOP("Library", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("Library", "Invalid control character at"),
    QT_TRANSLATE_NOOP("Library", "Invalid \\escape"),
    QT_TRANSLATE_NOOP("Library", "Invalid \\uXXXX escape"),
    QT_TRANSLATE_NOOP("Library", "Illegal trailing comma before end of object"),
    QT_TRANSLATE_NOOP("Library", "Illegal trailing comma before end of array"),
    QT_TRANSLATE_NOOP("Library", "unexpected end of data"),
    QT_TRANSLATE_NOOP("Library", "',' expected after '\"'"),
    QT_TRANSLATE_NOOP("Library", "line contains NUL"),
    QT_TRANSLATE_NOOP("Library", "new-line character seen in unquoted field"),
    QT_TRANSLATE_NOOP("Library", "field larger than field limit"),
)


def library_reason(reason: str) -> str:
    """``reason`` (a json or csv error's own words) in the user's language: its known
    English start is translated, what follows it (a quoted character) kept."""
    for phrase in _LIBRARY_REASONS:
        if reason.startswith(phrase):
            return translate("Library", phrase) + reason[len(phrase) :]
    return reason
