"""``fruitnet-gui --self-test``: does this copy of FruitNet work? Exit status 0 if so.

Made for the standalone app (tools/build_app.py runs it on every build, and a teacher
can run it on a machine where the window does not look right), and just as usable from
a checkout. It opens the real window offscreen (no screen needed, nothing appears) and
goes through it as a student would:

0. **What a bundle can lose**: the window's icon must be drawn (the SVG plugin), the
   shipped images and the lessons (in every language) must be found, and those of the
   user's language must open.
1. **The paper's iteration**, every sub-step pressed with the window's Step action:
   the formula view must show each sub-step's value as the iteration computed it, the
   values table must agree, the iteration's values must agree with the vectorized
   model (forward, backward, update; to 1e-12) and nety1 must read 0.3778444648,
   E_total 0.2110661376 (docs/DESIGN.md section 1). The network shown at the end must
   be the one a vectorized training step gives.
2. **One epoch of the fruit net on the shipped images**, started with the training
   panel's Train button, so it runs in the window's own training **process** (spawned:
   in the frozen app, the same executable started again, which only works if
   ``multiprocessing.freeze_support()`` runs first). It must finish, come from another
   process, and give the same weights as the same training done here, in this process.

Each stage prints one line; a failure prints ``self-test failed: <reason>`` on stderr and
the exit status is 1. Waits have generous ceilings (a first start from a slow disk, a
spawned interpreter importing NumPy): they are there to end a hung test, not to time it.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from fruitnet_gui.model.text import number, translate

__all__ = ["SelfTestFailure", "self_test"]

#: Ceilings of the waits (seconds), far above what they take (under 1 s and ~3 s here).
SHOW_CEILING_S = 60.0
TRAIN_CEILING_S = 120.0

#: Exact float64 values the window must show (docs/DESIGN.md section 1, 10 digits).
PAPER_SHOWN = {"nety1": "0.3778444648", "Etotal": "0.2110661376", "w5_new": "−0.0002541271202"}


class SelfTestFailure(Exception):
    """A check failed; the message is the one-line reason."""


def _say(text: str) -> None:
    if sys.stdout is not None:  # a windowed Windows program has none
        print(text, flush=True)


def _fail(reason: str) -> None:
    if sys.stderr is not None:
        line = translate("SelfTest", "self-test failed: {reason}")
        print(line.format(reason=" ".join(reason.split())), file=sys.stderr, flush=True)


def self_test(args: argparse.Namespace) -> int:
    """Run the checks in a fresh QApplication; the exit status (0 passed, 1 failed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from fruitnet_gui.ui import app as app_module

    _quiet_offscreen()
    started = time.monotonic()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "FruitNet"])
    app.setApplicationName(app_module.APP_NAME)
    app.setOrganizationName(app_module.ORGANIZATION)
    with tempfile.TemporaryDirectory(prefix="fruitnet-self-test-") as tmp:
        # a layout file of its own: the teacher's saved window layout is not touched
        args.settings = str(Path(tmp) / "settings.ini")
        window = None
        try:
            window = app_module.create_window(args)
            _show(app, window, started)
            _check_files(window)
            _check_paper_iteration(app, window)
            _check_training(app, window)
        except SelfTestFailure as exc:
            _fail(str(exc))
            return 1
        except Exception as exc:  # a bug is a failure too, said in one line
            _fail(f"{type(exc).__name__}: {exc}")
            return 1
        finally:
            if window is not None:
                window.session.state.mark_saved()  # its trained weights: nobody to ask
                window.close()  # stops the training process, as the close button does
                window.deleteLater()
                app.processEvents()
    _say(translate("SelfTest", "self-test passed"))
    return 0


#: What Qt's offscreen platform says about itself, not about FruitNet.
_OFFSCREEN_NOISE = ("This plugin does not support",)


def _quiet_offscreen() -> None:
    """Keep Qt's warnings, except the offscreen platform's own remarks, so that a
    passing self-test prints only its report."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if not message.startswith(_OFFSCREEN_NOISE) and sys.stderr is not None:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _wait_until(app, done: Callable[[], bool], ceiling: float, what: str) -> float:
    """Run the event loop until ``done()``; the seconds it took."""
    from PySide6.QtCore import QEventLoop

    start = time.monotonic()
    while not done():
        if time.monotonic() - start > ceiling:
            raise SelfTestFailure(
                translate("SelfTest", "{what} did not happen within {seconds} s").format(
                    what=what, seconds=number(f"{ceiling:g}")
                )
            )
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return time.monotonic() - start


def _show(app, window, started: float) -> None:
    window.show()
    _wait_until(
        app,
        lambda: window.isVisible() and window.windowHandle() is not None
        and window.windowHandle().isExposed(),
        SHOW_CEILING_S,
        translate("SelfTest", "showing the window"),
    )  # fmt: skip
    _say(
        translate(
            "SelfTest",
            "window shown ({platform}, {seconds} s after the Qt application was made): {title}",
        ).format(
            platform=app.platformName(),
            seconds=number(f"{time.monotonic() - started:.2f}"),
            title=window.windowTitle(),
        )
    )


def _check_files(window) -> None:
    """What a bundle can lose: the icons (SVG, drawn by Qt's svg plugin), the shipped
    images, the lessons (each in every language, and those of the user's language must
    open: a lesson file is checked against its own iteration when read)."""
    from fruitnet_gui.files.lesson_io import load_lesson
    from fruitnet_gui.i18n import LANGUAGES, current_language
    from fruitnet_gui.model.errors import FruitNetError
    from fruitnet_gui.resources import ASSETS, DATASETS, LESSONS, lesson_folder, shipped_lessons

    image = window.windowIcon().pixmap(32, 32).toImage()
    if image.isNull() or not any(
        image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())
    ):
        raise SelfTestFailure(
            translate("SelfTest", "the window's icon is not drawn (from {folder})").format(
                folder=ASSETS
            )
        )
    for folder, pattern in ((DATASETS / "fruits-6x6", "*.json"), (LESSONS, "*.fnlesson")):
        if not any(folder.glob(pattern)):
            raise SelfTestFailure(
                translate("SelfTest", "no {pattern} in {folder}").format(
                    pattern=pattern, folder=folder
                )
            )
    english = sorted(p.name for p in LESSONS.glob("*.fnlesson"))
    for code in LANGUAGES:
        folder = lesson_folder(code)
        found = sorted(p.name for p in folder.glob("*.fnlesson"))
        if found != english:
            raise SelfTestFailure(
                translate("SelfTest", "the lessons in {folder} are {found}, not {expected}").format(
                    folder=folder, found=", ".join(found), expected=", ".join(english)
                )
            )
    for path in shipped_lessons(current_language()):
        try:
            load_lesson(path)
        except FruitNetError as exc:
            raise SelfTestFailure(
                translate("SelfTest", "a shipped lesson does not open: {reason}").format(reason=exc)
            ) from exc
    _say(
        translate(
            "SelfTest", "icons, images and lessons ({n} in each of {languages}) found in {folder}"
        ).format(n=len(english), languages=", ".join(LANGUAGES), folder=ASSETS.parent)
    )


def _plain(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText().strip()


def _model_values(session) -> dict[str, float]:
    """The paper net's quantities from the vectorized model, by the iteration's names."""
    net, x, t = session.network, session.x, session.target
    fwd = net.forward(x)
    grads = net.backward(fwd, t)
    new = net.updated(grads)
    values: dict[str, float] = {}
    for layer, prefix in ((0, "h"), (1, "y")):
        for j, (n, o) in enumerate(zip(fwd.nets[layer], fwd.outs[layer + 1]), start=1):
            values[f"net{prefix}{j}"] = float(n)
            values[f"out{prefix}{j}"] = float(o)
    values["Etotal"] = float(net.error_of(fwd.output, t))
    # weights numbered row by row by source node, the hidden→output ones continuing;
    # bias weights into the hidden nodes first (docs/DESIGN.md section 2)
    number = 1
    for layer, w in enumerate(net.weights):
        for i in range(w.shape[0]):
            for j in range(w.shape[1]):
                values[f"dEtotal/dw{number}"] = float(grads.weights[layer][i, j])
                values[f"w{number}_new"] = float(new.weights[layer][i, j])
                number += 1
    number = 1
    for layer, b in enumerate(net.biases):
        for j in range(len(b)):
            values[f"dEtotal/dbw{number}"] = float(grads.biases[layer][j])
            values[f"bw{number}_new"] = float(new.biases[layer][j])
            number += 1
    return values


def _check_paper_iteration(app, window) -> None:
    from fruitnet_gui.model.teaching.iteration import Level
    from fruitnet_gui.ui.stepping.formula_view import format_value

    session, formula = window.session, window.formula
    if session.network.layers != (2, 2, 2):
        window.load_preset("paper")
    iteration = session.iteration
    model = _model_values(session)
    session.reset()
    session.set_level(Level.FACTOR)  # one sub-step per press
    step = window.stepper.step_action
    for k, sub in enumerate(iteration.steps):
        step.trigger()
        app.processEvents()
        if session.position != k + 1:
            raise SelfTestFailure(
                translate("SelfTest", "Step went to sub-step {position}, not {wanted}").format(
                    position=session.position, wanted=k + 1
                )
            )
        shown = _plain(formula.value_label.text())
        expected = f"{_plain(_html_name(sub.name))} = {format_value(sub.value)}"
        if shown != expected:
            raise SelfTestFailure(
                translate(
                    "SelfTest", "sub-step {k} shows {shown}, the iteration {expected}"
                ).format(k=k + 1, shown=repr(shown), expected=repr(expected))
            )
        if sub.name in model and not math.isclose(sub.value, model[sub.name], abs_tol=1e-12):
            raise SelfTestFailure(
                translate("SelfTest", "{name} = {value} stepped, {model} from the model").format(
                    name=sub.name, value=repr(sub.value), model=repr(model[sub.name])
                )
            )
        paper = number(PAPER_SHOWN.get(sub.name, ""))  # as the window writes it
        if sub.name in PAPER_SHOWN and shown.split(" = ")[1] != paper:
            raise SelfTestFailure(
                translate("SelfTest", "{name} shows {shown}, not {paper}").format(
                    name=sub.name, shown=repr(shown), paper=paper
                )
            )
    missing = set(model) - {sub.name for sub in iteration.steps}
    if missing:
        raise SelfTestFailure(
            translate("SelfTest", "the iteration never showed {name}").format(
                name=sorted(missing)[0]
            )
        )
    rows = formula.row_texts()
    for sub in iteration.steps:
        if sub.name in rows and rows[sub.name] != format_value(sub.value):
            raise SelfTestFailure(
                translate("SelfTest", "the values table shows {name} = {value}").format(
                    name=sub.name, value=rows[sub.name]
                )
            )
    after, _error = session.network.train_step(session.x, session.target)
    shown_net = session.shown_network
    if not np.allclose(shown_net.flat_params(), after.flat_params(), rtol=0, atol=1e-12):
        raise SelfTestFailure(
            translate("SelfTest", "the weights after the last sub-step are not a training step's")
        )
    _say(
        translate(
            "SelfTest",
            "paper iteration: {n} sub-steps shown as computed, nety1 = {nety1}, E_total = {etotal}",
        ).format(
            n=len(iteration.steps),
            nety1=number(PAPER_SHOWN["nety1"]),
            etotal=number(PAPER_SHOWN["Etotal"]),
        )
    )


def _html_name(name: str) -> str:
    from fruitnet_gui.model.net.naming import html_name

    return html_name(name)


def _check_training(app, window) -> None:
    from fruitnet_gui.model.training import train
    from fruitnet_gui.model.training.kernel import have_numba

    session, panel, runner = window.session, window.training_panel, window.session.trainer
    window.load_preset("fruit")
    if not window.dataset_browser.load_fruit_dataset():
        raise SelfTestFailure(translate("SelfTest", "the shipped fruit images could not be loaded"))
    data, test = session.dataset, session.test_set
    if data is None or not len(data):
        raise SelfTestFailure(translate("SelfTest", "the shipped fruit images are missing"))
    panel.epochs_spin.setValue(1)
    config = panel.config()
    start_net = session.network.copy()
    outcome: dict[str, object] = {}
    runner.finished.connect(lambda progress: outcome.setdefault("done", progress))
    runner.failed.connect(lambda message: outcome.setdefault("failed", message))
    panel.train_button.click()
    one_epoch = translate("SelfTest", "one epoch of training")
    seconds = _wait_until(app, lambda: bool(outcome), TRAIN_CEILING_S, one_epoch)
    if "failed" in outcome:
        raise SelfTestFailure(
            translate("SelfTest", "training failed: {reason}").format(reason=outcome["failed"])
        )
    server = runner._server  # the process the run went through
    if server is None or not server.alive() or server.process.pid == os.getpid():
        raise SelfTestFailure(
            translate("SelfTest", "training did not run in the window's training process")
        )
    method = _start_method(server.process)
    if method != "spawn":
        raise SelfTestFailure(
            translate("SelfTest", "the training process was started by {method}, not spawn").format(
                method=repr(method)
            )
        )
    progress = outcome["done"]
    if progress.epoch != 1 or not progress.finished:  # type: ignore[attr-defined]
        raise SelfTestFailure(
            translate("SelfTest", "training stopped after {n} epochs, not 1").format(
                n=progress.epoch  # type: ignore[attr-defined]
            )
        )
    # the same run in this process, with the kernel this copy has
    runs = train(start_net, data.inputs(), data.targets(), config, *_test_arrays(test))
    here = None
    for here in runs:  # noqa: B007 - the last snapshot is the result
        pass
    trained = progress.network.flat_params()  # type: ignore[attr-defined]
    if here is None or not np.allclose(trained, here.network.flat_params(), rtol=0, atol=1e-9):
        raise SelfTestFailure(
            translate("SelfTest", "the training process's weights differ from training here")
        )
    if not np.array_equal(session.network.flat_params(), trained):
        raise SelfTestFailure(translate("SelfTest", "the window did not adopt the trained weights"))
    result = progress.history[-1]  # type: ignore[attr-defined]
    kernel = translate("SelfTest", "compiled (Numba)") if have_numba() else "NumPy"
    _say(
        translate(
            "SelfTest",
            "fruit net: 1 epoch on {n} images in the training process (pid {pid}, started by "
            "{method}), {seconds} s; same weights as here ({kernel} loop); training error "
            "{error}, test accuracy {accuracy}",
        ).format(
            n=len(data),
            pid=server.process.pid,
            method=method,
            seconds=number(f"{seconds:.1f}"),
            kernel=kernel,
            error=number(f"{result.train_error:.4f}"),
            accuracy=_percent(result, test),
        )
    )


def _start_method(process) -> str:
    """How multiprocessing started ``process`` ("spawn": a fresh interpreter, or in the
    frozen app the same executable again)."""
    return getattr(getattr(process, "_popen", None), "method", "unknown")


def _test_arrays(test) -> tuple:
    if test is None or not len(test):
        return None, None
    return test.inputs(), test.targets()


def _percent(result, test) -> str:
    accuracy = getattr(result, "test_accuracy", None)
    if test is None or accuracy is None or not math.isfinite(accuracy):
        return translate("SelfTest", "n/a")
    return translate("SelfTest", "{percent}%").format(percent=f"{accuracy * 100:.0f}")
