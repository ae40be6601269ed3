"""The small ways textbooks differ from the worked example, as a property of a network.

The paper's choices are the defaults (:data:`PAPER`):

* ``error``: ``half_sum`` is the paper's E_total = ½ Σ (t − o)²; ``sum`` is Σ (t − o)²;
  ``mean`` is (1/n) Σ (t − o)² over the n outputs. They differ only by a constant
  factor, so each scales ∂E_total/∂out (1, 2 and 2/n) and with it every gradient.
* ``bias``: ``per_node`` gives every node its own bias weight (the paper);
  ``per_layer`` one bias weight shared by all nodes of a layer, whose gradient is the
  sum of what each node would give it; ``none`` no bias at all.
* ``update_biases``: ``False`` keeps the bias weights as they are (their gradients are
  still shown, they are simply not applied).
* ``batch_gradient``: a batch's gradient is the ``mean`` or the ``sum`` of its samples'.

Each convention changes the formulas, the names, the values and the sub-steps
together; tests check every one against finite differences of its own error.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.text import translate

__all__ = ["BATCH_GRADIENTS", "BIASES", "ERRORS", "PAPER", "Conventions"]

ERRORS = ("half_sum", "sum", "mean")
BIASES = ("per_node", "per_layer", "none")
BATCH_GRADIENTS = ("mean", "sum")


@dataclass(frozen=True)
class Conventions:
    """One choice for each way textbooks differ; the defaults are the paper's."""

    error: str = "half_sum"
    bias: str = "per_node"
    update_biases: bool = True
    batch_gradient: str = "mean"

    def __post_init__(self) -> None:
        for name, allowed in (
            ("error", ERRORS),
            ("bias", BIASES),
            ("batch_gradient", BATCH_GRADIENTS),
        ):
            value = getattr(self, name)
            if value not in allowed:
                raise ModelError(
                    translate(
                        "Checks", "conventions: {name} must be one of {join}, got {value}"
                    ).format(name=name, join=", ".join(allowed), value=_short(value))
                )
        if not isinstance(self.update_biases, bool):
            got = _short(self.update_biases)
            raise ModelError(
                translate(
                    "Checks", "conventions: update_biases must be true or false, got {got}"
                ).format(got=got)
            )

    # -- what follows from them ----------------------------------------------------------
    @property
    def is_paper(self) -> bool:
        return self == PAPER

    @property
    def has_bias(self) -> bool:
        return self.bias != "none"

    @property
    def biases_learn(self) -> bool:
        """Whether bias weights get a gradient step."""
        return self.has_bias and self.update_biases

    def output_scale(self, n_outputs: int) -> float:
        """∂E_total/∂out_k = scale × (out_k − target_k)."""
        return {"half_sum": 1.0, "sum": 2.0, "mean": 2.0 / n_outputs}[self.error]

    def term_scale(self, n_outputs: int) -> float:
        """E_total = term_scale × Σ (t − o)²."""
        return {"half_sum": 0.5, "sum": 1.0, "mean": 1.0 / n_outputs}[self.error]

    # -- text ----------------------------------------------------------------------------
    def describe(self) -> str:
        """One line for the window and the command line."""
        error = {
            "half_sum": "E = ½ Σ (target − out)²",
            "sum": "E = Σ (target − out)²",
            "mean": "E = (1/n) Σ (target − out)²",
        }[self.error]
        bias = {
            "per_node": translate("Conventions", "a bias weight per node"),
            "per_layer": translate("Conventions", "one bias weight per layer"),
            "none": translate("Conventions", "no bias"),
        }[self.bias]
        if self.has_bias and not self.update_biases:
            bias += translate("Conventions", " (kept fixed)")
        if self.batch_gradient == "mean":
            batch = translate("Conventions", "batch gradient: mean")
        else:
            batch = translate("Conventions", "batch gradient: sum")
        paper = translate("Conventions", " (the paper's)") if self.is_paper else ""
        # the semicolons belong to the language (French puts a space before them)
        line = translate("Conventions", "{error}; {bias}; {batch}{paper}")
        return line.format(error=error, bias=bias, batch=batch, paper=paper)

    # -- files ---------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Conventions:
        """Conventions from a file's ``"conventions"`` object (missing keys: the paper's)."""
        if not isinstance(data, Mapping):
            raise ModelError(
                translate("Checks", "conventions must be an object, got {data}").format(
                    data=_short(data)
                )
            )
        unknown = sorted(set(data) - set(PAPER.to_dict()))
        if unknown:
            raise ModelError(
                translate(
                    "Checks",
                    "conventions: unknown key {unknown} (known: error, bias, update_biases, "
                    "batch_gradient)",
                ).format(unknown=_short(unknown[0]))
            )
        return cls(**dict(data))


def _short(value: object) -> str:
    text = repr(value).replace("\n", " ")
    return text if len(text) <= 40 else text[:39] + "…"


PAPER = Conventions()
