"""``fruitnet check ANSWERS``: is a hand calculation right, and where did it go wrong?

ANSWERS is a CSV of ``name,value`` rows in any order, with the names ``fruitnet trace``
prints (``neth1``, ``outh1``, ``dEtotal/dw5`` or ``∂Etotal/∂w5``, ``w5_new``, the factors
of ``--level factor``); a header row ``name,value`` is allowed, and so are blank lines
and lines starting with ``#``. Every row is reported right or wrong with the mistake
it looks like (:mod:`fruitnet_gui.model.teaching.practice`), then the first wrong row and the
sub-steps with no answer.

Exit status: 0 when every given row is right, 1 when one is wrong, 2 for a bad file or
argument (one line on standard error).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import stat
from typing import TextIO

from fruitnet_gui.files.messages import file_message, library_reason
from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.teaching.iteration import Iteration
from fruitnet_gui.model.teaching.practice import check, rule_text
from fruitnet_gui.model.text import grouped, number, right_of, translate

__all__ = ["check_command", "check_rows", "read_answers"]

#: A hand calculation of the fruit network has under 5,000 rows; far more is no answer sheet.
MAX_BYTES = 4 * 1024 * 1024


def read_answers(path: str) -> list[tuple[int, str, str]]:
    """``(line, name, value)`` rows of an answers CSV, or :class:`FruitNetError`."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _bad(path, _unreadable(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise _bad(path, translate("Check", "is not a regular file"))
    if info.st_size > MAX_BYTES:
        raise _bad(
            path,
            translate("Check", "is {size} bytes; an answers file is at most 4 MB").format(
                size=grouped(info.st_size)
            ),
        )
    try:
        with open(path, "rb") as f:
            text = f.read(MAX_BYTES + 1).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad(path, translate("Check", "is not UTF-8 text")) from None
    except OSError as exc:
        raise _bad(path, _unreadable(exc)) from None
    rows: list[tuple[int, str, str]] = []
    try:
        for k, row in enumerate(csv.reader(io.StringIO(text)), start=1):
            if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
                continue
            if len(row) != 2:
                raise _bad(
                    path,
                    translate("Check", "line {k} has {n} fields; each row is name,value").format(
                        k=k, n=len(row)
                    ),
                )
            name, value = row[0].strip(), row[1].strip()
            if not rows and name.lower() == "name" and value.lower() == "value":
                continue  # the header
            rows.append((k, name, value))
    except csv.Error as exc:
        raise _bad(
            path,
            translate("Check", "is not a CSV file ({reason})").format(
                reason=library_reason(str(exc))
            ),
        ) from None
    if not rows:
        raise _bad(path, translate("Check", "has no answers (rows of name,value)"))
    return rows


def _bad(path: str, detail: str) -> FruitNetError:
    """``<file>: <what is wrong>``, the file's name as given."""
    return FruitNetError(file_message(path, detail))


def _unreadable(exc: OSError) -> str:
    return translate("Files", "cannot be read ({reason})").format(reason=exc.strerror or exc)


def _internal(name: str) -> str:
    """``∂Etotal/∂w5`` → ``dEtotal/dw5``: both spellings are accepted."""
    return name.replace("∂", "d").replace(" ", "")


def check_rows(it: Iteration, rows: list[tuple[int, str, str]], source: str) -> dict:
    """Check every answer row against ``it``: the rows with their verdicts, the first
    wrong one and the quantities left unanswered."""
    results = []
    seen: set[str] = set()
    for line, name, value in rows:
        key = _internal(name)
        step = it.by_name.get(key)
        if step is None:
            raise _bad(
                source,
                translate(
                    "Check",
                    "line {line}: no sub-step is called {name} "
                    "(the names are those of 'fruitnet trace --level factor')",
                ).format(line=line, name=repr(name[:40])),
            )
        if key in seen:
            raise _bad(
                source,
                translate("Check", "line {line}: {name} is answered twice").format(
                    line=line, name=name[:40]
                ),
            )
        seen.add(key)
        verdict = check(it, step, value)
        results.append(
            {
                "line": line,
                "name": step.name,
                "answer": value,
                "right": verdict.right,
                "expected": step.numbers.text.rsplit(" = ", 1)[1],
                "message": verdict.message,
                "mistake": verdict.mistake,
            }
        )
    return {
        "rule": rule_text(it.pencil),
        "rows": results,
        "right": sum(r["right"] for r in results),
        "wrong": sum(not r["right"] for r in results),
        "first_wrong": next((r for r in results if not r["right"]), None),
        "missing": [s.name for s in it.steps if s.name not in seen and not s.factor],
    }


def check_command(args: argparse.Namespace, out: TextIO, network_and_sample) -> int:
    net, _name, x, t = network_and_sample(args)
    rows = read_answers(args.answers)
    it = Iteration(net, x, t, pencil=args.pencil)
    report = check_rows(it, rows, args.answers)
    results, missing, first_wrong = report["rows"], report["missing"], report["first_wrong"]
    if args.format == "json":
        json.dump(
            report | {"first_wrong": first_wrong["name"] if first_wrong else None},
            out,
            indent=1,
            ensure_ascii=False,
        )
        out.write("\n")
    else:
        out.write(f"{rule_text(args.pencil)}\n\n")
        right, wrong = translate("Check", "right"), translate("Check", "WRONG")
        width = max(len(right), len(wrong))
        for r in results:
            mark = right if r["right"] else wrong
            expected = translate("Check", "(expected {value})").format(value=number(r["expected"]))
            tail = "" if r["right"] else f"  {r['message']} {expected}"
            out.write(f"{mark:{width}}  {r['name']} = {r['answer']}{tail}\n")
        n_right = sum(r["right"] for r in results)
        out.write("\n" + right_of(n_right, len(results)))
        if first_wrong:
            out.write(
                translate("Worksheets", "; the first wrong one is {name} (line {line})").format(
                    name=first_wrong["name"], line=first_wrong["line"]
                )
            )
        out.write(".\n")
        if missing:
            shown = ", ".join(missing[:12]) + (", …" if len(missing) > 12 else "")
            out.write(
                translate("Worksheets", "Not answered ({n}): ").format(n=len(missing))
                + shown
                + "\n"
            )
    return 1 if first_wrong else 0
