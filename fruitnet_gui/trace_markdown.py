"""``fruitnet trace`` as Markdown: one iteration for a person to read, in their language.

Headings and sentences go through :func:`fruitnet_gui.model.text.translate`, numbers
through the reader's decimal separator (``0,7020`` in French); the symbols (neth1,
∂Etotal/∂w5, η) stay as they are. ``--format json`` is written elsewhere, always with
the point.
"""

from __future__ import annotations

from typing import TextIO

import numpy as np

from fruitnet_gui.model.teaching.iteration import Iteration, Phase
from fruitnet_gui.model.text import class_name, list_separator, number, translate

__all__ = ["write_markdown"]


def _phase_intro(phase: Phase, it: Iteration) -> str:
    conv = it.network.conventions
    if phase is Phase.FORWARD:
        if conv.has_bias:
            return translate(
                "Trace",
                "Each node adds up its weighted inputs plus its bias weight (net), then "
                "squashes the sum with the sigmoid (out).",
            )
        return translate(
            "Trace",
            "Each node adds up its weighted inputs (net), then squashes the sum with the "
            "sigmoid (out).",
        )
    if phase is Phase.ERROR:
        error = conv.describe().split(";")[0].replace("E = ", "E_total = ")
        return translate("Trace", "How far the outputs are from the target: {error}.").format(
            error=error
        )
    if phase is Phase.BACKWARD:
        return translate(
            "Trace",
            "The chain rule gives ∂E_total/∂w for every weight, all from the old weights: "
            "outer weights, inner weights, outer bias weights, inner bias weights.",
        )
    if conv.biases_learn or not conv.has_bias:
        return translate("Trace", "Gradient descent: new = old − η × gradient for every weight.")
    return translate(
        "Trace",
        "Gradient descent: new = old − η × gradient for every weight (the bias weights stay "
        "fixed).",
    )


def _fmt_value(v: float, pencil: int | None) -> str:
    from fruitnet_gui.model.teaching.rounding import fixed, significant

    if pencil is not None:
        return number(fixed(v, pencil))
    text = significant(v, 10)  # 10 significant digits, without trailing zeros
    return number(text.rstrip("0").rstrip(".") if "." in text else text)


def _g(v: float) -> str:
    return number(f"{v:g}")


def write_markdown(
    it: Iteration,
    steps: list,
    name: str,
    out: TextIO,
    notes: dict[str, str] | None = None,
    checks: dict | None = None,
) -> None:
    net = it.network
    names = it.naming
    sep = list_separator()
    xs = sep.join(f"{names.node(0, i)} = {_g(v)}" for i, v in enumerate(it.x))
    ts = sep.join(
        f"target{names.node(len(net.layers) - 1, k)} = {_g(v)}" for k, v in enumerate(it.target)
    )
    label = ""
    if set(it.target.tolist()) <= {0.0, 1.0} and it.target.sum() == 1:
        label = f" ({class_name(net.classes[int(np.argmax(it.target))])})"
    if it.pencil is not None:
        mode = translate(
            "Trace",
            "pencil mode: every intermediate rounded to {n} decimals and carried forward",
        ).format(n=it.pencil)
    else:
        mode = translate(
            "Trace",
            "exact float64 arithmetic; values show 4 decimals (4 significant digits below "
            "{hundredth}), and a formula's operands as many more as its result needs to add up",
        ).format(hundredth=number("0.01"))
    w = out.write
    w("# " + translate("Trace", "One training iteration: {name}").format(name=name) + "\n\n")
    layers = "-".join(map(str, net.layers))
    w(
        "- "
        + translate("Trace", "Layers: {layers}, sigmoid everywhere, bias input {bias}").format(
            layers=layers, bias=_g(net.bias_input)
        )
        + "\n"
    )
    w("- " + translate("Trace", "Conventions: {text}").format(text=net.conventions.describe()))
    w("\n- " + translate("Trace", "Input: {values}").format(values=xs) + "\n")
    w("- " + translate("Trace", "Target: {values}").format(values=ts + label) + "\n")
    w("- " + translate("Trace", "Learning rate η = {value}").format(value=_g(net.learning_rate)))
    w("\n- " + translate("Trace", "Arithmetic: {mode}").format(mode=mode) + "\n")
    phase = None
    for s in steps:
        if s.phase is not phase:
            phase = s.phase
            w(f"\n## {phase.title}\n\n{_phase_intro(phase, it)}\n")
        w(f"\n### {s.name} = {_fmt_value(s.value, it.pencil)}\n\n")
        w(f"    {s.formula.display}\n    {s.numbers.display}\n")
        if checks and s.name in checks:
            c = checks[s.name]
            line = translate(
                "Trace",
                "finite difference (ε = {epsilon}): {difference}, backprop {backprop}, "
                "relative difference {relative}",
            ).format(
                epsilon=_g(c.epsilon),
                difference=number(f"{c.finite_difference:.10g}"),
                backprop=number(f"{c.backprop:.10g}"),
                relative=number(f"{c.relative_difference:.1e}"),
            )
            w(f"    {line}\n")
        if notes and s.name in notes:
            w("\n> " + translate("Trace", "Teacher's note: {note}").format(note=notes[s.name]))
            w("\n")
        if s.note:
            w("\n> " + translate("Trace", "Note: {note}").format(note=s.note) + "\n")
    total = translate("Trace", "E_total before the update: {value}")
    w("\n" + total.format(value=_fmt_value(it.error, it.pencil)) + "\n")
