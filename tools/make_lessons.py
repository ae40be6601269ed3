"""Write the lessons that ship with FruitNet into lessons/ (run after changing them).

* ``paper-iteration.fnlesson``: the worked example's whole iteration, in pencil mode
  with 4 decimals as the paper computes it, a note where the paper's digits differ or
  where the idea changes, and a few values the class types itself;
* ``inner-weights.fnlesson``: why an inner weight collects error from both outputs: the
  paper example at the factor level, from the first inner weight's factors on.

A lesson's title and notes are a teacher's words in the class's language, so each
lesson is written in English (``lessons/NAME.fnlesson``), French (``lessons/fr/``) and
German (``lessons/de/``): the same network, sample, position, locks and questions, the
words translated by hand, the numbers of the prose with the language's decimal comma
and the symbols (neth1, w5, exp) as they are. ``fruitnet_gui.resources.shipped_lessons``
offers the user's language first.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fruitnet_gui.files.lesson_io import Lesson, save_lesson
from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, paper_network
from fruitnet_gui.model.teaching.iteration import Iteration, Level
from fruitnet_gui.resources import lesson_folder

#: The title and the notes of each lesson in each language.
WORDS: dict[str, dict[str, dict[str, str]]] = {
    "paper-iteration": {
        "en": {
            "title": "Behind the scenes: one training iteration, by hand",
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
        "fr": {
            "title": "Dans les coulisses : une itération d'apprentissage, à la main",
            "neth1": "L'étape 2 commence : chaque nœud additionne ce qui lui arrive, "
            "chaque entrée multipliée par le poids de son arête, plus le poids de biais "
            "multiplié par 1.",
            "outh1": "À vous : 1 / (1 + exp(−0,8570)). Une calculatrice avec une touche "
            "e^x suffit.",
            "nety1": "En arrondissant à 4 décimales à chaque étape, comme le fait "
            "l'article, on trouve 0,3779 ; le calcul exact donnerait 0,3778.",
            "Etotal": "Un seul nombre dit à quel point le réseau se trompe sur cette "
            "tomate. Apprendre, c'est le faire diminuer.",
            "dEtotal/dw5": "Étape 4 : la règle de la chaîne (dérivation des fonctions "
            "composées). Lisez les trois facteurs à voix haute : comment l'erreur dépend "
            "de outy1, outy1 de nety1, et nety1 de w5.",
            "dEtotal/dw1": "Un poids intérieur : sa variation atteint l'erreur par les "
            "deux sorties, donc le crochet additionne deux termes.",
            "w5_new": "Attention : l'article imprime ici 0,00025. Faites le calcul : "
            "0,05 − 0,5 × 0,1005 est négatif.",
        },
        "de": {
            "title": "Hinter den Kulissen: eine Trainingsiteration, von Hand gerechnet",
            "neth1": "Schritt 2 beginnt: Jeder Knoten addiert, was bei ihm ankommt, jede "
            "Eingabe mal das Gewicht ihrer Kante, dazu das Bias-Gewicht mal 1.",
            "outh1": "Selbst rechnen: 1 / (1 + exp(−0,8570)). Ein Taschenrechner mit "
            "e^x-Taste genügt.",
            "nety1": "Bei jedem Schritt auf 4 Nachkommastellen gerundet, wie im Artikel, "
            "ergibt sich 0,3779; exakt gerechnet wären es 0,3778.",
            "Etotal": "Eine einzige Zahl dafür, wie falsch das Netz bei dieser Tomate "
            "liegt. Lernen heißt, sie kleiner zu machen.",
            "dEtotal/dw5": "Schritt 4: die Kettenregel. Lesen Sie die drei Faktoren laut "
            "vor: wie der Fehler von outy1 abhängt, outy1 von nety1 und nety1 von w5.",
            "dEtotal/dw1": "Ein inneres Gewicht: Seine Änderung wirkt über beide Ausgaben "
            "auf den Fehler, daher addiert die Klammer zwei Terme.",
            "w5_new": "Vorsicht: Der Artikel druckt hier 0,00025. Rechnen Sie nach: "
            "0,05 − 0,5 × 0,1005 ist negativ.",
        },
    },
    "inner-weights": {
        "en": {
            "title": "Why the inner weights collect error from both outputs",
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
        "fr": {
            "title": "Pourquoi les poids intérieurs recueillent l'erreur des deux sorties",
            "dEy1/douth1": "Le premier terme : comment Ey1 varie avec outh1. Il remonte "
            "le long de w5 : c'est le terme d'erreur de y1, 0,1432, multiplié par "
            "w5 = 0,05.",
            "dEy2/douth1": "Le deuxième terme : h1 alimente aussi y2, par w6 = 0,4. Le terme "
            "d'erreur de y2 est négatif (outy2 est en dessous de sa cible 1).",
            "dEtotal/douth1": "Les deux sorties dépendent de outh1, donc leurs parts "
            "s'additionnent : 0,0072 + (−0,0206). Oubliez-en une et le gradient est faux.",
            "douth1/dneth1": "La pente de la sigmoïde en h1 : le même facteur que pour les "
            "poids extérieurs, cette fois pour le nœud caché.",
            "dEtotal/dw1": "Le produit des trois facteurs : −0,0134 × 0,2092 × 0,15.",
            "dEtotal/dw2": "w2 entre dans h2 : un crochet à part, avec w7 et w8.",
        },
        "de": {
            "title": "Warum die inneren Gewichte den Fehler beider Ausgaben sammeln",
            "dEy1/douth1": "Der erste Term: wie sich Ey1 mit outh1 ändert. Er läuft über "
            "w5 zurück, ist also der Fehlerterm von y1, 0,1432, mal w5 = 0,05.",
            "dEy2/douth1": "Der zweite Term: h1 speist auch y2, über w6 = 0,4. Der "
            "Fehlerterm von y2 ist negativ (outy2 liegt unter seinem Zielwert 1).",
            "dEtotal/douth1": "Beide Ausgaben hängen von outh1 ab, also addieren sich ihre "
            "Anteile: 0,0072 + (−0,0206). Fehlt einer, ist der Gradient falsch.",
            "douth1/dneth1": "Die Steigung der Sigmoidfunktion bei h1: derselbe Faktor wie "
            "bei den äußeren Gewichten, jetzt für den verdeckten Knoten.",
            "dEtotal/dw1": "Das Produkt der drei Faktoren: −0,0134 × 0,2092 × 0,15.",
            "dEtotal/dw2": "w2 führt in h2: eine eigene Klammer, mit w7 und w8.",
        },
    },
}
LANGUAGES = ("en", "fr", "de")


def _notes(lesson: str, language: str) -> tuple[str, dict[str, str]]:
    words = dict(WORDS[lesson][language])
    return words.pop("title"), words


def paper_iteration(language: str = "en") -> Lesson:
    title, notes = _notes("paper-iteration", language)
    return Lesson(
        paper_network(), PAPER_INPUT, PAPER_TARGET, title=title,
        pencil=4, level=Level.QUANTITY, position=0,
        panels=("input", "formula", "error"),
        locked=("network", "conventions"),
        questions=("outh1", "Etotal", "dEtotal/dw5", "w5_new"),
        notes=notes,
    )  # fmt: skip


def inner_weights(language: str = "en") -> Lesson:
    it = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4)
    start = it.by_name["dEy1/douth1"].index
    title, notes = _notes("inner-weights", language)
    return Lesson(
        paper_network(), PAPER_INPUT, PAPER_TARGET, title=title,
        pencil=4, level=Level.FACTOR, position=start,
        panels=("input", "formula"),
        locked=("network", "sample", "weights", "training", "conventions"),
        questions=("dEy1/douth1", "dEy2/douth1", "dEtotal/douth1", "dEtotal/dw1"),
        notes=notes,
    )  # fmt: skip


def main() -> int:
    for language in LANGUAGES:
        folder = lesson_folder(language)
        folder.mkdir(parents=True, exist_ok=True)
        for name, make in (("paper-iteration", paper_iteration), ("inner-weights", inner_weights)):
            path = folder / f"{name}.fnlesson"
            save_lesson(make(language), path)
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
