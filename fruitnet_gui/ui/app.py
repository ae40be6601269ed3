"""The application: ``fruitnet-gui`` and ``python -m fruitnet_gui`` start here.

``fruitnet-gui [--preset paper|fruit] [--model FILE] [--seed N] [--scale X]
[--settings FILE] [--language CODE] [--decimal-point]``

A model file that cannot be read is a usage error: the message goes to stderr and the
exit status is 2 (as for a bad option), rather than silently opening something else.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from fruitnet_gui import cli_words
from fruitnet_gui.commands import seed_arg
from fruitnet_gui.files.messages import said_by
from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.text import translate
from fruitnet_gui.ui.icons import icon
from fruitnet_gui.ui.main_window import SCALE_RANGE, MainWindow, saved_scale
from fruitnet_gui.ui.session import Session

__all__ = ["APP_NAME", "ORGANIZATION", "build_parser", "create_window", "main"]

APP_NAME = "FruitNet"
ORGANIZATION = "FruitNet"
ORGANIZATION_DOMAIN = "fruitnet.invalid"


def build_parser() -> argparse.ArgumentParser:
    cli_words.install()  # argparse's own words ("usage: ", "options") translated too
    parser = argparse.ArgumentParser(
        prog="fruitnet-gui",
        description=translate(
            "Cli",
            "Step through one training iteration of a small neural network, "
            "sub-step by sub-step, as the worked example does by hand.",
        ),
    )
    parser.add_argument(
        "lesson",
        nargs="?",
        metavar="LESSON.fnlesson",
        help=translate("Cli", "open a lesson file (a teacher's prepared iteration)"),
    )
    parser.add_argument(
        "--preset",
        choices=("paper", "fruit"),
        default="paper",
        help=translate(
            "Cli", "the paper's 2-2-2 example (default) or the 36-36-2 fruit classifier"
        ),
    )
    parser.add_argument(
        "--model",
        metavar="FILE",
        help=translate("Cli", "open a FruitNet model file (JSON) instead of a preset"),
    )
    parser.add_argument(
        "--seed",
        type=seed_arg,
        default=0,
        help=translate("Cli", "seed of the fruit classifier's random start weights (default 0)"),
    )
    parser.add_argument(
        "--variant",
        type=int,
        metavar="K",
        help=translate(
            "Cli", "open variant K of a set of worksheets (with --seed S, the seed printed on it)"
        ),
    )
    parser.add_argument(
        "--scale",
        type=_scale_arg,
        metavar="X",
        help=translate(
            "Cli",
            "draw everything X times as large, e.g. 1.5 for a projector (default: the "
            "size chosen in View → Size of everything, else 1)",
        ),
    )
    parser.add_argument(
        "--settings",
        metavar="FILE",
        help=translate(
            "Cli", "remember the window layout in this ini file instead of the user's settings"
        ),
    )
    parser.add_argument(
        "--language",
        type=_language_arg,
        metavar="CODE",
        help=translate(
            "Cli", "en, fr or de (default: the one chosen in Help → Language, else the system's)"
        ),
    )
    parser.add_argument(
        "--decimal-point",
        action="store_true",
        help=translate(
            "Cli",
            "numbers with a decimal point whatever the language (French and German use the comma)",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Cli",
            "check this copy of FruitNet offscreen (the paper's iteration, one epoch of "
            "training) and exit: 0 if it works, else 1 and the reason",
        ),
    )
    return parser


def _scale_arg(text: str) -> float:
    low, high = SCALE_RANGE
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "a scale is a number, not {value}").format(value=repr(text))
        ) from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(
            translate("Cli", "a scale is from {low} to {high}, not {value}").format(
                low=f"{low:g}", high=f"{high:g}", value=text
            )
        )
    return value


def _language_arg(text: str) -> str:
    from fruitnet_gui.i18n import language_code

    try:
        return language_code(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _use_language(args: argparse.Namespace) -> None:
    """--language, else Help → Language's choice, else the system's; the point kept by
    --decimal-point or the setting."""
    from fruitnet_gui.i18n import use_language
    from fruitnet_gui.ui.language import keep_point, saved_language

    settings = _settings(args)
    code = args.language or saved_language(settings)
    use_language(code, args.decimal_point or keep_point(settings))


def _settings(args: argparse.Namespace) -> QSettings:
    if args.settings:
        return QSettings(args.settings, QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APP_NAME)  # what QSettings() is once the app is named


def _apply_scale(args: argparse.Namespace) -> None:
    """Before the QApplication exists: Qt reads its scale factor once, at the start. An
    explicit --scale wins; the saved size does not override the user's own
    QT_SCALE_FACTOR."""
    if args.scale is not None:
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
        return
    scale = saved_scale(_settings(args))
    if scale != 1.0:
        os.environ.setdefault("QT_SCALE_FACTOR", f"{scale:g}")


def create_window(args: argparse.Namespace) -> MainWindow:
    """The session and the window for parsed ``args``; raises FruitNetError for a bad model."""
    session = Session()
    lesson = None
    if args.lesson:
        from fruitnet_gui.files.lesson_io import load_lesson

        lesson = load_lesson(args.lesson)  # a bad file: one line, before any window
    if args.model:
        from fruitnet_gui.files.model_io import load_model

        network = load_model(args.model)
        session.set_network(network, "")
    elif args.variant is not None:
        from fruitnet_gui.model.teaching.worksheet import variant

        net, x, t = variant(args.seed, args.variant)
        session.set_network(net, f"variant {args.variant} (seed {args.seed})")
        session.set_sample(x, net.classes[int(t.argmax())])
    elif args.preset == "fruit":
        session.load_preset("fruit", args.seed)
    window = MainWindow(session, _settings(args))
    window.fruit_seed = args.seed
    session.setParent(window)
    if args.model:
        window.set_model_file(args.model)
    if lesson is not None:
        window.lessons.lesson, window.lessons.path = lesson, args.lesson
        window.lessons.apply(lesson)
    return window


def _close_on_signals(window: MainWindow) -> QTimer:
    """Ctrl+C in the terminal (SIGINT) or a plain ``kill`` (SIGTERM) closes the window as
    its close button does: training stops, its process ends, the layout is saved.

    Python runs signal handlers only between bytecodes, and Qt's event loop is C++: the
    returned timer wakes the interpreter five times a second so the handler runs.
    """

    def close(_signum, _frame) -> None:
        window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    signal.signal(signal.SIGINT, close)
    signal.signal(signal.SIGTERM, close)
    timer = QTimer(window)
    timer.setObjectName("signal_wake_timer")
    timer.timeout.connect(lambda: None)
    timer.start(200)
    return timer


def _return_large_blocks() -> None:
    """Linux (glibc): memory of large temporary arrays goes back to the system when
    freed. glibc raises its mmap threshold after each large free, so the curves' per-draw
    temporaries of a long run (pyqtgraph's checks over every epoch) then stay in the heap:
    the window held ~40 MB more at a million epochs. A fixed 1 MB threshold keeps them
    mmapped. Elsewhere, or if the C library is not glibc, nothing is done."""
    if not sys.platform.startswith("linux"):
        return
    import contextlib
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").mallopt(-3, 1 << 20)  # M_MMAP_THRESHOLD


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv``, open the window and run until it is closed; the exit status."""
    import multiprocessing

    # A frozen Windows or macOS build starts the training process from this executable
    # ("spawn"): it must run the child's code, not a second window.
    multiprocessing.freeze_support()
    _return_large_blocks()
    argv = sys.argv[1:] if argv is None else argv
    from fruitnet_gui.i18n import early_language

    early_language(list(argv))  # the help in the language asked for
    args = build_parser().parse_args(argv)
    if args.self_test:
        from fruitnet_gui.selftest import self_test

        return self_test(args)
    if QApplication.instance() is None:
        _apply_scale(args)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setWindowIcon(icon("fruitnet"))
    _use_language(args)
    try:
        window = create_window(args)
    except FruitNetError as exc:
        print(said_by("fruitnet-gui", str(exc)), file=sys.stderr)
        return 2
    window.show()
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    wake = _close_on_signals(window)
    # Everything alive now (modules, Qt wrappers, the window) lives as long as the app:
    # keep it out of the cyclic garbage collector's full scans, which otherwise add
    # ~30 ms to every rebuild of the fruit network's 2,891 sub-steps.
    gc.freeze()
    try:
        status = app.exec()
    finally:
        wake.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    window.deleteLater()
    return int(status)
