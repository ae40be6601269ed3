"""The ``fruitnet`` command's options: its parser and subparsers, and the argument
types and option groups the commands share (conventions, sample, language).

Kept apart from :mod:`fruitnet_gui.commands`, which runs the commands. Every help text
goes through :func:`~fruitnet_gui.model.text.translate`: ``fruitnet --language fr
--help`` is in French (the language is known before the parser is built).
"""

from __future__ import annotations

import argparse
import re
from typing import NoReturn

from fruitnet_gui import cli_words
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate
from fruitnet_gui.model.training import TrainingConfig
from fruitnet_gui.resources import shipped_lessons

__all__ = [
    "add_convention_options",
    "add_language_options",
    "add_sample_options",
    "build_parser",
    "learning_rate_arg",
    "seed_arg",
]


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
        line = translate("Cli", "{prog}: error: {message} (see {prog} --help)")
        self.exit(2, line.format(prog=self.prog, message=message) + "\n")


def seed_arg(text: str) -> int:
    """argparse type of a random seed: a whole number from 0 up."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "a seed is a whole number, not {value}").format(value=repr(text))
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(
            translate("Cli", "a seed is a whole number from 0 up, not {value}").format(value=value)
        )
    return value


def learning_rate_arg(text: str) -> float:
    """argparse type of a learning rate (so ``--lr -inf`` is a value, not an option)."""
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "a learning rate is a number, not {value}").format(value=repr(text))
        ) from None


def add_convention_options(parser: argparse.ArgumentParser, default: str) -> None:
    """The textbook conventions (docs/DESIGN.md section 3, "Conventions") as options."""
    from fruitnet_gui.model.net.conventions import BATCH_GRADIENTS, BIASES, ERRORS

    group = parser.add_argument_group(
        translate("Cli", "conventions (default: {what})").format(what=translate("Cli", default))
    )
    group.add_argument(
        "--error",
        choices=ERRORS,
        default=None,
        help=translate(
            "Cli", "half_sum: E = ½ Σ (t − o)² (the paper); sum: Σ (t − o)²; mean: (1/n) Σ (t − o)²"
        ),
    )
    group.add_argument(
        "--bias",
        choices=BIASES,
        default=None,
        help=translate(
            "Cli",
            "per_node: a bias weight per node (the paper); per_layer: one shared by a "
            "layer; none: no bias",
        ),
    )
    group.add_argument(
        "--fixed-biases",
        action="store_true",
        default=None,
        help=translate("Cli", "keep the bias weights fixed (the paper updates them)"),
    )
    group.add_argument(
        "--batch-gradient",
        choices=BATCH_GRADIENTS,
        default=None,
        help=translate(
            "Cli", "mean (the paper's choice for batches) or sum of the samples' gradients"
        ),
    )


def _default_paper_help() -> str:
    return translate("Cli", "a built-in network (default paper)")


def network_choice(
    parser: argparse.ArgumentParser, preset_help: str
) -> argparse._MutuallyExclusiveGroup:
    """--preset | --model: the one network a command reads."""
    src = parser.add_mutually_exclusive_group()
    src.add_argument("--preset", choices=("paper", "fruit"), help=preset_help)
    src.add_argument(
        "--model", metavar="FILE", help=translate("Cli", "a model file (fruitnet-model JSON)")
    )
    return src


def add_sample_options(parser: argparse.ArgumentParser) -> argparse._MutuallyExclusiveGroup:
    """--preset | --model, --input, --target: which network, on which sample."""
    src = network_choice(parser, translate("Cli", "a built-in network"))
    parser.add_argument(
        "--input", nargs="+", type=float, metavar="V", help=translate("Cli", "the input values")
    )
    parser.add_argument(
        "--target", nargs="+", type=float, metavar="T", help=translate("Cli", "the target values")
    )
    return src


def build_parser() -> argparse.ArgumentParser:
    cli_words.install()  # argparse's own words ("usage: ", "options") translated too
    parser = _Parser(
        prog="fruitnet",
        description=translate(
            "Cli",
            "FruitNet on the command line: trace one training iteration, train, "
            "check a hand calculation, write worksheets, map the error landscape.",
        ),
    )
    add_language_options(parser, dest="language_before_command")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    trace = sub.add_parser(
        "trace",
        help=translate(
            "Cli", "print one training iteration, every sub-step with its formula and value"
        ),
        description=(
            translate(
                "Cli",
                "Print one training iteration of a network, sub-step by sub-step, as the "
                "worked example does by hand. With no options: the paper's 2-2-2 example.",
            )
        ),
    )
    src = network_choice(trace, _default_paper_help())
    src.add_argument(
        "--lesson",
        metavar="FILE",
        help=translate(
            "Cli",
            "a lesson file (.fnlesson), or the name of a lesson FruitNet ships ({names}), "
            "found in the language of the output: its network, sample, rounding and the "
            "teacher's notes",
        ).format(names=", ".join(p.stem for p in shipped_lessons("en"))),
    )
    trace.add_argument(
        "--seed",
        type=seed_arg,
        default=0,
        help=translate("Cli", "weights seed of the fruit preset"),
    )
    trace.add_argument(
        "--input", nargs="+", type=float, metavar="V", help=translate("Cli", "the input values")
    )
    trace.add_argument(
        "--target", nargs="+", type=float, metavar="T", help=translate("Cli", "the target values")
    )
    trace.add_argument("--format", choices=("markdown", "json"), default="markdown")
    trace.add_argument(
        "--pencil",
        type=int,
        metavar="N",
        help=translate(
            "Cli", "round every intermediate to N decimals and carry it forward, as by hand"
        ),
    )
    trace.add_argument(
        "--level",
        choices=("quantity", "factor"),
        default="quantity",
        help=translate(
            "Cli",
            "quantity: every quantity; factor: also each factor of the chain rule "
            "(dEtotal/douty1, douty1/dnety1, ...) (default: quantity)",
        ),
    )
    trace.add_argument(
        "--lr",
        type=learning_rate_arg,
        default=None,
        metavar="X",
        help=translate("Cli", "learning rate η (default: the model's; the presets' is 0.5)"),
    )
    trace.add_argument(
        "--gradcheck",
        action="store_true",
        help=translate("Cli", "beside each gradient, the central finite difference of the error"),
    )
    add_convention_options(
        trace, QT_TRANSLATE_NOOP("Cli", "the model's; the presets follow the paper")
    )
    train = sub.add_parser(
        "train",
        help=translate(
            "Cli", "train a network on a dataset headless and report error and accuracy per epoch"
        ),
        description=(
            translate(
                "Cli",
                "Train headless. Defaults: the shipped fruit dataset (datasets/fruits-6x6) "
                "and the 36-36-2 fruit network, 50 online epochs, learning rate 0.5.",
            )
        ),
    )
    train.add_argument(
        "--dataset",
        metavar="FILE",
        help=translate(
            "Cli",
            "training set: a fruitnet-dataset JSON, a CSV file (.csv) or an image folder "
            "(one sub-folder per class), read as the window imports them",
        ),
    )
    train.add_argument(
        "--test",
        metavar="FILE",
        help=translate(
            "Cli",
            "test set (default: the shipped one with the shipped training set; "
            "none with --dataset, then the training set is reported on)",
        ),
    )
    train.add_argument(
        "--model", metavar="FILE", help=translate("Cli", "start from this model file")
    )
    train.add_argument(
        "--epochs",
        type=int,
        default=50,
        metavar="N",
        help=translate("Cli", "passes over the training set (default: 50)"),
    )
    train.add_argument(
        "--mode",
        choices=("online", "batch", "minibatch"),
        default="online",
        help=translate(
            "Cli",
            "online: one update per image, as in the paper; batch: one update per epoch "
            "with the mean gradient; minibatch: one per --batch-size images (default: online)",
        ),
    )
    train.add_argument(
        "--batch-size",
        type=int,
        default=None,
        metavar="B",
        help=translate("Cli", "images per update with --mode minibatch (default: {n})").format(
            n=TrainingConfig.batch_size
        ),
    )
    train.add_argument(
        "--lr",
        type=learning_rate_arg,
        default=None,
        metavar="X",
        help=translate("Cli", "learning rate η (default: 0.5, the paper's, or the --model file's)"),
    )
    add_convention_options(train, QT_TRANSLATE_NOOP("Cli", "the --model file's, else the paper's"))
    train.add_argument(
        "--seed",
        type=seed_arg,
        default=0,
        help=translate("Cli", "seed of the starting weights and of the shuffling (default: 0)"),
    )
    train.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=translate(
            "Cli",
            "text: a line per epoch and a confusion matrix; json: the settings, every "
            "epoch, the confusion matrix and the trained model (default: text)",
        ),
    )
    train.add_argument(
        "--save-model",
        metavar="FILE",
        help=translate("Cli", "save the trained model here (checked before training starts)"),
    )
    check = sub.add_parser(
        "check",
        help=translate(
            "Cli", "check a hand calculation: which answers are right, and what went wrong"
        ),
        description=(
            translate(
                "Cli",
                "Check a hand calculation of one iteration. ANSWERS is a CSV of name,value "
                "rows (names as 'fruitnet trace --level factor' prints them). Exit status 0 "
                "when every answer is right, 1 when one is wrong, 2 for a bad file.",
            )
        ),
    )
    check.add_argument(
        "answers", metavar="ANSWERS", help=translate("Cli", "CSV of name,value rows")
    )
    src = network_choice(check, _default_paper_help())
    check.add_argument(
        "--seed",
        type=seed_arg,
        default=0,
        help=translate("Cli", "weights seed of the fruit preset"),
    )
    check.add_argument(
        "--input", nargs="+", type=float, metavar="V", help=translate("Cli", "the input values")
    )
    check.add_argument(
        "--target", nargs="+", type=float, metavar="T", help=translate("Cli", "the target values")
    )
    check.add_argument(
        "--pencil",
        type=int,
        metavar="N",
        help=translate(
            "Cli", "the calculation rounds every intermediate to N decimals (default: exact)"
        ),
    )
    check.add_argument("--lr", type=learning_rate_arg, default=None, metavar="X", help="η")
    check.add_argument("--format", choices=("text", "json"), default="text")
    add_convention_options(
        check, QT_TRANSLATE_NOOP("Cli", "the model's; the presets follow the paper")
    )
    sheet = sub.add_parser(
        "worksheet",
        help=translate("Cli", "write a blank worksheet and its answer key (PDF, HTML, Markdown)"),
        description=(
            translate(
                "Cli",
                "Write a worksheet for one iteration (each sub-step's formula with a blank) "
                "and its answer key, as PDF, HTML and Markdown, into --out DIR; with "
                "--variants N a different network for each of N students, a summary key and "
                "a Moodle quiz.",
            )
        ),
    )
    add_sample_options(sheet)
    sheet.add_argument(
        "--pencil",
        type=int,
        default=4,
        metavar="N",
        help=translate("Cli", "the hand calculation rounds every value to N decimals (default: 4)"),
    )
    sheet.add_argument(
        "--exact", action="store_true", help=translate("Cli", "exact arithmetic instead of pencil")
    )
    sheet.add_argument(
        "--level",
        choices=("quantity", "factor"),
        default="quantity",
        help=translate("Cli", "factor: one line per factor of the chain rule (default: quantity)"),
    )
    sheet.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default="a4",
        help=translate("Cli", "page size of the PDF (default: a4)"),
    )
    sheet.add_argument(
        "--variants",
        type=int,
        metavar="N",
        help=translate("Cli", "N different 2-2-2 networks, one per student"),
    )
    sheet.add_argument(
        "--seed",
        type=seed_arg,
        default=0,
        help=translate("Cli", "seed of the variants, or of the fruit preset (default: 0)"),
    )
    sheet.add_argument("--lr", type=learning_rate_arg, default=None, metavar="X", help="η")
    sheet.add_argument(
        "--out", required=True, metavar="DIR", help=translate("Cli", "the folder to write into")
    )
    add_convention_options(
        sheet, QT_TRANSLATE_NOOP("Cli", "the model's; the presets follow the paper")
    )
    land = sub.add_parser(
        "landscape",
        help=translate("Cli", "E_total over a grid of two weights (JSON or a picture)"),
        description=(
            translate(
                "Cli",
                "Write E_total of one sample over a grid of two weights centred on their "
                "current values, as JSON ({weights, x, y, error}) or as a PNG picture.",
            )
        ),
    )
    add_sample_options(land)
    land.add_argument(
        "--seed",
        type=seed_arg,
        default=0,
        help=translate("Cli", "weights seed of the fruit preset"),
    )
    land.add_argument(
        "--weights",
        nargs=2,
        metavar="W",
        default=["w5", "w6"],
        help=translate("Cli", "the two weights (default: w5 w6)"),
    )
    land.add_argument(
        "--span",
        type=float,
        default=1.0,
        metavar="S",
        help=translate("Cli", "the grid reaches S either side of each weight (default: 1)"),
    )
    land.add_argument(
        "--grid",
        type=int,
        default=41,
        metavar="N",
        help=translate("Cli", "N × N points; odd puts the weights at the centre (default: 41)"),
    )
    land.add_argument(
        "--out", required=True, metavar="FILE", help=translate("Cli", "FILE.json or FILE.png")
    )
    land.add_argument("--lr", type=learning_rate_arg, default=None, metavar="X", help="η")
    add_convention_options(
        land, QT_TRANSLATE_NOOP("Cli", "the model's; the presets follow the paper")
    )
    parser.commands = {
        "trace": trace,
        "train": train,
        "check": check,
        "worksheet": sheet,
        "landscape": land,
    }
    for command in parser.commands.values():
        add_language_options(command)
    return parser


def add_language_options(parser: argparse.ArgumentParser, dest: str = "language") -> None:
    """--language and --decimal-point, which every command takes. The top-level parser
    takes them too (``fruitnet --language fr --help``), under other names (``dest``):
    a subcommand's defaults would overwrite the same names."""
    parser.add_argument(
        "--language",
        dest=dest,
        metavar="CODE",
        default=None,
        help=translate("Cli", "en, fr or de: the language of the output (default: the system's)"),
    )
    parser.add_argument(
        "--decimal-point",
        dest=f"decimal_point{dest.removeprefix('language')}",
        action="store_true",
        help=translate(
            "Cli", "numbers with a decimal point in French and German too (JSON always has it)"
        ),
    )
