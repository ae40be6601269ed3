"""The small net's weight labels: their texts, and a small solver that places them.

NumPy and the standard library only (no Qt), like :mod:`.layout`.

Every weight of a net with at most :data:`LABEL_ALL_MAX_EDGES` edges is labelled, at
every sub-step and after training: a partial set reads as "the others are missing".
Once its update is revealed a label says the old and the new value
("w5 = 0.05 → −0.0003"). The solver tries, for each label, places along its edge (and
beside it), on one line or broken into two or three, and keeps the largest font size,
from :data:`LABEL_MAX_PX` down to :data:`LABEL_MIN_PX`, at which every label finds a
place covering no node, no caption, no class name and no other label. It places the
most constrained label first, at the place that takes the fewest places from the
others (greedy), then lets each move to a cheaper free place; a few milliseconds for
the paper net. The widget caches the result: only the first frame at a new size or
in a new part of the iteration (the update phase) solves.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from fruitnet_gui.model.text import number
from fruitnet_gui.ui.canvas.layout import Box, Layout, Structure, TextMeasure, overlaps
from fruitnet_gui.ui.canvas.state import Shown

__all__ = [
    "LABEL_ALL_MAX_EDGES",
    "LABEL_MAX_PX",
    "LABEL_MIN_PX",
    "Form",
    "Placed",
    "label_forms",
    "label_min_px",
    "place_labels",
    "short_number",
    "solve_every_label",
    "solve_weight_labels",
    "text_box",
    "weight_forms",
]  # fmt: skip

#: Nets with at most this many edges label every weight (the 2-2-2 net has 12).
LABEL_ALL_MAX_EDGES = 30
LABEL_MAX_PX = 18
LABEL_MIN_PX = 10
#: The floor where everything is drawn larger (``--scale`` 1.5 or more): 8 logical
#: pixels are 12 or more on the screen, more than the floor at 100 %.
LABEL_MIN_PX_SCALED = 8


def label_min_px(scale: float) -> int:
    """The labels' smallest font size (logical pixels) at a device pixel ratio."""
    return LABEL_MIN_PX_SCALED if scale >= 1.5 else LABEL_MIN_PX


PAD_X, PAD_Y = 5.0, 1.0  # inside a label's box, around its text
GAP = 3.0  # between two labels
CROSSING_COST = 1.5  # for each other edge a label's box lies on
ARROW = "→"
#: Where along its edge a label may sit (fraction from the source), best first.
FRACTIONS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.35, 0.65, 0.45, 0.55, 0.15, 0.85)


def short_number(v: float) -> str:
    """A weight as a label shows it: at most four decimals and four significant digits,
    no trailing zeros, a real minus sign (0.05, −0.0003, 1.234, −12.35)."""
    if v == 0 or not math.isfinite(v):
        return "0" if v == 0 else str(v)
    exponent = math.floor(math.log10(abs(v)))
    if abs(v) < 5e-5:
        text = f"{v:.2g}".replace("e-0", "e-")
    else:
        text = f"{v:.{min(4, max(0, 3 - exponent))}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    if text in ("-0", "0"):
        text = "0"
    return number(text).replace("-", "−")


@dataclass(frozen=True)
class Form:
    """One way to write a label: ``lines`` once its update is revealed (or always),
    ``before`` until then, in the same box (so the label does not move when it changes)."""

    lines: tuple[str, ...]
    before: tuple[str, ...] = ()

    def shown(self, updated: bool) -> tuple[str, ...]:
        return self.lines if updated or not self.before else self.before

    @property
    def every_line(self) -> tuple[str, ...]:
        return self.lines + self.before

    @property
    def height_lines(self) -> int:
        return max(len(self.lines), len(self.before))


def label_forms(name: str, old: float, new: float | None = None) -> tuple[Form, ...]:
    """The ways a label may be written, best first: on one line, then broken.

    ``new`` is the value after the update: the label then says "w5 = 0.05 → −0.0003"
    or, where that does not fit, just the new value (drawn in the updated style).
    """
    value = short_number(old)
    plain = f"{name} = {value}"
    if new is None:
        return (Form((plain,)), Form((name, value)))
    after = short_number(new)
    arrow = f"{ARROW} {after}"
    return (
        Form((f"{plain} {arrow}",), (plain,)),
        Form((plain, arrow), (plain,)),
        Form((name, value, arrow), (name, value)),
        Form((f"{name} = {after}",), (plain,)),
        Form((name, after), (name, value)),
    )


def text_box(cx: float, cy: float, lines: Sequence[str], px: int, measure: TextMeasure) -> Box:
    """The box of ``lines`` (bold: the widest) centred at (cx, cy), padding included."""
    w = max(measure.width(line, px, True) for line in lines) + 2 * PAD_X
    h = measure.height(px) * len(lines) + 2 * PAD_Y
    return Box.around(cx, cy, w, h)


@dataclass(frozen=True)
class Placed:
    """One label: its box, how it is written and the font size."""

    box: Box
    form: Form
    px: int


def place_labels(
    p0: np.ndarray,
    p1: np.ndarray,
    forms: Sequence[Sequence[Form]],
    *,
    obstacles: np.ndarray,
    bounds: Box,
    measure: TextMeasure,
    radius: np.ndarray | None = None,
    max_px: int = LABEL_MAX_PX,
    min_px: int = LABEL_MIN_PX,
    partial: bool = False,
) -> list[Placed | None] | None:
    """A place for label ``k`` on edge ``p0[k] → p1[k]``, written in one of ``forms[k]``.

    Every label gets one, all in one font size (the largest that works), or the answer
    is None; with ``partial``, at the smallest size, the labels that fit get one and
    the others None. ``radius`` (per edge: the larger radius of its two nodes) sets how
    far beside the edge a label may move to clear them. At each size the labels are
    first tried on one line and on their edges (quick, and what reads best), then in
    every form and beside their edges too.
    """
    if not len(forms):
        return []
    radius = np.full(len(forms), 12.0) if radius is None else np.asarray(radius, dtype=float)
    for px in range(max_px, min_px - 1, -1):
        # A partial set (the current sub-step's weights on a crowded net, placed anew at
        # each sub-step) is tried thoroughly only at the smallest size: ~2× quicker.
        for thorough in (False, True) if not partial or px == min_px else (False,):
            boxes, owner, form, cost = _candidates(
                p0, p1, forms, px, bounds, measure, radius, thorough=thorough
            )
            last = partial and thorough and px == min_px
            placed = _solve(boxes, owner, cost, obstacles, len(forms), skip=last)
            if placed is not None:
                return [
                    None if c < 0 else Placed(Box(*boxes[c].tolist()), forms[k][int(form[c])], px)
                    for k, c in enumerate(placed)
                ]
    return None


def _candidates(
    p0: np.ndarray,
    p1: np.ndarray,
    forms: Sequence[Sequence[Form]],
    px: int,
    bounds: Box,
    measure: TextMeasure,
    radius: np.ndarray,
    *,
    thorough: bool,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The places tried, inside ``bounds``: boxes (C, 4), owner label, form index, cost.

    The cost prefers a label on one line, on its edge, near the edge's middle, and
    over no other edge (a label sitting on another weight's edge reads as that one's).
    """
    boxes, owner, form, cost = [], [], [], []
    line_h = measure.height(px)
    t = np.array(FRACTIONS if thorough else FRACTIONS[:7])
    rank = np.arange(len(t)) * 0.15
    for k, options in enumerate(forms):
        a, d = p0[k], p1[k] - p0[k]
        normal = np.array([-d[1], d[0]]) / (float(np.hypot(*d)) or 1.0)
        for f, option in enumerate(options if thorough else options[:1]):
            w = max(measure.width(line, px, True) for line in option.every_line) + 2 * PAD_X
            h = line_h * option.height_lines + 2 * PAD_Y
            # on the edge, just off it, or clear of the nodes it joins
            side = np.array([0.0, h / 2 + 2, -(h / 2 + 2)])
            side_cost = np.array([0.0, 1.0, 1.0])
            if thorough:
                far = radius[k] + h / 2 + 4
                side = np.append(side, [far, -far])
                side_cost = np.append(side_cost, [1.5, 1.5])
            c = a + t[:, None, None] * d + side[None, :, None] * normal  # (T, S, 2)
            c = c.reshape(-1, 2)
            half = np.array([w / 2, h / 2])
            boxes.append(np.column_stack([c - half, c + half]))
            owner.append(np.full(len(c), k))
            form.append(np.full(len(c), f))
            cost.append((2.0 * f + rank[:, None] + side_cost[None, :]).ravel())
    arr = np.concatenate(boxes)
    inside = (
        (arr[:, 0] >= bounds.left)
        & (arr[:, 1] >= bounds.top)
        & (arr[:, 2] <= bounds.right)
        & (arr[:, 3] <= bounds.bottom)
    )
    arr, owner_arr = arr[inside], np.concatenate(owner)[inside]
    cost_arr = np.concatenate(cost)[inside] + CROSSING_COST * _crossings(arr, owner_arr, p0, p1)
    return arr, owner_arr, np.concatenate(form)[inside], cost_arr


def _crossings(boxes: np.ndarray, owner: np.ndarray, p0: np.ndarray, p1: np.ndarray) -> np.ndarray:
    """How many edges other than its own pass through each box (sampled along them)."""
    t = np.linspace(0.08, 0.92, 15)[None, :, None]
    pts = p0[:, None, :] + t * (p1 - p0)[:, None, :]  # (E, S, 2)
    x, y = pts[None, :, :, 0], pts[None, :, :, 1]
    b = boxes[:, None, None, :]
    hit = ((x > b[..., 0]) & (x < b[..., 2]) & (y > b[..., 1]) & (y < b[..., 3])).any(
        axis=2
    )  # (C, E)
    hit[np.arange(len(boxes)), owner] = False
    return hit.sum(axis=1)


def _solve(
    boxes: np.ndarray,
    owner: np.ndarray,
    cost: np.ndarray,
    obstacles: np.ndarray,
    n: int,
    *,
    skip: bool = False,
) -> list[int] | None:
    """The candidate chosen for each of the ``n`` labels, or None if greedy finds none.

    The label with the fewest free places goes first, to the place that costs least
    and takes the fewest places from the labels still to place.
    """
    if len(obstacles) and len(boxes):
        free = np.flatnonzero(~overlaps(boxes, obstacles).any(axis=1))
        boxes, owner, cost = boxes[free], owner[free], cost[free]
    else:
        free = np.arange(len(boxes))
    if len(np.unique(owner)) < n and not skip:
        return None  # some label has no free place at all
    grown = boxes + np.array([-GAP, -GAP, GAP, GAP]) / 2
    clash = overlaps(grown, grown)
    clash &= owner[:, None] != owner[None, :]
    alive = np.ones(len(boxes), dtype=bool)
    chosen: dict[int, int] = {}
    while len(chosen) < n:
        counts = np.bincount(owner[alive], minlength=n).astype(float)
        counts[list(chosen)] = np.inf
        k = int(np.argmin(counts))
        if counts[k] == 0:
            if not skip:
                return None
            chosen[k] = -1  # left out: it has no place left
            continue
        mine = np.flatnonzero(alive & (owner == k))
        taken = (clash[mine] & alive[None, :]).sum(axis=1)
        best = mine[int(np.argmin(cost[mine] + 0.2 * taken))]
        chosen[k] = best
        alive &= ~clash[best]
        alive[owner == k] = False
    _improve(chosen, owner, cost, clash)
    return [int(free[chosen[k]]) if chosen[k] >= 0 else -1 for k in range(n)]


def _improve(
    chosen: dict[int, int], owner: np.ndarray, cost: np.ndarray, clash: np.ndarray
) -> None:
    """Move each label, in turn, to its cheapest place that clashes with no other label's,
    while that helps (greedy commits early: a label placed first may have taken a worse
    place than the others left it)."""
    for _ in range(3):
        moved = False
        for k, c in chosen.items():
            if c < 0:
                continue
            others = [o for j, o in chosen.items() if j != k and o >= 0]
            mine = np.flatnonzero(owner == k)
            if others:
                mine = mine[~clash[np.ix_(mine, others)].any(axis=1)]
            best = int(mine[int(np.argmin(cost[mine]))])
            if cost[best] < cost[c] - 1e-9:
                chosen[k] = best
                moved = True
        if not moved:
            return


def weight_forms(st: Structure, shown: Shown, ks: Sequence[int]) -> tuple[tuple[Form, ...], ...]:
    """The forms of the labels of edges ``ks`` as they are now: the old values, and from
    the first update sub-step on room for "old → new" (the new values are known from
    the start, so the places hold for the whole update phase)."""
    updating = shown.updating()
    return tuple(
        label_forms(
            st.edge_names[k],
            float(shown.old_weights[k]),
            shown.new_value(st.edge_names[k]) if updating else None,
        )
        for k in ks
    )


def solve_weight_labels(
    st: Structure,
    lay: Layout,
    forms: Sequence[Sequence[Form]],
    ks: Sequence[int],
    measure: TextMeasure,
    caption_width: float,
    scale: float = 1.0,
    *,
    partial: bool = False,
) -> dict[str, Placed] | None:
    """Places for the labels of edges ``ks`` (name -> placed), clear of every node, its
    caption and the class names, or None where they do not all fit (with ``partial``,
    the most that fit)."""
    radius = np.maximum(lay.radius[st.edge_src], lay.radius[st.edge_dst])
    idx = list(ks)
    # No larger than the node values by more than a little: the nodes come first.
    node_px = int(lay.value_px.max()) if lay.labelled.any() else LABEL_MAX_PX
    result = place_labels(
        lay.p0[idx],
        lay.p1[idx],
        forms,
        obstacles=lay.obstacles(st, caption_width),
        bounds=lay.label_bounds(),
        measure=measure,
        radius=radius[idx],
        max_px=max(min(LABEL_MAX_PX, node_px + 3), label_min_px(scale)),
        min_px=label_min_px(scale),
        partial=partial,
    )
    if result is None:
        return None
    return {st.edge_names[k]: r for k, r in zip(ks, result) if r is not None}


def solve_every_label(
    st: Structure,
    lay: Layout,
    forms: Sequence[Sequence[Form]],
    ks: Sequence[int],
    measure: TextMeasure,
    caption_width: float,
    scale: float = 1.0,
) -> tuple[dict[str, Placed] | None, Layout]:
    """:func:`solve_weight_labels` for every weight, and the layout they were placed in:
    where they do not all fit beside the "net = …" captions, the captions are left out
    (the formula view and the tooltips have the net inputs) before any label is."""
    placed = solve_weight_labels(st, lay, forms, ks, measure, caption_width, scale)
    if placed is None and lay.captions:
        bare = replace(lay, captions=False)
        placed = solve_weight_labels(st, bare, forms, ks, measure, caption_width, scale)
        if placed is not None:
            return placed, bare
    return placed, lay
