"""The frozen program's entry point: what ``dist/FruitNet/FruitNet`` runs.

PyInstaller freezes this script (see packaging/fruitnet.spec), not the console-script
wrapper pip makes. The training panel trains in a process of its own, started with
multiprocessing's "spawn" method: the child is this same executable, started again with
multiprocessing's arguments. ``freeze_support()`` must therefore come before anything
else, so that the child becomes the training process instead of opening a second window
(PyInstaller's runtime hook makes it do so on Linux and macOS too, not only Windows).
"""

import contextlib
import multiprocessing
import os
import sys


def _coerce_c_locale() -> None:
    """What the ``python`` command does at start (PEP 538) and PyInstaller's program
    does not: when the character encoding would be the bare C locale's (``env -i``, some
    cron jobs and containers, or a LANG such as fr_FR.UTF-8 that the system has not
    installed) use C.UTF-8, so Qt does not warn that it "depends on a UTF-8 locale".
    Only LC_CTYPE changes: the language and the numbers still follow LANG, and LC_ALL,
    which overrides everything, is left alone as PEP 538 leaves it."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        if os.environ.get("LC_ALL"):
            return
        import locale

        try:
            chosen = locale.setlocale(locale.LC_CTYPE, "")
        except locale.Error:  # the locale LANG or LC_CTYPE names is not installed
            chosen = "C"
        if chosen in ("C", "POSIX"):
            os.environ["LC_CTYPE"] = "C.UTF-8"
            # and now: Qt's setlocale(LC_ALL, "") fails as a whole when LANG names a
            # locale that is missing, leaving the process's LC_CTYPE as it was
            with contextlib.suppress(locale.Error):
                locale.setlocale(locale.LC_CTYPE, "C.UTF-8")


if __name__ == "__main__":
    multiprocessing.freeze_support()
    _coerce_c_locale()

    from fruitnet_gui.cli import gui_main

    raise SystemExit(gui_main())
