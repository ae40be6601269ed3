"""The practice report: a round's answers as a CSV (data) and as a page a person reads.

The two differ on purpose. The **CSV** is data, for a spreadsheet or a script: the
same in every language, with the English column names and outcome keys of
:meth:`Round.rows` and numbers with the point (as every FruitNet file keeps them); the
tries are what the student typed. The **page** (HTML, printed to PDF by the window)
is for a person: translated headings and outcomes, and every value with the reader's
decimal separator.
"""

from __future__ import annotations

import csv
import io
from html import escape

from fruitnet_gui.model.net.naming import html_name
from fruitnet_gui.model.teaching.practice import OUTCOMES, Round
from fruitnet_gui.model.text import number, translate

__all__ = ["CSV_FIELDS", "default_file_name", "report_csv", "report_html"]

CSV_FIELDS = ["iteration", "name", "value", "tries", "hints", "outcome"]


def default_file_name() -> str:
    """The name the save dialog offers (a translation: "bilan-exercices.csv")."""
    return translate("Practice", "practice-report.csv")


def report_csv(rounds: list[Round]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for r in rounds:
        writer.writerows(r.rows())
    return out.getvalue()


def report_html(rounds: list[Round]) -> str:
    title = translate("Practice", "FruitNet practice report")
    parts = [f"<h2>{escape(title)}</h2>"]
    heads = (
        translate("Practice", "Quantity"),
        translate("Practice", "Value"),
        translate("Practice", "Tries"),
        translate("Practice", "Hints"),
        translate("Practice", "Outcome"),
    )
    for r in rounds:
        parts.append(f"<p><b>{escape(r.summary())}</b></p>")
        parts.append(
            '<table border="1" cellspacing="0" cellpadding="3"><tr>'
            + "".join(f"<th>{escape(h)}</th>" for h in heads)
            + "</tr>"
        )
        for row in r.rows():
            cells = (
                number(row["value"]).replace("-", "−"),
                row["tries"],
                row["hints"],
                translate("Practice", OUTCOMES.get(row["outcome"], row["outcome"])),
            )
            name = f"<td>{html_name(row['name'])}</td>"  # ∂Etotal/∂w5, as the window shows it
            parts.append("<tr>" + name + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
    return "".join(parts)
