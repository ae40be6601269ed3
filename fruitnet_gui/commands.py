"""The ``fruitnet`` command: ``trace`` prints one iteration, ``train`` trains headless,
``check`` checks a hand calculation.

Bad arguments or files give a one-line message on stderr and exit status 2, never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

import numpy as np

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.net.network import Network, fruit_network, paper_network
from fruitnet_gui.model.state import default_sample
from fruitnet_gui.model.teaching.iteration import Iteration, Phase
from fruitnet_gui.model.training import TrainingConfig

__all__ = ["run"]


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit status 2."""

    #: The subcommands' parsers, by name (on the top-level parser).
    commands: dict[str, argparse.ArgumentParser]

    #: What argparse takes for a negative number rather than an option: also ``-inf``,
    #: ``-nan`` and ``-1e5`` (its own pattern, ``-1`` and ``-.5`` only, made ``--lr -inf``
    #: "expected one argument" instead of the learning rate's own message).
    _NEGATIVE = re.compile(
        r"^-(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$", re.IGNORECASE
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._negative_number_matcher = self._NEGATIVE

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def seed_arg(text: str) -> int:
    """argparse type of a random seed: a whole number from 0 up."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a seed is a whole number, not {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"a seed is a whole number from 0 up, not {value}")
    return value


def learning_rate_arg(text: str) -> float:
    """argparse type of a learning rate (so ``--lr -inf`` is a value, not an option)."""
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a learning rate is a number, not {text!r}") from None


def add_convention_options(parser: argparse.ArgumentParser, default: str) -> None:
    """The textbook conventions (docs/DESIGN.md section 3, "Conventions") as options."""
    from fruitnet_gui.model.net.conventions import BATCH_GRADIENTS, BIASES, ERRORS

    group = parser.add_argument_group(f"conventions (default: {default})")
    group.add_argument(
        "--error", choices=ERRORS, default=None,
        help="half_sum: E = ½ Σ (t − o)² (the paper); sum: Σ (t − o)²; mean: (1/n) Σ (t − o)²",
    )  # fmt: skip
    group.add_argument(
        "--bias", choices=BIASES, default=None,
        help="per_node: a bias weight per node (the paper); per_layer: one shared by a "
        "layer; none: no bias",
    )  # fmt: skip
    group.add_argument(
        "--fixed-biases", action="store_true", default=None,
        help="keep the bias weights fixed (the paper updates them)",
    )  # fmt: skip
    group.add_argument(
        "--batch-gradient", choices=BATCH_GRADIENTS, default=None,
        help="mean (the paper's choice for batches) or sum of the samples' gradients",
    )  # fmt: skip


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


def add_sample_options(parser: argparse.ArgumentParser) -> argparse._MutuallyExclusiveGroup:
    """--preset | --model, --input, --target: which network, on which sample."""
    src = parser.add_mutually_exclusive_group()
    src.add_argument("--preset", choices=("paper", "fruit"), help="a built-in network")
    src.add_argument("--model", metavar="FILE", help="a model file (fruitnet-model JSON)")
    parser.add_argument("--input", nargs="+", type=float, metavar="V", help="the input values")
    parser.add_argument("--target", nargs="+", type=float, metavar="T", help="the target values")
    return src


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fruitnet",
        description="FruitNet on the command line: trace one training iteration, train, "
        "check a hand calculation, write worksheets, map the error landscape.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    trace = sub.add_parser(
        "trace",
        help="print one training iteration, every sub-step with its formula and value",
        description=(
            "Print one training iteration of a network, sub-step by sub-step, as the "
            "worked example does by hand. With no options: the paper's 2-2-2 example."
        ),
    )
    src = trace.add_mutually_exclusive_group()
    src.add_argument(
        "--preset", choices=("paper", "fruit"), help="a built-in network (default paper)"
    )
    src.add_argument("--model", metavar="FILE", help="a model file (fruitnet-model JSON)")
    src.add_argument(
        "--lesson", metavar="FILE", help="a lesson file (.fnlesson): its network, sample, "
        "rounding and the teacher's notes",
    )  # fmt: skip
    trace.add_argument("--seed", type=seed_arg, default=0, help="weights seed of the fruit preset")
    trace.add_argument("--input", nargs="+", type=float, metavar="V", help="the input values")
    trace.add_argument("--target", nargs="+", type=float, metavar="T", help="the target values")
    trace.add_argument("--format", choices=("markdown", "json"), default="markdown")
    trace.add_argument(
        "--pencil",
        type=int,
        metavar="N",
        help="round every intermediate to N decimals and carry it forward, as by hand",
    )
    trace.add_argument(
        "--level", choices=("quantity", "factor"), default="quantity",
        help="quantity: every quantity; factor: also each factor of the chain rule "
        "(dEtotal/douty1, douty1/dnety1, ...) (default: quantity)",
    )  # fmt: skip
    trace.add_argument(
        "--lr", type=learning_rate_arg, default=None, metavar="X",
        help="learning rate η (default: the model's; the presets' is 0.5)",
    )  # fmt: skip
    trace.add_argument(
        "--gradcheck", action="store_true",
        help="beside each gradient, the central finite difference of the error",
    )  # fmt: skip
    add_convention_options(trace, "the model's; the presets follow the paper")
    train = sub.add_parser(
        "train",
        help="train a network on a dataset headless and report error and accuracy per epoch",
        description=(
            "Train headless. Defaults: the shipped fruit dataset (datasets/fruits-6x6) "
            "and the 36-36-2 fruit network, 50 online epochs, learning rate 0.5."
        ),
    )
    train.add_argument(
        "--dataset",
        metavar="FILE",
        help="training set: a fruitnet-dataset JSON, a CSV file (.csv) or an image folder "
        "(one sub-folder per class), read as the window imports them",
    )
    train.add_argument(
        "--test",
        metavar="FILE",
        help="test set (default: the shipped one with the shipped training set; "
        "none with --dataset, then the training set is reported on)",
    )
    train.add_argument("--model", metavar="FILE", help="start from this model file")
    train.add_argument(
        "--epochs", type=int, default=50, metavar="N",
        help="passes over the training set (default: 50)",
    )  # fmt: skip
    train.add_argument(
        "--mode", choices=("online", "batch", "minibatch"), default="online",
        help="online: one update per image, as in the paper; batch: one update per epoch "
        "with the mean gradient; minibatch: one per --batch-size images (default: online)",
    )  # fmt: skip
    train.add_argument(
        "--batch-size", type=int, default=None, metavar="B",
        help=f"images per update with --mode minibatch (default: {TrainingConfig.batch_size})",
    )  # fmt: skip
    train.add_argument(
        "--lr", type=learning_rate_arg, default=None, metavar="X",
        help="learning rate η (default: 0.5, the paper's, or the --model file's)",
    )  # fmt: skip
    add_convention_options(train, "the --model file's, else the paper's")
    train.add_argument(
        "--seed", type=seed_arg, default=0,
        help="seed of the starting weights and of the shuffling (default: 0)",
    )  # fmt: skip
    train.add_argument(
        "--format", choices=("text", "json"), default="text",
        help="text: a line per epoch and a confusion matrix; json: the settings, every "
        "epoch, the confusion matrix and the trained model (default: text)",
    )  # fmt: skip
    train.add_argument(
        "--save-model", metavar="FILE",
        help="save the trained model here (checked before training starts)",
    )  # fmt: skip
    check = sub.add_parser(
        "check",
        help="check a hand calculation: which answers are right, and what went wrong",
        description=(
            "Check a hand calculation of one iteration. ANSWERS is a CSV of name,value "
            "rows (names as 'fruitnet trace --level factor' prints them). Exit status 0 "
            "when every answer is right, 1 when one is wrong, 2 for a bad file."
        ),
    )
    check.add_argument("answers", metavar="ANSWERS", help="CSV of name,value rows")
    src = check.add_mutually_exclusive_group()
    src.add_argument(
        "--preset", choices=("paper", "fruit"), help="a built-in network (default paper)"
    )
    src.add_argument("--model", metavar="FILE", help="a model file (fruitnet-model JSON)")
    check.add_argument("--seed", type=seed_arg, default=0, help="weights seed of the fruit preset")
    check.add_argument("--input", nargs="+", type=float, metavar="V", help="the input values")
    check.add_argument("--target", nargs="+", type=float, metavar="T", help="the target values")
    check.add_argument(
        "--pencil", type=int, metavar="N",
        help="the calculation rounds every intermediate to N decimals (default: exact)",
    )  # fmt: skip
    check.add_argument("--lr", type=learning_rate_arg, default=None, metavar="X", help="η")
    check.add_argument("--format", choices=("text", "json"), default="text")
    add_convention_options(check, "the model's; the presets follow the paper")
    sheet = sub.add_parser(
        "worksheet",
        help="write a blank worksheet and its answer key (PDF, HTML, Markdown)",
        description=(
            "Write a worksheet for one iteration (each sub-step's formula with a blank) "
            "and its answer key, as PDF, HTML and Markdown, into --out DIR; with "
            "--variants N a different network for each of N students, a summary key and "
            "a Moodle quiz."
        ),
    )
    add_sample_options(sheet)
    sheet.add_argument(
        "--pencil", type=int, default=4, metavar="N",
        help="the hand calculation rounds every value to N decimals (default: 4)",
    )  # fmt: skip
    sheet.add_argument("--exact", action="store_true", help="exact arithmetic instead of pencil")
    sheet.add_argument(
        "--level",
        choices=("quantity", "factor"),
        default="quantity",
        help="factor: one line per factor of the chain rule (default: quantity)",
    )
    sheet.add_argument("--paper", choices=("a4", "letter"), default="a4",
                       help="page size of the PDF (default: a4)")  # fmt: skip
    sheet.add_argument("--variants", type=int, metavar="N",
                       help="N different 2-2-2 networks, one per student")  # fmt: skip
    sheet.add_argument(
        "--seed",
        type=seed_arg,
        default=0,
        help="seed of the variants, or of the fruit preset (default: 0)",
    )
    sheet.add_argument("--lr", type=learning_rate_arg, default=None, metavar="X", help="η")
    sheet.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    add_convention_options(sheet, "the model's; the presets follow the paper")
    land = sub.add_parser(
        "landscape",
        help="E_total over a grid of two weights (JSON or a picture)",
        description=(
            "Write E_total of one sample over a grid of two weights centred on their "
            "current values, as JSON ({weights, x, y, error}) or as a PNG picture."
        ),
    )
    add_sample_options(land)
    land.add_argument("--seed", type=seed_arg, default=0, help="weights seed of the fruit preset")
    land.add_argument("--weights", nargs=2, metavar="W", default=["w5", "w6"],
                      help="the two weights (default: w5 w6)")  # fmt: skip
    land.add_argument(
        "--span",
        type=float,
        default=1.0,
        metavar="S",
        help="the grid reaches S either side of each weight (default: 1)",
    )
    land.add_argument(
        "--grid",
        type=int,
        default=41,
        metavar="N",
        help="N × N points; odd puts the weights at the centre (default: 41)",
    )
    land.add_argument("--out", required=True, metavar="FILE", help="FILE.json or FILE.png")
    land.add_argument("--lr", type=learning_rate_arg, default=None, metavar="X", help="η")
    add_convention_options(land, "the model's; the presets follow the paper")
    parser.commands = {
        "trace": trace, "train": train, "check": check, "worksheet": sheet, "landscape": land,
    }  # fmt: skip
    return parser


def run(argv: Sequence[str]) -> int:
    parser = _build_parser()
    args, unknown = parser.parse_known_args(list(argv))
    if unknown:  # said by the subcommand, whose --help lists what it takes
        parser.commands[args.command].error(f"unrecognized arguments: {' '.join(unknown)}")
    try:
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
        print(f"fruitnet {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into head
        return 0


def _network_and_sample(args: argparse.Namespace) -> tuple[Network, str, np.ndarray, np.ndarray]:
    """The network (with the options' conventions and η), its name, input and target."""
    if args.model:
        from fruitnet_gui.files.messages import shown_path
        from fruitnet_gui.files.model_io import load_model

        net = load_model(args.model)
        name = f"model {shown_path(args.model)}"  # printable on a strict UTF-8 terminal
    elif args.preset == "fruit":
        net = fruit_network(args.seed)
        name = f"fruit classifier 36-36-2 (seed {args.seed})"
    else:
        net = paper_network()
        name = "paper example 2-2-2"

    sample = default_sample(net)  # the window's, for the same network
    x = np.array(args.input) if args.input is not None else sample.x
    t = np.array(args.target) if args.target is not None else sample.target(net)
    if x.shape != (net.n_inputs,):
        raise FruitNetError(f"--input needs {net.n_inputs} values for this network, got {x.size}")
    if t.shape != (net.n_outputs,):
        raise FruitNetError(f"--target needs {net.n_outputs} values for this network, got {t.size}")
    pencil = getattr(args, "pencil", None)
    if pencil is not None and not 0 <= pencil <= 12:
        raise FruitNetError(f"--pencil takes 0 to 12 decimals, got {pencil}")
    net = apply_conventions(net, args)
    if args.lr is not None:
        net = net.with_learning_rate(args.lr)
    return net, name, x, t


def _trace(args: argparse.Namespace, out: TextIO) -> int:
    notes: dict[str, str] = {}
    level = args.level
    if args.lesson:
        from fruitnet_gui.files.lesson_io import load_lesson

        lesson = load_lesson(args.lesson)
        net, x, t = lesson.network, lesson.x, lesson.target
        name = f"lesson {lesson.title or args.lesson}"
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
        _write_markdown(it, steps, name, out, notes, checks)
    return 0


def _landscape(args: argparse.Namespace, out: TextIO) -> int:
    from fruitnet_gui.model.explore.gradcheck import landscape

    net, name, x, t = _network_and_sample(args)
    path = args.out
    if not path.lower().endswith((".json", ".png")):
        raise FruitNetError(f"--out {path}: give a .json or a .png file")
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


def _phase_intro(phase: Phase, it: Iteration) -> str:
    conv = it.network.conventions
    if phase is Phase.FORWARD:
        bias = " plus its bias weight" if conv.has_bias else ""
        return (
            f"Each node adds up its weighted inputs{bias} (net), then squashes the sum "
            "with the sigmoid (out)."
        )
    if phase is Phase.ERROR:
        error = conv.describe().split(";")[0].replace("E = ", "E_total = ")
        return f"How far the outputs are from the target: {error}."
    if phase is Phase.BACKWARD:
        return (
            "The chain rule gives ∂E_total/∂w for every weight, all from the old weights: "
            "outer weights, inner weights, outer bias weights, inner bias weights."
        )
    kept = "" if conv.biases_learn or not conv.has_bias else " (the bias weights stay fixed)"
    return f"Gradient descent: new = old − η × gradient for every weight{kept}."


def _fmt_value(v: float, pencil: int | None) -> str:
    from fruitnet_gui.model.teaching.rounding import fixed, significant

    if pencil is not None:
        return fixed(v, pencil)
    text = significant(v, 10)  # 10 significant digits, without trailing zeros
    return text.rstrip("0").rstrip(".") if "." in text else text


def _write_markdown(
    it: Iteration,
    steps: list,
    name: str,
    out: TextIO,
    notes: dict[str, str] | None = None,
    checks: dict | None = None,
) -> None:
    net = it.network
    names = it.naming
    xs = ", ".join(f"{names.node(0, i)} = {v:g}" for i, v in enumerate(it.x))
    ts = ", ".join(
        f"target{names.node(len(net.layers) - 1, k)} = {v:g}" for k, v in enumerate(it.target)
    )
    label = ""
    if set(it.target.tolist()) <= {0.0, 1.0} and it.target.sum() == 1:
        label = f" ({net.classes[int(np.argmax(it.target))]})"
    mode = (
        f"pencil mode: every intermediate rounded to {it.pencil} decimals and carried forward"
        if it.pencil is not None
        else "exact float64 arithmetic; values show 4 decimals (4 significant digits below "
        "0.01), and a formula's operands as many more as its result needs to add up"
    )
    w = out.write
    w(f"# One training iteration: {name}\n\n")
    layers = "-".join(map(str, net.layers))
    w(f"- Layers: {layers}, sigmoid everywhere, bias input {net.bias_input:g}\n")
    w(f"- Conventions: {net.conventions.describe()}\n")
    w(f"- Input: {xs}\n")
    w(f"- Target: {ts}{label}\n")
    w(f"- Learning rate η = {net.learning_rate:g}\n")
    w(f"- Arithmetic: {mode}\n")
    phase = None
    for s in steps:
        if s.phase is not phase:
            phase = s.phase
            w(f"\n## {phase.title}\n\n{_phase_intro(phase, it)}\n")
        w(f"\n### {s.name} = {_fmt_value(s.value, it.pencil)}\n\n")
        w(f"    {s.formula.text}\n    {s.numbers.text}\n")
        if checks and s.name in checks:
            c = checks[s.name]
            w(
                f"    finite difference (ε = {c.epsilon:g}): {c.finite_difference:.10g}, "
                f"backprop {c.backprop:.10g}, relative difference {c.relative_difference:.1e}\n"
            )
        if notes and s.name in notes:
            w(f"\n> Teacher's note: {notes[s.name]}\n")
        if s.note:
            w(f"\n> Note: {s.note}\n")
    w(f"\nE_total before the update: {_fmt_value(it.error, it.pencil)}\n")
