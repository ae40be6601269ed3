"""Checking a student's own numbers, and saying where a wrong one came from.

:func:`check` compares what a student typed for one sub-step with the value, under the
rule of the arithmetic in force:

* **pencil mode N**: the answer must be the pencil value at N decimals (0.3779 for
  nety1 in pencil 4, not 0.3778);
* **exact mode**: the answer, with at least 3 significant digits, must be the exact
  value rounded (half up) to the decimals the student typed, or the value a careful
  hand calculation gives when it rounds every intermediate to those decimals (pencil
  mode at the typed precision): a correct calculation from rounded intermediates is
  right.

A wrong answer is compared with what each common mistake would give for this
sub-step (:data:`MISTAKES`), computed from the iteration's own values; the first that
matches names the mistake in one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from fruitnet_gui.model.teaching.iteration import Iteration, SubStep
from fruitnet_gui.model.teaching.rounding import evaluate, fixed
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, number, translate

__all__ = ["MISTAKES", "Verdict", "check", "parse_answer", "rule_text"]

#: Every mistake the diagnosis knows, and the sentence that names it.
MISTAKES: dict[str, str] = {
    "sign": QT_TRANSLATE_NOOP(
        "Practice", "The sign is flipped: the magnitude is right, the sign is not."
    ),
    "slope": QT_TRANSLATE_NOOP(
        "Practice", "The sigmoid's slope out × (1 − out) is left out of the chain rule."
    ),
    "net_for_out": QT_TRANSLATE_NOOP(
        "Practice", "A net input is used where the node's output (after the sigmoid) belongs."
    ),
    "out_for_net": QT_TRANSLATE_NOOP(
        "Practice", "An output (after the sigmoid) is used where the net input belongs."
    ),
    "new_weight": QT_TRANSLATE_NOOP(
        "Practice",
        "A new weight is used where the old one belongs: every gradient uses the "
        "weights from before the update.",
    ),
    "one_output": QT_TRANSLATE_NOOP(
        "Practice",
        "Only one output's error term is counted: an inner weight collects the "
        "error coming back from every output.",
    ),
    "half_missing": QT_TRANSLATE_NOOP(
        "Practice", "The ½ of the error is not counted (the answer is twice the right one)."
    ),
    "half_twice": QT_TRANSLATE_NOOP(
        "Practice", "The ½ of the error is counted twice (the answer is half the right one)."
    ),
    "no_learning_rate": QT_TRANSLATE_NOOP(
        "Practice", "The learning rate is not applied: new = old − η × gradient."
    ),
    "learning_rate_twice": QT_TRANSLATE_NOOP(
        "Practice", "The learning rate is applied twice (η² instead of η)."
    ),
    "rounded_early": QT_TRANSLATE_NOOP(
        "Practice",
        "Rounded too early: the intermediates were rounded to fewer decimals "
        "than the answer, and the error carried forward.",
    ),
    "typo": QT_TRANSLATE_NOOP("Practice", "One digit differs (or two are swapped): a typing slip?"),
}

_NUMBER = re.compile(r"^[+\-−]?(\d+([.,]\d*)?|[.,]\d+)$")


@dataclass(frozen=True)
class Verdict:
    """The outcome of one check: right or not, and a sentence for the student."""

    right: bool
    message: str
    mistake: str | None = None  # a key of MISTAKES
    #: the answer was not one the rule can judge (not a number, too few digits): no try
    form: bool = False


def parse_answer(text: str) -> Decimal | None:
    """A typed number (a decimal comma is accepted; the typeset minus too), or None."""
    t = text.strip().replace(" ", "")
    if not _NUMBER.match(t):
        return None
    try:
        return Decimal(t.replace("−", "-").replace(",", "."))
    except InvalidOperation:
        return None


def _decimals(d: Decimal) -> int:
    return max(-d.as_tuple().exponent, 0)  # type: ignore[operator]


def _significant(d: Decimal) -> int:
    digits = "".join(map(str, d.as_tuple().digits)).lstrip("0")
    return len(digits)


def rule_text(pencil: int | None) -> str:
    """The rule the check applies, said in the window."""
    if pencil is not None:
        return translate(
            "Practice",
            "Pencil mode: type the value rounded to {n} decimals, computed from the "
            "rounded values before it.",
        ).format(n=pencil)
    return translate(
        "Practice",
        "Exact mode: type at least 3 significant digits; the value must round to what you "
        "typed (a calculation from values rounded to as many decimals counts as right).",
    )


def _matches(typed: Decimal, value: float, places: int) -> bool:
    return Decimal(fixed(value, places)) == typed


def check(iteration: Iteration, step: SubStep, text: str) -> Verdict:
    """Is ``text`` right for ``step``? If not, which mistake would give it?"""
    typed = parse_answer(text)
    if typed is None:
        return Verdict(
            False,
            translate("Practice", "{text} is not a number: type digits, e.g. {example}.").format(
                text=repr(text.strip()), example=number("0.5934")
            ),
            form=True,
        )
    places = _decimals(typed)
    if iteration.pencil is not None:
        n = iteration.pencil
        shown = fixed(step.value, n)
        if typed == Decimal(shown):
            return Verdict(True, translate("Practice", "Right."))
        if places != n and Decimal(fixed(typed, n)) == Decimal(shown):
            return Verdict(
                False,
                translate(
                    "Practice", "Nearly: pencil mode keeps {n} decimals, so type {shown}."
                ).format(n=n, shown=number(shown)),
            )
        right_at = max(n, places)  # more decimals than the rule: diagnose at those
    else:
        by_hand = _pencil_value(iteration, step, places)
        if _matches(typed, step.value, places) or _matches(typed, by_hand, places):
            if _significant(typed) < 3 and typed != 0:
                return Verdict(
                    False,
                    translate(
                        "Practice",
                        "Right so far: now type at least 3 significant digits (e.g. {good}, not "
                        "{short}).",
                    ).format(good=number("0.0134"), short=number("0.01")),
                    form=True,
                )
            return Verdict(True, translate("Practice", "Right."))
        right_at = places
    mistake = diagnose(iteration, step, typed, right_at)
    if mistake is None:
        return Verdict(False, translate("Practice", "Not right. Try again, or ask for a hint."))
    why = translate("Practice", MISTAKES[mistake])
    return Verdict(False, translate("Practice", "Not right. {why}").format(why=why), mistake)


def diagnose(iteration: Iteration, step: SubStep, typed: Decimal, places: int) -> str | None:
    """The first mistake whose value matches ``typed`` at ``places`` decimals, or None."""
    right = Decimal(fixed(step.value, places))
    for key, value in wrong_values(iteration, step):
        if value is None:
            continue
        wrong = Decimal(fixed(value, places))
        if wrong == right:  # this mistake gives the right value here: not a diagnosis
            continue
        if wrong == typed:
            return key
    # rounded too early: this line worked out from intermediates rounded to fewer decimals
    for early in range(max(places - 3, 1), places):
        value = _early_value(iteration, step, early)
        if Decimal(fixed(value, places)) == typed and Decimal(fixed(value, places)) != right:
            return "rounded_early"
    if iteration.pencil is not None:
        # a slip made on the exact numbers (the paper's 0.00025 for −0.00025) is named too
        exact = _pencil_iteration(iteration, None)
        found = diagnose(exact, exact.steps[step.index], typed, places)
        if found is not None and found != "typo":
            return found
    if _is_typo(str(typed), str(right)):
        return "typo"
    return None


def _is_typo(typed: str, right: str) -> bool:
    if len(typed) != len(right) or typed == right:
        return False
    diff = [k for k, (a, b) in enumerate(zip(typed, right)) if a != b]
    if len(diff) == 1:
        return typed[diff[0]].isdigit() and right[diff[0]].isdigit()
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and typed[diff[0]] == right[diff[1]]
        and typed[diff[1]] == right[diff[0]]
    )


def _pencil_value(iteration: Iteration, step: SubStep, decimals: int) -> float:
    """The step's value when every intermediate is rounded to ``decimals``."""
    other = _pencil_iteration(iteration, decimals)
    return other.steps[step.index].value


def _early_value(iteration: Iteration, step: SubStep, decimals: int) -> float:
    """The step's own line worked out exactly from values rounded to ``decimals``."""
    other = _pencil_iteration(iteration, decimals).steps[step.index]
    if other.kind == "f_input":
        return other.value
    return float(evaluate(other.lines.expression(other.kind, other.target, 0)))


def _pencil_iteration(iteration: Iteration, decimals: int) -> Iteration:
    """The same iteration in pencil mode (kept on the iteration: checks come in runs)."""
    if iteration.pencil == decimals:
        return iteration
    cache = iteration.__dict__.setdefault("_pencil_variants", {})
    if decimals not in cache:
        cache[decimals] = Iteration(
            iteration.network, iteration.x, iteration.target, pencil=decimals
        )
    return cache[decimals]


# -- what each mistake would give -------------------------------------------------------
def wrong_values(iteration: Iteration, step: SubStep) -> list[tuple[str, float | None]]:
    """(mistake, the value it gives) for every mistake that applies to ``step``."""
    maker = _MAKERS.get(step.kind)
    out: list[tuple[str, float | None]] = [("sign", -step.value)]
    if maker is not None:
        out += maker(iteration, step)
    return out


def _lookup(iteration: Iteration, name: str) -> float:
    s = iteration.by_name.get(name)
    return float("nan") if s is None else s.value


def _net_wrong(it: Iteration, s: SubStep) -> list:
    layer, _, j = s.target  # type: ignore[misc]
    if layer < 2:
        return []
    # the nets of the layer before used instead of its outputs
    l = layer - 1
    names = it.naming
    nets = [_lookup(it, f"net{names.node(l, i)}") for i in range(it.network.layers[l])]
    value = sum(n * float(it.network.weights[l][i, j]) for i, n in enumerate(nets))
    if it.conventions.has_bias:
        value += it.network.bias_input * float(it.network.biases[l][j])
    return [("net_for_out", value)]


def _out_wrong(it: Iteration, s: SubStep) -> list:
    net = _lookup(it, f"net{s.name[3:]}")
    return [("net_for_out", net)]


def _error_term_wrong(it: Iteration, s: SubStep) -> list:
    half = it.conventions.error == "half_sum"
    return [("half_missing", 2 * s.value)] + ([("half_twice", 0.5 * s.value)] if half else [])


def _output_factor_wrong(it: Iteration, s: SubStep) -> list:
    if s.target[0] != len(it.network.layers) - 1:  # type: ignore[index]
        return _hidden_dedout_wrong(it, s)
    return [("half_missing", 2 * s.value), ("half_twice", 0.5 * s.value)]


def _hidden_dedout_wrong(it: Iteration, s: SubStep) -> list:
    layer, _, j = s.target  # type: ignore[misc]
    names = it.naming
    out = []
    if layer + 1 == len(it.network.layers) - 1:
        node = names.node(layer, j)
        for k in range(it.network.layers[layer + 1]):
            out.append(("one_output", _lookup(it, f"dE{names.node(layer + 1, k)}/dout{node}")))
        new = it.network_after()
        value = sum(
            _lookup(it, f"dEtotal/dnet{names.node(layer + 1, k)}") * float(new.weights[layer][j, k])
            for k in range(it.network.layers[layer + 1])
        )
        out.append(("new_weight", value))
    return out


def _slope_wrong(it: Iteration, s: SubStep) -> list:
    node = s.name.split("/dnet", 1)[1]
    net = _lookup(it, f"net{node}")
    return [("net_for_out", net * (1 - net))]  # net × (1 − net) instead of out × (1 − out)


def _delta_wrong(it: Iteration, s: SubStep) -> list:
    node = s.name.split("/dnet", 1)[1]
    return [("slope", _lookup(it, f"dEtotal/dout{node}"))]


def _gradient_wrong(it: Iteration, s: SubStep) -> list:
    l, i, j = s.target  # type: ignore[misc]
    names = it.naming
    node = names.node(l + 1, j)
    dedout = _lookup(it, f"dEtotal/dout{node}")
    dn = _lookup(it, f"dout{node}/dnet{node}")
    if i is None:
        a = it.network.bias_input
    else:
        a = float(it.x[i]) if l == 0 else _lookup(it, f"out{names.node(l, i)}")
    out: list[tuple[str, float | None]] = [("slope", dedout * a)]
    if i is not None and l > 0:
        out.append(("net_for_out", dedout * dn * _lookup(it, f"net{names.node(l, i)}")))
    net = _lookup(it, f"net{node}")
    out.append(("net_for_out", dedout * net * (1 - net) * a))
    if l + 2 == len(it.network.layers) - 1:  # an inner weight, the next layer is the output
        hidden = names.node(l + 1, j)
        for k in range(it.network.layers[l + 2]):
            term = _lookup(it, f"dE{names.node(l + 2, k)}/dout{hidden}")
            out.append(("one_output", term * dn * a))
        new = it.network_after()
        value = sum(
            _lookup(it, f"dEtotal/dnet{names.node(l + 2, k)}") * float(new.weights[l + 1][j, k])
            for k in range(it.network.layers[l + 2])
        )
        out.append(("new_weight", value * dn * a))
    if it.conventions.error == "half_sum":
        out += [("half_missing", 2 * s.value), ("half_twice", 0.5 * s.value)]
    return out


def _update_wrong(it: Iteration, s: SubStep) -> list:
    l, i, j = s.target  # type: ignore[misc]
    net = it.network
    old = float(net.biases[l][j] if i is None else net.weights[l][i, j])
    grad = _lookup(it, f"dEtotal/d{s.name.removesuffix('_new')}")
    lr = net.learning_rate
    return [
        ("sign", old + lr * grad),  # the step taken uphill
        ("no_learning_rate", old - grad),
        ("learning_rate_twice", old - lr * lr * grad),
    ]


_MAKERS: dict[str, Callable[[Iteration, SubStep], list]] = {
    "net": _net_wrong,
    "out": _out_wrong,
    "error_term": _error_term_wrong,
    "error_total": _error_term_wrong,
    "f_dedout": _output_factor_wrong,
    "f_doutdnet": _slope_wrong,
    "f_delta": _delta_wrong,
    "gradient": _gradient_wrong,
    "update": _update_wrong,
}


# -- a round of practice: what was asked, and how it went --------------------------------
FIRST_TRY, AFTER_TRIES, REVEALED = "first try", "after tries or hints", "revealed"
NOT_REACHED = "not reached"
#: How each outcome reads in the report (the English constants stay the data's keys).
OUTCOMES: dict[str, str] = {
    FIRST_TRY: QT_TRANSLATE_NOOP("Practice", "first try"),
    AFTER_TRIES: QT_TRANSLATE_NOOP("Practice", "after tries or hints"),
    REVEALED: QT_TRANSLATE_NOOP("Practice", "revealed"),
    NOT_REACHED: QT_TRANSLATE_NOOP("Practice", "not reached"),
}


@dataclass
class Answer:
    """How one sub-step went: the tries, the hints asked for, and how it ended."""

    name: str
    tries: list[str]
    hints: int = 0
    outcome: str = ""  # FIRST_TRY, AFTER_TRIES, REVEALED, or "" while open


class Round:
    """Practice on one iteration: which sub-step is asked next, and the score.

    The asked sub-step is the first one not yet revealed; at every level but *factor* a
    factor is revealed with the quantity it serves, so only quantities are asked.
    """

    def __init__(self, iteration: Iteration, number: int = 1, factors: bool = False) -> None:
        self.iteration = iteration
        self.number = number
        self.factors = factors
        self.answers: dict[int, Answer] = {}
        #: a lesson's questions: only these are asked and counted (None: every one)
        self.questions: set[str] | None = None

    def asked(self, position: int) -> SubStep | None:
        """The sub-step to type next when ``position`` sub-steps are revealed."""
        for s in self.iteration.steps[position:]:
            if self.factors or not s.factor:
                return s
        return None

    def _answer(self, step: SubStep) -> Answer:
        return self.answers.setdefault(step.index, Answer(step.name, []))

    def try_answer(self, step: SubStep, text: str) -> Verdict:
        verdict = check(self.iteration, step, text)
        answer = self._answer(step)
        if answer.outcome or verdict.form:  # scored already, or not judged: no try
            return verdict
        answer.tries.append(text.strip())
        if verdict.right:
            first = len(answer.tries) == 1 and answer.hints == 0
            answer.outcome = FIRST_TRY if first else AFTER_TRIES
        return verdict

    def hint(self, step: SubStep) -> int:
        """Ask for a hint: 1 is the formula in symbols, 2 the formula with the numbers."""
        answer = self._answer(step)
        if not answer.outcome:
            answer.hints = min(answer.hints + 1, 2)
        return max(answer.hints, 1)

    def reveal(self, step: SubStep) -> None:
        answer = self._answer(step)
        if not answer.outcome:
            answer.outcome = REVEALED

    def counts(self, s: SubStep) -> bool:
        """Whether ``s`` is asked (a lesson's questions only, when it has them)."""
        if self.questions is not None:
            return s.name in self.questions
        return self.factors or not s.factor

    def skipped(self, steps: list[SubStep]) -> None:
        """Sub-steps the cursor moved past without an answer count as revealed."""
        for s in steps:
            if self.counts(s):
                self.reveal(s)

    @property
    def score(self) -> dict[str, int]:
        counts = {FIRST_TRY: 0, AFTER_TRIES: 0, REVEALED: 0}
        for a in self.answers.values():
            if a.outcome:
                counts[a.outcome] += 1
        return counts

    @property
    def total(self) -> int:
        return sum(1 for s in self.iteration.steps if self.counts(s))

    def summary(self) -> str:
        sc = self.score
        return translate(
            "Practice",
            "Iteration {n}: {first} of {total} right at the first try, {after} after more "
            "tries or hints, {revealed} revealed.",
        ).format(
            n=self.number,
            first=sc[FIRST_TRY],
            total=self.total,
            after=sc[AFTER_TRIES],
            revealed=sc[REVEALED],
        )

    def rows(self) -> list[dict[str, str]]:
        """One row per asked sub-step, for the report (CSV and the printable page)."""
        out = []
        for s in self.iteration.steps:
            if not self.counts(s):
                continue
            a = self.answers.get(s.index)
            out.append(
                {
                    "iteration": str(self.number),
                    "name": s.name,
                    "value": s.numbers.text.rsplit(" = ", 1)[1],
                    "tries": " | ".join(a.tries) if a else "",
                    "hints": str(a.hints) if a else "0",
                    "outcome": a.outcome if a and a.outcome else NOT_REACHED,
                }
            )
        return out
