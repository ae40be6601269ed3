"""The ``fruitnet`` command: ``trace`` prints one iteration, ``train`` trains headless,
``check`` checks a hand calculation.

Bad arguments or files give a one-line message on stderr and exit status 2, never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

import numpy as np

from fruitnet_gui.cli_options import build_parser, learning_rate_arg, seed_arg
from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.net.network import Network, fruit_network, paper_network
from fruitnet_gui.model.state import default_sample
from fruitnet_gui.model.teaching.iteration import Iteration
from fruitnet_gui.model.text import translate

__all__ = ["apply_conventions", "learning_rate_arg", "run", "seed_arg"]


def apply_conventions(net: Network, args: argparse.Namespace) -> Network:
    """The network under the conventions the options name (the rest stay the network's)."""
    from dataclasses import replace

    changes = {
        k: v
        for k, v in (
            ("error", args.error),
            ("bias", args.bias),
            ("batch_gradient", args.batch_gradient),
            ("update_biases", False if args.fixed_biases else None),
        )
        if v is not None
    }
    if not changes:
        return net
    return net.with_conventions(replace(net.conventions, **changes))


def use_language(args: argparse.Namespace) -> None:
    """The language the options name (else the system's), for everything printed."""
    from fruitnet_gui.i18n import language_code
    from fruitnet_gui.i18n import use_language as use

    requested = args.language or getattr(args, "language_before_command", None)
    keep_point = args.decimal_point or getattr(args, "decimal_point_before_command", False)
    try:
        code = language_code(requested)
    except ValueError as exc:
        raise FruitNetError(f"--language: {exc}") from None  # the option's name, then why
    json_out = getattr(args, "format", None) == "json"
    use(code, keep_point=keep_point or json_out)


def run(argv: Sequence[str]) -> int:
    from fruitnet_gui.i18n import early_language

    early_language(list(argv))
    parser = build_parser()
    args, unknown = parser.parse_known_args(list(argv))
    if unknown:  # said by the subcommand, whose --help lists what it takes
        words = translate("argparse", "unrecognized arguments: %s")
        parser.commands[args.command].error(words % " ".join(unknown))
    try:
        use_language(args)
        if args.command == "trace":
            return _trace(args, sys.stdout)
        if args.command == "check":
            from fruitnet_gui.check_command import check_command

            return check_command(args, sys.stdout, _network_and_sample)
        if args.command == "landscape":
            return _landscape(args, sys.stdout)
        if args.command == "worksheet":
            from fruitnet_gui.worksheet_command import worksheet_command

            return worksheet_command(args, sys.stdout, _network_and_sample)
        from fruitnet_gui.train_command import train_command

        return train_command(args, sys.stdout, sys.stderr)
    except FruitNetError as exc:
        from fruitnet_gui.files.messages import said_by

        print(said_by(f"fruitnet {args.command}", str(exc)), file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into head
        return 0


def _network_and_sample(args: argparse.Namespace) -> tuple[Network, str, np.ndarray, np.ndarray]:
    """The network (with the options' conventions and η), its name, input and target."""
    if args.model:
        from fruitnet_gui.files.messages import shown_path
        from fruitnet_gui.files.model_io import load_model

        net = load_model(args.model)
        # printable on a strict UTF-8 terminal
        name = translate("Trace", "model {path}").format(path=shown_path(args.model))
    elif args.preset == "fruit":
        net = fruit_network(args.seed)
        name = translate("Trace", "fruit classifier 36-36-2 (seed {seed})").format(seed=args.seed)
    else:
        net = paper_network()
        name = translate("Trace", "paper example 2-2-2")

    sample = default_sample(net)  # the window's, for the same network
    x = np.array(args.input) if args.input is not None else sample.x
    t = np.array(args.target) if args.target is not None else sample.target(net)
    if x.shape != (net.n_inputs,):
        raise FruitNetError(
            translate("Cli", "--input needs {n} values for this network, got {got}").format(
                n=net.n_inputs, got=x.size
            )
        )
    if t.shape != (net.n_outputs,):
        raise FruitNetError(
            translate("Cli", "--target needs {n} values for this network, got {got}").format(
                n=net.n_outputs, got=t.size
            )
        )
    pencil = getattr(args, "pencil", None)
    if pencil is not None and not 0 <= pencil <= 12:
        raise FruitNetError(
            translate("Worksheets", "--pencil takes 0 to 12 decimals, got {n}").format(n=pencil)
        )
    net = apply_conventions(net, args)
    if args.lr is not None:
        net = net.with_learning_rate(args.lr)
    return net, name, x, t


def _lesson_path(given: str) -> str:
    """``--lesson``: a lesson file, or the name of a shipped lesson ("inner-weights"),
    found in the user's language (else in English)."""
    import os

    from fruitnet_gui.i18n import current_language
    from fruitnet_gui.resources import find_shipped_lesson

    if os.path.exists(given) or os.sep in given or "/" in given:
        return given
    found = find_shipped_lesson(given, current_language())
    return str(found) if found is not None else given


def _trace(args: argparse.Namespace, out: TextIO) -> int:
    notes: dict[str, str] = {}
    level = args.level
    if args.lesson:
        from fruitnet_gui.files.lesson_io import load_lesson

        lesson = load_lesson(_lesson_path(args.lesson))
        net, x, t = lesson.network, lesson.x, lesson.target
        name = translate("Trace", "lesson {title}").format(title=lesson.title or args.lesson)
        pencil = lesson.pencil if args.pencil is None else args.pencil
        notes = lesson.notes
        if lesson.level.value == "factor":
            level = "factor"
    else:
        net, name, x, t = _network_and_sample(args)
        pencil = args.pencil
    it = Iteration(net, x, t, pencil=pencil)
    steps = it.steps if level == "factor" else it.quantities()
    checks = _gradient_checks(it, x, t) if args.gradcheck else {}
    if args.format == "json":
        _write_json(it, steps, level, out, notes, checks)
    else:
        from fruitnet_gui.trace_markdown import write_markdown

        write_markdown(it, steps, name, out, notes, checks)
    return 0


def _landscape(args: argparse.Namespace, out: TextIO) -> int:
    from fruitnet_gui.model.explore.gradcheck import landscape

    net, name, x, t = _network_and_sample(args)
    path = args.out
    if not path.lower().endswith((".json", ".png")):
        raise FruitNetError(
            translate("Cli", "--out {path}: give a .json or a .png file").format(path=path)
        )
    data = landscape(net, x, t, tuple(args.weights), args.span, args.grid)
    if path.lower().endswith(".png"):
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication(["fruitnet"])  # noqa: F841
        from fruitnet_gui.model.explore.gradcheck import pair_gradient
        from fruitnet_gui.ui.explore.landscape_picture import render_png

        render_png(data, path, gradient=pair_gradient(net, x, t, tuple(args.weights)))
    else:
        from fruitnet_gui.files.atomic import atomic_write_text

        atomic_write_text(path, json.dumps(data) + "\n")
    out.write(f"E_total of {name} over {args.grid}×{args.grid} values of "
              f"{args.weights[0]} and {args.weights[1]}: {path}\n")  # fmt: skip
    return 0


def _gradient_checks(it: Iteration, x: np.ndarray, t: np.ndarray) -> dict:
    """Backprop (exact, even in pencil mode) against the finite difference, by step name."""
    from fruitnet_gui.model.explore.gradcheck import gradient_check

    net = it.network
    grads = net.gradients(x, t)
    out = {}
    for s in it.steps:
        if s.kind != "gradient":
            continue
        l, i, j = s.target
        g = grads.biases[l][j] if i is None else grads.weights[l][i, j]
        out[s.name] = gradient_check(net, x, t, s.name.split("/d", 1)[1], float(g))
    return out


def _write_json(
    it: Iteration,
    steps: list,
    level: str,
    out: TextIO,
    notes: dict[str, str] | None = None,
    checks: dict | None = None,
) -> None:
    from fruitnet_gui.files.model_io import model_to_dict

    items = []
    for s in steps:
        item = {
            "id": s.id,
            "phase": s.phase.value,
            "kind": s.kind,
            "name": s.name,
            "value": s.value,
            "formula": s.formula.text,
            "numbers": s.numbers.text,
        }
        if s.note:
            item["note"] = s.note
        if notes and s.name in notes:
            item["teacher_note"] = notes[s.name]
        if checks and s.name in checks:
            c = checks[s.name]
            item["finite_difference"] = {
                "value": c.finite_difference,
                "epsilon": c.epsilon,
                "backprop": c.backprop,
                "relative_difference": c.relative_difference,
            }
        items.append(item)
    data = {
        "steps": items,
        "level": level,
        "error": it.error,
        "pencil": it.pencil,
        "learning_rate": it.network.learning_rate,
        "conventions": it.network.conventions.to_dict(),
        "model_after": model_to_dict(it.network_after()),
    }
    json.dump(data, out, indent=1, ensure_ascii=False, allow_nan=False)
    out.write("\n")
