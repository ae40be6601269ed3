"""How large the canvas's text is drawn, and whether all of it is: what presentation
mode and the zoom check before they keep a size.

The sizes are the floors the layout allows each kind of text (the weight labels and
node texts as placed now; titles, class names, captions and the legend at the least
they shrink to), so a check made at one sub-step holds at the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fruitnet_gui.ui.canvas.chrome import TITLE_MIN_PX
from fruitnet_gui.ui.canvas.labels import LABEL_ALL_MAX_EDGES, label_min_px
from fruitnet_gui.ui.canvas.layout import LEGEND_PX, NODE_NAME_MIN_PX, NODE_VALUE_MIN_PX
from fruitnet_gui.ui.canvas.painting import BIAS_CAPTION_PX

if TYPE_CHECKING:
    from fruitnet_gui.ui.canvas.widget import NetworkCanvas

__all__ = ["floor_px", "prints_everything", "smallest_text_px"]

#: The class names beside the outputs and the "bias" captions never go below this.
OTHER_MIN_PX = 13


def floor_px(canvas: NetworkCanvas) -> float:
    """The least any text of this network may be drawn at, in canvas units."""
    _g, st = canvas.geometry_now()
    sizes = [TITLE_MIN_PX, OTHER_MIN_PX, BIAS_CAPTION_PX]
    if st.small:
        sizes += [label_min_px(canvas.devicePixelRatioF()), NODE_NAME_MIN_PX, NODE_VALUE_MIN_PX]
    return float(min(sizes))


def smallest_text_px(canvas: NetworkCanvas) -> float:
    """The smallest text the canvas draws now, in widget pixels (0 if none): the weight
    labels and node texts as placed, every other text at its floor."""
    g, _st = canvas.geometry_now()
    if g is None:
        return 0.0
    lay = g.layout
    sizes = [TITLE_MIN_PX, OTHER_MIN_PX, BIAS_CAPTION_PX]
    sizes += [lb.px for lb in g.labels.values()]
    if lay.labelled.any():
        sizes += [int(lay.name_px[lay.labelled].min()), int(lay.value_px[lay.labelled].min())]
    if lay.legend_top < lay.height - 6:
        sizes.append(LEGEND_PX)
    return min(sizes) * canvas.zoom


def prints_everything(canvas: NetworkCanvas) -> bool:
    """Whether every name, value and weight the small net prints is printed at this
    size and zoom (a big net prints none on its nodes: True if it can be drawn)."""
    g, st = canvas.geometry_now()
    if g is None:
        return False
    if not st.small:
        return True
    if not bool(g.layout.labelled[st.node_j >= 0].all()):
        return False
    wanted = len(st.labelled_edges) if len(st.edge_names) <= LABEL_ALL_MAX_EDGES else 0
    return len(g.labels) >= wanted
