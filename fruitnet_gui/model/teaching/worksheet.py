"""Worksheets and their answer keys, a network for every student, and a Moodle quiz.

A worksheet lists one iteration's sub-steps in the paper's order and grouping, each
with its formula in symbols and a blank to fill; the answer key gives the same with the
numbers and the values. Both are written here as Markdown and HTML (Qt-free); the PDF
is the HTML laid out by Qt (:mod:`fruitnet_gui.ui.classroom.worksheet_pdf`).

:func:`variant` makes a network "good for hand work" from a seed: weights and inputs
with at most 2 decimals, no sigmoid saturated (every |net| < 3), no gradient that rounds
to 0 at the chosen precision, and (in every other variant) an update that changes a
weight's sign. The same seed always gives the same network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from itertools import pairwise

import numpy as np

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.naming import html_name, text_name
from fruitnet_gui.model.net.network import FRUIT_CLASSES, Network
from fruitnet_gui.model.teaching.iteration import Iteration, SubStep, step_title
from fruitnet_gui.model.teaching.rounding import decimals_of, fixed
from fruitnet_gui.model.text import list_separator, minus_signs, number, translate

__all__ = ["Sheet", "moodle_xml", "variant", "variant_iteration"]

#: The answer's blank: 22 underscores are about 4.3 cm at 11 pt, room for "−0,0134" by hand.
BLANK = "_" * 22
#: Room to work under a question on the blank sheet (mm): a line for the result, and a
#: line of numbers for every :data:`_CHARS_PER_LINE` characters of the numbers line.
ROOM_MM, ROOM_PER_LINE_MM, _CHARS_PER_LINE = 8.0, 6.0, 80
#: At most this many lines of numbers (a sum over 36 inputs is worked on the side).
ROOM_LINES = 3
#: Between two answers of the key (mm): each reads apart from the next.
KEY_GAP_MM = 2.0


@dataclass
class Sheet:
    """One worksheet: the iteration, what to list, and a title."""

    iteration: Iteration
    title: str
    factors: bool = False

    @property
    def steps(self) -> list[SubStep]:
        it = self.iteration
        return it.steps if self.factors else it.quantities()

    def answer(self, s: SubStep) -> str:
        return s.numbers.text.rsplit(" = ", 1)[1]

    def room_mm(self, s: SubStep) -> float:
        """Room to work under ``s`` on the blank sheet: longer numbers lines need more."""
        lines = min(-(-len(s.numbers.text) // _CHARS_PER_LINE), ROOM_LINES)
        return ROOM_MM + ROOM_PER_LINE_MM * lines

    def answers(self) -> dict[str, str]:
        """``{name: value as shown}`` for every listed sub-step."""
        return {s.name: self.answer(s) for s in self.steps}

    # -- what is given ------------------------------------------------------------------
    def givens(self) -> list[tuple[str, str]]:
        """(what, values) lines: the sample, the weights, η, the rounding."""
        it, net = self.iteration, self.iteration.network
        names = it.naming
        from fruitnet_gui.model.teaching.lines import given as plain

        def given(v: float) -> str:
            return number(plain(v))

        sep = list_separator()
        rows = [
            (
                translate("Worksheets", "Input"),
                sep.join(f"{names.node(0, i)} = {given(v)}" for i, v in enumerate(it.x)),
            ),
            (
                translate("Worksheets", "Target"),
                sep.join(
                    f"target{names.node(len(net.layers) - 1, k)} = {given(v)}"
                    for k, v in enumerate(it.target)
                ),
            ),
        ]
        if net.n_weights <= 60:
            weights = [
                f"{names.weights[l][i][j]} = {given(float(w[i, j]))}"
                for l, w in enumerate(net.weights)
                for i in range(w.shape[0])
                for j in range(w.shape[1])
            ]
            rows.append((translate("Worksheets", "Weights"), sep.join(weights)))
            if net.conventions.has_bias:
                seen: dict[str, str] = {}
                for l, b in enumerate(net.biases):
                    for j in range(len(b)):
                        seen.setdefault(names.bias(l, j), given(float(b[j])))
                biases = sep.join(f"{k} = {v}" for k, v in seen.items())
                rows.append((translate("Worksheets", "Bias weights"), biases))
        else:
            rows.append(
                (
                    translate("Worksheets", "Weights"),
                    translate("Worksheets", "{n} weights: see the model file").format(
                        n=net.n_weights
                    ),
                )
            )
        rows.append((translate("Worksheets", "Bias input"), given(net.bias_input)))
        rows.append((translate("Worksheets", "Learning rate"), f"η = {given(net.learning_rate)}"))
        rows.append((translate("Worksheets", "Conventions"), net.conventions.describe()))
        if it.pencil is not None:
            arithmetic = translate(
                "Worksheets", "round every value to {n} decimals (half up) and carry it forward"
            ).format(n=it.pencil)
        else:
            arithmetic = translate(
                "Worksheets", "exact: give at least 3 significant digits (4 decimals is plenty)"
            )
        rows.append((translate("Worksheets", "Arithmetic"), arithmetic))
        return rows

    # -- Markdown -----------------------------------------------------------------------
    def markdown(self, key: bool) -> str:
        out = [f"# {_heading(key, self.title)}", ""]
        out += [f"## {_step1()}", ""]
        out += [f"- **{_label(what)}** {text}" for what, text in self.givens()]
        out.append("")
        phase = None
        for s in self.steps:
            if s.phase is not phase:
                phase = s.phase
                out += ["", f"## {step_title(phase)}", ""]
            formula = s.formula.display
            if key:
                out.append(f"- {formula}  \n  {s.numbers.display}")
            else:
                out.append(f"- {formula} = {BLANK}")
        out.append("")
        return "\n".join(out)

    # -- HTML (also what the PDF lays out) ----------------------------------------------
    def html(
        self,
        key: bool,
        picture: str | None = None,
        size: tuple[float, float] | None = None,
        px_per_mm: float | None = None,
    ) -> str:
        """The sheet as HTML; ``picture`` is the name of an image of the network and
        ``size`` its width and height in the document's pixels. The room under a
        question is in mm for a browser, in pixels for Qt's rich text (``px_per_mm``:
        it reads no mm). No break after a heading, none inside a question: a browser
        follows the styles, the PDF's layout applies them
        (:mod:`fruitnet_gui.ui.classroom.worksheet_pages`: Qt knows no "avoid")."""
        parts = [
            "<html><head><meta charset='utf-8'><style>"
            "body { font-family: sans-serif; } h1 { font-size: 16pt; } "
            "h2 { font-size: 13pt; margin-top: 14pt; page-break-after: avoid; "
            "break-after: avoid; } td { padding-left: 4px; padding-right: 8px; font-size: 10pt; } "
            "td.what { font-weight: bold; white-space: nowrap; } "
            "li { page-break-inside: avoid; break-inside: avoid; } "
            ".f { font-size: 11pt; } .n { font-size: 11pt; color: #1e3a66; }"
            "</style></head><body>",
            f"<h1>{escape(_heading(key, self.title))}</h1>",
        ]
        if not key:
            name, date = translate("Worksheets", "Name:"), translate("Worksheets", "Date:")
            parts.append(f"<p>{name} ______________________ &nbsp; {date} ____________</p>")
        parts.append(f"<h2>{_step1()}</h2>")
        if picture:
            dims = "" if size is None else f' width="{size[0]:.0f}" height="{size[1]:.0f}"'
            parts.append(f'<p><img src="{escape(picture)}"{dims}></p>')
        parts.append("<table>")
        for what, text in self.givens():
            text = minus_signs(escape(text)).replace(" = ", "&nbsp;=&nbsp;")
            parts.append(
                f'<tr><td class="what" style="white-space: nowrap"><b>{escape(what)}</b></td>'
                f"<td>{text}</td></tr>"
            )
        parts.append("</table>")
        phase = None
        for s in self.steps:
            if s.phase is not phase:
                if phase is not None:
                    parts.append("</ol>")
                phase = s.phase
                parts.append(f"<h2>{step_title(phase)}</h2><ol>")
            formula = s.formula.html
            room_mm = KEY_GAP_MM if key else self.room_mm(s)
            if px_per_mm is None:
                room = f"margin-bottom: {room_mm:.0f}mm"
            else:
                room = f"margin-bottom: {room_mm * px_per_mm:.1f}px"
            if key:
                parts.append(
                    f'<li style="{room}"><span class="f">{formula}</span><br>'
                    f'<span class="n">{s.numbers.html}</span></li>'
                )
            else:
                parts.append(
                    f'<li style="{room}"><span class="f">{formula} =&nbsp;{BLANK}</span></li>'
                )
        parts.append("</ol></body></html>")
        return "".join(parts)


def _label(what: str) -> str:
    """A given's label with the language's colon ("Entrée :" in French)."""
    return translate("Worksheets", "{what}:").format(what=what)


def _heading(key: bool, title: str) -> str:
    if key:
        return translate("Worksheets", "Answer key: {title}").format(title=title)
    return translate("Worksheets", "Worksheet: {title}").format(title=title)


def _step1() -> str:
    return translate("Worksheets", "Step 1 · The network, the sample and the target")


# -- a network for every student --------------------------------------------------------
def variant(
    seed: int, number: int, layers: tuple[int, ...] = (2, 2, 2), pencil: int | None = 4
) -> tuple[Network, np.ndarray, np.ndarray]:
    """Variant ``number`` (1, 2, …) of ``seed``: a network, an input and a one-hot target
    good for hand work (see the module's docstring). Deterministic."""
    it = variant_iteration(seed, number, layers, pencil)
    return it.network, it.x, it.target


def variant_iteration(
    seed: int, number: int, layers: tuple[int, ...] = (2, 2, 2), pencil: int | None = 4
) -> Iteration:
    """:func:`variant`'s network, input and target as the iteration that was checked
    (a worksheet needs it; building it again cost a sixth of a worksheet's time)."""
    if number < 1:
        raise ModelError(
            translate("Checks", "variants are numbered from 1, got {n}").format(n=number)
        )
    rng = np.random.default_rng([int(seed), int(number)])
    want_sign_change = number % 2 == 0
    places = 4 if pencil is None else pencil
    for _attempt in range(2000):
        ws = [np.round(rng.uniform(-0.9, 0.9, (a, b)), 2) for a, b in pairwise(layers)]
        bs = [np.round(rng.uniform(-0.9, 0.9, b), 2) for b in layers[1:]]
        x = np.round(rng.uniform(0.05, 0.95, layers[0]), 2)
        t = np.eye(layers[-1])[rng.integers(layers[-1])]
        classes = FRUIT_CLASSES if layers[-1] == 2 else None
        net = Network(layers, ws, bs, learning_rate=0.5, classes=classes)
        it = _good(net, x, t, places, want_sign_change, pencil)
        if it is not None:
            return it
    raise ModelError(
        translate("Checks", "no network good for hand work was found for variant {n}").format(
            n=number
        )
    )


def _good(
    net: Network, x: np.ndarray, t: np.ndarray, places: int, sign: bool, pencil: int | None
) -> Iteration | None:
    """The iteration of a network good for hand work, or None."""
    fwd = net.forward(x)
    if any(np.any(np.abs(n) >= 3) for n in fwd.nets):
        return None
    grads = net.gradients(x, t)
    for g in [*grads.weights, *grads.biases]:
        if np.any(np.abs(g) < 0.5 * 10.0**-places):
            return None
    if sign and not _may_change_sign(net, grads, places):
        return None  # what the full check below would say, without building the iteration
    it = Iteration(net, x, t, pencil=pencil)
    if any(s.value == 0 for s in it.steps if s.kind == "gradient"):
        return None  # a gradient that rounds to 0 teaches nothing
    if not sign:
        return it
    after = it.network_after()
    for a, b in zip([*net.weights, *net.biases], [*after.weights, *after.biases]):
        if np.any(np.sign(a) * np.sign(b) < 0):
            return it
    return None


def _may_change_sign(net: Network, grads, places: int) -> bool:
    """False only when no weight can change sign in the update, by hand or exactly: in
    float64 none does, and every weight stays farther from 0 than the hand calculation's
    rounding could move it (50 units of its last place: each of its values is rounded
    to ``places`` decimals, a few dozen roundings at most reach one update)."""
    margin = 50 * 10.0**-places
    after = net.updated(grads)
    for a, b in zip([*net.weights, *net.biases], [*after.weights, *after.biases]):
        if np.any(np.sign(a) * np.sign(b) < 0) or np.any(np.abs(b) <= margin):
            return True
    return False


def variant_sample_json(seed: int, number: int, x: np.ndarray, t: np.ndarray) -> str:
    """The sample of a variant (its model file holds only the network)."""
    data = {"variant": number, "seed": seed, "input": x.tolist(), "target": t.tolist()}
    return json.dumps(data, indent=1) + "\n"


# -- a Moodle quiz -------------------------------------------------------------------------
def moodle_xml(sheets: list[tuple[str, Sheet]]) -> str:
    """Moodle's XML question format: one category per variant, one numerical question
    per sub-step, with the tolerance of the checking rule (half a unit of the last
    decimal shown, which is what rounding to the shown value allows)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    for category, sheet in sheets:
        out += [
            '  <question type="category">',
            f"    <category><text>$course$/FruitNet/{escape(category)}</text></category>",
            "  </question>",
        ]
        givens = "".join(
            f"<tr><td><b>{escape(w)}</b></td><td>{escape(v)}</td></tr>" for w, v in sheet.givens()
        )
        for k, s in enumerate(sheet.steps, start=1):
            value = sheet.answer(s)
            tolerance = fixed(0.5 * 10.0 ** -decimals_of(value), decimals_of(value) + 1)
            text = (
                f"<p>{escape(sheet.title)}</p><table>{givens}</table>"
                + translate("Worksheets", "<p>Compute <b>{name}</b>:</p>").format(
                    name=html_name(s.name)
                )
                + f"<p>{s.formula.html}</p>"
            )
            out += [
                '  <question type="numerical">',
                f"    <name><text>{escape(category)} {k:02d} {escape(text_name(s.name))}</text>"
                "</name>",
                f'    <questiontext format="html"><text><![CDATA[{text}]]></text></questiontext>',
                "    <defaultgrade>1</defaultgrade>",
                '    <answer fraction="100">',
                f"      <text>{value}</text>",
                f"      <tolerance>{tolerance}</tolerance>",
                "    </answer>",
                "  </question>",
            ]
    out.append("</quiz>")
    return "\n".join(out) + "\n"
