"""The small network always shows its weights: the real canvas, at every window size.

Driven through the session as the window drives it: every sub-step of two
iterations, after training, with another bias input and with no bias at all.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF

from fruitnet_gui.model.net.conventions import Conventions
from fruitnet_gui.model.net.network import Network, paper_network, random_network
from fruitnet_gui.ui.canvas import painting
from fruitnet_gui.ui.canvas.labels import LABEL_MIN_PX, short_number
from fruitnet_gui.ui.canvas.layout import NODE_NAME_MIN_PX, NODE_VALUE_MIN_PX
from fruitnet_gui.ui.canvas.painting import UPDATED_DIM
from fruitnet_gui.ui.canvas.style import BACKGROUND, UPDATED_FILL, blend
from fruitnet_gui.ui.canvas.widget import NetworkCanvas
from tests.canvas.sizes import CANVAS_SIZES, CASES, fits, size_id

NODES = ["x1", "x2", "h1", "h2", "y1", "y2"]
WEIGHTS = [f"w{k}" for k in range(1, 9)] + [f"bw{k}" for k in range(1, 5)]


@pytest.fixture
def canvas(qtbot, session) -> NetworkCanvas:
    widget = NetworkCanvas(session)
    qtbot.addWidget(widget)
    widget.resize(*CANVAS_SIZES[(1024, 768, 1.0)])
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def node_rects(canvas: NetworkCanvas) -> list[QRectF]:
    lay = canvas.canvas_layout()
    return [
        QRectF(x - r, y - r, 2 * r, 2 * r)
        for (x, y), r in zip(lay.pos.tolist(), lay.radius.tolist())
    ]


def assert_clear(canvas: NetworkCanvas) -> None:
    """No label covers a node or another label, or leaves the canvas."""
    rects = [rect for rect, _ in canvas.edge_labels().values()]
    nodes = node_rects(canvas)
    for i, a in enumerate(rects):
        assert QRectF(canvas.rect()).contains(a)
        assert not any(a.intersects(b) for b in rects[i + 1 :])
        assert not any(a.intersects(n) for n in nodes)


def every_sub_step(session, iterations: int = 2):
    for _ in range(iterations):
        yield
        while session.step():
            yield
        session.next_iteration()


@pytest.mark.parametrize("key", sorted(CASES), ids=size_id)
def test_every_weight_at_every_sub_step_of_two_iterations(qtbot, canvas, session, key):
    canvas.resize(*CASES[key])
    qtbot.waitUntil(lambda: canvas.size().toTuple() == CASES[key])
    for _ in every_sub_step(session):
        labels = canvas.edge_labels()
        if fits(key):
            assert set(labels) == set(WEIGHTS), (session.iteration_number, session.position)
            assert canvas.label_font_px() >= LABEL_MIN_PX
        assert_clear(canvas)
        for name in NODES:  # names and values whole, never shrunk to nothing
            name_px, value_px = canvas.node_text_px(name)
            assert name_px >= NODE_NAME_MIN_PX and value_px >= NODE_VALUE_MIN_PX
        revealed = session.revealed_values()
        assert canvas.updated_labels() == {n for n in labels if f"{n}_new" in revealed}


def test_in_a_1024_window_every_weight_shows_at_sub_step_0(canvas, session):
    # the teacher's report: no weight label at all, and ~8-pixel node text
    assert session.position == 0
    assert set(canvas.edge_labels()) == set(WEIGHTS)
    assert canvas.edge_labels()["w5"][1] == "w5 = 0.05"
    assert canvas.label_font_px() >= 12
    assert min(canvas.node_text_px(n)[1] for n in NODES) >= 11


def test_new_values_are_shown_as_such_and_cover_no_node(canvas, session):
    session.finish()
    labels = canvas.edge_labels()
    assert canvas.updated_labels() == set(WEIGHTS)
    assert "−0.0003" in labels["w5"][1]  # w5_new = 0.05 − 0.5 × 0.1005
    assert_clear(canvas)
    image = canvas.grab().toImage()
    dimmed = blend(UPDATED_FILL, BACKGROUND, UPDATED_DIM).name()
    for name, (rect, _) in labels.items():  # drawn in the updated style
        inside = QPoint(int(rect.left() + 3), int(rect.center().y()))
        assert image.pixelColor(inside).name() in (UPDATED_FILL.name(), dimmed), name
    session.next_iteration()  # the new values are now the weights
    labels = canvas.edge_labels()
    assert set(labels) == set(WEIGHTS) and canvas.updated_labels() == set()
    assert labels["w5"][1].replace("\n", " ") in ("w5 = −0.0003", "w5 −0.0003")


def test_after_training_every_weight_shows(qtbot, canvas, session):
    net = session.network
    for _ in range(30):
        net, _err = net.train_step(session.x, session.target)
    canvas.set_live_network(net)  # what the canvas shows while training runs
    labels = canvas.edge_labels()
    assert set(labels) == set(WEIGHTS)
    assert labels["w1"][1].replace("\n", " = ") == f"w1 = {short_number(net.weights[0][0, 0])}"
    assert canvas.updated_labels() == set()
    assert_clear(canvas)
    canvas.set_live_network(None)
    assert session.adopt_network(net)  # training ended: the trained net is stepped
    assert set(canvas.edge_labels()) == set(WEIGHTS)
    session.step()
    assert set(canvas.edge_labels()) == set(WEIGHTS)


def test_the_bias_node_shows_the_bias_input(qtbot, session, monkeypatch):
    seen: list[str] = []
    draw = painting.paint_node_text

    def spy(p, g, look, measure):
        seen.append(look.value)
        draw(p, g, look, measure)

    monkeypatch.setattr(painting, "paint_node_text", spy)
    net = paper_network()
    session.set_network(
        Network(net.layers, net.weights, net.biases, bias_input=0.5, classes=net.classes)
    )
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.grab()
    assert seen.count("0.5") == 2  # both bias nodes ("1" was printed whatever the input)
    assert "value = 0.5" in canvas.tooltip_at(canvas.node_position("bias_h"))


def test_a_network_without_bias_has_no_bias_nodes(qtbot, session):
    session.set_network(paper_network().with_conventions(Conventions(bias="none")))
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    canvas.resize(*CANVAS_SIZES[(1024, 768, 1.0)])
    assert canvas.node_names() == NODES
    assert set(canvas.edge_labels()) == {f"w{k}" for k in range(1, 9)}
    session.step()
    assert_clear(canvas)
    canvas.grab()


def test_a_shared_bias_weight_is_labelled_once(qtbot, session):
    session.set_network(paper_network().with_conventions(Conventions(bias="per_layer")))
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    canvas.resize(*CANVAS_SIZES[(1024, 768, 1.0)])
    assert canvas.edge_names()[-4:] == ["bw1", "bw1", "bw2", "bw2"]
    assert set(canvas.edge_labels()) == {f"w{k}" for k in range(1, 9)} | {"bw1", "bw2"}
    assert_clear(canvas)


def test_labels_stay_put_while_the_student_steps(canvas, session):
    # A label that jumped at every sub-step would have to be found again each time: the
    # places change only when the update phase begins (room for "old → new").
    def centres():
        return {n: rect.center().toTuple() for n, (rect, _) in canvas.edge_labels().items()}

    update_start = min(s.index for s in session.iteration.steps if s.kind == "update")
    before = centres()
    for position in range(1, update_start + 1):
        session.seek(position)
        assert centres() == before, position
    session.seek(update_start + 1)
    during = centres()
    while session.step():
        assert centres() == during, session.position


def test_a_29_edge_net_shows_every_weight_in_a_1280_window(qtbot, session):
    session.set_network(random_network((2, 3, 3, 2), 1))
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    canvas.resize(*CANVAS_SIZES[(1280, 720, 1.0)])
    assert len(canvas.edge_labels()) == 29  # every weight ...
    assert not canvas.canvas_layout().captions  # ... for which the net captions made room
    assert_clear(canvas)
    session.finish()
    assert len(canvas.edge_labels()) == 29 and len(canvas.updated_labels()) == 29
    assert_clear(canvas)
    canvas.grab()


def test_pencil_mode_labels_every_weight_too(canvas, session):
    session.set_pencil(2)
    for _ in every_sub_step(session):
        assert set(canvas.edge_labels()) == set(WEIGHTS)
    assert_clear(canvas)
    assert canvas.edge_labels()["w5"][1].startswith("w5")


def test_a_tanh_network_shows_its_signed_values_and_every_weight(qtbot, session):
    session.set_network(paper_network().with_design(("tanh", "sigmoid")))
    canvas = NetworkCanvas(session)
    qtbot.addWidget(canvas)
    canvas.resize(*CANVAS_SIZES[(1024, 768, 1.0)])
    for _ in every_sub_step(session, iterations=1):
        assert set(canvas.edge_labels()) == set(WEIGHTS)
    assert_clear(canvas)
    assert min(canvas.node_text_px(n)[1] for n in NODES) >= NODE_VALUE_MIN_PX
    canvas.grab()
