"""``fruitnet worksheet``: a blank worksheet and its answer key (PDF, HTML, Markdown), for
one network, or a different network for each of N students (with a Moodle quiz).

The PDF is laid out by Qt (no screen needed: the offscreen platform is used).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import TextIO

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.teaching.iteration import Iteration
from fruitnet_gui.model.text import number, translate

__all__ = ["worksheet_command"]

MAX_VARIANTS = 200


def _qt_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["fruitnet"])


def worksheet_command(args: argparse.Namespace, out: TextIO, network_and_sample) -> int:
    folder = Path(args.out)
    if folder.exists() and not folder.is_dir():
        raise FruitNetError(
            "--out "
            + translate("Worksheets", "{folder}: is a file, not a folder").format(folder=args.out)
        )
    pencil = None if args.exact else args.pencil
    if pencil is not None and not 0 <= pencil <= 12:
        raise FruitNetError(
            translate("Worksheets", "--pencil takes 0 to 12 decimals, got {n}").format(n=pencil)
        )
    factors = args.level == "factor"
    t0 = time.perf_counter()
    if args.variants is not None:
        if not 1 <= args.variants <= MAX_VARIANTS:
            raise FruitNetError(
                translate("Worksheets", "--variants takes 1 to {most}, got {n}").format(
                    most=MAX_VARIANTS, n=args.variants
                )
            )
        if args.model or args.preset or args.input or args.target:
            raise FruitNetError(
                translate(
                    "Worksheets",
                    "--variants makes its own networks: leave out --model, --preset, --input "
                    "and --target",
                )
            )
        app = _qt_app()
        from fruitnet_gui.ui.classroom.worksheet_pdf import write_variants

        try:
            written = write_variants(
                folder, args.variants, args.seed, pencil=pencil, factors=factors, paper=args.paper
            )
        except OSError as exc:
            raise FruitNetError(
                translate("Worksheets", "--out {folder}: cannot be written ({reason})").format(
                    folder=args.out, reason=exc.strerror
                )
            ) from None
        said = translate(
            "Worksheets",
            "{n} variants (seed {seed}) in {folder}: each variant-NN/ has "
            "worksheet.pdf|.html|.md, answer-key.pdf|.html|.md, model.json and sample.json; "
            "summary-key.pdf|.html|.md and quiz-moodle.xml list every answer "
            "({files} files, {seconds} s)",
        )
        out.write(
            said.format(
                n=args.variants,
                seed=args.seed,
                folder=folder,
                files=len(written),
                seconds=number(f"{time.perf_counter() - t0:.1f}"),
            )
            + "\n"
        )
        return 0
    net, name, x, t = network_and_sample(args)
    app = _qt_app()  # noqa: F841
    from fruitnet_gui.model.teaching.worksheet import Sheet
    from fruitnet_gui.ui.classroom.worksheet_pdf import write_sheets

    sheet = Sheet(Iteration(net, x, t, pencil=pencil), name, factors)
    try:
        written = write_sheets(sheet, folder, args.paper)
    except OSError as exc:
        raise FruitNetError(
            translate("Worksheets", "--out {folder}: cannot be written ({reason})").format(
                folder=args.out, reason=exc.strerror
            )
        ) from None
    said = translate(
        "Worksheets",
        "Worksheet and answer key for {name} in {folder}: {files} ({n} sub-steps, {seconds} s)",
    )
    files = ", ".join(p.name for p in written)
    seconds = number(f"{time.perf_counter() - t0:.1f}")
    out.write(
        said.format(name=name, folder=folder, files=files, n=len(sheet.steps), seconds=seconds)
        + "\n"
    )
    return 0
