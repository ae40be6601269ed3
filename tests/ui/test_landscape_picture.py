"""``fruitnet landscape --out FILE.png``: axes, colour bar, contours, point and arrow."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage

from fruitnet_gui.commands import run
from fruitnet_gui.model.explore.gradcheck import pair_gradient
from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, paper_network
from fruitnet_gui.ui.explore.landscape_picture import BOTTOM, LEFT, RIGHT, TOP, nice_ticks


def test_nice_ticks_are_round_and_inside() -> None:
    assert nice_ticks(-0.95, 1.05) == [-0.5, 0.0, 0.5, 1.0]
    assert nice_ticks(0.1, 0.35, 4) == [0.1, 0.2, 0.3]
    assert nice_ticks(0.008, 0.046) == [0.01, 0.02, 0.03, 0.04]
    assert nice_ticks(2.0, 2.0) == [2.0]


def _colours(image: QImage, x0: int, y0: int, x1: int, y1: int) -> list[QColor]:
    return [image.pixelColor(x, y) for x in range(x0, x1) for y in range(y0, y1)]


def test_the_picture_has_the_point_the_arrow_and_the_colour_bar(qapp, tmp_path) -> None:
    path = tmp_path / "land.png"
    assert run(["landscape", "--weights", "w5", "w6", "--grid", "31", "--out", str(path)]) == 0
    image = QImage(str(path))
    size = image.width() - LEFT - RIGHT
    assert image.height() == TOP + size + BOTTOM
    cx, cy = LEFT + size // 2, TOP + size // 2
    assert image.pixelColor(cx, cy) == QColor("white")  # the current point
    # the arrow points along the negative gradient: left and up for w5, w6 of the paper
    g = pair_gradient(paper_network(), PAPER_INPUT, PAPER_TARGET, ("w5", "w6"))
    assert g[0] > 0 > g[1]
    red = [c for c in _colours(image, cx - 120, cy - 60, cx - 10, cy)
           if c.red() > 180 and c.green() < 90 and c.blue() < 90]  # fmt: skip
    assert len(red) > 50
    assert not [c for c in _colours(image, cx + 10, cy + 10, cx + 120, cy + 60)
                if c.red() > 180 and c.green() < 90 and c.blue() < 90]  # fmt: skip
    # the colour bar runs from viridis's dark purple (bottom) to its yellow (top)
    bar_x = LEFT + size + 45
    top, bottom = image.pixelColor(bar_x, TOP + 3), image.pixelColor(bar_x, TOP + size - 3)
    assert top.red() > 200 and top.green() > 200 and top.blue() < 100
    assert bottom.red() < 90 and bottom.blue() > 60
    # contour lines: light lines across the heat map, more than a plain gradient has
    row = np.array([image.pixelColor(x, cy + 100).lightness() for x in range(LEFT, LEFT + size)])
    assert int(np.sum(np.abs(np.diff(row)) > 25)) >= 4
