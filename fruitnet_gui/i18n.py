"""The user's language: Qt's translators, the model's text hook and the decimal separator.

The window (``fruitnet-gui --language fr``, Help → Language) and the command line
(``fruitnet trace --language fr``) both call :func:`use_language`: it installs
FruitNet's compiled translation (``translations/fruitnet_xx.qm``) and Qt's own (the
standard buttons and dialogs), points :func:`fruitnet_gui.model.text.translate` at
``QCoreApplication.translate``, and sets the decimal separator of what a person reads
(a comma in French and German unless the point is kept). Without ``--language`` the
system's language is used (``QLocale.system()``), English when FruitNet has no
translation for it.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fruitnet_gui.model import text
from fruitnet_gui.resources import TRANSLATIONS

__all__ = [
    "LANGUAGES",
    "comma_language",
    "current_language",
    "early_language",
    "language_code",
    "system_language",
    "use_language",
]

#: The languages FruitNet speaks, by code, each named in its own language (the menu).
LANGUAGES = {"en": "English", "fr": "Français", "de": "Deutsch"}

_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language :func:`use_language` last set ("en" before)."""
    return _current


def system_language() -> str:
    """The system's language if FruitNet speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def language_code(requested: str | None) -> str:
    """``fr``, ``fr_CA``, ``FR`` → ``fr``; empty or ``None`` → the system's; raises
    ValueError for a language FruitNet does not have."""
    if not requested:
        return system_language()
    code = requested.replace("-", "_").split("_")[0].lower()
    if code not in LANGUAGES:
        raise ValueError(
            text.translate("Cli", "no translation for {code}: give one of {codes}").format(
                code=repr(requested), codes=", ".join(sorted(LANGUAGES))
            )
        )
    return code


def comma_language(code: str) -> bool:
    """Whether ``code``'s decimal separator is the comma (QLocale's own answer)."""
    return QLocale(code).decimalPoint() == ","


def use_language(code: str, keep_point: bool = False) -> str:
    """Speak ``code`` from now on; returns it.

    FruitNet's translation answers the model's hook directly (so the command line
    needs no Qt application). When an application exists, it and Qt's own translation
    (the standard buttons and dialogs) are also installed in it, which sends every
    widget a ``LanguageChange`` event: the window answers by translating what it shows
    again.
    """
    global _current
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    ours: QTranslator | None = None
    if code != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{code}", qt_folder), (f"fruitnet_{code}", TRANSLATIONS)):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                _installed.append(translator)
                ours = translator
        if app is not None:
            for translator in _installed:
                app.installTranslator(translator)
    _current = code
    text.set_translator(_hook(ours) if ours is not None else None)
    comma = comma_language(code) and not keep_point
    text.set_decimal_separator("," if comma else ".")
    # Qt's own numbers (spin boxes) follow: the language's locale, or the point kept
    numbers = QLocale(code) if comma else QLocale(QLocale.Language.English)
    numbers.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    QLocale.setDefault(numbers)
    if app is not None and not _installed:  # English: the window still retranslates
        from PySide6.QtCore import QEvent

        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return code


def early_language(argv: list[str]) -> None:
    """Speak what ``--language CODE`` in ``argv`` asks for (and keep the point with
    ``--decimal-point``) before the argument parser is built, so its help is
    translated; an unknown code is left to the parser to report."""
    code = None
    for k, arg in enumerate(argv):
        if arg == "--language" and k + 1 < len(argv):
            code = argv[k + 1]
        elif arg.startswith("--language="):
            code = arg.split("=", 1)[1]
    if code is None:
        return
    with contextlib.suppress(ValueError):
        use_language(language_code(code), "--decimal-point" in argv)


def _hook(translator: QTranslator) -> text.Translator:
    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = translator.translate(context, source, disambiguation, n)
        result = found or source
        return result.replace("%n", str(n)) if n >= 0 else result

    return translate
