"""Entry points: ``fruitnet-gui`` opens the window; ``fruitnet`` runs commands headless."""

from __future__ import annotations

import os
import sys


def gui_main(argv: list[str] | None = None) -> int:
    """``fruitnet-gui [--preset paper|fruit] [--model FILE]``.

    Without a display it says so in one line and returns 2, before Qt would abort (see
    :mod:`fruitnet_gui.display`). ``--self-test`` needs no display: it runs offscreen.
    """
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not {"-h", "--help"} & set(argv):
        from fruitnet_gui.display import display_problem, no_display_line

        problem = display_problem()
        if problem is not None:
            _speak_early(argv)  # then the reason is found again, said in that language
            print(no_display_line(display_problem() or problem), file=sys.stderr)
            return 2
    from fruitnet_gui.ui.app import main

    return main(argv)


def _speak_early(argv: list[str]) -> None:
    """The language of the no-display line: --language, else the system's (the window's
    saved choice needs its settings, which are not read without a window)."""
    from fruitnet_gui.i18n import early_language, language_code, use_language

    if any(arg == "--language" or arg.startswith("--language=") for arg in argv):
        early_language(argv)
    else:
        use_language(language_code(None), "--decimal-point" in argv)


def main(argv: list[str] | None = None) -> int:
    """``fruitnet trace ...`` and ``fruitnet train ...``."""
    from fruitnet_gui.commands import run

    return run(sys.argv[1:] if argv is None else argv)
