"""French texts that were cut at 1024×768 (#15 item 4): each now fits, wraps, or says
the whole of itself in a tooltip.

* a thumbnail the network got wrong printed "réseau : po…": the network's answer is
  printed whole (the class name alone where "réseau : pomme rouge" is too wide);
* the empty error plot said "Aucune itération faite pour l'instan": two lines where one
  is wider than the plot;
* the training Mode combo shows "En ligne : mise à jour par exe…": its tooltip says the
  chosen mode in full.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPixmap

from fruitnet_gui.i18n import use_language
from fruitnet_gui.ui.data import dataset_thumbnails
from fruitnet_gui.ui.data.dataset_thumbnails import CELL
from fruitnet_gui.ui.stepping.error_plot import ErrorPlot
from fruitnet_gui.ui.training.panel import TrainingPanel


@pytest.fixture
def french():
    use_language("fr")
    yield
    use_language("en")


def test_a_wrong_thumbnail_prints_the_networks_answer_whole(qapp, french, monkeypatch):
    drawn: list[tuple[int, str]] = []
    draw_text = QPainter.drawText

    def record(self, *args):
        if len(args) >= 3 and isinstance(args[0], QRect):
            fits = self.fontMetrics().horizontalAdvance(str(args[-1])) <= args[0].width()
            drawn.append((fits, str(args[-1])))
        return draw_text(self, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    image = QImage(6, 6, QImage.Format.Format_Grayscale8)
    image.fill(QColor("gray"))
    pixmap = QPixmap(CELL)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    classes = ("pomme rouge", "tomate")
    # a tomato the network took for a red apple (class 0)
    dataset_thumbnails._paint_cell(painter, QRect(0, 0, CELL.width(), CELL.height()),
                                   QFont(), image, "tomate", 0, classes, False)  # fmt: skip
    painter.end()
    texts = [t for _fits, t in drawn]
    assert "tomate" in texts and "pomme rouge" in texts, texts
    assert all(fits for fits, _t in drawn) and not any("…" in t for t in texts), drawn


def test_the_empty_error_plot_says_its_sentence_on_two_lines(qtbot, session, french):
    plot = ErrorPlot(session)
    qtbot.addWidget(plot)
    plot.resize(250, 200)  # the error dock of a 1024-pixel window
    plot.show()
    qtbot.waitExposed(plot, timeout=60_000)
    title = plot.title_text
    assert "<br>" in title, title
    lines = re.sub(r"<[^>]+>", "\n", title.replace("<br>", "\n")).split("\n")
    lines = [line.replace("&#x27;", "'") for line in lines if line.strip()]
    assert " ".join(lines) == "Aucune itération faite pour l'instant"
    font = QFont(plot.font())
    font.setPointSizeF(10)
    assert all(QFontMetrics(font).horizontalAdvance(line) < 250 - 24 for line in lines), lines
    plot.resize(700, 200)  # room for one line: one line again
    qtbot.waitUntil(lambda: "<br>" not in plot.title_text, timeout=60_000)
    assert np.isclose(len(session.history), 0)


def test_the_mode_combo_says_the_whole_mode_in_its_tooltip(qtbot, session, french):
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    combo = panel.mode_combo
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        assert combo.currentText() in combo.toolTip()
    combo.setCurrentIndex(0)
    assert combo.toolTip().startswith("En ligne : mise à jour par exemple"), combo.toolTip()
