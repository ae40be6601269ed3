"""The small net's weight labels as drawn: which are shown, where, and how they look.

Every weight of a net with at most :data:`.labels.LABEL_ALL_MAX_EDGES` edges, when
they all fit; otherwise the current sub-step's weights (as many as fit). Placing them
takes milliseconds, so places are cached by what the labels say: before the update
phase the labels say the old values, from its first sub-step on they make room for
"old → new", and within each part of the iteration no label moves.
"""

from __future__ import annotations

import numpy as np

from fruitnet_gui.ui.canvas.labels import LABEL_ALL_MAX_EDGES, label_forms, place_labels, text_box
from fruitnet_gui.ui.canvas.layout import Layout, Structure
from fruitnet_gui.ui.canvas.painting import CAPTION_PX, QtMeasure, WeightLabel
from fruitnet_gui.ui.canvas.state import Shown

__all__ = ["weight_labels"]

_MEASURE = QtMeasure()
Placements = dict[tuple, dict | None]


def weight_labels(
    st: Structure, lay: Layout, shown: Shown, cache: Placements
) -> dict[str, WeightLabel]:
    """Name -> label for the weights labelled now (``cache`` keeps places between calls)."""
    placed = None
    if len(st.labelled_edges) <= LABEL_ALL_MAX_EDGES:
        placed = _placement(st, lay, shown, st.labelled_edges, cache)
    if placed is None:
        current = sorted({st.edge_index[n] for n in shown.hl_edges if n in st.edge_index})
        placed = _placement(st, lay, shown, tuple(current), cache)
        while placed is None and current:  # the most that fit, in order
            current.pop()
            placed = _placement(st, lay, shown, tuple(current), cache)
    labels = {}
    for name, (box, form, px) in (placed or {}).items():
        k = st.edge_index[name]
        updated = shown.revealed(f"{name}_new") is not None
        lines = form.shown(updated)
        hl = name in shown.hl_edges
        labels[name] = WeightLabel(
            box=text_box(*box.center, lines, px, _MEASURE),
            lines=lines,
            px=px,
            positive=bool(shown.weights[k] >= 0),
            emphasized=hl,
            updated=updated,
            dim=shown.dimming and not hl,
        )
    return labels


def _placement(
    st: Structure, lay: Layout, shown: Shown, ks: tuple[int, ...], cache: Placements
) -> dict | None:
    """Places for the labels of edges ``ks``: name -> (box, form, px), or None."""
    updating = shown.updating()
    forms = tuple(
        label_forms(
            st.edge_names[k],
            float(shown.old_weights[k]),
            shown.new_value(st.edge_names[k]) if updating else None,
        )
        for k in ks
    )
    key = (ks, forms)
    if key in cache:
        return cache[key]
    caption_w = _MEASURE.width("net = 0.0000", CAPTION_PX) + 6
    radius = np.maximum(lay.radius[st.edge_src], lay.radius[st.edge_dst])
    idx = list(ks)
    result = place_labels(
        lay.p0[idx],
        lay.p1[idx],
        forms,
        obstacles=lay.obstacles(st, caption_w),
        bounds=lay.label_bounds(),
        measure=_MEASURE,
        radius=radius[idx],
    )
    placed = None
    if result is not None:
        placed = {st.edge_names[k]: (r.box, r.form, r.px) for k, r in zip(ks, result)}
    if len(cache) > 16:
        cache.clear()
    cache[key] = placed
    return placed
