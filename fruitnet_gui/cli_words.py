"""argparse's own words ("usage: ", "options", "the following arguments are required")
in the user's language, for ``fruitnet`` and ``fruitnet-gui``.

argparse takes its words from ``gettext`` (``from gettext import gettext as _,
ngettext``) each time it prints them, so pointing its module's ``_`` and ``ngettext``
at :func:`~fruitnet_gui.model.text.translate` (context ``argparse``) translates them
with the rest of FruitNet; in English they stay exactly argparse's. ``pyside6-lupdate``
only extracts literal calls, so the sentences argparse says to a user are listed once
below; its programming errors ("conflicting option string") are left as they are.
"""

from __future__ import annotations

import argparse

from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate

__all__ = ["WORDS", "install"]

#: What argparse (Python 3.10 to 3.13) says to a person, in its own English.
WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "optional arguments"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", " (default: %(default)s)"),
)


def _gettext(message: object) -> object:
    """argparse's word in the user's language; a title it passes through (``None``, a
    subcommand group's title of our own) comes back unchanged if it has no translation."""
    return translate("argparse", message) if isinstance(message, str) and message else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)  # type: ignore[return-value]


def install() -> None:
    """Route argparse's words through FruitNet's translation from now on (idempotent)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
