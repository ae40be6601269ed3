"""Entry points: ``fruitnet-gui`` opens the window; ``fruitnet`` runs commands headless."""

from __future__ import annotations

import sys


def gui_main(argv: list[str] | None = None) -> int:
    """``fruitnet-gui [--preset paper|fruit] [--model FILE]``."""
    from fruitnet_gui.ui.app import main

    return main(sys.argv[1:] if argv is None else argv)


def main(argv: list[str] | None = None) -> int:
    """``fruitnet trace ...`` and ``fruitnet train ...``."""
    from fruitnet_gui.commands import run

    return run(sys.argv[1:] if argv is None else argv)
