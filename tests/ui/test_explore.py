"""Explore (#14): the gradient check, the error landscape and the decision map."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fruitnet_gui.commands import run
from fruitnet_gui.model.explore.gradcheck import finite_difference, gradient_check, landscape
from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, paper_network, random_network


@settings(max_examples=25, deadline=None)
@given(
    layers=st.lists(st.integers(1, 3), min_size=3, max_size=4).map(tuple),
    seed=st.integers(0, 5000),
    act=st.sampled_from(["sigmoid", "tanh", "linear"]),
)
def test_the_finite_difference_agrees_with_backprop(layers, seed, act) -> None:
    """Documented tolerance: a relative difference under 1e-6 (ε = 1e-5)."""
    net = random_network(layers, seed).with_design([act] * (len(layers) - 2) + ["sigmoid"])
    rng = np.random.default_rng(seed)
    x, t = rng.uniform(-1, 1, layers[0]), rng.uniform(0, 1, layers[-1])
    g = net.gradients(x, t)
    for l, w in enumerate(net.weights):
        for i in range(w.shape[0]):
            for j in range(w.shape[1]):
                name = f"w{sum(a.size for a in net.weights[:l]) + i * w.shape[1] + j + 1}"
                check = gradient_check(net, x, t, name, float(g.weights[l][i, j]))
                assert check.agrees, (name, check)


def test_trace_gradcheck_adds_the_finite_difference(capsys) -> None:
    assert run(["trace", "--gradcheck", "--format", "json"]) == 0
    steps = json.loads(capsys.readouterr().out)["steps"]
    grads = [s for s in steps if s["kind"] == "gradient"]
    assert len(grads) == 12 and all("finite_difference" in s for s in grads)
    for s in grads:
        fd = s["finite_difference"]
        assert fd["epsilon"] == 1e-5 and fd["relative_difference"] < 1e-6
        assert fd["backprop"] == pytest.approx(s["value"], abs=1e-15)
    assert run(["trace", "--gradcheck"]) == 0
    assert "finite difference (ε = 1e-05)" in capsys.readouterr().out


def test_the_landscape_centre_is_the_models_error_and_points_are_the_error(tmp_path) -> None:
    net = paper_network()
    data = landscape(net, PAPER_INPUT, PAPER_TARGET, ("w5", "w6"), span=0.5, grid=21)
    err = np.asarray(data["error"])
    assert err[10, 10] == pytest.approx(float(net.error(PAPER_INPUT, PAPER_TARGET)), abs=1e-15)
    for iy, ix in ((0, 0), (3, 17), (20, 5)):
        ws = [w.copy() for w in net.weights]
        ws[1][0, 0], ws[1][0, 1] = data["x"][ix], data["y"][iy]
        expected = float(net.with_params(ws, net.biases).error(PAPER_INPUT, PAPER_TARGET))
        assert err[iy, ix] == pytest.approx(expected, abs=1e-15)
    assert run(["landscape", "--weights", "w5", "w6", "--grid", "11", "--out",
                str(tmp_path / "l.json")]) == 0  # fmt: skip
    saved = json.loads((tmp_path / "l.json").read_text())
    assert set(saved) == {"weights", "x", "y", "error"} and len(saved["error"]) == 11
    assert run(["landscape", "--out", str(tmp_path / "l.png")]) == 0
    assert (tmp_path / "l.png").read_bytes().startswith(b"\x89PNG")
    assert run(["landscape", "--weights", "w5", "w99", "--out", str(tmp_path / "x.json")]) == 2


def test_finite_difference_of_a_shared_bias_moves_the_whole_layer() -> None:
    from fruitnet_gui.model.net.conventions import Conventions

    net = paper_network().with_conventions(Conventions(bias="per_layer"))
    g = net.gradients(PAPER_INPUT, PAPER_TARGET)
    fd = finite_difference(net, PAPER_INPUT, PAPER_TARGET, "bw2")
    assert fd == pytest.approx(g.biases[1][0], rel=1e-6)


def test_the_landscape_view_follows_the_steps(qtbot, session) -> None:
    from fruitnet_gui.ui.explore.landscape_view import LandscapeView

    view = LandscapeView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.pair == ("w5", "w6")
    assert view.data is not None and len(view.trail) == 1
    session.finish()  # the updates move w5 and w6
    assert len(view.trail) == 2
    w5, w6 = view.trail[-1]
    assert w5 == pytest.approx(-0.0002541271, abs=1e-9) and w6 == pytest.approx(0.4180838753)
    view.set_pair("w1", "bw1")
    assert view.pair == ("w1", "bw1") and len(view.trail) == 1


def test_the_decision_maps_colour_at_a_sample_is_the_networks_prediction(qtbot, session):
    from fruitnet_gui.ui.explore.decision_view import DecisionView

    net = random_network((2, 3, 2), 3, scale=3.0, classes=("red apple", "tomato"))
    session.set_network(net, "")
    view = DecisionView(session)
    qtbot.addWidget(view)
    g = view.grid
    rng = np.random.default_rng(0)
    for ix, iy in rng.integers(0, len(g["x"]), (30, 2)):
        x = np.array([g["x"][ix], g["y"][iy]])  # a sample where the map has a point
        assert view.colour_at(*x) == int(np.argmax(net.predict(x)))
    session.set_sample([0.2, 0.9], "tomato")
    assert view.sample.data["x"][0] == pytest.approx(0.2)
    session.load_preset("fruit")  # 36 inputs: no map
    assert view.grid is None and "two inputs" in view.info.text()


@pytest.fixture
def window(qtbot, session, tmp_path):
    from PySide6.QtCore import QSettings

    from tests.ui.test_main_window import open_window

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return open_window(qtbot, session, settings)


def test_a_student_designs_a_2_3_2_tanh_network_and_steps_it(qtbot, window, session):
    from fruitnet_gui.model.teaching.iteration import Iteration
    from tests.model.test_fidelity import check_iteration

    window.new_network_action.trigger()
    dialog = window.designer_dialog
    dialog.inputs_spin.setValue(2)
    dialog.sizes[0].setValue(3)
    dialog.acts[0].setCurrentIndex(dialog.acts[0].findData("tanh"))
    dialog.outputs_spin.setValue(2)
    dialog.init_combo.setCurrentIndex(dialog.init_combo.findData("nice"))
    dialog.seed_spin.setValue(4)
    dialog.accept()
    net = session.network
    assert net.layers == (2, 3, 2) and net.activations == ("tanh", "sigmoid")
    assert all(np.array_equal(np.round(w, 2), w) for w in net.weights)  # nice numbers
    session.finish()
    assert "tanh" in session.iteration.by_name["outh1"].formula.text
    check_iteration(Iteration(net, session.x, session.target, pencil=4))
    # a softmax with cross-entropy and three classes
    window.new_network_action.trigger()
    dialog = window.designer_dialog
    dialog.outputs_spin.setValue(3)
    dialog.hidden_count.setValue(2)
    dialog.output_combo.setCurrentIndex(dialog.output_combo.findData("cross_entropy"))
    dialog.accept()
    assert session.network.loss == "cross_entropy" and session.network.n_outputs == 3
    assert session.network.activations[-1] == "softmax"


def test_the_gradient_check_toggle_shows_the_finite_difference(qtbot, window, session):
    session.seek(session.iteration.by_name["dEtotal/dw5"].index + 1)
    assert "Gradient check" not in window.formula.body.toPlainText()
    window.gradcheck_action.setChecked(True)
    text = window.formula.body.toPlainText()
    assert "Gradient check" in text and "ε = 1e" in text and "They agree" in text
    window.show_explore_view("landscape")
    window.show_explore_view("decision")
    assert window.explore_docks["landscape"].isVisible()
    assert window.explore_docks["decision"].widget().grid is not None


def test_pictures_for_slides_canvas_and_every_plot(qtbot, window, session, tmp_path):
    import pyqtgraph.exporters as exporters

    from fruitnet_gui.ui.plot_export import SvgExporter

    assert window.export_picture(str(tmp_path / "net.png"))
    assert (tmp_path / "net.png").read_bytes().startswith(b"\x89PNG")
    assert window.export_picture(str(tmp_path / "net.svg"))
    assert "<svg" in (tmp_path / "net.svg").read_text(encoding="utf-8")
    assert not window.export_picture(str(tmp_path / "net.gif"))
    session.finish()
    tp = window.training_plot
    plots = [window.error_plot.getPlotItem(), tp.error_plot, tp.accuracy_plot]
    for k, item in enumerate(plots):
        assert item.getViewBox().menuEnabled()  # right-click → Export… is there
        exporters.ImageExporter(item).export(str(tmp_path / f"p{k}.png"))
        # the dialog's SVG is FruitNet's (tests/ui/test_plot_export.py drives the dialog)
        assert SvgExporter(item).export(str(tmp_path / f"p{k}.svg"))
        exporters.CSVExporter(item).export(str(tmp_path / f"p{k}.csv"))
        assert (tmp_path / f"p{k}.png").stat().st_size > 0
        assert (tmp_path / f"p{k}.csv").is_file()
    from fruitnet_gui.ui.canvas.export import save_picture

    for k, widget in enumerate((window.error_plot, tp.graphics)):
        save_picture(widget, tmp_path / f"w{k}.svg")
        assert "<svg" in (tmp_path / f"w{k}.svg").read_text(encoding="utf-8")
