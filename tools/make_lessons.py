"""Write the lessons that ship with FruitNet into lessons/ (run after changing them).

* ``paper-iteration.fnlesson``: the worked example's whole iteration, in pencil mode
  with 4 decimals as the paper computes it, a note where the paper's digits differ or
  where the idea changes, and a few values the class types itself;
* ``inner-weights.fnlesson``: why an inner weight collects error from both outputs: the
  paper example at the factor level, from the first inner weight's factors on.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fruitnet_gui.files.lesson_io import Lesson, save_lesson
from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, paper_network
from fruitnet_gui.model.teaching.iteration import Iteration, Level

OUT = Path(__file__).resolve().parents[1] / "lessons"


def paper_iteration() -> Lesson:
    return Lesson(
        paper_network(), PAPER_INPUT, PAPER_TARGET,
        title="Behind the scenes: one training iteration, by hand",
        pencil=4, level=Level.QUANTITY, position=0,
        panels=("input", "formula", "error"),
        locked=("network", "conventions"),
        questions=("outh1", "Etotal", "dEtotal/dw5", "w5_new"),
        notes={
            "neth1": "Step 2 starts: every node adds up what flows into it, each input "
            "times the weight on its edge, plus the bias weight times 1.",
            "outh1": "Your turn: 1 / (1 + exp(−0.8570)). A calculator with an e^x key "
            "is all you need.",
            "nety1": "Rounded to 4 decimals at every step, as the paper does, this is "
            "0.3779; exact arithmetic would give 0.3778.",
            "Etotal": "One number for how wrong the network is on this tomato. Learning "
            "means making it smaller.",
            "dEtotal/dw5": "Step 4: the chain rule. Read the three factors aloud: how the "
            "error depends on outy1, outy1 on nety1, nety1 on w5.",
            "dEtotal/dw1": "An inner weight: its change reaches the error through both "
            "outputs, so the bracket adds two terms.",
            "w5_new": "Careful: the paper prints 0.00025 here. Work it out: "
            "0.05 − 0.5 × 0.1005 is negative.",
        },
    )  # fmt: skip


def inner_weights() -> Lesson:
    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4)
    start = it.by_name["dEy1/douth1"].index
    return Lesson(
        paper_network(), PAPER_INPUT, PAPER_TARGET,
        title="Why the inner weights collect error from both outputs",
        pencil=4, level=Level.FACTOR, position=start,
        panels=("input", "formula"),
        locked=("network", "sample", "weights", "training", "conventions"),
        questions=("dEy1/douth1", "dEy2/douth1", "dEtotal/douth1", "dEtotal/dw1"),
        notes={
            "dEy1/douth1": "The first term: how Ey1 changes with outh1. It travels back "
            "along w5, so it is y1's error term 0.1432 times w5 = 0.05.",
            "dEy2/douth1": "The second term: h1 also feeds y2, through w6 = 0.4. y2's error "
            "term is negative (outy2 is below its target 1).",
            "dEtotal/douth1": "Both outputs depend on outh1, so their parts add up: "
            "0.0072 + (−0.0206). Forget one and the gradient is wrong.",
            "douth1/dneth1": "The sigmoid's slope at h1, the same factor as for the outer "
            "weights, now for the hidden node.",
            "dEtotal/dw1": "The product of the three factors: −0.0134 × 0.2092 × 0.15.",
            "dEtotal/dw2": "w2 goes into h2: a bracket of its own, with w7 and w8.",
        },
    )  # fmt: skip


def main() -> int:
    OUT.mkdir(exist_ok=True)
    for name, lesson in (
        ("paper-iteration", paper_iteration()),
        ("inner-weights", inner_weights()),
    ):
        path = OUT / f"{name}.fnlesson"
        save_lesson(lesson, path)
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
