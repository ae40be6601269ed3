"""The small net's weight labels as drawn: which are shown, where, and how they look.

Every weight of a net with at most :data:`.labels.LABEL_ALL_MAX_EDGES` edges, when
they all fit; otherwise the current sub-step's weights (as many as fit). Placing them
takes milliseconds, so places are cached by what the labels say: before the update
phase the labels say the old values, from its first sub-step on they make room for
"old → new", and within each part of the iteration no label moves.
"""

from __future__ import annotations

from fruitnet_gui.ui.canvas.labels import (
    LABEL_ALL_MAX_EDGES,
    Placed,
    solve_every_label,
    solve_weight_labels,
    text_box,
    weight_forms,
)
from fruitnet_gui.ui.canvas.layout import Layout, Structure
from fruitnet_gui.ui.canvas.painting import CAPTION_PX, QtMeasure, WeightLabel
from fruitnet_gui.ui.canvas.state import Shown

__all__ = ["weight_labels"]

_MEASURE = QtMeasure()
Placements = dict[tuple, object]


def weight_labels(
    st: Structure, lay: Layout, shown: Shown, cache: Placements, scale: float = 1.0
) -> tuple[dict[str, WeightLabel], Layout]:
    """Name -> label for the weights labelled now, and the layout to draw with (without
    the net captions where every weight fits only without them). ``cache`` keeps
    places between calls; ``scale`` is the device pixel ratio, which sets the smallest
    font size. Where not every weight fits, the current sub-step's are labelled: a
    partial set of the rest would read as "the others are missing" (their tooltips
    have them all)."""
    placed = None
    if len(st.labelled_edges) <= LABEL_ALL_MAX_EDGES:
        forms = weight_forms(st, shown, st.labelled_edges)
        key = (st.labelled_edges, forms, scale, lay.captions, "every")
        if key not in cache:
            _room(cache)
            caption_w = _MEASURE.width("net = 0.0000", CAPTION_PX) + 6
            cache[key] = solve_every_label(
                st, lay, forms, st.labelled_edges, _MEASURE, caption_w, scale
            )
        placed, lay = cache[key]
    if placed is None:
        current = sorted({st.edge_index[n] for n in shown.hl_edges if n in st.edge_index})
        placed = _placement(st, lay, shown, tuple(current), cache, scale, partial=True)
    labels = {}
    for name, place in (placed or {}).items():
        k = st.edge_index[name]
        updated = shown.revealed(f"{name}_new") is not None
        lines = place.form.shown(updated)
        px = place.px
        hl = name in shown.hl_edges
        labels[name] = WeightLabel(
            box=text_box(*place.box.center, lines, px, _MEASURE),
            lines=lines,
            px=px,
            positive=bool(shown.weights[k] >= 0),
            emphasized=hl,
            updated=updated,
            dim=shown.dimming and not hl,
        )
    return labels, lay


def _room(cache: Placements) -> None:
    if len(cache) > 16:
        cache.clear()


def _placement(
    st: Structure,
    lay: Layout,
    shown: Shown,
    ks: tuple[int, ...],
    cache: Placements,
    scale: float,
    *,
    partial: bool = False,
) -> dict[str, Placed] | None:
    """Places for the labels of edges ``ks``, or None (cached by what they say)."""
    forms = weight_forms(st, shown, ks)
    key = (ks, forms, scale, partial, lay.captions)
    if key not in cache:
        _room(cache)
        caption_w = _MEASURE.width("net = 0.0000", CAPTION_PX) + 6
        cache[key] = solve_weight_labels(
            st, lay, forms, ks, _MEASURE, caption_w, scale, partial=partial
        )
    return cache[key]
