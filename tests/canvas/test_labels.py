"""The weight labels' texts and the solver that places them, on rectangles (no Qt).

The paper net at every sub-step of two iterations, in the canvas of every window size
and scale of :data:`tests.canvas.sizes.CASES`: every weight has its label, and
no label covers a node, a caption, a class name or another label.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies

from fruitnet_gui.model.net.network import paper_network, random_network
from fruitnet_gui.ui.canvas.labels import (
    Form,
    label_forms,
    label_min_px,
    place_labels,
    short_number,
    solve_every_label,
    solve_weight_labels,
    text_box,
    weight_forms,
)
from fruitnet_gui.ui.canvas.layout import Box, build_structure, canvas_layout, overlaps
from fruitnet_gui.ui.canvas.state import shown_state
from tests.canvas.glyphs import Glyphs
from tests.canvas.sizes import CASES, fits, size_id
from tests.canvas.walk import Stepper

MEASURE = Glyphs()
CAPTION_W = MEASURE.width("net = 0.0000", 14) + 6


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.05, "0.05"),
        (-0.000254, "−0.0003"),
        (0.1, "0.1"),
        (0.35891, "0.3589"),
        (1.23456, "1.235"),
        (-12.3456, "−12.35"),
        (1234.5, "1234"),  # four significant digits
        (0.0, "0"),
        (-0.00002, "−2e−5"),
        (0.000025, "2.5e−5"),
        (1.0, "1"),
    ],
)
def test_short_numbers(value, text) -> None:
    assert short_number(value) == text


def test_label_forms_say_old_and_new() -> None:
    plain = label_forms("w5", 0.05)
    assert plain[0] == Form(("w5 = 0.05",))
    updated = label_forms("w5", 0.05, -0.000254)
    assert updated[0].lines == ("w5 = 0.05 → −0.0003",)
    assert updated[0].shown(updated=False) == ("w5 = 0.05",)  # same box, before its update
    assert all("−0.0003" in " ".join(f.lines) for f in updated)


def _check(placed: dict, lay, st, ks, scale: float = 1.0) -> None:
    """Every label placed, inside the canvas, over no node, caption, class name or label,
    in a font no smaller than the floor."""
    assert set(placed) == {st.edge_names[k] for k in ks}
    boxes = np.array([p.box for p in placed.values()])
    assert all(p.px >= label_min_px(scale) for p in placed.values())
    inside = lay.label_bounds()
    assert all(inside.contains(Box(*b)) for b in boxes.tolist())
    clash = overlaps(boxes, boxes)
    np.fill_diagonal(clash, False)
    assert not clash.any()
    assert not overlaps(boxes, lay.obstacles(st, CAPTION_W)).any()
    nodes = np.array([lay.node_box(k) for k in range(len(st.node_names))])
    assert not overlaps(boxes, nodes).any()


@pytest.mark.parametrize("key", sorted(CASES), ids=size_id)
def test_every_paper_weight_is_labelled_at_every_sub_step_of_two_iterations(key) -> None:
    w, h = CASES[key]
    net = paper_network()
    st = build_structure(net.layers, net.conventions)
    session = Stepper(net, [0.15, 0.35], [0.0, 1.0])
    lay = canvas_layout(st, w, h, net.classes, ("0", "1"), MEASURE)
    ks = st.labelled_edges
    solved: dict = {}
    for _iteration in range(2):
        for position in range(len(session.iteration) + 1):
            session.cursor.seek(position)
            shown = shown_state(session, st, None)
            forms = weight_forms(st, shown, ks)
            if forms not in solved:  # the places hold while the texts do
                # as the widget does: the layout may come back without the net captions
                solved[forms], lay = solve_every_label(
                    st, lay, forms, ks, MEASURE, CAPTION_W, scale=key[2]
                )
                if solved[forms] is None:
                    # Only where the window is larger than its screen, and only with room
                    # for "old → new": there the widget labels the current weights alone.
                    assert not fits(key) and shown.updating(), f"position {position}"
                    continue
                _check(solved[forms], lay, st, ks, key[2])
            # what is drawn (old value, or old → new once revealed) stays in the box
            for name, place in (solved[forms] or {}).items():
                updated = shown.revealed(f"{name}_new") is not None
                drawn = text_box(*place.box.center, place.form.shown(updated), place.px, MEASURE)
                assert place.box.grown(0.01).contains(drawn)
        session.next_iteration()
    assert len(solved) == 4  # two places per iteration: before and during the update phase
    if fits(key):
        assert all(solved.values())


def test_after_training_every_weight_is_labelled() -> None:
    net = paper_network()
    for _ in range(50):
        net, _ = net.train_step([0.15, 0.35], [0.0, 1.0])
    st = build_structure(net.layers)
    session = Stepper(paper_network(), [0.15, 0.35], [0.0, 1.0])
    shown = shown_state(session, st, net)  # a training snapshot shown instead
    assert not shown.updating()
    lay = canvas_layout(st, 423, 655, net.classes, ("0", "1"), MEASURE)
    forms = weight_forms(st, shown, st.labelled_edges)
    assert forms[0][0].lines == (f"w1 = {short_number(net.weights[0][0, 0])}",)
    placed = solve_weight_labels(st, lay, forms, st.labelled_edges, MEASURE, CAPTION_W)
    _check(placed, lay, st, st.labelled_edges)


@pytest.mark.parametrize("size", [(551, 607), (637, 655), (1191, 967)], ids=str)
@pytest.mark.parametrize("layers", [(2, 3, 3, 2), (3, 4, 2), (4, 3, 3)], ids=str)
def test_nets_up_to_30_edges_are_labelled_from_a_1280_window_up(layers, size) -> None:
    # (in smaller canvases they fall back to the current sub-step's weights)
    net = random_network(layers, 1)
    st = build_structure(net.layers)
    assert len(st.labelled_edges) <= 30
    lay = canvas_layout(st, *size, net.classes, ("0",) * layers[-1], MEASURE)
    session = Stepper(net, np.full(layers[0], 0.5), np.eye(layers[-1])[0])
    for position in (0, len(session.iteration)):  # before the updates, and after them
        session.cursor.seek(position)
        shown = shown_state(session, st, None)
        forms = weight_forms(st, shown, st.labelled_edges)
        placed, used = solve_every_label(st, lay, forms, st.labelled_edges, MEASURE, CAPTION_W)
        assert placed is not None, position
        _check(placed, used, st, st.labelled_edges)


def test_the_net_captions_go_before_any_weight_label() -> None:
    # a 2-3-3-2 net in a 1280×720 window: all 29 labels fit only without "net = …"
    net = random_network((2, 3, 3, 2), 1)
    st = build_structure(net.layers)
    lay = canvas_layout(st, 551, 607, net.classes, ("0", "0"), MEASURE)
    assert lay.captions
    shown = shown_state(Stepper(net, [0.5, 0.5], [1.0, 0.0]), st, None)
    forms = weight_forms(st, shown, st.labelled_edges)
    assert solve_weight_labels(st, lay, forms, st.labelled_edges, MEASURE, CAPTION_W) is None
    placed, used = solve_every_label(st, lay, forms, st.labelled_edges, MEASURE, CAPTION_W)
    assert placed is not None and not used.captions


def test_the_solver_says_none_when_labels_cannot_all_fit() -> None:
    p0 = np.array([[10.0, 50.0], [10.0, 50.0]])
    p1 = np.array([[60.0, 50.0], [60.0, 50.0]])
    forms = [label_forms("w1", 0.123456), label_forms("w2", 0.654321)]
    tiny = Box(0, 36, 70, 64)  # room for one label only, on two lines
    none = np.zeros((0, 4))
    assert (
        place_labels(p0, p1, forms, obstacles=np.zeros((0, 4)), bounds=tiny, measure=MEASURE)
        is None
    )
    some = place_labels(p0, p1, forms, obstacles=none, bounds=tiny, measure=MEASURE, partial=True)
    assert some is not None and sum(p is not None for p in some) == 1  # the one that fits
    roomy = Box(0, 0, 400, 120)
    placed = place_labels(p0, p1, forms, obstacles=np.zeros((0, 4)), bounds=roomy, measure=MEASURE)
    assert placed is not None and not placed[0].box.intersects(placed[1].box)


@settings(max_examples=60, deadline=None)  # never a matter of machine speed
@given(
    seed=strategies.integers(0, 10_000),
    n=strategies.integers(1, 14),
    width=strategies.integers(200, 1400),
    height=strategies.integers(150, 900),
)
def test_whatever_the_solver_places_overlaps_nothing(seed, n, width, height) -> None:
    rng = np.random.default_rng(seed)
    p0 = rng.uniform((0, 0), (width, height), (n, 2))
    p1 = rng.uniform((0, 0), (width, height), (n, 2))
    centres = rng.uniform((0, 0), (width, height), (4, 2))
    obstacles = np.hstack([centres - 20, centres + 20])
    forms = [label_forms(f"w{k + 1}", float(v)) for k, v in enumerate(rng.normal(0, 1, n))]
    bounds = Box(0, 0, width, height)
    placed = place_labels(
        p0, p1, forms, obstacles=obstacles, bounds=bounds, measure=MEASURE, partial=True
    )
    boxes = np.array([p.box for p in placed or [] if p is not None]).reshape(-1, 4)
    clash = overlaps(boxes, boxes)
    np.fill_diagonal(clash, False)
    assert not clash.any()
    assert not overlaps(boxes, obstacles).any()
    assert all(bounds.contains(Box(*b)) for b in boxes.tolist())
