"""Node places, radii, node text and hit-testing, on plain rectangles (no Qt)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from fruitnet_gui.ui.canvas.layout import (
    NODE_NAME_MIN_PX,
    NODE_VALUE_MIN_PX,
    VALUE_SAMPLE,
    Box,
    bias_layers,
    build_structure,
    canvas_layout,
    hit_test,
    overlaps,
    text_chord,
)
from tests.canvas.glyphs import Glyphs
from tests.canvas.sizes import CANVAS_SIZES, CASES, size_id

MEASURE = Glyphs()
PAPER = build_structure((2, 2, 2))
SIZES = sorted(set(CASES.values()))


def paper_layout(w: float, h: float):
    return canvas_layout(PAPER, w, h, ("red apple", "tomato"), ("0", "1"), MEASURE)


def test_the_paper_structure() -> None:
    assert PAPER.node_names == ["x1", "x2", "h1", "h2", "y1", "y2", "bias_h", "bias_y"]
    assert PAPER.edge_names == [f"w{k}" for k in range(1, 9)] + [f"bw{k}" for k in range(1, 5)]
    assert PAPER.is_bias.tolist() == [False] * 6 + [True] * 2
    assert PAPER.small
    # w5 is h1 -> y1, bw3 is the output bias into y1
    k = PAPER.edge_index["w5"]
    assert (PAPER.node_names[PAPER.edge_src[k]], PAPER.node_names[PAPER.edge_dst[k]]) == (
        "h1",
        "y1",
    )
    k = PAPER.edge_index["bw3"]
    assert PAPER.node_names[PAPER.edge_src[k]] == "bias_y"


def test_bias_nodes_follow_the_conventions() -> None:
    none = SimpleNamespace(bias="none")
    assert bias_layers((2, 2, 2)) == (0, 1)
    assert bias_layers((2, 2, 2), none) == ()
    st = build_structure((2, 2, 2), none)
    assert st.node_names == ["x1", "x2", "h1", "h2", "y1", "y2"]
    assert st.edge_names == [f"w{k}" for k in range(1, 9)]
    shared = build_structure((2, 3, 2), SimpleNamespace(bias="per_layer"))
    assert shared.edge_names[-5:] == ["bw1"] * 3 + ["bw2"] * 2  # one weight, every edge
    assert [shared.edge_names[k] for k in shared.labelled_edges][-2:] == ["bw1", "bw2"]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_paper_net_fits_with_its_text_whole(size) -> None:
    w, h = size
    lay = paper_layout(w, h)
    nodes = np.array([lay.node_box(k) for k in range(len(PAPER.node_names))])
    inside = Box(0, lay.top - 6, w, h)
    assert all(inside.contains(Box(*b)) for b in nodes.tolist())
    hits = overlaps(nodes, nodes)
    np.fill_diagonal(hits, False)
    assert not hits.any()  # no node covers another
    for k, name in enumerate(PAPER.node_names):
        if PAPER.node_j[k] < 0:
            continue
        assert lay.labelled[k], name
        name_px, value_px = int(lay.name_px[k]), int(lay.value_px[k])
        assert name_px >= NODE_NAME_MIN_PX and value_px >= NODE_VALUE_MIN_PX
        # the widest line of each fits the disc's chord at the outer edge of the text
        chord = text_chord(float(lay.radius[k]), name_px, value_px)
        assert MEASURE.width(name, name_px, True) <= chord
        assert MEASURE.width(VALUE_SAMPLE, value_px) <= chord


def test_the_paper_net_in_a_1024_window_has_readable_nodes() -> None:
    lay = paper_layout(*CANVAS_SIZES[(1024, 768, 1.0)])
    assert lay.radius[:6].min() >= 24  # was ~19, with ~8-pixel text
    assert lay.value_px[:6].min() >= NODE_VALUE_MIN_PX


@pytest.mark.parametrize("key", sorted(CASES), ids=size_id)
def test_hit_testing(key) -> None:
    lay = paper_layout(*CASES[key])
    widths = np.full(len(PAPER.edge_names), 3.0)
    for k, name in enumerate(PAPER.node_names):
        x, y = lay.pos[k]
        assert hit_test(lay, PAPER, x, y, labels={}, widths=widths) == ("node", name)
    # x2 -> h2 is horizontal: its middle is on w4 alone
    k = PAPER.edge_index["w4"]
    mx, my = (lay.p0[k] + lay.p1[k]) / 2
    assert hit_test(lay, PAPER, mx, my + 1, labels={}, widths=widths) == ("edge", "w4")
    # a label is hit before the edges and nodes under it
    box = Box.around(mx, my, 40, 16)
    assert hit_test(lay, PAPER, mx, my, labels={"w7": box}, widths=widths) == ("edge", "w7")
    assert hit_test(lay, PAPER, 1, lay.height - 1, labels={}, widths=widths) is None


def test_hit_testing_the_fruit_net() -> None:
    st = build_structure((36, 36, 2))
    assert not st.small
    lay = canvas_layout(st, 1280, 800, ("red apple", "tomato"), ("0", "1"), MEASURE)
    assert not lay.labelled.any()  # 74 nodes: no text inside them
    widths = np.full(len(st.edge_names), 1.2)
    k = st.node_index["x36"]
    assert hit_test(lay, st, *lay.pos[k], labels={}, widths=widths) == ("node", "x36")


def test_nodes_of_signed_layers_have_room_for_a_minus_sign() -> None:
    assert PAPER.value_sample == VALUE_SAMPLE
    signed = build_structure((2, 2, 2), activations=("tanh", "sigmoid"))
    assert signed.value_sample.startswith("−")
    lay = canvas_layout(signed, *CANVAS_SIZES[(1024, 768, 1.0)], ("a", "b"), ("0", "1"), MEASURE)
    for k in range(6):
        chord = text_chord(float(lay.radius[k]), int(lay.name_px[k]), int(lay.value_px[k]))
        assert MEASURE.width(signed.value_sample, int(lay.value_px[k])) <= chord
