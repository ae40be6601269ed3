"""The error plot: one point per finished iteration, drawn with one curve item."""

from __future__ import annotations

import pytest

from fruitnet_gui.ui.stepping.error_plot import STEPPING, ErrorPlot

PAPER_ETOTAL = 0.2110661376


@pytest.fixture
def plot(qtbot, session) -> ErrorPlot:
    widget = ErrorPlot(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_axes_are_labelled_and_the_plot_starts_empty(plot):
    item = plot.getPlotItem()
    assert item.getAxis("bottom").labelText == "iteration"
    assert item.getAxis("left").labelText == "E_total"
    x, y = plot.points()
    assert len(x) == len(y) == 0
    assert "No iteration" in plot.title_text


def test_each_finished_iteration_adds_a_point(plot, session):
    curve = plot.curve(STEPPING)
    session.finish()
    x, y = plot.points()
    assert list(x) == [1.0] and y[0] == pytest.approx(PAPER_ETOTAL, abs=1e-10)
    assert "0.2110661376" in plot.title_text
    session.next_iteration()
    session.finish()
    x, y = plot.points()
    assert list(x) == [1.0, 2.0] and y[1] < y[0]
    assert f"{y[1]:.10g}" in plot.title_text
    # The same item is updated in place: never cleared and re-plotted.
    assert plot.curve(STEPPING) is curve
    assert plot.getPlotItem().listDataItems() == [curve]


def test_a_fresh_start_clears_the_curve(plot, session):
    session.finish()
    session.load_preset("fruit")
    x, _ = plot.points()
    assert len(x) == 0
    assert plot.getPlotItem().viewRange()[1] == [0, 0.25]  # no stale axis from before


def test_more_curves_can_be_added_by_key(plot):
    train = plot.curve("train", "#1e5aa8", name="train error")
    assert plot.curve("train") is train
    assert len(plot.getPlotItem().listDataItems()) == 2
